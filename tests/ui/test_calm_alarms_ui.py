"""Calm alarms on the sheet: no export reminder on day one; reminders fold to one line with a
count and open on demand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from app.domain.huddle import HuddleSheet


def page_for(qtbot, store):  # ANN201
    from app.ui.pages.huddle_page import HuddlePage

    page = HuddlePage(store)
    qtbot.addWidget(page)
    page.show()
    page._load_banner()
    return page


def test_a_ward_set_up_a_minute_ago_is_not_told_its_export_is_due(qtbot, store, ward) -> None:
    store.ctx.clock = lambda: datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    page = page_for(qtbot, store)
    assert "export" not in page.ui.remindersBanner.text().lower()
    assert not page.reminders_toggle.isVisible()


def test_reminders_fold_to_one_line_and_open_on_demand(qtbot, store, ward) -> None:
    store.ctx.clock = lambda: datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    store.huddles.save(HuddleSheet(ward.id, date(2026, 12, 4) - timedelta(days=8), "Morning"))
    page = page_for(qtbot, store)
    toggle = page.reminders_toggle
    assert toggle.isVisible() and toggle.text() == "▸ 1 reminder: show"
    assert not page.ui.remindersBanner.isVisible()  # folded: one line, not a three-line banner
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert page.ui.remindersBanner.isVisible() and "export" in page.ui.remindersBanner.text().lower()
    assert toggle.text() == "▾ 1 reminder (hide)"
