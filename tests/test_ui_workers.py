"""Long jobs run off the UI thread with progress and cancel; import runs in a child process."""
# ruff: noqa: F811  (the window fixture is imported from test_ui_linking and used as a parameter)

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QThreadPool  # noqa: E402

from .test_ui_linking import window  # noqa: E402, F401  (fixture)


def slow_job(steps: int, gate: threading.Event | None = None):
    for i in range(steps):
        if gate is not None:
            gate.wait(2)
        yield i, steps, f"step {i}"
    return "result"


def test_worker_reports_progress_and_its_result(qtbot):
    from desktop.ui.workers import JobWorker

    worker = JobWorker(lambda: slow_job(4))
    seen = []
    worker.signals.progress.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as finished:
        QThreadPool.globalInstance().start(worker)
    assert finished.args == ["result"]
    assert seen == [(i, 4, f"step {i}") for i in range(4)]


def test_worker_cancel_stops_between_steps(qtbot):
    from desktop.ui.workers import JobWorker

    gate = threading.Event()
    worker = JobWorker(lambda: slow_job(1000, gate))
    steps = []
    worker.signals.progress.connect(lambda d, t, m: steps.append(d))
    finished = []
    worker.signals.finished.connect(finished.append)
    worker.cancel()  # asked before the first step ends: the job stops at it
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        QThreadPool.globalInstance().start(worker)
        gate.set()
    assert finished == [] and len(steps) <= 1


def test_worker_failure_is_a_message_not_a_traceback(qtbot):
    from desktop.casefile.errors import InvalidInput
    from desktop.ui.workers import JobWorker

    def broken():
        yield 0, 1, "reading"
        raise InvalidInput("case.json breaks the schema at entities/0: 'name' is required")

    worker = JobWorker(broken)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as failed:
        QThreadPool.globalInstance().start(worker)
    assert failed.args[0].startswith("case.json breaks the schema")
    assert "Traceback" not in failed.args[0]


def test_import_a_casefile_through_the_child_process(window, qtbot, sample_path):  # noqa: F811
    with qtbot.waitSignal(window.case_opened, timeout=60000) as opened:
        worker = window.import_path(str(sample_path))
    assert worker is not None
    assert opened.args[0] != "case-edits"
    assert window.current_case().info.id == opened.args[0]
    assert str(sample_path) in window.recent_files()
    assert window.cases_model.rowCount() == 2


def test_a_broken_file_shows_the_message(window, qtbot, tmp_path):  # noqa: F811
    bad = tmp_path / "broken.casefile"
    bad.write_bytes(b"not a zip at all")
    worker = window.import_path(str(bad))
    with qtbot.waitSignal(worker.signals.failed, timeout=60000) as failed:
        pass
    assert failed.args[0] and "Traceback" not in failed.args[0]
    qtbot.waitUntil(lambda: bool(getattr(window, "last_error", "")), timeout=5000)
    assert window.current_case_id() == "case-edits"


def test_export_in_the_background(window, qtbot, tmp_path):  # noqa: F811
    out = tmp_path / "out.html"
    worker = window.export_to("html", str(out))
    with qtbot.waitSignal(worker.signals.finished, timeout=30000):
        pass
    assert out.exists() and "Riverton" in out.read_text(encoding="utf-8")


def test_import_a_raw_report_with_progress(window, qtbot, tmp_path):
    pytest.importorskip("spacy")
    from pathlib import Path

    report = tmp_path / "report.md"
    src = Path(__file__).resolve().parent.parent / "casefiles" / "src" / "kabul-airport-2021.md"
    report.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    steps = []
    worker = window.import_path(str(report))
    worker.signals.progress.connect(lambda d, t, m: steps.append((d, t, m)))
    with qtbot.waitSignal(window.case_opened, timeout=120000) as opened:
        pass
    assert steps and all(0 <= d <= t for d, t, _ in steps if t)
    case = window.current_case()
    assert case.info.id == opened.args[0] and case.mentions and case.claims


def test_import_dialog_fills_in_what_the_report_gives(qtbot, tmp_path):
    from desktop.ui.import_dialog import ImportDialog

    report = tmp_path / "wire.txt"
    report.write_text("Gunmen storm a market in Riverton\n\nRIVERTON, March 4, 2023 (Coastal Wire) - Gunmen stormed "
                      "the central market on Friday, killing three traders, police said.\n", encoding="utf-8")
    dialog = ImportDialog(str(report))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == "2023-03-04"
    assert dialog.date_note.text() == "Found in the text."
    dialog.title_edit.setText("Riverton market attack")
    dialog.every.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.options().arguments() == ["--title", "Riverton market attack", "--report-date", "2023-03-04",
                                            "--every-incident"]


def test_import_dialog_refuses_a_date_it_cannot_read(qtbot, tmp_path):
    from desktop.ui.import_dialog import ImportDialog

    report = tmp_path / "note.md"
    report.write_text("# A note\n\nNobody dated this note about the attack on Riverton.\n", encoding="utf-8")
    dialog = ImportDialog(str(report))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == "" and "states no date" in dialog.date_note.text()
    assert dialog.title_edit.text() == "A note"
    dialog.date_edit.setText("4 March")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.error.isHidden()
    assert "YYYY-MM-DD" in dialog.error.text()
    dialog.date_edit.setText("")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.options().arguments() == ["--title", "A note"]


def test_importing_a_chosen_report_passes_the_dialogs_date_and_title(window, qtbot, tmp_path, monkeypatch):  # noqa: F811
    pytest.importorskip("spacy")
    from desktop.ui import import_dialog

    report = tmp_path / "undated.md"
    report.write_text("# Undated\n\nOn Monday, gunmen attacked a police post in Riverton, killing two officers, "
                      "the governor said.\n", encoding="utf-8")

    def answer(dialog):
        dialog.title_edit.setText("Riverton police post")
        dialog.date_edit.setText("2024-05-09")
        return import_dialog.QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", answer)
    with qtbot.waitSignal(window.case_opened, timeout=120000):
        worker = window.ask_and_import(str(report))
    assert worker is not None
    case = window.current_case()
    assert case.info.title == "Riverton police post"
    assert case.info.report_date == "2024-05-09"
    assert [i.date.start for i in case.incidents] == ["2024-05-06"]  # "on Monday" before the report's Thursday


def test_cancelling_the_import_dialog_imports_nothing(window, qtbot, tmp_path, monkeypatch):  # noqa: F811
    from desktop.ui import import_dialog

    report = tmp_path / "r.md"
    report.write_text("Gunmen attacked a post.\n", encoding="utf-8")
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda dialog: import_dialog.QDialog.DialogCode.Rejected)
    assert window.ask_and_import(str(report)) is None
    assert window.cases_model.rowCount() == 1
