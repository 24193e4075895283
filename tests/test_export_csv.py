"""CSV tables: a folder or a zip, UTF-8 with BOM, CRLF, ACLED-style incidents, no formulas."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from desktop.casefile import admiralty
from desktop.export import EXPORTERS
from desktop.export.common import CaseView
from desktop.export.csv_tables import INCIDENT_COLUMNS

from .export_helpers import hostile_case

FILES = ["assessments.csv", "claims.csv", "entities.csv", "incidents.csv", "sources.csv"]


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")  # CRLF record ends (RFC 4180)
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_folder_export_has_every_table_with_the_case_counts(sample_case, tmp_path):
    out = tmp_path / "tables"
    EXPORTERS["csv"](sample_case, out)
    assert sorted(p.name for p in out.iterdir()) == FILES
    tables = {name: _rows((out / name).read_bytes()) for name in FILES}
    assert len(tables["claims.csv"]) == len(sample_case.claims)
    assert len(tables["incidents.csv"]) == len(sample_case.incidents)
    assert len(tables["entities.csv"]) == len(sample_case.entities)
    assert len(tables["sources.csv"]) == len(sample_case.sources)
    assert len(tables["assessments.csv"]) == len(sample_case.assessments)
    # A known claim with its current rating.
    view = CaseView(sample_case)
    claim = next(c for c in sample_case.claims if view.latest(c.id, admiralty.CREDIBILITY_SCALE))
    latest = view.latest(claim.id, admiralty.CREDIBILITY_SCALE)
    row = next(r for r in tables["claims.csv"] if r["claim_id"] == claim.id)
    assert row["credibility"] == latest.grade and row["analyst"] == latest.analyst
    assert row["stix_confidence"] == str(admiralty.stix_confidence(latest.grade) or "")
    assert row["content"] == claim.content and row["source"] == view.source_name(claim.source)
    # Incidents: ACLED's columns first, ours after; ISO dates; ranges.
    with open(out / "incidents.csv", encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == INCIDENT_COLUMNS
    inc = sample_case.incidents[0]
    r = next(r for r in tables["incidents.csv"] if r["incident_id"] == inc.id)
    assert r["event_date"] == inc.date.start and r["event_type"] == inc.type and r["sub_event_type"] == inc.sub_type
    assert r["killed_min"] == str(inc.killed.min) and r["fatalities"] == str(inc.killed.min)
    assert r["actor1"] == "; ".join(p.name for p in inc.perpetrators)
    # Exactly one current assessment per rated (target, scale, analyst).
    current = [r for r in tables["assessments.csv"] if r["current"] == "yes"]
    assert len(current) == len({(a.target, a.scale) for a in sample_case.assessments})


def test_zip_export_holds_the_same_files(sample_case, tmp_path):
    EXPORTERS["csv"](sample_case, tmp_path / "tables")
    EXPORTERS["csv"](sample_case, tmp_path / "tables.zip")
    with zipfile.ZipFile(tmp_path / "tables.zip") as zf:
        assert sorted(zf.namelist()) == FILES
        for name in FILES:
            assert zf.read(name) == (tmp_path / "tables" / name).read_bytes()


def test_cells_that_look_like_formulas_are_defused(tmp_path):
    case, ids = hostile_case()
    EXPORTERS["csv"](case, tmp_path / "t")
    claims = {r["claim_id"]: r for r in _rows((tmp_path / "t" / "claims.csv").read_bytes())}
    assert claims[ids["claims"][1]]["content"] == "'-1 casualties @civilians"
    incidents = _rows((tmp_path / "t" / "incidents.csv").read_bytes())
    assert incidents[0]["notes"].startswith("'=HYPERLINK(")
    # Numbers stay numbers; text that merely contains = is untouched.
    assert incidents[0]["killed_min"] == "6" and incidents[0]["wounded_max"] == ""
    for r in incidents + list(claims.values()):
        for value in r.values():
            assert not value.startswith(("=", "+", "-", "@")), value


def test_re_export_replaces_the_folder_whole_and_a_failure_keeps_the_old_one(sample_case, tmp_path, monkeypatch):
    out = tmp_path / "tables"
    out.mkdir()
    (out / "stale.csv").write_text("old")
    EXPORTERS["csv"](sample_case, out)
    assert sorted(p.name for p in out.iterdir()) == FILES  # no stale file mixed in

    from desktop.export import csv_tables

    def boom(*a, **k):
        raise RuntimeError("disk pulled")

    monkeypatch.setattr(csv_tables, "csv_bytes", boom)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(RuntimeError):
        EXPORTERS["csv"](sample_case, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]  # no temp folder left
