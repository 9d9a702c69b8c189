"""The project editor (forms/project_editor.ui): title, status, progress score, sponsor and team, the
problem, the aim (shown as a sentence as you type), linked measures and the driver diagram.

Autosaved like every form: within the autosave interval and when the user leaves a field or the
page; a save from a stale screen is refused, the typing stays and Reload appears.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QListWidgetItem,
    QWidget,
)

from app.domain.measure_input import parse_number
from app.domain.project import PROGRESS_SCORES, PROJECT_STATUSES, Aim, DriverNode, Project, aim_sentence, descendants
from app.errors import StaleRecordError, ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.generated.ui_project_editor import Ui_ProjectForm
from app.ui.pages.base import show_message
from app.ui.widgets.autosave import Autosaver

ID_ROLE = Qt.ItemDataRole.UserRole


def fill_measure_list(widget, choices: list[tuple[str, str]], checked: tuple[str, ...]) -> None:
    """A checkable list of measures; ids no longer on the ward stay listed (and ticked) as deleted."""
    widget.blockSignals(True)
    widget.clear()
    known = {measure_id for measure_id, _name in choices}
    rows = list(choices) + [(m, "A measure that has since been deleted") for m in checked if m not in known]
    for measure_id, name in rows:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, measure_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if measure_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def fit_narrow(root: QWidget, keep_unwrapped: tuple[QWidget, ...] = ()) -> None:
    """Let a form fit 1366 px at 200% text: long combo items are elided when closed (the list shows
    them whole) and every label wraps."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min(combo.minimumContentsLength() or 14, 14))
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    for label in root.findChildren(QLabel):
        if label not in keep_unwrapped:
            label.setWordWrap(True)


def commit_open_editor(view, *, close: bool = False) -> None:
    """Put what is typed in a cell that is still being edited into the table or tree, so a save
    (Ctrl+S, autosave) never misses it; ``close`` also closes the editor (before the rows are
    refilled). Direct, through the delegate's signals: moving focus would start another save."""
    if view.state() == QAbstractItemView.State.EditingState:
        editor = QApplication.focusWidget()
        if editor is not None and view.isAncestorOf(editor):
            view.itemDelegate().commitData.emit(editor)
            if close:
                view.itemDelegate().closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def checked_measures(widget) -> tuple[str, ...]:
    return tuple(
        str(widget.item(i).data(ID_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class ProjectEditor(QWidget):
    changed = Signal(object)  # Changes, after a save
    saved_at = Signal(str)  # "Saved 10:41:07", "Unsaved changes…", "NOT SAVED: ..."

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_ProjectForm()
        self.ui.setupUi(self)
        self.project: Project | None = None
        self._loading = False
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
        self.autosave = Autosaver(self, self.save, int(store.settings.get("autosave_seconds")))
        for edit in (ui.title, ui.sponsor, ui.team, ui.aimWhat, ui.aimBaseline, ui.aimTarget, ui.aimUnit):
            edit.textEdited.connect(lambda _t: self._changed())
        for edit in (ui.aimWhat, ui.aimBaseline, ui.aimTarget, ui.aimUnit):
            edit.textEdited.connect(lambda _t: self._show_aim())
        ui.problem.textChanged.connect(self._changed)
        ui.aimBy.dateChanged.connect(lambda _d: (self._changed(), self._show_aim()))
        ui.status.currentIndexChanged.connect(lambda _i: self._changed())
        ui.progressScore.currentIndexChanged.connect(lambda _i: self._changed())
        ui.measures.itemChanged.connect(lambda _item: self._changed())
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

    # -- loading ------------------------------------------------------------------------------------
    def set_interval(self, seconds: int) -> None:
        self.autosave.set_interval_seconds(seconds)

    def load(self, project: Project | None, measure_choices: list[tuple[str, str]], ward_name: str) -> None:
        self.autosave.clear()
        self.autosave.paused = False
        self.project = project
        self._ward_name = ward_name
        self.setEnabled(project is not None)
        self.ui.reload.hide()
        show_message(self.ui.message, "")
        if project is None:
            return
        ui = self.ui
        self._loading = True
        try:
            ui.title.setText(project.title)
            ui.status.setCurrentText(project.status)
            ui.progressScore.setCurrentIndex(max(0, ui.progressScore.findData(project.progress_score)))
            ui.sponsor.setText(project.sponsor)
            ui.team.setText(", ".join(project.team))
            ui.problem.setPlainText(project.problem)
            aim = project.aim
            ui.aimWhat.setText(aim.what)
            ui.aimBaseline.setText("" if aim.baseline is None else f"{aim.baseline:g}")
            ui.aimTarget.setText("" if aim.target is None else f"{aim.target:g}")
            ui.aimUnit.setText(aim.unit)
            ui.aimBy.set_date_value(aim.by_when)
            fill_measure_list(ui.measures, measure_choices, project.measure_ids)
            ui.drivers.set_nodes(project.drivers, aim_sentence(aim, ward_name))
        finally:
            self._loading = False
        self._show_aim()

    def refresh_measures(self, measure_choices: list[tuple[str, str]]) -> None:
        """New measure names or measures, keeping what is ticked on screen."""
        if self.project is None:
            return
        was_loading, self._loading = self._loading, True
        fill_measure_list(self.ui.measures, measure_choices, checked_measures(self.ui.measures))
        self._loading = was_loading

    def reload(self) -> None:
        if self.project is None or self.project.id is None:
            return
        try:
            fresh = self.store.projects.get(self.project.id)
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

    def read_form(self) -> Project:
        assert self.project is not None
        ui = self.ui
        commit_open_editor(ui.drivers)
        try:
            aim = self._aim()
        except ValidationError as error:
            raise ValidationError(f"{error}", "aim") from None
        return replace(
            self.project,
            title=ui.title.text(),
            status=ui.status.currentText(),
            progress_score=float(ui.progressScore.currentData()),
            sponsor=ui.sponsor.text(),
            team=tuple(n.strip() for n in ui.team.text().split(",") if n.strip()),
            problem=ui.problem.toPlainText(),
            aim=aim,
            measure_ids=checked_measures(ui.measures),
            drivers=ui.drivers.nodes(),
        )

    def _show_aim(self) -> None:
        try:
            aim = self._aim()
        except ValidationError as error:
            self.ui.aimSentence.setText(f"<b>{error}</b>")
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

    # -- saving ---------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self.project is None or self.store.read_only:
            return
        self.autosave.changed()
        self.saved_at.emit("Unsaved changes…")

    def _tree_action(self, action) -> None:
        self.ui.drivers.setFocus()
        action()

    def save(self) -> bool:
        if self.project is None or self.store.read_only:
            return False
        try:
            saved, changes = self.store.projects.save(self.read_form())
        except StaleRecordError as error:
            self.autosave.paused = True
            show_message(
                self.ui.message,
                f"{error} Your typing is still on screen; press Reload to see the saved project.",
                error=True,
            )
            self.ui.reload.show()
            self.saved_at.emit("NOT SAVED: changed by someone else")
            return False
        except WardHuddleError as error:
            show_message(self.ui.message, f"Not saved yet: {error}", error=True)
            self.saved_at.emit("NOT SAVED: see the message on the project")
            return False
        self.project = saved
        show_message(self.ui.message, "")
        self.saved_at.emit(f"Saved {datetime.now():%H:%M:%S}")
        self.changed.emit(changes)
        return True

    def save_now(self) -> None:
        self.autosave.changed()
        self.autosave.flush()

    def flush(self) -> bool:
        return self.autosave.flush()

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
