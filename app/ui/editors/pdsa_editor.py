"""The PDSA cycle form (forms/pdsa_editor.ui, §A4): Plan (objective, questions with predictions, the
change, who, where, scale, data to collect), Do, Study (prediction against result, did it
improve?) and Act (adopt, adapt or abandon; the next cycle's plan). "Plan the next cycle" saves
this one and opens the next, pre-filled. Gentle prompts show above the form; they never block.

Autosaved; a stale save is refused with the typing kept; cycle numbers are worked out for you.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from app.domain.pdsa import ACT_CHOICES, ACT_WORDS, IMPROVED_CHOICES, PURPOSES, SCALE_UNITS, PdsaCycle, Question
from app.domain.project import Project, change_ideas
from app.errors import StaleRecordError, WardHuddleError
from app.services.changes import Changes
from app.services.records.projects import NOT_LINKED
from app.services.store import AppStore
from app.ui.editors.project_editor import checked_measures, commit_open_editor, fill_measure_list, fit_narrow
from app.ui.generated.ui_pdsa_editor import Ui_PdsaForm
from app.ui.pages.base import show_message
from app.ui.widgets.autosave import Autosaver

QUESTION_COLUMNS = ("Question", "Prediction (Plan)", "Result (Study)", "Learning")
ID_ROLE = Qt.ItemDataRole.UserRole
NEW = "new"


class PdsaEditor(QWidget):
    changed = Signal(object)  # Changes, after a save
    saved_at = Signal(str)

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_PdsaForm()
        self.ui.setupUi(self)
        self.project: Project | None = None
        self.cycle: PdsaCycle | None = None
        self._choices: list[tuple[str, str]] = []
        self._loading = False
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
        table = ui.questions
        table.setColumnCount(len(QUESTION_COLUMNS))
        table.setHorizontalHeaderLabels(list(QUESTION_COLUMNS))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        line = self.fontMetrics().height()
        table.setMinimumHeight(line * 8)
        for edit in (ui.objective, ui.changeTested, ui.dataPlan, ui.observations, ui.nextPlan):
            edit.setMaximumHeight(line * 5)
        ui.measures.setMaximumHeight(line * 6)
        for box in (ui.startDate, ui.endDate):
            box.start_from = self.store.projects.today
            box.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + line * 4)
        self.autosave = Autosaver(self, self.save, int(store.settings.get("autosave_seconds")))
        for edit in (ui.title, ui.who, ui.place, ui.improvedDetail):
            edit.textEdited.connect(lambda _t: self._changed())
        for edit in (ui.objective, ui.changeTested, ui.dataPlan, ui.observations, ui.nextPlan):
            edit.textChanged.connect(self._changed)
        for combo in (ui.purpose, ui.scaleUnit, ui.improved, ui.act):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        ui.scaleNumber.valueChanged.connect(lambda _v: self._changed())
        for box in (ui.startDate, ui.endDate):
            box.dateChanged.connect(lambda _d: self._changed())
        ui.measures.itemChanged.connect(lambda _item: self._changed())
        table.itemChanged.connect(lambda _item: self._changed())
        ui.changeIdea.currentIndexChanged.connect(self._ramp_changed)
        ui.cycleChoice.currentIndexChanged.connect(self._choose)
        ui.addQuestion.clicked.connect(self.add_question)
        ui.removeQuestion.clicked.connect(self.remove_question)
        ui.newCycle.clicked.connect(self.new_cycle)
        ui.nextCycle.clicked.connect(self.plan_next)
        ui.deleteCycle.clicked.connect(self.delete_cycle)
        ui.reload.clicked.connect(self.reload)
        ui.printCycle.clicked.connect(lambda: self._print(save_as=False))
        ui.cyclePdf.clicked.connect(lambda: self._print(save_as=True))
        for keys, slot in (("Ctrl+S", self.save_now), ("Ctrl+N", self.new_cycle), ("Ctrl+Shift+N", self.plan_next)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        if store.read_only:
            for button in (ui.newCycle, ui.nextCycle, ui.deleteCycle, ui.addQuestion, ui.removeQuestion):
                button.setEnabled(False)
        self._show_form(False)

    # -- loading ------------------------------------------------------------------------------------
    def set_interval(self, seconds: int) -> None:
        self.autosave.set_interval_seconds(seconds)

    def set_project(
        self, project: Project | None, measure_choices: list[tuple[str, str]], cycle_id: str | None = None
    ) -> None:
        """Show this project's cycles (``cycle_id``, or the most recent one)."""
        self.project = project
        self._choices = measure_choices
        self.ui.newCycle.setEnabled(project is not None and not self.store.read_only)
        if project is None:
            self.cycle = None
            self._fill_cycle_choice()
            self._show_form(False)
            return
        cycles = self.store.projects.cycles_for(project.id) if project.id else []
        chosen = next((c for c in cycles if c.id == cycle_id), None)
        if chosen is None and cycles:
            chosen = max(cycles, key=lambda c: (c.start_date or datetime.min.date(), c.cycle_number))
        self.show_cycle(chosen)

    def refresh_project(self, project: Project, measure_choices: list[tuple[str, str]]) -> None:
        """The project was saved elsewhere (new change ideas, measures): refresh the choices only."""
        self.project = project
        self._choices = measure_choices
        if self.cycle is not None:
            was, self._loading = self._loading, True
            self._fill_change_ideas(self.cycle.change_idea_id)
            fill_measure_list(self.ui.measures, measure_choices, checked_measures(self.ui.measures))
            self._loading = was
        self._fill_cycle_choice()

    def show_cycle(self, cycle: PdsaCycle | None) -> None:
        self.autosave.clear()
        self.autosave.paused = False
        self.cycle = cycle
        self.ui.reload.hide()
        show_message(self.ui.message, "")
        self._fill_cycle_choice()
        self._show_form(cycle is not None)
        if cycle is None:
            self.ui.prompts.setText(
                "No PDSA cycles yet. Press 'New cycle' to plan the first test of a change idea." if self.project else ""
            )
            return
        ui = self.ui
        self._loading = True
        try:
            self._fill_change_ideas(cycle.change_idea_id)
            ui.cycleNumber.setText(f"{cycle.cycle_number} (worked out for you)")
            ui.title.setText(cycle.title)
            ui.startDate.set_date_value(cycle.start_date)
            ui.endDate.set_date_value(cycle.end_date)
            ui.purpose.setCurrentText(cycle.purpose)
            ui.objective.setPlainText(cycle.objective)
            self._fill_questions(cycle.questions)
            ui.changeTested.setPlainText(cycle.change_tested)
            ui.who.setText(cycle.who)
            ui.place.setText(cycle.place)
            ui.scaleNumber.setValue(cycle.scale_number or 0)
            ui.scaleUnit.setCurrentText(cycle.scale_unit)
            fill_measure_list(ui.measures, self._choices, cycle.measure_ids)
            ui.dataPlan.setPlainText(cycle.data_plan)
            ui.observations.setPlainText(cycle.observations)
            ui.improved.setCurrentIndex(max(0, ui.improved.findData(cycle.improved)))
            ui.improvedDetail.setText(cycle.improved_detail)
            ui.act.setCurrentIndex(max(0, ui.act.findData(cycle.act)))
            ui.nextPlan.setPlainText(cycle.next_plan)
        finally:
            self._loading = False
        ui.deleteCycle.setEnabled(cycle.is_saved and not self.store.read_only)
        ui.nextCycle.setEnabled(not self.store.read_only)
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
            current = self.cycle
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

    def _fill_questions(self, questions: tuple[Question, ...]) -> None:
        table = self.ui.questions
        commit_open_editor(table, close=True)
        table.blockSignals(True)
        table.setRowCount(0)
        for question in questions:
            self._append_question(question)
        table.blockSignals(False)
        table.resizeRowsToContents()

    def _append_question(self, question: Question) -> int:
        table = self.ui.questions
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate((question.question, question.prediction, question.result, question.learning)):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(ID_ROLE, question.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{QUESTION_COLUMNS[column]}: {value}")
            table.setItem(row, column, item)
        return row

    def _questions(self) -> tuple[Question, ...]:
        table = self.ui.questions
        out = []
        for row in range(table.rowCount()):
            cells = [table.item(row, c).text() if table.item(row, c) else "" for c in range(4)]
            first = table.item(row, 0)
            question_id = first.data(ID_ROLE) if first is not None and first.data(ID_ROLE) else None
            question = Question(*cells) if question_id is None else Question(*cells, id=str(question_id))
            out.append(question)
        return tuple(out)

    def _show_prompts(self, cycle: PdsaCycle) -> None:
        try:
            prompts = self.store.projects.prompts_for(cycle)
        except WardHuddleError:
            prompts = []
        if prompts:
            items = "".join(f"<li>{_html(p)}</li>" for p in prompts)
            self.ui.prompts.setText(f"<b>Worth a look</b> (a prompt, never a block):<ul style='margin:0'>{items}</ul>")
        else:
            self.ui.prompts.setText("")
        self.ui.prompts.setVisible(bool(prompts))

    # -- reading ------------------------------------------------------------------------------------
    def read_form(self) -> PdsaCycle:
        assert self.cycle is not None
        ui = self.ui
        commit_open_editor(ui.questions)
        return replace(
            self.cycle,
            change_idea_id=str(ui.changeIdea.currentData() or ""),
            title=ui.title.text(),
            start_date=ui.startDate.date_value(),
            end_date=ui.endDate.date_value(),
            purpose=ui.purpose.currentText(),
            objective=ui.objective.toPlainText(),
            questions=self._questions(),
            change_tested=ui.changeTested.toPlainText(),
            who=ui.who.text(),
            place=ui.place.text(),
            scale_number=ui.scaleNumber.value() or None,
            scale_unit=ui.scaleUnit.currentText(),
            measure_ids=checked_measures(ui.measures),
            data_plan=ui.dataPlan.toPlainText(),
            observations=ui.observations.toPlainText(),
            improved=str(ui.improved.currentData() or ""),
            improved_detail=ui.improvedDetail.text(),
            act=str(ui.act.currentData() or ""),
            next_plan=ui.nextPlan.toPlainText(),
        )

    # -- saving -------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self.cycle is None or self.store.read_only:
            return
        self.autosave.changed()
        self.saved_at.emit("Unsaved changes…")

    def save(self) -> bool:
        if self.cycle is None or self.store.read_only:
            return False
        try:
            saved, changes = self.store.projects.save_cycle(self.read_form())
        except StaleRecordError as error:
            return self._stale(error)
        except WardHuddleError as error:
            show_message(self.ui.message, f"Not saved yet: {error}", error=True)
            self.saved_at.emit("NOT SAVED: see the message on the cycle")
            return False
        self._after_save(saved, changes)
        return True

    def _after_save(self, saved: PdsaCycle, changes: Changes) -> None:
        was_new = self.cycle is not None and not self.cycle.is_saved
        self.cycle = saved
        self.ui.cycleNumber.setText(f"{saved.cycle_number} (worked out for you)")
        self.ui.deleteCycle.setEnabled(not self.store.read_only)
        show_message(self.ui.message, "")
        self.saved_at.emit(f"Saved {datetime.now():%H:%M:%S}")
        if was_new or self.ui.cycleChoice.currentData() != saved.id:
            self._fill_cycle_choice()
        self._show_prompts(saved)
        self.changed.emit(changes)

    def _stale(self, error: Exception) -> bool:
        self.autosave.paused = True
        show_message(
            self.ui.message, f"{error} Your typing is still on screen; press Reload to see the saved cycle.", error=True
        )
        self.ui.reload.show()
        self.saved_at.emit("NOT SAVED: changed by someone else")
        return False

    def save_now(self) -> None:
        if self.cycle is None:
            return
        self.autosave.changed()
        self.autosave.flush()

    def flush(self) -> bool:
        return self.autosave.flush()

    def reload(self) -> None:
        if self.cycle is None or not self.cycle.is_saved:
            return
        try:
            fresh = self.store.projects.get_cycle(self.cycle.id or "")
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.show_cycle(fresh)
        self.saved_at.emit("Reloaded the saved cycle")

    # -- actions ------------------------------------------------------------------------------------
    def _choose(self, _index: int) -> None:
        cycle_id = self.ui.cycleChoice.currentData()
        if cycle_id in (None, NEW) or (self.cycle is not None and cycle_id == self.cycle.id):
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
            current = self.cycle.change_idea_id if self.cycle is not None else None
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
        if self.cycle is None or self.store.read_only:
            return
        try:
            saved, following, changes = self.store.projects.plan_next_cycle(self.read_form())
        except StaleRecordError as error:
            self._stale(error)
            return
        except WardHuddleError as error:
            show_message(self.ui.message, f"Not saved yet: {error}", error=True)
            return
        self.autosave.clear()
        self.cycle = saved
        self.show_cycle(following)
        show_message(
            self.ui.message,
            f"Cycle {saved.cycle_number} saved; this is cycle {following.cycle_number}, "
            "pre-filled from it. Write new predictions before you test.",
        )
        self.saved_at.emit(f"Saved {datetime.now():%H:%M:%S}")
        self.changed.emit(changes)
        self.ui.title.setFocus()

    def delete_cycle(self) -> None:
        from app.ui import prompts

        if self.cycle is None or not self.cycle.is_saved:
            return
        if not prompts.ask_yes_no(
            self,
            "Delete PDSA cycle",
            f"Delete {self.cycle.label}? It leaves the ramp and the measures' charts.",
            yes="Delete",
            no="Keep it",
        ):
            return
        try:
            changes = self.store.projects.delete_cycle(self.cycle)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.autosave.clear()
        self.cycle = None
        self.set_project(self.project, self._choices)
        show_message(self.ui.message, "The cycle was deleted.")
        self.changed.emit(changes)

    def _ramp_changed(self, _index: int) -> None:
        """Moving a cycle to another change idea makes it the next cycle of that ramp."""
        if self._loading or self.cycle is None or self.project is None:
            return
        idea = str(self.ui.changeIdea.currentData() or "")
        if not self.cycle.is_saved:
            number = self.store.projects.new_cycle(self.project, idea).cycle_number
            self.cycle = replace(self.cycle, change_idea_id=idea, cycle_number=number)
            self.ui.cycleNumber.setText(f"{number} (worked out for you)")
            self._changed()
            return
        if not self.flush():
            return
        try:
            saved, changes = self.store.projects.move_cycle(self.read_form(), idea)
        except StaleRecordError as error:
            self._stale(error)
            return
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self._after_save(saved, changes)
        self._fill_cycle_choice()

    def add_question(self) -> None:
        if self.cycle is None:
            return
        row = self._append_question(Question(""))
        table = self.ui.questions
        table.setCurrentCell(row, 0)
        table.setFocus()
        table.editItem(table.item(row, 0))

    def remove_question(self) -> None:
        row = self.ui.questions.currentRow()
        if row >= 0:
            self.ui.questions.removeRow(row)
            self._changed()

    def _print(self, *, save_as: bool) -> None:
        if self.cycle is None or self.project is None:
            return
        self.save_now()
        if not self.cycle.is_saved:
            return
        from app.services import printing as pdfs
        from app.ui import printing

        store, cycle, project = self.store, self.cycle, self.project
        make = lambda: pdfs.pdsa_pdf(store, cycle, project)  # noqa: E731
        if save_as:
            printing.save_pdf(self, make, f"{project.title} {cycle.label}.pdf")
        else:
            printing.print_pdf(self, make, f"{project.title} {cycle.label}")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
