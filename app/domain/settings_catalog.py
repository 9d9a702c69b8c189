"""Every app setting, declared once with its type, default and the words Settings shows.

Stored values live in the database (so they are backed up and migrated with the data); this
catalogue is the only place defaults are written down.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.errors import ValidationError


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: Any
    label: str
    help: str
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> Any:
        if self.kind is bool:
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in {"true", "yes", "1", "on"}:
                return True
            if isinstance(value, str) and value.lower() in {"false", "no", "0", "off"}:
                return False
            if isinstance(value, int):
                return bool(value)
            raise ValidationError(f"{self.label}: choose yes or no.", self.key)
        if self.kind is int:
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise ValidationError(f"{self.label}: type a whole number.", self.key) from None
            if self.minimum is not None and number < self.minimum:
                raise ValidationError(f"{self.label}: the smallest allowed is {self.minimum}.", self.key)
            if self.maximum is not None and number > self.maximum:
                raise ValidationError(f"{self.label}: the largest allowed is {self.maximum}.", self.key)
            return number
        if self.kind is str:
            return "" if value is None else str(value).strip()
        raise TypeError(self.kind)


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("current_ward_id", str, "", "Current ward", "The ward this PC opens on."),
    SettingSpec(
        "autosave_seconds",
        int,
        10,
        "Autosave every (seconds)",
        "Typing is saved at least this often, and whenever you leave a field or page.",
        3,
        10,
    ),
    SettingSpec(
        "swarm_window_hours",
        int,
        48,
        "SWARM window (hours)",
        "How soon after an event a hot debrief should happen (24 or 48 hours).",
        1,
        168,
    ),
    SettingSpec(
        "export_staff_as_initials",
        bool,
        False,
        "Export staff as initials",
        "The weekly export shows staff names as initials only.",
    ),
    SettingSpec(
        "weekly_export_weekday",
        int,
        0,
        "Weekly export day",
        "Day of the week the export is due (0 = Monday).",
        0,
        6,
    ),
    SettingSpec(
        "hospital_number_pattern",
        str,
        "",
        "Hospital number pattern",
        "A regular expression for your trust's hospital numbers; matches are flagged before export.",
    ),
    SettingSpec(
        "second_backup_folder",
        str,
        "",
        "Second backup folder",
        "Optional: a folder (such as a network drive) that receives a copy of every verified backup.",
    ),
    SettingSpec(
        "text_scale_percent",
        int,
        100,
        "Text size (%)",
        "Make all text in the app larger, from 100% to 200%.",
        100,
        200,
    ),
)

SETTINGS_BY_KEY = {spec.key: spec for spec in SETTINGS}


def spec_for(key: str) -> SettingSpec:
    try:
        return SETTINGS_BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown setting {key!r}") from None
