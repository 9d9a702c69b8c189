"""Edit each focus harm's safety-cross key: what each box means, its colour (from a named palette,
so the choice is spoken as a word, not only seen) and whether it counts as a harm day."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.ward import CrossColour, FocusHarm

PALETTE = (
    ("Green", "#2e7d32"),
    ("Amber", "#f9a825"),
    ("Red", "#c62828"),
    ("Blue", "#1565c0"),
    ("Purple", "#6a1b9a"),
    ("Orange", "#ef6c00"),
    ("Grey", "#757575"),
    ("Black", "#212121"),
    ("Pink", "#ad1457"),
    ("Teal", "#00796b"),
)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _colour_item(label: str, hexcode: str) -> QStandardItem:
    item = QStandardItem(_swatch(hexcode), label)
    item.setData(hexcode, Qt.ItemDataRole.UserRole)  # what QComboBox.currentData() reads
    return item


class CrossColoursEditor(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHorizontalHeaderLabels(["Focus harm", "Box means", "Colour", "Counts as a harm day"])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setTabKeyNavigation(False)
        self.setAccessibleName("Safety cross colours")
        self._harms: tuple[FocusHarm, ...] = ()
        self._rows: list[tuple[int, int]] = []  # (harm index, colour index)
        # one list of the palette for every row's colour box (each box keeps its own choice):
        # filling a box item by item cost 15 ms of the Settings page's first visit
        self._palette = QStandardItemModel(self)
        for label, hexcode in PALETTE:
            self._palette.appendRow(_colour_item(label, hexcode))

    def set_harms(self, harms: tuple[FocusHarm, ...]) -> None:
        self._harms = harms
        self._rows = [(h, c) for h, harm in enumerate(harms) for c in range(len(harm.colours))]
        self.blockSignals(True)
        self.setRowCount(len(self._rows))
        for row, (h, c) in enumerate(self._rows):
            harm = harms[h]
            colour = harm.colours[c]
            name = QTableWidgetItem(harm.name if c == 0 else "")
            name.setFlags(name.flags() & ~name.flags().ItemIsEditable)
            self.setItem(row, 0, name)
            self.setItem(row, 1, QTableWidgetItem(colour.label))
            combo = QComboBox(self.viewport())  # made where it lives: moving it there re-styles it
            combo.setModel(self._palette)
            index = combo.findData(colour.colour.lower())
            if index < 0:  # a colour from outside the palette (typed into a file elsewhere): its own list
                own = QStandardItemModel(combo)
                for label, hexcode in PALETTE:
                    own.appendRow(_colour_item(label, hexcode))
                own.appendRow(_colour_item(colour.colour, colour.colour))
                combo.setModel(own)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.setAccessibleName(f"Colour for {harm.name}: {colour.label}")
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.setCellWidget(row, 2, combo)
            box = QCheckBox(self.viewport())
            box.setChecked(colour.is_harm)
            box.setAccessibleName(f"{harm.name}: {colour.label} counts as a harm day")
            box.toggled.connect(lambda _c: self.changed.emit())
            self.setCellWidget(row, 3, box)
        self.blockSignals(False)

    def harms(self) -> tuple[FocusHarm, ...]:
        """The harms with the edited colour keys."""
        edited: list[list[CrossColour]] = [list(h.colours) for h in self._harms]
        for row, (h, c) in enumerate(self._rows):
            label_item = self.item(row, 1)
            combo = self.cellWidget(row, 2)
            box = self.cellWidget(row, 3)
            original = edited[h][c]
            edited[h][c] = replace(
                original,
                label=(label_item.text().strip() if label_item else "") or original.label,
                colour=combo.currentData() if isinstance(combo, QComboBox) else original.colour,
                is_harm=box.isChecked() if isinstance(box, QCheckBox) else original.is_harm,
            )
        return tuple(replace(harm, colours=tuple(edited[i])) for i, harm in enumerate(self._harms))
