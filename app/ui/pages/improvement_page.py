"""Improvement: the ward's projects (§A5) and their PDSA cycles (§A4), and the culture pulse (§A6).

Projects tab: the project chosen at the top, in three tabs: the Overview (the aim
sentence, the linked measures with their variation and assurance icons and the chosen measure's
chart with every PDSA cycle marked, and a timeline of the ramps and their cycles), the project
editor and the PDSA cycle form. Culture pulse tab: app/ui/editors/pulse_editor.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidgetItem

from app.domain.project import Project
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.records.projects import LinkedMeasure
from app.services.store import AppStore
from app.ui.editors.pdsa_editor import PdsaEditor
from app.ui.editors.pulse_editor import PulseEditor
from app.ui.generated.ui_improvement_page import Ui_ImprovementPage
from app.ui.pages.base import Page, paint_scroll_areas_once
from app.ui.pages.improvement_forms import LazyForms
from app.ui.panels.project_overview import (
    ID_ROLE,
    choice_text,
    fill_linked_measures,
    fill_timeline,
    fit_measures_table,
    setup_measures_table,
    setup_timeline,
    status_line,
)
from app.ui.widgets.form_helpers import fit_narrow, show_message


class ImprovementPage(LazyForms, Page):
    title = "Improvement"
    listens_to = Changes.PROJECTS | Changes.MEASURES | Changes.HUDDLES | Changes.WARDS | Changes.SETTINGS
    cycles_drawn = Signal(str, object)  # measure id, the annotations handed to the chart widget (for tests)

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_ImprovementPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self.ward_id: str | None = None
        self.projects: list[Project] = []
        self.project: Project | None = None
        self.linked: list[LinkedMeasure] = []
        self.chart_widget: Any = None
        self._measure_choices: list[tuple[str, str]] = []
        self._dirty = False
        self._ward_name = ""
        self.no_forms_yet()  # built when their tab is first shown (app/ui/pages/improvement_forms.py)
        from app.ui.panels.ideas_overview_panel import IdeasOverviewPanel  # issue 18: ideas across wards

        self.ideas_overview = IdeasOverviewPanel(store, self)
        self.ui.areas.addTab(self.ideas_overview, "&Ideas across wards")
        ui = self.ui
        fit_narrow(ui.projectsTab)
        ui.aimSentence.setObjectName("aimSentence")
        bigger = QFont(ui.aimSentence.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25)
        ui.aimSentence.setFont(bigger)
        ui.aimSentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table = ui.measuresTable
        setup_measures_table(table)
        table.horizontalHeader().sectionResized.connect(lambda *_args: fit_measures_table(table))
        setup_timeline(ui.timeline)
        ui.projectChoice.currentIndexChanged.connect(self._project_chosen)
        ui.newProject.clicked.connect(self.new_project)
        ui.deleteProject.clicked.connect(self.delete_project)
        table.itemSelectionChanged.connect(self._draw_selected_measure)
        ui.timeline.itemActivated.connect(self._timeline_activated)
        ui.projectTabs.currentChanged.connect(self._tab_changed)
        ui.areas.currentChanged.connect(lambda _i: self.show_form_on(ui.areas.currentWidget()))
        ui.printProject.clicked.connect(lambda: self._print(save_as=False))
        ui.projectPdf.clicked.connect(lambda: self._print(save_as=True))
        if store.read_only:
            ui.newProject.setEnabled(False)
            ui.deleteProject.setEnabled(False)
        paint_scroll_areas_once(self)
        self.load()

    # -- life cycle ------------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.WARDS | Changes.PROJECTS):
            self.ideas_overview.refresh()
        if changes & (Changes.WARDS | Changes.SETTINGS):
            self.flush()
            self.load()
            return
        if not self.isVisible():
            self._dirty = True
            return
        self._refresh_lists()

    def showEvent(self, event) -> None:  # N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self._refresh_lists()

    def flush(self) -> bool:
        return all([form.flush() for form in self.built_forms()])

    def leave(self) -> bool:
        self.flush()
        return True  # the page keeps its widgets, so switching away never loses typing

    def load(self, select_id: str | None = None) -> None:
        self.ward_id = self.store.current_ward_id()
        seconds = int(self.store.settings.get("autosave_seconds"))
        for form in self.built_forms():
            form.set_interval(seconds)
        if self._pulse is not None:
            self._pulse.load(self.ward_id)
        wanted = select_id or (self.project.id if self.project else None)
        self._fill_list(wanted)

    def _refresh_lists(self) -> None:
        """Something saved elsewhere: new names and charts, keeping the typing in the editors."""
        if self.ward_id is None:
            return
        self._measure_choices = self.store.projects.measure_choices(self.ward_id)
        if self._editor is not None:
            self._editor.refresh_measures(self._measure_choices)
        if self.project is not None and self._cycles is not None:
            self._cycles.refresh_project(self.project, self._measure_choices)
        self._fill_overview()
        if self._pulse is not None:
            self._pulse.refresh()

    def _fill_list(self, select_id: str | None) -> None:
        choice = self.ui.projectChoice
        self.projects = self.store.projects.list_for_ward(self.ward_id) if self.ward_id else []
        self._measure_choices = self.store.projects.measure_choices(self.ward_id) if self.ward_id else []
        choice.blockSignals(True)
        choice.clear()
        row = 0
        for index, project in enumerate(self.projects):
            choice.addItem(choice_text(project), project.id)
            if project.id == select_id:
                row = index
        choice.blockSignals(False)
        choice.setEnabled(bool(self.projects))
        self.ui.deleteProject.setEnabled(bool(self.projects) and not self.store.read_only)
        if self.projects:
            choice.setCurrentIndex(row)
            self._open(self.projects[row])
        else:
            self._open(None)
        self._say(
            ""
            if self.projects or not self.ward_id
            else "No projects yet. Press 'New project' to start one: a title is enough, the rest can follow."
        )

    def _open(self, project: Project | None, cycle_id: str | None = None) -> None:
        self.project = project
        ward = self.store.wards.find(self.ward_id) if self.ward_id else None
        self._ward_name = ward.name if ward else ""
        if self._editor is not None:
            self._editor.load(project, self._measure_choices, self._ward_name)
        if self._cycles is not None:
            self._cycles.set_project(project, self._measure_choices, cycle_id)
        self._fill_overview()

    def _project_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.projects) or (self.project and self.projects[row].id == self.project.id):
            return
        if not self.flush():
            self.ui.projectChoice.blockSignals(True)
            self.ui.projectChoice.setCurrentIndex(
                next((i for i, p in enumerate(self.projects) if self.project and p.id == self.project.id), 0)
            )
            self.ui.projectChoice.blockSignals(False)
            self._say("This project has a change that could not be saved: see its message.", error=True)
            return
        self._say("")
        self._open(self.projects[row])

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.ui.listMessage, text, error=error)
        self.ui.listMessage.setVisible(bool(text))

    # -- the overview ---------------------------------------------------------------------------------
    def _fill_overview(self) -> None:
        ui = self.ui
        project = self.project
        ui.printProject.setEnabled(project is not None)
        ui.projectPdf.setEnabled(project is not None)
        if project is None:
            ui.aimSentence.setText("")
            ui.statusLine.setText("")
            ui.measuresTable.setRowCount(0)
            ui.timeline.clear()
            ui.chartNote.setText("")
            if self.chart_widget is not None:
                self.chart_widget.hide()
            return
        ui.aimSentence.setText(self.store.projects.aim_sentence(project))
        ui.statusLine.setText(status_line(project))
        self._fill_measures()
        self._fill_timeline()

    def _fill_measures(self) -> None:
        """The linked measures' charts are worked out on a worker (a measure from the huddle
        sheets reads years of them); the table says so meanwhile and fills in when they arrive."""
        assert self.project is not None
        project, store = self.project, self.store
        self._measures_asked = getattr(self, "_measures_asked", 0) + 1
        asked = self._measures_asked
        if project.measure_ids:
            self.ui.chartNote.setText("Working out the linked measures' charts…")
        from app.ui import tasks

        def work() -> list[LinkedMeasure]:
            with store.reader() as reader:  # its own connection: this runs on a worker thread
                return reader.projects.linked_measures(project)

        tasks.run_in_background(work, lambda linked: self._measures_ready(asked, project, linked))

    def _measures_ready(self, asked: int, project: Project, linked: list[LinkedMeasure]) -> None:
        if asked != self._measures_asked or project is not self.project:  # a newer request is on its way
            return
        table = self.ui.measuresTable
        selected = table.currentRow()
        self.linked = linked
        fill_linked_measures(table, self.linked)
        QTimer.singleShot(0, lambda: fit_measures_table(table))  # again once the columns have their widths
        if not self.linked:
            self.ui.chartNote.setText("No measures linked yet: tick them on the 'Project and aim' tab.")
            if self.chart_widget is not None:
                self.chart_widget.hide()
            return
        table.selectRow(min(max(selected, 0), len(self.linked) - 1))
        self._draw_selected_measure()

    def _draw_selected_measure(self) -> None:
        row = self.ui.measuresTable.currentRow()
        if not 0 <= row < len(self.linked):
            return
        linked = self.linked[row]
        if linked.chart is None:
            self.ui.chartNote.setText(linked.problem)
            return
        cycles = [a for a in linked.chart.annotations if a.kind == "pdsa"]
        self.ui.chartNote.setText(
            f"{linked.name}: {len(cycles)} PDSA cycle{'s' if len(cycles) != 1 else ''} marked on the chart "
            "(dashed purple lines at each cycle's start)."
            if cycles
            else f"{linked.name}: no PDSA cycle collects this measure yet (tick it under 'Data to collect')."
        )
        if self.ui.projectTabs.currentWidget() is not self.ui.overviewTab:
            return  # drawn when the Overview is shown
        if self.chart_widget is None:
            from app.ui.charts.spc_chart import SpcChart

            self.chart_widget = SpcChart(self.ui.chartHost)
            self.chart_widget.setMinimumHeight(round(self.fontMetrics().height() * 18))
            self.ui.chartHostLayout.addWidget(self.chart_widget)
        self.chart_widget.show()
        from app.domain.chart_figure.aim import aim_target_for

        aim = aim_target_for(self.project, linked.measure_id, linked.name) if self.project is not None else None
        self.chart_widget.set_chart(linked.chart, aim=aim)  # the aim's own target, as on the printed page
        self.cycles_drawn.emit(linked.measure_id, cycles)

    def _fill_timeline(self) -> None:
        assert self.project is not None
        fill_timeline(self.ui.timeline, self.store.projects.ramps(self.project))

    def _timeline_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        cycle_id = item.data(0, ID_ROLE)
        if cycle_id:
            self.open_cycle(str(cycle_id))

    def _tab_changed(self, _index: int) -> None:
        shown = self.ui.projectTabs.currentWidget()
        if shown is not self.ui.overviewTab:
            self.show_form_on(shown)
        elif self._editor is not None or self._cycles is not None:
            self.flush()
            if self.project is not None:
                self._fill_overview()

    # -- saves from the editors ---------------------------------------------------------------------
    def _project_saved(self, changes: Changes) -> None:
        project = self.editor.project
        if project is None:
            return
        self.project = project
        for index, listed in enumerate(self.projects):
            if listed.id == project.id:
                self.projects[index] = project
                self.ui.projectChoice.setItemText(index, choice_text(project))
        if self._cycles is not None:
            self._cycles.refresh_project(project, self._measure_choices)
        if changes:
            self.changed.emit(changes)

    def _cycle_saved(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    # -- actions -------------------------------------------------------------------------------------
    def new_project(self) -> None:
        from app.ui import prompts

        if self.ward_id is None or self.store.read_only or not self.flush():
            return
        title = prompts.ask_text(self, "New improvement project", "Project title (you can change it later):")
        if title is None:
            return
        try:
            project, changes = self.store.projects.create(Project(self.ward_id, title))
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return
        self._say("")
        self._fill_list(project.id)
        self.ui.projectTabs.setCurrentWidget(self.ui.projectTab)
        self.editor.ui.problem.setFocus()
        self.changed.emit(changes)

    def delete_project(self) -> None:
        from app.ui import prompts

        project = self.project
        if project is None or self.store.read_only:
            return
        count = len(self.store.projects.cycles_for(project.id or ""))
        words = f"Delete the project '{project.title}'"
        words += f" and its {count} PDSA cycle{'s' if count != 1 else ''}?" if count else "?"
        if not prompts.ask_yes_no(self, "Delete project", words, yes="Delete", no="Keep it"):
            return
        for form in (self._editor, self._cycles):
            if form is not None:
                form.autosave.clear()
        try:
            changes = self.store.projects.delete((self._editor.project if self._editor else None) or project)
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return
        self.project = None
        self._fill_list(None)
        self._say(f"'{project.title}' was deleted.")
        self.changed.emit(changes)

    def open_project(self, project_id: str) -> None:
        """Show a project (search uses this)."""
        self.ui.areas.setCurrentWidget(self.ui.projectsTab)
        self.flush()
        self._fill_list(project_id)
        self.ui.projectTabs.setCurrentWidget(self.ui.overviewTab)

    def open_cycle(self, cycle_id: str) -> None:
        """Show a PDSA cycle on its project's PDSA tab (the timeline and search use this)."""
        try:
            cycle = self.store.projects.get_cycle(cycle_id)
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return
        self.ui.areas.setCurrentWidget(self.ui.projectsTab)
        if self.project is None or self.project.id != cycle.project_id:
            self.flush()
            self._fill_list(cycle.project_id)
        self.cycles.open_cycle(cycle_id)
        self.ui.projectTabs.setCurrentWidget(self.ui.cyclesTab)
        self.cycles.ui.title.setFocus()

    def open_pulse(self, _survey_id: str = "") -> None:
        self.ui.areas.setCurrentWidget(self.ui.pulseTab)

    def restore_draft(self, draft) -> None:  # ANN001: a Draft (app/services/records/drafts.py)
        """Typing kept before Ward Huddle stopped: the project, PDSA cycle or pulse as typed."""
        from app.domain.pdsa import PdsaCycle
        from app.domain.pulse import PulseSurvey

        kind = draft.key.split(":", 1)[0]
        if kind == PulseEditor.noun:
            self.open_pulse()
            self.pulse.show_quarter_draft(draft.record(PulseSurvey))
            return
        cycle = kind == PdsaEditor.noun
        record = draft.record(PdsaCycle if cycle else Project)
        self.ui.areas.setCurrentWidget(self.ui.projectsTab)
        self._fill_list(record.project_id if cycle else record.id)
        self.ui.projectTabs.setCurrentWidget(self.ui.cyclesTab if cycle else self.ui.projectTab)
        (self.cycles if cycle else self.editor).show_draft(record)

    def _print(self, *, save_as: bool) -> None:
        """The project with its cycles as saved: the cycle form is saved first too."""
        self.flush()
        (self.editor.save_pdf if save_as else self.editor.print_record)()
