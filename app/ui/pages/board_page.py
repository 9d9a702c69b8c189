"""The ward's visual management board and the weekly improvement huddle (issue 18).

Board tab: one column per idea status (New, Agreed to test, Testing, Adopted, Adapted, Abandoned,
Parked); below them this week's focus, the key measures as small charts with their Making Data
Count icons and words, days since the last harm for each focus harm, celebrations and thanks, the
open improvement actions with owners and "You said, we did". The chosen card's words are edited
on the right.

Keyboard: Left/Right go to the next column, Up/Down choose a card, Ctrl+Left/Ctrl+Right move the
chosen card one column (Ctrl+M: to any column), Ctrl+N types a new idea, F11 is the full-screen
mode with large type for a wall screen (Escape leaves it). Weekly huddle tab:
app/ui/editors/improvement_huddle_editor.py.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.idea import CLOSED, REASON_PROMPT, STATUSES, TESTING, Idea, neighbour_status, you_said_line
from app.errors import StaleRecordError, WardHuddleError
from app.services.changes import Changes
from app.services.records.board import Board, NeedsCycle
from app.services.store import AppStore
from app.ui.generated.ui_board_page import Ui_BoardPage
from app.ui.pages.base import Page
from app.ui.widgets.form_helpers import show_message

ID_ROLE = Qt.ItemDataRole.UserRole
WALL_SCALE = 1.8


class IdeaColumn(QWidget):
    """A column of cards: its heading and a list that takes the board's keys."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("columnHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.heading.setMinimumHeight(self.heading.fontMetrics().height() * 2 + 4)  # the lists line up
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.cards = QListWidget(self)
        self.cards.setWordWrap(True)
        self.cards.setSpacing(4)
        self.cards.setAlternatingRowColors(True)  # separates the cards; their words say what they are
        self.cards.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setResizeMode(QListWidget.ResizeMode.Adjust)
        # never so narrow that a word is cut: at large type the board scrolls sideways instead
        self.cards.setMinimumWidth(self.cards.fontMetrics().averageCharWidth() * 13)
        self.cards.setObjectName(f"column{status.replace(' ', '')}")
        self.cards.setAccessibleName(f"{status} column")
        self.heading.setBuddy(self.cards)
        layout.addWidget(self.heading)
        layout.addWidget(self.cards, 1)
        self.set_count(0)

    def fit(self) -> None:
        """Each card as tall as its wrapped words at the list's width (Qt's own estimate cuts
        the last lines off when the list is narrow)."""
        metrics = self.cards.fontMetrics()
        width = max(40, self.cards.viewport().width() - 2 * self.cards.spacing() - 6)
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            rect = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, rect.height() + 4))

    def set_count(self, count: int) -> None:
        self.heading.setText(f"{self.status} ({count})")  # plain text in a bold font: no rich-text layout
        self.cards.setAccessibleDescription(f"{count} card{'s' if count != 1 else ''}")


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
        self.wall = False
        self._stale = False
        self._base_font = QFont(self.font())
        self.columns: dict[str, IdeaColumn] = {}
        for status in STATUSES:
            column = IdeaColumn(status, self)
            column.cards.installEventFilter(self)
            column.cards.currentItemChanged.connect(lambda item, _old, c=column: self._card_chosen(c, item))
            self.ui.columnsHost.addWidget(column)
            self.columns[status] = column
        self.tiles: list = []
        self._build_add_row()
        ui = self.ui
        ui.columnsRow.setStretch(0, 4)
        ui.columnsRow.setStretch(1, 1)
        ui.boardContentLayout.setStretch(0, 3)  # the cards get the most room, the panels the rest
        ui.boardContentLayout.setStretch(1, 2)
        for label in (ui.focusText, ui.harmsText, ui.celebrationsText, ui.actionsText, ui.youSaidText):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        ui.detailsBox.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        ui.youSaid.setMaximumHeight(self.fontMetrics().height() * 5)
        ui.youSaid.setTabChangesFocus(True)
        ui.moveLeft.clicked.connect(lambda: self.move_chosen(-1))
        ui.moveRight.clicked.connect(lambda: self.move_chosen(1))
        ui.moveTo.clicked.connect(self.move_to_chosen_column)
        ui.focusIdea.clicked.connect(self.toggle_focus)
        ui.wallMode.clicked.connect(self.toggle_wall)
        ui.printPoster.clicked.connect(self.print_poster)
        ui.saveIdea.clicked.connect(self.save_chosen)
        ui.deleteIdea.clicked.connect(self.delete_chosen)
        for keys, slot in (
            ("Ctrl+N", self.new_idea_text.setFocus),
            ("Ctrl+M", self.move_to_chosen_column),
            ("F11", self.toggle_wall),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape = QShortcut(QKeySequence("Escape"), self, self._leave_wall)
        self._escape.setEnabled(False)
        self._weekly = None  # the weekly huddle's editor is built when its tab is first shown
        self._weekly_stale = True
        ui.tabs.currentChanged.connect(self._tab_changed)
        if store.read_only:
            for button in (ui.addIdea, ui.moveLeft, ui.moveRight, ui.moveTo, ui.focusIdea, ui.saveIdea, ui.deleteIdea):
                button.setEnabled(False)
            self.new_idea_text.setEnabled(False)
        self.load()

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
        return self._weekly

    def leave(self) -> bool:
        self._leave_wall()
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
            column = self.columns[status]
            column.cards.blockSignals(True)
            column.cards.clear()
            for idea in ideas:
                column.cards.addItem(self._card(idea))
            column.cards.blockSignals(False)
            column.set_count(len(ideas))
            column.fit()
        self._draw_panels(board)
        if chosen_id and chosen_id in self.ideas:
            self.select(chosen_id)
        else:
            self._show_details(None)
        self.board_drawn.emit()

    def _card(self, idea: Idea) -> QListWidgetItem:
        lines = [idea.text, f"Offered by {idea.offered_by_text}"]
        if idea.focus:
            lines.insert(0, "★ THIS WEEK'S FOCUS")
        label = self.board.cycle_labels.get(idea.pdsa_cycle_id, "") if self.board else ""
        if label and idea.status == TESTING:
            lines.append(label.split(": ", 1)[-1])
        if idea.status in CLOSED and idea.reason:
            lines.append(f"Why: {idea.reason}")
        item = QListWidgetItem("\n".join(lines))
        item.setData(ID_ROLE, idea.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(lines))
        return item

    def _draw_panels(self, board: Board) -> None:
        ui = self.ui
        focus = [
            f"<b>{_esc(f.idea.text)}</b><br>{_esc(f.cycle_label or 'No PDSA cycle')}"
            + (f" ({_esc(f.project_title)})" if f.project_title else "")
            for f in board.focus
        ]
        ui.focusText.setText(
            "<br><br>".join(focus) or "No focus chosen. Pick one or two ideas in Testing and press 'This week's focus'."
        )
        harms = [f"<b>{h.days if h.days is not None else '–'}</b> {_days(h)}" for h in board.harms]
        ui.harmsText.setText("<br>".join(harms) or "No focus harms set up for this ward.")
        when = f" (weekly huddle {board.celebrations_from:%d %b})" if board.celebrations_from else ""
        ui.celebrationsText.setText(
            _esc(board.celebrations) + _esc(when) if board.celebrations else "Nothing recorded yet at a weekly huddle."
        )
        actions = [
            f"{_esc(a.text)}: <b>{_esc(a.owner or 'no owner yet')}</b>" + (f", by {a.due:%d %b}" if a.due else "")
            for a in board.actions
        ]
        ui.actionsText.setText("<br>".join(actions) or "No open improvement actions.")
        ui.youSaidText.setText("<br><br>".join(_esc(you_said_line(i)) for i in board.you_said) or "Nothing closed yet.")
        self._draw_measures(board)

    def _draw_measures(self, board: Board) -> None:
        from app.ui.widgets.measure_sparkline import MeasureTile

        host = self.ui.measuresHost
        while len(self.tiles) < len(board.measures):
            tile = MeasureTile(self)
            host.addWidget(tile)
            self.tiles.append(tile)
        for index, tile in enumerate(self.tiles):
            if index < len(board.measures):
                key = board.measures[index]
                tile.set_measure(key.name, key.chart, key.problem)
                tile.show()
            else:
                tile.hide()
        if not board.measures:
            self.ui.measuresBox.setToolTip("Link measures to an active improvement project to show them here.")

    # -- choosing a card ------------------------------------------------------------------------------
    def select(self, idea_id: str) -> None:
        idea = self.ideas.get(idea_id)
        if idea is None:
            return
        cards = self.columns[idea.status].cards
        for row in range(cards.count()):
            if cards.item(row).data(ID_ROLE) == idea_id:
                cards.setCurrentRow(row)
                cards.setFocus()
                self._show_details(idea)
                return

    def _card_chosen(self, column: IdeaColumn, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        for other in self.columns.values():
            if other is not column:
                other.cards.blockSignals(True)
                other.cards.setCurrentRow(-1)
                other.cards.blockSignals(False)
        self._show_details(self.ideas.get(item.data(ID_ROLE)))

    def _show_details(self, idea: Idea | None) -> None:
        self.chosen = idea
        ui = self.ui
        ui.ideaText.setText(idea.text if idea else "")
        ui.offeredBy.setText(idea.offered_by if idea else "")
        ui.reason.setText(idea.reason if idea else "")
        ui.youSaid.setPlainText(idea.you_said_we_did if idea else "")
        label = self.board.cycle_labels.get(idea.pdsa_cycle_id, "") if idea and self.board else ""
        ui.cycleLabel.setText(label or "None yet: moving the card to Testing starts one.")
        for widget in (ui.ideaText, ui.offeredBy, ui.reason, ui.youSaid, ui.saveIdea, ui.deleteIdea):
            widget.setEnabled(idea is not None and not self.store.read_only)
        ui.focusIdea.setText("Take off this week's &focus" if idea and idea.focus else "This week's &focus")

    # -- keys -------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QListWidget):
            column = watched.parent()
            if isinstance(column, IdeaColumn):
                column.fit()
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QListWidget):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            ctrl = bool(key_event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = -1 if key == Qt.Key.Key_Left else 1
                if ctrl:
                    self.move_chosen(step)
                else:
                    self._focus_column(watched, step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.chosen is not None:
                self.ui.ideaText.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _focus_column(self, cards: QListWidget, step: int) -> None:
        order = list(self.columns.values())
        index = next(i for i, c in enumerate(order) if c.cards is cards) + step
        if 0 <= index < len(order):
            target = order[index].cards
            target.setFocus()
            if target.count() and target.currentRow() < 0:
                target.setCurrentRow(0)

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
        try:
            saved, changes = self.store.board.move(idea, status, reason=reason)
        except NeedsCycle:
            return self._start_cycle(idea)
        except StaleRecordError as error:
            self._say(f"{error} The board now shows the latest cards.", error=True)
            self.load()
            return False
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return False
        self._say(f"Moved to {status}: {saved.text}")
        self._after_write(changes, saved, moved_from=idea.status)
        return True

    def _start_cycle(self, idea: Idea) -> bool:
        from app.ui import prompts

        assert self.ward_id is not None
        projects = self.store.board.project_choices(self.ward_id)
        cycles = self.store.board.cycle_choices(self.ward_id)
        if not projects and not cycles:
            self._say(
                "An idea in Testing is tested in a PDSA cycle. Set up an improvement project first "
                "(Improvement page), then move the card again.",
                error=True,
            )
            return False
        options = [f"Start a new PDSA cycle in: {title}" for _pid, title in projects]
        options += [f"Link an existing cycle: {label}" for _cid, label in cycles]
        answer = prompts.ask_choice(
            self, "Testing needs a PDSA cycle", f"'{idea.text}' is tested in a PDSA cycle. Start one?", options
        )
        if not answer:
            self._say("Not moved: an idea in Testing needs a PDSA cycle.")
            return False
        index = options.index(answer)
        try:
            if index < len(projects):
                saved, cycle, changes = self.store.board.start_cycle_for(idea, projects[index][0])
                self._say(f"Started {cycle.label} for '{saved.text}': plan it on the Improvement page.")
            else:
                saved, changes = self.store.board.move(idea, TESTING, cycle_id=cycles[index - len(projects)][0])
                self._say(f"Moved to Testing, linked to {cycles[index - len(projects)][1]}.")
        except StaleRecordError as error:
            self._say(f"{error} The board now shows the latest cards.", error=True)
            self.load()
            return False
        except WardHuddleError as error:
            self._say(str(error), error=True)
            return False
        self.board = self.store.board.board(self.ward_id, with_measures=False) if self.board is None else self.board
        self.board.cycle_labels.update(dict(self.store.board.cycle_choices(self.ward_id)))
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
        ui = self.ui
        edited = replace(
            self.chosen,
            text=ui.ideaText.text(),
            offered_by=ui.offeredBy.text(),
            reason=ui.reason.text(),
            you_said_we_did=ui.youSaid.toPlainText(),
        )
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
            column = self.columns[status]
            cards = column.cards
            cards.blockSignals(True)
            cards.clear()
            for each in self.board.columns[status]:
                cards.addItem(self._card(each))
            cards.blockSignals(False)
            column.set_count(cards.count())
            column.fit()
        self.chosen = idea

    # -- full screen ----------------------------------------------------------------------------------
    def toggle_wall(self) -> None:
        self.set_wall(not self.wall)

    def _leave_wall(self) -> None:
        if self.wall:
            self.set_wall(False)

    def set_wall(self, on: bool) -> None:
        """Full screen with large type for a wall screen: the navigation, tools and the card's
        editor are hidden; Escape or F11 comes back."""
        self.wall = on
        window = self.window()
        font = QFont(self._base_font)
        if on:
            font.setPointSizeF(self._base_font.pointSizeF() * WALL_SCALE)
        self.ui.boardContent.setFont(font)
        title = QFont(font)
        title.setBold(on)
        self.ui.title.setFont(title)
        heading = QFont(font)
        heading.setBold(True)
        for column in self.columns.values():
            column.heading.setFont(heading)
        for widget in (self.ui.toolBar.itemAt(i).widget() for i in range(self.ui.toolBar.count())):
            if isinstance(widget, (QPushButton, QLineEdit)) and widget is not self.ui.wallMode:
                widget.setVisible(not on)
        for widget in (self.new_idea_text, self.new_idea_by, self.ui.addIdea):
            widget.setVisible(not on)
        self.ui.detailsBox.setVisible(not on)
        self.ui.tabs.tabBar().setVisible(not on)
        self.ui.tabs.setCurrentIndex(0)
        navigation = window.findChild(QWidget, "navigation")
        if navigation is not None and window is not self:
            navigation.setVisible(not on)
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar) and window is not self:
            status_bar().setVisible(not on)
        self.ui.wallMode.setText("Leave full screen (Esc)" if on else "F&ull screen (F11)")
        self._escape.setEnabled(on)
        if on:
            window.showFullScreen()
        elif window.isFullScreen():
            window.showNormal()
        if self.board is not None:
            self._draw_measures(self.board)  # the icons are drawn at the new type size

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
            self._draw_panels(self.board)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _days(harm) -> str:
    if harm.days is None:
        return f"{harm.name}: no harm recorded yet"
    return f"day{'s' if harm.days != 1 else ''} since the last {harm.name.lower()}"
