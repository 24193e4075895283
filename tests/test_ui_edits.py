"""Every edit in the reader is written at once, and Undo/Redo restore the library exactly."""
# ruff: noqa: F811  (the window fixture is imported from test_ui_linking and used as a parameter)

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402

from desktop.casefile import validate  # noqa: E402

from .test_edits import build_case  # noqa: E402
from .test_edits import canonical as _canonical  # noqa: E402
from .test_ui_linking import window  # noqa: E402, F401  (fixture)


def canonical(case) -> dict:
    """Every item of the case in id order; the case's "modified" time moves with each edit."""
    data = _canonical(case)
    data.pop("case")
    return data


def stored(win):
    return win._library.load_case(win.current_case_id())


def check_undo_redo(win, before: dict, after_check) -> None:
    """After an edit: the library holds it; Undo gives back ``before``; Redo the edit again."""
    now = stored(win)
    validate.check_case(now)
    after_check(now)
    after = canonical(now)
    win.undo_stack.undo()
    assert canonical(stored(win)) == before
    assert canonical(win.current_case()) == before, "the open case follows the library"
    win.undo_stack.redo()
    assert canonical(stored(win)) == after
    after_check(stored(win))


def select_text(win, quote: str) -> tuple[int, int]:
    text = win.current_case().documents[0].text
    start = text.index(quote)
    cur = win.report.textCursor()
    cur.setPosition(win.report.to_qt("d1", start))
    cur.setPosition(win.report.to_qt("d1", start + len(quote)), cur.MoveMode.KeepAnchor)
    win.report.setTextCursor(cur)
    return start, start + len(quote)


def test_keyboard_rating_b_then_2(window, qtbot):
    before = canonical(stored(window))
    window.select_item("claim", "c2")
    window.report.setFocus()
    qtbot.keyClick(window.report, Qt.Key.Key_B)
    qtbot.keyClick(window.report, Qt.Key.Key_2)
    case = stored(window)
    src = case.current_grade("s3", "admiralty-reliability")
    cred = case.current_grade("c2", "admiralty-credibility")
    assert (src.grade, src.analyst, src.target_kind) == ("B", "Tester", "source")
    assert (cred.grade, cred.target_kind) == ("2", "claim")
    # The table shows both at once.
    from desktop.ui.models import COL_CRED, COL_REL

    row = window.claims_model.row_of("c2")
    assert window.claims_model.index(row, COL_REL).data() == "B"
    assert window.claims_model.index(row, COL_CRED).data() == "2"
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert canonical(stored(window)) == before
    assert window.claims_model.index(row, COL_REL).data() == ""


def test_rating_from_the_details_panel_with_rationale_and_disagreement(window, qtbot):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    window.select_item("claim", "c1")
    combos = {c.objectName(): c for c in window.details.findChildren(QComboBox)}
    cred = combos["grade_admiralty-credibility"]
    cred.setCurrentIndex(cred.findData("3"))
    assert cred.itemData(cred.findData("3"), Qt.ItemDataRole.ToolTipRole).startswith("Not confirmed")
    window.details.findChild(QLineEdit, "rationale").setText("one source only")
    window.details.findChild(QPushButton, "save_rating").click()
    a = stored(window).current_grade("c1", "admiralty-credibility")
    assert (a.grade, a.rationale) == ("3", "one source only")
    # A second analyst disagrees: the table and the panel both show it.
    window.set_analyst_name("Other")
    window.rate_selected("5")
    from desktop.ui.models import COL_DISAGREE

    row = window.claims_model.row_of("c1")
    assert window.claims_model.index(row, COL_DISAGREE).data() == "≠"
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in window.details.findChildren(QLabel))
    assert "disagree" in texts and "Tester" in texts and "Other" in texts
    assert "one source only" in window.details.findChild(QLabel, "history").text()


def test_first_rating_asks_for_the_analysts_name_once(window, monkeypatch):
    window.set_analyst_name("")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (asked.append(1) or "Nadia", True)))
    window.select_item("claim", "c3")
    window.rate_selected("4")
    window.rate_selected("C")
    assert asked == [1]
    assert stored(window).current_grade("c3", "admiralty-credibility").analyst == "Nadia"


def test_mark_as_entity_undo_redo(window):
    before = canonical(stored(window))
    select_text(window, "the bridge")
    window.report.request_mark("LOC")

    def check(case):
        ents = [e for e in case.entities if e.name == "the bridge"]
        assert len(ents) == 1 and ents[0].type == "LOC" and ents[0].origin == "analyst"
        assert [m.exact for m in case.mentions if m.entity == ents[0].id] == ["the bridge"]

    check_undo_redo(window, before, check)
    assert (
        window.legend.boxes["LOC"]
        .text()
        .endswith(
            str(
                sum(
                    1
                    for m in window.current_case().mentions
                    if window.current_case().by_id("entities")[m.entity].type == "LOC"
                )
            )
        )
    )


def test_new_claim_and_new_incident_from_selection(window, monkeypatch):
    before = canonical(stored(window))
    select_text(window, "A second blast hit Riverton on 9 May")
    window.report.request_new_claim()
    assert window.selected_item()[0] == "claim"  # the new claim, ready to rate

    def claimed(case):
        new = [c for c in case.claims if c.origin == "analyst"]
        assert len(new) == 1 and new[0].evidence.exact.startswith("A second blast")

    check_undo_redo(window, before, claimed)
    before = canonical(stored(window))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Battles", True)))
    select_text(window, "gunmen of the Northern Front attacked the market")
    window.report.request_new_incident()

    def incident(case):
        assert any(i.type == "Battles" and i.origin == "analyst" for i in case.incidents)

    check_undo_redo(window, before, incident)


def test_retype_rename_delete_entity_undo_redo(window, monkeypatch):
    from desktop.casefile import edits

    before = canonical(stored(window))
    window.run_edit("Retype", lambda case: edits.retype_entity(case, "e3", "ORG"))
    check_undo_redo(window, before, lambda case: case.by_id("entities")["e3"].type == "ORG" or pytest.fail())
    before = canonical(stored(window))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Governor Said", True)))
    window.rename_entity_dialog("e4")

    def renamed(case):
        assert case.by_id("entities")["e4"].name == "Governor Said"
        assert "Amal Said" in case.by_id("entities")["e4"].aliases

    check_undo_redo(window, before, renamed)
    before = canonical(stored(window))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.select_item("entity", "e5")
    window.delete_entity_dialog("e5")

    def deleted(case):
        assert "e5" not in case.by_id("entities")
        assert all(m.entity != "e5" for m in case.mentions)

    check_undo_redo(window, before, deleted)


def test_merge_and_undo_merge_from_the_record(window):
    from desktop.casefile import edits

    before = canonical(stored(window))
    window.run_edit("Merge", lambda case: edits.merge_entities(case, "e1", "e2", "acronym of the same group"))

    def merged(case):
        keep = case.by_id("entities")["e1"]
        assert "e2" not in case.by_id("entities") and keep.merged_from[-1].reason == "acronym of the same group"

    check_undo_redo(window, before, merged)
    # "Undo merge" in the details panel works from the record, long after the edit.
    window.select_item("entity", "e1")
    from PySide6.QtWidgets import QPushButton

    window.details.findChild(QPushButton, "undo_merge_0").click()
    case = stored(window)
    assert case.by_id("entities")["e2"].name == "NF"
    assert case.by_id("entities")["e1"].merged_from == []
    window.undo_stack.undo()
    assert "e2" not in stored(window).by_id("entities")


def test_edit_claim_and_incident_fields_in_the_details_panel(window):
    from PySide6.QtWidgets import QLineEdit, QPushButton

    before = canonical(stored(window))
    window.select_item("claim", "c2")
    window.details.findChild(QLineEdit, "claim_cue").setText("told reporters")
    window.details.findChild(QPushButton, "apply_claim").click()
    check_undo_redo(window, before, lambda case: case.by_id("claims")["c2"].cue == "told reporters" or pytest.fail())
    before = canonical(stored(window))
    window.select_item("incident", "i2")
    window.details.findChild(QLineEdit, "incident_summary").setText("Blast near the bridge")
    window.details.findChild(QLineEdit, "incident_end").setText("2026-05-10")
    window.details.findChild(QLineEdit, "incident_wounded").setText("3-8")
    window.details.findChild(QPushButton, "apply_incident").click()

    def edited(case):
        inc = case.by_id("incidents")["i2"]
        assert inc.summary == "Blast near the bridge" and inc.date.end == "2026-05-10"
        assert inc.date.precision == "approximate"
        assert (inc.wounded.min, inc.wounded.max) == (3, 8)

    check_undo_redo(window, before, edited)


def test_a_refused_edit_shows_a_message_and_pushes_nothing(window):
    select_text(window, "Riverton")  # already a mention
    window.report.request_mark("LOC")
    assert window.undo_stack.count() == 0
    assert "overlaps" in window.last_error


def test_pending_corrections_from_a_colleague_accept_and_reject(window, tmp_path):
    import copy

    case = build_case()
    theirs = copy.deepcopy(case)
    theirs.by_id("claims")["c2"].cue = "alleged"
    theirs.by_id("entities")["e3"].type = "ORG"
    window._library.import_case(theirs)
    window.open_case(case.info.id)
    assert window.pending_list.count() == 2
    assert not window.pending_dock.isHidden()
    window.pending_list.setCurrentRow(0)
    window.accept_button.click()
    assert window.pending_list.count() == 1
    window.pending_list.setCurrentRow(0)
    window.reject_button.click()
    assert window.pending_list.count() == 0
    changed = stored(window)
    assert (changed.by_id("claims")["c2"].cue == "alleged") != (changed.by_id("entities")["e3"].type == "ORG")


def test_an_unreadable_count_is_refused_with_a_message(window):
    from PySide6.QtWidgets import QLineEdit, QPushButton

    window.select_item("incident", "i1")
    window.details.findChild(QLineEdit, "incident_killed").setText("many")
    window.details.findChild(QPushButton, "apply_incident").click()
    assert window.undo_stack.count() == 0 and "not a count" in window.last_error
