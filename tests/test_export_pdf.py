"""The PDF brief: pages of the requested size, numbered, with the case's title."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from desktop.export import EXPORT_JOBS, EXPORTERS
from desktop.export.pdf import export_pdf

SIZES = {"A4": (595, 842), "Letter": (612, 792)}


def _structure(data: bytes) -> tuple[int, list[tuple[int, int]]]:
    """(page count, media boxes) read from the PDF's object dictionaries."""
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    count = int(re.search(rb"/Count\s+(\d+)", data).group(1))  # the page tree's total
    assert pages == count
    boxes = [
        (round(float(a)), round(float(b)))
        for a, b in re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    ]
    return pages, boxes


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_pdf_pages_have_the_size_and_the_title(sample_case, tmp_path, size):
    out = tmp_path / f"brief-{size}.pdf"
    pages = export_pdf(sample_case, out, page_size=size)
    data = out.read_bytes()
    found, boxes = _structure(data)
    assert found == pages >= 2  # report, then timeline/claims from a new page
    assert set(boxes) == {SIZES[size]}
    # The document title in the info dictionary (UTF-16BE, as Qt writes it).
    first_word = sample_case.info.title.split()[0]
    assert first_word.encode("utf-16-be") in data


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_text_has_title_claims_and_page_numbers(sample_case, tmp_path):
    out = tmp_path / "brief.pdf"
    EXPORTERS["pdf"](sample_case, out)
    pages, _ = _structure(out.read_bytes())
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert sample_case.info.title in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert sample_case.claims[0].id in text


def test_page_size_from_the_environment_and_a_bad_one(sample_case, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_PDF_PAGE_SIZE", "letter")
    EXPORTERS["pdf"](sample_case, tmp_path / "l.pdf")
    assert set(_structure((tmp_path / "l.pdf").read_bytes())[1]) == {SIZES["Letter"]}
    monkeypatch.setenv("CASEFILE_PDF_PAGE_SIZE", "A3")
    with pytest.raises(ValueError, match="A4, Letter"):
        EXPORTERS["pdf"](sample_case, tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists()


def test_pdf_job_yields_progress_and_returns_the_page_count(sample_case, tmp_path):
    job = EXPORT_JOBS["pdf"](sample_case, tmp_path / "j.pdf")
    progress = []
    try:
        while True:
            progress.append(next(job))
    except StopIteration as stop:
        pages = stop.value
    assert progress[-1][:2] == (100, 100) and pages == _structure((tmp_path / "j.pdf").read_bytes())[0]
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)
