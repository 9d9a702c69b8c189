"""Reflection huddles after patient safety events (domain-and-forms.md §A2 and §A3).

Two kinds share one record type:

* ``post_event``: the hot debrief (SWARM style), held soon after an event: all 26 rows of §A2.
* ``later``: the later reflection, held weeks afterwards, optionally linked to a hot debrief
  (§A3): what the team understands differently now, what changed, how the team is.

Plain data and rules only. Dates are ``datetime.date``; times are local wall-clock "HH:MM"
strings (or "" when not known); "now" is always passed in (a naive local datetime), never read
from the system clock here. Wording asks about the work system, not about people.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from app.domain.envelope import Envelope, Enveloped
from app.domain.huddle import HARM_LEVELS
from app.domain.reflection_times import at, normalise_time
from app.errors import ValidationError

POST_EVENT = "post_event"
LATER = "later"
KINDS = (POST_EVENT, LATER)
KIND_LABELS = {POST_EVENT: "Hot debrief", LATER: "Later reflection"}

# §A2 field 3 (LFPSE can record good care as an event type)
EVENT_TYPES = ("Patient safety incident", "Near miss (good catch)", "Other event with learning", "Good care")
# §A2 field 4
CATEGORIES = (
    "Fall",
    "Pressure ulcer",
    "Deterioration",
    "Medication",
    "Infection",
    "Violence and aggression",
    "Self-harm",
    "Other",
)
# look-back event type on the daily sheet (app/domain/huddle.py EVENT_TYPES) -> category
CATEGORY_FOR_LOOKBACK = {
    "Fall": "Fall",
    "Pressure ulcer": "Pressure ulcer",
    "Deterioration or crash call": "Deterioration",
    "Medication": "Medication",
    "Infection": "Infection",
    "Violence and aggression": "Violence and aggression",
    "Self-harm": "Self-harm",
    "Other": "Other",
}
REPORTED_CHOICES = ("Yes", "Not yet", "Not required")  # §A2 field 5
PHYSICAL_HARM_LEVELS = HARM_LEVELS  # §A2 field 7: LFPSE physical harm, No harm .. Fatal
# §A2 field 8: LFPSE psychological harm (an experimental national field)
PSYCHOLOGICAL_HARM_LEVELS = (
    "Not known yet",
    "No psychological harm",
    "Low psychological harm",
    "Moderate psychological harm",
    "Severe psychological harm",
)
# §A2 field 10: the ward's staff roles plus these
PATIENT_ROLES = ("Patient", "Family member or carer")

# §A2 field 15: SEIPS 3.0 work-system elements (key, label, prompt about the system)
SEIPS_ELEMENTS = (
    ("person", "Person(s)", "Skills, experience, fatigue, staffing mix and workload: what helped or got in the way?"),
    ("tasks", "Tasks", "How complex, frequent or interrupted was the work? Were steps clear?"),
    ("tools", "Tools & technology", "Equipment, IT, forms and supplies: available, working, easy to use?"),
    ("organisation", "Organisation", "Rotas, policies, handover, culture and communication between teams."),
    ("internal", "Internal environment", "Layout, lighting, noise, space and temperature on the ward."),
    ("external", "External environment", "Pressure from outside the ward: bed flow, national policy, other services."),
)
SEIPS_KEYS = tuple(key for key, _label, _prompt in SEIPS_ELEMENTS)
SEIPS_EFFECTS = ("", "Helped", "Hindered", "Both", "Not applicable")  # "" = not discussed

EVERYDAY_WORK = ("", "Yes", "No", "Unsure")  # §A2 field 16
SHIFT_IMPACT = ("", "None", "Minor disruption", "Major disruption")  # §A2 field 17
# §A2 field 19 / §A3 field 7 (the list is a proposal in the research)
SUPPORT_OPTIONS = (
    "Check-in from manager",
    "Peer support",
    "Professional nurse advocate or similar",
    "Occupational health or EAP",
    "Time out",
    "None needed",
)
TEAM_NOW = ("", "Recovered", "Still affected", "Unsure")  # §A3 field 6

NOT_A_SUBSTITUTE = (
    "A reflection is for learning together. It does not replace reporting on the trust's incident "
    "system (for example Datix, InPhase or Radar): report there as well. Describe the work system "
    "(tasks, tools, environment, organisation), not who was at fault, and write no patient names "
    "or hospital numbers."
)

DUE_SOON_DAYS = 7  # a later reflection shows as "due" this many days ahead
# where a record's later reflection stands (Reflection.later_state), with the list filter's words
LATER_STATES = {
    "due": "Later reflection due (next 7 days)",
    "overdue": "Later reflection overdue",
    "planned": "Later reflection planned",
    "none": "No later reflection planned",
    "held": "Later reflection held",
    "later": "Later reflections themselves",
}
LONG_TEXT = 5000
SHORT_TEXT = 200


@dataclass(frozen=True)
class Participant:
    name: str
    role: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.role})" if self.name else self.role


@dataclass(frozen=True)
class SeipsFactor:
    element: str  # one of SEIPS_KEYS
    effect: str = ""  # one of SEIPS_EFFECTS
    notes: str = ""


def blank_seips() -> tuple[SeipsFactor, ...]:
    return tuple(SeipsFactor(key) for key in SEIPS_KEYS)


@dataclass(frozen=True)
class TrainingNeed:
    need: str
    for_whom: str = ""

    @property
    def label(self) -> str:
        return f"{self.need} (for {self.for_whom})" if self.for_whom else self.need


@dataclass(frozen=True)
class Reflection(Enveloped):
    ward_id: str
    kind: str = POST_EVENT
    # -- both kinds ------------------------------------------------------------------
    huddle_date: date | None = None
    huddle_time: str = ""
    facilitator: str = ""
    participants: tuple[Participant, ...] = ()
    support: tuple[str, ...] = ()  # A2 #19 support offered or needed; A3 #7 further support
    training_needs: tuple[TrainingNeed, ...] = ()  # A2 #20; A3 #8 further training
    # -- hot debrief (§A2) -------------------------------------------------------------
    source_sheet_id: str = ""  # the daily sheet whose look-back event started it
    source_event_id: str = ""
    event_date: date | None = None
    event_time: str = ""
    event_type: str = EVENT_TYPES[0]
    category: str = "Other"
    reported: str = "Not yet"
    incident_ref: str = ""
    physical_harm: str = "No harm"
    psychological_harm: str = PSYCHOLOGICAL_HARM_LEVELS[0]
    ground_rules_agreed: bool = False
    aar_expected: str = ""
    aar_happened: str = ""
    aar_difference: str = ""
    seips: tuple[SeipsFactor, ...] = field(default_factory=blank_seips)
    everyday_work: str = ""
    shift_impact: str = ""
    shift_impact_detail: str = ""
    team_impact: str = ""
    immediate_actions: str = ""
    learned: str = ""
    documentation: str = ""
    share_at_huddle: bool = False
    shared_on: date | None = None
    later_due: date | None = None
    # -- later reflection (§A3) --------------------------------------------------------
    post_event_id: str | None = None
    understand_differently: str = ""
    everyday_changes: str = ""
    team_now: str = ""
    team_now_detail: str = ""
    linked_project_id: str | None = None
    linked_pdsa_id: str | None = None
    envelope: Envelope | None = None

    @property
    def is_post_event(self) -> bool:
        return self.kind == POST_EVENT

    @property
    def main_date(self) -> date | None:
        """The date a list sorts and filters on: the event for a hot debrief, the huddle for a
        later reflection."""
        return (self.event_date or self.huddle_date) if self.is_post_event else (self.huddle_date or self.event_date)

    def title(self) -> str:
        when = f" on {self.main_date:%d %b %Y}" if self.main_date else ""
        if self.is_post_event:
            return f"{self.category} ({self.event_type.lower()}){when}"
        return f"Later reflection{when}"

    @property
    def summary(self) -> str:
        """One line for other screens (the daily sheet's "share learning" list)."""
        learned = " ".join(self.learned.split())
        if len(learned) > 160:
            learned = learned[:157].rstrip() + "…"
        return f"{self.title()}: {learned}" if learned else self.title()

    def later_state(self, today: date, has_later: bool) -> str:
        """One of LATER_STATES: where this record's later reflection stands."""
        if not self.is_post_event:
            return "later"
        if has_later:
            return "held"
        if self.later_due is None:
            return "none"
        if self.later_due < today:
            return "overdue"
        if self.later_due <= today + timedelta(days=DUE_SOON_DAYS):
            return "due"
        return "planned"

    def later_status(self, today: date, has_later: bool) -> str:
        """Where the later reflection stands, in words for the list and reminders."""
        state = self.later_state(today, has_later)
        if state == "later":
            return "This is a later reflection"
        if state == "held":
            return "Later reflection held"
        if state == "none" or self.later_due is None:
            return "No later reflection planned"
        if state == "overdue":
            days = (today - self.later_due).days
            return f"Later reflection overdue ({days} day{'s' if days != 1 else ''})"
        if self.later_due <= today + timedelta(days=DUE_SOON_DAYS):
            return "Later reflection due" + (" today" if self.later_due == today else f" {self.later_due:%d %b}")
        return f"Later reflection planned for {self.later_due:%d %b %Y}"

    def validated(self, now: datetime) -> Reflection:
        """Check what a user typed; raise ValidationError naming the field. ``now`` is a naive
        local datetime. Drafts may be incomplete: only contradictions are refused."""
        if self.kind not in KINDS:
            raise ValidationError(f"'{self.kind}' is not a kind of reflection.", "kind")
        event_time = normalise_time(self.event_time, "event_time")
        huddle_time = normalise_time(self.huddle_time, "huddle_time")
        _check_choice(self.event_type, EVENT_TYPES, "event type", "event_type")
        _check_choice(self.category, CATEGORIES, "category", "category")
        _check_choice(self.reported, REPORTED_CHOICES, "answer for incident reporting", "reported")
        _check_choice(self.physical_harm, PHYSICAL_HARM_LEVELS, "physical harm level", "physical_harm")
        _check_choice(
            self.psychological_harm, PSYCHOLOGICAL_HARM_LEVELS, "psychological harm level", "psychological_harm"
        )
        _check_choice(self.everyday_work, EVERYDAY_WORK, "answer", "everyday_work")
        _check_choice(self.shift_impact, SHIFT_IMPACT, "impact on the shift", "shift_impact")
        _check_choice(self.team_now, TEAM_NOW, "answer for how the team is", "team_now")
        for item in self.support:
            _check_choice(item, SUPPORT_OPTIONS, "kind of support", "support")
        if self.is_post_event:
            if self.event_date is None:
                raise ValidationError("Enter the date of the event.", "event_date")
            event_at = at(self.event_date, event_time)
            assert event_at is not None
            if event_at > now:
                raise ValidationError("The event date and time are in the future. Check them.", "event_date")
            if self.huddle_date is not None:
                if self.huddle_date < self.event_date or (
                    event_time and huddle_time and self.huddle_date == self.event_date and huddle_time < event_time
                ):
                    raise ValidationError(
                        "The huddle cannot be before the event. Check the huddle date and time.", "huddle_date"
                    )
            if self.later_due is not None and self.later_due < self.event_date:
                raise ValidationError("The later reflection cannot be before the event. Check its date.", "later_due")
        elif self.post_event_id is not None and not self.post_event_id:
            raise ValidationError("Choose the hot debrief this reflection follows, or none.", "post_event_id")
        if self.huddle_date is not None and self.huddle_date > now.date() + timedelta(days=366):
            raise ValidationError("The huddle date is more than a year away. Check it.", "huddle_date")
        seips = self.seips
        if tuple(f.element for f in seips) != SEIPS_KEYS:
            raise ValidationError("The work-system grid must have its six rows.", "seips")
        for factor in seips:
            _check_choice(factor.effect, SEIPS_EFFECTS, "answer in the work-system grid", "seips")
            _check_length(factor.notes, SHORT_TEXT * 2, "A work-system note", "seips")
        participants = []
        for person in self.participants:
            name, role = " ".join(person.name.split()), " ".join(person.role.split())
            if not role:
                raise ValidationError("Each participant needs a role.", "participants")
            if not name and role not in PATIENT_ROLES:
                raise ValidationError(
                    "Each participant needs a name (leave it blank only for a patient or family member).",
                    "participants",
                )
            _check_length(name, 60, "A participant's name", "participants")
            participants.append(Participant(name, role))
        training = []
        for item in self.training_needs:
            need, who = " ".join(item.need.split()), " ".join(item.for_whom.split())
            if not need:
                raise ValidationError("Describe each training need.", "training_needs")
            _check_length(need, SHORT_TEXT, "A training need", "training_needs")
            _check_length(who, SHORT_TEXT, "Who the training is for", "training_needs")
            training.append(TrainingNeed(need, who))
        for name in (
            "aar_expected",
            "aar_happened",
            "aar_difference",
            "team_impact",
            "immediate_actions",
            "learned",
            "documentation",
            "understand_differently",
            "everyday_changes",
            "team_now_detail",
            "shift_impact_detail",
        ):
            _check_length(getattr(self, name), LONG_TEXT, FIELD_LABELS[name], name)
        _check_length(self.incident_ref, 40, "The incident reference", "incident_ref")
        _check_length(self.facilitator, 60, "The facilitator's name", "facilitator")
        support = tuple(o for o in SUPPORT_OPTIONS if o in self.support)
        return replace(
            self,
            event_time=event_time,
            huddle_time=huddle_time,
            incident_ref=self.incident_ref.strip(),
            facilitator=" ".join(self.facilitator.split()),
            participants=tuple(participants),
            training_needs=tuple(training),
            support=support,
        )


FIELD_LABELS = {
    "aar_expected": "What was expected to happen",
    "aar_happened": "What actually happened",
    "aar_difference": "Why there was a difference",
    "team_impact": "Impact on team members",
    "immediate_actions": "Immediate actions",
    "learned": "What we learned",
    "documentation": "How findings will be documented",
    "understand_differently": "What we understand differently",
    "everyday_changes": "What changed in everyday work",
    "team_now_detail": "How the team is now",
    "shift_impact_detail": "Impact on the shift",
}


def _check_choice(value: str, choices: tuple[str, ...], what: str, field_name: str) -> None:
    if value not in choices:
        raise ValidationError(f"'{value}' is not a valid {what}.", field_name)


def _check_length(value: str, limit: int, what: str, field_name: str) -> None:
    if len(value) > limit:
        raise ValidationError(f"{what} is too long: keep it under {limit} characters.", field_name)


def from_lookback(
    ward_id: str,
    sheet_id: str,
    sheet_date: date,
    event_id: str,
    event_type: str,
    harm_level: str,
    incident_ref: str,
    *,
    huddle_date: date,
    huddle_time: str,
) -> Reflection:
    """A new, unsaved hot debrief pre-filled from a look-back event on a daily sheet."""
    return Reflection(
        ward_id=ward_id,
        kind=POST_EVENT,
        source_sheet_id=sheet_id,
        source_event_id=event_id,
        event_date=sheet_date,
        huddle_date=max(huddle_date, sheet_date),
        huddle_time=huddle_time,
        event_type=EVENT_TYPES[0],
        category=CATEGORY_FOR_LOOKBACK.get(event_type, "Other"),
        reported="Yes" if incident_ref.strip() else "Not yet",
        incident_ref=incident_ref.strip(),
        physical_harm=harm_level if harm_level in PHYSICAL_HARM_LEVELS else "No harm",
    )


@dataclass(frozen=True)
class ReflectionReminder:
    """A hot debrief whose later reflection is due soon or overdue (for the Today page)."""

    reflection: Reflection
    due: date
    today: date

    @property
    def overdue_days(self) -> int:
        return max(0, (self.today - self.due).days)

    @property
    def summary(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        what = f"Later reflection after the {self.reflection.title()[0].lower()}{self.reflection.title()[1:]}"
        if self.due < self.today:
            days = self.overdue_days
            return f"{what} is overdue by {days} day{'s' if days != 1 else ''} (was due {self.due:%d %b})."
        if self.due == self.today:
            return f"{what} is due today."
        return f"{what} is due on {self.due:%a %d %b}."
