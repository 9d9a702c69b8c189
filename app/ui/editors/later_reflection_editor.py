"""The later reflection form (domain-and-forms.md §A3): follows a hot debrief or stands alone,
shows that debrief's follow-up actions ready to update, and links to improvement work once the
projects service exists."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from app.domain.reflection import TEAM_NOW, Reflection
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.reflection_editor import ReflectionEditor, fill_combo, set_combo, text_lines
from app.ui.generated.ui_later_reflection_editor import Ui_LaterReflectionForm


class LaterReflectionEditor(ReflectionEditor):
    """The later reflection: follows a hot debrief (or stands alone)."""

    noun = "later reflection"

    def __init__(self, store: AppStore) -> None:
        super().__init__(store, Ui_LaterReflectionForm())
        ui = self.ui
        fill_combo(ui.teamNow, TEAM_NOW, "Not discussed")
        for edit in (ui.understandDifferently, ui.everydayChanges):
            text_lines(edit, 4)
            edit.textChanged.connect(self._changed)
        for line in (ui.huddleTime, ui.facilitator, ui.teamNowDetail):
            line.textEdited.connect(self._changed)
        ui.huddleDate.dateChanged.connect(self._changed)
        ui.teamNow.currentIndexChanged.connect(self._changed)
        ui.postEvent.currentIndexChanged.connect(self._link_changed)
        ui.projectLink.currentIndexChanged.connect(self._changed)
        self._projects_available = False
        ui.postEventRow.setStretch(1, 1)
        ui.improvementRow.setStretch(1, 1)

    # -- links -----------------------------------------------------------------------------
    def _fill_post_events(self, item: Reflection) -> None:
        combo = self.ui.postEvent
        combo.clear()
        combo.addItem("None: a stand-alone reflection", None)
        for post in self.store.reflections.post_event_choices(item.ward_id):
            combo.addItem(post.title(), post.id)
        if item.post_event_id and combo.findData(item.post_event_id) < 0:
            combo.addItem("A hot debrief that has since been deleted", item.post_event_id)
        set_combo(combo, item.post_event_id)

    def _project_choices(self, ward_id: str) -> list[tuple[str, str, str]] | None:
        """(kind 'project' | 'pdsa', id, label) from the projects service, once one exists."""
        projects = getattr(self.store, "projects", None)
        finder = getattr(projects, "link_choices", None) if projects is not None else None
        if finder is None:
            return None
        try:
            return list(finder(ward_id))
        except WardHuddleError:
            return []

    def _fill_projects(self, item: Reflection) -> None:
        choices = self._project_choices(item.ward_id)
        self._projects_available = choices is not None
        self.ui.improvementBox.setVisible(self._projects_available)
        combo = self.ui.projectLink
        combo.clear()
        combo.addItem("None", "")
        for kind, record_id, label in choices or []:
            combo.addItem(f"{'PDSA cycle' if kind == 'pdsa' else 'Project'}: {label}", f"{kind}:{record_id}")
        if item.linked_pdsa_id:
            set_combo(combo, f"pdsa:{item.linked_pdsa_id}")
        elif item.linked_project_id:
            set_combo(combo, f"project:{item.linked_project_id}")

    def _links(self) -> tuple[str | None, str | None]:
        """(linked_project_id, linked_pdsa_id): kept as loaded when no projects service exists."""
        assert self._item is not None
        if not self._projects_available:
            return self._item.linked_project_id, self._item.linked_pdsa_id
        kind, _, record_id = str(self.ui.projectLink.currentData() or "").partition(":")
        return (record_id if kind == "project" else None), (record_id if kind == "pdsa" else None)

    def refresh(self, changes: Changes) -> None:
        super().refresh(changes)
        if changes & Changes.PROJECTS and self._item is not None and not self.autosave.dirty:
            current = self.read()
            self._loading = True
            try:
                self._fill_projects(current)
            finally:
                self._loading = False

    def _link_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._describe_link()
        self._load_actions()
        self._changed()

    def _describe_link(self) -> None:
        post_id = self.ui.postEvent.currentData()
        text = "A stand-alone reflection: not linked to a hot debrief."
        if post_id:
            post = self.store.reflections.find(post_id)
            if post is None:
                text = "The hot debrief this followed has been deleted."
            else:
                text = f"Hot debrief: {post.title()}."
                if post.learned:
                    text += f" What we learned then: \u201c{post.learned}\u201d"
                if post.later_due:
                    text += f" This reflection was planned for {post.later_due:%d %b %Y}."
        self.ui.linkedSummary.setText(text)

    # -- form --------------------------------------------------------------------------------
    def _fill(self, item: Reflection) -> None:
        ui = self.ui
        self._fill_post_events(item)
        self._fill_projects(item)
        ui.huddleDate.setDate(QDate(item.huddle_date or self._today()))
        ui.huddleTime.setText(item.huddle_time)
        ui.facilitator.setText(item.facilitator)
        ui.participants.set_value(item.participants)
        ui.understandDifferently.setPlainText(item.understand_differently)
        ui.everydayChanges.setPlainText(item.everyday_changes)
        set_combo(ui.teamNow, item.team_now)
        ui.teamNowDetail.setText(item.team_now_detail)
        ui.support.set_value(item.support)
        ui.training.set_value(item.training_needs)

    def _after_fill(self) -> None:
        self._describe_link()
        self._after_save()

    def _after_save(self) -> None:
        if self._item is not None:
            self.ui.formTitle.setText(self._item.title() if self._item.is_saved else "New later reflection")
        self.ui.sourceLabel.hide()

    def read(self) -> Reflection:
        assert self._item is not None
        ui = self.ui
        project_id, pdsa_id = self._links()
        return replace(
            self._item,
            post_event_id=ui.postEvent.currentData() or None,
            huddle_date=ui.huddleDate.date().toPython(),
            huddle_time=ui.huddleTime.text().strip(),
            facilitator=ui.facilitator.text().strip(),
            participants=ui.participants.value(),
            understand_differently=ui.understandDifferently.toPlainText().strip(),
            everyday_changes=ui.everydayChanges.toPlainText().strip(),
            team_now=ui.teamNow.currentData(),
            team_now_detail=ui.teamNowDetail.text().strip(),
            support=ui.support.value(),
            training_needs=ui.training.value(),
            linked_project_id=project_id,
            linked_pdsa_id=pdsa_id,
        )

    def _chain(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.postEvent,
            ui.huddleDate,
            ui.huddleTime,
            ui.facilitator,
            *ui.participants.widgets(),
            *ui.actions.widgets(),
            ui.understandDifferently,
            ui.everydayChanges,
            ui.teamNow,
            ui.teamNowDetail,
            *ui.support.widgets(),
            *ui.training.widgets(),
            ui.projectLink,
        ]

    def first_field(self) -> QWidget:
        return self.ui.postEvent
