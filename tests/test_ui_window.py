"""The window as a whole: start modes, layout memory, themes, links, drag and drop."""
# ruff: noqa: F811  (the window fixture is imported from test_ui_linking and used as a parameter)

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices, QDropEvent, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from .test_ui_linking import window  # noqa: E402, F401  (fixture)


@pytest.fixture(autouse=True)
def _keep_the_application_look(qapp):
    """Themes change the application's palette and style: give the next test the ones it had."""
    palette, style = qapp.palette(), qapp.style().name()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def args(**values) -> argparse.Namespace:
    base = {
        "library": None,
        "path": None,
        "screenshot": None,
        "select": None,
        "size": "1366x768",
        "theme": None,
        "smoke": False,
    }
    base.update(values)
    return argparse.Namespace(**base)


def test_screenshot_mode_selects_and_saves_a_png(qtbot, tmp_path, sample_path):
    from desktop.ui.application import run

    out = tmp_path / "shot.png"
    code = run(
        args(
            library=str(tmp_path / "lib.sqlite"),
            path=str(sample_path),
            screenshot=str(out),
            select="claim:c2",
            theme="dark",
            size="1366x768",
        )
    )
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    # Dark: the window background is dark.
    assert image.pixelColor(5, image.height() - 5).lightness() < 100
    for w in QApplication.topLevelWidgets():
        w.close()


def test_screenshot_mode_refuses_an_unknown_item(tmp_path, sample_path, capsys):
    from desktop.ui.application import run

    code = run(
        args(
            library=str(tmp_path / "lib.sqlite"),
            path=str(sample_path),
            screenshot=str(tmp_path / "x.png"),
            select="claim:nope",
        )
    )
    assert code == 2
    assert "nope" in capsys.readouterr().err
    for w in QApplication.topLevelWidgets():
        w.close()


def test_smoke_mode_opens_a_sample(tmp_path, capsys):
    from desktop.ui.application import run

    assert run(args(library=str(tmp_path / "lib.sqlite"), smoke=True, theme="light")) == 0
    assert "ok" in capsys.readouterr().out
    for w in QApplication.topLevelWidgets():
        w.close()


def test_settings_are_this_tests_own(tmp_path):
    from desktop.ui.main_window import settings

    store = settings()
    assert Path(store.fileName()).is_relative_to(tmp_path), store.fileName()
    assert store.value("analyst/name") is None and store.value("window/geometry") is None


def test_layout_is_remembered_between_windows(qtbot, tmp_path):
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    lib = Library(tmp_path / "l.sqlite")
    first = MainWindow(lib)
    qtbot.addWidget(first)
    first.show()
    # smaller than the offscreen screen (800 x 800), which would clamp a restored larger window;
    # on a real screen the default size comes back whole (checked under Xvfb)
    first.resize(760, 700)
    first.main_split.setSizes([300, 900])
    sizes = first.main_split.sizes()
    first.close()  # saves the layout
    second = MainWindow(lib)
    qtbot.addWidget(second)
    second.show()
    assert second.main_split.sizes() == sizes
    lib.close()


def test_theme_switch_recolours_everything(window):
    window.set_theme("dark")
    pal = QApplication.instance().palette()
    assert pal.color(pal.ColorRole.Window).lightness() < 80
    assert window.theme_actions["dark"].isChecked()
    window.set_theme("light")
    assert QApplication.instance().palette().color(pal.ColorRole.Window).lightness() > 200


def test_highlight_colours_are_distinct_in_both_themes():
    from desktop.casefile.model import ENTITY_TYPES
    from desktop.ui.theme import entity_colour

    for dark in (False, True):
        colours = [entity_colour(t, dark) for t in ENTITY_TYPES]
        for i, a in enumerate(colours):
            for b in colours[i + 1 :]:
                distance = abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
                assert distance > 60, (a.name(), b.name())


def test_bold_in_a_paragraph_reads_bold_and_its_markers_recede(qtbot):
    from PySide6.QtGui import QFont, QTextDocument

    from desktop.ui.report_view import ReportHighlighter

    doc = QTextDocument()
    highlighter = ReportHighlighter(doc)
    text = "**Lakes Rights Network | Press release** Nairobi, 8 July – a 🔥 __note__"
    doc.setPlainText(text)
    highlighter.rehighlight()
    formats = doc.firstBlock().layout().formats()
    bold = [(f.start, f.length) for f in formats if f.format.fontWeight() == QFont.Weight.Bold]
    faint = [(f.start, f.length) for f in formats if f.format.foreground().color().alpha() < 255]
    inner = "Lakes Rights Network | Press release"
    assert (2, len(inner)) in bold and (0, 2) in faint and (2 + len(inner), 2) in faint
    # Qt counts UTF-16 units: the emoji before "__note__" takes two
    note_at = len(text[: text.index("__note")].encode("utf-16-le")) // 2
    assert (note_at + 2, 4) in bold, bold
    assert doc.toPlainText() == text  # nothing hidden, so every offset still holds


def test_a_link_opens_only_after_yes_and_only_for_the_web(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or next(answers)))
    window.report.link_activated.emit("https://example.org/a")
    assert opened == []
    window.report.link_activated.emit("https://example.org/a")
    assert opened == ["https://example.org/a"]
    window.report.link_activated.emit("file:///etc/passwd")
    assert opened == ["https://example.org/a"] and len(asked) == 2
    assert "Open this link in your browser?" in asked[0]


def test_ctrl_click_on_a_markdown_link_asks_first(qtbot, tmp_path, monkeypatch):
    from desktop.casefile.builder import CaseBuilder

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    )
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    b = CaseBuilder("case-link", "Links", created="2026-01-01T00:00:00Z")
    b.document("See [the statement](https://example.org/statement) for details.\n", title="Links")
    lib = Library(tmp_path / "l.sqlite")
    lib.import_case(b.case)
    win = MainWindow(lib)
    qtbot.addWidget(win)
    win.open_case("case-link")
    win.show()
    seen = []
    win.report.link_activated.connect(seen.append)
    cur = win.report.textCursor()
    cur.setPosition(win.report.to_qt("d1", 8))
    rect = win.report.cursorRect(cur)
    qtbot.mouseClick(win.report.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert seen == []  # a plain click never follows a link
    qtbot.mouseClick(
        win.report.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    assert seen == ["https://example.org/statement"]
    assert len(asked) == 1 and opened == []  # asked, the analyst said no
    lib.close()


def test_dropping_files_imports_case_files_and_reports_only(window, qtbot, tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(window, "ask_and_import", lambda p: started.append(p))
    paths = [tmp_path / "a.casefile", tmp_path / "b.md", tmp_path / "c.exe"]
    for p in paths:
        p.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert started == [str(paths[0]), str(paths[1])]


def test_removing_a_case_from_the_library(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.remove_current_case()
    assert window.current_case_id() is None
    assert window.cases_model.rowCount() == 0


def test_library_search_opens_the_case_at_the_claim(window, qtbot):
    window.show_library()
    window.library_search.setText("unguarded")
    assert window.cases_model.showing_hits and window.cases_model.rowCount() >= 1
    hit = next(r for r in range(window.cases_model.rowCount()) if window.cases_model.row(r)["kind"] == "claim")
    window.cases_view.setCurrentIndex(window.cases_model.index(hit, 0))
    window.open_case_button.click()
    assert window.selected_item() == ("claim", "c3")
    window.library_search.setText("")
    assert (
        not window.cases_model.showing_hits and window.cases_model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    )


def test_cancel_in_the_progress_dialog_stops_the_job(window, qtbot):
    import threading

    gate = threading.Event()

    def endless():
        i = 0
        while True:
            gate.wait(0.01)
            yield i, 0, "working"
            i += 1

    worker = window._start_job("Testing", [], lambda r: None, make_job=endless)
    with qtbot.waitSignal(worker.signals.progress, timeout=5000):
        pass
    from PySide6.QtWidgets import QPushButton

    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        window._progress_dialog.findChild(QPushButton).click()
    assert worker not in window._workers


def test_report_text_size_is_adjustable_and_remembered(window, qtbot):
    from desktop.ui.main_window import MainWindow

    before = window.report_font_size()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.report_font_size() == before + 1
    window.close()
    again = MainWindow(window._library)
    qtbot.addWidget(again)
    assert again.report_font_size() == before + 1
