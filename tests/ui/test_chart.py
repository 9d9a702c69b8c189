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
    labels = [item.label.toPlainText() for item in chart_widget.plot.items if hasattr(item, "label") and item.label]
    assert "Rebased: New falls bundle" in labels


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
    assert "Run chart: IHI rules" in chart_widget.legend.text


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
    far = chart_widget.plot.getViewBox().sceneBoundingRect().topLeft()
    chart_widget._on_mouse_moved(far)
    assert chart_widget.hovered_index == -1


def test_annotations_are_a_generic_list_of_date_label_kind(chart_widget) -> None:
    d, pts = measure(SHIFT, chart_type="run")
    chart_widget.set_chart(
        chart_for(d, pts),
        [Annotation(weeks(30)[8], "PDSA 1: huddle board", "pdsa"), Annotation(weeks(30)[14], "Ward move", "event")],
    )
    labels = [item.label.toPlainText() for item in chart_widget.plot.items if hasattr(item, "label") and item.label]
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
