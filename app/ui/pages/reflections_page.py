"""Reflections: the list of hot debriefs and later reflections (filtered by ward, category, dates
and where the later reflection stands), and the two forms.

For the main window: ``start_from_event(sheet_id, event_id)`` opens the hot debrief for a
look-back event on a daily sheet (a new one pre-filled from the event, or the one already
started); ``start_blank()`` opens a new hot debrief not tied to a daily sheet.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from app.domain.reflection import CATEGORIES, KIND_LABELS, LATER_STATES, NOT_A_SUBSTITUTE, Reflection
from app.errors import NotFound, WardHuddleError
from app.services.changes import Changes
from app.services.records.reflections import ReflectionRow
from app.services.store import AppStore
from app.ui.generated.ui_reflections_page import Ui_ReflectionsPage
from app.ui.pages.base import Page, paint_scroll_areas_once
from app.ui.widgets.form_helpers import show_message

if TYPE_CHECKING:  # the forms are imported when first opened, not at start-up
    from app.ui.editors.later_reflection_editor import LaterReflectionEditor
    from app.ui.editors.post_event_editor import PostEventEditor
    from app.ui.editors.reflection_editor import ReflectionEditor

COLUMNS = ("Date", "Kind", "What", "Harm", "Later reflection", "Shared at a daily huddle")


class ReflectionsPage(Page):
    title = "Reflections"
    listens_to = (
        Changes.WARDS
        | Changes.STAFF
        | Changes.SETTINGS
        | Changes.HUDDLES
        | Changes.ACTIONS
        | Changes.REFLECTIONS
        | Changes.PROJECTS
    )

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_ReflectionsPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self.ui.standingNote.setText(f"<b>Report incidents as usual.</b> {NOT_A_SUBSTITUTE}")
        for column in (1, 3, 5):
            self.ui.filterRow.setColumnStretch(column, 1)
        for combo in (self.ui.wardFilter, self.ui.categoryFilter, self.ui.statusFilter):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self._rows: list[ReflectionRow] = []
        self._post: PostEventEditor | None = None
        self._later: LaterReflectionEditor | None = None
        table = self.ui.reflectionList
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.installEventFilter(self)
        table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.ui.categoryFilter.addItem("All categories", None)
        for category in CATEGORIES:
            self.ui.categoryFilter.addItem(category, category)
        self.ui.statusFilter.addItem("Any status", None)
        for key, words in LATER_STATES.items():
            self.ui.statusFilter.addItem(words, key)
        today = self.store.reflections.today()
        self.ui.fromDate.setDate(QDate(today - timedelta(days=365)))
        self.ui.toDate.setDate(QDate(today))
        self._load_wards()
        for combo in (self.ui.wardFilter, self.ui.categoryFilter, self.ui.statusFilter):
            combo.currentIndexChanged.connect(lambda _i: self.load_list())
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.dateChanged.connect(lambda _d: self.load_list())
        self.ui.openReflection.clicked.connect(self.open_selected)
        self.ui.newDebrief.clicked.connect(self.start_blank)
        self.ui.newLater.clicked.connect(self.start_later)
        if store.read_only:
            self.ui.newDebrief.setEnabled(False)
            self.ui.newLater.setEnabled(False)
        self.load_list()

    # -- the two forms, built on first use ---------------------------------------------------
    @property
    def post_editor(self) -> PostEventEditor:
        if self._post is None:
            from app.ui.editors.post_event_editor import PostEventEditor

            self._post = PostEventEditor(self.store)
            self._wire(self._post)
        return self._post

    @property
    def later_editor(self) -> LaterReflectionEditor:
        if self._later is None:
            from app.ui.editors.later_reflection_editor import LaterReflectionEditor

            self._later = LaterReflectionEditor(self.store)
            self._wire(self._later)
        return self._later

    def _wire(self, editor: ReflectionEditor) -> None:
        editor.changed.connect(self.changed.emit)
        editor.back.connect(self.show_list)
        self.ui.stack.addWidget(editor)
        paint_scroll_areas_once(editor)

    def current_editor(self) -> ReflectionEditor | None:
        widget = self.ui.stack.currentWidget()
        return widget if widget is not None and widget in (self._post, self._later) else None

    # -- list --------------------------------------------------------------------------------
    def _load_wards(self) -> None:
        combo = self.ui.wardFilter
        wanted = combo.currentData() or self.store.current_ward_id()
        combo.blockSignals(True)
        combo.clear()
        for ward in self.store.wards.list_wards():
            combo.addItem(ward.name, ward.id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self.ui.wardFilter.setEnabled(combo.count() > 1)

    def ward_id(self) -> str | None:
        return self.ui.wardFilter.currentData() or self.store.current_ward_id()

    def load_list(self) -> None:
        ward_id = self.ward_id()
        if ward_id is None:
            self._rows = []
        else:
            self._rows = self.store.reflections.search(
                ward_id,
                category=self.ui.categoryFilter.currentData(),
                start=self.ui.fromDate.date().toPython(),
                end=self.ui.toDate.date().toPython(),
                state=self.ui.statusFilter.currentData(),
            )
        table = self.ui.reflectionList
        table.setRowCount(len(self._rows))
        for row, line in enumerate(self._rows):
            item = line.reflection
            when = item.main_date
            what = f"{item.category} ({item.event_type.lower()})" if item.is_post_event else self._later_what(item)
            harm = item.physical_harm if item.is_post_event else ""
            shared = ""
            if item.is_post_event and item.share_at_huddle:
                when_shared = self.store.reflections.shared_on(item)
                shared = f"Shared {when_shared:%d %b}" if when_shared else "To share at the next huddle"
            status = line.status if item.is_post_event else ""
            values = (f"{when:%d %b %Y}" if when else "", KIND_LABELS[item.kind], what, harm, status, shared)
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                table.setItem(row, column, cell)
        if self._rows:
            table.selectRow(0)
        count = len(self._rows)
        self.ui.countLabel.setText(f"{count} reflection{'s' if count != 1 else ''} shown")

    def _later_what(self, item: Reflection) -> str:
        if not item.post_event_id:
            return "Stand-alone reflection"
        post = self.store.reflections.find(item.post_event_id)
        return f"After the hot debrief: {post.title()}" if post else "After a hot debrief since deleted"

    def selected(self) -> Reflection | None:
        row = self.ui.reflectionList.currentRow()
        return self._rows[row].reflection if 0 <= row < len(self._rows) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.ui.reflectionList and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def show_list(self) -> None:
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        self.load_list()
        self.ui.reflectionList.setFocus()

    # -- opening -----------------------------------------------------------------------------
    def _switch_to(self, editor: ReflectionEditor, item: Reflection) -> bool:
        current = self.current_editor()
        if current is not None and not current.leave():
            return False
        editor.open(item)
        self.ui.stack.setCurrentWidget(editor)
        editor.first_field().setFocus()
        return True

    def open_reflection(self, reflection_id: str) -> None:
        try:
            item = self.store.reflections.get(reflection_id)
        except NotFound as error:
            show_message(self.ui.listMessage, str(error), error=True)
            self.load_list()
            return
        self._switch_to(self.post_editor if item.is_post_event else self.later_editor, item)

    def open_selected(self) -> None:
        item = self.selected()
        if item is None or item.id is None:
            show_message(self.ui.listMessage, "Select a reflection in the list first.", error=True)
            return
        self.open_reflection(item.id)

    def start_from_event(self, sheet_id: str, event_id: str) -> None:
        """Open the hot debrief for a look-back event on a daily sheet: a new one pre-filled from
        the event (category, harm level, incident reference, event date = sheet date), or the one
        already started for it."""
        try:
            item, existed = self.store.reflections.from_event(sheet_id, event_id)
        except WardHuddleError as error:
            show_message(self.ui.listMessage, str(error), error=True)
            self.show_list()
            return
        if self._switch_to(self.post_editor, item) and existed:
            show_message(self.post_editor.ui.message, "This event already has a hot debrief: here it is.")

    def start_blank(self) -> None:
        ward_id = self.ward_id()
        if ward_id is None:
            return
        self._switch_to(self.post_editor, self.store.reflections.new_post_event(ward_id))

    def start_later(self) -> None:
        """A new later reflection: it follows the selected hot debrief, if one is selected."""
        ward_id = self.ward_id()
        if ward_id is None:
            return
        selected = self.selected() if self.ui.stack.currentWidget() is self.ui.listPage else None
        post_id = selected.id if selected is not None and selected.is_post_event else None
        self._switch_to(self.later_editor, self.store.reflections.new_later(ward_id, post_id))

    # -- page life cycle --------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.WARDS | Changes.SETTINGS):
            self._load_wards()
        editor = self.current_editor()
        if editor is not None:
            editor.refresh(changes)
        else:
            self.load_list()

    def leave(self) -> bool:
        editor = self.current_editor()
        return editor.leave() if editor is not None else True

    def restore_draft(self, draft) -> None:  # ANN001: a Draft (app/services/records/drafts.py)
        """A reflection typed before Ward Huddle stopped: open it as it was typed."""
        item = draft.record(Reflection)
        editor = self.post_editor if item.is_post_event else self.later_editor
        if self._switch_to(editor, item):
            editor.show_draft(item)
