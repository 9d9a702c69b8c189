"""The later reflection form (domain-and-forms.md §A3): follows a hot debrief or stands alone,
shows that debrief's follow-up actions ready to update, and links to improvement work (a project
or one of its PDSA cycles)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.reflection import TEAM_NOW, Reflection
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.editors.reflection_editor import ReflectionEditor
from app.ui.generated.ui_later_reflection_editor import Ui_LaterReflectionForm
from app.ui.widgets.form_helpers import fill_combo, set_combo, text_lines


class LaterReflectionEditor(ReflectionEditor):
    """The later reflection: follows a hot debrief (or stands alone)."""

    noun = "later reflection"
    fields = (
        Field("post_event_id", "postEvent", "combo_data"),
        Field("huddle_date", "huddleDate", "date"),
        Field("huddle_time", "huddleTime"),
        Field("facilitator", "facilitator"),
        Field("participants", "participants", "value"),
        Field("understand_differently", "understandDifferently", "plain"),
        Field("everyday_changes", "everydayChanges", "plain"),
        Field("team_now", "teamNow", "combo_data"),
        Field("team_now_detail", "teamNowDetail"),
        Field("support", "support", "value"),
        Field("training_needs", "training", "value"),
    )
    tab_extras = {"participants": "actions", "training_needs": "projectLink"}

    def __init__(self, store: AppStore) -> None:
        super().__init__(store, Ui_LaterReflectionForm())
        ui = self.ui
        fill_combo(ui.teamNow, TEAM_NOW, "Not discussed")
        for edit in (ui.understandDifferently, ui.everydayChanges):
            text_lines(edit, 4)
        ui.postEvent.currentIndexChanged.connect(self._link_changed)
        ui.projectLink.currentIndexChanged.connect(self._changed)
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

    def _fill_projects(self, item: Reflection) -> None:
        combo = self.ui.projectLink
        combo.clear()
        combo.addItem("None", "")
        try:
            choices = self.store.projects.link_choices(item.ward_id)
        except WardHuddleError:
            choices = []
        for kind, record_id, label in choices:
            combo.addItem(f"{'PDSA cycle' if kind == 'pdsa' else 'Project'}: {label}", f"{kind}:{record_id}")
        if item.linked_pdsa_id:
            set_combo(combo, f"pdsa:{item.linked_pdsa_id}")
        elif item.linked_project_id:
            set_combo(combo, f"project:{item.linked_project_id}")

    def read_more(self, item: Reflection) -> Reflection:
        """The link to improvement work: a project or one of its PDSA cycles."""
        kind, _, record_id = str(self.ui.projectLink.currentData() or "").partition(":")
        return replace(
            item,
            post_event_id=item.post_event_id or None,
            linked_project_id=record_id if kind == "project" else None,
            linked_pdsa_id=record_id if kind == "pdsa" else None,
        )

    def refresh(self, changes: Changes) -> None:
        super().refresh(changes)
        if changes & Changes.PROJECTS and self._record is not None and not self.autosave.dirty:
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
    def before_fill(self, item: Reflection) -> None:
        super().before_fill(item)
        self._fill_post_events(item)
        self._fill_projects(item)

    def after_fill(self) -> None:
        self._describe_link()
        self.after_save(self._record)

    def after_save(self, saved: Reflection) -> None:
        self.ui.formTitle.setText(saved.title() if saved.is_saved else "New later reflection")
        self.ui.sourceLabel.hide()
