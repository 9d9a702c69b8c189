"""A checkable list of the ward's measures (a project's or a PDSA cycle's linked measures), as a
field widget: ``value`` is the tuple of ticked measure ids."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


class MeasureChecks(QObject):
    changed = Signal()

    def __init__(self, widget: QListWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.choices: list[tuple[str, str]] = []  # (measure id, name)
        widget.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """New measure names or measures, keeping what is ticked."""
        ticked = self.value()
        self.choices = list(choices)
        self.set_value(ticked)

    def value(self) -> tuple[str, ...]:
        widget = self.widget
        return tuple(
            str(widget.item(i).data(ID_ROLE))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_value(self, checked: tuple[str, ...]) -> None:
        """The measures, ticked as ``checked``; ids no longer on the ward stay listed (and ticked)
        as deleted."""
        widget = self.widget
        widget.blockSignals(True)
        widget.clear()
        known = {measure_id for measure_id, _name in self.choices}
        rows = self.choices + [(m, "A measure that has since been deleted") for m in checked if m not in known]
        for measure_id, name in rows:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, measure_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if measure_id in checked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.blockSignals(False)

    def widgets(self) -> list[QListWidget]:
        return [self.widget]
