"""Check the gold set: every annotation must be findable in its report.

    python bench/gold/check_gold.py [FOLDER]

For each <name>.json: the raw report named in "meta" exists; every entity text and every
evidence sentence occurs in the report's visible text (for .html, the text outside tags,
scripts and styles); types and counts have the allowed shapes. Stdlib only.
"""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        parser = _Visible()
        parser.feed(raw)
        raw = "".join(parser.parts)
    return " ".join(raw.split())


def check(gold: Path, reports: Path | None = None) -> list[str]:
    """What is wrong with one annotation file; its report is next to it, or in ``reports``."""
    problems = []
    data = json.loads(gold.read_text(encoding="utf-8"))
    meta = data.get("meta") or {}
    report = (reports or gold.parent) / meta.get("report", "")
    if not report.is_file():
        return [f"report {meta.get('report')!r} not found"]
    text = visible_text(report)
    for e in data.get("entities", []):
        if e.get("type") not in TYPES:
            problems.append(f"entity {e.get('text')!r}: type {e.get('type')!r}")
        if " ".join(str(e.get("text", "")).split()) not in text:
            problems.append(f"entity {e.get('text')!r} not in the report")
    for kind in ("incidents", "claims"):
        for item in data.get(kind, []):
            if " ".join(item.get("evidence", "").split()) not in text:
                problems.append(f"{kind[:-1]} evidence not in the report: {item.get('evidence', '')[:60]!r}")
    for inc in data.get("incidents", []):
        for key in ("killed", "wounded"):
            if inc.get(key) is not None and not isinstance(inc[key], int):
                problems.append(f"incident {key} must be an integer or null")
    return problems


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    bad = 0
    for gold in sorted(folder.glob("*.json")):
        problems = check(gold)
        bad += bool(problems)
        print(f"{gold.name}: {'ok' if not problems else '; '.join(problems)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
