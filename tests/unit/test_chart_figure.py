"""The chart description both renderers draw: plain words, label placement that never collides,
honest summaries, the aim's own target, cycles of two change ideas told apart."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.domain.chart_figure import AimTarget, figure_for
from app.domain.chart_figure.layout import place_lanes, spread
from app.domain.chart_figure.model import FigureMark
from app.domain.measure import DataPoint, MeasureDetails
from app.domain.measure_series import Annotation, chart_for

JARGON = ("position", "NHSRplotthedots", "qicharts2", "Anhøj", "3.267", "2.66", "UPL", "LPL", "sigma", "Mean ")


def weekly(values, **details):  # ANN003, ANN201
    d = MeasureDetails(name=details.pop("name", "Falls"), **details).validated()
    start = date(2026, 1, 5)
    return d, [DataPoint("m", start + timedelta(weeks=i), value=float(v)) for i, v in enumerate(values)]


def test_lane_labels_never_overlap_stay_inside_and_no_leader_crosses_a_label() -> None:
    rng = random.Random(7)
    for _ in range(200):
        left, right = 30.0, rng.uniform(200, 900)
        marks = []
        for k in range(rng.randint(1, 12)):
            text = "PDSA " + str(k) + ": " + "word " * rng.randint(0, 8)
            mark = FigureMark(0, "pdsa", (text.strip(), f"PDSA {k}"), text, "#000", "dashed")
            marks.append((rng.uniform(left, right), mark))
        placed = place_lanes(marks, lambda t: 6.0 * len(t), left, right, max_lanes=3)
        shown = [p for p in placed if p.text]
        for p in shown:
            assert left <= p.left and p.left + p.width <= right + 1e-9
        for i, a in enumerate(shown):
            for b in shown[i + 1 :]:
                if a.lane == b.lane:
                    assert a.left + a.width <= b.left or b.left + b.width <= a.left
                low, high = (a, b) if a.lane < b.lane else (b, a)
                if low.lane != high.lane:  # the higher label's leader drops straight down at its date
                    assert not (low.left - 0.5 <= high.x <= low.left + low.width + 0.5)


def test_right_margin_labels_spread_apart_inside_the_plot_and_drop_what_cannot_fit() -> None:
    centres = spread([50.0, 51.0, 52.0, 200.0], 12.0, 40.0, 210.0)
    placed = sorted(c for c in centres if c is not None)
    assert all(b - a >= 12.0 - 1e-9 for a, b in zip(placed, placed[1:], strict=False))
    assert placed[0] - 6 >= 40.0 and placed[-1] + 6 <= 210.0
    first, second, third = spread([10.0, 11.0, 12.0], 12.0, 0.0, 25.0)  # room for two labels only
    assert first is not None and second is not None and third is None


def test_lines_have_plain_names_and_the_icon_words_say_what_they_describe() -> None:
    values = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 12, 9, 15, 16, 15, 17, 16, 15, 16, 17, 16, 18]
    d, pts = weekly(values, chart_type="xmr", target=14.0)
    figure = figure_for(chart_for(d, pts))
    assert [line.name for line in figure.lines] == ["Upper limit", "Average", "Lower limit", "Target"]
    assert figure.summary[0] == "Latest point: special cause improvement, higher (H)."
    assert figure.summary[1].startswith("Special cause: ") and "most recent 01 Jun 2026" in figure.summary[1]
    assert figure.summary[2].startswith(("Hit and miss (?)", "Consistently"))  # assurance in words
    words = " ".join(figure.summary + figure.caption + [e.text for e in figure.legend])
    for jargon in JARGON:
        assert jargon not in words, jargon
    assert "NHSRplotthedots 0.2.2" in " ".join(figure.how)  # the detail is one click away
    assert "Average (solid line)" in words and "Upper and lower limits (dashed line)" in words


def test_demo_captions_are_plain_english_and_empty_icons_say_why(demo_charts) -> None:
    said_why = 0
    for chart, marks in demo_charts:
        figure = figure_for(chart, marks)
        words = " ".join(figure.summary + figure.caption + figure.key + [e.text for e in figure.legend])
        for jargon in JARGON:
            assert jargon not in words, (figure.title, jargon)
        if figure.variation_icon is None and figure.points:
            assert "not enough points for limits yet" in figure.summary[0]
            said_why += 1
        if chart.details.data_kind == "percentage":
            assert figure.y_ticks()[-1] <= 100 and figure.y_ticks(0, figure.n - 1)[-1] <= 100
    assert said_why >= 3  # the three "days between harms" measures


def test_a_percentage_axis_ends_at_100() -> None:
    d = MeasureDetails(name="Obs on time", data_kind="percentage", chart_type="p").validated()
    start = date(2026, 1, 5)
    pts = [DataPoint("m", start + timedelta(weeks=i), numerator=9 + (i % 2), denominator=10) for i in range(14)]
    figure = figure_for(chart_for(d, pts))
    assert figure.y_ticks()[-1] == 100 and figure.y_range()[1] <= 100


def test_a_long_daily_series_opens_on_its_latest_points_with_the_whole_analysis() -> None:
    d = MeasureDetails(name="Call bell", frequency="daily", chart_type="xmr").validated()
    rng = random.Random(2)
    pts = [DataPoint("m", date(2026, 1, 1) + timedelta(days=i), value=round(rng.gauss(4, 0.5), 1)) for i in range(365)]
    chart = chart_for(d, pts)
    figure = figure_for(chart)
    assert figure.window == (365 - 120, 364) and figure.windowed
    assert len(figure.points) == 365 and chart.result["n_points"] == 365
    assert any("Showing the latest 120 of 365 points" in line for line in figure.caption)


def test_the_projects_aim_is_drawn_from_the_aim_not_the_measure_target() -> None:
    values = [80, 82, 79, 81, 83, 80, 78, 82, 81, 80, 79, 81, 84]
    d = MeasureDetails(name="Obs on time", data_kind="percentage", chart_type="xmr", target=90.0).validated()
    start = date(2026, 1, 5)
    pts = [DataPoint("m", start + timedelta(weeks=i), numerator=v, denominator=100) for i, v in enumerate(values)]
    figure = figure_for(chart_for(d, pts), aim=AimTarget(95.0, "95% by 31 Mar 2027"))
    lines = {line.name: line.values[-1] for line in figure.lines}
    assert lines["Target"] == 90.0 and lines["Aim"] == 95.0
    assert any("aim: 95% by 31 Mar 2027" in line for line in figure.caption)


def test_two_cycles_numbered_1_for_different_change_ideas_read_apart() -> None:
    d, pts = weekly(list(range(12)), chart_type="run")
    marks = [
        Annotation(pts[3].period, "PDSA 1: Tablet reminders", "pdsa", group="Obs: E-obs reminders"),
        Annotation(pts[6].period, "PDSA 1: Obs-due board", "pdsa", group="Obs: Obs-due board"),
    ]
    figure = figure_for(chart_for(d, pts), marks)
    texts = [m.texts[0] for m in figure.marks]
    assert texts == ["PDSA A1: Tablet reminders", "PDSA B1: Obs-due board"]
    assert any("cycles testing Obs: Obs-due board" in k for k in figure.key)


def test_the_aim_belongs_to_the_projects_only_measure_or_the_one_its_words_name() -> None:
    from app.domain.chart_figure.aim import aim_target_for
    from app.domain.project import Aim, Project

    aim = Aim("NEWS2 observations done on time", 79, 95, "%", date(2027, 3, 31))
    alone = Project(ward_id="w", title="Obs", aim=aim, measure_ids=("m1",))
    assert aim_target_for(alone, "m1", "Observations on time (NEWS2)") == AimTarget(95, "95% by 31 Mar 2027")
    assert aim_target_for(alone, "m2", "Falls") is None  # not one of the project's measures
    several = Project(ward_id="w", title="Obs", aim=aim, measure_ids=("m1", "m2"))
    assert aim_target_for(several, "m1", "Observations on time (NEWS2)") is not None
    assert aim_target_for(several, "m2", "Escalations within 1 hour") is None  # a balancing measure
