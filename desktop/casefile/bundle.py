"""Read and write ``.casefile`` bundles (format version 1).

A bundle is a ZIP archive laid out like EPUB/ODF:

    mimetype              "application/vnd.casefile+zip", first, stored (not compressed)
    manifest.json         format, version, case id, title, times, generator, SHA-256 of members
    case.json             every entity, mention, incident, source, claim, assessment, note
    documents/<id>.md     the report text(s), Markdown, UTF-8

Bundles arrive from colleagues and the open web, so reading treats the archive as hostile:
it bounds sizes and counts before inflating anything, refuses unsafe member names, checks
every checksum, validates both JSON documents against the schemas in ``resources/schema``
and then checks what a schema cannot (unique ids, references, offsets inside the text).
Every refusal is an :class:`InvalidInput` whose message says what is wrong.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from desktop import __version__
from desktop.casefile import validate as checks
from desktop.casefile.errors import InvalidInput
from desktop.casefile.model import FORMAT_VERSION, Case, dump_case_json

MIMETYPE = "application/vnd.casefile+zip"
EXTENSION = ".casefile"
GENERATOR = f"Casefile Reader {__version__}"

# Limits for untrusted archives. A real case with a UN-length report is a few MB.
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MB
# zipfile builds one ZipInfo per central-directory record before we can count them, so a
# directory padded with millions of records would exhaust memory first: bound its size.
MAX_CENTRAL_DIRECTORY_BYTES = MAX_MEMBERS * 1024
MAX_JSON_DEPTH = 64  # case.json needs about 6 levels; deeper is an attack on recursion


@dataclass
class Manifest:
    case_id: str
    title: str
    created: str
    modified: str
    generator: str
    format_version: int
    members: dict[str, dict[str, Any]]


# -- writing ----------------------------------------------------------------------------


def _zip_time(timestamp: str) -> tuple[int, int, int, int, int, int]:
    """ZIP member time from an ISO timestamp, so identical cases give identical bytes."""
    try:
        date, time = timestamp.rstrip("Z").split("T")
        y, mo, d = (int(x) for x in date.split("-"))
        h, mi, s = (int(float(x)) for x in time.split(":"))
    except ValueError:
        return (1980, 1, 1, 0, 0, 0)
    return (max(1980, y), mo, d, h, mi, s)


def bundle_bytes(case: Case) -> bytes:
    """The bytes of ``case`` as a .casefile bundle; the same case gives the same bytes."""
    payload: dict[str, bytes] = {"case.json": dump_case_json(case)}
    for doc in case.documents:
        payload[doc.path] = doc.text.encode("utf-8")
    manifest = {
        "format": "casefile",
        "format_version": FORMAT_VERSION,
        "case_id": case.info.id,
        "title": case.info.title,
        "created": case.info.created,
        "modified": case.info.modified,
        "generator": GENERATOR,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(payload.items())
        },
    }
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    when = _zip_time(case.info.modified)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        entries = [
            ("mimetype", MIMETYPE.encode("ascii"), zipfile.ZIP_STORED),
            ("manifest.json", manifest_bytes, zipfile.ZIP_DEFLATED),
        ]
        entries += [(name, payload[name], zipfile.ZIP_DEFLATED) for name in sorted(payload)]
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = method
            info.create_system = 3  # unix, so the permission bits below mean what they say
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, data)
    return out.getvalue()


def _read_umask() -> int:
    # os.umask can only be read by setting it; do it once, at import, before any worker
    # thread exists, so no other thread ever creates a file under a zero umask.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = _read_umask()


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash never leaves a partial file there.

    The temporary file lives beside the target and is renamed over it only once written
    and flushed to disk. The result gets the usual permissions (0666 less the umask), not
    mkstemp's owner-only 0600: case files and exports are made to be shared.
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o666 & ~UMASK)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_bundle(case: Case, path: str | os.PathLike[str]) -> None:
    """Save ``case`` as a bundle at ``path`` (atomically)."""
    checks.check_case(case)
    atomic_write(path, bundle_bytes(case))


# -- reading ----------------------------------------------------------------------------


def _safe_member_name(name: str) -> str | None:
    """Why ``name`` is unsafe, or None if it is a plain relative path."""
    if not name or "\x00" in name:
        return "an empty or NUL-containing name"
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "an absolute or Windows-style path"
    parts = PurePosixPath(name).parts
    if any(p in ("..", ".") for p in parts) or name.endswith("/"):
        return "a path that leaves the archive or names a folder"
    return None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Inflate one member, never more than the declared size (zip bombs lie)."""
    with zf.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise InvalidInput(f"member {info.filename} is larger than its header says")
    return data


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Parsers disagree on which of two equal keys wins, so a file could show one thing
    # to us and another to a colleague's tool: refuse instead of picking one.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {key[:40]!r} appears twice in one object")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _check_tree(name: str, doc: Any) -> None:
    """Refuse nesting deeper than MAX_JSON_DEPTH and strings SQLite/UTF-8 cannot hold.

    Walks with an explicit stack (not recursion), so a hostile document cannot make
    the walk itself overflow. A JSON escape such as ``\\ud800`` decodes to a lone
    surrogate, which is not Unicode text: storing or re-exporting it would fail later.
    """
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            strings = (value,)
        elif isinstance(value, dict):
            strings = tuple(value)
        else:
            strings = ()
        for text in strings:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InvalidInput(
                    f"{name} holds an unpaired surrogate escape (not Unicode text) "
                    f"near {text[max(0, exc.start - 20) : exc.start]!r}"
                ) from None
        if isinstance(value, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise InvalidInput(f"{name} is nested too deeply (more than {MAX_JSON_DEPTH} levels)")
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list | str))


def _parse_json(name: str, data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{name} is not valid UTF-8 (byte {exc.start})") from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except RecursionError:
        raise InvalidInput(f"{name} is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, duplicate keys, NaN, over-long integers
        reason = str(exc)
        if "integer string conversion" in reason:
            reason = f"a number has more than {sys.get_int_max_str_digits()} digits"
        raise InvalidInput(f"{name} is not valid JSON ({reason[:200]})") from None
    _check_tree(name, doc)
    return doc


def _check_central_directory(data: bytes) -> None:
    """Bound the ZIP central directory before zipfile parses it (see MAX_CENTRAL_DIRECTORY_BYTES)."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 65535))
    if at < 0 or len(data) < at + 22:
        raise InvalidInput("not a readable ZIP archive (truncated or damaged)")
    _sig, _disk, _cd_disk, _n_disk, entries, cd_size, _cd_off, _comment = struct.unpack_from("<4s4H2LH", data, at)
    locator = at - 20
    if locator >= 0 and data[locator : locator + 4] == b"PK\x06\x07":
        # ZIP64: the real counts live in the ZIP64 end record the locator points at.
        (record,) = struct.unpack_from("<Q", data, locator + 8)
        if record + 56 > len(data) or data[record : record + 4] != b"PK\x06\x06":
            raise InvalidInput("not a readable ZIP archive (damaged ZIP64 directory)")
        entries, cd_size = struct.unpack_from("<QQ", data, record + 32)
    if entries > MAX_MEMBERS:
        raise InvalidInput(f"archive holds {entries} members, more than {MAX_MEMBERS}")
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise InvalidInput(
            f"archive directory is {cd_size} bytes, more than a case file needs "
            f"({MAX_CENTRAL_DIRECTORY_BYTES}); refusing to read it"
        )


def read_bundle_members(data: bytes) -> tuple[Manifest, dict[str, bytes]]:
    """Open the archive, check its layout and checksums; return manifest and members."""
    if len(data) > MAX_ARCHIVE_BYTES:
        raise InvalidInput(f"file is larger than {MAX_ARCHIVE_BYTES // 2**20} MB")
    if not data.startswith(b"PK"):
        raise InvalidInput("not a case file (not a ZIP archive)")
    _check_central_directory(data)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, struct.error):
        raise InvalidInput("not a readable ZIP archive (truncated or damaged)") from None
    if len(infos) > MAX_MEMBERS:
        raise InvalidInput(f"archive holds {len(infos)} members, more than {MAX_MEMBERS}")
    seen: set[str] = set()
    total = 0
    for info in infos:
        why = _safe_member_name(info.filename)
        if why:
            raise InvalidInput(f"member {info.filename!r} has {why}")
        if info.filename in seen:
            raise InvalidInput(f"member {info.filename} appears twice")
        seen.add(info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise InvalidInput(f"member {info.filename} is a symbolic link")
        if info.flag_bits & 0x1:
            raise InvalidInput(f"member {info.filename} is encrypted")
        if info.file_size > MAX_MEMBER_BYTES:
            raise InvalidInput(f"member {info.filename} would inflate to {info.file_size} bytes, more than allowed")
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise InvalidInput(f"member {info.filename} has a compression ratio typical of a zip bomb")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise InvalidInput("archive would inflate to more than the allowed total size")
    if not infos or infos[0].filename != "mimetype":
        raise InvalidInput("not a case file: the first member is not 'mimetype'")
    if infos[0].compress_type != zipfile.ZIP_STORED:
        raise InvalidInput("the 'mimetype' member must be stored uncompressed")
    try:
        members = {info.filename: _read_member(zf, info) for info in infos}
    except (zipfile.BadZipFile, EOFError, zlib.error, OSError, NotImplementedError, ValueError, struct.error) as exc:
        # zipfile trusts the offsets in the directory: a damaged one makes it seek before
        # the start (ValueError) or unpack a short header (struct.error).
        raise InvalidInput(f"archive is damaged ({exc})") from None
    if members["mimetype"] != MIMETYPE.encode():
        raise InvalidInput(f"not a case file: mimetype is {members['mimetype'][:60]!r}")
    if "manifest.json" not in members:
        raise InvalidInput("manifest.json is missing")
    raw_manifest = _parse_json("manifest.json", members["manifest.json"])
    version = raw_manifest.get("format_version") if isinstance(raw_manifest, dict) else None
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise InvalidInput(
            f"made with a newer format (version {version}); this app reads up to version {FORMAT_VERSION}"
        )
    checks.check_schema("manifest.json", raw_manifest, "manifest-1.schema.json")
    manifest = Manifest(
        case_id=raw_manifest["case_id"],
        title=raw_manifest["title"],
        created=raw_manifest["created"],
        modified=raw_manifest["modified"],
        generator=raw_manifest["generator"],
        format_version=raw_manifest["format_version"],
        members=raw_manifest["members"],
    )
    listed = set(manifest.members)
    present = set(members) - {"mimetype", "manifest.json"}
    for name in sorted(listed - present):
        raise InvalidInput(f"member {name} is listed in the manifest but missing")
    for name in sorted(present - listed):
        raise InvalidInput(f"member {name} is not listed in the manifest")
    for name in sorted(listed):
        entry = manifest.members[name]
        digest = hashlib.sha256(members[name]).hexdigest()
        if digest != entry["sha256"] or len(members[name]) != entry["size"]:
            raise InvalidInput(f"checksum mismatch for {name}: the file was altered or damaged")
    if "case.json" not in members:
        raise InvalidInput("case.json is missing")
    return manifest, members


def case_from_bytes(data: bytes) -> Case:
    """Parse and fully check a bundle held in memory."""
    manifest, members = read_bundle_members(data)
    doc = _parse_json("case.json", members["case.json"])
    doc = migrate(doc, manifest.format_version)
    checks.check_schema("case.json", doc, "casefile-1.schema.json")
    if doc["case"]["id"] != manifest.case_id:
        raise InvalidInput("case.json and manifest.json name different case ids")
    texts: dict[str, str] = {}
    for d in doc["documents"]:
        if d["path"] not in members:
            raise InvalidInput(f"document {d['id']}: member {d['path']} is missing")
        try:
            texts[d["path"]] = members[d["path"]].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"{d['path']} is not valid UTF-8 (byte {exc.start})") from None
    case = Case.from_dict(doc, texts)
    checks.check_case(case)
    return case


def read_bundle(path: str | os.PathLike[str]) -> Case:
    """Read and fully check the bundle at ``path``; errors name the file."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_ARCHIVE_BYTES:
            raise InvalidInput(f"file is larger than {MAX_ARCHIVE_BYTES // 2**20} MB", path=str(p))
        data = p.read_bytes()
    except IsADirectoryError:
        raise InvalidInput("is a folder, not a case file", path=str(p)) from None
    except FileNotFoundError:
        raise InvalidInput("no such file", path=str(p)) from None
    except PermissionError:
        raise InvalidInput("permission denied", path=str(p)) from None
    try:
        return case_from_bytes(data)
    except InvalidInput as exc:
        exc.path = str(p)
        raise


# -- versions ---------------------------------------------------------------------------

# version -> function turning a case.json of that version into the next version's shape.
MIGRATIONS: dict[int, Any] = {}


def migrate(doc: Any, version: int) -> Any:
    """Bring an older case.json up to FORMAT_VERSION, one step at a time."""
    if version < 1:
        raise InvalidInput(f"unknown format version {version}")
    while version < FORMAT_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
    return doc
