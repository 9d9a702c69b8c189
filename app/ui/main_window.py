"""The shell: navigation, pages, menus and the status bar. Pages get the store; the window passes
each page's Changes on to the others.

Pages are addressed by a key ("huddle", "history", ...), never by the title the navigation shows.
The window owns its modes (as Anki's main window does with moveToState): the first-run screen,
the pages, and the recovery screen (``enter_recovery`` / ``leave_recovery``) when the data file
is damaged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow

from app import APP_NAME, __version__
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.generated.ui_main_window import Ui_MainWindow
from app.ui.pages.base import Page

if TYPE_CHECKING:
    from app.ui.pages.recovery_page import RecoveryPage

log = logging.getLogger(__name__)

PageFactory = Callable[..., Page]  # (store, *, build_later=False)
DAMAGED_WORDS = "Data file damaged  ·  READ-ONLY"


class PageEntry(NamedTuple):
    key: str  # how the code names the page: show_page("huddle")
    title: str  # what the navigation shows
    make: PageFactory


def lazy_page(module: str, class_name: str) -> PageFactory:
    """A factory that imports the page's module only when the page is first shown."""

    def make(store: AppStore, *, build_later: bool = False) -> Page:
        import importlib

        page_class = getattr(importlib.import_module(module), class_name)
        if build_later and getattr(page_class, "can_build_later", False):
            return page_class(store, build_later=True)
        return page_class(store)

    return make


def default_pages() -> list[PageEntry]:
    """The navigation, in order (Ctrl+1... follows it). Pages are imported when first shown."""
    return [
        PageEntry("huddle", "Today's huddle", lazy_page("app.ui.pages.huddle_page", "HuddlePage")),
        PageEntry("history", "History", lazy_page("app.ui.pages.history_page", "HistoryPage")),
        PageEntry("actions", "Actions", lazy_page("app.ui.pages.actions_page", "ActionsPage")),
        PageEntry("reflections", "Reflections", lazy_page("app.ui.pages.reflections_page", "ReflectionsPage")),
        PageEntry("measures", "Measures", lazy_page("app.ui.pages.measures_page", "MeasuresPage")),
        PageEntry("improvement", "Improvement", lazy_page("app.ui.pages.improvement_page", "ImprovementPage")),
        PageEntry("board", "Board", lazy_page("app.ui.pages.board_page", "BoardPage")),
        PageEntry("search", "Search", lazy_page("app.ui.pages.search_page", "SearchPage")),
        PageEntry("exchange", "Export and import", lazy_page("app.ui.pages.export_page", "ExportPage")),
        PageEntry("settings", "Settings", lazy_page("app.ui.pages.settings_page", "SettingsPage")),
    ]


class MainWindow(QMainWindow):
    first_painted = Signal()
    first_page_ready = Signal()  # the first page whole (one built after the first paint, finished)

    def __init__(self, store: AppStore, pages: list[PageEntry] | None = None, *, paint_first: bool = False) -> None:
        """``paint_first`` (the app's start-up): the first page may build its heavier parts just
        after the window's first paint (a page that offers it: ``can_build_later``)."""
        super().__init__()
        self.store = store
        self._paint_first = paint_first
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._painted = False
        self.first_page_is_ready = False  # see first_page_ready
        self._entries = pages if pages is not None else default_pages()
        self.pages: dict[str, Page] = {}  # by key, once built
        self.first_run = None
        self.recovery: RecoveryPage | None = None
        self._damaged_pages = False  # looking at a damaged file: a page may fail to build
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
            self.enter_recovery()
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
        for entry in self._entries:
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, entry.title)
            self.ui.navigation.addItem(item)
        self.ui.navigation.setCurrentRow(0)

    def _page(self, key: str) -> Page | None:
        page = self.pages.get(key)
        if page is None:
            entry = self._entry(key)
            try:
                later = self._paint_first and not self._painted
                page = entry.make(self.store, build_later=True) if later else entry.make(self.store)
            except Exception:  # sqlite's "malformed" error, which the UI may not import
                if not self._damaged_pages:
                    raise
                log.warning("the %s page could not be shown from the damaged file", key)
                from app.ui import prompts

                prompts.warn(
                    self,
                    "Part of the data is damaged",
                    f"The records for {entry.title} are in the damaged part of the data file, so they cannot be "
                    "shown. To put back the newest backup, choose File > Check data.",
                )
                return None
            page.changed.connect(self.broadcast)
            self.pages[key] = page
            self.ui.pages.addWidget(page)
            self._wire(page)
        return page

    def _entry(self, key: str) -> PageEntry:
        for entry in self._entries:
            if entry.key == key:
                return entry
        raise KeyError(f"no page {key!r}")

    def page_keys(self) -> list[str]:
        """The pages of the navigation, in order."""
        return [entry.key for entry in self._entries]

    def has_page(self, key: str) -> bool:
        return key in self.page_keys()

    def page_title(self, key: str) -> str:
        return self._entry(key).title

    def _wire(self, page: Page) -> None:
        """Cross-page links: History opens a sheet on the huddle page; the huddle page starts a
        reflection from a look-back event."""
        if hasattr(page, "open_huddle") and self.has_page("huddle"):
            page.open_huddle.connect(lambda day, slot: self.show_page("huddle").open_sheet(day, slot))
        if hasattr(page, "start_reflection") and self.has_page("reflections"):
            page.start_reflection.connect(
                lambda sheet_id, event_id: self.show_page("reflections").start_from_event(sheet_id, event_id)
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
        keys = self.page_keys()
        target = self.pages.get(keys[row]) if 0 <= row < len(keys) else None
        if isinstance(current, Page) and current is not target and not current.leave():
            self.ui.navigation.blockSignals(True)
            self.ui.navigation.setCurrentRow(self._row_of(current))
            self.ui.navigation.blockSignals(False)
            return
        page = self._page_at(row)
        if page is not None:
            self.ui.pages.setCurrentWidget(page)

    def _page_at(self, row: int) -> Page | None:
        keys = self.page_keys()
        return self._page(keys[row]) if 0 <= row < len(keys) else None

    def _row_of(self, page: Page) -> int:
        for key, built in self.pages.items():
            if built is page:
                return self.page_keys().index(key)
        return 0

    def open_search(self) -> None:
        """Ctrl+F: the Search page, with the cursor in its box."""
        if self.has_page("search") and self.ui.navigation.isVisible():
            self.show_page("search").focus_search()

    def show_page(self, key: str) -> Page | None:
        """Show the page ``key`` (building it the first time) and return it."""
        row = self.page_keys().index(key)
        if self.ui.navigation.currentRow() == row:
            page = self._page(key)
            if page is not None:
                self.ui.pages.setCurrentWidget(page)
        else:
            self.ui.navigation.setCurrentRow(row)
        return self._page(key)

    # -- changes -----------------------------------------------------------------------
    def broadcast(self, changes: Changes) -> None:
        sender = self.sender()
        for page in self.pages.values():
            if page is not sender and changes & page.listens_to:
                page.refresh(changes)
        self._update_status()

    def _update_status(self) -> None:
        try:
            self._show_status()
        except Exception:  # a damaged file may not even give the ward's name
            if not self._damaged_pages:
                raise
            self._status_ward.setText(DAMAGED_WORDS)
            return
        if self._damaged_pages and self.store.recovery.damaged:
            self._status_ward.setText(self._status_ward.text().replace("READ-ONLY", "DAMAGED, READ-ONLY"))

    def _show_status(self) -> None:
        ward_id = self.store.current_ward_id()
        ward = self.store.wards.find(ward_id) if ward_id else None
        ward_text = f"Ward: {ward.name}" if ward else "No ward set up yet"
        if self.store.read_only:
            ward_text += "  ·  READ-ONLY"
        self._status_ward.setText(ward_text)
        self._status_file.setText(f"Data file: {self.store.path}")
        self.setWindowTitle(f"{APP_NAME} – {ward.name}" if ward else APP_NAME)

    # -- recovery mode -------------------------------------------------------------------
    def enter_recovery(self, *, found_at_start: bool = True) -> RecoveryPage:
        """Put the recovery screen in front of everything else: the data file is damaged."""
        from app.ui.pages.recovery_page import RecoveryPage

        if self.recovery is not None:
            return self.recovery
        store = self.store
        page = RecoveryPage(
            store.health, store.backups.list(), store.recovery.restore_damaged, found_at_start=found_at_start
        )
        self.ui.navigation.hide()
        self.ui.pages.addWidget(page)
        self.ui.pages.setCurrentWidget(page)
        self.recovery = page
        self._status_ward.setText(DAMAGED_WORDS)
        page.finished.connect(self.leave_recovery)
        return page

    def leave_recovery(self, restored: bool) -> None:
        """Back to the pages: with the backup put back (``restored``), or read-only on the damaged
        file (a page whose records sit in the damaged part says so instead of showing)."""
        page = self.recovery
        if page is None:
            return
        self.ui.pages.removeWidget(page)
        page.deleteLater()
        self.recovery = None
        self.ui.navigation.show()
        self._damaged_pages = not restored
        if self.ui.navigation.count() == 0 and self.first_run is None:
            self._build() if restored else self._build_pages()
        else:
            for built in self.pages.values():
                built.refresh(Changes.ALL)
            current = self._page_at(self.ui.navigation.currentRow())
            if current is not None:
                self.ui.pages.setCurrentWidget(current)
        self._update_status()
        if restored and page.result is not None:
            from app.ui import prompts

            self.store.backups.after_restore()
            prompts.info(
                self,
                "Backup restored",
                f"The data is back as it was in the backup ({sum(page.result.counts.values())} records). "
                "Please check today's huddle and enter again anything added after the backup was made.",
            )

    # -- menus -------------------------------------------------------------------------
    def check_data(self) -> None:
        """Help > Check data: every check, off the UI thread; damage leads to the recovery screen."""
        from app.services.safety.checks import check_data_file
        from app.ui import prompts, tasks

        if self.recovery is not None:
            return  # the recovery screen is already up
        store = self.store
        self.ui.statusbar.showMessage("Checking the data file…")

        def done(report) -> None:  # ANN001: a CheckReport
            self.ui.statusbar.clearMessage()
            if report.ok:
                prompts.info(self, "Check data", "The data file is healthy: every check passed.")
            elif report.damaged:
                store.recovery.handle_damage(report)
                self.enter_recovery(found_at_start=False)
            else:
                prompts.warn(self, "Check data", report.plain_english())

        def failed(error: BaseException) -> None:
            self.ui.statusbar.clearMessage()
            prompts.error(self, "Check data", f"The check could not run: {error}")

        tasks.run_in_background(lambda: check_data_file(store.path), done, failed, serial=True)

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
            page = self.ui.pages.currentWidget()
            if getattr(page, "sheet_built", True):
                self._first_page_whole()
            else:
                page.sheet_ready.connect(self._first_page_whole)

    def _first_page_whole(self) -> None:
        if not self.first_page_is_ready:
            self.first_page_is_ready = True
            self.first_page_ready.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        current = self.ui.pages.currentWidget()
        if isinstance(current, Page) and not current.leave():
            event.ignore()
            return
        event.accept()
