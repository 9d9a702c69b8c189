"""The project editor (forms/project_editor.ui): title, status, progress score, sponsor and team, the
problem, the aim (shown as a sentence as you type), linked measures and the driver diagram.

Autosaved like every form: within the autosave interval and when the user leaves a field or the
page; a save from a stale screen is refused, the typing stays and Reload appears.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QWidget,
)

from app.domain.measure_input import parse_number
from app.domain.project import PROGRESS_SCORES, PROJECT_STATUSES, Aim, DriverNode, Project, aim_sentence, descendants
from app.errors import ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.editors.record_editor import RecordEditor
from app.ui.generated.ui_project_editor import Ui_ProjectForm
from app.ui.widgets.form_helpers import commit_open_editor, escape, fit_narrow, show_message
from app.ui.widgets.measure_checks import MeasureChecks


class ProjectEditor(RecordEditor):
    noun = "project"
    draft_page = "improvement"
    leave_asks = False  # the Improvement page keeps its widgets, so leaving never loses typing
    status_on_open = False  # the page's one saved indicator speaks for the last save
    message_where = "on the project"
    stale_hint = "Your typing is still on screen; press Reload to see the saved project."
    fields = (
        Field("title", "title", strip=False),
        Field("status", "status", "combo_text"),
        Field("progress_score", "progressScore", "combo_data"),
        Field("sponsor", "sponsor", strip=False),
        Field("problem", "problem", "plain", strip=False),
        Field("measure_ids", "measure_checks", "value"),
    )

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.ui = Ui_ProjectForm()
        self.ui.setupUi(self)
        self._ward_name = ""
        ui = self.ui
        ui.status.addItems(list(PROJECT_STATUSES))
        for score, words in PROGRESS_SCORES.items():
            ui.progressScore.addItem(f"{score:.1f}: {words}", score)
        ui.reload.hide()
        fit_narrow(self)
        ui.aimBy.set_empty_text("No date yet")
        line = self.fontMetrics().height()
        ui.problem.setMaximumHeight(line * 6)
        ui.measures.setMaximumHeight(line * 8)
        ui.drivers.setMinimumHeight(line * 14)
        ui.drivers.confirm_delete = self._confirm_delete
        ui.aimBy.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + line * 4)
        self.measure_checks = MeasureChecks(ui.measures)
        self.bind_fields(self.fields)
        for edit in (ui.team, ui.aimWhat, ui.aimBaseline, ui.aimTarget, ui.aimUnit):
            edit.textEdited.connect(lambda _t: self._changed())
        for edit in (ui.aimWhat, ui.aimBaseline, ui.aimTarget, ui.aimUnit):
            edit.textEdited.connect(lambda _t: self._show_aim())
        ui.aimBy.dateChanged.connect(lambda _d: (self._changed(), self._show_aim()))
        ui.drivers.edited.connect(self._changed)
        ui.drivers.problem.connect(lambda text: show_message(ui.message, text, error=True))
        ui.addChild.clicked.connect(lambda: self._tree_action(ui.drivers.add_child))
        ui.addSibling.clicked.connect(lambda: self._tree_action(ui.drivers.add_sibling))
        ui.renameNode.clicked.connect(lambda: self._tree_action(ui.drivers.rename))
        ui.deleteNode.clicked.connect(lambda: self._tree_action(ui.drivers.delete))
        ui.moveUp.clicked.connect(lambda: self._tree_action(lambda: ui.drivers.move(-1)))
        ui.moveDown.clicked.connect(lambda: self._tree_action(lambda: ui.drivers.move(1)))
        ui.reload.clicked.connect(self.reload)
        save = QShortcut(QKeySequence("Ctrl+S"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_now)
        if store.read_only:
            ui.drivers.read_only = True
            for button in (ui.addChild, ui.addSibling, ui.renameNode, ui.deleteNode, ui.moveUp, ui.moveDown):
                button.setEnabled(False)
        self.setEnabled(False)

    @property
    def project(self) -> Project | None:
        return self._record

    # -- loading ------------------------------------------------------------------------------------
    def load(self, project: Project | None, measure_choices: list[tuple[str, str]], ward_name: str) -> None:
        self.measure_checks.choices = list(measure_choices)
        self._ward_name = ward_name
        self.setEnabled(project is not None)
        if project is None:
            self.autosave.clear()
            self._record = None
            self.ui.reload.hide()
            show_message(self.ui.message, "")
            return
        self.open(project)

    def fill_more(self, project: Project) -> None:
        ui = self.ui
        ui.team.setText(", ".join(project.team))
        aim = project.aim
        ui.aimWhat.setText(aim.what)
        ui.aimBaseline.setText("" if aim.baseline is None else f"{aim.baseline:g}")
        ui.aimTarget.setText("" if aim.target is None else f"{aim.target:g}")
        ui.aimUnit.setText(aim.unit)
        ui.aimBy.set_date_value(aim.by_when)
        ui.drivers.set_nodes(project.drivers, aim_sentence(aim, self._ward_name))

    def after_fill(self) -> None:
        self._show_aim()

    def refresh_measures(self, measure_choices: list[tuple[str, str]]) -> None:
        """New measure names or measures, keeping what is ticked on screen."""
        self.measure_checks.set_choices(measure_choices)

    def reload(self) -> None:
        if self._record is None or self._record.id is None:
            return
        try:
            fresh = self.store.projects.get(self._record.id)
        except WardHuddleError as error:
            show_message(self.ui.message, str(error), error=True)
            return
        self.load(fresh, self.store.projects.measure_choices(fresh.ward_id), self._ward_name)
        self.saved_at.emit("Reloaded the saved project")
        self.changed.emit(Changes.NONE)

    # -- reading -------------------------------------------------------------------------------------
    def _aim(self) -> Aim:
        ui = self.ui
        return Aim(
            ui.aimWhat.text(),
            parse_number(ui.aimBaseline.text(), "The baseline"),
            parse_number(ui.aimTarget.text(), "The target"),
            ui.aimUnit.text(),
            ui.aimBy.date_value(),
        )

    def read_more(self, project: Project) -> Project:
        ui = self.ui
        commit_open_editor(ui.drivers)
        try:
            aim = self._aim()
        except ValidationError as error:
            raise ValidationError(f"{error}", "aim") from None
        return replace(
            project,
            progress_score=float(project.progress_score),
            team=tuple(n.strip() for n in ui.team.text().split(",") if n.strip()),
            aim=aim,
            drivers=ui.drivers.nodes(),
        )

    def read_form(self) -> Project:
        return self.read()

    def save_record(self, project: Project) -> tuple[Project, Changes]:
        return self.store.projects.save(project)

    def _show_aim(self) -> None:
        try:
            aim = self._aim()
        except ValidationError as error:
            self.ui.aimSentence.setText(f"<b>{escape(str(error))}</b>")
            return
        sentence = aim_sentence(aim, self._ward_name)
        self.ui.aimSentence.setText(sentence)
        self.ui.drivers.set_aim_text(sentence)
        gaps = aim.gaps()
        self.ui.aimHint.setText(
            ("A clear aim says what, how much, from where and by when. Still to add: " + ", ".join(gaps) + ".")
            if gaps and aim.what.strip()
            else ""
        )

    # -- printing: the project with its PDSA cycles ----------------------------------------------------
    def pdf_maker(self):
        from app.services import printing as pdfs

        store, project = self.store, self._record
        cycles = tuple(store.projects.cycles_for(project.id or ""))
        return lambda: pdfs.project_pdf(store, project, cycles)

    def pdf_title(self) -> str:
        return self._record.title

    def pdf_file_name(self) -> str:
        return f"{self._record.title}.pdf"

    # -- saving ---------------------------------------------------------------------------------------
    def _tree_action(self, action) -> None:
        self.ui.drivers.setFocus()
        action()

    def _confirm_delete(self, node: DriverNode) -> bool:
        from app.ui import prompts

        under = descendants(node)
        cycles = self.store.projects.cycles_under(self.project, node.id) if self.project else []
        words = f"Delete '{node.text}'"
        if under:
            words += f" and the {len(under)} part{'s' if len(under) != 1 else ''} under it"
        words += " from the driver diagram?"
        if cycles:
            words += (
                f" {len(cycles)} PDSA cycle{'s' if len(cycles) != 1 else ''} tested "
                f"{'them' if under else 'it'}; they are kept, listed under 'Change idea removed'."
            )
        return prompts.ask_yes_no(self, "Delete from the driver diagram", words, yes="Delete", no="Keep it")
