"""The Improvement page's three forms (the project, its PDSA cycles, the culture pulse), each built
when its tab is first shown or the page's code first needs it (a search result, a draft, a print).

A first visit shows the Overview: building all three forms with it took a quarter of that visit on
a 20-ward trust file. A form built later is added to its tab's host and shown at once, so Tab
reaches its fields as soon as its tab shows; its widgets join the end of the window's focus chain,
after the page's own widgets, where the forms built with the page stood too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.editors.pdsa_editor import PdsaEditor
from app.ui.editors.project_editor import ProjectEditor
from app.ui.editors.pulse_editor import PulseEditor


class LazyForms:
    """Mixed into ImprovementPage: uses its store, ui, project, ward and change handlers."""

    store: Any
    ui: Any
    project: Any
    ward_id: str | None
    _measure_choices: list[tuple[str, str]]
    _ward_name: str

    def no_forms_yet(self) -> None:
        self._editor: ProjectEditor | None = None
        self._cycles: PdsaEditor | None = None
        self._pulse: PulseEditor | None = None

    @property
    def editor(self) -> ProjectEditor:
        """The 'Project and aim' form, showing the chosen project."""
        if self._editor is None:
            editor = self._editor = self._host(ProjectEditor(self.store, self), self.ui.projectHostLayout)
            editor.changed.connect(self._project_saved)
            editor.load(self.project, self._measure_choices, self._ward_name)
        return self._editor

    @property
    def cycles(self) -> PdsaEditor:
        """The PDSA cycle form, on the chosen project's most recent cycle."""
        if self._cycles is None:
            cycles = self._cycles = self._host(PdsaEditor(self.store, self), self.ui.cyclesHostLayout)
            cycles.changed.connect(self._cycle_saved)
            cycles.set_project(self.project, self._measure_choices)
        return self._cycles

    @property
    def pulse(self) -> PulseEditor:
        """The culture pulse tab's form."""
        if self._pulse is None:
            pulse = self._pulse = self._host(PulseEditor(self.store, self), self.ui.pulseHostLayout)
            pulse.changed.connect(self.changed.emit)
            pulse.load(self.ward_id)
        return self._pulse

    def _host(self, form: Any, layout: Any) -> Any:
        layout.addWidget(form)
        form.show()  # now, not at the next event: its tab is showing or shows it when chosen
        form.saved_at.connect(self.ui.savedIndicator.setText)
        form.set_interval(int(self.store.settings.get("autosave_seconds")))
        return form

    def built_forms(self) -> list[Any]:
        return [form for form in (self._editor, self._cycles, self._pulse) if form is not None]

    def show_form_on(self, tab: QWidget) -> None:
        """The form on this tab, built if it is not yet (a tab without a form: nothing).

        Called once the tab shows: if the focus was on the tab left, Qt gave it to the new tab
        itself, as the form was not there yet; it goes to the form's first field instead, where
        Qt puts it when the form is there (so a form's shortcuts work at once)."""
        make = {
            id(self.ui.projectTab): lambda: self.editor,
            id(self.ui.cyclesTab): lambda: self.cycles,
            id(self.ui.pulseTab): lambda: self.pulse,
        }.get(id(tab))
        if make is None:
            return
        before = len(self.built_forms())
        form = make()
        if len(self.built_forms()) > before and QApplication.focusWidget() is tab:
            first = _first_stop(form)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)


def _first_stop(form: QWidget) -> QWidget | None:
    """The form's first widget Tab stops on (its widgets follow it in the focus chain)."""
    widget = form.nextInFocusChain()
    while widget is not form and form.isAncestorOf(widget):
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
