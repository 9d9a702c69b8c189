"""What one printed daily sheet shows (``HuddlePrint``) and how it is named: the data the filled
sheet (huddle_pdf.py) and the blank form (huddle_blank.py) are both drawn from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from app.domain.action import Action
from app.domain.huddle import HuddleSheet
from app.domain.safety_cross import CrossDay, CrossMonth
from app.domain.ward import DEFAULT_FOCUS_HARMS, DEFAULT_ROLES, DEFAULT_SLOTS, FocusHarm, Ward

TITLE = "Daily safety huddle"


@dataclass(frozen=True)
class HuddlePrint:
    """Everything one printed sheet shows, as it stood on the sheet's day. ``sheet=None``: the
    blank form (for ``ward``, if given, so its slots, roles and focus harms are printed)."""

    ward: Ward | None
    sheet: HuddleSheet | None = None
    actions: tuple[Action, ...] = ()  # raised at this huddle, then open ones carried forward (as of the day)
    cross_months: tuple[CrossMonth, ...] = ()  # the sheet's month up to its day, one per focus harm
    cross_today: Mapping[str, CrossDay] = field(default_factory=dict)
    days_since: Mapping[str, int | None] = field(default_factory=dict)
    with_month_cross: bool = False  # the month's cross on a page of its own after the sheet
    cross_warnings: tuple[str, ...] = ()  # the day's cross disagreeing with look back, in words

    @property
    def blank(self) -> bool:
        return self.sheet is None

    @property
    def focus_harms(self) -> tuple[FocusHarm, ...]:
        return self.ward.details.focus_harms if self.ward else DEFAULT_FOCUS_HARMS

    @property
    def roles(self) -> tuple[str, ...]:
        return self.ward.details.staff_roles if self.ward else DEFAULT_ROLES

    @property
    def slots(self) -> tuple[str, ...]:
        slots = self.ward.details.huddle_slots if self.ward else DEFAULT_SLOTS
        return slots if "Ad hoc" in slots else (*slots, "Ad hoc")

    @property
    def day(self) -> date | None:
        return self.sheet.huddle_date if self.sheet else None


def ward_label(ward: Ward | None) -> str:
    if ward is None:
        return "Ward: ______________________"
    code = f" ({ward.details.ward_code})" if ward.details.ward_code and ward.details.ward_code not in ward.name else ""
    demo = " · DEMO WARD: practice data, not a real ward" if ward.details.is_demo else ""
    return f"{ward.name}{code}{demo}"


def sheet_heading(data: HuddlePrint) -> str:
    if data.sheet is None:
        return f"{TITLE} · {ward_label(data.ward)}"
    return f"{TITLE} · {ward_label(data.ward)} · {data.sheet.huddle_date:%a %d %b %Y} · {data.sheet.slot}"
