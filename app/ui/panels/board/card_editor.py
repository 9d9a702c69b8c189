"""The chosen card's words, edited on the right of the board: shown from the idea, read back
into an edited copy for the page to save."""

from __future__ import annotations

from dataclasses import replace

from app.domain.idea import Idea
from app.ui.generated.ui_board_page import Ui_BoardPage


def show_card(ui: Ui_BoardPage, idea: Idea | None, cycle_label: str, *, read_only: bool) -> None:
    """The card's boxes filled from ``idea`` (empty and disabled when no card is chosen)."""
    ui.ideaText.setText(idea.text if idea else "")
    ui.offeredBy.setText(idea.offered_by if idea else "")
    ui.reason.setText(idea.reason if idea else "")
    ui.youSaid.setPlainText(idea.you_said_we_did if idea else "")
    ui.cycleLabel.setText(cycle_label or "None yet: moving the card to Testing starts one.")
    for widget in (ui.ideaText, ui.offeredBy, ui.reason, ui.youSaid, ui.saveIdea, ui.deleteIdea):
        widget.setEnabled(idea is not None and not read_only)
    ui.focusIdea.setText("Take off this week's &focus" if idea and idea.focus else "This week's &focus")


def edited_card(ui: Ui_BoardPage, idea: Idea) -> Idea:
    """``idea`` with the words typed in the card's boxes."""
    return replace(
        idea,
        text=ui.ideaText.text(),
        offered_by=ui.offeredBy.text(),
        reason=ui.reason.text(),
        you_said_we_did=ui.youSaid.toPlainText(),
    )
