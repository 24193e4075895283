"""Shared fixtures. Qt runs offscreen; settings and the library live under tmp_path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Before anything imports Qt: no screen in tests, and never the user's real settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_LOGGING_RULES"] = "qt.qpa.*=false"

import sys  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "casefiles").glob("*.casefile"))


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path, monkeypatch):
    """Every test gets its own library path and settings folder."""
    monkeypatch.setenv("CASEFILE_LIBRARY", str(tmp_path / "library" / "library.sqlite"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # Qt reads the settings folder once per process: point it at this test's folder again, or
    # the window layout, theme and analyst name of an earlier test would leak into this one
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        for fmt in (qtcore.QSettings.Format.NativeFormat, qtcore.QSettings.Format.IniFormat):
            qtcore.QSettings.setPath(fmt, qtcore.QSettings.Scope.UserScope, str(tmp_path / "config"))


@pytest.fixture
def sample_path(tmp_path) -> Path:
    """A private copy of the first sample case file."""
    dest = tmp_path / SAMPLES[0].name
    shutil.copy(SAMPLES[0], dest)
    return dest


@pytest.fixture
def sample_case():
    from desktop.casefile.bundle import read_bundle

    return read_bundle(SAMPLES[0])


@pytest.fixture
def fresh_library(tmp_path):
    from desktop.store.library import Library

    lib = Library(tmp_path / "fresh.sqlite")
    yield lib
    lib.close()
