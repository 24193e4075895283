"""Exporters: each takes a Case and an output path and writes the file atomically.

``EXPORTERS`` maps a format name (``casefile export --format NAME``) to its function.
Only this package's PDF writer may import Qt (see ``pdf.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.casefile.bundle import write_bundle
from desktop.casefile.model import Case

Exporter = Callable[[Case, "str | Path"], None]


def export_casefile(case: Case, path: str | Path) -> None:
    """The bundle itself: round-trips losslessly."""
    write_bundle(case, path)


EXPORTERS: dict[str, Exporter] = {"casefile": export_casefile}
