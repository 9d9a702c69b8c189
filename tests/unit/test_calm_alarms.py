"""Calm alarms: no "export due" before a ward has a week of data; only the oldest few overdue
actions are loud."""

from __future__ import annotations

from datetime import date

from app.domain.action import Action, loudest_overdue, overdue_words
from app.domain.huddle import HuddleSheet

DAY = date(2026, 11, 20)


def sheet(ward) -> HuddleSheet:
    return HuddleSheet(ward_id=ward.id, huddle_date=DAY, slot="Morning")


def test_export_reminders_wait_for_a_week_of_data(store, ward) -> None:
    assert not store.huddles.has_a_week_of_data(ward.id, DAY)
    store.huddles.save(sheet(ward))
    assert not store.huddles.has_a_week_of_data(ward.id, DAY)
    assert not store.huddles.has_a_week_of_data(ward.id, date(2026, 11, 26))
    assert store.huddles.has_a_week_of_data(ward.id, date(2026, 11, 27))


def test_the_oldest_few_overdue_actions_are_the_loud_ones() -> None:
    actions = [Action("w", f"a{d}", due=date(2026, 11, d)) for d in (10, 2, 15, 5, 30, 3)]
    assert loudest_overdue(actions, DAY, few=3) == {1, 5, 3}
    assert overdue_words(actions[0], DAY) == "⚠ Overdue 10 days"
    assert overdue_words(actions[4], DAY) == ""
