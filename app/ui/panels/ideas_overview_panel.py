"""Ideas across the wards, a tab of the Improvement page (for the improvement team): each ward's
ideas counted by board column, and the ideas one ward adopted that the others have not tried.

The tab is built and its tables filled when it is first shown (and filled again when it is shown
after a change): a visit to the page that never opens this tab builds nothing and reads no idea."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.idea import STATUSES
from app.services.store import AppStore
from app.ui.pages.built_on_show import focus_into


class IdeasOverviewPanel(QWidget):
    """Built when first shown: until then the page only holds this empty tab."""

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._built = False
        self._stale = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

    def _build(self) -> None:
        from app.services.exchange.ideas_overview import IdeasOverview
        from app.ui.widgets.ward_filter import WardFilter

        self._built = True
        self.service = IdeasOverview(self.store.ctx)
        content = QWidget()  # filled, then put on the tab (its widgets follow it in the focus chain)
        layout = QVBoxLayout(content)
        row = QHBoxLayout()
        label = QLabel("&Wards")
        self.combo = QComboBox(content)
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        self.ward_filter = WardFilter(self.combo, self.store)
        self.ward_filter.changed.connect(self.load)
        layout.addWidget(QLabel("<b>Ideas by board column, per ward</b>"))
        self.table = QTableWidget(content)
        self.table.setAccessibleName("Ideas by column, per ward")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel("<b>Adopted in one ward, not yet tried in others</b>"))
        self.spread = QTableWidget(content)
        self.spread.setAccessibleName("Ideas adopted in one ward that others might try")
        self.spread.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.spread.verticalHeader().setVisible(False)
        self.spread.setWordWrap(True)
        layout.addWidget(self.spread, 3)
        self.layout().addWidget(content)
        content.show()
        focus_into(content, self)

    def showEvent(self, event) -> None:  # N802 - Qt override
        super().showEvent(event)
        if not self._built:
            self._build()
        if self._stale:
            self.load()

    def refresh(self) -> None:
        """Wards or ideas changed: the ward choices and the tables again (when shown, if hidden)."""
        if self._built:
            self.ward_filter.reload()
        self.load()

    def load(self) -> None:
        """The tables again: now if the tab is showing, else when it is next shown."""
        self._stale = not (self._built and self.isVisible())
        if not self._stale:
            self._fill()

    def _fill(self) -> None:
        rows = self.service.by_ward(self.ward_filter.ward_ids())
        headers = ["Ward", *STATUSES, "All"]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row.ward_name, *(str(row.counts[s]) for s in STATUSES), str(row.total)]
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        candidates = self.service.spread(self.ward_filter.ward_ids())
        self.spread.setColumnCount(4)
        self.spread.setHorizontalHeaderLabels(["Idea", "Adopted on", "Why", "Not yet tried on"])
        self.spread.setRowCount(len(candidates))
        for r, item in enumerate(candidates):
            idea = item.idea
            cells = [idea.text, f"{item.ward_name} ({idea.status.lower()})", idea.reason, ", ".join(item.not_tried_by)]
            for c, value in enumerate(cells):
                self.spread.setItem(r, c, QTableWidgetItem(value))
        header = self.spread.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.spread.resizeRowsToContents()
