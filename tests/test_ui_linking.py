"""Selecting anything selects its counterparts: entity <-> mentions <-> claims <-> incidents."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from .test_edits import build_case  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    lib = Library(tmp_path / "ui.sqlite")
    case = build_case()
    lib.import_case(case)
    win = MainWindow(lib)
    qtbot.addWidget(win)
    win.set_analyst_name("Tester")
    win.resize(1280, 800)
    win.open_case(case.info.id)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    lib.close()


def visible_claim_ids(win) -> list[str]:
    from desktop.ui.models import ID_ROLE

    proxy = win.claims_proxy
    return [proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(proxy.rowCount())]


def test_the_window_opens_at_a_usable_size(window):
    assert window.width() >= 1000 and window.height() >= 700
    assert window.current_case_id() == "case-edits"
    assert window.timeline.item_count() == 2


def test_selecting_an_entity_filters_claims_and_timeline_and_marks_its_mentions(window):
    window.select_item("entity", "e4")  # Amal Said: only the governor's claim
    assert visible_claim_ids(window) == ["c2"]
    assert window.report.selected_entity() == "e4"
    assert window.entity_view.currentIndex().data() == "Amal Said"
    window.select_item("entity", "e3")  # Riverton: both incidents, the claim about the first
    assert window.incidents_involving("e3") == {"i1", "i2"}
    window.clear_entity_filter()
    assert visible_claim_ids(window) == ["c1", "c2", "c3"]


def test_clicking_an_entity_in_the_list_selects_it_everywhere(window, qtbot):
    idx = window.entity_model.index_of("e1")
    rect = window.entity_view.visualRect(idx)
    qtbot.mouseClick(window.entity_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_item() == ("entity", "e1")
    assert set(visible_claim_ids(window)) == {"c1"}


def test_selecting_a_claim_scrolls_the_report_to_its_sentence(window, qtbot):
    window.report.resize(400, 120)  # small, so the sentence starts off screen
    window.report.verticalScrollBar().setValue(0)
    claim = window.current_case().by_id("claims")["c3"]
    row = window.claims_model.row_of("c3")
    index = window.claims_proxy.mapFromSource(window.claims_model.index(row, 3))
    qtbot.mouseClick(
        window.claims_view.viewport(), Qt.MouseButton.LeftButton, pos=window.claims_view.visualRect(index).center()
    )
    assert window.selected_item() == ("claim", "c3")
    start = window.report.to_qt("d1", claim.evidence.start)
    assert window.report.textCursor().position() == start
    first, last = window.report.visible_positions()
    assert first <= start <= last, "the claim's sentence is on screen"
    assert window.report.focus_span() == (start, window.report.to_qt("d1", claim.evidence.end))
    assert window.details.kind == "claim" and window.details.item_id == "c3"


def test_clicking_in_the_report_selects_the_claim_there(window, qtbot):
    claim = window.current_case().by_id("claims")["c3"]  # "The army denied that…"
    pos = window.report.to_qt("d1", claim.evidence.start + 6)  # inside "army", not a mention
    window.report.show_span("d1", claim.evidence.start, claim.evidence.start, flash=False)
    cur = window.report.textCursor()
    cur.setPosition(pos)
    rect = window.report.cursorRect(cur)
    qtbot.mouseClick(window.report.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_item() == ("claim", "c3")
    assert visible_claim_ids(window)[window.claims_view.currentIndex().row()] == "c3"


def test_clicking_a_mention_selects_its_entity(window, qtbot):
    text = window.current_case().documents[0].text
    at = text.index("Amal Said")
    cur = window.report.textCursor()
    cur.setPosition(window.report.to_qt("d1", at + 2))
    window.report.setTextCursor(cur)
    window.report.ensureCursorVisible()
    rect = window.report.cursorRect(cur)
    qtbot.mouseClick(window.report.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_item() == ("entity", "e4")
    assert visible_claim_ids(window) == ["c2"]


def test_offsets_survive_characters_outside_the_bmp(window):
    """The 😢 before "near the bridge" takes two UTF-16 units in Qt, one code point in the case."""
    text = window.current_case().documents[0].text
    at = text.index("near the bridge")
    qt = window.report.to_qt("d1", at)
    assert qt == at + 2  # 🚨 and 😢 before it
    assert window.report.from_qt(qt) == ("d1", at)
    doc = window.report.document()
    assert doc.characterAt(qt) == "n"
    cur = window.report.textCursor()
    cur.setPosition(qt)
    cur.setPosition(qt + len("near"), cur.MoveMode.KeepAnchor)
    window.report.setTextCursor(cur)
    assert window.report.selection_span() == ("d1", at, at + 4)


def test_selecting_an_incident_shows_its_evidence_and_timeline_mark(window):
    window.select_item("incident", "i2")
    inc = window.current_case().by_id("incidents")["i2"]
    assert window.report.textCursor().position() == window.report.to_qt("d1", inc.evidence.start)
    assert window.timeline._selected == "i2"
    assert window.details.kind == "incident"


def test_timeline_click_selects_the_incident(window, qtbot):
    window.timeline.fit()
    window.timeline.repaint()
    drawn = [d for d in window.timeline._drawn if d.items[0].id == "i2"]
    assert drawn, "the incident is painted"
    d = drawn[0]
    from desktop.ui.timeline import LANE_H

    y = 12 + d.lane * LANE_H + LANE_H / 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(d.x0 + 2), int(y)))
    assert window.selected_item() == ("incident", "i2")


def test_j_and_k_step_through_claims_and_incidents_in_report_order(window, qtbot):
    window.report.setFocus()
    qtbot.keyClick(window.report, Qt.Key.Key_J)
    first = window.selected_item()
    qtbot.keyClick(window.report, Qt.Key.Key_J)
    second = window.selected_item()
    assert first == ("incident", "i1") and second[0] in ("claim", "incident") and second != first
    qtbot.keyClick(window.report, Qt.Key.Key_K)
    assert window.selected_item() == first
    qtbot.keyClick(window.report, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.selected_item() == second


def test_type_toggle_and_claim_filter(window):
    window.set_type_visible("ORG", False)
    assert not window.report.type_visible("ORG")
    assert not window.legend.boxes["ORG"].isChecked() and not window.type_actions["ORG"].isChecked()
    window.legend.boxes["ORG"].setChecked(True)
    assert window.report.type_visible("ORG")
    window.set_claim_filter("army")
    assert visible_claim_ids(window) == ["c3"]
    window.set_claim_filter("northern attack")
    assert visible_claim_ids(window) == ["c1"]
    window.set_claim_filter("")
    assert len(visible_claim_ids(window)) == 3


def test_find_in_report_next_and_previous(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_edit.setText("Riverton")
    first = window.report.textCursor().selectionStart()
    assert window.report.textCursor().selectedText() == "Riverton"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    second = window.report.textCursor().selectionStart()
    assert second > first
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.report.textCursor().selectionStart() == first


def test_a_type_toggle_repaints_the_highlights_on_screen(window, qtbot):
    """Highlights are painted from the index: a toggle or an entity selection is a repaint."""
    from PySide6.QtGui import QColor

    from desktop.ui.theme import entity_colour, is_dark

    def painted():
        window.report.viewport().repaint()
        return {(m.entity, m.type) for m, _ in window.report.painted_marks()}

    assert ("e3", "LOC") in painted()
    window.set_type_visible("LOC", False)
    assert ("e3", "LOC") not in painted() and ("e1", "ORG") in painted()
    window.select_item("entity", "e3")  # a hidden type still shows its selected entity
    assert ("e3", "LOC") in painted()
    window.clear_entity_filter()
    window.set_type_visible("LOC", True)
    # The colour on screen is the type's: sample the first Riverton mention's background.
    window.report.viewport().repaint()
    mark, rect = next((m, r) for m, r in window.report.painted_marks() if m.entity == "e3")
    image = window.report.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    colour = QColor(image.pixel(int((rect.left() + 1) * ratio), int((rect.top() + 1) * ratio)))
    assert colour.name() == entity_colour("LOC", is_dark()).name()


def test_hovering_a_highlight_names_its_type_and_aliases(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    text = window.current_case().documents[0].text
    cur = window.report.textCursor()
    cur.setPosition(window.report.to_qt("d1", text.index("Radio Delta") + 2))
    window.report.setTextCursor(cur)
    window.report.ensureCursorVisible()
    local = window.report.cursorRect(cur).center()
    event = QHelpEvent(QEvent.Type.ToolTip, local, window.report.viewport().mapToGlobal(local))
    window.report.event(event)
    assert "Organisation" in QToolTip.text() and "Radio Delta" in QToolTip.text()


def test_the_details_of_an_item_show_the_notes_on_it(qtbot, tmp_path):
    from desktop.casefile.model import Note
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    case = build_case()
    inc = case.incidents[0]
    case.notes.append(Note(id="n1", target=inc.id, author="automatic extraction", time="2023-05-14T00:00:00Z",
                           text="Added by the missed-incident model (likelihood 0.41): the sentence has no event "
                                "word the rules know."))
    lib = Library(tmp_path / "notes.sqlite")
    lib.import_case(case)
    win = MainWindow(lib)
    qtbot.addWidget(win)
    win.open_case(case.info.id)
    win.select_item("incident", inc.id)
    from PySide6.QtWidgets import QLabel

    notes = [label.text() for label in win.details.findChildren(QLabel, "details_note")]
    assert notes == ["<i>Note (automatic extraction):</i> Added by the missed-incident model (likelihood 0.41): the "
                     "sentence has no event word the rules know."]
    win.select_item("incident", case.incidents[1].id)
    assert win.details.findChildren(QLabel, "details_note") == []
    lib.close()


def test_the_timeline_marks_an_incident_the_model_added(qtbot, tmp_path):
    from desktop.casefile.model import Note
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    case = build_case()
    added = case.incidents[1]
    case.notes.append(Note(id="n1", target=added.id, author="automatic extraction", time="2023-05-14T00:00:00Z",
                           text="Added by the missed-incident model (likelihood 0.41)."))
    lib = Library(tmp_path / "added.sqlite")
    lib.import_case(case)
    win = MainWindow(lib)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.open_case(case.info.id)
    win.show()
    win.timeline.fit()
    win.timeline.grab()  # painted, so the marks are laid out
    tips = {d.items[0].id: win.timeline._tooltip(d) for d in win.timeline._drawn if len(d.items) == 1}
    assert "added by the model" in tips[added.id]
    assert all("added by the model" not in tip for i, tip in tips.items() if i != added.id)
    lib.close()


def test_editing_an_incident_keeps_it_selected_on_the_timeline(window):
    window.select_item("incident", "i2")
    assert window.timeline._selected == "i2"
    inc = window.current_case().by_id("incidents")["i2"]
    window.timeline.set_incidents(window.current_case().incidents)  # as after an edit of the case
    assert window.timeline._selected == "i2" and inc.id == "i2"
    window.timeline.set_incidents([])
    assert window.timeline._selected is None
