"""Crash safety of the library: SIGKILL mid-edit and mid-import, two writers, locks, full or read-only disks.

The kills use bench/kill_test.py's worker and checks (the long run lives there), with a
seeded RNG so the same moments are chosen every run.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest

from desktop.cli import main
from desktop.store.library import Library, LibraryError

from .conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _kill_test():
    spec = importlib.util.spec_from_file_location("kill_test", ROOT / "bench" / "kill_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


kill_test = _kill_test()


def test_sigkill_during_edits_loses_no_acknowledged_edit(tmp_path):
    library = tmp_path / "library.sqlite"
    kill_test.prepare_library(library)
    rng = random.Random(20261120)
    total = 0
    for trial in range(4):
        result = kill_test.edit_trial(library, rng, prefix=f"t{trial}", max_delay=0.3)
        assert result["lost"] == 0, result
        assert result["half_applied"] == 0, result
        total += result["acknowledged"]
    assert total > 0  # the kills did land after some edits


def test_sigkill_during_a_big_import_leaves_all_or_nothing(tmp_path):
    bundle = tmp_path / "big.casefile"
    case_id, counts = kill_test.make_big_bundle(bundle, items=4000)
    library = tmp_path / "library.sqlite"
    window = kill_test.time_import(library, bundle)
    rng = random.Random(7)
    outcomes = [kill_test.import_trial(library, bundle, case_id, counts, rng, window * 1.2) for _ in range(4)]
    assert set(outcomes) <= {"whole", "none"}
    # And a library killed mid-import still imports the case afterwards.
    assert main(["--library", str(library), "import", str(bundle)]) == 0
    with Library(library) as lib:
        assert lib.integrity_ok() and lib.has_case(case_id)


def test_two_processes_editing_at_once_lose_nothing(tmp_path):
    """Two app instances on one library: both bursts land whole, the file stays sound."""
    library = tmp_path / "library.sqlite"
    kill_test.prepare_library(library)
    script = ROOT / "bench" / "kill_test.py"
    children = [
        subprocess.Popen(
            [sys.executable, str(script), "--worker", str(library), name, "--count", "150"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in ("alice", "bob")
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert out.splitlines()[-1] == "finished"
    with Library(library) as lib:
        assert lib.integrity_ok()
        case = lib.load_case(lib.list_cases()[0]["id"])
    ids = {a.id for a in case.assessments}
    for name in ("alice", "bob"):
        assert {f"{name}-{i}" for i in range(150)} <= ids


def test_two_instances_opening_a_new_library_at_once(tmp_path):
    """Both create the schema (migrations) at the same moment; neither fails, nothing breaks."""
    library = tmp_path / "new" / "library.sqlite"
    code = (
        "import sys; from desktop.store.library import Library\n"
        "lib = Library(sys.argv[1], timeout=30); print(lib.schema_version()); lib.close()\n"
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(library)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(4)
    ]
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
    with Library(library) as lib:
        assert lib.integrity_ok()


def test_a_lock_held_past_the_timeout_gives_a_clear_message(tmp_path, sample_case):
    library = tmp_path / "library.sqlite"
    with Library(library) as lib:
        lib.import_case(sample_case)
    holder = sqlite3.connect(library, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another instance in the middle of a long write
    try:
        lib = Library(library, timeout=0.2)
        note = dataclasses.replace(sample_case.notes[0], id="n-locked")
        with pytest.raises(LibraryError, match="busy: another Casefile Reader is writing"):
            lib.put_item(sample_case.info.id, "notes", note)
        lib.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # Once the other writer is done, the same edit goes through.
    with Library(library) as lib:
        lib.put_item(sample_case.info.id, "notes", note)
        assert lib.get_item(sample_case.info.id, "notes", "n-locked") == note


def test_cli_exits_3_when_the_library_is_busy(tmp_path, sample_path, capsys, monkeypatch):
    library = tmp_path / "library.sqlite"
    Library(library).close()
    holder = sqlite3.connect(library, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr("desktop.cli._library", lambda args: Library(args.library, timeout=0.2))
    try:
        assert main(["--library", str(library), "import", str(sample_path)]) == 3
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "library:" in err and "busy" in err


def test_full_disk_is_a_library_error_and_loses_nothing_saved(tmp_path, sample_case):
    """SQLITE_FULL forced with max_page_count: the edit is refused, earlier ones stay."""
    library = tmp_path / "library.sqlite"
    lib = Library(library)
    lib.import_case(sample_case)
    cid = sample_case.info.id
    saved = dataclasses.replace(sample_case.notes[0], id="n-saved")
    lib.put_item(cid, "notes", saved)
    pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
    lib.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = dataclasses.replace(sample_case.notes[0], id="n-big", text="x" * 90_000)
    with pytest.raises(LibraryError, match="is full: the last change was not saved"):
        for i in range(50):
            lib.put_item(cid, "notes", dataclasses.replace(big, id=f"n-big{i}"))
    other = dataclasses.replace(sample_case, info=dataclasses.replace(sample_case.info, id="another-case"))
    with pytest.raises(LibraryError, match="full"):
        lib.import_case(other)
    lib.close()
    with Library(library) as lib:
        assert lib.integrity_ok()
        assert lib.get_item(cid, "notes", "n-saved") == saved
        assert not lib.has_case("another-case")


def _can_mount_tmpfs() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root to mount a tiny tmpfs")
def test_really_full_disk_on_a_tiny_tmpfs(tmp_path, sample_case):
    mount = tmp_path / "tiny"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)]).returncode:
        pytest.skip("mount refused")
    try:
        library = mount / "library.sqlite"
        lib = Library(library)
        lib.import_case(sample_case)
        cid = sample_case.info.id
        acknowledged = []
        with pytest.raises(LibraryError, match="full"):
            for i in range(1000):
                lib.put_item(cid, "notes", dataclasses.replace(sample_case.notes[0], id=f"n{i}", text="y" * 20000))
                acknowledged.append(f"n{i}")
        lib.close()
        with Library(library) as lib:
            assert lib.integrity_ok()
            have = {n.id for n in lib.load_case(cid).notes}
            assert set(acknowledged) <= have
    finally:
        subprocess.run(["umount", "-l", str(mount)])


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs root to remount a tmpfs read-only")
def test_read_only_disk_gives_a_clear_message_and_keeps_the_data(tmp_path, sample_case, sample_path, capsys):
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)]).returncode:
        pytest.skip("mount refused")
    try:
        library = mount / "library.sqlite"
        with Library(library) as lib:
            lib.import_case(sample_case)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        with pytest.raises(LibraryError, match="read-only"):
            Library(library)
        assert main(["--library", str(library), "import", str(sample_path)]) == 3
        assert "read-only" in capsys.readouterr().err
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        with Library(library) as lib:
            assert lib.integrity_ok() and lib.has_case(sample_case.info.id)
    finally:
        subprocess.run(["umount", "-l", str(mount)])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_gives_a_clear_message(tmp_path, sample_case):
    library = tmp_path / "library.sqlite"
    with Library(library) as lib:
        lib.import_case(sample_case)
    for side in tmp_path.glob("library.sqlite-*"):
        side.unlink()
    library.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(LibraryError, match="read-only"):
            lib = Library(library)
            lib.put_item(sample_case.info.id, "notes", dataclasses.replace(sample_case.notes[0], id="n-ro"))
    finally:
        tmp_path.chmod(0o755)
        library.chmod(0o644)


# -- atomic writes ----------------------------------------------------------------------


class _Boom(Exception):
    pass


def test_atomic_write_failing_mid_write_leaves_nothing(tmp_path, monkeypatch):
    from desktop.casefile import bundle

    target = tmp_path / "out.casefile"
    real_fsync = os.fsync

    def failing_fsync(fd):
        raise _Boom("disk vanished")

    monkeypatch.setattr(bundle.os, "fsync", failing_fsync)
    with pytest.raises(_Boom):
        bundle.atomic_write(target, b"x" * 100_000)
    monkeypatch.setattr(bundle.os, "fsync", real_fsync)
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_keeps_the_old_file_when_the_new_one_fails(tmp_path, monkeypatch):
    from desktop.casefile import bundle

    target = tmp_path / "out.casefile"
    target.write_bytes(b"previous export")
    monkeypatch.setattr(bundle.os, "replace", lambda *a: (_ for _ in ()).throw(_Boom("rename failed")))
    with pytest.raises(_Boom):
        bundle.atomic_write(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["out.casefile"]
    assert target.read_bytes() == b"previous export"


def _exporters():
    # Collected at import time: an exporter half-written by someone else must not hide
    # every other test in this file, so fall back to the one format that always exists.
    try:
        from desktop.export import EXPORTERS
    except ImportError:
        return ["casefile"]
    return sorted(EXPORTERS)


@pytest.mark.parametrize("fmt", _exporters())
def test_every_exporter_failing_mid_write_leaves_no_file_and_no_temp(fmt, tmp_path, sample_case, monkeypatch):
    """An exception while the bytes are being written: no target, no temp file left behind."""
    import io

    from desktop.export import EXPORTERS

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    real_fdopen = os.fdopen
    real_open = open

    class FailingFile(io.RawIOBase):
        def __init__(self, inner):
            self.inner = inner

        def write(self, data):
            self.inner.write(bytes(data)[: len(data) // 2])
            raise _Boom("write failed half-way")

        def fileno(self):
            return self.inner.fileno()

        def close(self):
            self.inner.close()

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: FailingFile(real_fdopen(fd, *a, **k)))

    def failing_open(file, mode="r", *a, **k):
        fh = real_open(file, mode, *a, **k)
        if any(c in mode for c in "wax") and str(out_dir) in str(file):
            return FailingFile(fh)
        return fh

    monkeypatch.setattr("builtins.open", failing_open)
    target = out_dir / f"export.{fmt}"
    with pytest.raises(_Boom):
        EXPORTERS[fmt](sample_case, target)
    monkeypatch.undo()
    assert list(out_dir.iterdir()) == [], f"{fmt} left {list(out_dir.iterdir())}"


def test_an_import_that_fails_half_way_rolls_back(tmp_path, sample_case, monkeypatch):
    """An exception between the inserts of one import: the case is absent, not half there."""
    library = tmp_path / "library.sqlite"
    lib = Library(library)
    real_insert = lib._insert
    calls = []

    def insert_then_fail(table, rows, **kw):
        calls.append(table)
        real_insert(table, rows, **kw)
        if table == "incidents":
            raise _Boom("power cut")

    monkeypatch.setattr(lib, "_insert", insert_then_fail)
    with pytest.raises(_Boom):
        lib.import_case(sample_case)
    monkeypatch.undo()
    assert "mentions" in calls  # it really failed half-way through
    assert not lib.has_case(sample_case.info.id)
    assert lib.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    lib.close()


def test_an_edit_from_another_thread_waits_instead_of_failing(tmp_path, sample_case):
    """The GUI's worker thread and its main thread write through their own connections."""
    library = tmp_path / "library.sqlite"
    with Library(library) as lib:
        lib.import_case(sample_case)
    errors = []

    def writer(prefix):
        try:
            with Library(library) as own:
                for i in range(40):
                    own.put_item(
                        sample_case.info.id, "notes", dataclasses.replace(sample_case.notes[0], id=f"{prefix}{i}")
                    )
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("x", "y", "z")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with Library(library) as lib:
        notes = {n.id for n in lib.load_case(sample_case.info.id).notes}
    assert all(f"{p}{i}" in notes for p in "xyz" for i in range(40))
