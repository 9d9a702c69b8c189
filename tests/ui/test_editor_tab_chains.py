"""Every RecordEditor-based form: the real Tab chain, walked key by key from its first field,
visits the fields in the order the editor declares them (its field map, app/ui/editors/fields.py),
each one, without skipping any (buttons and helper widgets between fields may be stops too). It
found an empty "No date" box that Tab never left (the PDSA end date, a follow-up's due date) and
the PDSA questions declared before the Plan box they sit below."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def window(qtbot, demo_store):  # ANN201
    from app.ui.main_window import MainWindow

    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    main.close()
    QApplication.processEvents()


def post_event(window):  # ANN001, ANN201
    page = window.show_page("reflections")
    page.start_blank()
    return page.post_editor


def later_reflection(window):  # ANN001, ANN201
    page = window.show_page("reflections")
    page.start_later()
    return page.later_editor


def project(window):  # ANN001, ANN201
    page = window.show_page("improvement")
    page.open_project(page.store.projects.list_for_ward(page.store.current_ward_id())[0].id)
    page.ui.projectTabs.setCurrentWidget(page.ui.projectTab)
    return page.editor


def pdsa(window):  # ANN001, ANN201
    page = window.show_page("improvement")
    store = page.store
    cycles = [c for p in store.projects.list_for_ward(store.current_ward_id()) for c in store.projects.cycles_for(p.id)]
    page.open_cycle(cycles[0].id)
    return page.cycles


def pulse(window):  # ANN001, ANN201
    page = window.show_page("improvement")
    page.open_pulse()
    return page.pulse


def improvement_huddle(window):  # ANN001, ANN201
    page = window.show_page("board")
    page.ui.tabs.setCurrentIndex(1)
    return page.weekly


EDITORS = (post_event, later_reflection, project, pdsa, pulse, improvement_huddle)


def declared_stops(editor) -> list[QWidget]:  # ANN001
    return [
        w
        for w in editor.field_widgets()
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    ]


@pytest.mark.parametrize("open_editor", EDITORS, ids=lambda f: f.__name__)
def test_the_tab_chain_follows_the_declared_field_order(qtbot, window, open_editor) -> None:
    editor = open_editor(window)
    QApplication.processEvents()
    assert editor.record is not None and editor.isVisible()
    declared = declared_stops(editor)
    assert declared and len(declared) == len(set(map(id, declared)))
    declared[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    walked: list[QWidget] = []
    trace = []
    for _ in range(12 * len(declared) + 40):  # a date box may take a Tab per part; buttons are stops too
        focus = QApplication.focusWidget()
        owner = next((w for w in declared if w is focus or w.isAncestorOf(focus)), None)
        if owner is not None and (not walked or walked[-1] is not owner):
            if owner in walked:
                break  # round again
            walked.append(owner)
        step = f"{type(focus).__name__}:{focus.objectName() or focus.accessibleName()}"
        if not trace or trace[-1] != step:
            trace.append(step)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    name = lambda w: w.objectName() or w.accessibleName()  # noqa: E731
    assert [name(w) for w in walked] == [name(w) for w in declared], trace
