"""Extraction throughput on a 100,000-word report, end to end, with peak memory.

    python bench/extract_throughput.py [--words 100000]

The report is synthetic text of the genre (bench/generate.py: attacks, claims through
outlets, casualty figures, filler paragraphs) written as Markdown with section headings.
The time covers everything `casefile extract` does after the language model is loaded
(clean-up, NER, incidents, claims, grouping, building the case); model loading is timed
apart. Progress events are counted to show the job reports while it runs.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def make_report(words: int = 100_000) -> str:
    """A Markdown report of about ``words`` words."""
    from bench.generate import make_large_case

    case = make_large_case(words=words, mentions=words // 7, claims=words // 150, incidents=words // 300, seed=3)
    return "# Synthetic monitoring report\n\n" + case.documents[0].text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=100_000)
    args = ap.parse_args()
    from desktop import jobs
    from desktop.extract import pipeline, reading

    text = make_report(args.words)
    n_words = len(text.split())
    t0 = time.perf_counter()
    reading.load_nlp()
    reading.matchers()
    load = time.perf_counter() - t0
    progress = []
    t1 = time.perf_counter()
    case = jobs.run(pipeline.extract(text.encode("utf-8"), filename="report.md"),
                    lambda d, t, m: progress.append(d))
    elapsed = time.perf_counter() - t1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"words {n_words}  model load {load:.2f} s  extraction {elapsed:.2f} s  "
          f"throughput {n_words / elapsed:.0f} words/s  (with load: {n_words / (elapsed + load):.0f} words/s)")
    print(f"found {len(case.entities)} entities, {len(case.mentions)} mentions, {len(case.incidents)} incidents, "
          f"{len(case.claims)} claims; {len(progress)} progress events; peak RSS {peak_mb:.0f} MB")
    print(f"THROUGHPUT {n_words / elapsed:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
