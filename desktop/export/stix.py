"""A STIX 2.1 bundle of the case, built with the ``stix2`` library (3.0.1).

Mapping (details and reasons in ``docs/exports.md``):

- the analyst desk -> ``identity`` (organization) that ``created_by_ref`` of everything points at;
- PERSON / ORG / NORP entities -> ``identity`` (individual / organization / group); ORG entities of
  subtype ``armed_group`` -> ``threat-actor``; sources -> their entity's object when linked, else
  an ``identity`` of their own; a source's current reliability (A–F) -> ``x_opencti_reliability``
  (OpenCTI's reliability vocabulary *is* the Admiralty letter) plus ``x_admiralty_reliability``;
- LOC entities -> ``location`` only when a country can be named: STIX requires ``region``,
  ``country`` or coordinates, and inventing any of them would be worse than leaving the place
  out. A place that is itself a country (by name or alias) gets its ISO 3166-1 alpha-2 code;
  the others are listed by name in the report's ``x_casefile_unplaced_locations`` and in the
  descriptions that mention them;
- incidents -> ``incident`` (with ACLED type, date range and casualty ranges as ``x_`` properties)
  and relationships: perpetrator ``attributed-to``, ``targets``, ``located-at``;
- claims -> ``note`` (content, source, via chain, evidence) whose ``object_refs`` are the source,
  the outlets it came through and the incident; ``confidence`` from the current credibility by
  STIX Appendix A (1->90 ... 5->10; 6 -> no ``confidence``);
- assessments -> ``opinion`` (1 strongly-agree, 2 agree, 3 neutral, 4 disagree, 5 strongly-disagree,
  6 neutral; A..F likewise for sources), ``explanation`` = rationale, ``authors`` = analyst;
- the case -> ``report`` whose ``object_refs`` list everything else.

Ids are UUIDv5 of the case id and item id, and timestamps come from the case, so exporting
the same case twice gives the same bundle.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Generator
from pathlib import Path
from typing import Any

import stix2

from desktop import jobs
from desktop.casefile import admiralty
from desktop.casefile.model import Case, Entity
from desktop.export.common import CaseView, atomic_write, count_text, date_text

# Fixed namespace so ids are the same on every machine and every run.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:casefile-reader:stix")
DESK_NAME = "Casefile Reader analyst desk"

CREDIBILITY_OPINION = {
    "1": "strongly-agree",
    "2": "agree",
    "3": "neutral",
    "4": "disagree",
    "5": "strongly-disagree",
    "6": "neutral",
}
RELIABILITY_OPINION = {
    "A": "strongly-agree",
    "B": "agree",
    "C": "neutral",
    "D": "disagree",
    "E": "strongly-disagree",
    "F": "neutral",
}
IDENTITY_CLASS = {"PERSON": "individual", "ORG": "organization", "NORP": "group"}
SOURCE_CLASS = {"person": "individual", "organisation": "organization", "outlet": "organization"}


def stix_id(kind: str, case_id: str, item_id: str) -> str:
    """``kind--uuid5(case id / item id)``: stable across re-exports."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{case_id}/{kind}/{item_id}')}"


def _timestamp(value: str | None, fallback: str) -> str:
    """STIX timestamps need a time and a Z; case dates may be bare ISO dates."""
    value = value or fallback
    if len(value) == 10:
        value += "T00:00:00Z"
    return value if value.endswith("Z") else value + "Z"


def _country_codes() -> dict[str, str]:
    """Lower-case country name -> ISO 3166-1 alpha-2, from pytz's table (ships with dateparser)."""
    try:
        import pytz
    except ImportError:  # pragma: no cover - pytz comes with dateparser
        return {}
    return {name.lower(): code.upper() for code, name in pytz.country_names.items()}


def country_of(entity: Entity, codes: dict[str, str]) -> str | None:
    for name in (entity.name, *entity.aliases):
        key = name.lower().removeprefix("the ").strip()
        if key in codes:
            return codes[key]
    return None


def stix_job(case: Case, path: str | Path | None = None) -> Generator[jobs.Progress, None, stix2.Bundle]:
    """Build the bundle (and write it to ``path`` if given)."""
    view = CaseView(case)
    cid = case.info.id
    created = _timestamp(case.info.created, "1970-01-01T00:00:00Z")
    modified = max(created, _timestamp(case.info.modified, created))
    common = {"created": created, "modified": modified, "spec_version": "2.1"}
    total = 7
    objects: list[Any] = []

    yield 0, total, "identities"
    desk = stix2.Identity(
        id=stix_id("identity", "desk", "desk"),
        name=DESK_NAME,
        identity_class="organization",
        roles=["analysis"],
        description="The analysts who rated this case in Casefile Reader.",
        created="2020-01-01T00:00:00Z",
        modified="2020-01-01T00:00:00Z",
    )
    objects.append(desk)
    base = {**common, "created_by_ref": desk.id, "allow_custom": True}

    # A source's reliability goes onto its own identity, or onto its entity's object.
    reliability_of: dict[str, dict[str, Any]] = {}
    for s in case.sources:
        latest = view.latest(s.id, admiralty.RELIABILITY_SCALE)
        props: dict[str, Any] = {"x_casefile_source": s.id}
        if latest:
            props.update(
                x_opencti_reliability=latest.grade,
                x_admiralty_reliability=latest.grade,
                x_admiralty_reliability_label=admiralty.grade(latest.scale, latest.grade).label,
            )
        reliability_of[s.id] = props

    entity_obj: dict[str, str] = {}  # entity id -> STIX id
    codes = _country_codes()
    unplaced: list[str] = []
    for e in case.entities:
        props: dict[str, Any] = {"x_casefile_entity": e.id}
        if e.subtype:
            props["x_casefile_subtype"] = e.subtype
        for s in case.sources:
            if s.entity == e.id:
                props.update(reliability_of[s.id])
        if e.type == "ORG" and e.subtype == "armed_group":
            obj = stix2.ThreatActor(
                id=stix_id("threat-actor", cid, e.id),
                name=e.name,
                aliases=e.aliases or None,
                labels=["armed-group"],
                **props,
                **base,
            )
        elif e.type in IDENTITY_CLASS:
            obj = stix2.Identity(
                id=stix_id("identity", cid, e.id),
                name=e.name,
                identity_class=IDENTITY_CLASS[e.type],
                x_casefile_aliases=e.aliases or None,
                **props,
                **base,
            )
        elif e.type == "LOC":
            country = country_of(e, codes)
            if country is None:
                unplaced.append(e.name)
                continue
            obj = stix2.Location(id=stix_id("location", cid, e.id), name=e.name, country=country, **props, **base)
        else:
            continue  # DATE entities live in the incidents' and claims' dates
        objects.append(obj)
        entity_obj[e.id] = obj.id

    yield 1, total, "sources"
    source_obj: dict[str, str] = {}
    for s in case.sources:
        if s.entity in entity_obj:
            source_obj[s.id] = entity_obj[s.entity]
            continue
        description = ", ".join(x for x in (s.role, s.affiliation) if x) or None
        obj = stix2.Identity(
            id=stix_id("identity", cid, s.id),
            name=s.name,
            identity_class=SOURCE_CLASS.get(s.kind, "unknown"),
            description=description,
            roles=[s.kind],
            **reliability_of[s.id],
            **base,
        )
        objects.append(obj)
        source_obj[s.id] = obj.id

    yield 2, total, "incidents"
    relationships = []

    def relate(source_ref: str, rel_type: str, target_ref: str, key: str, description: str, **extra: Any) -> None:
        relationships.append(
            stix2.Relationship(
                id=stix_id("relationship", cid, key),
                relationship_type=rel_type,
                source_ref=source_ref,
                target_ref=target_ref,
                description=description,
                **extra,
                **base,
            )
        )

    incident_obj: dict[str, str] = {}
    for inc in case.incidents:
        latest = view.latest(inc.id, admiralty.CREDIBILITY_SCALE)
        confidence = admiralty.stix_confidence(latest.grade) if latest else None
        where = view.location_name(inc)
        description = (
            f"{inc.summary}\nDate: {date_text(inc.date)}"
            f"{' (' + inc.date.precision + ')' if inc.date and inc.date.precision != 'day' else ''}"
            f"{chr(10) + 'Location: ' + where if where else ''}"
            f"\nKilled: {count_text(inc.killed)}; wounded: {count_text(inc.wounded)}"
        )
        extra: dict[str, Any] = {
            "x_casefile_incident": inc.id,
            "x_acled_event_type": inc.type,
            "x_acled_sub_event_type": inc.sub_type,
            "x_casefile_date_start": inc.date.start if inc.date else None,
            "x_casefile_date_end": inc.date.end if inc.date else None,
            "x_casefile_date_precision": inc.date.precision if inc.date else None,
            "x_casefile_location": where or None,
            "x_casefile_killed_min": inc.killed.min if inc.killed else None,
            "x_casefile_killed_max": inc.killed.max if inc.killed else None,
            "x_casefile_wounded_min": inc.wounded.min if inc.wounded else None,
            "x_casefile_wounded_max": inc.wounded.max if inc.wounded else None,
            "x_casefile_evidence": inc.evidence.exact if inc.evidence else None,
        }
        extra = {k: v for k, v in extra.items() if v is not None}
        if latest:
            extra["x_admiralty_credibility"] = latest.grade
        obj = stix2.Incident(
            id=stix_id("incident", cid, inc.id),
            name=f"{inc.type}: {inc.summary or inc.id}",
            description=description,
            confidence=confidence,
            **extra,
            **base,
        )
        objects.append(obj)
        incident_obj[inc.id] = obj.id
        for n, ref in enumerate(inc.perpetrators):
            if ref.entity in entity_obj:
                relate(
                    obj.id,
                    "attributed-to",
                    entity_obj[ref.entity],
                    f"{inc.id}/perpetrator/{n}",
                    f"{inc.id} attributed to {ref.name}",
                    confidence=confidence,
                )
        for n, ref in enumerate(inc.targets):
            if ref.entity in entity_obj:
                relate(
                    obj.id,
                    "targets",
                    entity_obj[ref.entity],
                    f"{inc.id}/target/{n}",
                    f"{inc.id} targeted {ref.name}",
                    confidence=confidence,
                )
                for m, perp in enumerate(inc.perpetrators):
                    if perp.entity in entity_obj and entity_obj[perp.entity] != entity_obj[ref.entity]:
                        relate(
                            entity_obj[perp.entity],
                            "targets",
                            entity_obj[ref.entity],
                            f"{inc.id}/who-targeted/{m}/{n}",
                            f"{perp.name} targeted {ref.name} ({inc.id})",
                            confidence=confidence,
                        )
        if inc.location and inc.location.entity in entity_obj:
            relate(
                obj.id,
                "located-at",
                entity_obj[inc.location.entity],
                f"{inc.id}/location",
                f"{inc.id} took place in {inc.location.name}",
                confidence=confidence,
            )

    yield 3, total, "claims"
    claim_obj: dict[str, str] = {}
    for c in case.claims:
        latest = view.latest(c.id, admiralty.CREDIBILITY_SCALE)
        refs = [source_obj[c.source]] if c.source in source_obj else []
        refs += [source_obj[h.source] for h in c.via if h.source in source_obj and source_obj[h.source] not in refs]
        if c.incident in incident_obj:
            refs.append(incident_obj[c.incident])
        if not refs:
            refs = [desk.id]
        via = view.via_text(c)
        content = f"{view.source_label(c.source)} {c.cue}: {c.content}"
        if via:
            content += f"\nVia: {via}"
        if c.evidence:
            content += f"\nEvidence: “{c.evidence.exact}”"
        extra = {
            "x_casefile_claim": c.id,
            "x_casefile_stance": c.stance,
            "x_casefile_source": view.source_name(c.source),
        }
        if via:
            extra["x_casefile_via"] = [view.source_name(h.source) for h in c.via]
        if latest:
            extra["x_admiralty_credibility"] = latest.grade
            extra["x_admiralty_credibility_label"] = admiralty.grade(latest.scale, latest.grade).label
        obj = stix2.Note(
            id=stix_id("note", cid, c.id),
            abstract=c.content[:200],
            content=content,
            object_refs=refs,
            authors=[view.source_name(c.source)],
            confidence=admiralty.stix_confidence(latest.grade) if latest else None,
            **extra,
            **base,
        )
        objects.append(obj)
        claim_obj[c.id] = obj.id
        # The attribution chain as relationships: the claim (note) is related to each outlet.
        for n, hop in enumerate(c.via):
            if hop.source in source_obj:
                relate(
                    obj.id,
                    "related-to",
                    source_obj[hop.source],
                    f"{c.id}/via/{n}",
                    f"relayed by {view.source_name(hop.source)}{' (' + hop.mode + ')' if hop.mode else ''}",
                )
        if c.incident in incident_obj:
            relate(obj.id, "related-to", incident_obj[c.incident], f"{c.id}/about", f"{c.id} is about {c.incident}")

    yield 4, total, "assessments"
    target_obj = {**claim_obj, **incident_obj, **source_obj, **entity_obj}
    for a in case.assessments:
        if a.target not in target_obj:
            continue
        mapping = CREDIBILITY_OPINION if a.scale == admiralty.CREDIBILITY_SCALE else RELIABILITY_OPINION
        if a.grade.upper() not in mapping:
            continue
        extra = {"x_admiralty_scale": a.scale, "x_admiralty_grade": a.grade, "x_casefile_assessment": a.id}
        when = _timestamp(a.time, modified)
        confidence = admiralty.stix_confidence(a.grade) if a.scale == admiralty.CREDIBILITY_SCALE else None
        objects.append(
            stix2.Opinion(
                id=stix_id("opinion", cid, a.id),
                opinion=mapping[a.grade.upper()],
                explanation=a.rationale or None,
                authors=[a.analyst],
                object_refs=[target_obj[a.target]],
                confidence=confidence,
                **extra,
                **{**base, "created": when, "modified": when},
            )
        )

    objects += relationships
    yield 5, total, "report"
    published = _timestamp(case.info.report_date, created)
    refs = [o.id for o in objects]
    external = [
        {"source_name": d.title, "url": d.source_url}
        if d.source_url
        else {"source_name": d.title, "description": f"report document {d.id}"}
        for d in case.documents
    ]
    report_extra = {"x_casefile_case": cid}
    if unplaced:
        report_extra["x_casefile_unplaced_locations"] = unplaced
    report = stix2.Report(
        id=stix_id("report", cid, "case"),
        name=case.info.title,
        published=published,
        description=case.info.summary or None,
        report_types=["threat-report"],
        object_refs=refs,
        external_references=external or None,
        **report_extra,
        **base,
    )
    objects.append(report)
    bundle = stix2.Bundle(objects=objects, id=f"bundle--{uuid.uuid5(NAMESPACE, cid)}", allow_custom=True)
    if path is not None:
        yield 6, total, "writing"
        text = json.dumps(json.loads(bundle.serialize()), ensure_ascii=False, indent=1) + "\n"
        atomic_write(path, text.encode("utf-8"))
    yield total, total, "done"
    return bundle


def export_stix(case: Case, path: str | Path) -> None:
    """``casefile export --format stix``."""
    jobs.run(stix_job(case, path))
