"""The bundle export round-trips: import an export and get the same case back."""

from __future__ import annotations

from desktop.casefile.bundle import read_bundle
from desktop.casefile.model import Assessment
from desktop.export import EXPORT_JOBS, EXPORTERS, FORMATS
from desktop.store.library import Library


def test_export_import_round_trip_keeps_annotations_and_history(sample_case, tmp_path):
    with Library(tmp_path / "mine.sqlite") as mine:
        mine.import_case(sample_case)
        cid = sample_case.info.id
        claim = sample_case.claims[2]
        for n, grade in enumerate(("3", "2")):  # a rating and its revision: both kept
            mine.put_item(
                cid,
                "assessments",
                Assessment(
                    id=f"a-new-{n}",
                    target=claim.id,
                    target_kind="claim",
                    scale="admiralty-credibility",
                    grade=grade,
                    rationale=f"revision {n}",
                    analyst="Round Trip",
                    time=f"2031-01-0{n + 1}T00:00:00Z",
                ),
            )
        annotated = mine.load_case(cid)
    out = tmp_path / "export.casefile"
    EXPORTERS["casefile"](annotated, out)
    with Library(tmp_path / "theirs.sqlite") as theirs:
        assert theirs.import_case(read_bundle(out)).status == "new"
        back = theirs.load_case(cid)
        assert back.to_dict() == annotated.to_dict()
        assert [d.text for d in back.documents] == [d.text for d in annotated.documents]
        assert back.current_grade(claim.id, "admiralty-credibility").grade == "2"
        assert [a.id for a in back.assessments if a.analyst == "Round Trip"] == ["a-new-0", "a-new-1"]
        # Importing the same export again changes nothing.
        again = theirs.import_case(read_bundle(out))
        assert again.status == "unchanged" and again.offered == 0
    # And the file is byte-stable.
    EXPORTERS["casefile"](read_bundle(out), tmp_path / "again.casefile")
    assert (tmp_path / "again.casefile").read_bytes() == out.read_bytes()


def test_registry_lists_every_format_for_the_gui():
    assert set(EXPORTERS) == {"casefile", "html", "pdf", "csv", "stix", "annotations"}
    assert set(FORMATS) == set(EXPORTERS) == set(EXPORT_JOBS)


def test_casefile_job_writes_the_same_bytes_as_the_plain_export(sample_case, tmp_path):
    from desktop import jobs

    EXPORTERS["casefile"](sample_case, tmp_path / "plain.casefile")
    steps = []
    jobs.run(EXPORT_JOBS["casefile"](sample_case, tmp_path / "job.casefile"), lambda *p: steps.append(p))
    assert (tmp_path / "job.casefile").read_bytes() == (tmp_path / "plain.casefile").read_bytes()
    assert steps[-1][:2] == (3, 3)
