"""The daily sheet printed or saved as PDF: what makes the PDF, its title and its file name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.domain.ward import Ward
from app.services.store import AppStore


def pdf_maker(store: AppStore, ward: Ward | None, day: date, slot: str) -> Callable[[], bytes]:
    from app.services import printing

    ward_id = ward.id if ward else ""
    return lambda: printing.huddle_sheet_pdf(store, ward_id, day, slot)


def pdf_title(day: date) -> str:
    return f"Huddle sheet {day:%d %b %Y}"


def pdf_file_name(ward: Ward | None, day: date, slot: str) -> str:
    code = (ward.details.ward_code or "ward") if ward else "ward"
    return f"huddle-{code}-{day:%Y-%m-%d}-{slot.lower()}.pdf"
