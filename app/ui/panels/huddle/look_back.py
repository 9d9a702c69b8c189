"""Look back: were there any safety events since the last huddle, and each one (type, harm level,
incident reference, learning point); a reflection can be started from one."""

from __future__ import annotations

from PySide6.QtCore import Signal

from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.generated.ui_huddle_look_back import Ui_HuddleLookBack
from app.ui.panels.huddle.rows import EventsTable
from app.ui.panels.huddle.section import Section

LOOKBACK_CHOICES = ("not asked yet", "Yes", "No")


class LookBackSection(Section):
    form = Ui_HuddleLookBack
    nothing_new = Signal()  # the page fills what a no-change day means
    fields = (
        Field("lookback_any", "lookBackAny", "yes_no"),
        Field("events", "events_table", "value"),
    )
    tab_stops = ("lookback_any", "nothingNew", "events", "addEvent", "removeEvent", "startReflection")

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        ui = self.ui
        ui.lookBackAny.addItems(list(LOOKBACK_CHOICES))
        self.events_table = EventsTable(ui.events)
        ui.addEvent.clicked.connect(self.events_table.add)
        ui.nothingNew.clicked.connect(self.nothing_new)
        ui.removeEvent.clicked.connect(self.events_table.remove_selected)
        line = self.fontMetrics().height()
        ui.events.setMinimumHeight(line * 6)
        ui.events.setMaximumHeight(int(line * 6 * 1.6))

    def selected_event_id(self) -> str | None:
        event_id = self.events_table.selected_id()
        if event_id is None:
            self.say("Select the event in the look-back list first.", error=True)
        return event_id


def nothing_new_words(marked: list[str]) -> str:
    """What the page says after "Nothing new" filled the sheet (marked: the safety-cross boxes it set)."""
    crossed = f" The safety cross says no {', no '.join(marked)} today." if marked else ""
    return (
        "Nothing new since last huddle: look back is 'No', staffing as planned." + crossed + " Change what did change."
    )
