"""Property-based fuzzing of the bundle reader: only InvalidInput may come out, never a hang.

Inputs: the sample bundle with random bytes changed, cut or inserted (exercises the ZIP
layer); archives of random members; random JSON as case.json or manifest.json with valid
checksums (exercises the JSON, schema and reference checks); and the sample's case.json
with one value somewhere replaced by random JSON (gets deepest). Whatever the reader
accepts must also import into the library and write back out.
"""

from __future__ import annotations

import io
import json
import zipfile

from hypothesis import given
from hypothesis import strategies as st

from desktop.casefile.bundle import bundle_bytes, case_from_bytes
from desktop.casefile.errors import InvalidInput
from desktop.store.library import Library

from .conftest import SAMPLES
from .fuzz_support import OUTCOMES, fuzz_settings, timed
from .test_hostile_casefile import build, members_of

SAMPLE = SAMPLES[0].read_bytes()
SAMPLE_MEMBERS = members_of(SAMPLE)
SAMPLE_DOC = json.loads(SAMPLE_MEMBERS["case.json"])


def json_values(max_leaves: int = 30):
    scalars = (
        st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=40)
    )
    return st.recursive(
        scalars,
        lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
        max_leaves=max_leaves,
    )


def must_only_refuse(name: str, data: bytes) -> None:
    """The property: a Case that survives the library and writing, or InvalidInput."""
    with timed(name):
        try:
            case = case_from_bytes(data)
        except InvalidInput as exc:
            assert str(exc)  # a message, always
            OUTCOMES[f"{name}: refused"] += 1
            return
        OUTCOMES[f"{name}: accepted"] += 1
        bundle_bytes(case)
        with Library(":memory:") as lib:
            lib.import_case(case)
            again = lib.load_case(case.info.id)
        assert bundle_bytes(again) == bundle_bytes(case)


@fuzz_settings()
@given(st.data())
def test_mutated_bytes_of_a_valid_bundle(data):
    blob = bytearray(SAMPLE)
    for _ in range(data.draw(st.integers(1, 8), label="edits")):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        at = data.draw(st.integers(0, max(0, len(blob) - 1)))
        if kind == "flip" and blob:
            blob[at] = data.draw(st.integers(0, 255))
        elif kind == "cut":
            del blob[at : at + data.draw(st.integers(1, 64))]
        elif kind == "insert":
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        else:
            del blob[at:]
    must_only_refuse("mutated bytes", bytes(blob))


@fuzz_settings()
@given(st.lists(st.tuples(st.text(min_size=0, max_size=30), st.binary(max_size=200)), max_size=8), st.booleans())
def test_archives_of_random_members(members, with_sample):
    entries = list(SAMPLE_MEMBERS.items()) if with_sample else [("mimetype", b"application/vnd.casefile+zip")]
    out = io.BytesIO()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w") as zf:
            for name, body in [*entries, *members]:
                try:
                    zf.writestr(name or "x", body)
                except (ValueError, UnicodeEncodeError, IndexError):
                    continue  # names zipfile itself cannot write
    must_only_refuse("random members", out.getvalue())


@fuzz_settings()
@given(json_values(), st.sampled_from(["case.json", "manifest.json"]))
def test_random_json_members_with_valid_checksums(value, member):
    members = dict(SAMPLE_MEMBERS)
    try:
        members[member] = json.dumps(value).encode()
    except ValueError:
        return
    must_only_refuse("random JSON", build(list(members.items()), fix_manifest=member != "manifest.json"))


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(SAMPLE_DOC) if p]


@fuzz_settings()
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values(8)), min_size=1, max_size=3))
def test_one_value_of_case_json_replaced(replacements):
    doc = json.loads(SAMPLE_MEMBERS["case.json"])
    for path, value in replacements:
        target = doc
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed this path
    members = dict(SAMPLE_MEMBERS)
    members["case.json"] = json.dumps(doc).encode()
    must_only_refuse("case.json value replaced", build(list(members.items())))


@fuzz_settings()
@given(
    st.sampled_from(["mentions", "claims", "incidents", "assessments", "notes", "sources", "entities"]),
    st.integers(0, 200),
    st.integers(-5, 10_000),
    st.integers(-5, 10_000),
)
def test_offsets_and_ids_shuffled(collection, index, start, end):
    doc = json.loads(SAMPLE_MEMBERS["case.json"])
    items = doc[collection]
    if not items:
        return
    item = items[index % len(items)]
    if "start" in item:
        item["start"], item["end"] = start, end
    elif item.get("evidence"):
        item["evidence"]["start"], item["evidence"]["end"] = start, end
    other = doc["entities"][index % len(doc["entities"])]["id"]
    for key in ("target", "source", "entity", "incident"):
        if key in item and index % 3 == 0:
            item[key] = other
    members = dict(SAMPLE_MEMBERS)
    members["case.json"] = json.dumps(doc).encode()
    must_only_refuse("offsets and references", build(list(members.items())))
