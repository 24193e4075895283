"""Train the second look at an incident's place (``desktop/extract/where.py``).

    python bench/train_place_chooser.py --scorer PATH/score_extraction.py [--upto N] [--records FILE] [--out PATH]

For every gold report numbered up to N (all of them by default), the pipeline runs with the rules' own places
(``choose_places=False``) and records, for each incident it keeps, its evidence sentence, the places the sentence names
and which one the rules chose. The scorer pairs those incidents with the annotator's by their evidence, as it does when
it scores; each paired incident whose sentence names two places or more, one of them the annotator's, is one example:
a choice among its places, the right ones being those the scorer would take for the annotator's location.

The model is a conditional logit (a softmax over the places of one sentence) fitted by gradient descent (numpy, which
spaCy brings), the features those of ``where.features``, left out when seen in fewer than ``--min-count`` examples.
The weights are written as JSON to ``resources/models/incident_place.json``.

``--records FILE`` (by default ``bench/out/place_records.jsonl``) keeps the recording (one JSON line per incident, with
its report's name) and reads it back on a later run instead of running the pipeline again, which takes about 45
minutes for 2,500 reports on two cores. A recording that exists is always reused: delete it (or name another) whenever
a rule changes which incidents are kept or where the rules put them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "bench" / "gold"
OUT = ROOT / "resources" / "models" / "incident_place.json"
L2 = 5.0  # (on 1811-2250, tried on 2611-2730: 1 moved more places and lost more of them again)
STEPS = 300
RATE = 0.1
MIN_COUNT = 3


def number(path: Path) -> int | None:
    head = path.name.split("_", 1)[0]
    return int(head) if head.isdigit() else None


def record(golds: list[Path], out: Path) -> None:
    """Run the pipeline on each report and write what it weighed of each incident's places."""
    import datetime as dt

    from desktop import jobs
    from desktop.extract.pipeline import extract

    with out.open("w", encoding="utf-8") as f:
        for n, gold in enumerate(golds, 1):
            meta = json.loads(gold.read_text(encoding="utf-8"))["meta"]
            report = gold.parent / meta["report"]
            date = dt.date.fromisoformat(meta["report_date"]) if meta.get("report_date") else None
            seen: list[dict] = []
            jobs.run(extract(report.read_bytes(), filename=report.name, report_date=date, title=meta.get("title"),
                             choose_places=False, places_weighed=seen))
            for item in seen:
                f.write(json.dumps({"file": report.name, **item}, ensure_ascii=False) + "\n")
            if n % 100 == 0:
                print(f"  {n} of {len(golds)} reports", file=sys.stderr)


def examples(golds: list[Path], records: Path, scorer) -> list[tuple[list[dict[str, float]], list[bool]]]:
    from desktop.extract.where import Candidate, features

    by_report: dict[str, list[dict]] = defaultdict(list)
    with records.open(encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            by_report[item["file"]].append(item)
    out = []
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        found = by_report.get(gold["meta"]["report"], [])
        for g, p in scorer.pair_by_evidence(gold.get("incidents", []), found):
            cands = [Candidate(*c) for c in p["places"]]
            if p["rule"] is None or len({c.text for c in cands}) < 2:
                continue
            right = [scorer.same_name(g.get("location"), c.text) for c in cands]
            if any(right):
                out.append(([features(p["evidence"], cands, i, p["rule"], p["trigger_at"]) for i in range(len(cands))],
                            right))
    return out


def fit(rows: list[tuple[list[dict[str, float]], list[bool]]], l2: float = L2, min_count: int = MIN_COUNT,
        steps: int = STEPS) -> dict[str, float]:
    """A softmax over each sentence's places, its target spread evenly over the right ones; Adam steps on the mean
    loss with an L2 penalty."""
    import numpy as np

    counts = Counter(k for feats, _ in rows for f in feats for k in f)
    keys = sorted(k for k, v in counts.items() if v >= min_count)
    index = {k: n for n, k in enumerate(keys)}
    groups = []
    for feats, right in rows:
        x = np.zeros((len(feats), len(keys)))
        for j, f in enumerate(feats):
            for k, v in f.items():
                if k in index:
                    x[j, index[k]] = v
        y = np.array(right, dtype=float)
        groups.append((x, y / y.sum()))
    w = np.zeros(len(keys))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, steps + 1):
        grad = np.zeros_like(w)
        for x, y in groups:
            s = x @ w
            p = np.exp(s - s.max())
            grad += x.T @ (p / p.sum() - y)
        grad = (grad + l2 * w) / len(groups)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {k: round(float(w[i]), 4) for k, i in index.items() if abs(w[i]) >= 1e-4}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", default=os.environ.get("SCORER"), help="path of score_extraction.py")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--upto", type=int, default=None, help="learn from the gold reports numbered up to N")
    ap.add_argument("--records", default=None, help="the recording to read, or to write when it does not exist")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    if not args.scorer:
        ap.error("give --scorer PATH (or set SCORER)")
    from bench.extract_score import load_scorer

    scorer = load_scorer(args.scorer)
    golds = sorted(p for p in Path(args.gold).glob("*.json")
                   if number(p) is not None and (args.upto is None or number(p) <= args.upto))
    records = Path(args.records) if args.records else ROOT / "bench" / "out" / "place_records.jsonl"
    records.parent.mkdir(parents=True, exist_ok=True)
    if not records.exists():
        record(golds, records)
    rows = examples(golds, records, scorer)
    weights = fit(rows)
    upto = args.upto or max(map(number, golds))
    Path(args.out).write_text(json.dumps({
        "about": "Weights of desktop/extract/where.py (a softmax over the places of an incident's sentence), "
                 "written by bench/train_place_chooser.py",
        "trained_on": f"{len(rows)} incidents of the gold reports numbered up to {upto} whose sentence names two "
                      "places or more, one of them the annotator's",
        "weights": dict(sorted(weights.items())),
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} examples, {len(weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
