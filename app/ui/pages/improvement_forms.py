"""The Improvement page's three forms (the project, its PDSA cycles, the culture pulse), each built
when its tab is first shown or the page's code first needs it (a search result, a draft, a print).

A first visit shows the Overview: building all three forms with it took a quarter of that visit on
a 20-ward trust file. A form built later is added to its tab's host and shown at once, so Tab
reaches its fields as soon as its tab shows; its widgets join the end of the window's focus chain,
after the page's own widgets, where the forms built with the page stood too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.editors.pdsa_editor import PdsaEditor
from app.ui.editors.project_editor import ProjectEditor
from app.ui.editors.pulse_editor import PulseEditor
from app.ui.pages.base import paint_scroll_areas_once
from app.ui.pages.built_on_show import focus_into


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
        paint_scroll_areas_once(form)
        form.saved_at.connect(self.ui.savedIndicator.setText)
        form.set_interval(int(self.store.settings.get("autosave_seconds")))
        return form

    def built_forms(self) -> list[Any]:
        return [form for form in (self._editor, self._cycles, self._pulse) if form is not None]

    def show_form_on(self, tab: QWidget) -> None:
        """The form on this tab, built if it is not yet (a tab without a form: nothing).

        Called once the tab shows; a form built now takes the focus as Qt gives it to one that was
        there already (app/ui/pages/built_on_show.py), so its shortcuts work at once."""
        make = {
            id(self.ui.projectTab): lambda: self.editor,
            id(self.ui.cyclesTab): lambda: self.cycles,
            id(self.ui.pulseTab): lambda: self.pulse,
        }.get(id(tab))
        if make is None:
            return
        before = len(self.built_forms())
        form = make()
        if len(self.built_forms()) > before:
            focus_into(form, tab)
