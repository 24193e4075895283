"""Library at scale: 1,000 cases, full-text search and listing.

    python bench/bench_library.py [--cases 1000] [--words 3000]

Builds (once, cached under bench/out/) a library of synthetic cases and prints the median
time of a full-text search over all of them, of listing them, and of loading one case.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import make_large_case  # noqa: E402
from desktop.store.library import Library  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def build_library(path: Path, cases: int, words: int) -> float:
    """Create the library if it is not there yet; returns seconds spent (0 when cached)."""
    if path.exists():
        return 0.0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    with Library(tmp) as lib:
        for i in range(cases):
            case = make_large_case(words=words, mentions=words // 8, claims=words // 300, incidents=words // 600,
                                   seed=i, case_id=f"lib-{i:04d}", title=f"Synthetic case {i}")
            lib.import_case(case)
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)
    return time.perf_counter() - start


def median_ms(fn, repeat: int = 15) -> float:
    fn()  # warm the page cache and statement cache once
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def measure(cases: int = 1000, words: int = 3000) -> dict[str, float]:
    path = OUT / f"library-{cases}x{words}.sqlite"
    built = build_library(path, cases, words)
    results: dict[str, float] = {}
    if built:
        results["library build (s)"] = built
    with Library(path) as lib:
        for query in ("checkpoint", "Mosul displacement", "interview Radio Horizon", "Volkov"):
            results[f"search '{query}' (ms)"] = median_ms(lambda q=query: lib.search(q, limit=50))
        results["list 1,000 cases (ms)"] = median_ms(lib.list_cases, repeat=5)
        results["load one case (ms)"] = median_ms(lambda: lib.load_case("lib-0500"), repeat=5)
    results["library size (MB)"] = path.stat().st_size / 2**20
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--words", type=int, default=3000)
    args = ap.parse_args()
    for name, value in measure(args.cases, args.words).items():
        print(f"{name:40} {value:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
