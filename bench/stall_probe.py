"""UI-thread stall probe: run a job the way the app does and time the event loop's gaps.

    python bench/stall_probe.py                  # import, extraction and every export
    python bench/stall_probe.py --only export

A QTimer on the GUI thread ticks every 5 ms while the job runs in a QThreadPool worker
(the app's own worker class when it exists). The longest gap between two ticks is the
longest time a user's click would have waited. A gap is also what a worker that holds
the GIL inside one long C call (json.dumps, a regex over the whole text) costs the UI.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.generate import make_large_case  # noqa: E402


class _Signals(QObject):
    finished = Signal()
    failed = Signal(str)


class _Runner(QRunnable):
    """Drives a job generator; stands in for the app's worker (same shape: yields between steps)."""

    def __init__(self, make_job) -> None:
        super().__init__()
        self.make_job = make_job
        self.signals = _Signals()

    def run(self) -> None:
        try:
            job = self.make_job()
            for _ in job:
                pass
        except Exception as exc:  # noqa: BLE001 - reported to the probe
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit()


def probe(app: QApplication, make_job, *, tick_ms: int = 5) -> tuple[float, float]:
    """(seconds the job took, longest event-loop gap in ms)."""
    gaps: list[float] = []
    last = [time.perf_counter()]
    done = [False]
    errors: list[str] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(tick_ms)
    timer.timeout.connect(tick)
    runner = _Runner(make_job)
    runner.signals.finished.connect(lambda: done.__setitem__(0, True))
    runner.signals.failed.connect(lambda m: (errors.append(m), done.__setitem__(0, True)))
    start = time.perf_counter()
    last[0] = start
    timer.start()
    QThreadPool.globalInstance().start(runner)
    while not done[0]:
        app.processEvents()
        time.sleep(0.0005)
    timer.stop()
    elapsed = time.perf_counter() - start
    if errors:
        raise RuntimeError(errors[0])
    return elapsed, max(gaps, default=0.0)


def jobs(only: str | None, tmp: Path) -> dict[str, object]:
    from desktop.store.library import Library

    big = make_large_case(150_000, 20_000, 1_000, 500, seed=7)
    out: dict[str, object] = {}
    if only in (None, "import"):
        def import_job():
            lib = Library(tmp / "stall.sqlite")  # the worker's own connection, as in the app
            try:
                yield 0, 1, "importing"
                lib.import_case(big)
                yield 1, 1, "done"
            finally:
                lib.close()
        out["import 150k-word case"] = import_job
    if only in (None, "extract"):
        try:
            from bench.extract_throughput import make_report  # type: ignore[attr-defined]
            from desktop.extract.pipeline import extract

            raw = make_report(100_000).encode("utf-8")
            out["extract 100k-word report (thread)"] = lambda: extract(raw, filename="big.md")
            from desktop import jobs as app_jobs

            report = tmp / "big-report.md"
            report.write_bytes(raw)
            # what the reader does: import the raw report in a child process
            out["extract 100k-word report (child process)"] = lambda: app_jobs.subprocess_job(
                ["--library", str(tmp / "extract.sqlite"), "import", str(report)])
        except ImportError as exc:
            print(f"(extraction not measured: {exc})")
    if only in (None, "export"):
        from desktop import jobs as app_jobs
        from desktop.export import EXPORT_JOBS

        # The GUI exports the case it has open, from its library, by case id.
        library = tmp / "export.sqlite"
        with Library(library) as lib:
            lib.import_case(big)
        for name, job in EXPORT_JOBS.items():
            target = tmp / f"big-{name}.{'zip' if name == 'csv' else name}"
            out[f"export {name} (thread)"] = lambda j=job, t=target: j(big, t)
            out[f"export {name} (child process)"] = lambda n=name, t=target: app_jobs.subprocess_job(
                ["--library", str(library), "export", big.info.id, "--format", n, "-o", str(t)])
    return out


def measure(only: str | None = None) -> dict[str, tuple[float, float]]:
    app = QApplication.instance() or QApplication([])
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, make_job in jobs(only, Path(tmp)).items():
            results[name] = probe(app, make_job)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=("import", "extract", "export"))
    args = ap.parse_args()
    print(f"{'job':34} {'time (s)':>9} {'longest UI gap (ms)':>20}")
    for name, (elapsed, gap) in measure(args.only).items():
        print(f"{name:34} {elapsed:9.2f} {gap:20.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
