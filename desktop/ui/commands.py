"""Undo commands: every analyst edit is one QUndoCommand over a ``(puts, deletes)`` change.

The change comes from ``desktop.casefile.edits``; its exact inverse is computed from the
case *before* the change (``edits.inverse``), so undo restores the items as they were.
Both directions go through the window's ``apply_change``, which writes the library in one
transaction (``Library.apply``) and updates the open case and the views.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desktop.casefile import edits


class Applies(Protocol):
    def apply_change(self, puts: edits.Puts, deletes: edits.Deletes) -> None: ...


class EditCommand(QUndoCommand):
    """One edit. The first ``redo`` (run by ``QUndoStack.push``) is skipped when the window
    has already applied the change, so a failed write is reported before anything is pushed."""

    def __init__(
        self, target: Applies, text: str, change: edits.Change, undo_change: edits.Change, *, applied: bool = True
    ) -> None:
        super().__init__(text)
        self._target = target
        self._change = change
        self._undo = undo_change
        self._skip_first_redo = applied

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._target.apply_change(*self._change)

    def undo(self) -> None:
        self._target.apply_change(*self._undo)
