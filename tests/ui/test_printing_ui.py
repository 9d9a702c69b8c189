"""Print… and Save as PDF… from a page: the PDF is made off the UI thread, shown in the system
viewer or saved where the user chose, and problems are reported in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QWidget

from app.errors import NotFound
from app.ui import printing, tasks

PDF = b"%PDF-1.4\n% a test\n%%EOF\n"


@pytest.fixture(autouse=True)
def _own_temp_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()


@pytest.fixture
def inline_tasks() -> Iterator[None]:
    previous = tasks.is_synchronous()
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(previous)


@pytest.fixture
def viewer(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    opened: list[Path] = []
    monkeypatch.setattr(printing, "open_in_viewer", lambda path: opened.append(path) or True)
    return opened


def test_print_opens_the_pdf_in_the_system_viewer(qtbot, inline_tasks, viewer) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    printing.print_pdf(page, lambda: PDF, "Huddle sheet 19 Nov 2026")
    assert len(viewer) == 1 and viewer[0].read_bytes() == PDF
    assert viewer[0].name.startswith("Huddle sheet 19 Nov 2026") and "temp" in viewer[0].parts


def test_print_without_a_pdf_viewer_says_where_the_file_is(qtbot, inline_tasks, prompts, monkeypatch) -> None:
    monkeypatch.setattr(printing, "open_in_viewer", lambda path: False)
    printing.print_pdf(None, lambda: PDF, "Weekly pack")
    assert "No program on this PC opens PDF files" in prompts.texts("warn")[0]


def test_the_pdf_is_made_off_the_ui_thread(qtbot, viewer) -> None:
    import threading

    previous = tasks.is_synchronous()
    tasks.set_synchronous(False)
    seen: list[bool] = []

    def make() -> bytes:
        seen.append(threading.current_thread() is threading.main_thread())
        return PDF

    try:
        task = printing.print_pdf(None, make, "Huddle sheet")
        qtbot.waitUntil(lambda: task.done, timeout=10_000)
    finally:
        tasks.set_synchronous(previous)
    assert seen == [False] and len(viewer) == 1


def test_save_as_pdf_writes_where_the_user_chose_and_says_so(qtbot, inline_tasks, prompts, tmp_path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = QWidget()
    window.setCentralWidget(page)
    prompts.answer("save_file", str(tmp_path / "my sheet"))
    printing.save_pdf(page, lambda: PDF, "Huddle W7 2026-11-19 Morning.pdf")
    assert (tmp_path / "my sheet.pdf").read_bytes() == PDF
    suggested = prompts.shown[0][1][1]
    assert suggested.endswith("Huddle W7 2026-11-19 Morning.pdf")
    assert "Saved my sheet.pdf" in window.statusBar().currentMessage()


def test_cancelling_save_makes_no_pdf(qtbot, inline_tasks, prompts) -> None:
    made: list[int] = []
    prompts.answer("save_file", None)
    assert printing.save_pdf(None, lambda: made.append(1) or PDF, "x.pdf") is None
    assert made == []


def test_problems_are_reported_in_plain_words(qtbot, inline_tasks, prompts, tmp_path) -> None:
    def missing() -> bytes:
        raise NotFound("There is no morning huddle sheet for Ward 7 on 19 Nov 2026.")

    printing.print_pdf(None, missing, "Huddle sheet")
    prompts.answer("save_file", str(tmp_path / "no-such-folder" / "sheet.pdf"))
    printing.save_pdf(None, lambda: PDF, "sheet.pdf")
    errors = prompts.texts("error")
    assert "Could not print There is no morning huddle sheet for Ward 7 on 19 Nov 2026." in errors[0]
    assert "Could not save the PDF The PDF could not be written" in errors[1]
