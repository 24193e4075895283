"""Long jobs off the UI thread: a generator job wrapped in a QRunnable.

The worker never touches a widget: it emits ``progress``, ``finished`` (with the job's
result), ``failed`` (a message for the analyst, never a traceback) or ``cancelled``.
Cancel is checked between the job's yields; a job run in a child process
(``desktop.jobs.subprocess_job``) stops the child when it is closed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop import jobs
from desktop.casefile.errors import Cancelled


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class JobWorker(QRunnable):
    """Runs ``make_job()`` (a generator job) in a pool thread."""

    def __init__(self, make_job: Callable[[], jobs.Job[Any]]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._make_job = make_job
        self._cancel = False
        self.setAutoDelete(False)  # the window keeps it until it ends, so signals stay alive

    def cancel(self) -> None:
        """Ask the job to stop at its next step (thread-safe: one flag)."""
        self._cancel = True

    @property
    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        try:
            result = jobs.run(self._make_job(), self.signals.progress.emit, lambda: self._cancel)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 — every failure becomes a message, never a crash
            self.signals.failed.emit(_message(exc))
        else:
            if self._cancel:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text if len(text) < 600 else text[:600] + "…"


_IMPORTED = re.compile(r"^(new|merged|unchanged) (\S+):", re.MULTILINE)


def imported_case_id(output: str) -> str | None:
    """The case id ``casefile import`` reports on its standard output."""
    match = _IMPORTED.search(output or "")
    return match.group(2) if match else None
