"""Long jobs as plain generators.

A job yields ``(done, total, message)`` between steps and *returns* its result (the
generator's ``StopIteration.value``). The CLI drives it with :func:`run`; the GUI wraps
the same generator in a QRunnable that emits progress and checks for cancel between
yields. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeVar

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


def result_of(job: Job[Any]) -> Any:
    """Run a job with no progress reporting (tests, scripts)."""
    return run(job)
