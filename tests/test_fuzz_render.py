"""Fuzz the Markdown/HTML clean-up: random reports mixing Markdown, raw HTML and URLs.

Two renderers see report text: the HTML brief exporter (markdown-it, then our escaping)
and Qt's ``setMarkdown`` in the reader. For the brief, nothing active may come out: no
script, frame, object, event handler, style sheet link or remote image. For Qt, no
crash and no hang on any input.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.casefile.model import Case, CaseInfo, Document

from .fuzz_support import fuzz_settings, timed

FRAGMENTS = [
    "<script>alert(1)</script>",
    "<img src=http://e.x/a.png>",
    "<img src=x onerror=alert(1)>",
    "![i](http://e.x/i.png)",
    "![i](javascript:alert(1))",
    "[l](javascript:alert(1))",
    "[l](http://e.x)",
    "<iframe src=//e.x>",
    "<link rel=stylesheet href=http://e.x/s.css>",
    "<style>@import 'http://e.x'</style>",
    "<a href='javascript:x'>a</a>",
    "<svg onload=alert(1)>",
    "<object data=http://e.x>",
    "<embed src=//e.x>",
    "<body background=http://e.x/b.png>",
    "<meta http-equiv=refresh content='0;url=http://e.x'>",
    "<base href=http://e.x/>",
    "<form action=http://e.x><input></form>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&lt;script&gt;",
    "&#106;avascript:",
    "java\tscript:",
    "<scr<script>ipt>",
    "`code <b>`",
    "```\n<i>\n```",
    "# H",
    "\n\n",
    "\n",
    "> quote",
    "* item",
    "1. one",
    "| a | b |\n|---|---|\n| c | d |",
    "**b**",
    "_i_",
    "[ref]: http://e.x/ref.png",
    "![r][ref]",
    "<http://e.x/auto>",
    "\\",
    "\u202e",
    "\u0000",
    "\ufeff",
    "é",
]
reports = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=25).map("".join)

FORBIDDEN_TAGS = {"script", "iframe", "frame", "object", "embed", "link", "meta", "base", "form", "style", "svg"}
LOADING_ATTRS = {"src", "background", "poster", "data", "srcset", "action", "formaction"}


class _ActiveContent(HTMLParser):
    """Collect what a browser would act on: real tags and attributes, not escaped text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            elif value.startswith(("javascript:", "vbscript:")) or name in LOADING_ATTRS and not value.startswith(("data:", "#")):
                self.found.append(f"{tag} {name}={value[:30]}")


def active_content(html: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(html)
    parser.close()
    return parser.found


def _render_report():
    html = pytest.importorskip("desktop.export.html")
    return html.render_report


@fuzz_settings()
@given(reports)
def test_html_brief_renders_any_report_without_active_content(text):
    render_report = _render_report()
    doc = Document(id="d1", title="t", path="documents/d1.md", text=text)
    case = Case(
        CaseInfo(id="c1", title="t", created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z"), documents=[doc]
    )
    with timed("html brief render"):
        out = render_report(case, doc)
    assert active_content(out) == [], f"active content in the brief: {active_content(out)}"


@fuzz_settings(60)
@given(reports)
def test_qt_set_markdown_survives_any_report(text):
    pytest.importorskip("PySide6.QtGui")
    from PySide6.QtGui import QGuiApplication, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    doc = QTextDocument()
    with timed("Qt setMarkdown"):
        doc.setMarkdown(text)
        doc.setTextWidth(600)
        doc.size()  # forces layout
        doc.toHtml()
