"""The casefile command as a user runs it: exit codes, one-line errors, round trip."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from desktop.cli import main

from .conftest import ROOT, SAMPLES


def run(*args: str, env_library=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_validate_samples_exit_0():
    out = run("validate", *map(str, SAMPLES))
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("ok ") == len(SAMPLES)


def _broken_files(sample_path, tmp_path):
    data = sample_path.read_bytes()
    truncated = tmp_path / "truncated.casefile"
    truncated.write_bytes(data[:2000])
    tampered = tmp_path / "tampered.casefile"
    with zipfile.ZipFile(sample_path) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "documents/d1.md":
                body = body.replace(b"the", b"teh", 1)
            dst.writestr(info, body)
    schema = tmp_path / "schema.casefile"
    with zipfile.ZipFile(sample_path) as src, zipfile.ZipFile(schema, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "case.json":
                doc = json.loads(body)
                del doc["claims"][0]["content"]
                body = json.dumps(doc).encode()
            dst.writestr(info, body)
    return {"truncated": truncated, "tampered": tampered, "schema": schema}


@pytest.mark.parametrize(
    "kind,reason",
    [("truncated", "truncated or damaged"), ("tampered", "checksum mismatch"), ("schema", "checksum mismatch")],
)
def test_broken_files_exit_1_with_one_line(sample_path, tmp_path, kind, reason):
    path = _broken_files(sample_path, tmp_path)[kind]
    out = run("validate", str(path))
    assert out.returncode == 1
    lines = [line for line in (out.stdout + out.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in out.stderr


def test_schema_breaking_file_with_good_checksums_names_the_field(sample_path, tmp_path, capsys):
    from desktop.casefile import bundle
    from desktop.casefile.bundle import read_bundle

    case = read_bundle(sample_path)
    case.claims[0].stance = "maybe"  # not in the schema's vocabulary
    bad = tmp_path / "bad.casefile"
    bad.write_bytes(bundle.bundle_bytes(case))
    assert main(["validate", str(bad)]) == 1
    line = capsys.readouterr().out.strip()
    assert "claims/0/stance" in line and "\n" not in line


def test_round_trip_import_export_is_byte_identical(tmp_path):
    for sample in SAMPLES:
        assert main(["import", str(sample)]) == 0
    from desktop.casefile.bundle import read_bundle

    for sample in SAMPLES:
        case_id = read_bundle(sample).info.id
        out = tmp_path / f"{case_id}.casefile"
        assert main(["export", case_id, "--format", "casefile", "-o", str(out)]) == 0
        assert main(["validate", str(out)]) == 0
        with zipfile.ZipFile(sample) as a, zipfile.ZipFile(out) as b:
            assert a.read("case.json") == b.read("case.json")
        assert out.read_bytes() == sample.read_bytes()


def test_reimport_does_not_duplicate(capsys):
    assert main(["import", str(SAMPLES[0])]) == 0
    assert main(["import", str(SAMPLES[0])]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1


def test_list_search_info(capsys):
    main(["import", *map(str, SAMPLES)])
    capsys.readouterr()
    assert main(["search", "drone"]) == 0
    assert "Kabul airport" in capsys.readouterr().out
    assert main(["info", str(SAMPLES[0]), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["claims"] > 0


def test_unknown_case_id_is_input_error(capsys):
    assert main(["export", "no-such-case", "-o", "x.casefile"]) == 1
    assert "no-such-case: no such case file" in capsys.readouterr().err


def test_usage_errors_exit_2():
    out = run("validate")
    assert out.returncode == 2
    out = run("export", str(SAMPLES[0]))  # -o is required
    assert out.returncode == 2


def test_missing_file_is_one_line(tmp_path):
    out = run("validate", str(tmp_path / "nope.casefile"))
    assert out.returncode == 1 and "no such file" in out.stdout


def test_extract_every_incident_keeps_what_the_likelihood_model_leaves_out(tmp_path):
    report = tmp_path / "review.md"
    report.write_text("# Review\n\nA rebel spokesman issued a statement claiming that the group's fighters had killed "
                      "nine soldiers in Kidal.\n\nOn 9 May, gunmen attacked a police post in Gao, killing seven "
                      "officers, the governor said.\n", encoding="utf-8")
    counts = []
    for extra in ((), ("--every-incident",)):
        out = run("extract", str(report), "--report-date", "2023-07-12", "--format", "eval-json", *extra)
        assert out.returncode == 0, out.stderr
        counts.append([i["evidence"][:7] for i in json.loads(out.stdout)["incidents"]])
    assert counts == [["On 9 Ma"], ["A rebel", "On 9 Ma"]]


def test_import_every_incident_keeps_what_the_likelihood_model_leaves_out(tmp_path, capsys):
    report = tmp_path / "review.md"
    report.write_text("# Review\n\nA rebel spokesman issued a statement claiming that the group's fighters had killed "
                      "nine soldiers in Kidal.\n\nOn 9 May, gunmen attacked a police post in Gao, killing seven "
                      "officers, the governor said.\n", encoding="utf-8")
    counts = []
    for n, extra in enumerate(((), ("--every-incident",))):
        library = ["--library", str(tmp_path / f"library{n}.sqlite")]
        assert main([*library, "import", str(report), "--report-date", "2023-07-12", *extra]) == 0
        capsys.readouterr()
        assert main([*library, "list", "--json"]) == 0
        counts.append(json.loads(capsys.readouterr().out)[0]["incidents"])
    assert counts == [1, 2]
