"""Exporters: each takes a Case and an output path and writes the file atomically.

``EXPORTERS`` maps a format name (``casefile export --format NAME``) to a plain function
``(case, path) -> None``; the GUI's File > Export uses the same dict. Exports that can take
noticeably long on a big case also have a generator job in ``EXPORT_JOBS`` (same name,
yields ``(done, total, message)``, see ``desktop/jobs.py``) for a progress dialog with cancel.
Only this package's PDF writer may import Qt (see ``pdf.py``), and only when it runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from desktop.casefile.bundle import write_bundle
from desktop.casefile.model import Case

Exporter = Callable[[Case, "str | Path"], None]


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """The function ``name`` of ``desktop.export.<module>``, imported on first call.

    The exporters pull in stix2, markdown-it and csv machinery (stix2 alone costs ~300 ms);
    the reader builds its File > Export menu from this registry at start-up and must not
    pay for them until an analyst actually exports.
    """

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(f"desktop.export.{module}"), name)(*args, **kwargs)

    call.__name__ = name
    call.__doc__ = f"desktop.export.{module}.{name}, imported when first used."
    return call


export_annotations, annotations_job = _lazy("annotations", "export_annotations"), _lazy("annotations", "annotations_job")
export_csv, csv_job = _lazy("csv_tables", "export_csv"), _lazy("csv_tables", "csv_job")
export_html, html_job = _lazy("html", "export_html"), _lazy("html", "html_job")
export_stix, stix_job = _lazy("stix", "export_stix"), _lazy("stix", "stix_job")


def export_casefile(case: Case, path: str | Path) -> None:
    """The bundle itself: round-trips losslessly."""
    write_bundle(case, path)


def casefile_job(case: Case, path: str | Path) -> Generator[tuple[int, int, str], None, Path]:
    """The bundle as a job: checking and compressing a big case takes a few hundred ms."""
    from desktop.casefile import validate
    from desktop.casefile.bundle import bundle_bytes
    from desktop.export.common import atomic_write

    yield 0, 3, "checking the case"
    validate.check_case(case)
    yield 1, 3, "compressing"
    data = bundle_bytes(case)
    yield 2, 3, "writing"
    atomic_write(path, data)
    yield 3, 3, "done"
    return Path(path)


def export_pdf(case: Case, path: str | Path) -> None:
    """The HTML brief printed to PDF by Qt (imported only now: the rest stays Qt-free)."""
    from desktop.export.pdf import export_pdf as _export_pdf

    _export_pdf(case, path)


def pdf_job(case: Case, path: str | Path) -> Generator[tuple[int, int, str], None, Any]:
    from desktop.export.pdf import pdf_job as _pdf_job

    return (yield from _pdf_job(case, path))


EXPORTERS: dict[str, Exporter] = {
    "casefile": export_casefile,
    "html": export_html,
    "pdf": export_pdf,
    "csv": export_csv,
    "stix": export_stix,
    "annotations": export_annotations,
}

EXPORT_JOBS: dict[str, Callable[[Case, str | Path], Generator[tuple[int, int, str], None, Any]]] = {
    "casefile": casefile_job,
    "html": html_job,
    "pdf": pdf_job,
    "csv": csv_job,
    "stix": stix_job,
    "annotations": annotations_job,
}

# What a save dialog should offer: format -> (label, suffix; "" means a folder or .zip).
FORMATS: dict[str, tuple[str, str]] = {
    "casefile": ("Case file bundle", ".casefile"),
    "html": ("HTML brief (self-contained)", ".html"),
    "pdf": ("PDF brief", ".pdf"),
    "csv": ("CSV tables (folder, or .zip)", ".zip"),
    "stix": ("STIX 2.1 bundle", ".json"),
    "annotations": ("W3C Web Annotations (JSON-LD)", ".jsonld"),
}
