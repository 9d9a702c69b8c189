"""The measures service: definitions and data under the envelope rules (rev checks, tombstones,
one transaction per action), and the measures worked out from the huddle sheets."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.measure import DataPoint, MeasureDetails, derived_id
from app.errors import StaleRecordError, ValidationError
from app.services.changes import Changes
from app.services.records.measures import PointEdit

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # Wednesday 4 March 2026


@pytest.fixture
def clocked(store, ward):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


def obs(store, ward, **extra):  # ANN003, ANN201
    details = MeasureDetails(
        name="Obs on time",
        data_kind="percentage",
        frequency="weekly",
        chart_type="xmr",
        target=95.0,
        definition="NEWS2 observations done within the hour",
        **extra,
    )
    measure, changes = store.measures.create(ward.id, details)
    assert changes == Changes.MEASURES
    return measure


def monday(i: int) -> date:
    return date(2025, 9, 1) + timedelta(weeks=i)


def test_a_measure_is_a_ward_record_with_the_envelope(clocked, ward) -> None:
    measure = obs(clocked, ward)
    assert measure.rev == 1 and measure.envelope.ward_id == ward.id
    assert clocked.measures.list_for_ward(ward.id) == [measure]
    assert clocked.audit.recent()[0].action == "measure created"
    renamed, _ = clocked.measures.update(
        measure.id, 1, MeasureDetails(**{**measure.details.__dict__, "name": "Obs within 1h"})
    )
    assert renamed.rev == 2 and renamed.name == "Obs within 1h"
    with pytest.raises(StaleRecordError, match="Someone else changed this measure"):
        clocked.measures.update(measure.id, 1, measure.details)


def test_bad_definitions_are_refused_with_the_field_named(clocked, ward) -> None:
    with pytest.raises(ValidationError) as error:
        clocked.measures.create(ward.id, MeasureDetails(name="Falls", data_kind="count", chart_type="p"))
    assert error.value.field == "chart_type"
    assert clocked.measures.list_for_ward(ward.id) == []


def test_typed_and_pasted_values_are_saved_in_one_action(clocked, ward) -> None:
    measure = obs(clocked, ward)
    edits = [PointEdit(monday(i), None, {"numerator": 30.0 + i, "denominator": 50.0}) for i in range(14)]
    summary, changes = clocked.measures.save_points(measure.id, edits)
    assert (summary.saved, changes) == (14, Changes.MEASURES)
    points = clocked.measures.points(measure.id)
    assert [p.period for p in points] == [monday(i) for i in range(14)]
    assert points[0].rev == 1 and points[0].envelope.ward_id == ward.id
    assert clocked.audit.recent()[0].counts == {"data_points": 14, "cleared": 0}


def test_one_bad_row_saves_nothing(clocked, ward) -> None:
    measure = obs(clocked, ward)
    edits = [
        PointEdit(monday(0), None, {"numerator": 3.0, "denominator": 4.0}),
        PointEdit(monday(1), None, {"numerator": 3.0, "denominator": 0.0}),
    ]
    with pytest.raises(ValidationError, match="w/c 08 Sep 2025: the denominator is 0"):
        clocked.measures.save_points(measure.id, edits)
    assert clocked.measures.points(measure.id) == []


def test_editing_a_point_checks_its_revision(clocked, ward) -> None:
    measure = obs(clocked, ward)
    summary, _ = clocked.measures.save_points(
        measure.id, [PointEdit(monday(0), None, {"numerator": 3.0, "denominator": 4.0})]
    )
    loaded = summary.points[0]
    clocked.measures.save_points(measure.id, [PointEdit(monday(0), loaded, {"note": "Agency staff"})])
    with pytest.raises(StaleRecordError, match="Someone else changed this data point"):
        clocked.measures.save_points(measure.id, [PointEdit(monday(0), loaded, {"numerator": 4.0})])
    kept = clocked.measures.points(measure.id)[0]
    assert (kept.numerator, kept.note, kept.rev) == (3.0, "Agency staff", 2)


def test_a_period_someone_else_filled_is_not_overwritten(clocked, ward) -> None:
    measure = obs(clocked, ward)
    clocked.measures.save_points(measure.id, [PointEdit(monday(0), None, {"numerator": 1.0, "denominator": 4.0})])
    with pytest.raises(StaleRecordError, match="Someone else entered data for w/c 01 Sep 2025"):
        clocked.measures.save_points(measure.id, [PointEdit(monday(0), None, {"numerator": 2.0, "denominator": 4.0})])


def test_one_live_point_per_measure_and_period_even_in_sql(clocked, ward) -> None:
    measure = obs(clocked, ward)
    clocked.measures.save_points(measure.id, [PointEdit(monday(0), None, {"numerator": 1.0, "denominator": 4.0})])
    row = clocked.database.rows("SELECT * FROM data_points")[0]
    row["uuid"] = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        clocked.database.execute(
            f"INSERT INTO data_points ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )


def test_clearing_a_point_tombstones_it_and_the_period_can_be_filled_again(clocked, ward) -> None:
    measure = obs(clocked, ward)
    summary, _ = clocked.measures.save_points(
        measure.id, [PointEdit(monday(0), None, {"numerator": 1.0, "denominator": 4.0})]
    )
    cleared, _ = clocked.measures.save_points(
        measure.id, [PointEdit(monday(0), summary.points[0], {"numerator": None, "denominator": None})]
    )
    assert cleared.cleared == 1 and clocked.measures.points(measure.id) == []
    stone = clocked.database.rows("SELECT deleted, rev FROM data_points")[0]
    assert stone == {"deleted": 1, "rev": 2}
    clocked.measures.save_points(measure.id, [PointEdit(monday(0), None, {"numerator": 2.0, "denominator": 4.0})])
    assert clocked.measures.points(measure.id)[0].numerator == 2.0
    with pytest.raises(sqlite3.IntegrityError, match="tombstoned"):
        clocked.database.execute("DELETE FROM data_points")


def test_excluding_needs_a_reason_and_keeps_the_point(clocked, ward) -> None:
    measure = obs(clocked, ward)
    summary, _ = clocked.measures.save_points(
        measure.id, [PointEdit(monday(0), None, {"numerator": 1.0, "denominator": 4.0})]
    )
    with pytest.raises(ValidationError, match="say why this point is excluded"):
        clocked.measures.set_excluded(measure.id, summary.points[0], True, "")
    excluded, _ = clocked.measures.set_excluded(measure.id, summary.points[0], True, "Ward closed (norovirus)")
    assert excluded.excluded and excluded.exclude_reason == "Ward closed (norovirus)" and excluded.rev == 2


def test_deleting_a_measure_tombstones_it_and_its_points(clocked, ward) -> None:
    measure = obs(clocked, ward)
    clocked.measures.save_points(
        measure.id, [PointEdit(monday(i), None, {"numerator": 1.0, "denominator": 4.0}) for i in range(3)]
    )
    clocked.measures.delete(measure.id, measure.rev)
    assert clocked.measures.list_for_ward(ward.id) == []
    assert clocked.database.rows("SELECT count(*) AS n FROM data_points WHERE deleted = 1")[0]["n"] == 3
    assert clocked.audit.recent()[0].counts == {"measures": 1, "data_points": 3}


def test_the_kind_of_data_cannot_change_once_there_is_data(clocked, ward) -> None:
    measure = obs(clocked, ward)
    clocked.measures.save_points(measure.id, [PointEdit(monday(0), None, {"numerator": 1.0, "denominator": 4.0})])
    with pytest.raises(ValidationError, match="already has 1 data point, so its kind of data cannot change"):
        clocked.measures.update(measure.id, measure.rev, MeasureDetails(name="Obs", data_kind="count"))


def test_days_between_events_from_event_dates(clocked, ward) -> None:
    measure, _ = clocked.measures.create(
        ward.id,
        MeasureDetails(
            name="Days between falls with harm", data_kind="days_between", frequency="event", chart_type="run"
        ),
    )
    for day in (date(2025, 12, 1), date(2025, 12, 20), date(2026, 1, 9)):
        clocked.measures.add_event(measure.id, day)
    with pytest.raises(ValidationError, match="already on the list"):
        clocked.measures.add_event(measure.id, date(2025, 12, 20))
    chart = clocked.measures.chart(measure.id)
    assert [p.value for p in chart.points] == [None, 19, 20]
    assert chart.problem.startswith("Not enough data for limits yet: 2 of the 10")


# -- measures from the huddle sheets -------------------------------------------------------------


def sheet(store, ward, day, *, held=True, people=6, good=4, total=6):  # ANN201
    from app.domain.huddle import Attendee, HuddleSheet

    s = HuddleSheet(
        ward_id=ward.id,
        huddle_date=day,
        slot="Morning",
        held=held,
        not_held_reason="" if held else "Staffing",
        attendees=tuple(Attendee(f"Person {i}", "HCA") for i in range(people)) if held else (),
        checkin_good=good if held else None,
        checkin_ok=(total - good) if held else None,
    )
    return store.huddles.save(s)


def test_huddle_measures_are_listed_beside_the_wards_own(clocked, ward) -> None:
    obs(clocked, ward)
    names = [m.name for m in clocked.measures.all_for_ward(ward.id)]
    assert names[0] == "Obs on time"
    assert {
        "Huddles held per week",
        "Attendance per huddle",
        "Days between harms: falls",
        "Team check-in: % Good",
        "Open actions at the end of each week",
        "Overdue actions at the end of each week",
    } <= set(names)


def test_derived_measures_follow_the_sheets_as_they_are_saved(clocked, ward) -> None:
    held_id = derived_id(ward.id, "huddles_held")
    assert clocked.measures.points(held_id) == []
    # two complete weeks: w/c 16 Feb (3 held, 1 not held) and w/c 23 Feb (1 held); this week is not counted
    for day, held in (
        (date(2026, 2, 16), True),
        (date(2026, 2, 17), True),
        (date(2026, 2, 18), False),
        (date(2026, 2, 20), True),
        (date(2026, 2, 25), True),
        (date(2026, 3, 3), True),
    ):
        sheet(clocked, ward, day, held=held, people=5 if day.day == 16 else 7)
    held = clocked.measures.points(held_id)
    assert [(p.period, p.value) for p in held] == [(date(2026, 2, 16), 3.0), (date(2026, 2, 23), 1.0)]
    attendance = clocked.measures.points(derived_id(ward.id, "attendance"))
    assert [p.value for p in attendance] == [5.0, 7.0, 7.0, 7.0, 7.0]
    checkin = clocked.measures.points(derived_id(ward.id, "checkin_good"))
    assert [(p.numerator, p.denominator) for p in checkin] == [(12.0, 18.0), (4.0, 6.0)]
    # saving another sheet shows up at once: nothing is stored
    sheet(clocked, ward, date(2026, 2, 26))
    assert [p.value for p in clocked.measures.points(held_id)] == [3.0, 2.0]
    with pytest.raises(ValidationError, match="worked out from the daily huddle sheets"):
        clocked.measures.save_points(held_id, [PointEdit(date(2026, 2, 16), None, {"value": 9.0})])


def test_days_between_harms_from_the_safety_cross_and_look_back(clocked, ward) -> None:
    from app.domain.huddle import HuddleSheet, LookBackEvent
    from app.domain.safety_cross import CrossDay

    for day in (date(2026, 1, 5), date(2026, 1, 25)):
        clocked.huddles.set_cross_day(CrossDay(ward.id, day, "falls", "harm", 1))
    clocked.huddles.set_cross_day(CrossDay(ward.id, date(2026, 1, 10), "falls", "no_harm", 1))  # not a harm
    clocked.huddles.save(
        HuddleSheet(
            ward_id=ward.id, huddle_date=date(2026, 2, 4), slot="Morning", events=(LookBackEvent("Fall", "Low harm"),)
        )
    )
    chart = clocked.measures.chart(derived_id(ward.id, "harm_gap:falls"))
    assert [(p.period, p.value) for p in chart.points] == [
        (date(2026, 1, 5), None),
        (date(2026, 1, 25), 20.0),
        (date(2026, 2, 4), 10.0),
    ]


def test_open_and_overdue_actions_at_the_end_of_each_week(clocked, ward) -> None:
    from app.domain.action import Action

    clocked.ctx.clock = lambda: datetime(2026, 2, 16, 9, tzinfo=UTC)  # Monday
    first, _ = clocked.actions.add(Action(ward.id, "Order mattresses", due=date(2026, 2, 18)))
    clocked.actions.add(Action(ward.id, "Fix the hoist", due=date(2026, 3, 20)))
    clocked.ctx.clock = lambda: datetime(2026, 2, 24, 9, tzinfo=UTC)
    clocked.actions.set_status(first, "Done")  # done on Tue 24 Feb: open and overdue at the end of w/c 16 Feb
    clocked.ctx.clock = lambda: NOW
    open_points = clocked.measures.points(derived_id(ward.id, "open_actions"))
    overdue = clocked.measures.points(derived_id(ward.id, "overdue_actions"))
    assert [(p.period, p.value) for p in open_points] == [
        (date(2026, 2, 16), 2.0),
        (date(2026, 2, 23), 1.0),
        (date(2026, 3, 2), 1.0),
    ]
    assert [p.value for p in overdue] == [1.0, 0.0, 0.0]
    assert open_points[-1].detail == "so far"


def test_the_overview_gives_every_measure_its_icons(clocked, ward) -> None:
    measure = obs(clocked, ward)
    nums = [36, 37, 35, 36, 38, 36, 37, 35, 36, 37, 36, 35, 39, 39, 40, 39, 39, 40, 39, 40]
    clocked.measures.save_points(
        measure.id,
        [PointEdit(monday(i), None, {"numerator": float(n), "denominator": 40.0}) for i, n in enumerate(nums)],
    )
    overview = dict((m.name, c) for m, c in clocked.measures.overview(ward.id))
    chart = overview["Obs on time"]
    assert chart.variation_icon == "improvement_high" and chart.assurance in ("inconsistent", "consistent_pass")
    assert overview["Huddles held per week"].problem.startswith("No data yet: nothing on the daily huddle sheets")


def test_a_point_for_a_derived_measure_cannot_be_deleted(clocked, ward) -> None:
    with pytest.raises(ValidationError):
        clocked.measures.delete_point(DataPoint(derived_id(ward.id, "attendance"), date(2026, 1, 1)))


def test_derived_series_are_reused_until_a_sheet_changes(clocked, ward) -> None:
    sheet(clocked, ward, date(2026, 2, 16))
    held_id = derived_id(ward.id, "huddles_held")
    first = dict((m.id, c) for m, c in clocked.measures.overview(ward.id))[held_id]
    again = clocked.measures.derived.all_points(ward.id)
    assert again[held_id] is clocked.measures.derived._cache[ward.id][1][held_id]  # no second read
    saved = sheet(clocked, ward, date(2026, 2, 17)).sheet
    after = dict((m.id, c) for m, c in clocked.measures.overview(ward.id))[held_id]
    assert [p.value for p in first.points] == [1.0, 0.0] and [p.value for p in after.points] == [2.0, 0.0]
    clocked.huddles.delete(saved)
    assert [p.value for p in clocked.measures.points(held_id)] == [1.0, 0.0]
