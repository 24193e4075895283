"""CSV tables for spreadsheets and ACLED-minded tools: claims, incidents, entities, sources, assessments.

``OUT`` is a folder, or a ``.zip`` holding the same files. Each file is UTF-8 with a BOM (so
Excel detects the encoding), RFC 4180 (CRLF line ends, quoting by the ``csv`` module), ISO
8601 dates. Columns are documented in ``docs/exports.md``; the incidents table starts with
ACLED's own column names so an ACLED workflow can read it.

Analysts open these files in Excel or LibreOffice, and case text comes from the open web:
a cell starting with ``= + - @`` (or a tab or carriage return) would run as a formula,
so such text cells get a leading apostrophe (OWASP's "CSV injection" advice).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

from desktop import jobs
from desktop.casefile import admiralty
from desktop.casefile.model import Case
from desktop.export.common import CaseView, atomic_folder, atomic_write

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CLAIM_COLUMNS = [
    "claim_id",
    "source_id",
    "source",
    "source_reliability",
    "cue",
    "content",
    "stance",
    "via",
    "incident_id",
    "date",
    "credibility",
    "credibility_label",
    "stix_confidence",
    "analyst",
    "rationale",
    "ratings",
    "evidence",
    "document",
    "start",
    "end",
    "origin",
]
INCIDENT_COLUMNS = [
    # ACLED's names first, same meaning where ACLED has one.
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "fatalities",
    "notes",
    "source",
    # ours
    "incident_id",
    "date_precision",
    "date_end",
    "date_text",
    "date_reported",
    "killed_min",
    "killed_max",
    "killed_text",
    "wounded_min",
    "wounded_max",
    "wounded_text",
    "credibility",
    "evidence",
    "document",
    "start",
    "end",
    "origin",
]
ENTITY_COLUMNS = ["entity_id", "name", "type", "subtype", "aliases", "mentions", "origin"]
SOURCE_COLUMNS = [
    "source_id",
    "name",
    "kind",
    "role",
    "affiliation",
    "entity_id",
    "reliability",
    "reliability_label",
    "analyst",
    "rationale",
    "claims",
    "relayed",
    "origin",
]
ASSESSMENT_COLUMNS = [
    "assessment_id",
    "target_id",
    "target_kind",
    "scale",
    "grade",
    "label",
    "analyst",
    "time",
    "rationale",
    "current",
]


def safe_cell(value: Any) -> Any:
    """A cell value a spreadsheet will not execute; numbers and empties pass through."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _label(scale: str, code: str | None) -> str:
    if not code:
        return ""
    try:
        return admiralty.grade(scale, code).label
    except KeyError:
        return ""


def tables(case: Case) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """Every table as ``file name -> (header, rows)``, rows in case order."""
    view = CaseView(case)
    cred, rel = admiralty.CREDIBILITY_SCALE, admiralty.RELIABILITY_SCALE

    claims = []
    for c in case.claims:
        latest = view.latest(c.id, cred)
        src_rel = view.latest(c.source, rel)
        ev = c.evidence
        claims.append(
            [
                c.id,
                c.source,
                view.source_name(c.source),
                src_rel.grade if src_rel else "",
                c.cue,
                c.content,
                c.stance,
                view.via_text(c),
                c.incident or "",
                c.date.start if c.date else "",
                latest.grade if latest else "",
                _label(cred, latest.grade if latest else None),
                admiralty.stix_confidence(latest.grade) if latest else "",
                latest.analyst if latest else "",
                latest.rationale if latest else "",
                "; ".join(f"{r.analyst}: {r.grade}" for r in view.credibility(c)),
                ev.exact if ev else "",
                ev.document if ev else "",
                ev.start if ev else "",
                ev.end if ev else "",
                c.origin,
            ]
        )

    claim_sources: dict[str, list[str]] = {}
    for c in case.claims:
        if c.incident:
            names = claim_sources.setdefault(c.incident, [])
            for name in [view.source_name(c.source), *(view.source_name(h.source) for h in c.via)]:
                if name not in names:
                    names.append(name)
    incidents = []
    for i in case.incidents:
        latest = view.latest(i.id, cred)
        ev = i.evidence
        k, w = i.killed, i.wounded
        incidents.append(
            [
                i.date.start if i.date else "",
                i.type,
                i.sub_type or "",
                view.actor_names(i, "perpetrators"),
                view.actor_names(i, "targets"),
                view.location_name(i),
                # ACLED's fatalities is a conservative count: the lower bound of our range.
                k.min if k and k.min is not None else "",
                i.summary,
                "; ".join(claim_sources.get(i.id, [])),
                i.id,
                i.date.precision if i.date else "",
                i.date.end if i.date else "",
                i.date.text if i.date else "",
                i.date_reported or "",
                k.min if k else "",
                k.max if k else "",
                k.text if k else "",
                w.min if w else "",
                w.max if w else "",
                w.text if w else "",
                latest.grade if latest else "",
                ev.exact if ev else "",
                ev.document if ev else "",
                ev.start if ev else "",
                ev.end if ev else "",
                i.origin,
            ]
        )

    mentions_per_entity: dict[str, int] = {}
    for m in case.mentions:
        mentions_per_entity[m.entity] = mentions_per_entity.get(m.entity, 0) + 1
    entities = [
        [e.id, e.name, e.type, e.subtype or "", "; ".join(e.aliases), mentions_per_entity.get(e.id, 0), e.origin]
        for e in case.entities
    ]

    said: dict[str, int] = {}
    relayed: dict[str, int] = {}
    for c in case.claims:
        said[c.source] = said.get(c.source, 0) + 1
        for hop in c.via:
            relayed[hop.source] = relayed.get(hop.source, 0) + 1
    sources = []
    for s in case.sources:
        latest = view.latest(s.id, rel)
        sources.append(
            [
                s.id,
                s.name,
                s.kind,
                s.role or "",
                s.affiliation or "",
                s.entity or "",
                latest.grade if latest else "",
                _label(rel, latest.grade if latest else None),
                latest.analyst if latest else "",
                latest.rationale if latest else "",
                said.get(s.id, 0),
                relayed.get(s.id, 0),
                s.origin,
            ]
        )

    current_ids = {a.id for a in (view.latest(a.target, a.scale) for a in case.assessments) if a}
    assessments = [
        [
            a.id,
            a.target,
            a.target_kind,
            a.scale,
            a.grade,
            _label(a.scale, a.grade),
            a.analyst,
            a.time,
            a.rationale,
            a.id in current_ids,
        ]
        for a in case.assessments
    ]
    return {
        "claims.csv": (CLAIM_COLUMNS, claims),
        "incidents.csv": (INCIDENT_COLUMNS, incidents),
        "entities.csv": (ENTITY_COLUMNS, entities),
        "sources.csv": (SOURCE_COLUMNS, sources),
        "assessments.csv": (ASSESSMENT_COLUMNS, assessments),
    }


def csv_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    """One table as RFC 4180 CSV, UTF-8 with BOM."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, dialect="excel", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return buf.getvalue().encode("utf-8-sig")


def csv_job(case: Case, path: str | Path) -> Generator[jobs.Progress, None, Path]:
    """Write the tables to the folder ``path``, or into the zip ``path`` if it ends with .zip."""
    target = Path(path)
    yield 0, 6, "collecting tables"
    all_tables = tables(case)
    files: dict[str, bytes] = {}
    for n, (name, (header, rows)) in enumerate(all_tables.items(), start=1):
        files[name] = csv_bytes(header, rows)
        yield n, 6, name
    if target.suffix.lower() == ".zip":
        buf = io.BytesIO()
        when = (1980, 1, 1, 0, 0, 0)
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                zf.writestr(zipfile.ZipInfo(name, date_time=when), data, compress_type=zipfile.ZIP_DEFLATED)
        atomic_write(target, buf.getvalue())
    else:
        with atomic_folder(target) as tmp:
            for name, data in files.items():
                with open(tmp / name, "wb") as fh:
                    fh.write(data)
    yield 6, 6, "done"
    return target


def export_csv(case: Case, path: str | Path) -> None:
    """``casefile export --format csv -o OUT`` (a folder, or OUT.zip)."""
    jobs.run(csv_job(case, path))
