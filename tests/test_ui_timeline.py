"""The timeline: a real time axis, ranges for fuzzy dates, clusters, zoom and pan."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402

from desktop.casefile.model import FuzzyDate, Incident  # noqa: E402


def incident(i: int, start: str, end: str | None = None, precision: str = "day", reported: str | None = None):
    return Incident(
        id=f"i{i}",
        type="Battles",
        summary=f"incident {i}",
        date=FuzzyDate(start, end or start, precision),
        date_reported=reported,
    )


@pytest.fixture
def timeline(qtbot):
    from desktop.ui.timeline import TimelineWidget

    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(800, 220)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_ticks_are_real_dates_at_a_readable_spacing():
    from desktop.ui.timeline import _ticks

    start = dt.date(2021, 8, 20).toordinal()
    days = _ticks(start, start + 14, 800, 80)
    assert days and all(b[0] - a[0] >= 1 for a, b in zip(days, days[1:], strict=False))
    assert days[0][1].endswith("Aug")
    years = _ticks(start, start + 3650, 800, 80)
    labels = [int(label) for _, label, _ in years]
    assert (
        len(labels) >= 4
        and labels == sorted(labels)
        and len({b - a for a, b in zip(labels, labels[1:], strict=False)}) == 1
    )


def test_fuzzy_dates_are_ranges_and_dense_days_cluster(timeline):
    items = [incident(1, "2021-03-01", "2021-03-31", "month"), incident(2, "2021-06-10")]
    items += [incident(10 + k, "2021-09-01") for k in range(6)]  # six on one day
    timeline.set_incidents(items)
    timeline.repaint()
    drawn = {d.items[0].id: d for d in timeline._drawn}
    month = drawn["i1"]
    assert month.x1 - month.x0 > 5 * (drawn["i2"].x1 - drawn["i2"].x0)
    clusters = [d for d in timeline._drawn if len(d.items) > 1]
    assert len(clusters) == 1 and len(clusters[0].items) == 6


def test_wheel_zooms_and_drag_pans(timeline, qtbot):
    timeline.set_incidents([incident(1, "2021-01-01"), incident(2, "2021-12-31", reported="2022-01-05")])
    left, right = timeline.visible_range()
    wheel = QWheelEvent(
        QPointF(400, 50),
        QPointF(timeline.mapToGlobal(QPoint(400, 50))),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    timeline.wheelEvent(wheel)
    l2, r2 = timeline.visible_range()
    assert (r2 - l2) < (right - left) * 0.7
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(400, 150))
    qtbot.mouseMove(timeline, QPoint(600, 150))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(600, 150))
    l3, _ = timeline.visible_range()
    assert l3 < l2  # dragged right: earlier dates come into view
    qtbot.keyClick(timeline, Qt.Key.Key_0)
    assert timeline.visible_range()[0] <= dt.date(2021, 1, 1).toordinal()
    assert timeline.visible_range()[1] >= dt.date(2022, 1, 5).toordinal()  # the reported date too


def test_an_account_written_long_after_is_fitted_to_its_events_not_to_its_date(timeline):
    """An anniversary note of 2018 on two attacks ten days apart in 1988: the view spans those days (the report's
    date, thirty years on, is in each item's tooltip), instead of thirty years with both dots in one cluster."""
    timeline.set_incidents([incident(1, "1988-08-20", reported="2018-08-20"),
                            incident(2, "1988-08-30", reported="2018-08-20")])
    timeline.fit()
    left, right = timeline.visible_range()
    assert left <= dt.date(1988, 8, 20).toordinal() and dt.date(1988, 8, 30).toordinal() < right
    assert right - left < 60
    timeline.repaint()
    assert sorted(len(d.items) for d in timeline._drawn) == [1, 1]  # two dots, not one cluster


def test_the_fitted_view_leaves_room_for_the_last_items_label(timeline):
    from desktop.ui.timeline import LABEL_WIDEST, label_place

    timeline.set_incidents([incident(1, "2024-03-01"), incident(2, "2024-03-31")])
    timeline.fit()
    timeline.repaint()
    last = max(timeline._drawn, key=lambda d: d.x0)
    x, room = label_place(last.x0, last.x1, timeline.width())
    assert x > last.x0 and room == LABEL_WIDEST  # right of its dot, not elided by the edge


def test_only_items_in_view_are_laid_out(timeline):
    items = [incident(k, (dt.date(2020, 1, 1) + dt.timedelta(days=k)).isoformat()) for k in range(500)]
    timeline.set_incidents(items)
    timeline.zoom(40)
    timeline.repaint()
    shown = sum(len(d.items) for d in timeline._drawn)
    assert 0 < shown < 60


def test_undated_incidents_are_counted_not_lost(timeline):
    timeline.set_incidents([Incident(id="i1", type="Battles"), incident(2, "2021-05-05")])
    assert timeline.item_count() == 1 and timeline._undated == 1


def test_a_label_at_the_right_edge_is_elided_or_put_left_of_its_item_never_cut():
    from desktop.ui.timeline import label_place

    x, room = label_place(100, 200, 1000)
    assert (x, room) == (206, 160)  # room to spare: right of the item, at most 160 px
    x, room = label_place(800, 900, 1000)
    assert x == 906 and room == 1000 - 906 - 4  # near the edge: as wide as what is left, so it is elided
    x, room = label_place(950, 980, 1000)
    assert x == 950 and room == 160  # no room for a word: left of the item


def test_a_selection_is_painted_in_its_own_colour_over_a_scene_that_is_not_laid_out_again(timeline, monkeypatch):
    from PySide6.QtGui import QColor

    timeline.set_incidents([incident(1, "2021-03-02"), incident(2, "2021-03-20"),
                            incident(3, "2021-03-05", "2021-03-12", "week")])
    timeline.repaint()
    drawn = {d.items[0].id: d for d in timeline._drawn}

    def colour_at(item_id: str) -> QColor:
        d = drawn[item_id]
        y = 12 + d.lane * 18 + 9
        image = timeline.grab().toImage()
        ratio = image.devicePixelRatio()
        return image.pixelColor(int((d.x0 + max(d.x1 - d.x0, 6) / 2) * ratio), int(y * ratio))

    def orange(c: QColor) -> bool:  # the selection's colour (a range's fill is it, half transparent)
        return c.red() > 150 and c.red() - c.blue() > 60

    assert not any(orange(colour_at(i)) for i in ("i1", "i2", "i3"))
    laid_out = []
    monkeypatch.setattr(timeline, "_layout", lambda real=timeline._layout: laid_out.append(1) or real())
    timeline.set_selected("i1")
    assert orange(colour_at("i1")) and not orange(colour_at("i2"))
    timeline.set_selected("i3")  # a range: its fill is the selection's, not mixed with the mark under it
    assert orange(colour_at("i3")) and not orange(colour_at("i1"))
    assert laid_out == []  # the view did not move: the scene was reused, only the selected mark painted
    timeline.zoom(1.5)
    timeline.repaint()
    assert laid_out  # a zoom lays the scene out anew
