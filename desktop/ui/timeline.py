"""The incident timeline: a painted time axis with the case's incidents on it.

- A real axis: tick spacing chosen from days up to decades so labels never collide.
- Fuzzy dates ("in March", "early 2021") are drawn as ranges from start to end; a day is
  a dot. The date the report gives (``date_reported``) is a faint tick joined to the event.
- Items closer than a few pixels are drawn as one cluster with a count; clicking a cluster
  zooms into it. Items stack in lanes so ranges do not hide each other.
- Wheel (or Ctrl +/-) zooms around the pointer, dragging pans, 0 fits everything.
- Only items inside the visible span are laid out and painted (items are kept sorted by
  start, and the longest range bounds the search), so 500+ incidents stay smooth.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.casefile.model import Incident

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CLUSTER_PX = 9  # items whose starts are closer than this are drawn as one cluster
LANE_H = 18
AXIS_H = 34
LABEL_WIDEST = 160  # pixels an item's label may take


def _ordinal(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


@dataclass
class Item:
    id: str
    start: int  # date ordinal
    end: int  # date ordinal, inclusive
    reported: int | None
    label: str
    fuzzy: bool


def _lane_y(lane: int) -> float:
    """Where a lane's marks are centred, from the top."""
    return 12 + lane * LANE_H + LANE_H / 2


@dataclass
class _Drawn:
    x0: float
    x1: float
    lane: int
    items: list[Item]


class TimelineWidget(QWidget):
    """Incidents on a zoomable time axis; emits ``incident_clicked`` with the incident id."""

    incident_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.setToolTip("")
        self._items: list[Item] = []
        self._starts: list[int] = []
        self._longest = 0
        self._undated = 0
        self._visible_ids: set[str] | None = None
        self._selected: str | None = None
        self._added: set[str] = set()
        self._left = 0.0  # ordinal at the left edge
        self._days_per_px = 1.0
        self._drag_from: QPointF | None = None
        self._drag_left = 0.0
        self._dragged = False
        self._drawn: list[_Drawn] = []
        self._version = 0  # raised whenever the items or the filter change: the painted scene is then stale
        self._scene: QPixmap | None = None
        self._scene_for: tuple | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, 200)

    # -- data -------------------------------------------------------------------------------
    def set_incidents(self, incidents: list[Incident], added: set[str] | frozenset[str] = frozenset()) -> None:
        """Lay out the dated incidents; those in ``added`` (found by a model, not by the rules: a note on each
        says so) are drawn hollow, to be checked."""
        self._added = set(added)
        items, undated = [], 0
        for inc in incidents:
            start = _ordinal(inc.date.start) if inc.date else None
            end = _ordinal(inc.date.end) if inc.date else None
            reported = _ordinal(inc.date_reported)
            if start is None and end is None:
                undated += 1
                continue
            start = start if start is not None else end
            end = end if end is not None and end >= start else start
            label = inc.summary or inc.type
            items.append(Item(inc.id, start, end, reported, label, inc.date.precision != "day" or end > start))
        items.sort(key=lambda i: (i.start, i.end, i.id))
        self._items = items
        self._version += 1
        self._starts = [i.start for i in items]
        self._longest = max((i.end - i.start for i in items), default=0)
        self._undated = undated
        if not any(i.id == self._selected for i in items):
            self._selected = None  # (an edit or a note keeps the incident selected; another case does not)
        self.fit()

    def set_visible_ids(self, ids: set[str] | None) -> None:
        """Show only these incidents (None: all)."""
        self._visible_ids = ids
        self._version += 1
        self.update()

    def set_selected(self, incident_id: str | None) -> None:
        self._selected = incident_id
        item = next((i for i in self._items if i.id == incident_id), None)
        if item is not None:
            left, right = self._left, self._left + self.width() * self._days_per_px
            if not (left <= item.start <= right):
                self._left = item.start - self.width() * self._days_per_px / 2
        self.update()

    def selected(self) -> str | None:
        return self._selected

    def item_count(self) -> int:
        return len(self._items)

    # -- view -------------------------------------------------------------------------------
    def fit(self) -> None:
        if not self._items:
            today = dt.date.today().toordinal()
            self._left, self._days_per_px = today - 30, 60 / max(1, self.width())
        else:
            lo = min(i.start for i in self._items)
            last = max(i.end for i in self._items) + 1
            reported = max((i.reported for i in self._items if i.reported is not None), default=last - 1) + 1
            # the date the report gives, when it is near what it tells (a wire's day after, a review's week after its
            # period); an account written long after ("Thirty years ago today ...") is fitted to its events, and their
            # dotted lines run off to the right
            hi = max(last, reported) if reported - lo <= 3 * max(last - lo, 6) + 60 else last
            span = max(hi - lo, 6)
            pad = span * 0.08
            # (and room on the right of the last event for its label, which would otherwise be cut short at the edge)
            room = min(LABEL_WIDEST + 12, self.width() // 3)
            self._days_per_px = max((span + 2 * pad) / max(100, self.width()),
                                    (last - lo + pad) / max(100, self.width() - room))
            self._left = lo - pad
        self.update()

    def zoom(self, factor: float, at_x: float | None = None) -> None:
        """Zoom by ``factor`` (>1 zooms in) keeping the date under ``at_x`` in place."""
        at_x = self.width() / 2 if at_x is None else at_x
        date_at = self._left + at_x * self._days_per_px
        self._days_per_px = min(max(self._days_per_px / factor, 1 / 200), 365 * 200 / max(1, self.width()))
        self._left = date_at - at_x * self._days_per_px
        self.update()

    def visible_range(self) -> tuple[float, float]:
        return self._left, self._left + self.width() * self._days_per_px

    def _x(self, ordinal: float) -> float:
        return (ordinal - self._left) / self._days_per_px

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        old = event.oldSize().width()
        if old > 0 and event.size().width() > 0:
            # Keep the same dates in view when the splitter moves.
            self._days_per_px *= old / event.size().width()
        else:
            self.fit()
        super().resizeEvent(event)

    # -- layout -------------------------------------------------------------------------------
    def _layout(self) -> list[_Drawn]:
        left, right = self.visible_range()
        lo = bisect.bisect_left(self._starts, int(left) - self._longest - 1)
        hi = bisect.bisect_right(self._starts, int(right) + 1)
        lanes_end: list[float] = []
        max_lanes = max(1, (self.height() - AXIS_H - 22) // LANE_H)
        drawn: list[_Drawn] = []
        current: _Drawn | None = None
        for item in self._items[lo:hi]:
            if item.end + 1 < left:
                continue
            if self._visible_ids is not None and item.id not in self._visible_ids:
                continue
            x0, x1 = self._x(item.start), self._x(item.end + 1)
            if current is not None and x0 - current.x0 < CLUSTER_PX:
                current.items.append(item)
                current.x1 = max(current.x1, x1)
                continue
            if current is not None:
                drawn.append(current)
            current = _Drawn(x0, x1, 0, [item])
        if current is not None:
            drawn.append(current)
        fm = QFontMetrics(self.font())
        for d in drawn:
            # A lane is taken up to the end of the item's label, so labels never overlap.
            label_w = 0 if len(d.items) > 1 else min(fm.horizontalAdvance(d.items[0].label), LABEL_WIDEST) + 12
            width_end = d.x0 + max(d.x1 - d.x0, 12) + label_w
            for lane, end in enumerate(lanes_end):
                if end + 4 < d.x0:
                    d.lane = lane
                    lanes_end[lane] = width_end
                    break
            else:
                if len(lanes_end) < max_lanes:
                    d.lane = len(lanes_end)
                    lanes_end.append(width_end)
                else:
                    d.lane = max_lanes - 1
                    lanes_end[-1] = max(lanes_end[-1], width_end)
        return drawn

    # -- painting -------------------------------------------------------------------------------
    def _colours(self) -> dict[str, QColor]:
        pal = self.palette()
        dark = pal.color(QPalette.ColorRole.Base).lightness() < 128
        text_c = pal.color(QPalette.ColorRole.Text)
        faint = QColor(text_c)
        faint.setAlpha(70)
        return {"base": pal.color(QPalette.ColorRole.Base), "text": text_c, "faint": faint,
                "accent": QColor("#4f9dff" if dark else "#1f5fbf"), "fuzzy": QColor("#c58af9" if dark else "#7b3fc4"),
                "selected": QColor("#ffb000" if dark else "#d97a00")}

    def _scene_key(self) -> tuple:
        """What the painted scene (everything but the selection and the focus frame) depends on."""
        pal = self.palette()
        return (self.width(), self.height(), self.devicePixelRatioF(), self._left, self._days_per_px, self._version,
                pal.color(QPalette.ColorRole.Base).rgba(), pal.color(QPalette.ColorRole.Text).rgba(), self.font().key())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The scene is painted once into a pixmap and reused until the view, the items, the filter or the palette
        # change: selecting an incident repaints only the selected mark over it (a selection used to repaint every
        # mark, about 13 ms of a claim's selection on a case of 500 incidents).
        key = self._scene_key()
        if self._scene is None or self._scene_for != key:
            ratio = self.devicePixelRatioF()
            scene = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
            scene.setDevicePixelRatio(ratio)
            painter = QPainter(scene)
            self._paint_scene(painter)
            painter.end()
            self._scene, self._scene_for = scene, key
        p = QPainter(self)
        p.drawPixmap(0, 0, self._scene)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self._colours()
        for d in self._drawn:
            if len(d.items) == 1 and d.items[0].id == self._selected:
                self._paint_item(p, d, colours, QFontMetrics(self.font()), selected=True)
                break
        if self.hasFocus():
            p.setPen(QPen(colours["accent"], 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()

    def _paint_scene(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self._colours()
        accent = colours["accent"]
        p.fillRect(self.rect(), colours["base"])
        axis_y = self.height() - AXIS_H
        self._paint_axis(p, axis_y, colours["text"], colours["faint"])
        self._drawn = self._layout()
        fm = QFontMetrics(self.font())
        for d in self._drawn:
            y = _lane_y(d.lane)
            if len(d.items) > 1:
                r = 7 + min(6, len(d.items))
                p.setPen(QPen(accent.darker(130), 1))
                c = QColor(accent)
                c.setAlpha(170)
                p.setBrush(c)
                p.drawEllipse(QPointF(d.x0 + 2, y), r, r * 0.8)
                p.setPen(QColor("white"))
                p.drawText(QRectF(d.x0 + 2 - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(len(d.items)))
                continue
            self._paint_item(p, d, colours, fm, selected=False)
        p.setPen(colours["text"])
        notes = []
        if self._undated:
            notes.append(f"{self._undated} undated")
        added = sum(1 for i in self._items if i.id in self._added)
        if added:
            notes.append(f"○ {added} added by the model")
        if self._visible_ids is not None:
            shown = sum(1 for i in self._items if i.id in self._visible_ids)
            notes.append(f"filtered: {shown} of {len(self._items)}")
        if not self._items:
            notes.append("no dated incidents")
        if notes:
            p.drawText(QRectF(6, 0, self.width() - 12, 14), Qt.AlignmentFlag.AlignRight, " · ".join(notes))

    def _paint_item(self, p: QPainter, d: _Drawn, colours: dict[str, QColor], fm: QFontMetrics, selected: bool) -> None:
        """One incident's mark and label; ``selected`` paints it over the scene, where it was painted unselected."""
        item = d.items[0]
        y = _lane_y(d.lane)
        centre, radius = QPointF((d.x0 + d.x1) / 2, y), 5.5 if selected else 4.5
        sel_c, faint = colours["selected"], colours["faint"]
        colour = sel_c if selected else (colours["fuzzy"] if item.fuzzy else colours["accent"])
        ranged = item.end > item.start or item.fuzzy
        if selected:
            # (the mark painted unselected underneath is covered first, so the selection's colour is its own)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colours["base"])
            if ranged:
                p.drawRect(QRectF(d.x0 - 1, y - 6, max(d.x1 - d.x0, 6) + 2, 12))
            else:
                p.drawEllipse(centre, 6.5, 6.5)
        if not selected and item.reported is not None and item.reported != item.start:
            # The date the report gives: a faint tick joined to the event.
            xr = self._x(item.reported + 0.5)
            p.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(max(d.x1, d.x0 + 4), y), QPointF(xr, y))
            p.setPen(QPen(faint, 2))
            p.drawLine(QPointF(xr, y - 5), QPointF(xr, y + 5))
        if ranged:
            p.setPen(QPen(colour.darker(120), 1))
            c = QColor(colour)
            c.setAlpha(110)
            p.setBrush(c)
            p.drawRoundedRect(QRectF(d.x0, y - 5, max(d.x1 - d.x0, 6), 10), 4, 4)
        elif item.id in self._added:
            p.setPen(QPen(colour.darker(110), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)  # hollow: added by the model, not found by a rule
            p.drawEllipse(centre, radius, radius)
        else:
            p.setPen(QPen(colour.darker(130), 1))
            p.setBrush(colour)
            p.drawEllipse(centre, radius, radius)
        if selected:
            p.setPen(QPen(sel_c, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            if ranged:
                p.drawRoundedRect(QRectF(d.x0 - 4, y - 8, max(d.x1 - d.x0, 6) + 8, 16), 5, 5)
            else:
                p.drawEllipse(centre, 9, 9)
        # A label when there is room before the next item in the lane; elided at the right edge rather than cut
        # off mid-letter ("held in Aligu"), and left of the item when the edge leaves no room for a word.
        label_x, room = label_place(d.x0, d.x1, self.width())
        label = fm.elidedText(item.label, Qt.TextElideMode.ElideRight, room)
        if label_x < d.x0:
            label_x = d.x0 - 8 - fm.horizontalAdvance(label)
        muted = QColor(colours["text"])
        muted.setAlpha(255 if selected else 200)
        p.setPen(muted)
        p.drawText(QPointF(label_x, y + fm.ascent() / 2 - 1), label)

    def _paint_axis(self, p: QPainter, axis_y: int, text_c: QColor, faint: QColor) -> None:
        p.setPen(QPen(text_c, 1))
        p.drawLine(0, axis_y, self.width(), axis_y)
        left, right = self.visible_range()
        fm = QFontMetrics(self.font())
        for ordinal, label, major in _ticks(left, right, self.width(), fm.horizontalAdvance("Sep 2021") + 16):
            x = self._x(ordinal)
            p.setPen(QPen(faint, 1))
            p.drawLine(QPointF(x, 4), QPointF(x, axis_y))
            p.setPen(QPen(text_c, 1))
            p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + (6 if major else 3)))
            # A label cut by the left edge reads as a different date: leave it out.
            if label and x >= 0 and x + 3 + fm.horizontalAdvance(label) <= self.width():
                p.drawText(QPointF(x + 3, axis_y + 6 + fm.ascent()), label)

    # -- interaction ------------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> _Drawn | None:
        for d in self._drawn:
            y = _lane_y(d.lane)
            if d.x0 - 8 <= pos.x() <= max(d.x1, d.x0 + 6) + 8 and abs(pos.y() - y) <= LANE_H / 2:
                return d
        return None

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps, event.position().x())
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_Left:
            self._left -= self.width() * self._days_per_px / 8
            self.update()
        elif key == Qt.Key.Key_Right:
            self._left += self.width() * self._days_per_px / 8
            self.update()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()
            self._drag_left = self._left
            self._dragged = False

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._drag_from is not None:
            dx = event.position().x() - self._drag_from.x()
            if abs(dx) > 3:
                self._dragged = True
            if self._dragged:
                self._left = self._drag_left - dx * self._days_per_px
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
            return
        hit = self._hit(event.position())
        if hit is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(hit), self)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        dragged = self._dragged
        self._drag_from = None
        self._dragged = False
        self.unsetCursor()
        if dragged or event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._hit(event.position())
        if hit is None:
            return
        if len(hit.items) > 1:
            lo = min(i.start for i in hit.items)
            hi = max(i.end for i in hit.items) + 1
            span = max(hi - lo, 2)
            self._days_per_px = span * 1.6 / max(100, self.width())
            self._left = lo - span * 0.3
            self.update()
            return
        self._selected = hit.items[0].id
        self.update()
        self.incident_clicked.emit(hit.items[0].id)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._hit(event.position()) is None:
            self.fit()

    def _tooltip(self, d: _Drawn) -> str:
        if len(d.items) > 1:
            return f"{len(d.items)} incidents — click to zoom in"
        item = d.items[0]
        when = _fmt(item.start) + (f" – {_fmt(item.end)}" if item.end > item.start else "")
        reported = f"<br>reported: {_fmt(item.reported)}" if item.reported is not None else ""
        added = "<br><i>added by the model, not found by a rule: check it</i>" if item.id in self._added else ""
        return f"<b>{_esc(item.label)}</b><br>event: {when}{reported}{added}"


def _fmt(ordinal: int) -> str:
    d = dt.date.fromordinal(ordinal)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def label_place(x0: float, x1: float, width: int, widest: int = LABEL_WIDEST) -> tuple[float, int]:
    """Where an item's label starts and how wide it may be: right of the item, elided at the widget's right edge;
    left of the item (the start returned is then the item's, the label ending before it) when the edge leaves no
    room for a word."""
    x = max(x1, x0 + 6) + 6
    room = int(width - x - 4)
    if room < 48 and x0 > widest + 10:
        return x0, widest
    return x, max(0, min(widest, room))


def _ticks(left: float, right: float, width: int, min_px: int) -> list[tuple[int, str, bool]]:
    """Tick positions (ordinal, label, major) for the visible span, at least ``min_px`` apart."""
    if width <= 0 or right <= left:
        return []
    days_per_px = (right - left) / width
    min_days = min_px * days_per_px
    lo = max(1, int(left) - 1)
    hi = min(dt.date.max.toordinal() - 1, int(right) + 2)
    if lo >= hi:
        return []
    out: list[tuple[int, str, bool]] = []
    if min_days <= 7:
        step = next(s for s in (1, 2, 7) if s >= min_days)
        for o in range(lo, hi):
            d = dt.date.fromordinal(o)
            if step == 7 and d.weekday() != 0:
                continue
            if step == 2 and o % 2:
                continue
            out.append(
                (
                    o,
                    f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if d.day == 1 and d.month == 1 else ""),
                    d.day == 1,
                )
            )
        return out
    months_step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if s * 30 >= min_days), 240)
    d0 = dt.date.fromordinal(lo)
    y, m = d0.year, d0.month
    while True:
        try:
            d = dt.date(y, m, 1)
        except ValueError:
            break
        o = d.toordinal()
        if o > hi:
            break
        index = y * 12 + m - 1
        if o >= lo and index % months_step == 0:
            label = (
                str(y)
                if months_step >= 12
                else (f"{MONTHS[m - 1]} {y}" if m == 1 or months_step > 1 else MONTHS[m - 1])
            )
            out.append((o, label, m == 1))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out
