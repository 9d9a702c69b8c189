"""Charts on paper: drawn from the analyse() result, signals in Making Data Count colours and in
distinct marker shapes (so a black-and-white print still shows them), never off the plot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.spc import analyse
from app.domain.spc.xmr import POINT_TYPE_COLOURS
from app.reports.chart_drawing import MARKERS, chart_drawing, chart_summary, nice_ticks, point_types
from app.reports.document import PrintMeta, build_pdf
from tests.unit.test_reports import PRINTED, fonts_of, pdf_text

SERIES = [5, 6, 5, 7, 6, 5, 6, 7, 8, 9, 10, 11, 12, 13, 12, 13, 14, 13, 12, 14, None, 13]
LABELS = [f"{date(2026, 1, 5) + timedelta(weeks=i):%d %b}" for i in range(len(SERIES))]


def markers_by_colour(drawing) -> dict[str, set[str]]:
    """Marker shape classes present for each fill colour (hex), from the drawing's contents."""
    out: dict[str, set[str]] = {}
    for shape in drawing.contents:
        fill = getattr(shape, "fillColor", None)
        name = {"Dots": "Circle"}.get(type(shape).__name__, type(shape).__name__)  # common-cause circles: one path
        if fill is None or name not in ("Circle", "Rect", "Polygon"):
            continue
        out.setdefault("#" + fill.hexval()[2:].lower(), set()).add(name)
    return out


@pytest.mark.parametrize(("low", "high"), [(0, 14), (3.2, 4.7), (0, 0), (0.001, 0.02), (-5, 12), (95, 1000)])
def test_the_axis_always_covers_every_value(low: float, high: float) -> None:
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high and len(ticks) >= 2


def test_xmr_special_causes_have_mdc_colours_and_their_own_shapes() -> None:
    result = analyse(SERIES, "xmr", improvement="decrease", target=8)
    types = point_types(SERIES, result, "xmr")
    assert types == result["point_types"]
    drawing = chart_drawing(LABELS, SERIES, result, "Falls", "xmr", improvement="decrease", target=8)
    found = markers_by_colour(drawing)
    improvement, concern = (POINT_TYPE_COLOURS[f"special_cause_{t}"] for t in ("improvement", "concern"))
    assert "Polygon" in found[improvement]  # diamonds
    assert "Rect" in found[concern]  # squares
    assert POINT_TYPE_COLOURS["common_cause"] not in found  # its only common-cause period is missing: no marker
    assert len(set(MARKERS.values())) == len(MARKERS)  # every type has its own shape


def test_run_chart_signals_are_classed_as_the_measures_screen_does() -> None:
    from app.domain.measure_series import _run_flags

    result = analyse(SERIES, "run")
    types = point_types(SERIES, result, "run", improvement="increase")
    flags = {f.index: f.type for f in _run_flags(result, SERIES, "increase")}
    assert flags, "the series has a shift and a trend"
    for index, kind in flags.items():
        assert types[index] == f"special_cause_{kind}"
    assert all(t == "common_cause" for i, t in enumerate(types) if i not in flags)
    assert chart_summary(result, "run")[:2] == [
        "Shift: 6 or more points in a row on one side of the median.",
        "Trend: 5 or more points in a row going up or down.",
    ]


def test_a_p_chart_is_drawn_in_the_units_the_screen_shows() -> None:
    numerators, denominators = [3, 4, 5, 2, 9, 4], [10, 12, 9, 11, 10, 12]
    result = analyse([], "p", numerators=numerators, denominators=denominators)
    percentages = [100 * n / d for n, d in zip(numerators, denominators, strict=False)]
    drawing = chart_drawing([str(i) for i in range(6)], percentages, result, "Obs on time (%)", "p", scale=100)
    tick_labels = [
        s.text for s in drawing.contents if type(s).__name__ == "String" and s.text.replace(",", "").isdigit()
    ]
    assert max(int(t.replace(",", "")) for t in tick_labels) >= max(percentages)


def test_every_point_stays_inside_the_plot_and_the_chart_prints_with_embedded_fonts() -> None:
    values = [4 + (i % 7) * 0.4 for i in range(365)]
    result = analyse(values, "xmr", rebase=[120])
    drawing = chart_drawing([f"Day {i}" for i in range(365)], values, result, "Call bell response (minutes)", "xmr")
    top = drawing.height - 18
    centres = [c for shape in drawing.contents if type(shape).__name__ == "Dots" for c in shape.centres]
    centres += [(s.cx, s.cy) for s in drawing.contents if type(s).__name__ == "Circle"]
    for _x, y in centres:
        assert 0 <= y <= top
    data = build_pdf([drawing], PrintMeta("Chart", "Ward 7", PRINTED))
    assert "Call bell response (minutes)" in pdf_text(data)
    assert all(fonts_of(data).values())


def test_excluded_points_are_drawn_hollow_and_named_in_the_legend() -> None:
    values = [5.0, 6.0, None, 7.0, 6.0]
    drawing = chart_drawing(
        list("abcde"), values, analyse(values, "run"), "With an exclusion", "run", excluded=((2, 30.0),)
    )
    hollow = [s for s in drawing.contents if type(s).__name__ == "Circle" and s.fillColor.hexval() == "0xffffff"]
    assert len(hollow) == 2  # the point and its legend swatch
    assert any(getattr(s, "text", "") == "Excluded from the calculations" for s in drawing.contents)
    assert max(s.cy for s in hollow) <= drawing.height - 18  # the axis grew to hold it


def test_no_data_says_so_instead_of_drawing_an_empty_frame() -> None:
    drawing = chart_drawing([], [], analyse([], "run"), "Nothing yet", "run")
    assert any(getattr(s, "text", "") == "No data to chart yet." for s in drawing.contents)


def test_a_five_year_daily_chart_is_a_few_shapes_not_thousands() -> None:
    """The weekly pack draws every measure's whole history: each reference line is one path per
    unbroken stretch and the common-cause points one path of dots (a shape each took seconds)."""
    import random

    rng = random.Random(5)
    values = [round(rng.gauss(5, 1), 1) if i % 50 else None for i in range(1826)]
    result = analyse(values, "xmr", rebase=[900])
    drawing = chart_drawing([f"Day {i}" for i in range(1826)], values, result, "Five years, daily", "xmr")
    (dots,) = [s for s in drawing.contents if type(s).__name__ == "Dots"]
    types = point_types(values, result, "xmr")
    assert len(dots.centres) == sum(
        1 for v, t in zip(values, types, strict=False) if v is not None and t == "common_cause"
    )
    shapes = [s for s in drawing.contents if type(s).__name__ != "String"]
    assert len(shapes) < 200, len(
        shapes
    )  # was about 7,000 (a Line per position per reference line, a Circle per point)
