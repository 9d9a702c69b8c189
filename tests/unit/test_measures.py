"""Measures in the domain: definitions, data points, UK numbers, pasting from Excel, and the chart
each measure gets (always exactly what the SPC engine returns)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.measure import (
    DataPoint,
    MeasureDetails,
    RebasePoint,
    next_period,
    period_label,
    period_range,
    period_start,
    validate_point,
)
from app.domain.measure_input import parse_clipboard, parse_date, parse_number, plan_paste
from app.domain.measure_series import Annotation, build_series, chart_for
from app.domain.spc import analyse
from app.errors import ValidationError

TODAY = date(2026, 3, 4)  # a Wednesday


# -- UK numbers, dates and the clipboard ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12.0),
        (" 12.5 ", 12.5),
        ("1,234.5", 1234.5),
        ("-3", -3.0),
        ("\u22123", -3.0),
        ("85%", 85.0),
        ("0.25", 0.25),
        (".5", 0.5),
        ("", None),
        ("   ", None),
        ("1,234,567", 1234567.0),
    ],
)
def test_uk_numbers_are_read_and_blank_is_missing(text, expected) -> None:
    assert parse_number(text) == expected


def test_a_decimal_comma_is_explained_not_misread_as_thousands() -> None:
    with pytest.raises(ValidationError, match="comma as the decimal point.*12.5"):
        parse_number("12,5")


@pytest.mark.parametrize("text", ["n/a", "#DIV/0!", "12a", "1,23,4", "1.2.3", "nan", "inf", "(5)"])
def test_text_that_is_not_a_number_is_refused_clearly(text) -> None:
    with pytest.raises(ValidationError, match="is not a number"):
        parse_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "03/03/2025",
        "3/3/25",
        "2025-03-03",
        "3 Mar 2025",
        "w/c 03 Mar 2025",
        "Mon 03 Mar 2025",
        "03/03/2025 00:00:00",
        "3-Mar-2025",
    ],
)
def test_uk_dates_in_the_usual_spellings(text) -> None:
    assert parse_date(text) == date(2025, 3, 3)


def test_an_american_date_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValidationError, match="UK format"):
        parse_date("03/31/2025")


def test_clipboard_from_excel_tabs_newlines_blank_cells_and_quoted_cells() -> None:
    assert parse_clipboard("1\n2\n\n4\n") == [["1"], ["2"], [""], ["4"]]
    assert parse_clipboard("1\t2\r\n3\t\r\n") == [["1", "2"], ["3", ""]]
    assert parse_clipboard('5\t"two\nlines"\n') == [["5", "two\nlines"]]
    assert parse_clipboard("") == [] and parse_clipboard("\n") == [[""]]


# -- periods ---------------------------------------------------------------------------------------


def test_periods_are_days_weeks_commencing_monday_and_calendar_months() -> None:
    assert period_start(date(2026, 3, 4), "weekly") == date(2026, 3, 2)
    assert period_start(date(2026, 3, 4), "monthly") == date(2026, 3, 1)
    assert next_period(date(2025, 12, 1), "monthly") == date(2026, 1, 1)
    assert period_range(date(2025, 11, 15), date(2026, 2, 3), "monthly") == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert period_label(date(2026, 3, 2), "weekly") == "w/c 02 Mar 2026"
    assert period_label(date(2026, 3, 1), "monthly") == "Mar 2026"


# -- the definition ----------------------------------------------------------------------------------


def test_a_measure_needs_a_name_and_a_chart_that_fits_its_data() -> None:
    with pytest.raises(ValidationError, match="Give the measure a name") as error:
        MeasureDetails(name="  ").validated()
    assert error.value.field == "name"
    with pytest.raises(ValidationError, match="p chart.*needs percentage data") as error:
        MeasureDetails(name="Falls", data_kind="count", chart_type="p").validated()
    assert error.value.field == "chart_type"
    with pytest.raises(ValidationError, match="u chart.*needs rate data"):
        MeasureDetails(name="Obs", data_kind="percentage", chart_type="u").validated()
    assert MeasureDetails(name="Obs", data_kind="percentage", chart_type="p").validated().chart_type == "p"
    assert MeasureDetails(name="Falls rate", data_kind="rate", chart_type="u").validated().chart_type == "u"


def test_days_between_events_are_recorded_per_event() -> None:
    with pytest.raises(ValidationError, match="Each event"):
        MeasureDetails(name="Days between falls", data_kind="days_between", frequency="weekly").validated()


def test_baselines_targets_and_rebases_are_checked() -> None:
    with pytest.raises(ValidationError, match="at least 12 points.*Making Data Count"):
        MeasureDetails(name="X", chart_type="xmr", baseline=8).validated()
    assert MeasureDetails(name="X", chart_type="xmr", baseline=0).validated().baseline is None
    with pytest.raises(ValidationError, match="between 0 and 100"):
        MeasureDetails(name="X", data_kind="percentage", target=120.0).validated()
    with pytest.raises(ValidationError, match="needs a direction"):
        MeasureDetails(name="X", improvement="neutral", target=3.0).validated()
    with pytest.raises(ValidationError, match="Say why the chart is rebased"):
        MeasureDetails(name="X", rebase=(RebasePoint(date(2026, 1, 7), "  "),)).validated()
    clean = MeasureDetails(name="  Obs   on time ", rebase=(RebasePoint(date(2026, 1, 7), "New e-obs"),)).validated()
    assert clean.name == "Obs on time" and clean.rebase[0].period == date(2026, 1, 5)  # its week's Monday


# -- data points -------------------------------------------------------------------------------------


def point(period: date, **fields) -> DataPoint:
    return DataPoint("m", period, **fields)


def test_a_denominator_of_zero_gets_a_clear_message() -> None:
    details = MeasureDetails(name="Obs", data_kind="percentage")
    with pytest.raises(ValidationError, match=r"w/c 02 Mar 2026: the denominator is 0\. A percentage needs"):
        validate_point(details, point(date(2026, 3, 4), numerator=3, denominator=0), today=TODAY)
    with pytest.raises(ValidationError, match="over 100%"):
        validate_point(details, point(date(2026, 3, 2), numerator=5, denominator=4), today=TODAY)


def test_counts_are_whole_future_periods_refused_and_exclusions_need_a_reason() -> None:
    details = MeasureDetails(name="Falls", data_kind="count", frequency="daily")
    with pytest.raises(ValidationError, match="a count is a whole number"):
        validate_point(details, point(TODAY, value=2.5), today=TODAY)
    with pytest.raises(ValidationError, match="has not started yet"):
        validate_point(details, point(TODAY + timedelta(days=1), value=2), today=TODAY)
    with pytest.raises(ValidationError, match="say why this point is excluded"):
        validate_point(details, point(TODAY, value=2, excluded=True), today=TODAY)
    ok = validate_point(details, point(TODAY, value=2, excluded=True, exclude_reason=" ward  closed "), today=TODAY)
    assert ok.exclude_reason == "ward closed"


# -- pasting -------------------------------------------------------------------------------------------


def weeks(n: int, first: date = date(2025, 1, 6)) -> list[date]:
    return [first + timedelta(weeks=i) for i in range(n)]


def test_a_pasted_column_fills_down_from_the_current_row_blank_is_missing() -> None:
    details = MeasureDetails(name="Falls", data_kind="count")
    plan = plan_paste(details, "3\n1,204\n\n5\n", fields=["value", "note"], rows=weeks(10), start_row=2, today=TODAY)
    assert plan == [
        (weeks(10)[2], {"value": 3.0}),
        (weeks(10)[3], {"value": 1204.0}),
        (weeks(10)[4], {"value": None}),
        (weeks(10)[5], {"value": 5.0}),
    ]


def test_a_paste_with_dates_goes_to_those_periods() -> None:
    details = MeasureDetails(name="Obs", data_kind="percentage")
    plan = plan_paste(
        details,
        "06/01/2025\t30\t40\n15/01/2025\t28\t40\n",
        fields=["period", "numerator", "denominator", "percent"],
        rows=[],
        start_row=0,
        today=TODAY,
    )
    assert plan == [
        (date(2025, 1, 6), {"numerator": 30.0, "denominator": 40.0}),
        (date(2025, 1, 13), {"numerator": 28.0, "denominator": 40.0}),
    ]


def test_a_bad_paste_names_the_row_and_pastes_nothing() -> None:
    details = MeasureDetails(name="Falls", data_kind="count")
    with pytest.raises(
        ValidationError, match=r"Row 2 of the paste \(w/c 13 Jan 2025\): The value 'two' is not a number"
    ):
        plan_paste(details, "1\ntwo\n3", fields=["value"], rows=weeks(5), start_row=0, today=TODAY)
    with pytest.raises(ValidationError, match="has 6 rows, but there are only 3 weeks"):
        plan_paste(details, "1\n2\n3\n4\n5\n6", fields=["value"], rows=weeks(5), start_row=2, today=TODAY)
    with pytest.raises(ValidationError, match="2 columns, but only 1"):
        plan_paste(details, "1\t2", fields=["value", "percent"], rows=weeks(5), start_row=0, today=TODAY)
    with pytest.raises(ValidationError, match="worked out for you"):
        plan_paste(details, "1", fields=["percent"], rows=weeks(5), start_row=0, today=TODAY)


# -- series and charts ---------------------------------------------------------------------------------


def weekly(values, **details):  # ANN003, ANN201
    d = MeasureDetails(name="M", **details).validated()
    pts = [point(w, value=v) for w, v in zip(weeks(len(values)), values, strict=False) if v is not None]
    return d, pts


def test_missing_periods_are_gaps_never_zeros() -> None:
    d, pts = weekly([5, None, 7])
    series = build_series(d, pts)
    assert [p.value for p in series] == [5, None, 7]
    assert series[1].label == "w/c 13 Jan 2025"


def test_days_between_events_come_from_the_event_dates() -> None:
    d = MeasureDetails(name="Days between falls", data_kind="days_between", frequency="event").validated()
    pts = [point(date(2025, 1, 1)), point(date(2025, 1, 11)), point(date(2025, 2, 1))]
    assert [p.value for p in build_series(d, pts)] == [None, 10, 21]


def test_too_few_points_say_so_and_draw_no_rules() -> None:
    d, pts = weekly([5, 6, 7, 5, 6], chart_type="xmr")
    chart = chart_for(d, pts)
    assert chart.result is None and chart.flagged == [] and chart.lines == []
    assert chart.problem.startswith("Not enough data for limits yet: 5 of the 12 values")


SHIFT = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 12, 9, 15, 16, 15, 17, 16, 15, 16, 17]


def test_an_xmr_chart_flags_exactly_what_analyse_returns() -> None:
    d, pts = weekly(SHIFT, chart_type="xmr", target=14.0)
    chart = chart_for(d, pts)
    expected = analyse(
        [float(v) for v in SHIFT], "xmr", improvement="increase", target=14.0, screen_outliers=True, rebase=[]
    )
    assert [(f.index, f.rule, f.direction, f.type) for f in chart.flagged] == [
        (p["index"], p["rule"], p["direction"], p["type"]) for p in expected["special_cause_points"]
    ]
    assert chart.flagged and chart.variation_icon == expected["variation_icon"] == "improvement_high"
    assert chart.assurance == expected["assurance"]
    assert "Making Data Count, NHSRplotthedots 0.2.2" in chart.rule_set


def test_a_rebase_splits_the_chart_into_periods_with_their_own_limits() -> None:
    d, pts = weekly(SHIFT, chart_type="xmr", rebase=(RebasePoint(weeks(20)[12], "New falls bundle"),))
    chart = chart_for(d, pts)
    assert chart.rebase_positions == [12] and chart.rebase_reasons == ["New falls bundle"]
    centres = [line for line in chart.lines if line.role == "centre"]
    assert [(c.start, c.end) for c in centres] == [(0, 11), (12, 19)]
    expected = analyse([float(v) for v in SHIFT], "xmr", rebase=[12])
    assert [c.values[0] for c in centres] == [s["mean"] for s in expected["segments"]]


def test_a_run_chart_flags_the_ihi_shift_with_its_direction() -> None:
    d, pts = weekly(SHIFT, chart_type="run", improvement="decrease")
    chart = chart_for(d, pts)
    expected = analyse([float(v) for v in SHIFT], "run", improvement="decrease", rebase=[])
    assert {f.index for f in chart.flagged} == set(expected["shift_points"]) | set(expected["trend_points"])
    assert all(f.type == "concern" for f in chart.flagged if f.rule == "shift" and f.direction == "high")
    assert chart.variation_icon == "concern_high"
    assert chart.assurance is None and "IHI rules" in chart.rule_set


def test_excluded_points_stay_on_the_chart_but_out_of_the_calculations() -> None:
    d, pts = weekly(SHIFT, chart_type="xmr")
    pts[3] = DataPoint("m", pts[3].period, value=60.0, excluded=True, exclude_reason="Ward closed for deep clean")
    chart = chart_for(d, pts)
    assert chart.points[3].value == 60.0 and chart.analysed[3] is None
    assert chart.flag_at(3) is None
    assert "Excluded from the calculations: Ward closed for deep clean" in chart.describe(3)


def test_a_p_chart_draws_limits_that_step_with_the_denominator() -> None:
    d = MeasureDetails(name="Obs", data_kind="percentage", chart_type="p").validated()
    dens = [40, 20, 40, 30, 40, 40, 25, 40, 40, 40, 35, 40, 40]
    pts = [point(w, numerator=n * 0.8, denominator=n) for w, n in zip(weeks(13), dens, strict=False)]
    chart = chart_for(d, pts)
    upper = next(line for line in chart.lines if line.role == "upper")
    expected = analyse(
        [], "p", numerators=[n * 0.8 for n in dens], denominators=dens, improvement="increase", rebase=[]
    )
    assert upper.values == tuple(v * 100 for v in expected["upper_limits"])
    assert chart.points[0].value == pytest.approx(80.0)


def test_hover_text_has_the_date_value_note_and_rule() -> None:
    d, pts = weekly(SHIFT, chart_type="xmr")
    pts[15] = DataPoint("m", pts[15].period, value=17.0, note="PDSA 2: new rounding chart")
    chart = chart_for(d, pts, [Annotation(weeks(20)[14], "PDSA 1", "pdsa")])
    text = chart.describe(15)
    assert text.splitlines()[0] == "w/c 21 Apr 2025"
    assert "Value: 17" in text and "Note: PDSA 2: new rounding chart" in text and "Special cause improvement" in text
    assert [(a.label, a.kind) for a in chart.annotations] == [
        ("PDSA 1", "pdsa"),
        ("PDSA 2: new rounding chart", "note"),
    ]
