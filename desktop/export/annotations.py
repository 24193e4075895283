"""W3C Web Annotation (JSON-LD) of the case: mentions, notes and assessments on the report text.

One ``AnnotationCollection`` with a single ``AnnotationPage``. Every annotation targets a
report document (``urn:casefile:<case id>:<document id>``, i.e. the Markdown member
``documents/<id>.md`` of the bundle) through a ``TextQuoteSelector`` (exact, prefix, suffix)
and a ``TextPositionSelector`` (code-point offsets, start included, end excluded).

- a mention -> motivation ``identifying``: one body names the entity (purpose identifying),
  another tags its type (purpose tagging);
- a note -> ``commenting``, on the evidence of the item it is about (or the whole document);
- an assessment -> ``assessing``: body "C3 Possibly true: rationale", on the evidence of the
  rated claim or incident, or of the claims a rated source made.

``@context`` is the string ``http://www.w3.org/ns/anno.jsonld``; nothing is ever fetched.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Generator
from pathlib import Path
from typing import Any

from desktop import jobs
from desktop.casefile import admiralty
from desktop.casefile.model import Case, Span
from desktop.export.common import atomic_write

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:casefile-reader:annotations")


def document_iri(case_id: str, doc_id: str) -> str:
    return f"urn:casefile:{case_id}:{doc_id}"


def _urn(case_id: str, kind: str, item_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{case_id}/{kind}/{item_id}')}"


def _target(case_id: str, span: Span) -> dict[str, Any]:
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": span.exact}
    if span.prefix:
        quote["prefix"] = span.prefix
    if span.suffix:
        quote["suffix"] = span.suffix
    return {
        "source": document_iri(case_id, span.document),
        "selector": [quote, {"type": "TextPositionSelector", "start": span.start, "end": span.end}],
    }


def annotations_job(case: Case, path: str | Path | None = None) -> Generator[jobs.Progress, None, dict[str, Any]]:
    """Build the collection (and write it to ``path`` if given)."""
    cid = case.info.id
    entities = case.by_id("entities")
    items: list[dict[str, Any]] = []
    total = len(case.mentions) + len(case.notes) + len(case.assessments) + 1
    done = 0

    for m in case.mentions:
        ent = entities.get(m.entity)
        bodies = [
            {
                "type": "TextualBody",
                "purpose": "identifying",
                "value": ent.name if ent else m.exact,
                "id": f"urn:casefile:{cid}:entity:{m.entity}",
            }
        ]
        if ent:
            bodies.append(
                {
                    "type": "TextualBody",
                    "purpose": "tagging",
                    "value": ent.type + (f"/{ent.subtype}" if ent.subtype else ""),
                }
            )
        items.append(
            {
                "id": _urn(cid, "mention", m.id),
                "type": "Annotation",
                "motivation": "identifying",
                "created": case.info.created,
                "generator": "Casefile Reader",
                "creator": {
                    "type": "Software" if m.origin == "auto" else "Person",
                    "name": "automatic extraction" if m.origin == "auto" else "analyst",
                },
                "body": bodies,
                "target": _target(cid, m.span()),
            }
        )
        done += 1
        if done % 2000 == 0:
            yield done, total, "mentions"

    # Where an item's evidence is, for notes and assessments about it.
    spans: dict[str, list[Span]] = {}
    for item in (*case.claims, *case.incidents):
        if item.evidence:
            spans[item.id] = [item.evidence]
    for c in case.claims:
        if c.evidence:
            spans.setdefault(c.source, []).append(c.evidence)
    for m in case.mentions:
        spans.setdefault(m.entity, []).append(m.span())

    def targets_of(target: str | None) -> list[dict[str, Any]] | dict[str, Any]:
        found = [_target(cid, s) for s in spans.get(target or "", [])]
        if not found:
            return (
                {"source": document_iri(cid, case.documents[0].id)}
                if case.documents
                else {"source": f"urn:casefile:{cid}"}
            )
        return found[0] if len(found) == 1 else found

    for n in case.notes:
        items.append(
            {
                "id": _urn(cid, "note", n.id),
                "type": "Annotation",
                "motivation": "commenting",
                "created": n.time,
                "creator": {"type": "Person", "name": n.author},
                "body": {"type": "TextualBody", "value": n.text, "format": "text/plain"},
                "target": targets_of(n.target),
            }
        )
    done += len(case.notes)
    for a in case.assessments:
        try:
            label = admiralty.grade(a.scale, a.grade).label
        except KeyError:
            label = "unknown grade"
        scale = "source reliability" if a.scale == admiralty.RELIABILITY_SCALE else "information credibility"
        items.append(
            {
                "id": _urn(cid, "assessment", a.id),
                "type": "Annotation",
                "motivation": "assessing",
                "created": a.time,
                "creator": {"type": "Person", "name": a.analyst},
                "body": {
                    "type": "TextualBody",
                    "format": "text/plain",
                    "value": f"{scale} {a.grade} ({label}): {a.rationale}".rstrip(": "),
                },
                "target": targets_of(a.target),
            }
        )
    done += len(case.assessments)
    yield done, total, "writing"
    collection = {
        "@context": CONTEXT,
        "id": f"urn:casefile:{cid}:annotations",
        "type": "AnnotationCollection",
        "label": case.info.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    if path is not None:
        text = json.dumps(collection, ensure_ascii=False, indent=1) + "\n"
        atomic_write(path, text.encode("utf-8"))
    yield total, total, "done"
    return collection


def export_annotations(case: Case, path: str | Path) -> None:
    """``casefile export --format annotations``."""
    jobs.run(annotations_job(case, path))
