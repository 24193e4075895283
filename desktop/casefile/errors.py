"""Errors the domain layers raise for input they refuse.

The CLI turns :class:`InvalidInput` into one line ("PATH: reason") and exit code 1; the
GUI shows it in a dialog. Anything else escaping is a bug.
"""

from __future__ import annotations


class InvalidInput(Exception):
    """A file or value we refuse, with a message that says what is wrong with it."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class Cancelled(Exception):
    """A long job stopped because the user asked it to."""
