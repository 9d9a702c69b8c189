"""The SEIPS work-system grid of a hot debrief: six rows (Person(s), Tasks, Tools & technology,
Organisation, Internal environment, External environment), each helped / hindered / both / not
applicable, with a note. The prompts ask about the system, never about who was at fault."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.domain.reflection import SEIPS_EFFECTS, SEIPS_ELEMENTS, SeipsFactor

EFFECT_WORDS = {
    "": "Not discussed",
    "Helped": "Helped",
    "Hindered": "Hindered",
    "Both": "Both helped and hindered",
    "Not applicable": "Not applicable",
}


class SeipsGrid(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate(("Part of the work system", "Effect", "What helped or got in the way")):
            header = QLabel(f"<b>{text}</b>")
            header.setWordWrap(True)
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        self._rows: list[tuple[str, QComboBox, QLineEdit]] = []
        for row, (key, label, prompt) in enumerate(SEIPS_ELEMENTS, start=1):
            name = QLabel(label.replace("&", "&&"))  # "Tools & technology", not a shortcut letter
            name.setToolTip(prompt)
            effect = QComboBox()
            for value in SEIPS_EFFECTS:
                effect.addItem(EFFECT_WORDS[value], value)
            effect.setAccessibleName(f"{label}: effect")
            effect.setAccessibleDescription(prompt)
            effect.setToolTip(prompt)
            effect.currentIndexChanged.connect(lambda _i: self.changed.emit())
            notes = QLineEdit()
            notes.setAccessibleName(f"{label}: notes")
            notes.setAccessibleDescription(prompt)
            notes.setPlaceholderText(prompt)
            notes.setMaxLength(400)
            notes.textEdited.connect(lambda _t: self.changed.emit())
            name.setBuddy(effect)
            grid.addWidget(name, row, 0)
            grid.addWidget(effect, row, 1)
            grid.addWidget(notes, row, 2)
            self._rows.append((key, effect, notes))
        grid.setColumnStretch(2, 1)

    def value(self) -> tuple[SeipsFactor, ...]:
        return tuple(
            SeipsFactor(key, effect.currentData() or "", notes.text().strip()) for key, effect, notes in self._rows
        )

    def set_value(self, factors: tuple[SeipsFactor, ...]) -> None:
        by_key = {f.element: f for f in factors}
        for key, effect, notes in self._rows:
            factor = by_key.get(key, SeipsFactor(key))
            effect.blockSignals(True)
            effect.setCurrentIndex(max(0, effect.findData(factor.effect)))
            effect.blockSignals(False)
            notes.setText(factor.notes)

    def widgets(self) -> list[QWidget]:
        """In tab order: each row's effect then its notes."""
        return [w for _key, effect, notes in self._rows for w in (effect, notes)]
