"""Printing through the services, on the demo ward: the right records are loaded and printed,
unknown dates and wards are explained, files are written atomically, and a print job may run on a
worker thread with the page's own store."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.weeks import parse_week
from app.errors import NotFound, ValidationError
from app.services import printing
from tests.unit.test_reports import (
    assert_every_page_is_a4_with_footer,
    assert_printed,
    fonts_of,
    page_texts,
    pages,
    pdf_text,
)

END = date(2026, 11, 20)


def clock() -> datetime:
    return datetime(2026, 11, 19, 16, 45, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store

    path = tmp_path_factory.mktemp("demo") / "wardhuddle.sqlite3"
    store = open_store(path, clock=clock)
    build_demo(store, DemoPlan(weeks=2, end=END))
    store.close()
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator:
    with printing.reading_store(demo_file, clock) as store:
        yield store


def test_a_saved_sheet_prints_with_its_values_actions_and_cross(demo) -> None:
    ward = printing.resolve_ward(demo)
    sheet = printing.find_sheet(demo, ward, date(2026, 11, 19))
    data = printing.huddle_sheet_pdf(demo, ward.id, date(2026, 11, 19), "morning")
    text = pdf_text(data)
    assert_printed(
        text,
        ward.name,
        "Thu 19 Nov 2026",
        sheet.leader,
        sheet.nurse_in_charge,
        sheet.start_time,
        sheet.end_time,
        *(a.name for a in sheet.attendees),
        *(p.bed for p in sheet.at_risk),
        "days since harm",
    )
    for action in printing.sheet_actions(demo, sheet):
        assert_printed(text, action.text)
    assert_every_page_is_a4_with_footer(data, ward.name)
    assert all(fonts_of(data).values())


def test_unknown_dates_slots_wards_and_weeks_are_explained(demo) -> None:
    ward = printing.resolve_ward(demo)
    with pytest.raises(NotFound, match="no huddle sheet for Ward 7 .* on 01 Jan 2025"):
        printing.huddle_sheet_pdf(demo, ward.id, date(2025, 1, 1))
    with pytest.raises(NotFound, match="no evening huddle sheet"):
        printing.find_sheet(demo, ward, date(2026, 11, 19), "Evening")
    with pytest.raises(NotFound, match="no ward called 'Ward 99'"):
        printing.resolve_ward(demo, "Ward 99")
    assert printing.resolve_ward(demo, "w7").id == printing.resolve_ward(demo, "Ward 7 (Respiratory)").id
    with pytest.raises(ValidationError, match="write it like 2026-W47"):
        parse_week("week 47")
    with pytest.raises(ValidationError, match="has no week 54"):
        parse_week("2026-W54")
    assert parse_week("2026-W47") == parse_week("2026w47") == date(2026, 11, 16)
    with pytest.raises(NotFound, match="no reflection"):
        printing.reflection_pdf(demo, "no-such-id")


def test_the_weekly_pack_is_a_summary_with_the_actions_the_cross_and_the_charts(demo) -> None:
    ward = printing.resolve_ward(demo)
    data = printing.week_pack_pdf(demo, ward.id, "2026-W47")
    texts = page_texts(data)
    text, first_page = " ".join(texts), texts[0]
    assert len(texts) <= 8
    sheets = demo.huddles.sheets_between(ward.id, date(2026, 11, 16), date(2026, 11, 19))
    assert len(sheets) == 4  # up to Thursday 19th, the (injected) day of printing
    assert_printed(first_page, "The week at a glance", "Huddles held", "Harms this week", "Contents", "Actions")
    for sheet in sheets:
        assert f"{sheet.huddle_date:%a %d}" in first_page  # one line a huddle, not a sheet a day
    assert "Daily safety huddle ·" not in text  # the daily sheets only with --with-sheets
    for action in demo.actions.as_of(ward.id, date(2026, 11, 19)):
        if action.is_open:
            assert_printed(text, action.text)
    assert_printed(
        text,
        "Safety cross",
        "Huddle length (minutes)",
        "Attendance (people at the huddle)",
        "The ward's measures",
        *(m.name for m, _chart in demo.measures.overview(ward.id)),
    )
    assert_every_page_is_a4_with_footer(data, ward.name, texts)
    with_sheets = page_texts(printing.week_pack_pdf(demo, ward.id, "2026-W47", with_sheets=True))
    assert len(with_sheets) >= len(texts) + len(sheets)
    assert all(f"Daily safety huddle · {s.huddle_date:%a %d %b %Y}" in " ".join(with_sheets) for s in sheets)


def test_a_week_with_nothing_recorded_prints_nothing_and_says_so(demo) -> None:
    ward = printing.resolve_ward(demo)
    with pytest.raises(printing.NothingToPrint, match="Nothing was recorded for Ward 7 .* in 2020-W01"):
        printing.week_pack_pdf(demo, ward.id, "2020-W01")


def test_blank_forms_need_no_data_file_and_use_the_wards_settings_when_given(demo) -> None:
    counts = {}
    for kind in printing.BLANK_KINDS:
        counts[kind] = len(pages(printing.blank_pdf(kind)))
    assert counts["huddle"] == 2 and counts["safety-cross"] == 1
    assert counts["post-event"] <= 2 and counts["later-reflection"] <= 2
    both = page_texts(printing.blank_pdf("reflection"))
    assert len(both) == counts["post-event"] + counts["later-reflection"]
    # each form numbered on its own: the later reflection starts again at page 1
    numbers = [re.search(r"Page (\d+) of (\d+)", t).groups() for t in both]  # type: ignore[union-attr]
    first_later = counts["post-event"]
    assert numbers[first_later] == ("1", str(counts["later-reflection"]))
    assert numbers[0] == ("1", str(counts["post-event"]))
    ward = printing.resolve_ward(demo)
    for_ward = printing.blank_pdf("huddle", demo, ward.id)
    assert len(pages(for_ward)) == 2
    text = pdf_text(for_ward)
    assert_printed(text, ward.name, *(h.name for h in ward.details.focus_harms))
    with pytest.raises(ValidationError, match="not a blank form"):
        printing.blank_pdf("pdsa")


def test_a_reflection_prints_by_id(demo) -> None:
    ward = printing.resolve_ward(demo)
    row = demo.reflections.search(ward.id)[0]
    text = pdf_text(printing.reflection_pdf(demo, row.reflection.id))
    assert_printed(
        text,
        row.reflection.facilitator,
        row.reflection.learned,
        *(a.text for a in demo.reflections.follow_up_actions(row.reflection)),
    )


def test_a_print_job_runs_on_a_worker_thread_with_the_pages_own_store(demo_file: Path) -> None:
    from app.services.store import open_store

    store = open_store(demo_file, clock=clock)  # opened on this (main) thread, like the app's
    try:
        ward = printing.resolve_ward(store)
        out: dict[str, object] = {}

        def job() -> None:
            try:
                out["pdf"] = printing.huddle_sheet_pdf(store, ward.id, date(2026, 11, 19))
            except Exception as error:  # reported below
                out["error"] = error

        worker = threading.Thread(target=job)
        worker.start()
        worker.join(60)
        assert "error" not in out, out.get("error")
        assert ward.name in pdf_text(out["pdf"])  # type: ignore[arg-type]
    finally:
        store.close()


def test_pdfs_are_written_atomically_and_temporary_copies_get_fresh_names(tmp_path: Path, monkeypatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    printing.write_pdf(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["sheet.pdf"]  # no temporary file left behind
    first, second = printing.temp_pdf("Huddle: 19/11", b"%PDF-1"), printing.temp_pdf("Huddle: 19/11", b"%PDF-2")
    assert first != second and first.read_bytes() == b"%PDF-1" and ":" not in first.name
    assert first.parent == tmp_path / printing.TEMP_FOLDER


def test_a_reprinted_past_sheet_shows_the_cross_and_the_actions_as_they_stood_that_day(demo) -> None:
    ward = printing.resolve_ward(demo)
    falls = next(m for m in demo.huddles.cross_month(ward.id, 2026, 11) if m.harm.key == "falls")
    assert falls.boxes[11] == "harm"  # the demo's fall with harm on 12 Nov

    def sheet_on(day: date):  # ANN202
        return printing.find_sheet(demo, ward, day)

    before = printing.huddle_print(demo, sheet_on(date(2026, 11, 11)), with_month_cross=True)
    cross = next(m for m in before.cross_months if m.harm.key == "falls")
    assert cross.boxes[10] == "none" and all(b is None for b in cross.boxes[11:])  # the day after is absent
    text_before = page_texts(printing.sheet_pdf(demo, sheet_on(date(2026, 11, 11)), with_month_cross=True))[-1]
    text_on = page_texts(printing.sheet_pdf(demo, sheet_on(date(2026, 11, 12)), with_month_cross=True))[-1]
    assert text_on.count("✗") == text_before.count("✗") + 1  # the key has ✗ too; the 12th adds one box
    assert "As it stood on 11 Nov 2026" in text_before

    # "Chase pharmacy" was raised on 10 Nov and done on 15 Nov: open on the 12th, gone by the 16th
    chase = next(a for a in demo.actions.register(ward.id) if a.text.startswith("Chase pharmacy"))
    assert chase.status == "Done" and chase.closed_on == date(2026, 11, 15)
    on_12th = {a.text: a for a in printing.sheet_actions(demo, sheet_on(date(2026, 11, 12)))}
    assert on_12th[chase.text].status == "Open" and on_12th[chase.text].closed_on is None
    assert chase.text not in {a.text for a in printing.sheet_actions(demo, sheet_on(date(2026, 11, 16)))}
    # "Add the NEWS2 trend" was due on the 19th: on time on the 19th, a day overdue on the 20th, in words
    trend = next(a for a in demo.actions.register(ward.id) if a.text.startswith("Add the NEWS2 trend"))
    assert trend.due == date(2026, 11, 19)
    assert "1 day overdue" not in pdf_text(printing.sheet_pdf(demo, sheet_on(date(2026, 11, 19))))
    assert "1 day overdue" in pdf_text(printing.sheet_pdf(demo, sheet_on(date(2026, 11, 20))))


def test_the_sheets_the_demo_prints_are_one_page_and_a_not_held_day_one_page_with_its_banner(demo) -> None:
    ward = printing.resolve_ward(demo)
    counts = {}
    for sheet in demo.huddles.sheets_between(ward.id, date(2026, 11, 7), date(2026, 11, 20)):
        data = printing.sheet_pdf(demo, sheet)
        counts[sheet.huddle_date] = (sheet.held, len(pages(data)))
        if not sheet.held:
            assert "HUDDLE NOT HELD" in pdf_text(data)
    assert all(n == 1 for _held, n in counts.values()), counts
    assert any(not held for held, _n in counts.values())  # the demo has a day not held


def test_a_sheet_typed_up_days_later_still_lists_its_own_actions(store, ward) -> None:
    from datetime import timedelta

    from app.domain.action import Action
    from app.domain.huddle import HuddleSheet

    today = store.actions.today()
    sheet = store.huddles.save(HuddleSheet(ward.id, today - timedelta(days=3), "Morning")).sheet
    action, _ = store.actions.add(Action(ward.id, "Fix the hoist", owner="Sam", due=today, source_id=sheet.id))
    assert action.raised_on == today  # raised when typed up
    listed = printing.sheet_actions(store, sheet)
    assert [a.text for a in listed] == ["Fix the hoist"] and listed[0].status == "Open"
    assert "Fix the hoist" in pdf_text(printing.sheet_pdf(store, sheet))


def test_the_weekly_packs_measure_charts_come_from_one_read_of_the_huddle_sheets(demo, monkeypatch) -> None:
    """Every chart worked out from the daily sheets (huddles held, attendance, check-ins, days
    between harms...) is drawn from one read of the ward's history, not one read a chart, and
    each is the chart of that measure's own points up to the pack's day."""
    from app.domain.measure_series import chart_for
    from app.services.printing_improvement import chart_spec, measure_charts
    from app.services.records.huddles import HuddleService

    ward = printing.resolve_ward(demo)
    measures = demo.measures.all_for_ward(ward.id)
    assert sum(m.is_derived for m in measures) >= 3
    day = date(2026, 11, 18)
    expected = tuple(
        chart_spec(
            m.name,
            chart_for(
                m.details, [p for p in demo.measures.points(m.id) if p.period <= day], no_data="No data by then."
            ),
        )
        for m in measures
    )
    reads = []
    original = HuddleService.sheets_between

    def counted(self, ward_id: str, start: date, end: date) -> list:
        reads.append((start, end))
        return original(self, ward_id, start, end)

    monkeypatch.setattr(HuddleService, "sheets_between", counted)
    assert measure_charts(demo, ward.id, up_to=day) == expected
    assert len(reads) == 1
