"""The Measures page: defining a measure, typing and pasting data, excluding and deleting, the
measures worked out from the huddle sheets, exporting the chart, and accessibility."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.measure import MeasureDetails
from app.services.records.measures import PointEdit
from tests.ui.accessibility import unnamed_widgets

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # Wednesday 4 March 2026: this week is w/c 2 Mar


@pytest.fixture(autouse=True)
def _synchronous_tasks():
    from app.ui import tasks

    before = tasks.is_synchronous()
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(before)


@pytest.fixture
def page(qtbot, store, ward):  # ANN201
    from app.ui.pages.measures_page import MeasuresPage

    store.ctx.clock = lambda: NOW
    widget = MeasuresPage(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def own_measure(store, ward, **details):  # ANN003, ANN201
    measure, _ = store.measures.create(
        ward.id,
        MeasureDetails(
            name="Falls", data_kind="count", frequency="weekly", chart_type="run", improvement="decrease", **details
        ),
    )
    return measure


def select(page, name: str) -> None:
    table = page.ui.measureList
    for row in range(table.rowCount()):
        if table.item(row, 1).text().startswith(name):
            table.selectRow(row)
            return
    raise AssertionError(f"{name} not in the list")


def cell(page, row: int, key: str):  # ANN201
    model = page.data_panel.model
    return model.index(row, model.column_of(key))


def row_of(page, period: date) -> int:
    return next(i for i, (p, _pt) in enumerate(page.data_panel.model.rows) if p == period)


# -- defining a measure -----------------------------------------------------------------------------


def test_a_new_measure_is_defined_on_the_definition_panel(qtbot, page, store, ward) -> None:
    qtbot.mouseClick(page.ui.newMeasure, Qt.MouseButton.LeftButton)
    panel = page.definition_panel
    assert page.ui.tabs.currentWidget() is page.ui.definitionTab
    qtbot.keyClicks(panel.ui.name, "Observations on time")
    panel.ui.dataKind.setCurrentIndex(panel.ui.dataKind.findData("percentage"))
    charts = [panel.ui.chartType.itemData(i) for i in range(panel.ui.chartType.count())]
    assert charts == ["run", "xmr", "p"]  # a u chart is not offered for a percentage
    panel.ui.chartType.setCurrentIndex(panel.ui.chartType.findData("xmr"))
    panel.ui.improvement.setCurrentIndex(panel.ui.improvement.findData("increase"))
    qtbot.keyClicks(panel.ui.target, "92.5")
    panel.ui.definition.setPlainText("Obs done within 15 minutes of due time / all obs due")
    qtbot.mouseClick(panel.ui.saveDefinition, Qt.MouseButton.LeftButton)
    saved = store.measures.list_for_ward(ward.id)
    assert [(m.name, m.details.data_kind, m.details.chart_type, m.details.target) for m in saved] == [
        ("Observations on time", "percentage", "xmr", 92.5)
    ]
    assert "Created 'Observations on time'" in panel.ui.definitionMessage.text()
    assert page.measure is not None and page.measure.id == saved[0].id


def test_a_bad_definition_is_explained_and_nothing_saved(qtbot, page, store, ward, prompts) -> None:
    qtbot.mouseClick(page.ui.newMeasure, Qt.MouseButton.LeftButton)
    panel = page.definition_panel
    qtbot.keyClicks(panel.ui.name, "Falls")
    qtbot.keyClicks(panel.ui.target, "about 3")
    qtbot.mouseClick(panel.ui.saveDefinition, Qt.MouseButton.LeftButton)
    assert "The target 'about 3' is not a number" in panel.ui.definitionMessage.text()
    assert panel.ui.definitionMessage.property("role") == "error"
    panel.ui.target.clear()
    panel.ui.chartType.setCurrentIndex(panel.ui.chartType.findData("xmr"))
    panel.ui.baseline.setValue(6)
    qtbot.mouseClick(panel.ui.saveDefinition, Qt.MouseButton.LeftButton)
    assert "at least 12 points" in panel.ui.definitionMessage.text()
    assert store.measures.list_for_ward(ward.id) == []


def test_days_between_events_are_per_event_and_a_rebase_needs_a_reason(qtbot, page, store, ward, prompts) -> None:
    qtbot.mouseClick(page.ui.newMeasure, Qt.MouseButton.LeftButton)
    panel = page.definition_panel
    qtbot.keyClicks(panel.ui.name, "Days between falls")
    panel.ui.dataKind.setCurrentIndex(panel.ui.dataKind.findData("days_between"))
    assert [panel.ui.frequency.itemData(i) for i in range(panel.ui.frequency.count())] == ["event"]
    prompts.answer("ask_text", "03/02/2026", "  ")
    qtbot.mouseClick(panel.ui.addRebase, Qt.MouseButton.LeftButton)
    assert "needs a reason" in panel.ui.definitionMessage.text() and panel.ui.rebaseTable.rowCount() == 0
    prompts.answer("ask_text", "03/02/2026", "New falls bundle in use")
    qtbot.mouseClick(panel.ui.addRebase, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.ui.saveDefinition, Qt.MouseButton.LeftButton)
    measure = store.measures.list_for_ward(ward.id)[0]
    assert measure.details.frequency == "event"
    assert [(r.period, r.reason) for r in measure.details.rebase] == [(date(2026, 2, 3), "New falls bundle in use")]


# -- entering data ------------------------------------------------------------------------------------


def test_typing_a_value_saves_it_and_enter_moves_down(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward)
    page.load(select_id=measure.id)
    page.ui.tabs.setCurrentWidget(page.ui.dataTab)
    grid = page.data_panel.ui.grid
    start = row_of(page, date(2026, 2, 16))
    grid.setCurrentIndex(cell(page, start, "value"))
    grid.setFocus()
    qtbot.keyClicks(grid, "3")  # typing starts the editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Qt commits on the next event loop turn
    qtbot.waitUntil(lambda: len(store.measures.points(measure.id)) == 1)
    assert [(p.period, p.value) for p in store.measures.points(measure.id)] == [(date(2026, 2, 16), 3.0)]
    assert grid.currentIndex().row() == start + 1
    qtbot.keyClicks(grid, "1")  # the first key opens the editor, which then has the focus
    qtbot.keyClicks(QApplication.focusWidget(), ",204")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(store.measures.points(measure.id)) == 2)
    assert store.measures.points(measure.id)[1].value == 1204.0
    assert "saved" in page.data_panel.ui.dataMessage.text()
    assert page.current_chart is not None and len(page.current_chart.points) == 2  # the chart follows


def test_a_typed_value_that_is_not_a_number_is_refused(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward)
    page.load(select_id=measure.id)
    model = page.data_panel.model
    assert not model.setData(cell(page, 0, "value"), "12,5")
    assert "comma as the decimal point" in page.data_panel.ui.dataMessage.text()
    assert not model.setData(cell(page, 0, "value"), "2.5")
    assert "a count is a whole number" in page.data_panel.ui.dataMessage.text()
    assert store.measures.points(measure.id) == []


def test_pasting_a_column_from_excel_fills_down_blank_is_missing(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward)
    page.load(select_id=measure.id)
    page.ui.tabs.setCurrentWidget(page.ui.dataTab)
    grid = page.data_panel.ui.grid
    start = row_of(page, date(2026, 1, 5))
    grid.setCurrentIndex(cell(page, start, "value"))
    QApplication.clipboard().setText("4\r\n1,002\r\n\r\n7\r\n")
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    points = store.measures.points(measure.id)
    assert [(p.period, p.value) for p in points] == [
        (date(2026, 1, 5), 4.0),
        (date(2026, 1, 12), 1002.0),
        (date(2026, 1, 26), 7.0),
    ]
    message = page.data_panel.ui.dataMessage.text()
    assert (
        "Pasted 4 rows (w/c 05 Jan 2026 to w/c 26 Jan 2026): 3 values saved. 1 blank cell left as missing." == message
    )
    assert [p.value for p in page.current_chart.points] == [4.0, 1002.0, None, 7.0]


def test_a_bad_paste_names_the_row_and_saves_nothing(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward)
    page.load(select_id=measure.id)
    grid = page.data_panel.ui.grid
    grid.setCurrentIndex(cell(page, 0, "value"))
    assert not page.data_panel.paste("4\n5\nn/a\n6\n")
    assert "Row 3 of the paste" in page.data_panel.ui.dataMessage.text()
    assert "'n/a' is not a number" in page.data_panel.ui.dataMessage.text()
    assert store.measures.points(measure.id) == []


def test_pasting_numerators_and_denominators_with_a_zero_denominator(qtbot, page, store, ward) -> None:
    measure, _ = store.measures.create(ward.id, MeasureDetails(name="Obs", data_kind="percentage", chart_type="p"))
    page.load(select_id=measure.id)
    grid = page.data_panel.ui.grid
    grid.setCurrentIndex(cell(page, row_of(page, date(2026, 2, 2)), "numerator"))
    assert not page.data_panel.paste("30\t40\n12\t0\n")
    assert "w/c 09 Feb 2026: the denominator is 0" in page.data_panel.ui.dataMessage.text()
    assert page.data_panel.paste("30\t40\n12\t16\n")
    assert [(p.numerator, p.denominator) for p in store.measures.points(measure.id)] == [(30.0, 40.0), (12.0, 16.0)]
    assert page.data_panel.model.data(cell(page, row_of(page, date(2026, 2, 2)), "computed")) == "75.0"


def test_pasting_dates_and_values_goes_to_those_periods(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward)
    page.load(select_id=measure.id)
    grid = page.data_panel.ui.grid
    grid.setCurrentIndex(cell(page, 0, "period"))
    assert page.data_panel.paste("06/01/2025\t5\n15/01/2025\t6\n")  # older than the rows shown: they appear
    assert [(p.period, p.value) for p in store.measures.points(measure.id)] == [
        (date(2025, 1, 6), 5.0),
        (date(2025, 1, 13), 6.0),
    ]
    assert page.data_panel.model.rows[0][0] == date(2025, 1, 6)


def test_excluding_a_point_asks_why_and_the_chart_draws_it_hollow(qtbot, page, store, ward, prompts) -> None:
    measure = own_measure(store, ward)
    store.measures.save_points(measure.id, [PointEdit(date(2026, 2, 16), None, {"value": 9.0})])
    page.load(select_id=measure.id)
    page.data_panel.ui.grid.setCurrentIndex(cell(page, row_of(page, date(2026, 2, 16)), "value"))
    prompts.answer("ask_text", "Ward closed for deep clean")
    qtbot.mouseClick(page.data_panel.ui.excludePoint, Qt.MouseButton.LeftButton)
    point = store.measures.points(measure.id)[0]
    assert point.excluded and point.exclude_reason == "Ward closed for deep clean"
    assert page.data_panel.model.data(cell(page, row_of(page, date(2026, 2, 16)), "excluded")).startswith("Excluded")
    assert page.current_chart.points[0].excluded and page.current_chart.analysed == [None]
    assert page.chart_widget.point_items["excluded"][1] == [0]


def test_deleting_a_value_asks_first(qtbot, page, store, ward, prompts) -> None:
    measure = own_measure(store, ward)
    store.measures.save_points(measure.id, [PointEdit(date(2026, 2, 16), None, {"value": 9.0})])
    page.load(select_id=measure.id)
    page.data_panel.ui.grid.setCurrentIndex(cell(page, row_of(page, date(2026, 2, 16)), "value"))
    prompts.answer("ask_yes_no", False)
    qtbot.mouseClick(page.data_panel.ui.deletePoint, Qt.MouseButton.LeftButton)
    assert len(store.measures.points(measure.id)) == 1
    prompts.answer("ask_yes_no", True)
    qtbot.mouseClick(page.data_panel.ui.deletePoint, Qt.MouseButton.LeftButton)
    assert store.measures.points(measure.id) == []
    assert "Deleted the data for w/c 16 Feb 2026" in page.data_panel.ui.dataMessage.text()


def test_a_stale_grid_overwrites_nothing(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward)
    page.load(select_id=measure.id)
    row = row_of(page, date(2026, 2, 16))
    store.measures.save_points(measure.id, [PointEdit(date(2026, 2, 16), None, {"value": 5.0})])  # elsewhere
    assert not page.data_panel.model.setData(cell(page, row, "value"), "8")
    assert "Someone else entered data for w/c 16 Feb 2026" in page.data_panel.ui.dataMessage.text()
    assert store.measures.points(measure.id)[0].value == 5.0


def test_events_are_added_by_date_and_days_between_worked_out(qtbot, page, store, ward, prompts) -> None:
    measure, _ = store.measures.create(
        ward.id,
        MeasureDetails(name="Days between falls", data_kind="days_between", frequency="event", chart_type="run"),
    )
    page.load(select_id=measure.id)
    panel = page.data_panel
    assert panel.ui.addEvent.isVisibleTo(panel) and not panel.ui.periodsFrom.isVisibleTo(panel)
    prompts.answer("ask_text", "01/02/2026")
    qtbot.mouseClick(panel.ui.addEvent, Qt.MouseButton.LeftButton)
    new_row = len(panel.model.rows) - 1
    assert panel.model.setData(cell(page, new_row, "period"), "11/02/2026")
    assert panel.model.data(cell(page, 1, "computed")) == "10"
    assert [p.period for p in store.measures.points(measure.id)] == [date(2026, 2, 1), date(2026, 2, 11)]


# -- measures from the huddle sheets ------------------------------------------------------------------


def test_huddle_measures_are_listed_read_only_and_follow_saved_sheets(qtbot, page, store, ward) -> None:
    from app.domain.huddle import Attendee, HuddleSheet
    from app.services.changes import Changes

    select(page, "Huddles held per week")
    assert page.measure.is_derived
    assert "no data yet" in page.ui.measureList.item(page.ui.measureList.currentRow(), 1).text()
    assert page.data_panel.model.read_only
    assert not page.definition_panel.ui.saveDefinition.isEnabled() and not page.ui.deleteMeasure.isEnabled()
    for day in (date(2026, 2, 23), date(2026, 2, 24)):
        store.huddles.save(
            HuddleSheet(ward_id=ward.id, huddle_date=day, slot="Morning", attendees=(Attendee("Siân Evans", "HCA"),))
        )
    page.refresh(Changes.HUDDLES)  # what the main window does after a sheet is saved
    assert page.measure.is_derived and [p.value for p in page.current_chart.points] == [2.0]
    assert "latest 2 huddles" in page.ui.measureList.item(page.ui.measureList.currentRow(), 1).text()
    assert not page.data_panel.paste("5\n")
    assert "cannot be changed here" in page.data_panel.ui.dataMessage.text()


# -- the chart, export, accessibility ---------------------------------------------------------------


def test_the_list_shows_icons_with_words(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward, target=None)
    values = [9, 10, 8, 9, 11, 10, 9, 8, 10, 9, 4, 3, 4, 3, 4, 2, 3, 4, 3, 3]
    store.measures.save_points(
        measure.id,
        [
            PointEdit(date.fromordinal(date(2025, 10, 6).toordinal() + 7 * i), None, {"value": float(v)})
            for i, v in enumerate(values)
        ],
    )
    page.load(select_id=measure.id)
    item = page.ui.measureList.item(page.ui.measureList.currentRow(), 0)
    assert not item.icon().isNull()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Variation: Latest point: special cause improvement, lower (L)"
    )
    words = page.ui.iconsText.text()
    assert "Latest point: special cause improvement, lower (L)." in words  # the icon describes the last point
    assert "Special cause: 20 points, most recent 16 Feb 2026." in words  # and the whole chart is counted


def test_an_empty_icon_cell_says_why_and_the_technical_note_waits_to_be_asked_for(qtbot, page, store, ward) -> None:
    measure = own_measure(store, ward, target=None)
    store.measures.save_points(
        measure.id, [PointEdit(date(2026, 1, 5) + timedelta(weeks=i), None, {"value": 3.0 + i}) for i in range(4)]
    )
    page.load(select_id=measure.id)
    row = page.ui.measureList.currentRow()
    assert "no icon: not enough points for limits yet (4 of 10)" in page.ui.measureList.item(row, 1).text()
    assert "No variation icon: not enough points for limits yet (4 of 10)." in page.ui.iconsText.text()
    caption = page.ui.chartSummary.text()
    for jargon in ("position", "NHSRplotthedots", "qicharts2", "Anhøj", "3.267", "IHI"):
        assert jargon not in caption and jargon not in page.ui.iconsText.text()
    assert not page.ui.howText.isVisible()
    page.ui.howButton.setFocus()
    qtbot.keyClick(page.ui.howButton, Qt.Key.Key_Space)
    assert page.ui.howText.isVisible() and "IHI rules" in page.ui.howText.text()


def test_exporting_the_chart_as_png_and_svg(qtbot, page, store, ward, prompts, tmp_path) -> None:
    measure = own_measure(store, ward)
    store.measures.save_points(
        measure.id,
        [PointEdit(date(2026, 1, 5), None, {"value": 4.0}), PointEdit(date(2026, 1, 12), None, {"value": 6.0})],
    )
    page.load(select_id=measure.id)
    prompts.answer("save_file", str(tmp_path / "falls.png"), str(tmp_path / "falls"))
    qtbot.mouseClick(page.ui.exportPng, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.exportSvg, Qt.MouseButton.LeftButton)
    assert (tmp_path / "falls.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "falls.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Falls" in svg
    assert f"Chart saved to {tmp_path / 'falls.svg'}" in page.ui.message.text()


def test_every_interactive_widget_on_the_measures_page_is_named(qtbot, page, store, ward) -> None:
    own_measure(store, ward)
    page.load()
    for tab in (page.ui.chartTab, page.ui.dataTab, page.ui.definitionTab):
        page.ui.tabs.setCurrentWidget(tab)
        assert unnamed_widgets(page) == []


def test_the_page_is_in_the_navigation_after_todays_huddle() -> None:
    from app.ui.main_window import default_pages

    titles = [entry.title for entry in default_pages()]
    assert "Measures" in titles and titles.index("Measures") > titles.index("Today's huddle")


def test_pdsa_cycles_show_on_the_measures_page_chart(qtbot, demo_store) -> None:
    """The demo's PDSA cycles test changes on a demo measure: the Measures page hands them to the
    chart widget as annotations, as the project page does."""
    from app.ui.pages.measures_page import MeasuresPage

    page = MeasuresPage(demo_store)
    qtbot.addWidget(page)
    page.show()
    ward_id = demo_store.current_ward_id()
    linked = [
        m for m in demo_store.measures.measures.for_ward(ward_id) if demo_store.projects.annotations_for_measure(m.id)
    ]
    assert linked, "the demo links PDSA cycles to a measure"
    widget = page._ensure_chart_widget()
    given: list = []
    original = widget.set_chart
    widget.set_chart = lambda chart, extra=(): (given.append(list(extra)), original(chart, extra))
    rows = [page.ui.measureList.item(r, 1).text() for r in range(page.ui.measureList.rowCount())]
    row = next(r for r, text in enumerate(rows) if text.startswith(linked[0].details.name))
    page.ui.measureList.selectRow(row)
    page._draw()
    expected = {a.label for a in demo_store.projects.annotations_for_measure(linked[0].id)}
    assert given and expected <= {a.label for a in given[-1]}


# -- the Data and Definition tabs, built when first shown (issue 19) --------------------------------
def test_the_data_and_definition_tabs_are_built_when_a_user_first_goes_there(qtbot, page, store, ward) -> None:
    from PySide6.QtWidgets import QTabBar

    measure = own_measure(store, ward)
    store.measures.save_points(measure.id, [PointEdit(date(2026, 2, 23), None, {"value": 3.0})])
    page.load(select_id=measure.id)
    assert page._data_panel is None and page._definition_panel is None  # a first visit shows the chart
    bar = page.ui.tabs.findChild(QTabBar)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # Chart -> Data
    assert page.ui.tabs.currentWidget() is page.ui.dataTab
    panel = page.data_panel
    assert panel.isVisible() and panel.measure.id == measure.id
    assert page.data_panel.model.rows[row_of(page, date(2026, 2, 23))][1].value == 3.0
    focus = QApplication.focusWidget()
    for _ in range(8):  # Tab from the tab bar walks into the grid, as when the tab was built with the page
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is panel.ui.grid:
            break
    assert focus is panel.ui.grid
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # Data -> Definition
    definition = page.definition_panel
    assert definition.isVisible() and definition.ui.name.text() == "Falls"
    select(page, "Falls")  # choosing another row later reloads what is built
    assert page.ui.tabs.currentWidget() is page.ui.definitionTab and definition.ui.name.text() == "Falls"
