"""The map from a form's widgets to a record's fields, declared once per editor (in the manner of
Picard's option pages): ``Field("leader", "leader", "edit_text")`` says the record's ``leader`` is
shown in the form's ``leader`` box, an editable combo. The RecordEditor fills, reads and watches
every field from that list, and the list's order is the form's visual order (what a Tab chain is
derived from).

Kinds (how a value is shown):

=============== =================================== ===========================================
kind            widget                              value
=============== =================================== ===========================================
text            QLineEdit                           str (stripped unless ``strip=False``)
plain           QPlainTextEdit                      str (stripped unless ``strip=False``)
check           QCheckBox                           bool
count           QSpinBox whose -1 shows as blank    int | None
number          QSpinBox whose 0 means "not given"  int | None
combo_text      QComboBox                           its current text
combo_data      QComboBox (items carry data)        its current item's data
edit_text       editable QComboBox                  the typed text (stripped)
yes_no          QComboBox: not asked / Yes / No     bool | None
date            QDateEdit                           date (an empty record shows ``today``)
optional_date   OptionalDateEdit                    date | None
value           any widget with value(), set_value()  whatever it holds
                and a ``changed`` signal
=============== =================================== ===========================================
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

KINDS = (
    "text",
    "plain",
    "check",
    "count",
    "number",
    "combo_text",
    "combo_data",
    "edit_text",
    "yes_no",
    "date",
    "optional_date",
    "value",
)


@dataclass(frozen=True)
class Field:
    name: str  # the record's attribute
    widget: str  # the widget's name on the form's ``ui`` (else an attribute of the form's owner)
    kind: str = "text"
    strip: bool = True

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.name}")


def _text(value: str, field: Field) -> str:
    return value.strip() if field.strip else value


def _yes_no_index(value: bool | None) -> int:
    return 0 if value is None else (1 if value else 2)


_GET: dict[str, Callable[[Any, Field], Any]] = {
    "text": lambda w, f: _text(w.text(), f),
    "plain": lambda w, f: _text(w.toPlainText(), f),
    "check": lambda w, f: w.isChecked(),
    "count": lambda w, f: None if w.value() < 0 else w.value(),
    "number": lambda w, f: w.value() or None,
    "combo_text": lambda w, f: w.currentText(),
    "combo_data": lambda w, f: w.currentData(),
    "edit_text": lambda w, f: _text(w.currentText(), f),
    "yes_no": lambda w, f: None if w.currentIndex() == 0 else w.currentIndex() == 1,
    "date": lambda w, f: w.date().toPython(),
    "optional_date": lambda w, f: w.date_value(),
    "value": lambda w, f: w.value(),
}

_SET: dict[str, Callable[[Any, Any, date], None]] = {
    "text": lambda w, v, today: w.setText(v or ""),
    "plain": lambda w, v, today: w.setPlainText(v or ""),
    "check": lambda w, v, today: w.setChecked(bool(v)),
    "count": lambda w, v, today: w.setValue(-1 if v is None else v),
    "number": lambda w, v, today: w.setValue(v or 0),
    "combo_text": lambda w, v, today: w.setCurrentText(v or ""),
    "combo_data": lambda w, v, today: w.setCurrentIndex(max(0, w.findData(v))),
    "edit_text": lambda w, v, today: w.setEditText(v or ""),
    "yes_no": lambda w, v, today: w.setCurrentIndex(_yes_no_index(v)),
    "date": lambda w, v, today: w.setDate(QDate(v or today)),
    "optional_date": lambda w, v, today: w.set_date_value(v),
    "value": lambda w, v, today: w.set_value(v),
}

# The signal that says the *user* changed the value (textEdited, not textChanged, for line edits:
# filling the form must not look like typing).
_SIGNAL = {
    "text": "textEdited",
    "plain": "textChanged",
    "check": "toggled",
    "count": "valueChanged",
    "number": "valueChanged",
    "combo_text": "currentIndexChanged",
    "combo_data": "currentIndexChanged",
    "edit_text": "editTextChanged",
    "yes_no": "currentIndexChanged",
    "date": "dateChanged",
    "optional_date": "dateChanged",
    "value": "changed",
}


class BoundField:
    """A Field joined to its widget on one form."""

    def __init__(self, field: Field, widget: Any) -> None:
        self.field = field
        self.widget = widget

    @property
    def name(self) -> str:
        return self.field.name

    def get(self) -> Any:
        return _GET[self.field.kind](self.widget, self.field)

    def set(self, value: Any, today: date) -> None:
        _SET[self.field.kind](self.widget, value, today)

    def watch(self, slot: Callable[[], None]) -> None:
        getattr(self.widget, _SIGNAL[self.field.kind]).connect(lambda *_args: slot())

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits for this field, in order (a list editor has several)."""
        inner = getattr(self.widget, "widgets", None)
        return list(inner()) if callable(inner) else [self.widget]


def bind(fields: Iterable[Field], owner: Any) -> list[BoundField]:
    """Join each field to its widget: ``owner.ui.<widget>`` if the form has it, else
    ``owner.<widget>`` (an adapter the owner made, such as a table of rows)."""
    ui = getattr(owner, "ui", None)
    bound = []
    for field in fields:
        widget = getattr(ui, field.widget, None) if ui is not None else None
        if widget is None:
            widget = getattr(owner, field.widget, None)
        if widget is None:
            raise AttributeError(f"no widget {field.widget!r} for the field {field.name!r}")
        bound.append(BoundField(field, widget))
    return bound
