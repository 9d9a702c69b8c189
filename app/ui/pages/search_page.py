"""Search: one box (Ctrl+F from anywhere) across every sheet, action, reflection, project, PDSA cycle
and note. Results are grouped by kind of record, newest first, with the matching words in bold on a
highlight (not colour alone); Enter opens the record on its own page.

The search runs as you type (after a short pause). Each one is a keyed read of the full-text
index, a few milliseconds even on a 20-ward, 5-year file (tests/benchmarks/bench_search.py), so
it runs on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidgetItem

from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.records.search import MARK_END, MARK_START, SearchHit, SearchResults
from app.services.store import AppStore
from app.ui.generated.ui_search_page import Ui_SearchPage
from app.ui.pages.base import Page
from app.ui.widgets.form_helpers import escape

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
DELAY_MS = 250
MARK_HTML = ('<b style="background-color:#fff0a0; text-decoration: underline">', "</b>")

#: record type -> (page title, page method that opens it)
ROUTES = {
    "actions": ("actions", "open_action"),
    "reflections": ("reflections", "open_reflection"),
    "projects": ("improvement", "open_project"),
    "pdsa_cycles": ("improvement", "open_cycle"),
    "pulse_surveys": ("improvement", "open_pulse"),
    "measures": ("measures", "open_measure"),
}


def marked_html(text: str) -> str:
    """Text with the index's match marks as HTML: the words in bold, underlined, on a highlight."""
    return escape(text).replace(MARK_START, MARK_HTML[0]).replace(MARK_END, MARK_HTML[1])


def route_record(window, record_type: str, record_id: str) -> None:
    """Show ``record_id`` on the page that owns ``record_type`` (the main window wires the search
    page's ``open_found`` here). A page without an open method is just shown."""
    key, method = ROUTES.get(record_type, ("", ""))
    if not window.has_page(key):
        window.statusBar().showMessage(f"There is no page for {record_type.replace('_', ' ')}.", 8000)
        return
    page = window.show_page(key)
    opener = getattr(page, method, None)
    if opener is None and record_type == "measures" and hasattr(page, "load"):
        page.load(select_id=record_id)
    elif opener is not None:
        opener(record_id)


class MarkedTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML (HTML_ROLE) wrapped to the column, so marked words stand out."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QTextDocument | None:
        html = index.data(HTML_ROLE)
        if not html:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(html)
        doc.setTextWidth(max(width, 80))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, opt.rect.width())
        if doc is None:
            super().paint(painter, option, index)
            return
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # Qt override
        view = self.parent()
        width = view.viewport().width() - view.indentation() * 2 - 8 if view is not None else 400
        doc = self._document(option, index, width)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(width, int(doc.size().height()) + 2)


class SearchPage(Page):
    title = "Search"
    listens_to = Changes.ALL
    open_huddle = Signal(object, str)  # date, slot: the main window opens it on Today's huddle
    open_found = Signal(str, str)  # record type, id: the main window routes it (route_record)

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_SearchPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self.results = SearchResults("")
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)
        tree = self.ui.results
        tree.setHeaderHidden(True)
        tree.setItemDelegate(MarkedTextDelegate(tree))
        tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.ui.query.textEdited.connect(lambda _t: self._timer.start())
        self.ui.query.returnPressed.connect(self._enter_in_box)
        self.ui.query.installEventFilter(self)
        self.ui.allWards.toggled.connect(lambda _c: self.run())
        self.ui.allWards.setVisible(len(store.wards.list_wards()) > 1)
        self.ui.summary.setText(self.results.summary)

    # -- searching ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.ui.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.query.selectAll()

    def search(self, text: str) -> SearchResults:
        """Type ``text`` into the box and search at once (for tests and callers)."""
        self.ui.query.setText(text)
        return self.run()

    def run(self) -> SearchResults:
        self._timer.stop()
        self._stale = False
        ward_id = None if self.ui.allWards.isChecked() else self.store.current_ward_id()
        try:
            self.results = self.store.search.search(self.ui.query.text(), ward_id)
        except WardHuddleError as error:
            self.ui.summary.setText(str(error))
            return self.results
        self._fill()
        return self.results

    def _fill(self) -> None:
        tree = self.ui.results
        tree.clear()
        wards = {w.id: w.name for w in self.store.wards.list_wards()} if self.ui.allWards.isChecked() else {}
        for group in self.results.groups:
            shown = len(group.hits)
            more = f", newest {shown} shown" if group.total > shown else ""
            top = QTreeWidgetItem(tree, [f"{group.label} ({group.total_text}{more})"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{group.label}: {group.total_text} found{more}")
            for hit in group.hits:
                item = QTreeWidgetItem(top)
                item.setData(0, HIT_ROLE, hit)
                where = f" · {wards[hit.ward_id]}" if hit.ward_id in wards else ""
                when = f"{hit.day:%a %d %b %Y} · " if hit.day else ""
                item.setData(
                    0,
                    HTML_ROLE,
                    f"{when}{marked_html(hit.title)}{escape(where)}<br><span>{marked_html(hit.snippet)}</span>",
                )
                plain = f"{when}{hit.plain_title}{where}. {hit.plain_snippet}"
                item.setText(0, plain)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, plain)
                item.setToolTip(0, plain)
        tree.expandAll()
        summary = self.results.summary
        if self.results.groups:
            summary += f" ({self.results.elapsed_ms:.0f} ms)"
        self.ui.summary.setText(summary)

    def _enter_in_box(self) -> None:
        self.run()
        first = self._first_hit()
        if first is not None:
            self.ui.results.setCurrentItem(first)
            self.ui.results.setFocus()

    def _first_hit(self) -> QTreeWidgetItem | None:
        top = self.ui.results.topLevelItem(0)
        return top.child(0) if top is not None and top.childCount() else None

    def eventFilter(self, watched, event) -> bool:  # N802 - Qt override
        if (
            watched is self.ui.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            first = self._first_hit()
            if first is not None:
                self.ui.results.setCurrentItem(first)
                self.ui.results.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- opening -----------------------------------------------------------------------------------
    def open_item(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.open_hit(hit)

    def open_hit(self, hit: SearchHit) -> None:
        where = self.store.search.locate(hit.record_type, hit.record_id)
        if where is None:
            self.ui.summary.setText("That record has been deleted since the search. Search again to refresh.")
            self.run()
            return
        if hit.ward_id != self.store.current_ward_id():
            ward = self.store.wards.find(hit.ward_id)
            self.ui.summary.setText(
                f"That record is on {ward.name if ward else 'another ward'}: choose that ward in Settings to open it."
            )
            return
        if hit.record_type == "huddle_sheets":
            self.open_huddle.emit(where.day, where.slot)
        elif hit.record_type == "data_points":
            self.open_found.emit("measures", where.parent_id)
        else:
            self.open_found.emit(hit.record_type, hit.record_id)

    # -- life cycle --------------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes & Changes.WARDS:
            self.ui.allWards.setVisible(len(self.store.wards.list_wards()) > 1)
        if not self.ui.query.text().strip():
            return
        if self.isVisible():
            self.run()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.run()
