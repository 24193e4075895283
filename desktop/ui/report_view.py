"""The report view: the report's Markdown source shown as plain text, entities highlighted.

Why plain text and not ``setMarkdown``: case offsets are code points into the Markdown
source, and rendered Markdown moves every position (markup disappears, lists renumber).
Showing the source keeps one exact mapping, and the headings are styled by the highlighter
so the text still reads like a document. It also means the report cannot make Qt load
anything: no image, no stylesheet, no link is ever interpreted (``loadResource`` refuses
anyway, as a second guard), and a link is only opened after the analyst says yes.

Qt counts positions in UTF-16 units, case files in code points: :class:`OffsetIndex`
converts at the boundary (characters outside the BMP take two units in Qt).

Scale: a per-position index of mention ranges (sorted, searched with bisect) drives both
the painting of the highlights, which covers only the blocks on screen, and every
position look-up (click, tooltip). No widget, cursor or character format per mention:
toggling a type or selecting an entity is a repaint. The headings are styled by a
:class:`QSyntaxHighlighter`; the claim or incident being looked at is one ExtraSelection.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop.casefile.model import ENTITY_TYPES, Case
from desktop.ui.theme import TYPE_LABELS, entity_colour, is_dark

DOC_SEPARATOR = "\n\n"
_LINK = re.compile(r"\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|(?<![\w(])((?:https?|ftp|file|mailto):[^\s)\]>\"']+)")


class OffsetIndex:
    """Code-point offsets <-> UTF-16 positions for one text, in O(log n) per look-up."""

    def __init__(self, text: str) -> None:
        # Code-point offsets of characters that take two UTF-16 units.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        # Their UTF-16 positions: each earlier astral character adds one unit.
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral)]

    def to_qt(self, cp: int) -> int:
        return cp + bisect.bisect_left(self._astral, cp)

    def from_qt(self, pos: int) -> int:
        # Astral characters starting before ``pos`` each took an extra unit; a position in
        # the middle of a surrogate pair rounds down to the character.
        k = bisect.bisect_left(self._astral_u16, pos)
        if k and self._astral_u16[k - 1] + 1 == pos:
            return self._astral[k - 1]
        return pos - k


@dataclass(frozen=True)
class Mark:
    """One highlighted range of the report, in Qt positions."""

    start: int
    end: int
    type: str
    entity: str
    mention: str


class ReportHighlighter(QSyntaxHighlighter):
    """Headings, and the index of mention ranges the view paints under the text.

    Mentions are *painted* (``ReportView.paintEvent``) rather than set as character formats:
    a format change makes Qt lay the paragraph out again, ~0.4 ms a block, which made a
    type toggle on a 150,000-word report take 0.6 s; painting the visible ones costs
    a few milliseconds and a toggle is a repaint.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._marks: list[Mark] = []
        self._starts: list[int] = []
        self._longest = 0
        self.visible_types: set[str] = set(ENTITY_TYPES)
        self.selected_entity: str | None = None
        self._heading = QTextCharFormat()
        self.colours: dict[str, QColor] = {}
        self.selected_colours: dict[str, QColor] = {}
        self.underline = QColor()
        self.set_dark(is_dark())

    def set_dark(self, dark: bool) -> None:
        for t in ENTITY_TYPES:
            base = entity_colour(t, dark)
            self.colours[t] = base
            self.selected_colours[t] = base.lighter(150) if dark else base.darker(122)
        self.underline = QColor("#f0f0f0" if dark else "#202020")
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._heading.setForeground(QColor("#9cc7ff" if dark else "#12355b"))
        self._marker = QColor("#8c8c8c")
        self._marker.setAlpha(140)

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = sorted(marks, key=lambda m: m.start)
        self._starts = [m.start for m in self._marks]
        self._longest = max((m.end - m.start for m in self._marks), default=0)

    def marks(self) -> list[Mark]:
        return self._marks

    def marks_in(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping the Qt range ``[start, end)``."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self._marks[lo:hi] if m.end > start]

    def mark_at(self, pos: int) -> Mark | None:
        for m in self.marks_in(pos, pos + 1):
            if m.start <= pos < m.end:
                return m
        return None

    def is_shown(self, mark: Mark) -> bool:
        return mark.type in self.visible_types or mark.entity == self.selected_entity

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not text.startswith("#"):
            self._bold_runs(text)
            return
        length = len(text.encode("utf-16-le")) // 2
        level = len(text) - len(text.lstrip("#"))
        fmt = QTextCharFormat(self._heading)
        base = self.document().defaultFont().pointSizeF()
        fmt.setFontPointSize(base * max(1.0, 1.45 - 0.12 * (level - 1)))
        self.setFormat(0, length, fmt)
        # The "#" markers stay (offsets must not move) but recede.
        marker = QTextCharFormat(fmt)
        colour = QColor(fmt.foreground().color())
        colour.setAlpha(90)
        marker.setForeground(colour)
        self.setFormat(0, level, marker)

    def _bold_runs(self, text: str) -> None:
        """"**Levant Conflict Monitor | Country Review**": bold, its markers kept (offsets must not move) but
        receding, as the headings' are."""
        runs = list(BOLD_RUN.finditer(text))
        if not runs:
            return
        qt = OffsetIndex(text).to_qt  # Qt counts UTF-16 units
        for m in runs:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            self.setFormat(qt(m.start(2)), qt(m.end(2)) - qt(m.start(2)), bold)
            marker = QTextCharFormat()
            marker.setForeground(self._marker)
            for a, b in ((m.start(1), m.end(1)), (m.end(2), m.end())):
                self.setFormat(qt(a), qt(b) - qt(a), marker)


# "**bold**" or "__bold__" inside a paragraph: no space just inside the markers, as Markdown reads it
BOLD_RUN = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


class ReportView(QPlainTextEdit):
    """The report text of a case. Positions in its signals are (document id, code point)."""

    position_clicked = Signal(str, int)  # document id, code-point offset
    mark_entity_requested = Signal(str, int, int, str)  # doc, start, end, type
    new_claim_requested = Signal(str, int, int)
    new_incident_requested = Signal(str, int, int)
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMouseTracking(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.1)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(14)
        self._highlighter = ReportHighlighter(self.document())
        self._case: Case | None = None
        self._index = OffsetIndex("")
        self._bases: dict[str, int] = {}  # document id -> code-point offset in the shown text
        self._types: dict[str, str] = {}
        self._aliases: dict[str, str] = {}
        self._focus: tuple[int, int] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(700)
        self._flash_timer.timeout.connect(self._on_flash_ended)
        self._flashing = False

    # -- safety ---------------------------------------------------------------------------
    def loadResource(self, kind: int, url) -> None:  # noqa: N802 (Qt override)
        """Refuse every resource: the report is untrusted and must not reach disk or network."""
        return None

    # -- content ----------------------------------------------------------------------------
    def set_case(self, case: Case | None) -> None:
        """Show ``case``'s documents and index their mentions (once per case load)."""
        self._case = case
        self._focus = None
        self.setExtraSelections([])
        if case is None:
            self._highlighter.set_marks([])
            self.setPlainText("")
            return
        self._bases.clear()
        parts, at = [], 0
        for doc in case.documents:
            self._bases[doc.id] = at
            parts.append(doc.text)
            at += len(doc.text) + len(DOC_SEPARATOR)
        text = DOC_SEPARATOR.join(parts)
        self._index = OffsetIndex(text)
        self._highlighter.set_dark(is_dark())
        self._highlighter.set_marks(self._marks_of(case))
        # The highlighter runs over the whole document once, here, as setPlainText lays it out.
        self.setPlainText(text)

    def refresh_marks(self, case: Case) -> None:
        """Mentions changed (an edit): rebuild the index and re-highlight."""
        self._case = case
        self._entity_info(case)
        self._highlighter.set_marks(self._marks_of(case))
        self.viewport().update()

    def _entity_info(self, case: Case) -> None:
        self._types = {e.id: e.type for e in case.entities}
        self._aliases = {
            e.id: e.name + (f" (also: {', '.join(e.aliases[:6])})" if e.aliases else "") for e in case.entities
        }

    def _marks_of(self, case: Case) -> list[Mark]:
        self._entity_info(case)
        marks = []
        to_qt = self._index.to_qt
        for m in case.mentions:
            base = self._bases.get(m.document)
            if base is None or m.entity not in self._types:
                continue
            marks.append(Mark(to_qt(base + m.start), to_qt(base + m.end), self._types[m.entity], m.entity, m.id))
        return marks

    def set_font_size(self, points: float) -> None:
        """Text size in points; headings scale with it (the highlighter reads the default font)."""
        font = self.document().defaultFont()
        if font.pointSizeF() == points:
            return
        font.setPointSizeF(points)
        self.document().setDefaultFont(font)
        self._highlighter.rehighlight()

    def set_dark(self, dark: bool) -> None:
        self._highlighter.set_dark(dark)
        self._highlighter.rehighlight()  # heading colours
        self.viewport().update()
        self._update_extra()

    # -- highlights -------------------------------------------------------------------------
    def set_type_visible(self, type_: str, visible: bool) -> None:
        types = self._highlighter.visible_types
        if (type_ in types) == visible:
            return
        types.add(type_) if visible else types.discard(type_)
        self.viewport().update()

    def type_visible(self, type_: str) -> bool:
        return type_ in self._highlighter.visible_types

    def set_selected_entity(self, entity_id: str | None) -> None:
        old = self._highlighter.selected_entity
        if old == entity_id:
            return
        self._highlighter.selected_entity = entity_id
        self.viewport().update()

    def selected_entity(self) -> str | None:
        return self._highlighter.selected_entity

    def mention_positions(self, entity_id: str) -> list[int]:
        """Qt start positions of an entity's mentions (for next/previous mention)."""
        return [m.start for m in self._highlighter.marks() if m.entity == entity_id]

    # -- positions ----------------------------------------------------------------------------
    def to_qt(self, doc_id: str, cp: int) -> int:
        return self._index.to_qt(self._bases.get(doc_id, 0) + cp)

    def from_qt(self, pos: int) -> tuple[str, int]:
        """(document id, code-point offset in that document) of a Qt position."""
        cp = self._index.from_qt(pos)
        doc_id, base = "", 0
        for d, b in self._bases.items():
            if b <= cp:
                doc_id, base = d, b
        return doc_id, cp - base

    def selection_span(self) -> tuple[str, int, int] | None:
        """The selected text as (document, start, end) in code points, or None."""
        cur = self.textCursor()
        if not cur.hasSelection():
            return None
        doc, start = self.from_qt(cur.selectionStart())
        doc2, end = self.from_qt(cur.selectionEnd())
        if doc != doc2:
            return None
        return doc, start, end

    def show_span(self, doc_id: str, start: int, end: int, *, flash: bool = True) -> None:
        """Scroll to ``[start, end)`` of ``doc_id``, outline it and flash it briefly."""
        if doc_id not in self._bases:
            return
        qs, qe = self.to_qt(doc_id, start), self.to_qt(doc_id, end)
        self._focus = (qs, qe)
        cur = QTextCursor(self.document())
        cur.setPosition(qs)
        self.setTextCursor(cur)
        self.centerCursor()
        self._flashing = flash
        self._update_extra()
        if flash:
            self._flash_timer.start()

    def clear_focus_span(self) -> None:
        self._focus = None
        self._update_extra()

    def focus_span(self) -> tuple[int, int] | None:
        """The outlined range in Qt positions, if any."""
        return self._focus

    def _on_flash_ended(self) -> None:
        self._flashing = False
        self._update_extra()

    def _update_extra(self) -> None:
        if self._focus is None:
            self.setExtraSelections([])
            return
        dark = is_dark()
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.document())
        cur.setPosition(self._focus[0])
        cur.setPosition(self._focus[1], QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        fmt = QTextCharFormat()
        if self._flashing:
            fmt.setBackground(QColor("#f5c400" if not dark else "#8a6d00"))
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#d08700" if not dark else "#ffc94d"))
            fmt.setBackground(QColor(255, 200, 0, 60 if not dark else 45))
        sel.format = fmt
        self.setExtraSelections([sel])

    # -- find -----------------------------------------------------------------------------------
    def find_text(self, text: str, *, backward: bool = False) -> bool:
        """Select the next (or previous) occurrence of ``text``, wrapping around."""
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.find(text, flags):
            return True
        cur = self.textCursor()
        cur.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.setTextCursor(cur)
        return self.find(text, flags)

    # -- mouse and menus ------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        pos = self.cursorForPosition(event.position().toPoint()).position()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            url = self.link_at(pos)
            if url:
                self.link_activated.emit(url)
                return
        self.position_clicked.emit(*self.from_qt(pos))

    def link_at(self, pos: int) -> str | None:
        """The URL of a Markdown link or bare URL written at Qt position ``pos``, if any."""
        block = self.document().findBlock(pos)
        text = block.text()
        # Block text is UTF-16 indexed by Qt; a Python index differs only after astral characters.
        offset = pos - block.position()
        for match in _LINK.finditer(text):
            if match.start() <= offset <= match.end():
                return match.group(1) or match.group(2)
        return None

    def event(self, ev) -> bool:  # noqa: D401 (Qt override)
        if ev.type() == QEvent.Type.ToolTip:
            pos = self.cursorForPosition(self.viewport().mapFromGlobal(ev.globalPos())).position()
            mark = self._highlighter.mark_at(pos)
            if mark is not None:
                QToolTip.showText(
                    ev.globalPos(),
                    f"<b>{TYPE_LABELS.get(mark.type, mark.type)}</b>: {_escape(self._aliases.get(mark.entity, ''))}",
                    self,
                )
            else:
                QToolTip.hideText()
                ev.ignore()
            return True
        return super().event(ev)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        menu = self.createStandardContextMenu(event.pos())
        span = self.selection_span()
        menu.addSeparator()
        mark_menu = QMenu("Mark as entity", menu)
        for t in ENTITY_TYPES:
            act = mark_menu.addAction(f"{TYPE_LABELS[t]} ({t})")
            act.triggered.connect(lambda _=False, t=t: self.request_mark(t))
        mark_menu.setEnabled(span is not None)
        menu.addMenu(mark_menu)
        claim = menu.addAction("New claim from selection")
        claim.setEnabled(span is not None)
        claim.triggered.connect(self.request_new_claim)
        incident = menu.addAction("New incident from selection")
        incident.setEnabled(span is not None)
        incident.triggered.connect(self.request_new_incident)
        url = self.link_at(self.cursorForPosition(event.pos()).position())
        if url:
            menu.addSeparator()
            act = menu.addAction("Open link in browser…")
            act.triggered.connect(lambda: self.link_activated.emit(url))
        menu.exec(event.globalPos())

    def request_mark(self, type_: str) -> None:
        span = self.selection_span()
        if span:
            self.mark_entity_requested.emit(*span, type_)

    def request_new_claim(self) -> None:
        span = self.selection_span()
        if span:
            self.new_claim_requested.emit(*span)

    def request_new_incident(self) -> None:
        span = self.selection_span()
        if span:
            self.new_incident_requested.emit(*span)

    # -- painting the mentions -----------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._paint_marks(event.rect())
        super().paintEvent(event)

    def _paint_marks(self, area) -> None:
        """Fill the mentions on screen with their type's colour, under the text Qt draws next."""
        hl = self._highlighter
        painted: list[tuple[Mark, QRectF]] = []
        self._painted = painted
        if not hl.marks():
            return
        painter = QPainter(self.viewport())
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        while block.isValid():
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > area.bottom():
                break
            if block.isVisible() and geo.bottom() >= area.top():
                layout = block.layout()
                bpos, blen = block.position(), block.length()
                for mark in hl.marks_in(bpos, bpos + blen):
                    if not hl.is_shown(mark):
                        continue
                    selected = mark.entity == hl.selected_entity
                    colour = (hl.selected_colours if selected else hl.colours).get(mark.type, QColor("#cccccc"))
                    start, end = max(mark.start, bpos) - bpos, min(mark.end, bpos + blen) - bpos
                    first = layout.lineForTextPosition(start).lineNumber()
                    last = layout.lineForTextPosition(max(start, end - 1)).lineNumber()
                    for i in range(max(first, 0), max(last, first) + 1):
                        line = layout.lineAt(i)
                        ls = line.textStart()
                        le = ls + line.textLength()
                        if end <= ls or start >= le:
                            continue
                        x1 = line.cursorToX(max(start, ls))[0]
                        x2 = line.cursorToX(min(end, le))[0]
                        rect = QRectF(geo.left() + x1, geo.top() + line.y(), x2 - x1, line.height())
                        painter.fillRect(rect, colour)
                        if selected:
                            painter.fillRect(QRectF(rect.left(), rect.bottom() - 2, rect.width(), 2), hl.underline)
                        painted.append((mark, rect))
            block = block.next()
        painter.end()

    def painted_marks(self) -> list[tuple[Mark, QRectF]]:
        """The mentions drawn by the last paint, with their rectangles (tests, benchmarks)."""
        return list(getattr(self, "_painted", []))

    def finish_highlighting(self) -> None:
        """Kept for callers of the batched version: painting needs no catching up."""

    def visible_positions(self) -> tuple[int, int]:
        """First and last Qt positions currently on screen (for tests and scrolling)."""
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(self.viewport().width() - 1, self.viewport().height() - 1)).position()
        return first, last


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
