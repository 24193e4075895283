"""Importing a colleague's export of the same case: ratings and notes kept, corrections offered."""

from __future__ import annotations

import copy
import sqlite3

import pytest

from desktop.casefile.assess import disagreements, latest_by_analyst
from desktop.casefile.bundle import read_bundle
from desktop.casefile.model import Assessment, Entity, Note
from desktop.cli import main
from desktop.export import EXPORTERS
from desktop.store import merge
from desktop.store.library import SCHEMA_VERSION, Library, LibraryError

CRED = "admiralty-credibility"


def _colleague_copy(case):
    """What a colleague sends back: a second analyst's rating, a note, and corrections."""
    theirs = copy.deepcopy(case)
    claim = theirs.claims[0]
    theirs.assessments.append(
        Assessment(
            id="a-lindqvist-9",
            target=claim.id,
            target_kind="claim",
            scale=CRED,
            grade="5",
            rationale="Contradicted by the later investigation.",
            analyst="Colleague Two",
            time="2030-01-02T09:00:00Z",
        )
    )
    theirs.notes.append(
        Note(
            id="n-colleague-1",
            target=claim.id,
            text="Check the outlet's archive.",
            author="Colleague Two",
            time="2030-01-02T09:01:00Z",
        )
    )
    theirs.claims[1].content = "A corrected reading of the claim"  # a differing correction
    theirs.entities.append(
        Entity(id="e-colleague-1", name="New Group", type="ORG", subtype="armed_group", origin="analyst")
    )
    # The colleague also deleted an extracted claim nobody had rated or annotated.
    referenced = {a.target for a in theirs.assessments} | {n.target for n in theirs.notes}
    removed = next(c for c in reversed(theirs.claims) if c.origin == "auto" and c.id not in referenced)
    theirs.claims.remove(removed)
    return theirs, removed


def test_two_analysts_ratings_are_kept_and_disagreement_reported(fresh_library, sample_case, tmp_path):
    lib = fresh_library
    cid = sample_case.info.id
    lib.import_case(sample_case)
    claim_id = sample_case.claims[0].id
    ours_grade = sample_case.current_grade(claim_id, CRED)
    assert ours_grade is not None, "the sample rates its first claim"

    theirs, _ = _colleague_copy(sample_case)
    # Through the real file format, as a colleague would send it.
    path = tmp_path / "colleague.casefile"
    EXPORTERS["casefile"](theirs, path)
    result = lib.import_case(read_bundle(path))

    assert result.status == "merged"
    merged = lib.load_case(cid)
    by_analyst = latest_by_analyst(merged, claim_id, CRED)
    assert by_analyst[ours_grade.analyst].grade == ours_grade.grade  # ours kept
    assert by_analyst["Colleague Two"].grade == "5"  # theirs added
    assert any(n.id == "n-colleague-1" for n in merged.notes)
    found = {d.target: d for d in disagreements(merged)}
    assert claim_id in found
    before = {a: x.grade for a, x in latest_by_analyst(sample_case, claim_id, CRED).items()}
    assert found[claim_id].grades == {**before, "Colleague Two": "5"}
    assert found[claim_id].spread == 5 - min(int(g) for g in before.values())


def test_corrections_are_offered_not_applied(fresh_library, sample_case):
    lib = fresh_library
    cid = sample_case.info.id
    lib.import_case(sample_case)
    theirs, removed = _colleague_copy(sample_case)
    result = lib.import_case(theirs)

    merged = lib.load_case(cid)
    assert merged.claims[1].content == sample_case.claims[1].content  # not overwritten
    assert "e-colleague-1" not in merged.by_id("entities")  # analyst-made item: offered only
    pending = {(c.collection, c.item_id, c.kind): c for c in lib.pending_changes(cid)}
    changed = pending[("claims", sample_case.claims[1].id, "changed")]
    assert changed.theirs.content == "A corrected reading of the claim"
    assert changed.ours.content == sample_case.claims[1].content
    assert [f for f, _, _ in changed.differences()] == ["content"]
    assert ("entities", "e-colleague-1", "added") in pending
    assert ("claims", removed.id, "deleted") in pending
    assert removed.id in merged.by_id("claims")  # still here until accepted
    assert result.offered == len(pending)

    # The same file again offers nothing new.
    again = lib.import_case(theirs)
    assert again.offered == 0 and len(lib.pending_changes(cid)) == len(pending)

    # Accept the correction, reject the new entity.
    lib.accept_change(cid, changed.id)
    assert lib.get_item(cid, "claims", sample_case.claims[1].id).content == "A corrected reading of the claim"
    added = pending[("entities", "e-colleague-1", "added")]
    lib.reject_change(cid, added.id)
    assert lib.get_item(cid, "entities", "e-colleague-1") is None
    left = {(c.collection, c.item_id, c.kind) for c in lib.pending_changes(cid)}
    assert ("claims", sample_case.claims[1].id, "changed") not in left and (
        "entities",
        "e-colleague-1",
        "added",
    ) not in left
    statuses = {c.id: c.status for c in lib.pending_changes(cid, status=None)}
    assert statuses[changed.id] == "accepted" and statuses[added.id] == "rejected"
    with pytest.raises(LibraryError, match="already accepted"):
        lib.accept_change(cid, changed.id)
    # A rejected change does not come back with the next import.
    lib.import_case(theirs)
    assert ("entities", "e-colleague-1", "added") not in {
        (c.collection, c.item_id, c.kind) for c in lib.pending_changes(cid)
    }


def test_accepting_a_change_that_breaks_references_applies_nothing(fresh_library, sample_case):
    lib = fresh_library
    cid = sample_case.info.id
    lib.import_case(sample_case)
    theirs = copy.deepcopy(sample_case)
    victim = theirs.mentions[0].entity  # an extracted entity that still has mentions here
    theirs.entities = [e for e in theirs.entities if e.id != victim]
    theirs.mentions = [m for m in theirs.mentions if m.entity != victim]
    lib.import_case(theirs)
    deletion = next(c for c in lib.pending_changes(cid) if c.collection == "entities" and c.item_id == victim)
    with pytest.raises(LibraryError, match="on its own"):
        lib.accept_change(cid, deletion.id)
    assert lib.get_item(cid, "entities", victim) is not None
    assert lib.pending_changes(cid)[0].status == "pending"
    # Accept the mentions' deletions first, then the entity's goes through.
    for change in lib.pending_changes(cid):
        if change.collection == "mentions":
            lib.accept_change(cid, change.id)
    lib.accept_change(cid, deletion.id)
    assert lib.get_item(cid, "entities", victim) is None


def test_migration_is_idempotent_and_upgrades_an_old_library(tmp_path):
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        assert lib.schema_version() == SCHEMA_VERSION
        merge.migrate(lib.conn)  # running the step again changes nothing
        lib.conn.execute("DROP TABLE pending_changes")
        lib.conn.execute("PRAGMA user_version = 1")  # as a library from before this step
    with Library(path) as lib:
        assert lib.schema_version() == SCHEMA_VERSION
        assert lib.conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'pending_changes'").fetchone()
    conn.close()


def test_removing_a_case_removes_its_offers(fresh_library, sample_case):
    lib = fresh_library
    lib.import_case(sample_case)
    theirs, _ = _colleague_copy(sample_case)
    lib.import_case(theirs)
    assert lib.pending_changes(sample_case.info.id)
    lib.remove_case(sample_case.info.id)
    assert lib.pending_changes(sample_case.info.id) == []


def test_cli_import_prints_the_merge_report(sample_case, tmp_path, capsys):
    mine = tmp_path / "mine.casefile"
    theirs_path = tmp_path / "theirs.casefile"
    EXPORTERS["casefile"](sample_case, mine)
    theirs, _ = _colleague_copy(sample_case)
    EXPORTERS["casefile"](theirs, theirs_path)
    assert main(["import", str(mine)]) == 0
    capsys.readouterr()
    assert main(["import", str(theirs_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("merged ")
    assert "rating disagreement" in out and "disagree: claim" in out
    assert f"offered: claims {sample_case.claims[1].id} changed (content)" in out
