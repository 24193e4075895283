"""Score extraction on the gold set in bench/gold/, and the plain-spaCy baseline beside it.

    python bench/extract_score.py --scorer PATH/score_extraction.py [--baseline] [--no-date] [--rules-only] [--only NAME]

Each bench/gold/<name>.json holds hand annotations and a "meta" block naming the raw
report beside it and its date. Predictions go to bench/out/pred/ (or pred-baseline/) in the
scorer's shape (`casefile extract --format eval-json`), then the scorer prints its figures.
The scorer is the project's external yardstick, so it is passed in, not copied here
(or set SCORER=PATH).

--baseline scores spaCy's own entities (PERSON, ORG, GPE, LOC, FAC) over the same cleaned
text, with no domain layer and no incidents or claims: the figure the pipeline must beat.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "bench" / "gold"
OUT = ROOT / "bench" / "out"


def load_scorer(path: str):
    """The scorer's module, loaded from its path (its pairing of incidents and claims, for the scripts that read a run
    more closely than its totals)."""
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def baseline(raw: bytes, filename: str) -> dict:
    from desktop.extract.cleanup import to_markdown
    from desktop.extract.reading import load_nlp

    markdown, _ = to_markdown(raw, filename)
    nlp = load_nlp(tuned=False)  # spaCy as it comes
    pairs: dict[tuple[str, str], None] = {}
    for para in markdown.split("\n\n"):
        if para.startswith("#"):
            continue
        for ent in nlp(para).ents:
            if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE"):
                pairs[(ent.text, ent.label_)] = None
    return {"entities": [{"text": t, "type": k} for t, k in pairs], "incidents": [], "claims": []}


def without_date(raw: bytes, filename: str, date: dt.date) -> bytes:
    """The report as if saved without its own date: every mention of that day taken out."""
    from desktop.extract.cleanup import to_markdown
    from desktop.extract.dates import find_dates

    markdown, _ = to_markdown(raw, filename)
    text = raw.decode("utf-8")
    for found in sorted({d.text for d in find_dates(markdown, None) if d.date.start == date.isoformat()},
                        key=len, reverse=True):
        text = text.replace(found, "")
    return text.encode("utf-8")


def predict(gold_path: Path, use_baseline: bool, given_date: bool = True, models: bool = True) -> dict:
    from desktop import jobs
    from desktop.extract.pipeline import extract, to_eval_json

    meta = json.loads(gold_path.read_text(encoding="utf-8")).get("meta", {})
    report = gold_path.parent / meta["report"]
    raw = report.read_bytes()
    if use_baseline:
        return baseline(raw, report.name)
    date = dt.date.fromisoformat(meta["report_date"]) if meta.get("report_date") else None
    if not given_date and date:
        raw, date = without_date(raw, report.name, date), None
    case = jobs.run(extract(raw, filename=report.name, report_date=date, title=meta.get("title"),
                            weigh_incidents=models, find_missed=models))
    return to_eval_json(case)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", default=os.environ.get("SCORER"), help="path of score_extraction.py")
    ap.add_argument("--baseline", action="store_true", help="plain spaCy entities, no domain layer")
    ap.add_argument("--only", default=None, help="score one gold file (name without .json)")
    ap.add_argument("--no-date", action="store_true",
                    help="score the reports as if saved without their date: it is neither passed nor left"
                         " in the text, so the pipeline guesses the year from the years the report names")
    ap.add_argument("--rules-only", action="store_true",
                    help="the rules' own incidents: no model weighs them or adds the ones they missed (likely.py)")
    ap.add_argument("--gold", default=str(GOLD), help="folder of gold JSON files (default bench/gold)")
    ap.add_argument("--out", default=str(OUT),
                    help="working folder for the predictions and the copy of the gold scored (default bench/out); "
                         "two runs at once need one each, or they overwrite each other's files")
    args = ap.parse_args()
    if not args.scorer:
        ap.error("give --scorer PATH (or set SCORER)")
    gold_dir = Path(args.gold)
    out = Path(args.out)
    pred_dir = out / ("pred-baseline" if args.baseline else "pred")
    pred_dir.mkdir(parents=True, exist_ok=True)
    golds = sorted(p for p in gold_dir.glob("*.json") if not args.only or p.stem == args.only)
    start, words = time.perf_counter(), 0
    score_dir = out / ("gold-only-" + args.only if args.only else "gold-all")
    score_dir.mkdir(parents=True, exist_ok=True)
    for old in score_dir.glob("*.json"):
        old.unlink()
    for gold in golds:
        meta = json.loads(gold.read_text(encoding="utf-8")).get("meta")
        if not meta or not (gold.parent / meta.get("report", "")).is_file():
            continue
        words += len((gold.parent / meta["report"]).read_text(encoding="utf-8", errors="replace").split())
        (pred_dir / gold.name).write_text(json.dumps(predict(gold, args.baseline, not args.no_date, not args.rules_only), indent=1, ensure_ascii=False),
                                          encoding="utf-8")
        (score_dir / gold.name).write_bytes(gold.read_bytes())
    elapsed = time.perf_counter() - start
    print(f"{len(list(score_dir.glob('*.json')))} reports, {words} words, {elapsed:.1f} s "
          f"({'baseline: plain spaCy' if args.baseline else 'pipeline'})")
    sys.stdout.flush()
    return subprocess.call([sys.executable, args.scorer, "--dir", str(score_dir), "--pred-dir", str(pred_dir)])


if __name__ == "__main__":
    sys.exit(main())
