"""The ward's visual management board and the weekly improvement huddle (issue 18).

Board tab: one column per idea status (New, Agreed to test, Testing, Adopted, Adapted, Abandoned,
Parked); below them this week's focus, the key measures as small charts with their Making Data
Count icons and words, days since the last harm for each focus harm, celebrations and thanks, the
open improvement actions with owners and "You said, we did". The chosen card's words are edited
on the right.

Keyboard: Left/Right go to the next column, Up/Down choose a card, Ctrl+Left/Ctrl+Right move the
chosen card one column (Ctrl+M: to any column), Ctrl+N types a new idea, F11 is the full-screen
mode with large type for a wall screen (Escape leaves it). Weekly huddle tab:
app/ui/editors/improvement_huddle_editor.py. The board's parts (columns, lower panels, card editor,
PDSA cycle offer, wall mode) are in app/ui/panels/board/; this page composes them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from app.domain.idea import CLOSED, REASON_PROMPT, STATUSES, Idea, neighbour_status
from app.errors import StaleRecordError, WardHuddleError
from app.services.changes import Changes
from app.services.records.board import Board, NeedsCycle
from app.services.store import AppStore
from app.ui.generated.ui_board_page import Ui_BoardPage
from app.ui.pages.base import Page, paint_scroll_areas_once
from app.ui.panels.board.card_editor import edited_card, show_card
from app.ui.panels.board.columns import BoardColumns
from app.ui.panels.board.lower_panels import BoardPanels
from app.ui.panels.board.testing_cycle import start_cycle
from app.ui.panels.board.wall_mode import WallMode
from app.ui.widgets.form_helpers import show_message


class BoardPage(Page):
    title = "Board"
    listens_to = Changes.PROJECTS | Changes.MEASURES | Changes.HUDDLES | Changes.ACTIONS | Changes.WARDS
    board_drawn = Signal()

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_BoardPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self.ward_id: str | None = None
        self.board: Board | None = None
        self.ideas: dict[str, Idea] = {}
        self.chosen: Idea | None = None
        self._stale = False
        self.board_columns = BoardColumns(self.ui.columnsHost, self, lambda: self.chosen is not None)
        self.columns = self.board_columns.columns
        self.board_columns.chosen.connect(lambda idea_id: self._show_details(self.ideas.get(idea_id)))
        self.board_columns.step.connect(self.move_chosen)
        self.board_columns.edit.connect(self.ui.ideaText.setFocus)
        self.panels = BoardPanels(self.ui, self)
        self._build_add_row()
        ui = self.ui
        ui.columnsRow.setStretch(0, 4)
        ui.columnsRow.setStretch(1, 1)
        ui.boardContentLayout.setStretch(0, 3)  # the cards get the most room, the panels the rest
        ui.boardContentLayout.setStretch(1, 2)
        ui.detailsBox.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        ui.youSaid.setMaximumHeight(self.fontMetrics().height() * 5)
        ui.youSaid.setTabChangesFocus(True)
        self.wall_mode = WallMode(
            self,
            ui,
            self.columns.values(),
            (self.new_idea_text, self.new_idea_by, ui.addIdea),
            self._redraw_measures,
        )
        ui.moveLeft.clicked.connect(lambda: self.move_chosen(-1))
        ui.moveRight.clicked.connect(lambda: self.move_chosen(1))
        ui.moveTo.clicked.connect(self.move_to_chosen_column)
        ui.focusIdea.clicked.connect(self.toggle_focus)
        ui.wallMode.clicked.connect(self.wall_mode.toggle)
        ui.printPoster.clicked.connect(self.print_poster)
        ui.saveIdea.clicked.connect(self.save_chosen)
        ui.deleteIdea.clicked.connect(self.delete_chosen)
        for keys, slot in (
            ("Ctrl+N", self.new_idea_text.setFocus),
            ("Ctrl+M", self.move_to_chosen_column),
            ("F11", self.wall_mode.toggle),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._weekly = None  # the weekly huddle's editor is built when its tab is first shown
        self._weekly_stale = True
        ui.tabs.currentChanged.connect(self._tab_changed)
        if store.read_only:
            for button in (ui.addIdea, ui.moveLeft, ui.moveRight, ui.moveTo, ui.focusIdea, ui.saveIdea, ui.deleteIdea):
                button.setEnabled(False)
            self.new_idea_text.setEnabled(False)
        paint_scroll_areas_once(self)
        self.load()

    @property
    def wall(self) -> bool:
        """Whether the board is in its full-screen mode for a wall screen."""
        return self.wall_mode.on

    def _build_add_row(self) -> None:
        self.new_idea_text = QLineEdit(self)
        self.new_idea_text.setPlaceholderText("Type an idea in one line (Ctrl+N)")
        self.new_idea_text.setAccessibleName("New idea")
        self.new_idea_by = QLineEdit(self)
        self.new_idea_by.setPlaceholderText("Offered by (blank: anonymous)")
        self.new_idea_by.setAccessibleName("New idea offered by")
        bar = self.ui.toolBar
        # two rows, so the page fits a 1366-pixel screen at 200 % text: typing an idea above, the
        # card's buttons below
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_idea_text, 3)
        add_row.addWidget(self.new_idea_by, 2)
        bar.removeWidget(self.ui.addIdea)
        add_row.addWidget(self.ui.addIdea)
        self.ui.boardTabLayout.insertLayout(0, add_row)
        self.ui.addIdea.setText("&Add idea")
        self.ui.addIdea.clicked.connect(self.add_idea)
        self.new_idea_text.returnPressed.connect(self.add_idea)
        self.new_idea_by.returnPressed.connect(self.add_idea)

    # -- life cycle ---------------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.load()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.load()

    @property
    def weekly(self):  # ImprovementHuddleEditor, imported with its widgets on first use
        if self._weekly is None:
            from app.ui.editors.improvement_huddle_editor import ImprovementHuddleEditor

            self._weekly = ImprovementHuddleEditor(self.store, self)
            self.ui.weeklyHostLayout.addWidget(self._weekly)
            self._weekly.changed.connect(self._weekly_saved)
            self._weekly.saved_at.connect(self.ui.savedIndicator.setText)
            paint_scroll_areas_once(self._weekly)
        return self._weekly

    def leave(self) -> bool:
        self.wall_mode.leave()
        if self._weekly is not None:
            self._weekly.flush()
        return True

    def load(self) -> None:
        self.ward_id = self.store.current_ward_id()
        if self.ward_id is None:
            return
        ward = self.store.wards.find(self.ward_id)
        self.ui.title.setText(f"Improvement board: {ward.name}" if ward else "Improvement board")
        self.board = self.store.board.board(self.ward_id)
        self.draw(self.board)
        self._weekly_stale = True
        if self.ui.tabs.currentIndex() == 1:
            self._tab_changed(1)

    # -- drawing ------------------------------------------------------------------------------------
    def draw(self, board: Board) -> None:
        chosen_id = self.chosen.id if self.chosen else None
        self.ideas = {i.id or "": i for ideas in board.columns.values() for i in ideas}
        for status, ideas in board.columns.items():
            self.columns[status].fill(ideas, board.cycle_labels)
        self.panels.draw(board)
        if chosen_id and chosen_id in self.ideas:
            self.select(chosen_id)
        else:
            self._show_details(None)
        self.board_drawn.emit()

    # -- choosing a card ------------------------------------------------------------------------------
    def select(self, idea_id: str) -> None:
        idea = self.ideas.get(idea_id)
        if idea is None:
            return
        if self.board_columns.select(idea_id, idea.status):
            self._show_details(idea)

    def _show_details(self, idea: Idea | None) -> None:
        self.chosen = idea
        label = self.board.cycle_labels.get(idea.pdsa_cycle_id, "") if idea and self.board else ""
        show_card(self.ui, idea, label, read_only=self.store.read_only)

    # -- actions ------------------------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.ui.message, text, error=error)

    def add_idea(self) -> None:
        if self.ward_id is None or self.store.read_only:
            return
        try:
            idea, changes = self.store.board.add_idea(self.ward_id, self.new_idea_text.text(), self.new_idea_by.text())
        except WardHuddleError as error:
            self._say(str(error), error=True)
            self.new_idea_text.setFocus()
            return
        self.new_idea_text.clear()
        self.new_idea_by.clear()
        self._say(f"Idea added to New: {idea.text}")
        self._after_write(changes, idea)
        self.new_idea_text.setFocus()

    def move_chosen(self, step: int) -> None:
        if self.chosen is None:
            self._say("Choose a card first (Up and Down in a column).", error=True)
            return
        target = neighbour_status(self.chosen.status, step)
        if target is not None:
            self.move_to(self.chosen, target)

    def move_to_chosen_column(self) -> None:
        if self.chosen is None:
            self._say("Choose a card first (Up and Down in a column).", error=True)
            return
        from app.ui import prompts

        options = [s for s in STATUSES if s != self.chosen.status]
        status = prompts.ask_choice(self, "Move the card", f"Move '{self.chosen.text}' to:", options)
        if status:
            self.move_to(self.chosen, status)

    def move_to(self, idea: Idea, status: str) -> bool:
        """Move a card; Testing without a PDSA cycle offers to start one, a closed column asks why."""
        from app.ui import prompts

        reason = ""
        if status in CLOSED:
            typed = prompts.ask_text(self, f"Move to {status}", REASON_PROMPT[status], idea.reason)
            if typed is None:
                return False
            reason = typed
        assert self.ward_id is not None
        try:
            try:
                saved, changes = self.store.board.move(idea, status, reason=reason)
                self._say(f"Moved to {status}: {saved.text}")
            except NeedsCycle:
                started = start_cycle(self, self.store.board, self.ward_id, idea, self._say)
                if started is None:
                    return False
                saved, changes = started
                if self.board is None:
                    self.board = self.store.board.board(self.ward_id, with_measures=False)
                self.board.cycle_labels.update(dict(self.store.board.cycle_choices(self.ward_id)))
        except StaleRecordError as error:
            self._say(f"{error} The board now shows the latest cards.", error=True)
            self.load()
            return False
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return False
        self._after_write(changes, saved, moved_from=idea.status)
        return True

    def toggle_focus(self) -> None:
        if self.chosen is None:
            self._say("Choose a card in Testing first.", error=True)
            return
        try:
            saved, changes = self.store.board.set_focus(self.chosen, not self.chosen.focus)
        except StaleRecordError as error:
            self._say(f"{error} The board now shows the latest cards.", error=True)
            self.load()
            return
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return
        self._after_write(changes, saved, full=True)

    def save_chosen(self) -> None:
        """Save the edited words of the chosen card; a stale edit keeps the typing on screen."""
        if self.chosen is None:
            return
        edited = edited_card(self.ui, self.chosen)
        try:
            saved, changes = self.store.board.save_idea(edited)
        except StaleRecordError as error:
            self._say(f"{error} Your typing is still in the card's boxes: copy it, reload the board.", error=True)
            return
        except WardHuddleError as error:
            self._say(f"Not saved: {error}", error=True)
            return
        self._say("Card saved.")
        self._after_write(changes, saved, full=True)

    def delete_chosen(self) -> None:
        from app.ui import prompts

        if self.chosen is None:
            return
        if not prompts.ask_yes_no(self, "Delete the card", f"Delete the idea '{self.chosen.text}'?", yes="Delete"):
            return
        try:
            changes = self.store.board.delete_idea(self.chosen)
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return
        self.chosen = None
        self._say("Card deleted.")
        self.changed.emit(changes)
        self.load()

    def _after_write(self, changes: Changes, idea: Idea, *, moved_from: str | None = None, full: bool = False) -> None:
        """Redraw only what the write changed: the card's old and new column (a move) or the
        columns and panels without recomputing the charts (anything else)."""
        self.changed.emit(changes)
        assert self.ward_id is not None and self.board is not None
        if full or moved_from is None:
            fresh = self.store.board.board(self.ward_id, with_measures=False)
            self.board = replace(fresh, measures=self.board.measures)
            self.chosen = idea
            self.draw(self.board)
        else:
            self._move_card(idea, moved_from)
        self.select(idea.id or "")

    def _move_card(self, idea: Idea, moved_from: str) -> None:
        assert self.board is not None and idea.id is not None
        old = self.board.columns[moved_from]
        old[:] = [i for i in old if i.id != idea.id]
        self.board.columns[idea.status].insert(0, idea)
        self.ideas[idea.id] = idea
        for status in {moved_from, idea.status}:
            self.columns[status].fill(self.board.columns[status], self.board.cycle_labels)
        self.chosen = idea

    # -- full screen ----------------------------------------------------------------------------------
    def _redraw_measures(self) -> None:
        if self.board is not None:
            self.panels.draw_measures(self.board)

    def _tab_changed(self, index: int) -> None:
        """The weekly huddle is read the first time its tab is shown (the board paints first)."""
        if index == 1 and self._weekly_stale and self.ward_id is not None:
            self._weekly_stale = False
            self.weekly.load(self.ward_id)

    # -- elsewhere --------------------------------------------------------------------------------
    def print_poster(self) -> None:
        from app.ui.board_printing import print_board_poster

        if self.ward_id is not None:
            print_board_poster(self, self.store, self.ward_id)

    def _weekly_saved(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if self.ward_id is not None and self.board is not None:
            fresh = self.store.board.board(self.ward_id, with_measures=False)
            self.board = replace(fresh, measures=self.board.measures)
            self.panels.draw(self.board)
