"""Times on screen and in messages are the PC's own, UK style, never UTC (issue 15 item 11)."""

import time

import pytest

from app.domain.uk_dates import format_stamp
from app.storage.record_table import _local_time


@pytest.fixture
def two_hours_east(monkeypatch):
    monkeypatch.setenv("TZ", "Etc/GMT-2")  # POSIX sign: two hours ahead of UTC
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_time_is_shown_in_local_time(two_hours_east) -> None:
    assert format_stamp("2026-12-04T09:30:00.000Z") == "Fri 4 Dec 2026 11:30"
    assert format_stamp("2026-12-04T23:15:00+00:00") == "Sat 5 Dec 2026 01:15"


def test_empty_or_unreadable_stamps_are_shown_as_they_are() -> None:
    assert format_stamp("") == ""
    assert format_stamp("not a time") == "not a time"


def test_a_stale_save_message_gives_the_other_change_in_local_time(two_hours_east) -> None:
    assert _local_time("2026-12-04T09:30:00.000Z") == "11:30"
