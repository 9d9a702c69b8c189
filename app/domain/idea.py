"""Improvement ideas from anyone, and where each one stands on the ward's board.

Plain Python, no I/O. An idea is one line, offered by a named person or anonymously, and moves
New -> Agreed to test -> Testing (linked to a PDSA cycle) -> Adopted / Adapted / Abandoned /
Parked, with the reason. "You said, we did" is the sentence that closes the loop for whoever
offered it (idea schemes stall when people hear nothing back: domain-and-forms.md (c) 14).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.envelope import Envelope, Enveloped
from app.errors import ValidationError

NEW = "New"
AGREED = "Agreed to test"
TESTING = "Testing"
ADOPTED = "Adopted"
ADAPTED = "Adapted"
ABANDONED = "Abandoned"
PARKED = "Parked"
STATUSES = (NEW, AGREED, TESTING, ADOPTED, ADAPTED, ABANDONED, PARKED)
#: A card in one of these columns has finished its journey: it says why.
CLOSED = (ADOPTED, ADAPTED, ABANDONED, PARKED)
STATUS_WORDS = {
    NEW: "New: offered, not yet talked about at the weekly huddle",
    AGREED: "Agreed to test: the team will try it in a small test",
    TESTING: "Testing: a PDSA cycle is under way",
    ADOPTED: "Adopted: the change is kept",
    ADAPTED: "Adapted: kept in a changed form",
    ABANDONED: "Abandoned: tried and stopped",
    PARKED: "Parked: not now, with the reason",
}
REASON_PROMPT = {
    ADOPTED: "What did the test show, so it is kept?",
    ADAPTED: "What was changed, and why?",
    ABANDONED: "Why was it stopped?",
    PARKED: "Why is it parked for now?",
}
#: The Act decision of a PDSA cycle, and the board column it leads to.
DECISION_STATUS = {"Adopt": ADOPTED, "Adapt": ADAPTED, "Abandon": ABANDONED}
MAX_TEXT = 200
MAX_REASON = 500
MAX_YOU_SAID = 600
MAX_FOCUS = 2
ANONYMOUS = "Anonymous"


@dataclass(frozen=True)
class Idea(Enveloped):
    ward_id: str
    text: str
    offered_by: str = ""  # blank: anonymous
    offered_on: date | None = None
    status: str = NEW
    reason: str = ""
    project_id: str = ""
    pdsa_cycle_id: str = ""
    you_said_we_did: str = ""
    focus: bool = False  # one of this week's focus ideas (at most two, all in Testing)
    status_changed_on: date | None = None
    envelope: Envelope | None = None

    @property
    def offered_by_text(self) -> str:
        return self.offered_by or ANONYMOUS

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED

    def validated(self) -> Idea:
        text = " ".join(self.text.split())
        if not text:
            raise ValidationError("Type the idea in a line: what could the ward try?", "text")
        if len(text) > MAX_TEXT:
            raise ValidationError(
                f"Keep an idea to one line (under {MAX_TEXT} characters); the detail goes in its PDSA cycle.", "text"
            )
        if self.status not in STATUSES:
            raise ValidationError(f"'{self.status}' is not a column of the board.", "status")
        offered_by = " ".join(self.offered_by.split())
        if offered_by.lower() == ANONYMOUS.lower():
            offered_by = ""
        if len(offered_by) > 100:
            raise ValidationError("Keep 'offered by' to a name or a role (under 100 characters).", "offered_by")
        reason = " ".join(self.reason.split())
        if len(reason) > MAX_REASON:
            raise ValidationError(f"Keep the reason under {MAX_REASON} characters.", "reason")
        if self.status in CLOSED and not reason:
            raise ValidationError(f"Say why the idea is {self.status.lower()}: {REASON_PROMPT[self.status]}", "reason")
        you_said = self.you_said_we_did.strip()
        if len(you_said) > MAX_YOU_SAID:
            raise ValidationError(f"Keep 'You said, we did' under {MAX_YOU_SAID} characters.", "you_said_we_did")
        if self.status == TESTING and not self.pdsa_cycle_id:
            raise ValidationError(
                "An idea in Testing is tested in a PDSA cycle: link one, or start one for it.", "pdsa_cycle_id"
            )
        if self.focus and self.status != TESTING:
            raise ValidationError("Only an idea in Testing can be this week's focus.", "focus")
        return replace(self, text=text, offered_by=offered_by, reason=reason, you_said_we_did=you_said)


def moved(idea: Idea, status: str, *, today: date, reason: str = "", cycle_id: str = "", project_id: str = "") -> Idea:
    """The idea in another column (not yet validated). Leaving Testing ends its place in this week's
    focus; the PDSA cycle it was tested in stays linked (the board shows what it learned)."""
    if status not in STATUSES:
        raise ValidationError(f"'{status}' is not a column of the board.", "status")
    changes: dict = {"status": status, "status_changed_on": today if status != idea.status else idea.status_changed_on}
    if status in CLOSED:
        changes["reason"] = reason or idea.reason
    elif reason:
        changes["reason"] = reason
    if cycle_id:
        changes["pdsa_cycle_id"] = cycle_id
    if project_id:
        changes["project_id"] = project_id
    if status != TESTING:
        changes["focus"] = False
    return replace(idea, **changes)


def neighbour_status(status: str, step: int) -> str | None:
    """The column to the left (step -1) or right (+1) of ``status``, or None at an edge."""
    index = STATUSES.index(status) + step
    return STATUSES[index] if 0 <= index < len(STATUSES) else None


def you_said_line(idea: Idea) -> str:
    """'You said: ... We did: ...', the sentence for the board and the poster."""
    said = f"{idea.offered_by + ' said' if idea.offered_by else 'You said'}: {idea.text}"
    return f"{said}  We did: {idea.you_said_we_did}" if idea.you_said_we_did else said
