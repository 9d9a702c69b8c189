"""What every section of the daily sheet offers the page that composes them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox

from app.domain.huddle import HuddleSheet
from app.domain.ward import Ward
from app.services.store import AppStore
from app.ui.editors.fields import Field


class Section(QGroupBox):
    """A part of the sheet with its own form (``form``), the sheet's fields it shows (``fields``,
    in visual order) and its own buttons. The page fills and reads the fields; the section looks
    after everything else on it."""

    form: Any = None  # the generated Ui_ class
    fields: tuple[Field, ...] = ()
    edited = Signal()  # the user changed something on the sheet that is not one of ``fields``
    changed = Signal(object)  # Changes the section saved itself (a new staff member, an action)
    message = Signal(str, bool)  # words for the sheet's message line: (text, is it an error)

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ward: Ward | None = None
        self.ui = self.form()
        self.ui.setupUi(self)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.emit(text, error)

    def set_ward(self, ward: Ward, staff_names: list[str]) -> None:
        """The ward (and its staff) changed: refresh choices that depend on it."""
        self.ward = ward

    def after_fill(self, sheet: HuddleSheet) -> None:
        """The page has filled the fields from ``sheet``: update labels worked out from them."""

    def read_more(self, sheet: HuddleSheet) -> HuddleSheet:
        """The sheet as read from the fields, finished by what only this section knows."""
        return sheet
