"""The brief as PDF, printed by Qt: the one place outside ``desktop/ui`` that imports Qt.

Qt's rich-text engine (QTextDocument) lays out the Qt flavour of the HTML brief and
QPdfWriter paginates it; we paint each page ourselves so every page carries its number.
A Qt application is needed for fonts: if none exists (CLI), one is created on the
offscreen platform so no display is required.

Page size: A4 by default; ``CASEFILE_PDF_PAGE_SIZE=Letter`` (or the ``page_size`` argument)
for US Letter.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

from desktop import jobs
from desktop.casefile.model import Case
from desktop.export.common import atomic_write

PAGE_SIZE_ENV = "CASEFILE_PDF_PAGE_SIZE"
PAGE_SIZES = ("A4", "Letter")
MARGIN_MM = 15
RESOLUTION = 300  # dpi of the PDF's logical coordinates; text stays vector either way


def _ensure_gui_app():
    """The running Qt application, or a new offscreen one (the CLI has none).

    A QApplication rather than a bare QGuiApplication: Qt allows one application object
    per process, and a later widget (the GUI, a test) needs the widgets kind.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # No display needed for the CLI; a GUI session already has its application.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["casefile-pdf"])
    return app


def pdf_job(case: Case, path: str | Path, *, page_size: str | None = None) -> Generator[jobs.Progress, None, int]:
    """Write the PDF brief to ``path`` atomically; returns the number of pages."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    from desktop.export.html import brief_job

    size_name = (page_size or os.environ.get(PAGE_SIZE_ENV) or "A4").strip()
    match = {s.lower(): s for s in PAGE_SIZES}.get(size_name.lower())
    if match is None:
        raise ValueError(f"unknown page size {size_name!r}; use one of {', '.join(PAGE_SIZES)}")
    qt_size = QPageSize(QPageSize.PageSizeId.A4 if match == "A4" else QPageSize.PageSizeId.Letter)

    html = yield from _scaled(brief_job(case, flavor="qt"), 0, 40)
    _ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(case.info.title)
    writer.setCreator("Casefile Reader")
    writer.setPageLayout(
        QPageLayout(
            qt_size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page_rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_h = RESOLUTION * 0.35  # about 9 mm for the page number

    doc = QTextDocument()
    # Lay out for the PDF's resolution, not the screen's: point sizes then mean points on
    # paper whatever display (or none) the machine has.
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    body = QSizeF(page_rect.width(), page_rect.height() - footer_h)
    doc.setPageSize(body)
    pages = doc.pageCount()
    yield 50, 100, f"{pages} pages"

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start the PDF writer")
    try:
        number_font = QFont("DejaVu Sans")
        number_font.setPointSizeF(8)
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * body.height())
            doc.drawContents(painter, QRectF(QPointF(0, n * body.height()), body))
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            footer = QRectF(0, page_rect.height() - footer_h * 0.8, page_rect.width(), footer_h * 0.8)
            painter.drawText(
                footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), _elide(case.info.title, 90)
            )
            painter.drawText(
                footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), f"Page {n + 1} of {pages}"
            )
            yield 50 + int(45 * (n + 1) / pages), 100, f"page {n + 1} of {pages}"
    finally:
        painter.end()
    buffer.close()
    atomic_write(path, bytes(data.data()))
    yield 100, 100, "done"
    return pages


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _scaled(job, start: int, end: int):
    """Re-yield a sub-job's progress within ``start..end`` of 100; return its result."""
    while True:
        try:
            done, total, message = next(job)
        except StopIteration as stop:
            return stop.value
        yield start + (end - start) * done // max(total, 1), 100, message


def export_pdf(case: Case, path: str | Path, *, page_size: str | None = None) -> int:
    """``casefile export --format pdf``: the brief as a paginated PDF; returns the page count."""
    return jobs.run(pdf_job(case, path, page_size=page_size))
