"""Kill the library's writer with SIGKILL at random moments; nothing acknowledged may be lost.

A worker process applies a burst of edits (``Library.put_item`` of assessments, plus
some multi-part ``Library.apply`` edits) and prints each edit's id to stdout *after* the
call has returned, i.e. after SQLite committed it. The parent kills the worker at a
random moment (seeded: the same seed gives the same schedule), reopens the library and
checks that ``PRAGMA integrity_check`` says ok and every acknowledged edit is there, whole.

A second kind of trial kills the worker in the middle of importing a big case: the library
must then hold either the whole case or none of it.

    .venv/bin/python bench/kill_test.py --trials 300            # edits
    .venv/bin/python bench/kill_test.py --import-trials 40      # big imports
    .venv/bin/python bench/kill_test.py --worker LIB PREFIX     # (internal) the writer

tests/test_crash_safety.py runs a few short trials of both through the same functions.
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.casefile.model import Assessment, Note  # noqa: E402
from desktop.store.library import Library  # noqa: E402

CASE_ID_FILE = "case-id.txt"


def _assessment(prefix: str, i: int, target: str) -> Assessment:
    return Assessment(
        id=f"{prefix}-{i}",
        target=target,
        target_kind="source",
        scale="admiralty-reliability",
        grade="ABCDEF"[i % 6],
        rationale=f"edit {i} by {prefix}: " + "because " * (i % 7),
        analyst=prefix,
        time=f"2026-01-01T00:{(i // 60) % 60:02d}:{i % 60:02d}Z",
    )


def edit_worker(library: str, prefix: str, count: int) -> None:
    """Apply ``count`` edits, acknowledging each on stdout once its commit has returned."""
    lib = Library(library, timeout=30.0)
    case_id = lib.list_cases()[0]["id"]
    target = lib.load_case(case_id).sources[0].id
    print("ready", flush=True)
    for i in range(count):
        if i % 5 == 4:
            # A multi-part edit: an assessment and a note that must land together.
            note = Note(
                id=f"{prefix}-{i}-note", target=target, text=f"note {i}", author=prefix, time="2026-01-01T00:00:00Z"
            )
            lib.apply(case_id, puts=[("assessments", _assessment(prefix, i, target)), ("notes", note)])
        else:
            lib.put_item(case_id, "assessments", _assessment(prefix, i, target))
        print(f"{prefix}-{i}", flush=True)
    print("finished", flush=True)
    lib.close()


def import_worker(library: str, bundle: str) -> None:
    """Import a (big) bundle; the parent kills us somewhere inside."""
    from desktop.casefile.bundle import read_bundle

    case = read_bundle(bundle)
    lib = Library(library, timeout=30.0)
    print("importing", flush=True)
    lib.import_case(case)
    print("imported", flush=True)
    lib.close()


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


class _Reader(threading.Thread):
    """Collect a child's stdout lines as they arrive (a full pipe would block the child)."""

    def __init__(self, child: subprocess.Popen) -> None:
        super().__init__(daemon=True)
        self.child, self.stream, self.lines, self.event = child, child.stdout, [], threading.Event()

    def run(self) -> None:
        for line in self.stream:
            if line.endswith("\n"):  # a line cut by the kill was never fully acknowledged
                self.lines.append(line.strip())
                self.event.set()

    def wait_for(self, word: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while word not in self.lines:
            if self.child.poll() is not None:
                self.join(5)  # let the last lines arrive before deciding
                if word in self.lines:
                    return
            if time.monotonic() > deadline or self.child.poll() is not None:
                raise RuntimeError(f"worker never printed {word!r}: {self.child.stderr.read()[-2000:]}")
            self.event.wait(0.01)
            self.event.clear()


def prepare_library(path: Path) -> str:
    """A library holding the first sample case; returns its id."""
    from desktop.casefile.bundle import read_bundle

    sample = sorted((ROOT / "casefiles").glob("*.casefile"))[0]
    case = read_bundle(sample)
    with Library(path) as lib:
        lib.import_case(case)
    return case.info.id


def edit_trial(library: Path, rng: random.Random, prefix: str, max_delay: float = 0.4) -> dict[str, int]:
    """One kill: returns counts of acknowledged edits and of those lost (must be 0)."""
    child = _spawn("--worker", str(library), prefix, "--count", "100000")
    reader = _Reader(child)
    reader.start()
    try:
        reader.wait_for("ready")
        time.sleep(rng.uniform(0.0, max_delay))
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
        reader.join(10)
        child.stdout.close()
        child.stderr.close()
    acked = [line for line in reader.lines if line.startswith(prefix)]
    with Library(library) as lib:
        if not lib.integrity_ok():
            raise AssertionError("integrity_check failed after a kill")
        case_id = lib.list_cases()[0]["id"]
        case = lib.load_case(case_id)
    have = {a.id: a for a in case.assessments}
    notes = {n.id for n in case.notes}
    lost = 0
    target = case.sources[0].id
    for edit_id in acked:
        i = int(edit_id.rsplit("-", 1)[1])
        if have.get(edit_id) != _assessment(prefix, i, target) or i % 5 == 4 and f"{edit_id}-note" not in notes:
            lost += 1
    # A multi-part edit is all or nothing, acknowledged or not.
    half = [a for a in have if a.startswith(prefix) and int(a.rsplit("-", 1)[1]) % 5 == 4 and f"{a}-note" not in notes]
    return {"acknowledged": len(acked), "lost": lost, "half_applied": len(half)}


def make_big_bundle(path: Path, items: int = 40000) -> tuple[str, dict[str, int]]:
    """A valid case with a long report and tens of thousands of items; returns id and counts."""
    from desktop.casefile.builder import CaseBuilder
    from desktop.casefile.bundle import write_bundle

    paragraph = (
        "On March 27, a suicide bomber struck near the Ministry of Foreign Affairs in Kabul, "
        "killing six people, the Taliban spokesman Zabihullah Mujahid said. "
    )
    b = CaseBuilder("big-import-case", "A big case", created="2026-01-01T00:00:00Z", report_date="2023-04-01")
    b.document(paragraph * 400, title="Long report")
    b.entity("Kabul", "LOC")
    b.entity("Ministry of Foreign Affairs", "ORG", subtype="government")
    b.entity("Zabihullah Mujahid", "PERSON")
    src = b.source("Zabihullah Mujahid", role="spokesman")
    for i in range(items):
        b.assess(src, "ABCDEF"[i % 6], f"rating {i}", analyst="bench", time="2026-01-01T00:00:00Z")
    write_bundle(b.case, path)
    counts = {name: len(getattr(b.case, name)) for name in ("documents", "entities", "mentions", "assessments")}
    return b.case.info.id, counts


def import_trial(
    library: Path, bundle: Path, case_id: str, counts: dict[str, int], rng: random.Random, window: float
) -> str:
    """Kill an import at a random moment inside it; the case is whole or absent. Returns which."""
    child = _spawn("--import-worker", str(library), str(bundle))
    reader = _Reader(child)
    reader.start()
    try:
        reader.wait_for("importing", timeout=60)
        time.sleep(rng.uniform(0.0, window))
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
        reader.join(10)
        child.stdout.close()
        child.stderr.close()
    with Library(library) as lib:
        if not lib.integrity_ok():
            raise AssertionError("integrity_check failed after killing an import")
        rows = {
            name: lib.conn.execute(f"SELECT count(*) FROM [{name}] WHERE case_id = ?", (case_id,)).fetchone()[0]
            for name in counts
        }
        present = lib.has_case(case_id)
        if present and rows != counts:
            raise AssertionError(f"half-imported case: {rows} instead of {counts}")
        if not present and any(rows.values()):
            raise AssertionError(f"rows of an absent case remain: {rows}")
        if present:
            lib.remove_case(case_id)  # so the next trial imports again
        return "whole" if present else "none"


def time_import(library: Path, bundle: Path) -> float:
    """How long an uninterrupted import takes in a worker (to spread kills across it)."""
    child = _spawn("--import-worker", str(library), str(bundle))
    reader = _Reader(child)
    reader.start()
    reader.wait_for("importing", timeout=60)
    start = time.monotonic()
    reader.wait_for("imported", timeout=120)
    took = time.monotonic() - start
    child.wait(30)
    child.stdout.close()
    child.stderr.close()
    with Library(library) as lib:
        lib.remove_case(lib.list_cases()[0]["id"])
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=300, help="edit bursts to kill")
    parser.add_argument("--import-trials", type=int, default=30, help="big imports to kill")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", nargs=2, metavar=("LIB", "PREFIX"))
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--import-worker", nargs=2, metavar=("LIB", "BUNDLE"))
    args = parser.parse_args(argv)
    if args.worker:
        edit_worker(args.worker[0], args.worker[1], args.count)
        return 0
    if args.import_worker:
        import_worker(*args.import_worker)
        return 0

    rng = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library.sqlite"
        prepare_library(library)
        acked = lost = half = 0
        for trial in range(args.trials):
            result = edit_trial(library, rng, prefix=f"t{trial}")
            acked += result["acknowledged"]
            lost += result["lost"]
            half += result["half_applied"]
            if (trial + 1) % 25 == 0:
                print(f"  {trial + 1} trials, {acked} edits acknowledged, {lost} lost", flush=True)
        print(
            f"edit kills: {args.trials} trials, {acked} edits acknowledged, {lost} lost, "
            f"{half} multi-part edits half applied, integrity_check ok after every kill"
        )

        bundle = Path(tmp) / "big.casefile"
        case_id, counts = make_big_bundle(bundle)
        ilib = Path(tmp) / "import.sqlite"
        window = time_import(ilib, bundle) if args.import_trials else 0.0
        outcomes = {"whole": 0, "none": 0}
        for _ in range(args.import_trials):
            outcomes[import_trial(ilib, bundle, case_id, counts, rng, window * 1.2)] += 1
        if args.import_trials:
            print(
                f"import kills: {args.import_trials} trials of a {sum(counts.values())}-item case "
                f"(import takes {window:.2f} s): {outcomes['whole']} whole, {outcomes['none']} none, 0 half"
            )
    print(f"took {time.monotonic() - started:.0f} s (seed {args.seed})")
    return 1 if lost or half else 0


if __name__ == "__main__":
    sys.exit(main())
