"""The Export and import page and the identifier review, driven as a person would: export with
the check, remove an NHS number in one click, import many files, link waiting files to a ward,
filter the wards table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.action import Action
from app.export_format import read_export
from app.ui import tasks
from tests.ui.accessibility import unnamed_widgets
from tests.unit.exchange_helpers import NHS_NUMBER, add_ward, new_store

PAGE = "exchange"


@pytest.fixture(autouse=True)
def _synchronous_tasks() -> Iterator[None]:
    was = tasks.is_synchronous()
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(was)


@pytest.fixture
def page(ward, main_window):  # ANN201
    main_window.store.exchange.imports.backups = None  # the backup before an import is tested in unit tests
    return main_window.show_page(PAGE)


def test_the_page_is_in_the_navigation_and_every_control_is_named(page, main_window) -> None:
    titles = [main_window.ui.navigation.item(i).text() for i in range(main_window.ui.navigation.count())]
    assert titles.count(main_window.page_title(PAGE)) == 1 and main_window.page_title(PAGE) == "Export and import"
    for index in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(index)
        assert unnamed_widgets(page) == []
    assert "No weekly export has been made yet" in page.ui.exportStatus.text()


def test_export_writes_the_file_with_progress_and_lists_it(page, qtbot) -> None:
    store = page.store
    ward_id = store.current_ward_id()
    store.wards.add_staff(ward_id, "Amara Okafor", "HCA")
    seen: list[int] = []
    page.ui.exportProgress.valueChanged.connect(seen.append)
    qtbot.mouseClick(page.ui.checkExport, Qt.MouseButton.LeftButton)
    assert "Export 1 saved as huddle-export_RX9_W7_" in page.ui.exportMessage.text()
    assert page.ui.exportProgress.value() == page.ui.exportProgress.maximum() and seen
    (file,) = store.exchange.default_export_folder().glob("*.zip")
    assert read_export(file.read_bytes()).records_by_type["staff"][0]["fields"]["name"] == "Amara Okafor"
    assert page.ui.exportHistory.rowCount() == 1 and page.ui.exportHistory.item(0, 2).text() == "1"
    assert "Next weekly export due" in page.ui.exportStatus.text()


def test_an_nhs_number_opens_the_review_and_one_click_removes_it(page, prompts) -> None:
    store = page.store
    ward_id = store.current_ward_id()
    action, _ = store.actions.add(Action(ward_id=ward_id, text=f"Bloods for {NHS_NUMBER} chased"))
    store.actions.add(Action(ward_id=ward_id, text="Ring the bed manager on 0113 496 0000"))
    page.check_and_export()
    assert "Not exported yet" in page.ui.exportMessage.text()
    assert not list(store.exchange.default_export_folder().glob("*.zip"))
    review = page.review
    assert review is not None and review.isVisible() and unnamed_widgets(review) == []
    assert not review.ui.exportNow.isEnabled()
    rows = {review.ui.findings.item(r, 1).text(): r for r in range(review.ui.findings.rowCount())}
    assert set(rows) == {"NHS number", "Phone number"}
    review.ui.findings.selectRow(rows["NHS number"])
    assert f"text: Bloods for {NHS_NUMBER} [NHS number] chased" in review.ui.recordText.toPlainText()
    review.ui.acknowledgeSelected.click()
    assert "cannot be kept" in review.ui.message.text()
    review.ui.redactSelected.click()
    assert review.ui.findings.item(rows["NHS number"], 5).text() == "Removed"
    assert NHS_NUMBER not in store.actions.repo.get(action.id).text
    review.ui.findings.selectRow(rows["Phone number"])
    review.ui.acknowledgeSelected.click()
    assert review.ui.exportNow.isEnabled()
    review.ui.exportNow.click()
    assert "Export 1 saved" in page.ui.exportMessage.text()
    (file,) = store.exchange.default_export_folder().glob("*.zip")
    manifest = read_export(file.read_bytes()).manifest
    assert manifest["pii_scan"]["warnings_acknowledged"] == 1 and NHS_NUMBER.encode() not in file.read_bytes()


def test_import_many_files_then_link_the_waiting_ones_and_filter_the_wards(
    page, prompts, template_database: Path, tmp_path: Path
) -> None:
    ward = new_store(template_database, tmp_path / "ward12")
    try:
        ward_id = add_ward(ward, "Ward 12 (Elderly care)", "W12")
        ward.wards.add_staff(ward_id, "Ben Clarke", "HCA")
        files = [ward.exchange.exports.export(ward_id, tmp_path)[0].path for _ in range(2)]
    finally:
        ward.close()
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(files[0].read_bytes()[:500])
    prompts.answer("open_files", [str(p) for p in [*files, damaged]])
    page.ui.chooseFiles.click()
    results = page.ui.importResults
    assert [results.item(r, 1).text() for r in range(results.rowCount())] == ["waiting for a ward"] * 2 + ["rejected"]
    assert page.ui.importProgress.value() == page.ui.importProgress.maximum()
    assert "Pending files (1)" in page.ui.tabs.tabText(page.ui.tabs.indexOf(page.ui.pendingTab)).replace("&", "")
    assert page.ui.pendingTable.rowCount() == 1 and page.ui.pendingTable.item(0, 2).text() == "2"
    page.ui.pendingTable.selectRow(0)
    prompts.answer("ask_choice", "Ward 12 (Elderly care) (RX9 W12) (a new ward, as named in the file)")
    page.ui.mapPending.click()
    assert [results.item(r, 1).text() for r in range(results.rowCount())] == ["imported", "imported"]
    assert results.item(0, 2).text() == "2" and results.item(1, 4).text() == "2"  # inserted, then unchanged
    assert page.ui.pendingTable.rowCount() == 0
    table = page.ui.wardsTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == ["Ward 12 (Elderly care)", "Ward 7 (Respiratory)"]
    assert table.item(0, 2).text() == "2" and table.item(1, 3).text() == "This computer's own ward"
    labels = [page.ui.wardFilter.itemText(i) for i in range(page.ui.wardFilter.count())]
    assert labels == ["All wards", "Ward 12 (Elderly care)", "Ward 7 (Respiratory)"]
    page.ui.wardFilter.setCurrentIndex(1)
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Ward 12 (Elderly care)"
    assert page.ward_filter.ward_ids() == (ward_id,)
    page.ward_filter.choose(None)
    assert table.rowCount() == 2


def test_export_really_runs_on_a_worker_thread_with_its_own_connection(page, qtbot) -> None:
    """SQLite connections belong to their thread: the worker must open its own (R40)."""
    tasks.set_synchronous(False)
    page.store.wards.add_staff(page.store.current_ward_id(), "Amara Okafor", "HCA")
    page.check_and_export()
    qtbot.waitUntil(lambda: "Export 1 saved" in page.ui.exportMessage.text() or tasks.running() == 0, timeout=20_000)
    assert tasks.wait_for_all()
    assert "Export 1 saved" in page.ui.exportMessage.text(), page.ui.exportMessage.text()
    assert page.ui.checkExport.isEnabled()
