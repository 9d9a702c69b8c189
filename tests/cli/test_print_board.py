"""``wardhuddle print board`` (A3 and A4 posters) and the weekly improvement huddle sheet, filled
and blank, run as a user runs them: one page each, the board's words on it, one-line errors."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_print import one_line_exit_2, text_of, wardhuddle

END = date(2026, 11, 20)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store

    folder = tmp_path_factory.mktemp("ward")
    store = open_store(folder / "wardhuddle.sqlite3", clock=lambda: datetime(2026, 11, 20, 15, tzinfo=UTC))
    build_demo(store, DemoPlan(weeks=12, end=END))
    store.close()
    return folder


def one_page(path: Path) -> tuple[float, float]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)


def test_print_board_as_an_a3_and_an_a4_poster(data_dir: Path, tmp_path: Path) -> None:
    for size, mm in (("A3", (420, 297)), ("A4", (297, 210))):
        out = tmp_path / f"board-{size}.pdf"
        result = wardhuddle(
            "print", "board", "--ward", "W7", "--date", "2026-11-20", "--size", size, "--out", str(out),
            "--data-dir", str(data_dir),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert f"The {size} improvement board poster written to" in result.stdout
        assert one_page(out) == mm
        text = text_of(out)
        for words in ("Improvement board: Ward 7 (Respiratory)", "Week of Friday 20 November 2026", "New (",
                      "Agreed to test (", "Testing (2)", "Adopted (", "Parked (", "THIS WEEK'S FOCUS",
                      "Days since last harm", "You said, we did", "Open improvement actions",
                      "Red socks for patients at high risk of falls", "common cause variation"):  # fmt: skip
            assert words in text, words


def test_print_a_weekly_improvement_huddle_and_the_blank_sheet(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "weekly.pdf"
    result = wardhuddle(
        "print", "improvement-huddle", "--date", "2026-11-19", "--ward", "W7", "--out", str(out),
        "--data-dir", str(data_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert one_page(out) == (210, 297)
    text = text_of(out)
    assert "Weekly improvement huddle" in text and "Thursday 19 November 2026" in text and "Who came (" in text
    assert "Share night rounding between HCA and nurse" in text and "Learned" in text and "Page 1 of 1" in text
    blank = tmp_path / "blank.pdf"
    result = wardhuddle("print", "blank", "improvement-huddle", "--out", str(blank), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert one_page(blank) == (210, 297)
    text = text_of(blank)
    assert "Date:" in text and "Within limits" in text and "Observations on time" in text
    nowhere = tmp_path / "no-data"
    result = wardhuddle("print", "blank", "improvement-huddle", "--out", str(blank), "--data-dir", str(nowhere))
    assert result.returncode == 0 and one_page(blank) == (210, 297)


def test_a_day_with_no_weekly_huddle_is_one_line_exit_2(data_dir: Path, tmp_path: Path) -> None:
    result = wardhuddle(
        "print", "improvement-huddle", "--date", "2026-11-18", "--out", str(tmp_path / "x.pdf"),
        "--data-dir", str(data_dir),
    )  # fmt: skip
    one_line_exit_2(result, "no weekly improvement huddle on 18 Nov 2026")
    assert not (tmp_path / "x.pdf").exists()
