"""'Add an idea for the board…' on the daily sheet: an improvement idea in one line, offered by
someone or anonymously, straight onto the board's New column (saved at once, not part of the
sheet's own autosave)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import WardHuddleError
from app.services.store import AppStore


class AddIdeaButton(QPushButton):
    changed = Signal(object)  # Changes
    message = Signal(str, bool)  # text, is it an error

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__("Add an &idea for the board…", parent)
        self.store = store
        self.setAccessibleName("Add an improvement idea for the board")
        self.clicked.connect(self.add)
        self.setEnabled(not store.read_only)

    def add(self) -> None:
        from app.ui import prompts

        ward_id = self.store.current_ward_id()
        if ward_id is None:
            return
        text = prompts.ask_text(self, "An idea for the board", "The idea, in one line:")
        if text is None:
            return
        if not " ".join(text.split()):
            self.message.emit("No idea added: type the idea in a line.", True)
            return
        offered_by = prompts.ask_text(self, "An idea for the board", "Offered by (leave blank for anonymous):")
        if offered_by is None:
            return
        try:
            idea, changes = self.store.board.add_idea(ward_id, text, offered_by)
        except WardHuddleError as error:
            self.message.emit(f"No idea added: {error}", True)
            return
        self.message.emit(f"Idea added to the board's New column: {idea.text}", False)
        self.changed.emit(changes)
