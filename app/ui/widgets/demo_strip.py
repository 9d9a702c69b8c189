"""The demo ward apart from real data.

"Explore the demo ward" opens the demo in its own data file (``<data folder>/demo-ward/``), in a
new main window that replaces the first-run one; nothing is written into the real data file. A
window on demo data carries a strip on every screen, "DEMO WARD: practice data...", with
"Set up my real ward" one click away (it opens the real data file again, at its first-run form
if no ward is set up yet). Stores opened here are closed when the application quits; the one
bootstrap opened is bootstrap's to close.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolBar, QWidget

from app.paths import AppPaths

log = logging.getLogger(__name__)

DEMO_WORDS = "DEMO WARD: practice data in its own file, not your real ward."


def store_paths(store: Any) -> AppPaths:
    return AppPaths(Path(store.path).parent)


def is_demo_store(store: Any) -> bool:
    if store_paths(store).is_demo:
        return True
    ward_id = store.current_ward_id()
    ward = store.wards.find(ward_id) if ward_id else None
    return bool(ward and ward.details.is_demo)


class DemoStrip(QWidget):
    """The label on every screen of a demo window (words, not colour alone)."""

    def __init__(self, window: QMainWindow, *, can_leave: bool) -> None:
        super().__init__(window)
        self.setObjectName("demoStrip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.words = QLabel(DEMO_WORDS)
        self.words.setWordWrap(True)
        self.words.setObjectName("demoWords")
        self.words.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.words, 1)
        self.real_ward = QPushButton("Set up my &real ward")
        self.real_ward.setAccessibleName("Set up my real ward")
        self.real_ward.setVisible(can_leave)
        layout.addWidget(self.real_ward)
        self.setAttribute(
            Qt.WidgetAttribute.WA_StyledBackground, True
        )  # a plain QWidget paints no background otherwise
        self.setStyleSheet("#demoStrip { background: #fff3c4; border-bottom: 2px solid #7a5c00; }")


def attach_demo_strip(window: QMainWindow) -> DemoStrip | None:
    """Put the demo strip at the top of a window on demo data (once); None for real data."""
    store = window.store  # type: ignore[attr-defined]
    existing = window.findChild(DemoStrip)
    if existing is not None or not is_demo_store(store):
        return existing
    strip = DemoStrip(window, can_leave=store_paths(store).is_demo)
    strip.real_ward.clicked.connect(lambda: open_data_folder(window, store_paths(store).real()))
    bar = QToolBar("Demo ward", window)
    bar.setObjectName("demoBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # it cannot be hidden
    bar.addWidget(strip)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return strip


class _OpenStores(QObject):
    """Data files opened by switching, by path; closed when the application quits."""

    def __init__(self, application: QApplication) -> None:
        super().__init__(application)
        self.stores: dict[Path, Any] = {}
        self.owned: set[Path] = set()
        application.aboutToQuit.connect(self.close_all)

    def close_all(self) -> None:
        from app.ui.startup import before_quit

        for path in list(self.owned):
            store = self.stores.pop(path)
            try:
                before_quit(store)
            finally:
                store.close()
        self.owned.clear()


_open: _OpenStores | None = None


def _registry() -> _OpenStores:
    global _open
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    if _open is None:
        _open = _OpenStores(application)
    return _open


def open_data_folder(old: QMainWindow, paths: AppPaths, *, demo: bool = False) -> QMainWindow | None:
    """Open another data file in a new main window that takes the old one's place. The demo is
    built in its own file the first time it is opened."""
    from app.ui.startup import open_store_safely

    registry = _registry()
    old_store = old.store  # type: ignore[attr-defined]
    registry.stores.setdefault(Path(old_store.path), old_store)
    store = registry.stores.get(paths.database)
    if store is None:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        store = open_store_safely(paths)
        if store is None:
            return None
        registry.stores[paths.database] = store
        registry.owned.add(paths.database)
    if demo and not store.wards.list_wards():
        from app.demo import DemoPlan, build_demo

        build_demo(store, DemoPlan())
    window = type(old)(store)  # another main window like the old one (importing MainWindow here would be a cycle)
    window.setGeometry(old.geometry())
    window.show()  # before the old one closes, so the application never has no window
    if not old.close():  # the old window keeps unsaved typing: it asked, and the user stayed
        window.close()
        window.deleteLater()
        return None
    log.info("switched to the %s data file", "demo" if paths.is_demo else "real")
    return window
