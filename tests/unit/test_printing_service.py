"""Printing through the services, on the demo ward: the right records are loaded and printed,
unknown dates and wards are explained, files are written atomically, and a print job may run on a
worker thread with the page's own store."""

from __future__ import annotations

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
        "Thursday 19 November 2026",
        sheet.leader,
        sheet.nurse_in_charge,
        sheet.start_time,
        sheet.end_time,
        *(a.name for a in sheet.attendees),
        *(p.bed for p in sheet.at_risk),
        "Safety cross",
        "November 2026",
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


def test_the_weekly_pack_has_contents_every_sheet_the_register_and_the_charts(demo) -> None:
    ward = printing.resolve_ward(demo)
    data = printing.week_pack_pdf(demo, ward.id, "2026-W47")
    texts = page_texts(data)
    text, first_page = " ".join(texts), texts[0]
    sheets = demo.huddles.sheets_between(ward.id, date(2026, 11, 16), date(2026, 11, 22))
    assert len(sheets) == 5  # the demo ends on Friday 20th
    assert "Contents" in first_page and "1. Huddle sheets" in first_page and "3. Charts" in first_page
    for sheet in sheets:
        assert_printed(text, f"{sheet.huddle_date:%A %d %B %Y}")
        assert f"{sheet.huddle_date:%a %d %b} · {sheet.slot}" in first_page
    for action in demo.actions.open_actions(ward.id):
        assert_printed(text, action.text)
    assert_printed(
        text,
        "Open and overdue actions",
        "Safety cross",
        "Huddle length (minutes)",
        "Attendance (people at the huddle)",
        "The ward's measures",
        *(m.name for m, _chart in demo.measures.overview(ward.id)),
    )
    assert_every_page_is_a4_with_footer(data, ward.name, texts)


def test_blank_forms_need_no_data_file_and_use_the_wards_settings_when_given(demo) -> None:
    for kind in printing.BLANK_KINDS:
        assert pages(printing.blank_pdf(kind))
    ward = printing.resolve_ward(demo)
    text = pdf_text(printing.blank_pdf("huddle", demo, ward.id))
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
