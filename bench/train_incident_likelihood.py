"""Train the model that weighs how likely each incident the rules find is one an annotator lists.

    python bench/train_incident_likelihood.py --scorer PATH/score_extraction.py [--upto N] [--out FILE]

For every gold report numbered up to N (all of them by default), the pipeline runs with the model
switched off and keeps every incident its rules find. An incident is a positive example when the
scorer pairs it with one of the annotator's incidents (by the overlap of their evidence sentences),
a negative one when it pairs with none. A logistic regression over the features of
``desktop/extract/likely.py`` is fitted by gradient descent (numpy, which spaCy brings) and its
weights are written as JSON, by default to ``resources/models/incident_likelihood.json``.

Run it again whenever a rule changes what incidents are found: the model weighs the rules' output.
To measure it on reports it has not learned from, train with ``--upto`` below them and score them
with ``bench/extract_score.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "bench" / "gold"
OUT = ROOT / "resources" / "models" / "incident_likelihood.json"
MIN_COUNT = 3  # a feature seen in fewer training incidents is left out
L2 = 1.0
STEPS = 400
RATE = 0.5
THRESHOLD = 0.5


def examples(gold_dir: Path, upto: int | None, pair) -> list[tuple[dict[str, float], bool]]:
    from desktop import jobs
    from desktop.extract.likely import features
    from desktop.extract.pipeline import extract, to_eval_json

    rows = []
    for path in sorted(gold_dir.glob("*.json")):
        number = re.match(r"(\d+)_", path.name)
        if upto is not None and (number is None or int(number.group(1)) > upto):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        meta = gold["meta"]
        date = dt.date.fromisoformat(meta["report_date"]) if meta.get("report_date") else None
        case = jobs.run(extract((gold_dir / meta["report"]).read_bytes(), filename=meta["report"], report_date=date,
                                title=meta.get("title"), weigh_incidents=False))
        predicted = to_eval_json(case)["incidents"]
        paired = {id(p) for _g, p in pair(gold["incidents"], predicted)}
        text = case.documents[0].text
        for inc, as_scored in zip(case.incidents, predicted, strict=True):
            rows.append((features(inc, text, len(case.incidents), case.info.report_date is not None),
                         id(as_scored) in paired))
    return rows


def fit(rows: list[tuple[dict[str, float], bool]]) -> dict[str, float]:
    import numpy as np

    counts = Counter(k for f, _ in rows for k in f)
    names = sorted(k for k, c in counts.items() if c >= MIN_COUNT)
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (f, _) in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[i, index[k]] = v
    y = np.array([1.0 if label else 0.0 for _, label in rows])
    w = np.zeros(len(names))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= RATE * (x.T @ (p - y) + L2 * w) / len(y)
    return {k: round(float(v), 4) for k, v in zip(names, w, strict=True) if abs(v) >= 1e-4}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", required=True, help="path of score_extraction.py (its pairing of incidents)")
    ap.add_argument("--gold", default=str(GOLD), help="folder of gold JSON files (default bench/gold)")
    ap.add_argument("--upto", type=int, default=None, help="learn only from gold reports numbered up to this")
    ap.add_argument("--out", default=str(OUT), help="where to write the weights")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score_extraction", args.scorer)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    rows = examples(Path(args.gold), args.upto, scorer.pair_by_evidence)
    weights = fit(rows)
    right = sum(label for _, label in rows)
    model = {
        "about": "Logistic weights of desktop/extract/likely.py, written by bench/train_incident_likelihood.py",
        "trained_on": f"{len(rows)} incidents found by the rules in the gold reports"
                      + (f" numbered up to {args.upto}" if args.upto else "") + f", {right} of them an annotator's",
        "threshold": THRESHOLD,
        "weights": weights,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{model['trained_on']}; {len(weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
