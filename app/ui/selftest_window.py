"""The self-test's Qt step: open the real main window on the self-test database, build and render
every page, check the bundled style sheet and icon, and close it again.

Passed to :func:`app.selftest.run_self_test` by the ``--self-test`` flag (services never
import the UI). Qt runs on whatever ``QT_QPA_PLATFORM`` names; with no display (a Linux server,
CI) it is forced to ``offscreen``. On a real display the window is rendered without being shown
(``WA_DontShowOnScreen``), so IT running the self-test on a ward PC sees no window flash, yet the
real platform plugin is loaded. A prompt the window tries to show is answered "cancel" and fails
the step, so the self-test can never hang on a modal box.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from app.selftest import SelfTestContext, check, self_test_step

_PROMPT_ANSWERS: dict[str, Any] = {
    "info": None,
    "warn": None,
    "error": None,
    "ask_yes_no": False,
    "ask_text": None,
    "ask_choice": None,
    "save_file": None,
    "open_files": [],
}


def choose_platform(environ: MutableMapping[str, str] = os.environ) -> str:
    """Force ``offscreen`` when there is no display and nobody chose a platform; return the choice."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if (
        not chosen
        and sys.platform.startswith("linux")
        and not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    ):
        environ["QT_QPA_PLATFORM"] = chosen = "offscreen"
    return chosen or "native"


@contextmanager
def _prompts_recorded(asked: list[str]) -> Iterator[None]:
    from app.ui import prompts

    saved = {name: getattr(prompts, name) for name in _PROMPT_ANSWERS}

    def recorder(name: str, answer: Any):
        def record(_parent: object, title: str = "", *args: object, **kwargs: object) -> Any:
            asked.append(f"{name}: {title} {' '.join(str(a) for a in args[:1])}".strip())
            return answer

        return record

    for name, answer in _PROMPT_ANSWERS.items():
        setattr(prompts, name, recorder(name, answer))
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(prompts, name, function)


@self_test_step("main window: open, show every page, close", order=80)
def open_and_close_main_window(ctx: SelfTestContext) -> str:
    choose_platform()
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
    from PySide6.QtGui import QIcon

    from app.paths import resource
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    application = create_application([sys.argv[0] if sys.argv else "wardhuddle"])
    sheet = resource("styles", "app.qss")
    check(sheet.is_file() and sheet.stat().st_size > 0, f"the style sheet is missing from this build ({sheet})")
    icon = QIcon(str(resource("icons", "wardhuddle.svg")))
    check(not icon.pixmap(64, 64).isNull(), "the app icon (resources/icons/wardhuddle.svg) cannot be drawn")
    asked: list[str] = []
    painted: list[bool] = []
    with _prompts_recorded(asked):
        window = MainWindow(ctx.store)
        try:
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            window.first_painted.connect(lambda: painted.append(True))
            window.resize(1366, 768)
            window.show()
            application.processEvents()
            keys = window.page_keys() if window.ui.navigation.count() else []
            titles = [window.page_title(key) for key in keys]
            for key, title in zip(keys, titles, strict=True):
                window.show_page(key)
                application.processEvents()
                check(not window.grab().isNull(), f"the {title} page could not be drawn")
            if not keys:  # the first-run screen
                check(not window.grab().isNull(), "the first-run screen could not be drawn")
            window.close()
            application.processEvents()
            check(not window.isVisible(), "the main window refused to close")
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    check(painted, "the main window never painted")
    check(not asked, f"the window asked a question nobody could answer: {'; '.join(asked)}")
    pages = ", ".join(titles) if titles else "first-run screen"
    return f"Qt {qVersion()} on '{application.platformName()}'; pages: {pages}"


@self_test_step("charts: pyqtgraph and numpy draw a run chart", order=85)
def draw_a_chart(ctx: SelfTestContext) -> str:
    """pyqtgraph is imported only when the first chart is drawn, and it imports parts of Qt with
    importlib: draw one here so a build that left something out fails now, not on a ward."""
    choose_platform()
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.ui.application import create_application

    create_application([sys.argv[0] if sys.argv else "wardhuddle"])
    values = np.array([12, 9, 11, 14, 8, 10, 13, 9, 7, 8, 6, 7], dtype=float)
    widget = pg.PlotWidget(background="w")
    try:
        widget.plot(np.arange(values.size), values, pen=pg.mkPen("#005EB8", width=2), symbol="o")
        widget.addLine(y=float(np.median(values)), pen=pg.mkPen("k"))
        widget.resize(800, 400)
        image = widget.grab().toImage()
        check(not image.isNull() and image.width() >= 400, "the chart could not be drawn")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        check(len(colours) > 2, "the chart came out blank")
    finally:
        widget.close()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return f"pyqtgraph {pg.__version__}, numpy {np.__version__}"


@self_test_step("single instance: a second launch reaches the first", order=82)
def second_launch_reaches_the_first(ctx: SelfTestContext) -> str:
    """The real start-up path (not --quit-when-ready) uses QtNetwork's local sockets: prove they
    work in this build, on a throw-away name, so a running Ward Huddle is never disturbed."""
    choose_platform()
    import time
    import uuid

    from PySide6.QtCore import QCoreApplication

    from app.ui.application import create_application
    from app.ui.single_instance import SingleInstance, ask_running_instance

    create_application([sys.argv[0] if sys.argv else "wardhuddle"])
    first = SingleInstance(f"wardhuddle-self-test-{uuid.uuid4().hex[:12]}")
    asked: list[bool] = []
    first.activation_requested.connect(lambda: asked.append(True))
    try:
        check(first.listen(), f"could not listen: {first.server.errorString()}")
        check(ask_running_instance(first.name), "a second launch could not connect to the first")
        deadline = time.monotonic() + 5
        while not asked and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        check(asked, "the first instance never heard the second launch")
    finally:
        first.close()
        first.deleteLater()
    return "local socket round trip ok"
