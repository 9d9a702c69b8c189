"""The chart widget draws exactly what the SPC engine returns: the points flagged on screen are the
ones analyse() flags, lines break at a rebase, too little data draws no rules, and hovering a
point tells its date, value, note and rule."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from app.domain.measure import DataPoint, MeasureDetails, RebasePoint
from app.domain.measure_series import Annotation, chart_for
from app.domain.spc import analyse

START = date(2025, 1, 6)
SHIFT = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 12, 9, 15, 16, 15, 17, 16, 15, 16, 17, 16, 18]


def weeks(n: int) -> list[date]:
    return [START + timedelta(weeks=i) for i in range(n)]


def measure(values, **details):  # ANN003, ANN201
    d = MeasureDetails(name=details.pop("name", "Falls per week"), **details).validated()
    pts = [DataPoint("m", w, value=float(v)) for w, v in zip(weeks(len(values)), values, strict=False) if v is not None]
    return d, pts


@pytest.fixture
def chart_widget(qtbot):  # ANN201
    from app.ui.charts.spc_chart import SpcChart

    widget = SpcChart()
    qtbot.addWidget(widget)
    widget.resize(1000, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def expected_flags(result: dict) -> dict[int, str]:
    return {
        p["index"]: p["type"] if p["type"] != "neutral" else f"neutral_{p['direction']}"
        for p in result["special_cause_points"]
    }


def test_xmr_points_flagged_on_screen_are_the_ones_analyse_returns(chart_widget) -> None:
    d, pts = measure(SHIFT, chart_type="xmr", target=14.0)
    chart_widget.set_chart(chart_for(d, pts))
    result = analyse([float(v) for v in SHIFT], "xmr", target=14.0)
    assert chart_widget.drawn_flags() == expected_flags(result)
    assert chart_widget.drawn_flags()  # the shift after week 12 is special cause improvement
    common = chart_widget.point_items.get("common", (None, []))[1]
    assert sorted(common + list(chart_widget.drawn_flags())) == list(range(len(SHIFT)))


def test_with_a_rebase_and_lower_is_better(chart_widget) -> None:
    d, pts = measure(
        SHIFT, chart_type="xmr", improvement="decrease", rebase=(RebasePoint(weeks(30)[12], "New falls bundle"),)
    )
    chart = chart_for(d, pts)
    chart_widget.set_chart(chart)
    result = analyse([float(v) for v in SHIFT], "xmr", improvement="decrease", rebase=[12])
    assert chart_widget.drawn_flags() == expected_flags(result)
    # limit lines are drawn per period, broken at the rebase, and the rebase is labelled with its reason
    lines = [(line.role, line.start, line.end) for line in chart.lines]
    assert ("upper", 0, 11) in lines and ("upper", 12, len(SHIFT) - 1) in lines
    assert "Rebased: New falls bundle" in [t.text() for t in chart_widget.items.text_items()]


def test_run_chart_with_and_without_signals(chart_widget) -> None:
    rng = random.Random(4)
    noise = [rng.choice([8, 9, 10, 11, 12]) for _ in range(12)]
    d, pts = measure(noise, chart_type="run")
    chart_widget.set_chart(chart_for(d, pts))
    result = analyse([float(v) for v in noise], "run")
    assert set(chart_widget.drawn_flags()) == set(result["shift_points"]) | set(result["trend_points"])

    d, pts = measure(SHIFT, chart_type="run", improvement="decrease")
    chart_widget.set_chart(chart_for(d, pts))
    result = analyse([float(v) for v in SHIFT], "run")
    flagged = set(result["shift_points"]) | set(result["trend_points"])
    assert flagged and set(chart_widget.drawn_flags()) == flagged
    assert "Run chart: IHI rules" in " ".join(chart_widget.figure.how)  # in the note, not the legend
    assert "IHI" not in chart_widget.legend.text


def test_p_chart_flags_match(chart_widget) -> None:
    d = MeasureDetails(name="Check-in % Good", data_kind="percentage", chart_type="p").validated()
    dens = [40, 20, 40, 30, 40, 40, 25, 40, 40, 40, 35, 40, 40, 40]
    nums = [30, 15, 31, 22, 29, 30, 19, 30, 31, 30, 26, 39, 40, 12]
    pts = [DataPoint("m", w, numerator=n, denominator=dn) for w, n, dn in zip(weeks(14), nums, dens, strict=False)]
    chart_widget.set_chart(chart_for(d, pts))
    result = analyse([], "p", numerators=nums, denominators=dens)
    assert chart_widget.drawn_flags() == expected_flags(result) and result["special_cause_points"]


def test_not_enough_data_draws_points_but_no_rules(chart_widget) -> None:
    d, pts = measure([5, 7, 6, 5, 20], chart_type="xmr")
    chart = chart_for(d, pts)
    chart_widget.set_chart(chart)
    assert chart_widget.drawn_flags() == {} and not chart.lines
    assert chart_widget.point_items["common"][1] == [0, 1, 2, 3, 4]
    assert "Not enough data for limits yet: 5 of the 12 values an XmR chart needs" in chart_widget.legend.text


def test_special_cause_is_shown_by_shape_as_well_as_colour(chart_widget) -> None:
    d, pts = measure(SHIFT, chart_type="xmr")
    pts[2] = DataPoint("m", pts[2].period, value=40.0, excluded=True, exclude_reason="Data error")
    chart_widget.set_chart(chart_for(d, pts))
    symbols = {cls: item.opts["symbol"] for cls, (item, _idx) in chart_widget.point_items.items()}
    assert len(set(symbols.values())) == len(symbols) - ("excluded" in symbols)  # excluded: hollow circle
    assert chart_widget.point_items["excluded"][1] == [2]
    assert "○" in chart_widget.legend.text and "◆" in chart_widget.legend.text


def test_hovering_a_point_shows_date_value_note_and_rule(qtbot, chart_widget) -> None:
    d, pts = measure(SHIFT, chart_type="xmr")
    pts[15] = DataPoint("m", pts[15].period, value=17.0, note="PDSA 2: new rounding chart")
    chart = chart_for(d, pts)
    chart_widget.set_chart(chart)
    qtbot.wait(10)
    chart_widget._on_mouse_moved(chart_widget.scene_pos_of(15))
    assert chart_widget.hovered_index == 15
    text = chart_widget.last_tooltip
    assert text.startswith("w/c 21 Apr 2025\nValue: 17")
    assert "Note: PDSA 2: new rounding chart" in text and "Special cause improvement" in text
    assert chart_widget.callout.isVisible() and chart_widget.callout.words() == text
    box = chart_widget.callout.sceneBoundingRect()
    visible = chart_widget.view.mapToScene(chart_widget.view.viewport().rect()).boundingRect()
    assert visible.contains(box)  # never cut off at the plot's edge
    far = chart_widget.plot.getViewBox().sceneBoundingRect().topLeft()
    chart_widget._on_mouse_moved(far)
    assert chart_widget.hovered_index == -1


def test_annotations_are_a_generic_list_of_date_label_kind(chart_widget) -> None:
    d, pts = measure(SHIFT, chart_type="run")
    chart_widget.set_chart(
        chart_for(d, pts),
        [Annotation(weeks(30)[8], "PDSA 1: huddle board", "pdsa"), Annotation(weeks(30)[14], "Ward move", "event")],
    )
    labels = [t.text() for t in chart_widget.items.text_items()]
    assert "PDSA 1: huddle board" in labels and "Ward move" in labels


def test_export_png_and_svg_include_the_title(chart_widget) -> None:
    d, pts = measure(SHIFT, chart_type="xmr", name="Falls & slips <weekly>")
    chart_widget.set_chart(chart_for(d, pts))
    assert chart_widget.png_bytes(width=800)[:4] == b"\x89PNG"
    svg = chart_widget.svg_bytes().decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "Falls &amp; slips" in svg


def test_large_text_keeps_the_chart_inside_its_widget(qtbot, chart_widget) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import apply_text_scale

    app = QApplication.instance()
    try:
        apply_text_scale(app, 200)
        d, pts = measure(SHIFT, chart_type="xmr", name="Observations on time (NEWS2) with a long name")
        chart_widget.set_chart(chart_for(d, pts))
        qtbot.wait(10)
        scene_width = chart_widget.view.centralWidget.minimumWidth()
        assert scene_width <= chart_widget.view.width()
    finally:
        apply_text_scale(app, 100)


def test_redrawing_many_times_keeps_python_alive(chart_widget) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and to True on
    each signal disconnect, and a redraw makes hundreds: with that build (now excluded in
    pyproject.toml) this loop aborted the interpreter ("none_dealloc")."""
    import sys

    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    d, pts = measure(SHIFT, chart_type="xmr", rebase=(RebasePoint(weeks(30)[12], "New bundle"),), target=12.0)
    chart = chart_for(d, pts, [Annotation(weeks(30)[3], "PDSA 1", "pdsa")])
    chart_widget.set_chart(chart)
    for _ in range(150):
        chart_widget.set_chart(chart)
    assert sys.getrefcount(None) - none_before > -1000
    assert sys.getrefcount(True) - true_before > -200


def test_the_keyboard_reads_every_point_and_the_table_lists_them(qtbot, chart_widget) -> None:
    from PySide6.QtCore import Qt

    d, pts = measure(SHIFT, chart_type="xmr")
    chart_widget.set_chart(chart_for(d, pts))
    chart_widget.setFocus()
    qtbot.keyClick(chart_widget, Qt.Key.Key_End)
    assert chart_widget.hovered_index == len(SHIFT) - 1
    visible = chart_widget.view.mapToScene(chart_widget.view.viewport().rect()).boundingRect()
    assert visible.contains(chart_widget.callout.sceneBoundingRect())  # the last point's words fit too
    qtbot.keyClick(chart_widget, Qt.Key.Key_Left)
    assert chart_widget.hovered_index == len(SHIFT) - 2
    assert chart_widget.last_tooltip.startswith("w/c 26 May 2025\nValue: 16")
    assert "Value: 16" in chart_widget.accessibleDescription()
    chart_widget.as_table.setFocus()
    qtbot.keyClick(chart_widget.as_table, Qt.Key.Key_Space)
    table = chart_widget.table
    assert table.isVisible() and table.rowCount() == len(SHIFT)
    assert table.item(12, 2).text().startswith("Special cause improvement")
    assert table.accessibleName() == "Chart points as a table"


def test_a_long_daily_series_opens_on_its_latest_points_and_shows_the_rest_on_demand(qtbot, chart_widget) -> None:
    from PySide6.QtCore import Qt

    days = [date(2025, 1, 1) + timedelta(days=i) for i in range(400)]
    rng = random.Random(3)
    d = MeasureDetails(name="Call bell (minutes)", frequency="daily", chart_type="xmr").validated()
    pts = [DataPoint("m", day, value=round(rng.gauss(4, 0.6), 1)) for day in days]
    chart = chart_for(d, pts)
    chart_widget.set_chart(chart)
    (x0, x1), _ = chart_widget.plot.getViewBox().viewRange()
    assert 90 <= x1 - x0 <= 125 and x1 >= 399
    assert chart.result["n_points"] == 400  # the analysis is of the whole series
    qtbot.mouseClick(chart_widget.whole, Qt.MouseButton.LeftButton)
    (x0, x1), _ = chart_widget.plot.getViewBox().viewRange()
    assert x0 <= 0 and x1 >= 399


def test_a_percentage_axis_ends_at_100_on_screen(chart_widget) -> None:
    d = MeasureDetails(name="Obs on time", data_kind="percentage", chart_type="p").validated()
    nums = [9, 10, 8, 10, 9, 10, 7, 10, 10, 9, 10, 10, 10]
    pts = [DataPoint("m", w, numerator=n, denominator=10) for w, n in zip(weeks(13), nums, strict=False)]
    chart_widget.set_chart(chart_for(d, pts))
    _, (y0, y1) = chart_widget.plot.getViewBox().viewRange()
    ticks = chart_widget.plot.getAxis("left")._tickLevels[0]
    assert max(value for value, _text in ticks) == 100 and ticks[-1][1] == "100%"
    assert y1 <= 100 * 1.03  # a little room for the markers, never a 125 % axis


def assert_scene_text_fits(widget) -> None:
    visible = widget.view.mapToScene(widget.view.viewport().rect()).boundingRect()
    boxes = [(_text_of(item), item.sceneBoundingRect()) for item in widget.text_items()]
    for text, box in boxes:
        assert visible.adjusted(-1, -1, 1, 1).contains(box), f"{text!r} is cut off: {box} outside {visible}"
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1 :]:
            inter = box_a.intersected(box_b)
            assert inter.width() < 1 or inter.height() < 1, f"{a!r} {box_a} overlaps {b!r} {box_b}"


def _text_of(item) -> str:
    return item.toPlainText() if hasattr(item, "toPlainText") else item.text()


@pytest.mark.parametrize("text_scale", [100, 200])
def test_every_demo_chart_on_screen_keeps_its_text_apart_and_inside(
    qtbot, chart_widget, demo_charts, text_scale
) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import apply_text_scale

    app = QApplication.instance()
    try:
        apply_text_scale(app, text_scale)
        for size in ((1000, 560), (700, 460)):
            chart_widget.resize(*size)
            for chart, marks in demo_charts:
                chart_widget.set_chart(chart, marks)
                qtbot.wait(5)
                chart_widget._relayout()
                assert_scene_text_fits(chart_widget)
    finally:
        apply_text_scale(app, 100)


def test_a_compact_chart_for_the_board_draws_the_points_and_icons_without_the_labels(qtbot, demo_charts) -> None:
    from app.ui.charts.spc_chart import SpcChart

    small = SpcChart(compact=True)
    qtbot.addWidget(small)
    small.resize(320, 180)
    small.show()
    qtbot.waitExposed(small)
    for chart, marks in demo_charts:
        small.set_chart(chart, marks)
        qtbot.wait(1)
        assert sum(len(idx) for _item, idx in small.point_items.values()) == len(small.figure.points)
        assert small.items.text_items() == [] and not small.buttons.isVisible()
        assert_scene_text_fits(small)
    assert small.icons.variation is not None or small.figure.variation_icon is None


def test_a_far_left_out_point_sits_at_the_axis_edge_and_can_still_be_read(chart_widget) -> None:
    d, pts = measure(SHIFT, chart_type="xmr")
    pts[2] = DataPoint("m", pts[2].period, value=400.0, excluded=True, exclude_reason="Typed 400 for 4.00")
    chart_widget.set_chart(chart_for(d, pts))
    _, (y0, y1) = chart_widget.plot.getViewBox().viewRange()
    assert y1 < 40  # the others are not squashed into a line
    item, indices = chart_widget.point_items["excluded"]
    assert indices == [2] and item.getData()[1][0] <= y1 and item.data["symbol"][0] == "t1"
    chart_widget._on_mouse_moved(chart_widget.scene_pos_of(2))
    assert chart_widget.hovered_index == 2 and "Typed 400 for 4.00" in chart_widget.last_tooltip
