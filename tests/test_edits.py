"""The analyst's edits (desktop/casefile/edits.py): each one a (puts, deletes) change, valid, exactly undoable."""

from __future__ import annotations

import copy

import pytest

from desktop.casefile import edits, validate
from desktop.casefile.builder import CaseBuilder
from desktop.casefile.model import Case, FuzzyDate, MergeRecord, dump_case_json

REPORT = """# Attack on the market 🚨

On 3 May, gunmen of the Northern Front attacked the market in Riverton, killing 4 people.

## Claims

The Northern Front claimed the attack in a statement to Radio Delta. Governor Amal Said said \
the NF had been preparing it for weeks. The army denied that the market was unguarded.

A second blast hit Riverton on 9 May, wounding several people 😢 near the bridge.
"""


def build_case() -> Case:
    """A small case with an astral character before some mentions (Qt counts it twice)."""
    b = CaseBuilder("case-edits", "Market attack", created="2026-01-01T00:00:00Z", report_date="2026-05-10")
    b.document(REPORT, title="Market attack", published="2026-05-10")
    b.entity("Northern Front", "ORG", subtype="armed_group")
    b.entity("NF", "ORG")
    b.entity("Riverton", "LOC")
    b.entity("Amal Said", "PERSON")
    b.entity("Radio Delta", "ORG", subtype="media")
    i1 = b.incident(
        "gunmen of the Northern Front attacked",
        "Violence against civilians",
        summary="Market attack",
        date=FuzzyDate("2026-05-03", "2026-05-03", "day", "On 3 May"),
        location="Riverton",
        perpetrators=("Northern Front",),
    )
    b.incident(
        "A second blast hit Riverton",
        "Explosions/Remote violence",
        summary="Second blast",
        date=FuzzyDate("2026-05-09", "2026-05-09", "day", "on 9 May"),
        location="Riverton",
    )
    nf = b.source("Northern Front", kind="organisation")
    radio = b.source("Radio Delta", kind="outlet")
    gov = b.source("Amal Said", role="governor")
    army = b.source("the army", kind="organisation")
    b.claim(
        "The Northern Front claimed the attack",
        nf,
        "claimed",
        "The Northern Front carried out the attack",
        via=((radio, "statement"),),
        incident=i1,
    )
    b.claim("Governor Amal Said said", gov, "said", "The NF had been preparing the attack for weeks", incident=i1)
    b.claim("The army denied", army, "denied", "The market was unguarded", stance="deny")
    return b.case


def apply(case: Case, change) -> Case:
    out = copy.deepcopy(case)
    edits.apply_to_case(out, *change)
    return out


def canonical(case: Case) -> dict:
    """The case's JSON with each collection in id order.

    An undone deletion puts the item back at the end of its list, as ``Library.apply`` does
    (it has no way to restore a row's old position); content must be identical.
    """
    data = case.to_dict()
    for key, value in data.items():
        if isinstance(value, list):
            data[key] = sorted(value, key=lambda item: item["id"])
    return data


def roundtrip(case: Case, change) -> None:
    """The change leaves a valid case, and its inverse gives back the same items."""
    after = apply(case, change)
    validate.check_case(after)
    undo = edits.inverse(case, *change)
    back = apply(after, undo)
    assert canonical(back) == canonical(case)


def test_add_assessment_is_append_only_and_checked():
    case = build_case()
    puts, deletes = edits.add_assessment(case, "c1", "claim", "admiralty-credibility", "2", "corroborated", "Ana")
    assert deletes == [] and puts[0][0] == "assessments"
    a = puts[0][1]
    assert (a.target, a.grade, a.analyst) == ("c1", "2", "Ana")
    roundtrip(case, (puts, deletes))
    with pytest.raises(edits.EditError, match="not a grade"):
        edits.add_assessment(case, "c1", "claim", "admiralty-credibility", "B", "", "Ana")
    with pytest.raises(edits.EditError, match="analyst"):
        edits.add_assessment(case, "c1", "claim", "admiralty-credibility", "2", "", " ")


def test_mark_entity_makes_an_analyst_mention_with_quote_context():
    case = build_case()
    text = case.documents[0].text
    start = text.index("the bridge")
    puts, _ = edits.mark_entity(case, "d1", start - 1, start + len("the bridge"), "LOC")  # a sloppy selection
    entity, mention = puts[0][1], puts[1][1]
    assert entity.type == "LOC" and entity.origin == "analyst" and entity.name == "the bridge"
    assert mention.exact == "the bridge" and mention.origin == "analyst"
    assert mention.prefix.endswith("😢 near ") and text[mention.start : mention.end] == "the bridge"
    roundtrip(case, (puts, []))


def test_mark_entity_refuses_overlaps_and_empty_selections():
    case = build_case()
    at = case.documents[0].text.index("Riverton")
    with pytest.raises(edits.EditError, match="overlaps"):
        edits.mark_entity(case, "d1", at, at + 4, "LOC")
    with pytest.raises(edits.EditError):
        edits.mark_entity(case, "d1", 5, 5, "LOC")


def test_new_claim_and_new_incident_from_a_selection():
    case = build_case()
    text = case.documents[0].text
    start = text.index("A second blast")
    end = text.index("bridge.") + len("bridge.")
    change = edits.new_claim(case, "d1", start, end)
    names = [p[1].name for p in change[0] if p[0] == "sources"]
    assert names == [edits.UNATTRIBUTED]
    claim = change[0][-1][1]
    assert claim.evidence.exact.startswith("A second blast") and claim.origin == "analyst"
    roundtrip(case, change)
    after = apply(case, change)
    again = edits.new_claim(after, "d1", start, end)
    assert [p[0] for p in again[0]] == ["claims"]  # the unattributed source is reused
    inc = edits.new_incident(case, "d1", start, end, type_="Explosions/Remote violence")
    assert inc[0][0][1].date_reported == "2026-05-10"
    roundtrip(case, inc)


def test_retype_rename_delete_entity():
    case = build_case()
    roundtrip(case, edits.retype_entity(case, "e3", "ORG", "other"))
    rename = edits.rename_entity(case, "e4", "Amal Said Hassan")
    assert rename[0][0][1].aliases == ["Amal Said"]
    roundtrip(case, rename)
    delete = edits.delete_entity(case, "e1")
    assert ("entities", "e1") in delete[1]
    assert all(m.entity != "e1" for m in apply(case, delete).mentions)
    roundtrip(case, delete)


def test_merge_records_why_and_unmerge_restores_the_case():
    case = build_case()
    merge = edits.merge_entities(case, "e1", "e2", "NF is the Northern Front's acronym")
    merged = apply(case, merge)
    validate.check_case(merged)
    keep = merged.by_id("entities")["e1"]
    assert keep.merged_from[-1].reason == "NF is the Northern Front's acronym"
    assert "NF" in keep.aliases and "e2" not in merged.by_id("entities")
    nf_mentions = {m.id for m in case.mentions if m.entity == "e2"}
    assert nf_mentions and all(m.entity == "e1" for m in merged.mentions if m.id in nf_mentions)
    roundtrip(case, merge)
    # Undo the merge later, from its record alone: the case is as before, byte for byte
    # once the restored entity is back in its place.
    unmerge = edits.unmerge_entity(merged, "e1")
    restored = apply(merged, unmerge)
    validate.check_case(restored)
    assert restored.by_id("entities")["e1"].merged_from == []
    assert restored.by_id("entities")["e1"].aliases == []
    assert restored.by_id("entities")["e2"].to_dict() == case.by_id("entities")["e2"].to_dict()
    assert {m.id for m in restored.mentions if m.entity == "e2"} == nf_mentions
    with pytest.raises(edits.EditError, match="itself"):
        edits.merge_entities(case, "e1", "e1", "x")


def test_unmerge_an_automatic_merge_from_extraction():
    case = build_case()
    # As extraction would have stored it: NF folded into Northern Front with origin auto.
    nf = case.by_id("entities")["e2"]
    moved = [m for m in case.mentions if m.entity == "e2"]
    keep = case.by_id("entities")["e1"]
    keep.merged_from.append(
        MergeRecord(merged=nf.to_dict(), reason="acronym", origin="auto", mentions=[m.id for m in moved])
    )
    keep.aliases.append("NF")
    for m in moved:
        m.entity = "e1"
    case.entities.remove(nf)
    validate.check_case(case)
    after = apply(case, edits.unmerge_entity(case, "e1"))
    validate.check_case(after)
    assert after.by_id("entities")["e2"].name == "NF"
    assert after.by_id("entities")["e1"].aliases == [] and after.by_id("entities")["e1"].merged_from == []
    with pytest.raises(edits.EditError, match="no merge"):
        edits.unmerge_entity(after, "e1")


def test_edit_claim_and_incident_fields():
    case = build_case()
    change = edits.edit_claim(case, "c2", cue="told reporters", stance="accuse")
    assert change[0][0][1].cue == "told reporters"
    roundtrip(case, change)
    with pytest.raises(edits.EditError, match="stance"):
        edits.edit_claim(case, "c2", stance="maybe")
    inc = edits.edit_incident(
        case, "i2", summary="Bridge blast", date=FuzzyDate("2026-05-08", "2026-05-09", "approximate")
    )
    roundtrip(case, inc)
    with pytest.raises(edits.EditError, match="before it starts"):
        edits.edit_incident(case, "i2", date=FuzzyDate("2026-05-09", "2026-05-01", "approximate"))
    with pytest.raises(edits.EditError, match="ACLED"):
        edits.edit_incident(case, "i2", type="Party")


def test_edits_never_change_the_case_they_are_given():
    case = build_case()
    before = dump_case_json(case)
    edits.merge_entities(case, "e1", "e2", "same")
    edits.delete_entity(case, "e3")
    edits.rename_entity(case, "e4", "X")
    edits.edit_incident(case, "i1", summary="changed")
    assert dump_case_json(case) == before


def test_each_edit_is_one_library_transaction(fresh_library):
    case = build_case()
    fresh_library.import_case(case)
    change = edits.merge_entities(case, "e1", "e2", "acronym")
    undo = edits.inverse(case, *change)
    fresh_library.apply(case.info.id, *change)
    stored = fresh_library.load_case(case.info.id)
    validate.check_case(stored)
    assert "e2" not in stored.by_id("entities")
    fresh_library.apply(case.info.id, *undo)
    back = fresh_library.load_case(case.info.id)
    assert back.by_id("entities")["e2"].to_dict() == case.by_id("entities")["e2"].to_dict()
    assert {m.id: m.entity for m in back.mentions} == {m.id: m.entity for m in case.mentions}
