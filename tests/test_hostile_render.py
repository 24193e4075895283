"""A hostile report rendered by Qt asks for no resource and follows no link unasked.

Qt's text widgets fetch images through ``loadResource`` (QTextDocument asks the widget
that owns it). PySide looks the method up on the instance, so recording it there sees
every request, whichever widget class the GUI ends up using for the report.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTextBrowser, QTextEdit  # noqa: E402

from .hostile_report import hostile_case, hostile_markdown  # noqa: E402

ALLOWED_SCHEMES = {"data", "qrc"}  # the app's own resources; anything else is a load


def _record(widget) -> list[str]:
    asked: list[str] = []
    original = widget.loadResource

    def recording(kind, url):
        asked.append(url.toString())
        return original(kind, url)

    widget.loadResource = recording
    return asked


def _loads(asked: list[str]) -> list[str]:
    return sorted({u for u in asked if QUrl(u).scheme() not in ALLOWED_SCHEMES})


def _text_widgets(window) -> list:
    return [
        *window.findChildren(QTextBrowser),
        *(w for w in window.findChildren(QTextEdit) if not isinstance(w, QTextBrowser)),
        *window.findChildren(QPlainTextEdit),
    ]


def test_qt_markdown_itself_drops_raw_html_but_asks_for_markdown_images(qtbot):
    """Why the GUI needs its own guard: plain setMarkdown still requests ![](http://...)."""
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    asked = _record(browser)
    browser.setMarkdown(hostile_markdown())
    browser.resize(800, 600)
    browser.show()
    browser.grab()
    html = browser.toHtml()
    assert "<script" not in html and "<iframe" not in html and "stylesheet" not in html
    assert any("md-img.png" in u for u in asked)  # Qt on its own would ask


def test_main_window_renders_a_hostile_report_without_any_resource_load(qtbot, tmp_path, monkeypatch):
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    lib = Library(tmp_path / "library.sqlite")
    case = hostile_case()
    lib.import_case(case)
    window = MainWindow(lib)
    qtbot.addWidget(window)
    widgets = _text_widgets(window)
    asked = [_record(w) for w in widgets]
    window.open_case(case.info.id)
    window.resize(1200, 800)
    window.show()
    qtbot.wait(50)
    window.grab()
    for w in _text_widgets(window):  # widgets made while opening the case
        if w not in widgets:
            w.grab()
    loads = _loads([u for a in asked for u in a])
    assert loads == [], f"the report view asked QTextDocument.loadResource for {loads}"
    # The report's text is all there, shown as text rather than interpreted.
    report = next(w for w in _text_widgets(window) if w.objectName() == "report")
    assert "md-img.png" in report.toPlainText()
    for w in _text_widgets(window):
        html = w.toHtml() if hasattr(w, "toHtml") else w.document().toHtml()
        assert "<script" not in html.lower() and "<iframe" not in html.lower()
    lib.close()


def test_a_report_link_is_never_followed_without_confirmation(qtbot, tmp_path, monkeypatch):
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    asked: list[str] = []

    def refuse(*args, **kwargs):
        asked.append("question")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append("exec") or QMessageBox.StandardButton.No)

    lib = Library(tmp_path / "library.sqlite")
    case = hostile_case()
    lib.import_case(case)
    window = MainWindow(lib)
    qtbot.addWidget(window)
    window.open_case(case.info.id)
    window.show()
    for browser in window.findChildren(QTextBrowser):
        for url in ("http://evil.example/page", "javascript:alert(1)", "file:///etc/passwd"):
            browser.anchorClicked.emit(QUrl(url))
            browser.setSource(QUrl())  # a browser with openLinks on would navigate here
    qtbot.wait(20)
    assert opened == [], f"links opened without the analyst saying yes: {opened}"
    lib.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.example/x.png",
        "https://evil.example/x.png",
        "file://evil.example/share/x.png",
        "ftp://evil.example/x",
    ],
)
def test_a_plain_document_never_fetches_remote_urls(url):
    """QTextDocument alone (as the PDF exporter uses it) has no network: it returns nothing."""
    doc = QTextDocument()
    assert doc.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) in (None, b"", "")
