"""W3C Web Annotations: one per mention, note and assessment, with selectors that hold."""

from __future__ import annotations

import json
from collections import Counter

from desktop.export import EXPORTERS


def test_annotations_cover_mentions_notes_assessments_with_both_selectors(sample_case, tmp_path):
    out = tmp_path / "a.jsonld"
    EXPORTERS["annotations"](sample_case, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection"
    items = doc["first"]["items"]
    assert doc["total"] == len(items)
    motivations = Counter(a["motivation"] for a in items)
    assert motivations == {
        "identifying": len(sample_case.mentions),
        "commenting": len(sample_case.notes),
        "assessing": len(sample_case.assessments),
    }
    text = sample_case.documents[0].text
    for a in items:
        targets = a["target"] if isinstance(a["target"], list) else [a["target"]]
        for t in targets:
            assert t["source"].startswith(f"urn:casefile:{sample_case.info.id}:")
            if "selector" not in t:
                continue
            quote, position = t["selector"]
            assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
            assert text[position["start"] : position["end"]] == quote["exact"]
            assert text[: position["start"]].endswith(quote.get("prefix", ""))
    mention = sample_case.mentions[0]
    first = items[0]
    entity = sample_case.by_id("entities")[mention.entity]
    assert [b["purpose"] for b in first["body"]] == ["identifying", "tagging"]
    assert first["body"][0]["value"] == entity.name and first["body"][1]["value"].startswith(entity.type)
    rating = next(a for a in items if a["motivation"] == "assessing")
    first_assessment = sample_case.assessments[0]
    assert rating["creator"]["name"] == first_assessment.analyst
    assert first_assessment.grade in rating["body"]["value"] and first_assessment.rationale in rating["body"]["value"]
    assert len({a["id"] for a in items}) == len(items)
