"""Closing the huddle: something to celebrate, escalations, the team's check-in (good, OK,
struggling) and notes."""

from __future__ import annotations

from app.services.store import AppStore
from app.ui.editors.fields import Field
from app.ui.generated.ui_huddle_closing import Ui_HuddleClosing
from app.ui.panels.huddle.section import Section


class ClosingSection(Section):
    form = Ui_HuddleClosing
    fields = (
        Field("celebration", "celebration"),
        Field("escalations", "escalations"),
        Field("checkin_good", "checkinGood", "count"),
        Field("checkin_ok", "checkinOk", "count"),
        Field("checkin_struggling", "checkinStruggling", "count"),
        Field("notes", "notes", "plain"),
    )

    def __init__(self, store: AppStore) -> None:
        super().__init__(store)
        self.ui.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        from app.ui.widgets.add_idea_button import AddIdeaButton  # the board's ideas (issue 18)

        self.add_idea = AddIdeaButton(store, self)
        self.add_idea.changed.connect(self.changed)
        self.add_idea.message.connect(self.message)
        self.ui.closingForm.addRow("", self.add_idea)
