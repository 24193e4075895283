"""The layering rule: Qt lives in desktop/ui and the one PDF function, nowhere else."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
QT_ALLOWED = {PACKAGE / "ui", PACKAGE / "export" / "pdf.py"}
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def _allowed(path: Path) -> bool:
    return any(path == a or a in path.parents for a in QT_ALLOWED)


def test_no_qt_import_outside_ui_and_pdf():
    offenders = {
        str(p.relative_to(ROOT)): _qt_imports(p)
        for p in PACKAGE.rglob("*.py")
        if not _allowed(p) and _qt_imports(p)
    }
    assert offenders == {}, f"Qt imported outside desktop/ui and export/pdf.py: {offenders}"


def test_core_packages_import_without_loading_qt():
    """Importing every Qt-free module (and running the CLI parser) must not pull Qt in."""
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
        if not _allowed(p) and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "from desktop.cli import build_parser; build_parser()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print('QT_LOADED' if bad else 'CLEAN', bad[:3])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "CLEAN" in out.stdout, out.stdout


def test_the_checker_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport json\n")
    assert _qt_imports(bad) == ["PySide6.QtCore"]
