"""The ward filter every list and chart offers: "All wards" or one ward.

Pattern for a page (the control is a plain QComboBox, placed in the page's form with a label)::

    self.ward_filter = WardFilter(self.ui.wardFilter, store)     # fills it: All wards, then each ward
    self.ward_filter.changed.connect(self.load)                  # emits when the choice changes
    rows = store.exchange.view.wards_table(self.ward_filter.ward_ids())   # None = every ward
    ...
    def refresh(self, changes):                                  # wards come and go on import
        if changes & Changes.WARDS: self.ward_filter.reload()

Services take ``ward_ids``: a sequence of ward ids, or None for all wards (see
app/services/exchange/wards_view.py); repositories turn it into SQL with ``ward_filter_sql``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from app.services.store import AppStore


class WardFilter(QObject):
    changed = Signal()

    def __init__(self, combo: QComboBox, store: AppStore) -> None:
        super().__init__(combo)
        self.combo = combo
        self.store = store
        if not combo.accessibleName():
            combo.setAccessibleName("Show wards")
        combo.setToolTip("Show every ward, or one ward only")
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.reload()

    def reload(self) -> None:
        """Refill the choices (after an import brought a new ward), keeping the current choice."""
        wanted = self.ward_ids()
        self.combo.blockSignals(True)
        self.combo.clear()
        for option in self.store.exchange.view.ward_options():
            self.combo.addItem(option.label, option.ward_ids)
        index = next((i for i in range(self.combo.count()) if self.combo.itemData(i) == wanted), 0)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def ward_ids(self) -> tuple[str, ...] | None:
        """The chosen wards: None for all of them."""
        data = self.combo.currentData() if self.combo.count() else None
        return tuple(data) if data else None

    def choose(self, ward_ids: tuple[str, ...] | None) -> None:
        index = next((i for i in range(self.combo.count()) if self.combo.itemData(i) == ward_ids), 0)
        self.combo.setCurrentIndex(index)
