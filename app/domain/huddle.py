"""The daily safety huddle sheet (domain-and-forms.md §A1, all 25 rows).

Plain data and rules only. Times are local wall-clock "HH:MM" strings (the ward's own time);
dates are ``datetime.date``. Bed or bay identifiers only: never a patient's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.envelope import Envelope, Enveloped, new_uuid
from app.errors import ValidationError

NOT_HELD_REASONS = ("Clinical pressure", "Staffing", "No leader available", "Other")

EVENT_TYPES = (
    "Fall",
    "Pressure ulcer",
    "Deterioration or crash call",
    "Medication",
    "Infection",
    "Violence and aggression",
    "Self-harm",
    "Other",
)

# LFPSE physical harm levels (domain-and-forms.md §A2, field 7)
HARM_LEVELS = ("No harm", "Low harm", "Moderate harm", "Severe harm", "Fatal")

RISK_FLAGS = (
    "Falls",
    "Pressure ulcer",
    "Deteriorating / raised NEWS2",
    "Watcher / gut feeling",
    "Family concern",
    "High-risk therapy",
    "Infection / isolation",
    "Nutrition / hydration",
    "Catheter",
    "Diabetes",
    "Delirium / confusion",
    "Safeguarding",
    "DNACPR / ceiling of care",
    "Other",
)

THREATS = ("Building / environment", "Equipment", "Staffing", "Workflow / checklist", "IT", "Other")

# Which look-back event type counts against which default focus harm (for "days since last harm")
EVENT_TYPE_FOR_HARM = {
    "falls": "Fall",
    "pressure_ulcers": "Pressure ulcer",
    "deterioration": "Deterioration or crash call",
    "medication_errors": "Medication",
    "violence_and_aggression": "Violence and aggression",
    "self_harm": "Self-harm",
    "infection": "Infection",
}

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def minutes_of(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


@dataclass(frozen=True)
class Attendee:
    name: str
    role: str
    staff_id: str | None = None


@dataclass(frozen=True)
class LookBackEvent:
    event_type: str
    harm_level: str = "No harm"
    incident_ref: str = ""
    learning_point: str = ""
    id: str = field(default_factory=new_uuid)

    @property
    def is_harm(self) -> bool:
        return self.harm_level != "No harm"


@dataclass(frozen=True)
class AtRiskPatient:
    bed: str
    flags: tuple[str, ...] = ()
    mitigation: str = ""


@dataclass(frozen=True)
class HuddleSheet(Enveloped):
    ward_id: str
    huddle_date: date
    slot: str
    held: bool = True
    not_held_reason: str = ""
    not_held_detail: str = ""
    start_time: str = ""
    end_time: str = ""
    leader: str = ""
    nurse_in_charge: str = ""
    next_in_charge: str = ""
    attendees: tuple[Attendee, ...] = ()
    rn_planned: int | None = None
    rn_actual: int | None = None
    hca_planned: int | None = None
    hca_actual: int | None = None
    staffing_concern: bool = False
    staffing_concern_detail: str = ""
    staffing_escalated: bool = False
    escalated_to: str = ""
    beds_occupied: int | None = None
    expected_admissions: int | None = None
    planned_discharges: int | None = None
    lookback_any: bool | None = None
    events: tuple[LookBackEvent, ...] = ()
    at_risk: tuple[AtRiskPatient, ...] = ()
    threats: tuple[str, ...] = ()
    threats_detail: str = ""
    isolation_count: int | None = None
    bay_closed: bool = False
    reminders: str = ""
    data_reviewed: bool = False
    celebration: str = ""
    escalations: str = ""
    checkin_good: int | None = None
    checkin_ok: int | None = None
    checkin_struggling: int | None = None
    notes: str = ""
    envelope: Envelope | None = None

    @property
    def duration_minutes(self) -> int | None:
        if _TIME.match(self.start_time) and _TIME.match(self.end_time):
            return minutes_of(self.end_time) - minutes_of(self.start_time)
        return None

    def counts_by_role(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for person in self.attendees:
            counts[person.role] = counts.get(person.role, 0) + 1
        return counts

    def checkin_total(self) -> int:
        return sum(v or 0 for v in (self.checkin_good, self.checkin_ok, self.checkin_struggling))

    def validated(self) -> HuddleSheet:
        """Check what a user typed; raise ValidationError naming the field."""
        for name in ("start_time", "end_time"):
            value = getattr(self, name).strip()
            if value and not _TIME.match(value):
                label = "start" if name == "start_time" else "end"
                raise ValidationError(f"The {label} time must look like 09:30.", name)
        if self.start_time and self.end_time and minutes_of(self.end_time) < minutes_of(self.start_time):
            raise ValidationError("The huddle cannot end before it started. Check the end time.", "end_time")
        for name in (
            "rn_planned",
            "rn_actual",
            "hca_planned",
            "hca_actual",
            "beds_occupied",
            "expected_admissions",
            "planned_discharges",
            "isolation_count",
            "checkin_good",
            "checkin_ok",
            "checkin_struggling",
        ):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValidationError(f"{FIELD_LABELS[name]} cannot be negative.", name)
            if value is not None and value > 999:
                raise ValidationError(f"{FIELD_LABELS[name]} looks too large ({value}).", name)
        if not self.held and not self.not_held_reason:
            raise ValidationError("Say why the huddle was not held.", "not_held_reason")
        if self.not_held_reason == "Other" and not self.not_held_detail.strip():
            raise ValidationError("Add a few words on why the huddle was not held.", "not_held_detail")
        for event in self.events:
            if event.event_type not in EVENT_TYPES:
                raise ValidationError(f"'{event.event_type}' is not a look-back event type.", "events")
            if event.harm_level not in HARM_LEVELS:
                raise ValidationError(f"'{event.harm_level}' is not a harm level.", "events")
        for patient in self.at_risk:
            if not patient.bed.strip():
                raise ValidationError("Each patient at risk needs a bed or bay (no names).", "at_risk")
            if len(patient.bed) > 20:
                raise ValidationError(
                    "The bed or bay field is for a bed number like 'Bay 3 bed 12', not a name.", "at_risk"
                )
        return replace(self, start_time=self.start_time.strip(), end_time=self.end_time.strip())


FIELD_LABELS = {
    "rn_planned": "Registered nurses planned",
    "rn_actual": "Registered nurses on shift",
    "hca_planned": "HCAs planned",
    "hca_actual": "HCAs on shift",
    "beds_occupied": "Beds occupied",
    "expected_admissions": "Expected admissions",
    "planned_discharges": "Planned discharges",
    "isolation_count": "Patients in isolation",
    "checkin_good": "Check-in: Good",
    "checkin_ok": "Check-in: OK",
    "checkin_struggling": "Check-in: Struggling",
}


def carried_forward(previous: HuddleSheet | None, ward_id: str, huddle_date: date, slot: str) -> HuddleSheet:
    """A new, unsaved sheet pre-filled from the previous one: patients at risk, planned staffing,
    standing reminders and who is in charge next. Open actions are not copied: the page shows the
    live action register, so an action closed elsewhere never reappears."""
    if previous is None:
        return HuddleSheet(ward_id=ward_id, huddle_date=huddle_date, slot=slot)
    return HuddleSheet(
        ward_id=ward_id,
        huddle_date=huddle_date,
        slot=slot,
        nurse_in_charge=previous.next_in_charge,
        rn_planned=previous.rn_planned,
        hca_planned=previous.hca_planned,
        at_risk=previous.at_risk,
        reminders=previous.reminders,
        isolation_count=previous.isolation_count,
        bay_closed=previous.bay_closed,
    )


# -- gentle checks: a note beside the field, never a refusal ---------------------------------------
LONG_HUDDLE_MINUTES = 60
PLAUSIBLE_MAX = {
    "rn_planned": 40,
    "rn_actual": 40,
    "hca_planned": 40,
    "hca_actual": 40,
    "beds_occupied": 80,
    "expected_admissions": 40,
    "planned_discharges": 40,
    "isolation_count": 40,
}


def bed_key(bed: str) -> str:
    return " ".join(bed.casefold().split())


def gentle_checks(sheet: HuddleSheet) -> dict[str, str]:
    """Questions worth asking about a sheet that is still saved: field name -> a short note.
    (Validation refuses what cannot be right; these only point at what may be a slip.)"""
    notes: dict[str, str] = {}
    seen: dict[str, str] = {}
    for patient in sheet.at_risk:
        key = bed_key(patient.bed)
        if key and key in seen:
            notes["at_risk"] = f"{patient.bed} is listed twice among the patients at risk: is that right?"
            break
        seen[key] = patient.bed
    minutes = sheet.duration_minutes
    if minutes is not None and minutes > LONG_HUDDLE_MINUTES:
        hours, rest = divmod(minutes, 60)
        notes["end_time"] = (
            f"This huddle lasted {hours} h {rest:02d} min: check the start and end times (saved anyway)."
        )
    for name, most in PLAUSIBLE_MAX.items():
        value = getattr(sheet, name)
        if value is not None and value > most:
            notes[name] = f"{value} looks high for {FIELD_LABELS[name].lower()}: check it (saved anyway)."
    if sheet.isolation_count is not None and sheet.beds_occupied is not None:
        if sheet.isolation_count > sheet.beds_occupied and "isolation_count" not in notes:
            notes["isolation_count"] = "More patients in isolation than beds occupied: check the numbers."
    total = sheet.checkin_total()
    if sheet.attendees and total > len(sheet.attendees):
        notes["checkin_good"] = (
            f"The check-in adds up to {total} but {len(sheet.attendees)} are present: check the numbers."
        )
    return notes


def nothing_new(sheet: HuddleSheet, previous: HuddleSheet | None) -> HuddleSheet:
    """ "Nothing new since last huddle": no harm, incident or near miss; staffing on shift as
    planned and the beds as last time, where those are still blank. What was typed stays."""
    return replace(
        sheet,
        lookback_any=False if not sheet.events else sheet.lookback_any,
        rn_actual=sheet.rn_planned if sheet.rn_actual is None else sheet.rn_actual,
        hca_actual=sheet.hca_planned if sheet.hca_actual is None else sheet.hca_actual,
        beds_occupied=(
            previous.beds_occupied if sheet.beds_occupied is None and previous is not None else sheet.beds_occupied
        ),
    )
