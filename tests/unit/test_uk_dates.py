"""Day-first date typing and the one on-screen date format."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.uk_dates import DateWordsError, format_day, format_moment, parse_day

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("31/12/2026", date(2026, 12, 31)),
        ("31/12/26", date(2026, 12, 31)),
        ("1/2", date(2026, 2, 1)),
        ("31.12.2026", date(2026, 12, 31)),
        ("31 12 2026", date(2026, 12, 31)),
        ("4 Dec", date(2026, 12, 4)),
        ("4th december 2027", date(2027, 12, 4)),
        ("Fri 4 Dec 2026", date(2026, 12, 4)),
        ("friday, 4 dec 2026", date(2026, 12, 4)),
        ("2026-12-31", date(2026, 12, 31)),
        ("today", TODAY),
        ("Tomorrow", date(2026, 12, 5)),
        ("+7", date(2026, 12, 11)),
        ("-1", date(2026, 12, 3)),
    ],
)
def test_day_first_typing(typed: str, expected: date) -> None:
    assert parse_day(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["31/02/2026", "12/31/2026", "4 Smarch", "soon", "", "2026-13-01"])
def test_what_is_not_a_date_is_refused_with_a_hint(typed: str) -> None:
    with pytest.raises(DateWordsError, match="day first|not a|Type a date"):
        parse_day(typed, TODAY)


def test_one_on_screen_format_and_local_times() -> None:
    assert format_day(date(2026, 12, 4)) == "Fri 4 Dec 2026"
    moment = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)
    assert format_moment(moment).startswith("Fri 4 Dec 2026 ") or format_moment(moment).startswith("Sat 5 Dec")
    assert format_moment(moment).endswith(moment.astimezone().strftime("%H:%M"))
