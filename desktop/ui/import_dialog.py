"""What the analyst tells the pipeline before a raw report becomes a case file: its title, the date it was
issued and whether to keep every incident the rules find.

The date matters most: "On March 27" in a report of April 2023 is 2023-03-27, and a report that states no
date of its own gets its year guessed from the years it names. The dialog shows what the text itself gives
(its title, a dateline or a "Published" line), so the analyst confirms or corrects it rather than types it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

PREVIEW_BYTES = 256 * 1024  # enough for a title and a dateline; a 20 MB report is not read twice


@dataclass(frozen=True)
class ImportOptions:
    title: str | None
    report_date: dt.date | None
    every_incident: bool

    def arguments(self) -> list[str]:
        """The same choices as ``casefile import`` options."""
        args = []
        if self.title:
            args += ["--title", self.title]
        if self.report_date:
            args += ["--report-date", self.report_date.isoformat()]
        if self.every_incident:
            args.append("--every-incident")
        return args


def found_in(path: str) -> tuple[str | None, dt.date | None]:
    """The title and the report date the text gives, read from its start (None for what it does not give or
    when it cannot be read: the import itself will say why)."""
    from desktop.casefile.errors import InvalidInput
    from desktop.extract.cleanup import to_markdown
    from desktop.extract.dates import report_date_from_text

    try:
        with open(path, "rb") as f:
            raw = f.read(PREVIEW_BYTES)
        markdown, title = to_markdown(raw, Path(path).name)
    except (OSError, InvalidInput):
        return None, None
    return title, report_date_from_text(markdown)


class ImportDialog(QDialog):
    """Title, report date and the every-incident switch for one raw report."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {Path(path).name}")
        title, date = found_in(path)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(title or Path(path).stem, self)
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setCursorPosition(0)  # a long page title shows its start
        form.addRow("&Title:", self.title_edit)
        self.date_edit = QLineEdit(date.isoformat() if date else "", self)
        self.date_edit.setPlaceholderText("YYYY-MM-DD")
        self.date_edit.setAccessibleName("Report date")
        form.addRow("Report &date:", self.date_edit)
        self.date_note = QLabel(
            "Found in the text." if date else
            "The text states no date of its own. Leave it blank and the year is guessed from the years the "
            "report names; give it and “on Monday” becomes a day.", self)
        self.date_note.setWordWrap(True)
        form.addRow("", self.date_note)
        self.every = QCheckBox("&Keep every incident the rules find, also those the model finds unlikely", self)
        form.addRow("", self.every)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(640)

    def report_date(self) -> dt.date | None:
        """The date typed (None when blank); raises ValueError with a message when it is no date."""
        text = self.date_edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"“{text}” is not a date: write it as YYYY-MM-DD, or leave it blank.") from None

    def accept(self) -> None:
        try:
            self.report_date()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.date_edit.setFocus()
            self.date_edit.selectAll()
            return
        super().accept()

    def options(self) -> ImportOptions:
        return ImportOptions(self.title_edit.text().strip() or None, self.report_date(), self.every.isChecked())
