"""The main window shell: first run, navigation, settings, check data, accessibility."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.accessibility import unnamed_widgets


def test_a_new_database_opens_on_the_first_run_screen_and_sets_up_a_ward(qtbot, main_window, store) -> None:
    page = main_window.first_run
    assert page is not None and not main_window.ui.navigation.isVisible()
    qtbot.keyClicks(page.ui.wardName, "Ward 12 (Elderly care)")
    qtbot.keyClicks(page.ui.trustCode, "rx9")
    qtbot.keyClicks(page.ui.wardCode, "w12")
    qtbot.keyClicks(page.ui.extraHarm, "Delirium")
    qtbot.keyClick(page.ui.extraHarm, Qt.Key.Key_Return)
    qtbot.mouseClick(page.ui.createWard, Qt.MouseButton.LeftButton)
    ward = store.wards.list_wards()[0]
    assert (ward.name, ward.details.ward_code, ward.details.trust_code) == ("Ward 12 (Elderly care)", "W12", "RX9")
    assert [h.name for h in ward.details.focus_harms] == ["Falls", "Pressure ulcers", "Deterioration", "Delirium"]
    assert main_window.first_run is None and main_window.ui.navigation.isVisible()
    assert "Ward 12 (Elderly care)" in main_window.windowTitle()


def test_first_run_explains_a_missing_ward_name(qtbot, main_window, store) -> None:
    page = main_window.first_run
    qtbot.mouseClick(page.ui.createWard, Qt.MouseButton.LeftButton)
    assert "Give the ward a name" in page.ui.message.text()
    assert store.wards.list_wards() == []


def test_settings_add_rename_and_retire_staff(qtbot, ward, main_window, store, prompts) -> None:
    page = main_window.show_page("settings")
    page.ui.tabs.setCurrentWidget(page.ui.staffTab)
    page.ui.newStaffName.insert("Nguyễn Thị Lan")  # QTest.keyClicks aborts on non-Latin-1 text
    page.ui.newStaffRole.setCurrentText("HCA")
    qtbot.keyClick(page.ui.newStaffName, Qt.Key.Key_Return)
    assert "Added Nguyễn Thị Lan (HCA)" in page.ui.staffMessage.text()
    assert page.ui.staffTable.item(0, 0).text() == "Nguyễn Thị Lan"

    page.ui.staffTable.selectRow(0)
    prompts.answer("ask_text", "Nguyễn Thị Lan Anh")
    prompts.answer("ask_choice", "Nursing associate")
    qtbot.mouseClick(page.ui.renameStaff, Qt.MouseButton.LeftButton)
    member = store.wards.staff_for(ward.id)[0]
    assert (member.name, member.role) == ("Nguyễn Thị Lan Anh", "Nursing associate")

    page.ui.staffTable.selectRow(0)
    prompts.answer("ask_yes_no", True)
    qtbot.mouseClick(page.ui.retireStaff, Qt.MouseButton.LeftButton)
    assert store.wards.staff_for(ward.id) == []
    assert page.ui.staffTable.rowCount() == 0
    page.ui.showRetired.setChecked(True)
    assert page.ui.staffTable.item(0, 2).text() == "Left the ward"


def test_settings_save_ward_details_and_refuse_bad_ones(qtbot, ward, main_window, store) -> None:
    page = main_window.show_page("settings")
    page.ui.wardName.setText("Ward 7 (Respiratory and Sleep)")
    page.ui.focusHarms.setPlainText("Falls\nPressure ulcers\nDeterioration\nMedication errors")
    qtbot.mouseClick(page.ui.saveWard, Qt.MouseButton.LeftButton)
    saved = store.wards.get(ward.id)
    assert saved.name == "Ward 7 (Respiratory and Sleep)" and saved.rev == 2
    assert saved.details.focus_harms[-1].name == "Medication errors"
    assert "Ward 7 (Respiratory and Sleep)" in main_window.windowTitle()

    page.ui.trustCode.setText("X")
    qtbot.mouseClick(page.ui.saveWard, Qt.MouseButton.LeftButton)
    assert "ODS code" in page.ui.wardMessage.text()
    assert page.ui.wardMessage.property("role") == "error"
    assert store.wards.get(ward.id).details.trust_code == "RX9"


def test_settings_refuses_a_stale_ward_save(qtbot, ward, main_window, store) -> None:
    page = main_window.show_page("settings")
    from app.domain.ward import WardDetails

    store.wards.update_ward(ward.id, ward.rev, WardDetails(name="Changed elsewhere"))
    page.ui.wardName.setText("My edit")
    qtbot.mouseClick(page.ui.saveWard, Qt.MouseButton.LeftButton)
    assert "Someone else changed" in page.ui.wardMessage.text()
    assert store.wards.get(ward.id).name == "Changed elsewhere"


def test_app_settings_are_generated_from_the_catalogue_and_saved(qtbot, ward, main_window, store) -> None:
    page = main_window.show_page("settings")
    spin = page._setting_inputs["swarm_window_hours"]
    spin.setValue(24)
    qtbot.mouseClick(page.ui.saveApp, Qt.MouseButton.LeftButton)
    assert store.settings.get("swarm_window_hours") == 24
    assert page.ui.appMessage.text() == "Settings saved."


def test_check_data_reports_a_healthy_file(ward, main_window, prompts) -> None:
    main_window.ui.actionCheckData.trigger()
    assert "healthy" in prompts.texts("info")[-1]


def test_status_bar_shows_ward_and_data_file(ward, main_window, store) -> None:
    texts = [w.text() for w in (main_window._status_ward, main_window._status_file)]
    assert texts == [f"Ward: {ward.name}", f"Data file: {store.path}"]


def test_every_interactive_widget_of_the_shell_has_an_accessible_name(qtbot, demo_store) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    for title in window.pages:
        window.show_page(title)
    assert unnamed_widgets(window) == []


def test_first_run_screen_is_fully_named(main_window) -> None:
    assert unnamed_widgets(main_window) == []


def test_settings_edit_the_safety_cross_colours(qtbot, ward, main_window, store) -> None:
    page = main_window.show_page("settings")
    editor = page.cross_colours
    assert editor.rowCount() == 12  # three harms, four meanings each
    editor.item(2, 1).setText("Fall with harm (any level)")
    editor.cellWidget(2, 2).setCurrentText("Purple")
    editor.cellWidget(1, 3).setChecked(True)  # 'no harm' falls also reset the count on this ward
    qtbot.mouseClick(page.ui.saveWard, Qt.MouseButton.LeftButton)
    falls = store.wards.get(ward.id).details.focus_harms[0]
    assert falls.colour_for("harm").label == "Fall with harm (any level)"
    assert falls.colour_for("harm").colour == "#6a1b9a"
    assert falls.colour_for("no_harm").is_harm
