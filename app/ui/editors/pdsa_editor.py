"""The PDSA cycle form (forms/pdsa_editor.ui, §A4): Plan (objective, questions with predictions, the
change, who, where, scale, data to collect), Do, Study (prediction against result, did it
improve?) and Act (adopt, adapt or abandon; the next cycle's plan). "Plan the next cycle" saves
this one and opens the next, pre-filled. Gentle prompts show above the form; they never block.

Autosaved; a stale save is refused with the typing kept; cycle numbers are worked out for you.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.domain.pdsa import ACT_CHOICES, ACT_WORDS, IMPROVED_CHOICES, PURPOSES, SCALE_UNITS, PdsaCycle
from app.domain.project import Project, change_ideas
from app.errors import StaleRecordError, WardHuddleError
from app.services.changes import Changes
from app.services.records.projects import NOT_LINKED
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.editors.pdsa_questions import QuestionsTable
from app.ui.editors.record_editor import RecordEditor
from app.ui.generated.ui_pdsa_editor import Ui_PdsaForm
from app.ui.widgets.form_helpers import escape, fit_narrow, show_message
from app.ui.widgets.measure_checks import MeasureChecks

NEW = "new"


class PdsaEditor(RecordEditor):
    noun = "PDSA cycle"
    draft_page = "improvement"
    leave_asks = False  # the Improvement page keeps its widgets, so leaving never loses typing
    status_on_open = False  # the page's one saved indicator speaks for the last save
    message_where = "on the cycle"
    stale_hint = "Your typing is still on screen; press Reload to see the saved cycle."
    fields = (
        Field("title", "title", strip=False),
        Field("start_date", "startDate", "optional_date"),
        Field("end_date", "endDate", "optional_date"),
        Field("purpose", "purpose", "combo_text"),
        Field("objective", "objective", "plain", strip=False),
        Field("change_tested", "changeTested", "plain", strip=False),
        Field("who", "who", strip=False),
        Field("place", "place", strip=False),
        Field("scale_number", "scaleNumber", "number"),
        Field("scale_unit", "scaleUnit", "combo_text"),
        Field("measure_ids", "measure_checks", "value"),
        Field("data_plan", "dataPlan", "plain", strip=False),
        Field("questions", "questions_table", "value"),  # its own box, below the Plan box
        Field("observations", "observations", "plain", strip=False),
        Field("improved", "improved", "combo_data"),
        Field("improved_detail", "improvedDetail", strip=False),
        Field("act", "act", "combo_data"),
        Field("next_plan", "nextPlan", "plain", strip=False),
    )

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.ui = Ui_PdsaForm()
        self.ui.setupUi(self)
        self.project: Project | None = None
        ui = self.ui
        ui.purpose.addItems(list(PURPOSES))
        ui.scaleUnit.addItems(list(SCALE_UNITS))
        ui.improved.addItem("Not decided yet", "")
        for choice in IMPROVED_CHOICES[1:]:
            ui.improved.addItem(choice, choice)
        ui.act.addItem("Not decided yet", "")
        for choice in ACT_CHOICES[1:]:
            ui.act.addItem(ACT_WORDS[choice], choice)
        fit_narrow(self)
        ui.reload.hide()
        ui.prompts.setObjectName("prompts")
        ui.prompts.setTextFormat(Qt.TextFormat.RichText)
        self.questions_table = QuestionsTable(ui.questions)
        self.measure_checks = MeasureChecks(ui.measures)
        line = self.fontMetrics().height()
        ui.questions.setMinimumHeight(line * 8)
        for edit in (ui.objective, ui.changeTested, ui.dataPlan, ui.observations, ui.nextPlan):
            edit.setMaximumHeight(line * 5)
        ui.measures.setMaximumHeight(line * 6)
        for box in (ui.startDate, ui.endDate):
            box.start_from = self.store.projects.today
            box.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + line * 4)
        self.bind_fields(self.fields)
        ui.changeIdea.currentIndexChanged.connect(self._ramp_changed)
        ui.cycleChoice.currentIndexChanged.connect(self._choose)
        ui.addQuestion.clicked.connect(lambda: self.questions_table.add() if self._record is not None else None)
        ui.removeQuestion.clicked.connect(self.questions_table.remove_selected)
        ui.newCycle.clicked.connect(self.new_cycle)
        ui.nextCycle.clicked.connect(self.plan_next)
        ui.deleteCycle.clicked.connect(self.delete_cycle)
        ui.reload.clicked.connect(self.reload)
        ui.printCycle.clicked.connect(self.print_record)
        ui.cyclePdf.clicked.connect(self.save_pdf)
        for keys, slot in (("Ctrl+S", self.save_now), ("Ctrl+N", self.new_cycle), ("Ctrl+Shift+N", self.plan_next)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        if store.read_only:
            for button in (ui.newCycle, ui.nextCycle, ui.deleteCycle, ui.addQuestion, ui.removeQuestion):
                button.setEnabled(False)
        self._show_form(False)

    @property
    def cycle(self) -> PdsaCycle | None:
        return self._record

    # -- loading ------------------------------------------------------------------------------------
    def set_project(
        self, project: Project | None, measure_choices: list[tuple[str, str]], cycle_id: str | None = None
    ) -> None:
        """Show this project's cycles (``cycle_id``, or the most recent one)."""
        self.project = project
        self.measure_checks.choices = list(measure_choices)
        self.ui.newCycle.setEnabled(project is not None and not self.store.read_only)
        if project is None:
            self.show_cycle(None)
            return
        cycles = self.store.projects.cycles_for(project.id) if project.id else []
        chosen = next((c for c in cycles if c.id == cycle_id), None)
        if chosen is None and cycles:
            chosen = max(cycles, key=lambda c: (c.start_date or datetime.min.date(), c.cycle_number))
        self.show_cycle(chosen)

    def refresh_project(self, project: Project, measure_choices: list[tuple[str, str]]) -> None:
        """The project was saved elsewhere (new change ideas, measures): refresh the choices only."""
        self.project = project
        if self._record is not None:
            was, self._loading = self._loading, True
            self._fill_change_ideas(self._record.change_idea_id)
            self.measure_checks.set_choices(measure_choices)
            self._loading = was
        else:
            self.measure_checks.choices = list(measure_choices)
        self._fill_cycle_choice()

    def show_cycle(self, cycle: PdsaCycle | None) -> None:
        if cycle is None:
            self.autosave.clear()
            self._record = None
            self.ui.reload.hide()
            show_message(self.ui.message, "")
            self._fill_cycle_choice()
            self._show_form(False)
            self.ui.prompts.setText(
                "No PDSA cycles yet. Press 'New cycle' to plan the first test of a change idea." if self.project else ""
            )
            return
        self.open(cycle)

    def before_fill(self, cycle: PdsaCycle) -> None:
        self._fill_change_ideas(cycle.change_idea_id)

    def after_fill(self) -> None:
        cycle: PdsaCycle = self._record
        self._fill_cycle_choice()
        self._show_form(True)
        self.ui.cycleNumber.setText(f"{cycle.cycle_number} (worked out for you)")
        self.ui.deleteCycle.setEnabled(cycle.is_saved and not self.store.read_only)
        self.ui.nextCycle.setEnabled(not self.store.read_only)
        self._show_prompts(cycle)

    def _show_form(self, visible: bool) -> None:
        for widget in (self.ui.scroll, self.ui.deleteCycle, self.ui.nextCycle, self.ui.printCycle, self.ui.cyclePdf):
            widget.setEnabled(visible)
        self.ui.scroll.setVisible(visible)

    def _fill_cycle_choice(self) -> None:
        combo = self.ui.cycleChoice
        combo.blockSignals(True)
        combo.clear()
        if self.project is not None and self.project.id:
            current = self._record
            if current is not None and not current.is_saved:
                combo.addItem(
                    f"New, not saved until you type: {self._ramp_name(current.change_idea_id)} – {current.label}", NEW
                )
            for ramp in self.store.projects.ramps(self.project):
                for cycle in ramp.cycles:
                    when = f" ({cycle.start_date:%d %b %Y})" if cycle.start_date else ""
                    combo.addItem(f"{ramp.label} – {cycle.label}{when}", cycle.id)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current.id if current.is_saved else NEW)))
        combo.setEnabled(combo.count() > 0)
        combo.blockSignals(False)

    def _ramp_name(self, change_idea_id: str) -> str:
        idea = self.project.change_idea(change_idea_id) if self.project and change_idea_id else None
        return idea.text if idea else (NOT_LINKED if not change_idea_id else "Change idea removed")

    def _fill_change_ideas(self, selected: str) -> None:
        combo = self.ui.changeIdea
        combo.blockSignals(True)
        combo.clear()
        for idea in change_ideas(self.project.drivers) if self.project else []:
            combo.addItem(idea.text, idea.id)
        if selected and combo.findData(selected) < 0:
            combo.addItem("Change idea removed from the diagram", selected)
        combo.addItem(NOT_LINKED, "")
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.blockSignals(False)

    def _show_prompts(self, cycle: PdsaCycle) -> None:
        try:
            prompts = self.store.projects.prompts_for(cycle)
        except WardHuddleError:
            prompts = []
        if prompts:
            items = "".join(f"<li>{escape(p)}</li>" for p in prompts)
            self.ui.prompts.setText(f"<b>Worth a look</b> (a prompt, never a block):<ul style='margin:0'>{items}</ul>")
        else:
            self.ui.prompts.setText("")
        self.ui.prompts.setVisible(bool(prompts))

    # -- reading and saving ---------------------------------------------------------------------------
    def read_more(self, cycle: PdsaCycle) -> PdsaCycle:
        return replace(
            cycle,
            change_idea_id=str(self.ui.changeIdea.currentData() or ""),
            improved=str(cycle.improved or ""),
            act=str(cycle.act or ""),
        )

    def read_form(self) -> PdsaCycle:
        return self.read()

    def save_record(self, cycle: PdsaCycle) -> tuple[PdsaCycle, Changes]:
        return self.store.projects.save_cycle(cycle)

    def after_save(self, saved: PdsaCycle) -> None:
        self.ui.cycleNumber.setText(f"{saved.cycle_number} (worked out for you)")
        self.ui.deleteCycle.setEnabled(not self.store.read_only)
        self._fill_cycle_choice()
        self._show_prompts(saved)

    def _saved_elsewhere(self, saved: PdsaCycle, changes: Changes) -> None:
        """Saved through Plan next or a move to another ramp: the same as an autosave."""
        self.saved(saved)
        self.changed.emit(changes)

    def reload(self) -> None:
        if self._record is None or not self._record.is_saved:
            return
        try:
            fresh = self.store.projects.get_cycle(self._record.id or "")
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.show_cycle(fresh)
        self.saved_at.emit("Reloaded the saved cycle")

    # -- actions ------------------------------------------------------------------------------------
    def _choose(self, _index: int) -> None:
        cycle_id = self.ui.cycleChoice.currentData()
        if cycle_id in (None, NEW) or (self._record is not None and cycle_id == self._record.id):
            return
        if not self.flush():
            self._fill_cycle_choice()  # keep the cycle with unsaved typing on screen
            return
        self.open_cycle(str(cycle_id))

    def open_cycle(self, cycle_id: str) -> None:
        self.flush()
        try:
            self.show_cycle(self.store.projects.get_cycle(cycle_id))
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)

    def new_cycle(self, change_idea_id: str | None = None) -> None:
        """A new first (or next) cycle of a ramp: the change idea chosen on screen, else the first."""
        if self.project is None or self.store.read_only or not self.flush():
            return
        if not isinstance(change_idea_id, str):
            current = self._record.change_idea_id if self._record is not None else None
            ideas = change_ideas(self.project.drivers)
            change_idea_id = current if current is not None else (ideas[0].id if ideas else "")
        try:
            cycle = self.store.projects.new_cycle(self.project, change_idea_id)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.show_cycle(cycle)
        self.ui.title.setFocus()

    def plan_next(self) -> None:
        """Save this cycle and open the next one in its ramp, pre-filled (the plan becomes its
        objective)."""
        if self._record is None or self.store.read_only:
            return
        try:
            saved, following, changes = self.store.projects.plan_next_cycle(self.read())
        except StaleRecordError as error:
            self.refused_stale(error)
            return
        except WardHuddleError as error:
            self.refused(error)
            return
        self.saved(saved)
        self.show_cycle(following)
        show_message(
            self.ui.message,
            f"Cycle {saved.cycle_number} saved; this is cycle {following.cycle_number}, "
            "pre-filled from it. Write new predictions before you test.",
        )
        self.saved_at.emit(f"Saved {self.store.ctx.now().astimezone():%H:%M:%S}")
        self.changed.emit(changes)
        self.ui.title.setFocus()

    def delete_cycle(self) -> None:
        from app.ui import prompts

        cycle = self._record
        if cycle is None or not cycle.is_saved:
            return
        if not prompts.ask_yes_no(
            self,
            "Delete PDSA cycle",
            f"Delete {cycle.label}? It leaves the ramp and the measures' charts.",
            yes="Delete",
            no="Keep it",
        ):
            return
        try:
            changes = self.store.projects.delete_cycle(cycle)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.discard_draft()
        self.autosave.clear()
        self._record = None
        self.set_project(self.project, self.measure_checks.choices)
        show_message(self.ui.message, "The cycle was deleted.")
        self.changed.emit(changes)

    def _ramp_changed(self, _index: int) -> None:
        """Moving a cycle to another change idea makes it the next cycle of that ramp."""
        if self._loading or self._record is None or self.project is None:
            return
        idea = str(self.ui.changeIdea.currentData() or "")
        if not self._record.is_saved:
            number = self.store.projects.new_cycle(self.project, idea).cycle_number
            self._record = replace(self._record, change_idea_id=idea, cycle_number=number)
            self.ui.cycleNumber.setText(f"{number} (worked out for you)")
            self._changed()
            return
        if not self.flush():
            return
        try:
            saved, changes = self.store.projects.move_cycle(self.read(), idea)
        except StaleRecordError as error:
            self.refused_stale(error)
            return
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self._saved_elsewhere(saved, changes)

    # -- printing -------------------------------------------------------------------------------------
    def print_record(self) -> None:
        self._print(save_as=False)

    def save_pdf(self) -> None:
        self._print(save_as=True)

    def _print(self, *, save_as: bool) -> None:
        """Printed as saved: a cycle is saved first (a new one that cannot be saved is not printed)."""
        if self._record is None or self.project is None:
            return
        self.save_now()
        if not self._record.is_saved:
            return
        from app.services import printing as pdfs
        from app.ui import printing

        store, cycle, project = self.store, self._record, self.project
        make = lambda: pdfs.pdsa_pdf(store, cycle, project)  # noqa: E731
        if save_as:
            printing.save_pdf(self, make, f"{project.title} {cycle.label}.pdf")
        else:
            printing.print_pdf(self, make, f"{project.title} {cycle.label}")
