"""The main window (first version: the report of the open case)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTextBrowser

from desktop.store.library import Library


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self._case = None
        self.setWindowTitle("Casefile Reader")
        self._report = QTextBrowser(self)
        self._report.setOpenLinks(False)
        self.setCentralWidget(self._report)

    def open_case(self, case_id: str) -> None:
        self._case = self._library.load_case(case_id)
        self.setWindowTitle(f"{self._case.info.title} — Casefile Reader")
        self._report.setMarkdown("\n\n".join(d.text for d in self._case.documents))

    def current_case_id(self) -> str | None:
        return self._case.info.id if self._case else None
