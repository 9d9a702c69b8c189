"""A ward (or unit) and what its team configures: focus harms, safety-cross colours, huddle slots
and staff roles. Defaults follow domain-and-forms.md §A1 and the safety-cross note under it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.domain.envelope import Envelope
from app.errors import ValidationError

DEFAULT_SLOTS = ("Morning", "Afternoon", "Evening", "Night", "Ad hoc")

DEFAULT_ROLES = (
    "Registered nurse",
    "Nursing associate",
    "HCA",
    "Doctor",
    "AHP",
    "Pharmacist",
    "Student",
    "Ward clerk",
    "Housekeeping/domestic",
    "Volunteer",
    "Other",
)


@dataclass(frozen=True)
class CrossColour:
    """One entry in a safety cross's colour key."""

    code: str
    label: str
    colour: str  # "#rrggbb"
    is_harm: bool  # does a day with this code reset "days since last harm"?


@dataclass(frozen=True)
class FocusHarm:
    key: str
    name: str
    colours: tuple[CrossColour, ...]

    def colour_for(self, code: str) -> CrossColour | None:
        return next((c for c in self.colours if c.code == code), None)


def default_cross_colours(harm_word: str) -> tuple[CrossColour, ...]:
    return (
        CrossColour("none", f"No {harm_word}", "#2e7d32", False),
        CrossColour("no_harm", f"{harm_word.capitalize()}, no harm", "#f9a825", False),
        CrossColour("harm", f"{harm_word.capitalize()} with harm", "#c62828", True),
        CrossColour("on_admission", "Present on admission", "#1565c0", False),
    )


DEFAULT_FOCUS_HARMS = (
    FocusHarm("falls", "Falls", default_cross_colours("fall")),
    FocusHarm("pressure_ulcers", "Pressure ulcers", default_cross_colours("pressure ulcer")),
    FocusHarm("deterioration", "Deterioration", default_cross_colours("deterioration event")),
)


def harm_key(name: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")
    return key or "harm"


def focus_harm_named(name: str) -> FocusHarm:
    """A new focus harm with the default colour key."""
    clean = name.strip()
    return FocusHarm(harm_key(clean), clean, default_cross_colours(clean.lower()))


@dataclass(frozen=True)
class WardDetails:
    """What a user types about a ward: validated before it reaches storage."""

    name: str
    trust_name: str = ""
    trust_code: str = ""
    ward_code: str = ""
    focus_harms: tuple[FocusHarm, ...] = DEFAULT_FOCUS_HARMS
    huddle_slots: tuple[str, ...] = DEFAULT_SLOTS
    staff_roles: tuple[str, ...] = DEFAULT_ROLES
    huddle_target_minutes: int = 10
    is_demo: bool = False

    def validated(self) -> WardDetails:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError("Give the ward a name, for example 'Ward 7 (Respiratory)'.", "name")
        if len(name) > 80:
            raise ValidationError("The ward name is too long: keep it under 80 characters.", "name")
        code = self.ward_code.strip().upper()
        if code and not re.fullmatch(r"[A-Z0-9][A-Z0-9_-]{0,15}", code):
            raise ValidationError("The ward code may hold only letters, digits, '-' and '_' (up to 16).", "ward_code")
        trust_code = self.trust_code.strip().upper()
        if trust_code and not re.fullmatch(r"[A-Z0-9]{3,5}", trust_code):
            raise ValidationError("The trust code is the 3 to 5 character ODS code, e.g. RR8.", "trust_code")
        if not self.focus_harms:
            raise ValidationError("Choose at least one focus harm for the safety cross.", "focus_harms")
        keys = [h.key for h in self.focus_harms]
        if len(set(keys)) != len(keys):
            raise ValidationError("Two focus harms have the same name.", "focus_harms")
        slots = tuple(s.strip() for s in self.huddle_slots if s.strip())
        if not slots:
            raise ValidationError("The ward needs at least one huddle slot.", "huddle_slots")
        roles = tuple(r.strip() for r in self.staff_roles if r.strip())
        if not roles:
            raise ValidationError("The ward needs at least one staff role.", "staff_roles")
        for value, field_name, what in (
            (name, "name", "ward name"),
            (code, "ward_code", "ward code"),
            (trust_code, "trust_code", "trust code"),
            (self.trust_name, "trust_name", "trust name"),
        ):
            if _looks_like_identifier(value):
                raise ValidationError(
                    f"The {what} looks like an NHS, CHI or Health and Care number; it goes into every export, "
                    "so choose another.",
                    field_name,
                )
        if not 1 <= self.huddle_target_minutes <= 60:
            raise ValidationError("The huddle target must be between 1 and 60 minutes.", "huddle_target_minutes")
        return replace(
            self,
            name=name,
            trust_name=" ".join(self.trust_name.split()),
            trust_code=trust_code,
            ward_code=code,
            huddle_slots=slots,
            staff_roles=roles,
        )


def _looks_like_identifier(text: str) -> bool:
    from app.domain.pii import scan_text

    return len(text) >= 10 and any(f.blocks_export for f in scan_text(text))


@dataclass(frozen=True)
class Ward:
    envelope: Envelope
    details: WardDetails

    @property
    def id(self) -> str:
        return self.envelope.uuid

    @property
    def name(self) -> str:
        return self.details.name

    @property
    def rev(self) -> int:
        return self.envelope.rev


@dataclass(frozen=True)
class StaffMember:
    envelope: Envelope
    name: str
    role: str
    retired: bool = False
    notes: str = field(default="", compare=False)

    @property
    def id(self) -> str:
        return self.envelope.uuid

    @property
    def rev(self) -> int:
        return self.envelope.rev


def validate_staff_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("Type the staff member's name.", "name")
    if len(clean) > 60:
        raise ValidationError("Keep names under 60 characters.", "name")
    return clean
