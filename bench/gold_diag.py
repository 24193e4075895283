"""Read a scored run's incidents more closely than the scorer's totals.

    python bench/gold_diag.py --scorer PATH/score_extraction.py --gold DIR --out OUT summary
    python bench/gold_diag.py --scorer ... --gold DIR --out OUT errors [--only miss|spur]
    python bench/gold_diag.py --scorer ... --gold DIR --out OUT field killed

OUT is the working folder a run of `bench/extract_score.py --out OUT` filled (its predictions are in OUT/pred).
`summary` gives the incidents by report shape (the second word of a gold file's name: wire, webpage, update,
analysis, review...), the figure with each sentence annotators told as several incidents counted once, and how many
of the found incidents have each field right; `errors` lists each report's missed and spurious incidents with their
evidence; `field NAME` lists the found incidents whose NAME (date, location, perpetrator, killed, wounded) is wrong.
Incidents are paired as the scorer pairs them (its own functions, loaded from --scorer). Reading a round's errors
makes it development material: keep the newest round unread until the session's end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.extract_score import load_scorer  # noqa: E402 (after the path)


def reports(gold: Path, pred: Path):
    """(name, gold annotation, prediction) for each gold file with a prediction."""
    for g in sorted(gold.glob("*.json")):
        p = pred / g.name
        if p.is_file():
            yield g.name, json.loads(g.read_text(encoding="utf-8")), json.loads(p.read_text(encoding="utf-8"))


def _once(items: list[dict]) -> list[dict]:
    """One incident per evidence sentence."""
    seen: dict[str, dict] = {}
    for item in items:
        seen.setdefault(" ".join(item.get("evidence", "").split()), item)
    return list(seen.values())


def _field_ok(sc, field: str, gold: dict, pred: dict) -> bool:
    if field == "date":
        return sc.date_ok(gold.get("date"), pred.get("date"))
    if field in ("location", "perpetrator"):
        return sc.same_name(gold.get(field), pred.get(field))
    return gold.get(field) == pred.get(field)


FIELDS = ("date", "location", "perpetrator", "killed", "wounded")


def summary(sc, rows) -> str:
    def f1(tp: int, n_pred: int, n_gold: int) -> float:
        return sc.prf(tp, n_pred, n_gold)[2]

    shapes: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    total, once, fields = [0, 0, 0], [0, 0, 0], dict.fromkeys(FIELDS, 0)
    for name, gold, pred in rows:
        pairs = sc.pair_by_evidence(gold["incidents"], pred["incidents"])
        shape = name.split("_")[1] if name.count("_") >= 2 else "?"
        for acc in (shapes[shape], total):
            acc[0] += len(pairs)
            acc[1] += len(pred["incidents"])
            acc[2] += len(gold["incidents"])
        g1, p1 = _once(gold["incidents"]), _once(pred["incidents"])
        once[0] += len(sc.pair_by_evidence(g1, p1))
        once[1] += len(p1)
        once[2] += len(g1)
        for g, p in pairs:
            for field in FIELDS:
                fields[field] += _field_ok(sc, field, g, p)
    lines = [f"incidents: {f1(*total):.3f} ({total[0]} of {total[2]} found, {total[1]} reported)",
             f"once per sentence: {f1(*once):.3f} ({once[0]} of {once[2]} found, {once[1]} reported)",
             "fields right of the found: " + ", ".join(f"{k} {v}" for k, v in fields.items())]
    for shape, (tp, n_pred, n_gold) in sorted(shapes.items()):
        lines.append(f"  {shape:10} F1 {f1(tp, n_pred, n_gold):.3f}  precision {tp / max(n_pred, 1):.3f}  "
                     f"recall {tp / max(n_gold, 1):.3f}  ({tp} found of {n_gold}, {n_pred} reported)")
    return "\n".join(lines)


def _line(kind: str, inc: dict) -> str:
    return (f"  {kind} {str(inc.get('type', ''))[:12]:12} {inc.get('date')} {inc.get('location')} "
            f"k={inc.get('killed')} w={inc.get('wounded')} :: {inc.get('evidence', '')[:300]}")


def errors(sc, rows, only: str | None) -> str:
    out = []
    for name, gold, pred in rows:
        pairs = sc.pair_by_evidence(gold["incidents"], pred["incidents"])
        found = {id(g) for g, _ in pairs}
        right = {id(p) for _, p in pairs}
        lines = [_line("MISS", g) for g in gold["incidents"] if id(g) not in found and only != "spur"]
        lines += [_line("SPUR", p) for p in pred["incidents"] if id(p) not in right and only != "miss"]
        if lines:
            out += [f"== {name}", *lines]
    return "\n".join(out)


def field_errors(sc, rows, field: str) -> str:
    out = []
    for name, gold, pred in rows:
        wrong = [f"  {field}: gold={g.get(field)!r} pred={p.get(field)!r} :: {g.get('evidence', '')[:300]}"
                 for g, p in sc.pair_by_evidence(gold["incidents"], pred["incidents"])
                 if not _field_ok(sc, field, g, p)]
        if wrong:
            out += [f"== {name}", *wrong]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", default=os.environ.get("SCORER"), help="path of score_extraction.py")
    ap.add_argument("--gold", required=True, help="folder of the gold JSON files scored")
    ap.add_argument("--out", required=True, help="the --out folder of the bench/extract_score.py run")
    ap.add_argument("what", choices=["summary", "errors", "field"])
    ap.add_argument("field", nargs="?", choices=FIELDS)
    ap.add_argument("--only", choices=["miss", "spur"], help="errors: only the missed or only the spurious")
    args = ap.parse_args()
    if not args.scorer:
        ap.error("give --scorer PATH (or set SCORER)")
    if args.what == "field" and not args.field:
        ap.error("field needs a field name: " + ", ".join(FIELDS))
    sc = load_scorer(args.scorer)
    rows = list(reports(Path(args.gold), Path(args.out) / "pred"))
    if args.what == "summary":
        print(summary(sc, rows))
    elif args.what == "errors":
        print(errors(sc, rows, args.only))
    else:
        print(field_errors(sc, rows, args.field))
    return 0


if __name__ == "__main__":
    sys.exit(main())
