"""The board's columns of cards: one per idea status, the cards drawn from the ideas, choosing a
card and the column keys (Left/Right: the next column, Ctrl+Left/Ctrl+Right: move the chosen card,
Enter: edit it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.idea import CLOSED, STATUSES, TESTING, Idea

ID_ROLE = Qt.ItemDataRole.UserRole


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

    def fill(self, ideas: Iterable[Idea], cycle_labels: dict) -> None:
        """The column's cards, newest first as given, without telling anyone a card was chosen."""
        self.cards.blockSignals(True)
        self.cards.clear()
        for idea in ideas:
            self.cards.addItem(card_item(idea, cycle_labels))
        self.cards.blockSignals(False)
        self.set_count(self.cards.count())
        self.fit()

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


def card_item(idea: Idea, cycle_labels: dict) -> QListWidgetItem:
    """A card: the idea's words, who offered it, its PDSA cycle in Testing, why it was closed."""
    lines = [idea.text, f"Offered by {idea.offered_by_text}"]
    if idea.focus:
        lines.insert(0, "★ THIS WEEK'S FOCUS")
    label = cycle_labels.get(idea.pdsa_cycle_id, "")
    if label and idea.status == TESTING:
        lines.append(label.split(": ", 1)[-1])
    if idea.status in CLOSED and idea.reason:
        lines.append(f"Why: {idea.reason}")
    item = QListWidgetItem("\n".join(lines))
    item.setData(ID_ROLE, idea.id)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(lines))
    return item


class BoardColumns(QObject):
    """All the columns side by side. ``chosen`` carries the id of the card the user chose,
    ``step`` a Ctrl+Left (-1) or Ctrl+Right (1) on a card, ``edit`` an Enter on the chosen card
    (``has_chosen`` says whether there is one)."""

    chosen = Signal(object)  # str | None
    step = Signal(int)
    edit = Signal()

    def __init__(self, host: QBoxLayout, parent: QWidget, has_chosen: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._has_chosen = has_chosen
        self.columns: dict[str, IdeaColumn] = {}
        for status in STATUSES:
            column = IdeaColumn(status, parent)
            column.cards.installEventFilter(self)
            column.cards.currentItemChanged.connect(lambda item, _old, c=column: self._card_chosen(c, item))
            host.addWidget(column)
            self.columns[status] = column

    def select(self, idea_id: str, status: str) -> bool:
        """Make the card current in its column and give that column the keys."""
        cards = self.columns[status].cards
        for row in range(cards.count()):
            if cards.item(row).data(ID_ROLE) == idea_id:
                cards.setCurrentRow(row)
                cards.setFocus()
                return True
        return False

    def _card_chosen(self, column: IdeaColumn, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        for other in self.columns.values():
            if other is not column:
                other.cards.blockSignals(True)
                other.cards.setCurrentRow(-1)
                other.cards.blockSignals(False)
        self.chosen.emit(item.data(ID_ROLE))

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
                    self.step.emit(step)
                else:
                    self._focus_column(watched, step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._has_chosen():
                self.edit.emit()
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
