"""Every benchmark of the performance issue, one table.

    python bench/run_all.py [--quick] [--skip-build]

Generates the synthetic data (bench/generate.py), then measures: opening the large case
(cold and warm), toggling a highlight type, selecting a claim, one filter keystroke,
full-text search over a 1,000-case library, each export, extraction throughput, cold
start against a bare PySide6 window, peak RSS with the large case open, the frozen
bundle's size, and the longest UI-thread stall during import, extraction and export.
Each line names its target; figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS: list[tuple[str, str, str, bool | None]] = []


def row(name: str, value: str, target: str = "", ok: bool | None = None) -> None:
    ROWS.append((name, value, target, ok))
    mark = "" if ok is None else ("ok" if ok else "MISSED")
    print(f"{name:52} {value:>14}  {target:>12}  {mark}", flush=True)


def python(script: str, *args: str, timeout: int = 1800) -> str:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"{script} failed:\n{out.stdout}\n{out.stderr[-3000:]}")
    return out.stdout


def bundle_size_mb(skip_build: bool) -> float | None:
    dist = ROOT / "bench" / "out" / "dist"
    if not skip_build:
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                        "--distpath", str(dist), "--workpath", str(ROOT / "bench" / "out" / "build"),
                        str(ROOT / "build.spec")], cwd=ROOT, check=True, capture_output=True, timeout=1200)
    app = dist / "casefile"
    if not app.exists():
        return None
    return sum(f.stat().st_size for f in app.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--skip-build", action="store_true", help="measure an existing bench/out/dist build")
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print(f"{'measure':52} {'value':>14}  {'target':>12}")

    from bench import bench_ui

    for name, value, target, ok in bench_ui.measure(quick=args.quick):
        row(name, value, target, ok)

    from bench import bench_library

    lib = bench_library.measure()
    worst = max(v for k, v in lib.items() if k.startswith("search"))
    row("full-text search, 1,000-case library (worst query)", f"{worst:.1f} ms", "<= 50 ms", worst <= 50)

    from bench.generate import make_large_case
    from desktop import jobs
    from desktop.export import EXPORT_JOBS

    big = make_large_case()
    with tempfile.TemporaryDirectory() as tmp:
        import time

        for name, job in EXPORT_JOBS.items():
            target = Path(tmp) / f"big.{'zip' if name == 'csv' else name}"
            start = time.perf_counter()
            jobs.run(job(big, target))
            row(f"export large case: {name}", f"{time.perf_counter() - start:.2f} s")

    try:
        out = python("extract_throughput.py")
        for line in out.strip().splitlines()[-3:]:
            print("   ", line)
        words_s = float(next(line.split()[1] for line in out.splitlines() if line.startswith("THROUGHPUT")))
        row("extraction throughput (100k words)", f"{words_s:,.0f} w/s", ">= 5,000", words_s >= 5000)
    except (RuntimeError, StopIteration, FileNotFoundError) as exc:
        row("extraction throughput (100k words)", "n/a", ">= 5,000", False)
        print(f"    {exc}".splitlines()[0])

    from bench import bench_startup

    start = bench_startup.measure(runs=3 if args.quick else 7)
    ratio = start["ratio app/bare"]
    row("cold start: bare PySide6 window", f"{start['bare PySide6 window (ms)']:.0f} ms")
    row("cold start: Casefile Reader, first paint", f"{start['app, last case of the library (ms)']:.0f} ms",
        "<= 2x bare", ratio <= 2)

    from bench import stall_probe

    for name, (_elapsed, gap) in stall_probe.measure().items():
        if "(thread)" in name:
            continue  # the app runs these in a child process; see stall_probe.py for both
        row(f"longest UI stall: {name}", f"{gap:.0f} ms", "<= 100 ms", gap <= 100)

    size = bundle_size_mb(args.skip_build)
    row("frozen one-folder bundle", "n/a" if size is None else f"{size:.0f} MB", "<= 250 MB",
        None if size is None else size <= 250)
    missed = [r for r in ROWS if r[3] is False]
    print(f"\n{len(ROWS)} figures, {len(missed)} targets missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
