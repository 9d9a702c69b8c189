"""First run on a new data file: set up your ward, or explore the demo ward."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from app.domain.ward import DEFAULT_FOCUS_HARMS, FocusHarm, WardDetails, focus_harm_named
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.generated.ui_first_run_page import Ui_FirstRunPage
from app.ui.pages.base import Page
from app.ui.widgets.form_helpers import show_message

SUGGESTED_HARMS = (
    *DEFAULT_FOCUS_HARMS,
    focus_harm_named("Medication errors"),
    focus_harm_named("Violence and aggression"),
    focus_harm_named("Self-harm"),
)


class FirstRunPage(Page):
    title = "Welcome"
    ward_ready = Signal(str)  # ward id

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_FirstRunPage()
        self.ui.setupUi(self)
        self._harms: dict[str, FocusHarm] = {}
        for harm in SUGGESTED_HARMS:
            self._add_harm_item(harm, checked=harm in DEFAULT_FOCUS_HARMS)
        self.ui.addHarm.clicked.connect(self._add_extra_harm)
        self.ui.extraHarm.returnPressed.connect(self._add_extra_harm)
        self.ui.createWard.clicked.connect(self._create_ward)
        self.ui.exploreDemo.clicked.connect(self._explore_demo)
        self.ui.wardName.setFocus()

    def _add_harm_item(self, harm: FocusHarm, *, checked: bool) -> None:
        item = QListWidgetItem(harm.name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, harm.key)
        self._harms[harm.key] = harm
        self.ui.focusHarms.addItem(item)

    def _add_extra_harm(self) -> None:
        name = self.ui.extraHarm.text().strip()
        if not name:
            show_message(self.ui.message, "Type the name of the harm first.", error=True)
            return
        harm = focus_harm_named(name)
        if harm.key in self._harms:
            show_message(self.ui.message, f"{name} is already in the list.", error=True)
            return
        self._add_harm_item(harm, checked=True)
        self.ui.extraHarm.clear()
        show_message(self.ui.message, f"Added {name}.")

    def chosen_harms(self) -> tuple[FocusHarm, ...]:
        chosen = []
        for row in range(self.ui.focusHarms.count()):
            item = self.ui.focusHarms.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(self._harms[item.data(Qt.ItemDataRole.UserRole)])
        return tuple(chosen)

    def _create_ward(self) -> None:
        details = WardDetails(
            name=self.ui.wardName.text(),
            trust_name=self.ui.trustName.text(),
            trust_code=self.ui.trustCode.text(),
            ward_code=self.ui.wardCode.text(),
            focus_harms=self.chosen_harms(),
        )
        try:
            ward, changes = self.store.wards.create_ward(details)
            self.store.settings.set("current_ward_id", ward.id)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.changed.emit(changes | Changes.SETTINGS)
        self.ward_ready.emit(ward.id)

    def _explore_demo(self) -> None:
        """The demo opens in its own data file, in a window labelled as the demo; this (real)
        data file is left exactly as it was, ready for "Set up my real ward"."""
        from app.ui.widgets.demo_strip import open_data_folder, store_paths

        show_message(self.ui.message, "Opening the demo ward in its own data file…")
        try:
            opened = open_data_folder(self.window(), store_paths(self.store).demo(), demo=True)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        if opened is None:
            show_message(self.ui.message, "The demo ward could not be opened.", error=True)
