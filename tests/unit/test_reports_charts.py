"""Charts on paper: the same figure the screen draws, signals in Making Data Count colours and in
distinct marker shapes (so a black-and-white print still shows them), excluded points hollow and
off the line, a percentage axis that ends at 100 %, and no text that collides or leaves the page."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from app.domain.chart_figure import POINT_SHAPES
from app.domain.chart_figure.model import BLUE, GREY, ORANGE, nice_ticks
from app.domain.spc import analyse
from app.reports.chart_drawing import chart_drawing, figure_drawing, text_boxes
from app.reports.document import PrintMeta, build_pdf
from tests.unit.test_reports import PRINTED, fonts_of, pdf_text

SERIES = [5, 6, 5, 7, 6, 5, 6, 7, 8, 9, 10, 11, 12, 13, 12, 13, 14, 13, 12, 14, None, 13]
LABELS = [f"{date(2026, 1, 5) + timedelta(weeks=i):%d %b %Y}" for i in range(len(SERIES))]


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


def assert_text_fits(drawing) -> None:
    """No two strings overlap and every string lies inside the drawing."""
    boxes = text_boxes(drawing)
    for text, x0, y0, x1, y1 in boxes:
        assert x0 >= -0.01 and x1 <= drawing.width + 0.01, f"{text!r} leaves the page sideways"
        assert y0 >= -0.01 and y1 <= drawing.height + 0.01, f"{text!r} leaves the drawing"
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = min(a[3], b[3]) - max(a[1], b[1]) > 0.3 and min(a[4], b[4]) - max(a[2], b[2]) > 0.3
            assert not overlap, f"{a[0]!r} overlaps {b[0]!r}"


@pytest.mark.parametrize(("low", "high"), [(0, 14), (3.2, 4.7), (0, 0), (0.001, 0.02), (-5, 12), (95, 1000)])
def test_the_axis_always_covers_every_value(low: float, high: float) -> None:
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high and len(ticks) >= 2


def test_xmr_special_causes_have_mdc_colours_and_their_own_shapes() -> None:
    result = analyse(SERIES, "xmr", improvement="decrease", target=8)
    drawing = chart_drawing(LABELS, SERIES, result, "Falls", "xmr", improvement="decrease", target=8)
    found = markers_by_colour(drawing)
    assert "Polygon" in found[BLUE.lower()]  # diamonds
    assert "Rect" in found[ORANGE.lower()]  # squares
    shapes = [shape for shape, _colour in POINT_SHAPES.values()]
    assert len(set(shapes)) == len(shapes) - 1  # every kind its own shape; excluded: a hollow circle
    assert_text_fits(drawing)


def test_a_percentage_axis_ends_at_100_even_when_the_limits_would_pass_it() -> None:
    numerators, denominators = (
        [9, 10, 8, 10, 9, 10, 7, 10, 10, 9, 10, 10],
        [10, 10, 9, 10, 10, 10, 8, 10, 10, 10, 10, 10],
    )
    result = analyse([], "p", numerators=numerators, denominators=denominators)
    drawing = chart_drawing([f"w{i}" for i in range(12)], [], result, "Obs on time (%)", "p", scale=100)
    ticks = [s.text for s in drawing.contents if type(s).__name__ == "String" and s.text.endswith("%")]
    ticks = [t for t in ticks if t[:-1].replace(".", "").isdigit()]
    assert ticks and max(float(t[:-1]) for t in ticks) == 100
    assert_text_fits(drawing)


def test_every_point_stays_inside_the_plot_and_the_chart_prints_with_embedded_fonts() -> None:
    values = [4 + (i % 7) * 0.4 for i in range(365)]
    result = analyse(values, "xmr", rebase=[120])
    drawing = chart_drawing([f"Day {i}" for i in range(365)], values, result, "Call bell response (minutes)", "xmr")
    centres = [c for shape in drawing.contents if type(shape).__name__ == "Dots" for c in shape.centres]
    for _x, y in centres:
        assert 0 <= y <= drawing.height - 16
    assert_text_fits(drawing)
    data = build_pdf([drawing], PrintMeta("Chart", "Ward 7", PRINTED))
    assert "Call bell response (minutes)" in pdf_text(data)
    assert all(fonts_of(data).values())


def test_excluded_points_are_hollow_named_in_the_legend_and_not_joined_by_the_line() -> None:
    values = [5.0, 6.0, None, 7.0, 6.0, None, 6.0, 7.0, 6.0, 5.0, 6.0]
    labels = [f"{i} Mar 2026" for i in range(1, 12)]
    drawing = chart_drawing(labels, values, analyse(values, "run"), "Left out", "run", excluded=((5, 6.5),))
    hollow = [s for s in drawing.contents if type(s).__name__ == "Circle" and s.fillColor.hexval() == "0xffffff"]
    assert len(hollow) == 2  # the point and its legend swatch
    assert any(getattr(s, "text", "") == "Left out of the calculations (hollow circle)" for s in drawing.contents)
    point = min(hollow, key=lambda s: s.cx)
    if point.cx < 40:  # the legend swatch sits at the far left
        point = max(hollow, key=lambda s: s.cx)
    for line in (s for s in drawing.contents if type(s).__name__ == "PolyLine"):
        xs = line.points[0::2]
        assert all(abs(x - point.cx) > 1 for x in xs), "no line runs to the excluded point (no spike)"


def test_a_left_out_point_far_off_the_scale_does_not_squash_the_others() -> None:
    from app.domain.chart_figure.from_result import figure_from_result

    values = [5.0, 6.0, None, 7.0, 6.0, 5.0, 6.0, 7.0, 6.0, 5.0, 6.0]
    labels = [f"{i} Mar 2026" for i in range(1, 12)]
    figure = figure_from_result("Call bell", labels, values, analyse(values, "run"), "run", excluded=((2, 30.0),))
    assert figure.y_ticks()[-1] < 15  # the axis fits the data, not the data error
    assert [p.index for p in figure.off_scale()] == [2]
    assert any(line.startswith("Off the scale") and "30" in line for line in figure.caption)
    drawing = figure_drawing(figure)
    triangles = [s for s in drawing.contents if type(s).__name__ == "Polygon" and s.fillColor.hexval() == "0xffffff"]
    assert len(triangles) == 1  # drawn at the top edge, hollow
    assert_text_fits(drawing)


def test_no_data_says_so_instead_of_drawing_an_empty_frame() -> None:
    drawing = chart_drawing([], [], analyse([], "run"), "Nothing yet", "run")
    assert any(getattr(s, "text", "") == "No data to chart yet." for s in drawing.contents)


def test_a_five_year_daily_chart_opens_on_its_latest_points_and_is_a_few_shapes() -> None:
    """The analysis is of the whole series; the drawing shows the latest 120 points (a comb of
    1,800 points is unreadable) as one path of dots and one path per reference line stretch."""
    rng = random.Random(5)
    values = [round(rng.gauss(5, 1), 1) if i % 50 else None for i in range(1826)]
    result = analyse(values, "xmr", rebase=[900])
    drawing = chart_drawing([f"Day {i}" for i in range(1826)], values, result, "Five years, daily", "xmr")
    (dots,) = [s for s in drawing.contents if type(s).__name__ == "Dots"]
    shown = range(1826 - 120, 1826)
    common = [i for i in shown if values[i] is not None and result["point_types"][i] == "common_cause"]
    assert len(dots.centres) == len(common)
    shapes = [s for s in drawing.contents if type(s).__name__ != "String"]
    assert len(shapes) < 200, len(shapes)
    assert GREY


def test_every_demo_chart_on_paper_keeps_its_text_apart_and_inside(demo_charts) -> None:
    from app.domain.chart_figure import figure_for
    from app.reports import styles as st

    assert len(demo_charts) >= 8
    for chart, marks in demo_charts:
        figure = figure_for(chart, marks)
        for width, height in ((st.FRAME_WIDTH, 70 * st.MM), (st.FRAME_WIDTH, 54 * st.MM), (90 * st.MM, 55 * st.MM)):
            assert_text_fits(figure_drawing(figure, width=width, height=height))


def test_a_printed_rebase_line_carries_its_reason_and_the_caption_says_it_in_full() -> None:
    from app.domain.chart_figure import figure_for
    from app.domain.measure import DataPoint, MeasureDetails, RebasePoint
    from app.domain.measure_series import chart_for

    start = date(2026, 1, 5)
    reason = "New falls bundle on every bay, agreed at the falls group in March"
    d = MeasureDetails(
        name="Falls", chart_type="xmr", rebase=(RebasePoint(start + timedelta(weeks=12), reason),)
    ).validated()
    pts = [DataPoint("m", start + timedelta(weeks=i), value=float(v)) for i, v in enumerate(SERIES) if v is not None]
    figure = figure_for(chart_for(d, pts))
    drawing = figure_drawing(figure)
    assert any(s.text.startswith("Rebased: New falls bundle") for s in drawing.contents if hasattr(s, "text"))
    assert any(reason in line for line in figure.caption)
    assert_text_fits(drawing)
