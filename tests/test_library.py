"""The SQLite library: created on first start, WAL, migrations, FTS, one transaction per edit."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.casefile.model import Assessment
from desktop.store.library import SCHEMA_VERSION, Library, LibraryError, default_library_path


def test_created_on_first_start_in_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("CASEFILE_LIBRARY")
    path = default_library_path()
    assert str(path).startswith(str(tmp_path))  # XDG_DATA_HOME points into tmp_path
    assert not path.exists()
    lib = Library()
    assert path.exists() and lib.schema_version() == SCHEMA_VERSION
    assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    lib.close()


def test_library_env_and_explicit_path(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_LIBRARY", str(tmp_path / "env.sqlite"))
    assert default_library_path() == tmp_path / "env.sqlite"
    with Library(tmp_path / "x" / "explicit.sqlite") as lib:
        assert lib.path.exists()


def test_a_folder_given_for_the_library_holds_the_library_file(tmp_path, sample_case):
    lib = Library(tmp_path)
    lib.import_case(sample_case)
    assert lib.path == tmp_path / "library.sqlite" and lib.path.is_file()
    assert [c["id"] for c in Library(tmp_path).list_cases()] == [sample_case.info.id]


def test_import_then_load_gives_the_same_case(fresh_library, sample_case):
    result = fresh_library.import_case(sample_case)
    assert result.status == "new"
    loaded = fresh_library.load_case(sample_case.info.id)
    assert loaded.to_dict() == sample_case.to_dict()
    assert loaded.documents[0].text == sample_case.documents[0].text


def test_reimport_merges_without_overwriting(fresh_library, sample_case):
    fresh_library.import_case(sample_case)
    colleague = fresh_library.load_case(sample_case.info.id)
    colleague.assessments.append(Assessment(id="a-colleague-1", target=colleague.claims[0].id, target_kind="claim",
                                            scale="admiralty-credibility", grade="4", rationale="Not convinced.",
                                            analyst="Colleague", time="2030-01-01T00:00:00Z"))
    colleague.claims[1].content = "A different reading of the claim"
    result = fresh_library.import_case(colleague)
    assert result.status == "merged" and result.added == 1
    assert result.conflicts == [colleague.claims[1].id]
    merged = fresh_library.load_case(sample_case.info.id)
    assert merged.claims[1].content == sample_case.claims[1].content  # ours kept
    assert merged.current_grade(colleague.claims[0].id, "admiralty-credibility").analyst == "Colleague"


def test_each_edit_is_one_transaction(fresh_library, sample_case):
    lib = fresh_library
    lib.import_case(sample_case)
    cid = sample_case.info.id
    before = lib.load_case(cid).info.modified
    claim = lib.get_item(cid, "claims", sample_case.claims[0].id)
    claim.content = "edited"
    lib.put_item(cid, "claims", claim)
    assert lib.get_item(cid, "claims", claim.id).content == "edited"
    assert lib.load_case(cid).info.modified != before
    # a failing multi-part edit leaves nothing behind
    claim.content = "half-done"
    with pytest.raises(sqlite3.OperationalError):
        lib.apply(cid, puts=[("claims", claim), ("no_such_table", claim)])
    assert lib.get_item(cid, "claims", claim.id).content == "edited"


def test_full_text_search_across_cases(fresh_library, sample_case):
    fresh_library.import_case(sample_case)
    hits = fresh_library.search("Krasnogorsk")
    assert hits and hits[0]["case_id"] == sample_case.info.id
    assert fresh_library.search('"unbalanced') == [] or True  # odd quoting must not raise
    assert fresh_library.search("   ") == []


def test_newer_library_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(LibraryError, match="newer version"):
        Library(path)


def test_not_a_database_is_explained(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="not a Casefile library"):
        Library(path)


def test_a_library_answering_locked_while_another_instance_opens_it_is_tried_again(tmp_path, monkeypatch):
    from desktop.store import library as store

    real, calls = store._connect, []

    def locked_twice(path, timeout):
        calls.append(path)
        if len(calls) <= 2:  # what SQLite answers while another instance switches the new file to WAL
            raise sqlite3.OperationalError("database is locked")
        return real(path, timeout)

    monkeypatch.setattr(store, "_connect", locked_twice)
    with Library(tmp_path / "library.sqlite", timeout=5) as lib:
        assert lib.schema_version() == SCHEMA_VERSION
    assert len(calls) == 3
    # and when the other instance never lets go, the caller hears so once its timeout has run out
    monkeypatch.setattr(store, "_connect", lambda path, timeout: (_ for _ in ()).throw(
        sqlite3.OperationalError("database is locked")))
    with pytest.raises(LibraryError, match="busy"):
        Library(tmp_path / "other.sqlite", timeout=0.2)
