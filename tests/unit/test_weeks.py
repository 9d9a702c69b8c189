"""One ISO-week parser (app/domain/weeks.py) for the weekly export and the weekly pack: a week
either accepts is accepted by the other, and refused the same way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.weeks import monday_of, parse_week, week_days, week_label
from app.errors import ValidationError
from tests.unit.exchange_helpers import add_ward, new_store


@pytest.fixture
def ward_store(template_database: Path, tmp_path: Path):
    store = new_store(template_database, tmp_path / "ward")
    yield store
    store.close()


@pytest.mark.parametrize("text", ["2026-W47", "2026W47", "2026-w47", " 2026-W47 "])
def test_every_spelling_names_the_same_monday(text: str) -> None:
    assert parse_week(text) == date(2026, 11, 16)
    assert week_days(text) == (date(2026, 11, 16), date(2026, 11, 22))


@pytest.mark.parametrize("text", ["W47", "2026-47", "week 47", "2026-W", "2026-W470", ""])
def test_what_is_not_a_week_is_refused_with_how_to_write_one(text: str) -> None:
    with pytest.raises(ValidationError, match="write it like 2026-W47"):
        parse_week(text)


def test_a_week_the_year_does_not_have_is_refused() -> None:
    assert parse_week("2026-W53") == date(2026, 12, 28)  # 2026 has 53 ISO weeks
    with pytest.raises(ValidationError, match="2027 has no week 53"):
        parse_week("2027-W53")


def test_labels_round_trip_across_the_new_year() -> None:
    assert week_label(date(2027, 1, 1)) == "2026-W53"  # a Friday in 2026's last week
    assert week_label(date(2026, 1, 5)) == "2026-W02"
    assert monday_of(date(2026, 11, 22)) == date(2026, 11, 16)
    for day in (date(2026, 1, 1), date(2026, 6, 30), date(2027, 1, 3)):
        assert parse_week(week_label(day)) == monday_of(day)


def test_the_export_takes_the_spellings_the_weekly_pack_takes(ward_store) -> None:
    ward_id = add_ward(ward_store)
    exports = ward_store.exchange.exports
    assert exports.prepare(ward_id, week="2026w09").week == exports.prepare(ward_id, week="2026-W09").week == "2026-W09"
