"""STIX 2.1: parses with stix2, Appendix A confidence, opinions per analyst, stable ids."""

from __future__ import annotations

import json
from collections import Counter

import stix2

from desktop.casefile import admiralty
from desktop.export import EXPORTERS
from desktop.export.common import CaseView
from desktop.export.stix import stix_id

from .export_helpers import hostile_case


def _export(case, tmp_path, name="out.json"):
    path = tmp_path / name
    EXPORTERS["stix"](case, path)
    return path, stix2.parse(path.read_text(encoding="utf-8"), allow_custom=True)


def test_sample_bundle_parses_and_maps_every_collection(sample_case, tmp_path):
    _, bundle = _export(sample_case, tmp_path)
    by_type = Counter(o.type for o in bundle.objects)
    assert by_type["note"] == len(sample_case.claims)
    assert by_type["opinion"] == len(sample_case.assessments)
    assert by_type["incident"] == len(sample_case.incidents)
    armed = [e for e in sample_case.entities if e.subtype == "armed_group"]
    assert by_type["threat-actor"] == len(armed)
    assert by_type["report"] == 1
    objects = {o.id: o for o in bundle.objects}
    report = next(o for o in bundle.objects if o.type == "report")
    assert set(report.object_refs) == set(objects) - {report.id}  # the report lists everything
    assert report.name == sample_case.info.title
    for o in bundle.objects:  # every reference resolves inside the bundle
        for ref in [*o.get("object_refs", []), o.get("source_ref"), o.get("target_ref"), o.get("created_by_ref")]:
            assert ref is None or ref in objects, (o.id, ref)


def test_confidence_of_a_rated_claim_follows_appendix_a(sample_case, tmp_path):
    _, bundle = _export(sample_case, tmp_path)
    view = CaseView(sample_case)
    notes = {o.x_casefile_claim: o for o in bundle.objects if o.type == "note"}
    rated = 0
    for claim in sample_case.claims:
        latest = view.latest(claim.id, admiralty.CREDIBILITY_SCALE)
        note = notes[claim.id]
        assert claim.content in note.content and view.source_name(claim.source) in note.content
        if latest is None:
            assert "confidence" not in note
            continue
        rated += 1
        assert note.confidence == admiralty.STIX_CONFIDENCE[latest.grade]
        assert note.x_admiralty_credibility == latest.grade
    assert rated >= 2
    # Per analyst: one opinion each, with the rationale as the explanation.
    opinions = [o for o in bundle.objects if o.type == "opinion"]
    a = sample_case.assessments[0]
    op = next(o for o in opinions if o.x_casefile_assessment == a.id)
    assert op.authors == [a.analyst] and op.explanation == a.rationale


def test_grades_reliability_relationships_and_locations(tmp_path):
    case, ids = hostile_case()
    _, bundle = _export(case, tmp_path)
    objects = {o.id: o for o in bundle.objects}
    c1, _, c3 = ids["claims"]
    notes = {o.x_casefile_claim: o for o in bundle.objects if o.type == "note"}
    assert "confidence" not in notes[c3]  # credibility 6: cannot be judged, so omitted
    assert notes[c1].confidence == 30  # the latest rating (Analyst B, 4)
    assert "Radio Dawn (interview)" in notes[c1].content  # the via chain
    opinions = {o.x_casefile_assessment: o for o in bundle.objects if o.type == "opinion"}
    assert sorted(o.opinion for o in opinions.values()) == ["agree", "disagree", "neutral", "neutral"]
    # The spokesman is an entity: his identity carries the source's reliability.
    spokesman = objects[stix_id("identity", case.info.id, "e3")]
    assert spokesman.name == "Omar Ali" and spokesman.x_opencti_reliability == "C"
    group = objects[stix_id("threat-actor", case.info.id, "e1")]
    assert group.name == "Red Hand Brigade"
    # France is a country STIX can name; Hilltown and Freedonia are not, and are listed.
    locations = [o for o in bundle.objects if o.type == "location"]
    assert [(o.name, o.country) for o in locations] == [("France", "FR")]
    report = next(o for o in bundle.objects if o.type == "report")
    assert report.x_casefile_unplaced_locations == ["Hilltown", "Freedonia"]
    rels = {
        (objects[r.source_ref].type, r.relationship_type, objects[r.target_ref].type)
        for r in bundle.objects
        if r.type == "relationship"
    }
    assert ("incident", "attributed-to", "threat-actor") in rels
    assert ("note", "related-to", "identity") in rels


def test_re_export_is_byte_identical(sample_case, tmp_path):
    first, _ = _export(sample_case, tmp_path, "a.json")
    second, _ = _export(sample_case, tmp_path, "b.json")
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["type"] == "bundle" and all(o["spec_version"] == "2.1" for o in doc["objects"])
