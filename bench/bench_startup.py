"""Cold start: process start to the first painted main window, beside a bare PySide6 window.

    python bench/bench_startup.py [--runs 5]

Each run is a fresh interpreter. The child records wall-clock time at the first paint of a
top-level window and exits; the parent subtracts the moment it spawned the child. Both the
app (on a sample case, library already created) and a bare QWidget are measured in the same
run, alternating, so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0))
            QApplication.instance().removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
if sys.argv[1] == "bare":
    w = QWidget(); w.resize(1280, 800); w.setWindowTitle("bare"); w.show()
    sys.exit(app.exec())
else:
    from desktop.cli import main
    sys.exit(main(["open", *sys.argv[2:]]))
"""


def one_run(kind: str, sample: str | None, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, kind, *([sample] if sample else [])], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_PAINT"):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"{kind}: no paint seen\n{out.stdout}\n{out.stderr[-2000:]}")


def measure(runs: int = 5) -> dict[str, float]:
    # An installed app starts from byte-compiled modules (pip compiles site-packages, the
    # frozen bundle holds .pyc); a checkout under PYTHONDONTWRITEBYTECODE would recompile
    # our sources at every start and measure the compiler instead.
    import compileall

    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    sample = str(sorted((ROOT / "casefiles").glob("*.casefile"))[0])
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CASEFILE_LIBRARY": str(Path(tmp) / "lib.sqlite"), "QT_QPA_PLATFORM":
               os.environ.get("QT_QPA_PLATFORM", "offscreen"), "XDG_CONFIG_HOME": str(Path(tmp) / "cfg")}
        one_run("app", sample, env)  # creates the library and imports the samples once
        app, app_file, bare = [], [], []
        for _ in range(runs):
            bare.append(one_run("bare", None, env))
            app.append(one_run("app", None, env))
            app_file.append(one_run("app", sample, env))
    b, a, f = statistics.median(bare), statistics.median(app), statistics.median(app_file)
    return {"bare PySide6 window (ms)": b, "app, last case of the library (ms)": a,
            "app, opening a .casefile (ms)": f, "ratio app/bare": a / b}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    for name, value in measure(args.runs).items():
        print(f"{name:40} {value:10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
