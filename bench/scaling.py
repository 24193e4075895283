"""How each figure grows with the report: 10,000 to 150,000 words.

    python bench/scaling.py [--sizes 10000,50000,150000]

For each size: opening the case (cold), toggling a type, selecting a claim, a filter
keystroke (bench_ui.py, mentions/claims/incidents scaled with the words), extraction time,
and the HTML and STIX exports. The last column says whether time grows about linearly.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,50000,150000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from bench import bench_ui
    from bench.extract_throughput import make_report
    from bench.generate import make_large_case
    from desktop import jobs
    from desktop.export import EXPORT_JOBS
    from desktop.extract.pipeline import extract
    from desktop.extract.reading import load_nlp

    load_nlp()
    rows: dict[str, list[float]] = {}
    for words in sizes:
        for name, value, _target, _ok in bench_ui.measure(quick=True, words=words):
            key = name.split(" (")[0]
            rows.setdefault(key, []).append(float(value.split()[0].replace(",", "")))
        raw = make_report(words).encode()
        t = time.perf_counter()
        jobs.run(extract(raw, filename="r.md"))
        rows.setdefault("extraction (s)", []).append(time.perf_counter() - t)
        case = make_large_case(words, int(20_000 * words / 150_000), int(1000 * words / 150_000),
                               int(500 * words / 150_000), seed=5)
        for fmt in ("html", "stix", "casefile"):
            out = ROOT / "bench" / "out" / f"scale.{fmt}"
            out.parent.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter()
            jobs.run(EXPORT_JOBS[fmt](case, out))
            rows.setdefault(f"export {fmt} (s)", []).append(time.perf_counter() - t)
    print(f"{'measure':48}" + "".join(f"{w:>12,}" for w in sizes) + "   growth 10k->150k vs words x15")
    for key, values in rows.items():
        growth = values[-1] / values[0] if values[0] else float("nan")
        print(f"{key:48}" + "".join(f"{v:12.1f}" for v in values) + f"   x{growth:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
