"""PDSA cycles: the gentle prompts, ramps with automatic numbers, the next cycle pre-filled, and
the cycles marked on their measures' charts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.measure import MeasureDetails, derived_id
from app.domain.pdsa import PdsaCycle, Question, cycle_prompts, next_cycle
from app.domain.project import Project, add_node, change_ideas
from app.errors import StaleRecordError, ValidationError
from app.services.records.measures import PointEdit

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
TODAY = date(2026, 11, 20)


@pytest.fixture
def clocked(store):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


def good_cycle(**changes) -> PdsaCycle:
    base = PdsaCycle(
        ward_id="w",
        project_id="p",
        change_idea_id="idea",
        cycle_number=1,
        start_date=TODAY - timedelta(days=3),
        questions=(Question("Will nurses use the reminder?", "Yes, on most rounds"),),
        scale_number=1,
        scale_unit="shifts",
        measure_ids=("m",),
    )
    return replace(base, **changes)


# -- prompts ------------------------------------------------------------------------------------


def test_a_well_planned_first_cycle_gets_no_prompts() -> None:
    cycle = good_cycle()
    assert cycle_prompts(cycle, [cycle], {"m": []}, today=TODAY) == []


def test_a_question_without_a_prediction_is_pointed_out() -> None:
    cycle = good_cycle(questions=(Question("Q1", "P1"), Question("Q2"), Question("Q3", " ")))
    assert cycle_prompts(cycle, today=TODAY) == [
        "Questions 2, 3 have no prediction. Write down what you expect to happen before you test: Study compares "
        "the result with it."
    ]
    assert "at least one question" in cycle_prompts(good_cycle(questions=()), today=TODAY)[0]


def test_a_first_cycle_that_is_not_small_is_pointed_out_but_a_later_one_is_not() -> None:
    big = good_cycle(scale_number=20, scale_unit="patients")
    assert "20 patients" in " ".join(cycle_prompts(big, [big], today=TODAY))
    first = good_cycle(act="Adopt", questions=(Question("Q", "P", "R"),))
    second = replace(big, cycle_number=2, previous_cycle_id="c1", envelope=None)
    first = replace(first, envelope=_envelope("c1"))
    assert cycle_prompts(second, [first, second], today=TODAY) == []


def test_cycles_not_linked_or_without_an_act_decision_are_pointed_out() -> None:
    first = replace(good_cycle(), envelope=_envelope("c1"))
    second = good_cycle(cycle_number=2)
    prompts = cycle_prompts(second, [first, second], today=TODAY)
    assert any("not linked to cycle 1" in p for p in prompts)
    assert any("Cycle 1 has no Act decision" in p for p in prompts)


def test_no_data_over_time_is_pointed_out_after_a_week() -> None:
    started = good_cycle(start_date=TODAY - timedelta(days=10))
    names = {"m": "Obs on time"}
    one_point = {"m": [TODAY - timedelta(days=30), TODAY - timedelta(days=2)]}
    assert any(
        "'Obs on time' has 1 data point since" in p
        for p in cycle_prompts(started, data_periods=one_point, measure_names=names, today=TODAY)
    )
    weekly = {"m": [TODAY - timedelta(days=9), TODAY - timedelta(days=2)]}
    assert cycle_prompts(started, data_periods=weekly, measure_names=names, today=TODAY) == []
    assert cycle_prompts(good_cycle(), data_periods={"m": []}, today=TODAY) == []  # too early to tell
    monthly = {"m": [date(2026, 10, 1)]}
    for days_ago, prompted in ((40, False), (70, True)):
        cycle = good_cycle(start_date=TODAY - timedelta(days=days_ago))
        prompts = cycle_prompts(cycle, data_periods=monthly, period_days={"m": 31}, today=TODAY)
        assert bool(prompts) is prompted  # a monthly measure gets two months before a prompt
    assert any("No measure is linked" in p for p in cycle_prompts(good_cycle(measure_ids=()), today=TODAY))


def test_deciding_before_studying_the_predictions_is_pointed_out() -> None:
    assert any("Study: write the result" in p for p in cycle_prompts(good_cycle(act="Adopt"), today=TODAY))


def test_the_next_cycle_is_pre_filled_from_this_one() -> None:
    done = replace(
        good_cycle(
            act="Adapt",
            next_plan="Try it on nights too",
            who="Siân",
            place="Bay 2",
            end_date=TODAY - timedelta(days=1),
            questions=(Question("Used?", "Yes", "Mostly", "Nights differ"),),
        ),
        envelope=_envelope("c1"),
    )
    following = next_cycle(done, 2, TODAY)
    assert (following.cycle_number, following.previous_cycle_id, following.objective) == (
        2,
        "c1",
        "Try it on nights too",
    )
    assert (following.who, following.place, following.measure_ids, following.change_idea_id) == (
        "Siân",
        "Bay 2",
        ("m",),
        "idea",
    )
    assert [(q.question, q.prediction, q.result) for q in following.questions] == [("Used?", "", "")]
    assert following.start_date == TODAY and following.act == "" and following.envelope is None


def test_bad_cycles_are_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationError, match="end before it starts") as caught:
        good_cycle(end_date=TODAY - timedelta(days=30)).validated()
    assert caught.value.field == "end_date"
    with pytest.raises(ValidationError, match="no question"):
        good_cycle(questions=(Question("", "a prediction"),)).validated()
    assert good_cycle(questions=(Question(" "),)).validated().questions == ()


# -- the service --------------------------------------------------------------------------------


@pytest.fixture
def project(clocked, ward):  # ANN201
    measure, _ = clocked.measures.create(
        ward.id, MeasureDetails(name="Obs on time", data_kind="percentage", frequency="weekly", chart_type="run")
    )
    tree, driver = add_node((), None, "Reliable rounds")
    tree, secondary = add_node(tree, driver.id, "Staff know when obs are due")
    tree, _ = add_node(tree, secondary.id, "Tablet reminders")
    tree, _ = add_node(tree, secondary.id, "Obs-due board")
    saved, _ = clocked.projects.create(Project(ward.id, "Obs on time", drivers=tree, measure_ids=(measure.id,)))
    return saved


def test_cycle_numbers_count_up_within_each_ramp(clocked, project) -> None:
    tablets, board = change_ideas(project.drivers)
    one, _ = clocked.projects.save_cycle(clocked.projects.new_cycle(project, tablets.id))
    two, _ = clocked.projects.save_cycle(clocked.projects.new_cycle(project, tablets.id))
    other, _ = clocked.projects.save_cycle(clocked.projects.new_cycle(project, board.id))
    assert [one.cycle_number, two.cycle_number, other.cycle_number] == [1, 2, 1]
    ramps = clocked.projects.ramps(project)
    assert [(r.label, [c.cycle_number for c in r.cycles]) for r in ramps] == [
        ("Tablet reminders", [1, 2]),
        ("Obs-due board", [1]),
    ]
    # a cycle started on a stale screen with a number already taken gets the next free one
    late, _ = clocked.projects.save_cycle(replace(clocked.projects.new_cycle(project, board.id), cycle_number=1))
    assert late.cycle_number == 2


def test_plan_next_cycle_saves_this_one_and_creates_the_next_linked(clocked, project) -> None:
    idea = change_ideas(project.drivers)[0]
    first = replace(
        clocked.projects.new_cycle(project, idea.id),
        act="Adapt",
        next_plan="Nights too",
        questions=(Question("Used?", "Yes", "Mostly"),),
    )
    saved, following, _ = clocked.projects.plan_next_cycle(first)
    assert saved.is_saved and following.is_saved
    assert (following.cycle_number, following.previous_cycle_id, following.objective) == (2, saved.id, "Nights too")
    assert clocked.projects.prompts_for(following)[0].startswith("Question 1 has no prediction")


def test_a_stale_cycle_save_is_refused(clocked, project) -> None:
    cycle, _ = clocked.projects.save_cycle(clocked.projects.new_cycle(project))
    clocked.projects.save_cycle(replace(cycle, objective="theirs"))
    with pytest.raises(StaleRecordError):
        clocked.projects.save_cycle(replace(cycle, objective="mine"))
    assert clocked.projects.get_cycle(cycle.id).objective == "theirs"


def test_cycles_are_annotations_on_the_charts_of_the_measures_they_collect(clocked, ward, project) -> None:
    measure_id = project.measure_ids[0]
    idea = change_ideas(project.drivers)[0]
    one, _ = clocked.projects.save_cycle(
        replace(clocked.projects.new_cycle(project, idea.id), title="One nurse", start_date=date(2026, 10, 5))
    )
    _saved, two, _ = clocked.projects.plan_next_cycle(one)
    checkin = derived_id(ward.id, "checkin_good")
    elsewhere, _ = clocked.projects.save_cycle(replace(clocked.projects.new_cycle(project), measure_ids=(checkin,)))
    marks = clocked.projects.annotations_for_measure(measure_id)
    assert [(a.when, a.label, a.kind) for a in marks] == [
        (date(2026, 10, 5), "PDSA 1: One nurse", "pdsa"),
        (TODAY, "PDSA 2: One nurse", "pdsa"),
    ]
    assert [a.label for a in clocked.projects.annotations_for_measure(checkin)] == ["PDSA 1"]
    clocked.measures.save_points(measure_id, [PointEdit(date(2026, 9, 28), None, {"numerator": 8, "denominator": 10})])
    chart = clocked.projects.linked_measures(project)[0].chart
    assert [a.label for a in chart.annotations if a.kind == "pdsa"] == ["PDSA 1: One nurse", "PDSA 2: One nurse"]
    clocked.projects.delete_cycle(two)
    assert [a.label for a in clocked.projects.annotations_for_measure(measure_id)] == ["PDSA 1: One nurse"]
    assert elsewhere.change_idea_id == ""


def test_a_measure_that_does_not_exist_has_no_cycles_to_draw(clocked) -> None:
    assert clocked.projects.annotations_for_measure("no-such-measure") == []


def _envelope(uuid: str):
    from app.domain.envelope import Envelope

    return Envelope(uuid, 1, 0, "2026-11-20T09:30:00.000Z", "2026-11-20T09:30:00.000Z", "device", "w")


def test_reflections_can_link_to_each_project_and_cycle(clocked, ward, project) -> None:
    cycle, _ = clocked.projects.save_cycle(replace(clocked.projects.new_cycle(project), title="One nurse"))
    assert clocked.projects.link_choices(ward.id) == [
        ("project", project.id, "Obs on time"),
        ("pdsa", cycle.id, "Obs on time: PDSA 1: One nurse"),
    ]
