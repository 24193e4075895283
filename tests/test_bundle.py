"""The .casefile format: layout, checksums, schema, round trip."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from desktop.casefile.bundle import MIMETYPE, bundle_bytes, case_from_bytes, read_bundle, write_bundle
from desktop.casefile.errors import InvalidInput
from desktop.casefile.model import dump_case_json

from .conftest import SAMPLES


def rezip(members: dict[str, bytes], *, first: str = "mimetype", fix_manifest: bool = True) -> bytes:
    """Rebuild an archive from members, optionally recomputing the manifest's checksums."""
    if fix_manifest and "manifest.json" in members:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in members.items() if n not in ("mimetype", "manifest.json")
        }
        members["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        order = [first] + [n for n in members if n != first]
        for name in order:
            zf.writestr(name, members[name], zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_are_valid_and_rich(path):
    case = read_bundle(path)
    assert case.entities and case.mentions and case.incidents and case.claims and case.assessments
    assert all(m.exact == case.document(m.document).text[m.start : m.end] for m in case.mentions)


def test_layout_mimetype_first_and_stored(sample_path):
    with zipfile.ZipFile(sample_path) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == MIMETYPE.encode()
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format_version"] == 1
        for name, entry in manifest["members"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == entry["sha256"]


def test_write_is_byte_stable(sample_case, tmp_path):
    write_bundle(sample_case, tmp_path / "a.casefile")
    again = read_bundle(tmp_path / "a.casefile")
    assert dump_case_json(again) == dump_case_json(sample_case)
    assert bundle_bytes(again) == (tmp_path / "a.casefile").read_bytes() == SAMPLES[0].read_bytes()


def test_truncated_file_is_refused(sample_path):
    data = sample_path.read_bytes()
    with pytest.raises(InvalidInput, match="truncated or damaged"):
        case_from_bytes(data[: len(data) // 2])


def test_tampered_member_fails_checksum(sample_path):
    members = members_of(sample_path.read_bytes())
    members["documents/d1.md"] = b"X" + members["documents/d1.md"][1:]
    with pytest.raises(InvalidInput, match="checksum mismatch for documents/d1.md"):
        case_from_bytes(rezip(members, fix_manifest=False))


def test_schema_violation_names_the_place(sample_path):
    members = members_of(sample_path.read_bytes())
    doc = json.loads(members["case.json"])
    doc["assessments"][0]["grade"] = "Z"
    members["case.json"] = json.dumps(doc).encode()
    with pytest.raises(InvalidInput, match="breaks the schema at assessments/0/grade"):
        case_from_bytes(rezip(members))


def test_newer_format_is_refused_with_its_version(sample_path):
    members = members_of(sample_path.read_bytes())
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 7
    members["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(InvalidInput, match="newer format \\(version 7\\)"):
        case_from_bytes(rezip(members, fix_manifest=False))


def test_mention_offsets_must_hold_their_quote(sample_path):
    members = members_of(sample_path.read_bytes())
    doc = json.loads(members["case.json"])
    doc["mentions"][0]["start"] += 1
    members["case.json"] = json.dumps(doc).encode()
    with pytest.raises(InvalidInput, match="is not its quote"):
        case_from_bytes(rezip(members))


def test_reference_to_missing_object_is_refused(sample_path):
    members = members_of(sample_path.read_bytes())
    doc = json.loads(members["case.json"])
    doc["claims"][0]["source"] = "s999"
    members["case.json"] = json.dumps(doc).encode()
    with pytest.raises(InvalidInput, match="missing source 's999'"):
        case_from_bytes(rezip(members))
