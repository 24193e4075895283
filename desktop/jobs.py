"""Long jobs as plain generators.

A job yields ``(done, total, message)`` between steps and *returns* its result (the
generator's ``StopIteration.value``). The CLI drives it with :func:`run`; the GUI wraps
the same generator in a QRunnable that emits progress and checks for cancel between
yields. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TypeVar

from desktop.casefile.errors import Cancelled

T = TypeVar("T")
Progress = tuple[int, int, str]
Job = Generator[Progress, None, T]


def run(
    job: Job[T],
    on_progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> T:
    """Drive ``job`` to its end and return its result; raise Cancelled if asked to stop."""
    while True:
        try:
            done, total, message = next(job)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(done, total, message)
        if is_cancelled is not None and is_cancelled():
            job.close()
            raise Cancelled(message)


class JobFailed(Exception):
    """A job run in a child process ended in error; the message is the child's last words."""


def casefile_command() -> list[str]:
    """How to start this program's command line: the frozen binary, or ``python -m desktop``."""
    import sys

    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop"]


def subprocess_job(args: list[str], *, env: dict[str, str] | None = None) -> Job[str]:
    """Run ``casefile ARGS --progress=lines`` in a child process, as a job.

    Why a child: Qt's PDF printing, spaCy and one big ``json.dumps`` each hold the GIL for
    seconds, which a worker *thread* would turn into a frozen window; a process shares no
    GIL, keeps spaCy's memory out of the GUI, and can be stopped at once on cancel.
    Yields the child's progress; returns its standard output. Closing the generator (a
    cancel) terminates the child.
    """
    import subprocess

    proc = subprocess.Popen(
        [*casefile_command(), *args, "--progress=lines"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        text=True, encoding="utf-8", errors="replace", env=env,
    )
    last_error = ""
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("PROGRESS "):
                parts = line.rstrip("\n").split(" ", 3)
                try:
                    yield int(parts[1]), int(parts[2]), parts[3] if len(parts) > 3 else ""
                except (ValueError, IndexError):
                    continue
            elif line.strip():
                last_error = line.strip()
        out = proc.stdout.read() if proc.stdout else ""
        code = proc.wait()
    finally:
        if proc.poll() is None:  # cancelled: the generator was closed while the child ran
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    if code != 0:
        raise JobFailed(last_error or f"the job stopped with exit code {code}")
    return out
