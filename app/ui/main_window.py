"""The shell: navigation, pages, menus and the status bar. Pages get the store; the window passes
each page's Changes on to the others."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow

from app import APP_NAME, __version__
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.generated.ui_main_window import Ui_MainWindow
from app.ui.pages.base import Page

PageFactory = Callable[[AppStore], Page]


def lazy_page(module: str, class_name: str) -> PageFactory:
    """A factory that imports the page's module only when the page is first shown."""

    def make(store: AppStore) -> Page:
        import importlib

        page_class = getattr(importlib.import_module(module), class_name)
        return page_class(store)

    return make


def default_pages() -> list[tuple[str, PageFactory]]:
    """The navigation, in order (Ctrl+1... follows it). Pages are imported when first shown."""
    return [
        ("Today's huddle", lazy_page("app.ui.pages.huddle_page", "HuddlePage")),
        ("History", lazy_page("app.ui.pages.history_page", "HistoryPage")),
        ("Actions", lazy_page("app.ui.pages.actions_page", "ActionsPage")),
        ("Reflections", lazy_page("app.ui.pages.reflections_page", "ReflectionsPage")),
        ("Measures", lazy_page("app.ui.pages.measures_page", "MeasuresPage")),
        ("Improvement", lazy_page("app.ui.pages.improvement_page", "ImprovementPage")),
        ("Search", lazy_page("app.ui.pages.search_page", "SearchPage")),
        ("Export and import", lazy_page("app.ui.pages.export_page", "ExportPage")),
        ("Settings", lazy_page("app.ui.pages.settings_page", "SettingsPage")),
    ]


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, store: AppStore, pages: list[tuple[str, PageFactory]] | None = None) -> None:
        super().__init__()
        self.store = store
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._painted = False
        self._page_factories = pages if pages is not None else default_pages()
        self.pages: dict[str, Page] = {}
        self.first_run = None
        self._status_ward = QLabel()
        self._status_file = QLabel()
        self._status_ward.setAccessibleName("Current ward")
        self._status_file.setAccessibleName("Data file")
        self.ui.statusbar.addWidget(self._status_ward)
        self.ui.statusbar.addPermanentWidget(self._status_file)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionCheckData.triggered.connect(self.check_data)
        self.ui.actionAbout.triggered.connect(self.about)
        self.ui.navigation.currentRowChanged.connect(self._on_navigate)
        for index in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index}"), self)
            shortcut.activated.connect(lambda i=index - 1: self._go_to_row(i))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.open_search)
        self._build()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        if self.store.health.damaged:  # the recovery screen offers the newest backup
            from app.ui.pages.recovery_page import show_recovery

            show_recovery(self)
            return
        if not self.store.wards.list_wards() and not self.store.read_only:
            self._show_first_run()
        else:
            self._build_pages()
        self._update_status()
        from app.ui.widgets.demo_strip import attach_demo_strip

        attach_demo_strip(self)  # demo data is labelled on every screen, with a way to the real ward

    def _show_first_run(self) -> None:
        from app.ui.pages.first_run_page import FirstRunPage

        self.first_run = FirstRunPage(self.store)
        self.first_run.ward_ready.connect(self._after_first_run)
        self.ui.navigation.hide()
        self.ui.pages.addWidget(self.first_run)
        self.ui.pages.setCurrentWidget(self.first_run)

    def _after_first_run(self, _ward_id: str) -> None:
        if self.first_run is not None:
            self.ui.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.ui.navigation.show()
        self._build_pages()
        self._update_status()

    def _build_pages(self) -> None:
        """Navigation entries now; each page is built the first time it is shown (start-up cost
        stays that of the first page, however many areas the app grows)."""
        for title, _factory in self._page_factories:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.ui.navigation.addItem(item)
        self.ui.navigation.setCurrentRow(0)

    def _page(self, title: str) -> Page:
        page = self.pages.get(title)
        if page is None:
            factory = dict(self._page_factories)[title]
            page = factory(self.store)
            page.changed.connect(self.broadcast)
            self.pages[title] = page
            self.ui.pages.addWidget(page)
            self._wire(page)
        return page

    def _wire(self, page: Page) -> None:
        """Cross-page links: History opens a sheet on the huddle page; the huddle page starts a
        reflection from a look-back event."""
        titles = self._titles()
        if hasattr(page, "open_huddle") and "Today's huddle" in titles:
            page.open_huddle.connect(lambda day, slot: self.show_page("Today's huddle").open_sheet(day, slot))
        if hasattr(page, "start_reflection") and "Reflections" in titles:
            page.start_reflection.connect(
                lambda sheet_id, event_id: self.show_page("Reflections").start_from_event(sheet_id, event_id)
            )
        if hasattr(page, "open_found"):  # search results open on their own pages
            from app.ui.pages.search_page import route_record

            page.open_found.connect(lambda kind, record_id: route_record(self, kind, record_id))

    # -- navigation --------------------------------------------------------------------
    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self.ui.navigation.count() and self.ui.navigation.isVisible():
            self.ui.navigation.setCurrentRow(row)

    def _on_navigate(self, row: int) -> None:
        current = self.ui.pages.currentWidget()
        titles = self._titles()
        target = self.pages.get(titles[row]) if 0 <= row < len(titles) else None
        if isinstance(current, Page) and current is not target and not current.leave():
            self.ui.navigation.blockSignals(True)
            self.ui.navigation.setCurrentRow(self._row_of(current))
            self.ui.navigation.blockSignals(False)
            return
        page = self._page_at(row)
        if page is not None:
            self.ui.pages.setCurrentWidget(page)

    def _titles(self) -> list[str]:
        return [title for title, _factory in self._page_factories]

    def _page_at(self, row: int) -> Page | None:
        titles = self._titles()
        return self._page(titles[row]) if 0 <= row < len(titles) else None

    def _row_of(self, page: Page) -> int:
        for title, built in self.pages.items():
            if built is page:
                return self._titles().index(title)
        return 0

    def open_search(self) -> None:
        """Ctrl+F: the Search page, with the cursor in its box."""
        if "Search" in self._titles() and self.ui.navigation.isVisible():
            self.show_page("Search").focus_search()

    def show_page(self, title: str) -> Page:
        row = self._titles().index(title)
        if self.ui.navigation.currentRow() == row:
            self.ui.pages.setCurrentWidget(self._page(title))
        else:
            self.ui.navigation.setCurrentRow(row)
        return self._page(title)

    # -- changes -----------------------------------------------------------------------
    def broadcast(self, changes: Changes) -> None:
        sender = self.sender()
        for page in self.pages.values():
            if page is not sender and changes & page.listens_to:
                page.refresh(changes)
        self._update_status()

    def _update_status(self) -> None:
        ward_id = self.store.current_ward_id()
        ward = self.store.wards.find(ward_id) if ward_id else None
        ward_text = f"Ward: {ward.name}" if ward else "No ward set up yet"
        if self.store.read_only:
            ward_text += "  ·  READ-ONLY"
        self._status_ward.setText(ward_text)
        self._status_file.setText(f"Data file: {self.store.path}")
        self.setWindowTitle(f"{APP_NAME} – {ward.name}" if ward else APP_NAME)

    # -- menus -------------------------------------------------------------------------
    def check_data(self) -> None:
        from app.ui.pages.recovery_page import check_data_in_background  # off the UI thread

        check_data_in_background(self)

    def about(self) -> None:
        from app.ui import prompts

        prompts.info(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\nData file: {self.store.path}\n"
            "Holds no patient-identifiable information by design.",
        )

    # -- life cycle ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        current = self.ui.pages.currentWidget()
        if isinstance(current, Page) and not current.leave():
            event.ignore()
            return
        event.accept()
