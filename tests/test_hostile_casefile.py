"""Hostile case files: each is refused with a message naming the problem, and nothing changes.

Every file is built here with zipfile from the shipped sample, then fed to the reader
(in memory), to ``casefile validate`` and to ``casefile import``. The CLI must exit 1
with one line naming the file and the problem, write nothing anywhere, and leave the
library exactly as it was (compared as a full SQL dump before and after).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import io
import json
import sqlite3
import stat
import struct
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from desktop.casefile import validate
from desktop.casefile.bundle import MAX_MEMBERS, MIMETYPE, case_from_bytes
from desktop.casefile.errors import InvalidInput
from desktop.casefile.model import ActorRef, Hop, Note, Source
from desktop.cli import main
from desktop.store.library import Library

from .conftest import ROOT, SAMPLES

SAMPLE = SAMPLES[0].read_bytes()


# -- building hostile archives ------------------------------------------------------------


def members_of(data: bytes = SAMPLE) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def manifest_for(members: dict[str, bytes], **changes) -> bytes:
    """A manifest whose checksums match ``members`` (so the reader gets past them)."""
    manifest = json.loads(members_of()["manifest.json"])
    manifest["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in members.items()
        if n not in ("mimetype", "manifest.json")
    }
    manifest.update(changes)
    return json.dumps(manifest).encode()


def build(entries: list[tuple[str | zipfile.ZipInfo, bytes]], *, fix_manifest: bool = True) -> bytes:
    """Zip ``entries`` in order (duplicates allowed); mimetype stored, the rest deflated."""
    if fix_manifest:
        plain = {(e.filename if isinstance(e, zipfile.ZipInfo) else e): d for e, d in entries}
        entries = [(e, manifest_for(plain) if e == "manifest.json" else d) for e, d in entries]
    out = io.BytesIO()
    with warnings.catch_warnings():
        # zipfile warns (but obeys) when asked to write a name twice: that is the point here.
        warnings.simplefilter("ignore", UserWarning)
        with zipfile.ZipFile(out, "w") as zf:
            for entry, data in entries:
                if isinstance(entry, zipfile.ZipInfo):
                    zf.writestr(entry, data)
                else:
                    method = zipfile.ZIP_STORED if entry == "mimetype" else zipfile.ZIP_DEFLATED
                    zf.writestr(entry, data, method)
    return out.getvalue()


def sample_entries() -> list[tuple[str, bytes]]:
    return list(members_of().items())


def with_member(name: str, data: bytes, *, fix_manifest: bool = True) -> bytes:
    """The sample with member ``name`` replaced (or appended)."""
    entries = sample_entries()
    if name in dict(entries):
        entries = [(n, data if n == name else d) for n, d in entries]
    else:
        entries.append((name, data))
    return build(entries, fix_manifest=fix_manifest)


def with_case(change) -> bytes:
    """The sample with case.json changed by ``change(doc)`` (checksums kept valid)."""
    doc = json.loads(members_of()["case.json"])
    change(doc)
    return with_member("case.json", json.dumps(doc).encode())


def without(name: str, *, fix_manifest: bool = True) -> bytes:
    return build([(n, d) for n, d in sample_entries() if n != name], fix_manifest=fix_manifest)


def patch_sizes(data: bytes, member: str, size: int, compressed: int | None = None) -> bytes:
    """Make the central directory claim ``member`` inflates to ``size`` bytes (a lying header)."""
    out = bytearray(data)
    at = 0
    while (at := out.find(b"PK\x01\x02", at)) >= 0:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == member.encode():
            struct.pack_into("<L", out, at + 24, size)
            if compressed is not None:
                struct.pack_into("<L", out, at + 20, compressed)
        at += 4
    return bytes(out)


def symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # unix: the mode bits in external_attr are honoured
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def many_members(count: int) -> bytes:
    entries = sample_entries() + [(f"documents/x{i}.md", b"") for i in range(count)]
    return build(entries)


def replace_case_text(old: str, new: str) -> bytes:
    text = members_of()["case.json"].decode()
    assert old in text
    return with_member("case.json", text.replace(old, new, 1).encode())


def deep_merge_record(depth: int):
    def change(doc):
        doc["entities"][0]["merged_from"] = [{"merged": {}, "reason": "x", "origin": "auto", "mentions": []}]

    text = json.loads(members_of()["case.json"])
    change(text)
    body = json.dumps(text).replace('"merged": {}', '"merged": ' + '{"a": ' * depth + "1" + "}" * depth, 1)
    return with_member("case.json", body.encode())


def _first(doc, collection):
    return doc[collection][0]


# Each hostile file: a name, how to build it, and words the refusal must contain.
HOSTILE: dict[str, tuple] = {
    "not a zip": (lambda: b"this is plainly not an archive", "not a ZIP archive"),
    "empty file": (lambda: b"", "not a ZIP archive"),
    "truncated half": (lambda: SAMPLE[: len(SAMPLE) // 2], "truncated or damaged"),
    "truncated tail": (lambda: SAMPLE[:-10], "truncated or damaged"),
    "zip-slip ..": (lambda: with_member("../../evil.md", b"x"), "leaves the archive"),
    "zip-slip nested": (lambda: with_member("documents/../../evil.md", b"x"), "leaves the archive"),
    "absolute path": (lambda: with_member("/etc/cron.d/evil", b"x"), "absolute"),
    "windows path": (lambda: with_member("C:\\evil.bat", b"x"), "absolute or Windows-style"),
    "folder member": (lambda: with_member("documents/", b""), "names a folder"),
    "symlink member": (
        lambda: build([(symlink_entry(n) if n == "documents/d1.md" else n, d) for n, d in sample_entries()]),
        "symbolic link",
    ),
    "duplicate name": (lambda: build([*sample_entries(), ("case.json", b"{}")], fix_manifest=False), "appears twice"),
    "too many members": (lambda: many_members(MAX_MEMBERS + 1), "more than 1000"),
    "zip bomb ratio": (lambda: with_member("documents/bomb.md", b"\0" * (3 * 2**20)), "zip bomb"),
    "member too big (lying header)": (
        lambda: patch_sizes(with_member("documents/big.md", b"x" * 100), "documents/big.md", 2**31),
        "more than allowed",
    ),
    "total too big": (
        lambda: _total_bomb(),
        "more than the allowed total size",
    ),
    "header smaller than data": (
        lambda: patch_sizes(with_member("documents/lie.md", b"y" * 5000), "documents/lie.md", 10),
        "archive is damaged",
    ),
    "mimetype not first": (
        lambda: build([("manifest.json", b""), *[(n, d) for n, d in sample_entries() if n != "manifest.json"]]),
        "first member is not 'mimetype'",
    ),
    "wrong mimetype": (lambda: with_member("mimetype", b"application/epub+zip"), "mimetype is"),
    "manifest missing": (lambda: without("manifest.json"), "manifest.json is missing"),
    "case.json missing": (lambda: without("case.json"), "case.json is missing"),
    "document missing, manifest lists it": (
        lambda: without("documents/d1.md", fix_manifest=False),
        "listed in the manifest but missing",
    ),
    "document missing, manifest agrees": (lambda: without("documents/d1.md"), "member documents/d1.md is missing"),
    "extra member": (lambda: with_member("payload.exe", b"MZ", fix_manifest=False), "not listed in the manifest"),
    "checksum mismatch": (
        lambda: with_member("documents/d1.md", members_of()["documents/d1.md"] + b" ", fix_manifest=False),
        "checksum mismatch",
    ),
    "manifest not JSON": (
        lambda: with_member("manifest.json", b"{nope", fix_manifest=False),
        "manifest.json is not valid JSON",
    ),
    "case.json not JSON": (lambda: with_member("case.json", b'{"format_version": 1,'), "case.json is not valid JSON"),
    "case.json deeply nested": (lambda: with_member("case.json", b"[" * 100_000 + b"]" * 100_000), "nested too deeply"),
    "merge record nested 200 deep": (lambda: deep_merge_record(200), "nested too deeply"),
    "case.json duplicate key": (
        lambda: replace_case_text('"assessments": [', '"notes": [], "assessments": ['),
        "appears twice",
    ),
    "case.json NaN": (lambda: replace_case_text('"merged_from": []', '"merged_from": NaN'), "NaN is not a JSON number"),
    "case.json huge integer": (
        lambda: replace_case_text('"start": ', '"start": ' + "9" * 5000),
        "a number has more than 4300 digits",
    ),
    "case.json not UTF-8": (lambda: with_member("case.json", b'{"x": "\xff\xfe"}'), "case.json is not valid UTF-8"),
    "document not UTF-8": (
        lambda: with_member("documents/d1.md", b"caf\xe9 " * 10),
        "documents/d1.md is not valid UTF-8",
    ),
    "lone surrogate escape": (lambda: replace_case_text('"title": "', '"title": "\\ud800'), "unpaired surrogate"),
    "oversized string": (
        lambda: with_case(lambda d: d["case"].update(summary="x" * 200_000)),
        "breaks the schema at case/summary: a text of 200000 characters",
    ),
    "schema: wrong type": (
        lambda: with_case(lambda d: _first(d, "claims").update(content=7)),
        "breaks the schema at claims/0/content",
    ),
    "schema: unknown field": (
        lambda: with_case(lambda d: d.update(script="alert(1)")),
        "breaks the schema at (top level)",
    ),
    "schema: bad grade": (
        lambda: with_case(lambda d: _first(d, "assessments").update(grade="Z")),
        "assessments/0/grade",
    ),
    "schema: top level is a list": (lambda: with_member("case.json", b"[1, 2, 3]"), "breaks the schema"),
    "schema: id with slash": (
        lambda: with_case(lambda d: _first(d, "notes").update(id="../x")),
        "breaks the schema at notes/0/id",
    ),
    "schema: document path escapes": (
        lambda: with_case(lambda d: _first(d, "documents").update(path="../d1.md")),
        "breaks the schema at documents/0/path",
    ),
    "newer format version": (
        lambda: with_member("manifest.json", manifest_for(members_of(), format_version=2), fix_manifest=False),
        "newer format (version 2)",
    ),
    "unknown format version 0": (
        lambda: with_member("manifest.json", manifest_for(members_of(), format_version=0), fix_manifest=False),
        "format_version",
    ),
    "format version as text": (
        lambda: with_member("manifest.json", manifest_for(members_of(), format_version="1"), fix_manifest=False),
        "format_version",
    ),
    "manifest is a list": (
        lambda: with_member("manifest.json", b"[]", fix_manifest=False),
        "manifest.json breaks the schema",
    ),
    "case id differs from manifest": (
        lambda: with_member("manifest.json", manifest_for(members_of(), case_id="someone-else"), fix_manifest=False),
        "different case ids",
    ),
    "offsets outside the text": (
        lambda: with_case(lambda d: _first(d, "mentions").update(start=10**9, end=10**9 + 3)),
        "lie outside its document",
    ),
    "offsets reversed": (lambda: with_case(lambda d: _first(d, "mentions").update(start=20, end=10)), "lie outside"),
    "quote does not match": (
        lambda: with_case(lambda d: _first(d, "mentions").update(exact="nothing like it")),
        "is not its quote",
    ),
    "reference to a missing source": (
        lambda: with_case(lambda d: _first(d, "claims").update(source="s999")),
        "missing source 's999'",
    ),
    "duplicate ids": (
        lambda: with_case(lambda d: d["notes"].append(dict(_first(d, "notes")))),
        "is used twice",
    ),
}


def _total_bomb() -> bytes:
    names = [f"documents/p{i}.md" for i in range(5)]
    data = build([*sample_entries(), *((n, b"z" * 50) for n in names)])
    for n in names:
        data = patch_sizes(data, n, 60 * 2**20, compressed=2**20)
    return data


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = {}
    for i, (name, (make, _words)) in enumerate(HOSTILE.items()):
        path = folder / f"hostile-{i:02d}.casefile"
        path.write_bytes(make())
        paths[name] = path
    return paths


def library_dump(path: Path) -> list[str]:
    """Everything in the library as SQL text, to compare before and after."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def populated_library(tmp_path, sample_case) -> Path:
    path = tmp_path / "lib" / "library.sqlite"
    with Library(path) as lib:
        lib.import_case(sample_case)
    return path


# -- the tests --------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(HOSTILE))
def test_reader_refuses_with_a_message_naming_the_problem(name, hostile_files):
    words = HOSTILE[name][1]
    with pytest.raises(InvalidInput) as caught:
        case_from_bytes(hostile_files[name].read_bytes())
    assert words in str(caught.value), f"{name}: {caught.value}"


@pytest.mark.parametrize("name", list(HOSTILE))
def test_cli_validate_and_import_exit_1_with_one_line_and_change_nothing(
    name, hostile_files, populated_library, tmp_path, capsys
):
    path = hostile_files[name]
    words = HOSTILE[name][1]
    before_files = tree(tmp_path)
    before_rows = library_dump(populated_library)
    for command in ("validate", "import"):
        code = main(["--library", str(populated_library), command, str(path)])
        out, err = capsys.readouterr()
        lines = [line for line in (out + err).splitlines() if line.strip()]
        assert code == 1, f"{command} {name}: exit {code}: {out}{err}"
        assert len(lines) == 1, f"{command} {name}: {lines}"
        assert str(path) in lines[0] and words in lines[0], lines[0]
        assert "Traceback" not in out + err
    # SQLite may rewrite its -wal/-shm side files while reading; the rows are what count.
    assert library_dump(populated_library) == before_rows
    after_files = {k: v for k, v in tree(tmp_path).items() if not k.endswith(("-wal", "-shm"))}
    assert after_files.keys() == {k for k in before_files if not k.endswith(("-wal", "-shm"))}


def test_a_real_process_prints_no_traceback(hostile_files, tmp_path):
    """The same through a real interpreter: the console script never dumps a stack."""
    picks = ["zip-slip ..", "case.json deeply nested", "lone surrogate escape", "total too big"]
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--library",
            str(tmp_path / "l.sqlite"),
            "validate",
            *(str(hostile_files[p]) for p in picks),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    assert "Traceback" not in out.stderr + out.stdout
    assert len([line for line in out.stdout.splitlines() if line.startswith("INVALID")]) == len(picks)


def test_folder_and_missing_path_are_refused(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert main(["validate", str(tmp_path / "nope.casefile")]) == 1
    out, err = capsys.readouterr()
    assert "is a folder" in out and "no such file" in out


def test_zip64_directory_claiming_many_members_is_refused_before_parsing():
    # A ZIP64 end record pointing at a directory of 2**40 bytes: refused from the
    # numbers alone, never handed to zipfile to allocate.
    data = SAMPLE
    eocd = data.rfind(b"PK\x05\x06")
    zip64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, 10**7, 10**7, 2**40, 0)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, eocd, 1)
    hostile = data[:eocd] + zip64 + locator + data[eocd:]
    with pytest.raises(InvalidInput, match="more than 1000"):
        case_from_bytes(hostile)


def test_encrypted_member_is_refused():
    data = bytearray(with_member("documents/d1.md", members_of()["documents/d1.md"]))
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == b"documents/d1.md":
            struct.pack_into("<H", data, at + 8, struct.unpack_from("<H", data, at + 8)[0] | 1)
        at = data.find(b"PK\x01\x02", at + 4)
    with pytest.raises(InvalidInput, match="encrypted"):
        case_from_bytes(bytes(data))


# -- check_case: every kind of broken reference -------------------------------------------


def _break(case, kind: str):
    """Break one reference of ``kind`` in ``case`` (a deep copy of the sample)."""
    if kind == "mention.entity":
        case.mentions[0].entity = "ghost"
    elif kind == "mention.document":
        case.mentions[0].document = "ghost"
    elif kind == "incident.location":
        case.incidents[0].location = ActorRef(name="Nowhere", entity="ghost")
    elif kind == "incident.perpetrator":
        case.incidents[0].perpetrators.append(ActorRef(name="X", entity="ghost"))
    elif kind == "incident.target":
        case.incidents[0].targets.append(ActorRef(name="X", entity="ghost"))
    elif kind == "incident.evidence":
        case.incidents[0].evidence.document = "ghost"
    elif kind == "source.entity":
        case.sources[0].entity = "ghost"
    elif kind == "claim.source":
        case.claims[0].source = "ghost"
    elif kind == "claim.via":
        case.claims[0].via.append(Hop(source="ghost"))
    elif kind == "claim.incident":
        case.claims[0].incident = "ghost"
    elif kind == "claim.evidence":
        case.claims[0].evidence.document = "ghost"
    elif kind.startswith("assessment."):
        target_kind = kind.split(".")[1]
        case.assessments[0].target_kind = target_kind
        case.assessments[0].target = "ghost"
    elif kind == "assessment.unknown_kind":
        case.assessments[0].target_kind = "planet"
    elif kind == "note.target":
        case.notes.append(Note(id="n-ghost", target="ghost", text="t", author="a", time="2024-01-01T00:00:00Z"))
    return case


REFERENCE_KINDS = [
    "mention.entity",
    "mention.document",
    "incident.location",
    "incident.perpetrator",
    "incident.target",
    "incident.evidence",
    "source.entity",
    "claim.source",
    "claim.via",
    "claim.incident",
    "claim.evidence",
    "assessment.source",
    "assessment.claim",
    "assessment.incident",
    "assessment.entity",
    "note.target",
]


@pytest.mark.parametrize("kind", REFERENCE_KINDS)
def test_check_case_rejects_every_broken_reference_kind(sample_case, kind):
    case = _break(copy.deepcopy(sample_case), kind)
    with pytest.raises(InvalidInput, match="'ghost'"):
        validate.check_case(case)


def test_check_case_rejects_structural_breaks(sample_case):
    def expect(change, words):
        case = copy.deepcopy(sample_case)
        change(case)
        with pytest.raises(InvalidInput, match=words):
            validate.check_case(case)

    expect(lambda c: setattr(c.assessments[0], "target_kind", "planet"), "unknown kind of object")
    expect(lambda c: c.sources.append(copy.deepcopy(c.sources[0])), "is used twice")
    expect(lambda c: c.sources.append(Source(id=c.claims[0].id, name="x")), "names both")
    expect(lambda c: c.documents.append(dataclasses.replace(c.documents[0], id="d-two")), "share one path")
    expect(lambda c: setattr(c.mentions[0], "end", 10**9), "outside its document")
    expect(lambda c: setattr(c.claims[0].evidence, "exact", "not the words"), "is not its quote")
    assert validate.check_case(sample_case) is None  # the unbroken sample passes


def test_writing_a_broken_case_is_refused_and_writes_nothing(sample_case, tmp_path):
    from desktop.casefile.bundle import write_bundle

    case = _break(copy.deepcopy(sample_case), "claim.source")
    with pytest.raises(InvalidInput):
        write_bundle(case, tmp_path / "out.casefile")
    assert list(tmp_path.iterdir()) == []


def test_mimetype_constant_is_what_the_reader_checks():
    assert members_of()["mimetype"] == MIMETYPE.encode()
