"""The culture pulse: results hidden below 5 answers, questions stored with their words and year,
charted over quarters by their words (not their number), and the team check-in from the sheets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.huddle import HuddleSheet
from app.domain.pulse import (
    MIN_RESPONSES,
    NQPS_QUESTIONS,
    PulseItem,
    PulseSurvey,
    blank_items,
    item_series,
    national_pulse_note,
    quarter_label,
    quarter_start,
)
from app.errors import StaleRecordError, ValidationError

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def clocked(store):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


def survey(ward_id: str, quarter: date, counts: dict[int, tuple[int, ...]]) -> PulseSurvey:
    items = tuple(PulseItem(i.question, counts.get(n, i.counts)) for n, i in enumerate(blank_items(), start=1))
    return PulseSurvey(ward_id, quarter, items)


def test_quarters_follow_the_nhs_financial_year() -> None:
    assert quarter_start(date(2026, 11, 20)) == date(2026, 10, 1)
    assert quarter_label(date(2026, 10, 1)) == "Q3 2026/27 (Oct–Dec 2026)"
    assert quarter_label(date(2027, 1, 1)) == "Q4 2026/27 (Jan–Mar 2027)"
    assert "not run in Q3" in national_pulse_note(date(2026, 10, 1))
    assert national_pulse_note(date(2026, 7, 1)) == ""


def test_an_item_with_fewer_than_five_answers_shows_no_result() -> None:
    question = NQPS_QUESTIONS[5]  # "I am able to make improvements happen in my area of work"
    four = PulseItem(question, (0, 1, 0, 2, 1))
    five = PulseItem(question, (0, 1, 0, 3, 1))
    assert MIN_RESPONSES == 5
    assert (four.responses, four.shown, four.positive_percent) == (4, False, None)
    assert four.summary().startswith("Hidden: fewer than 5 answers")
    assert (five.shown, five.positive_percent) == (True, 80.0)
    assert five.summary() == "80% agree or strongly agree (5 answers)"


def test_the_nine_nqps_items_keep_their_words_scales_and_year() -> None:
    assert len(NQPS_QUESTIONS) == 9
    assert NQPS_QUESTIONS[5].text == "I am able to make improvements happen in my area of work"
    assert {q.scale for q in NQPS_QUESTIONS[:3]} == {"frequency"} and {q.scale for q in NQPS_QUESTIONS[3:]} == {
        "agreement"
    }
    assert all(q.year >= 2024 for q in NQPS_QUESTIONS)


def test_items_are_charted_by_their_words_even_when_renumbered() -> None:
    q = NQPS_QUESTIONS[5]
    older = PulseSurvey("w", date(2026, 4, 1), (PulseItem(replace(q, number=6, year=2025), (0, 0, 1, 4, 1)),))
    newer = PulseSurvey("w", date(2026, 7, 1), (PulseItem(replace(q, number=2, year=2026), (0, 1, 1, 1, 1)),))
    [series] = item_series([newer, older])
    assert series.quarters == (date(2026, 4, 1), date(2026, 7, 1))
    assert series.percents == (pytest.approx(83.3, abs=0.1), None)  # the newer quarter has only 4 answers
    assert series.hidden_quarters == 1


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        ((0, -1, 0, 0, 0), "cannot be negative"),
        ((0, 1, 0, 0), "one count per answer"),
        ((0, 1.5, 0, 0, 0), "not a whole number"),
        ((0, 0, 0, 0, 5000), "more than a ward team"),
    ],
)
def test_bad_counts_are_refused_and_nothing_is_saved(clocked, ward, counts, words) -> None:
    with pytest.raises(ValidationError, match=words):
        clocked.pulse.save(survey(ward.id, date(2026, 7, 1), {1: counts}))
    assert clocked.pulse.surveys_for(ward.id) == []


def test_a_pulse_reopens_with_each_question_text_and_year(clocked, ward) -> None:
    saved, _ = clocked.pulse.save(survey(ward.id, date(2026, 7, 1), {6: (0, 1, 2, 5, 2)}))
    again = clocked.pulse.survey_for(ward.id, date(2026, 7, 1))
    assert again == saved and again.items[5].counts == (0, 1, 2, 5, 2)
    stored = clocked.database.rows("SELECT items FROM pulse_surveys")[0]["items"]
    assert "I am able to make improvements happen in my area of work" in stored and '"year":2024' in stored
    assert [s.percents[-1] for s in clocked.pulse.results(ward.id)][5] == 70.0
    with pytest.raises(ValidationError, match="not started yet"):
        clocked.pulse.save(survey(ward.id, date(2027, 1, 1), {}))


def test_two_pulses_for_the_same_quarter_are_refused(clocked, ward) -> None:
    clocked.pulse.save(survey(ward.id, date(2026, 7, 1), {}))
    with pytest.raises(StaleRecordError, match="Someone else has just entered"):
        clocked.pulse.save(survey(ward.id, date(2026, 7, 1), {}))
    first = clocked.pulse.survey_for(ward.id, date(2026, 7, 1))
    clocked.pulse.delete(first)
    assert clocked.pulse.survey_for(ward.id, date(2026, 7, 1)).is_saved is False


def test_the_team_check_in_is_counted_per_week_from_the_sheets(clocked, ward) -> None:
    for day, counts in (
        (date(2026, 11, 16), (5, 2, 1)),
        (date(2026, 11, 17), (4, 1, 0)),
        (date(2026, 11, 10), (1, 1, 1)),
    ):
        clocked.huddles.save(
            HuddleSheet(
                ward.id, day, "Morning", checkin_good=counts[0], checkin_ok=counts[1], checkin_struggling=counts[2]
            )
        )
    weeks = clocked.pulse.checkin_weeks(ward.id, weeks=4)
    assert [(w.week, w.good, w.ok, w.struggling) for w in weeks] == [
        (date(2026, 11, 9), 1, 1, 1),
        (date(2026, 11, 16), 9, 3, 1),
    ]
    chart = clocked.pulse.checkin_chart(ward.id)
    assert chart.details.name == "Team check-in: % Good"
    assert [round(p.value) for p in chart.points] == [33]  # complete weeks only: this week is not over
