"""Search across everything: one box, every kind of record, grouped by type.

The index lives in the database and is rewritten by triggers in the same transaction as every
save (app/storage/schema/s008_search.py), so a word typed a moment ago is found as soon as it is
saved, and a deleted record is never found. Hits come newest first within each type, with the
matching words marked for the screen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

from app.services.context import ServiceContext
from app.storage.repositories.search import COUNT_CAP, MARK_END, MARK_START, SEARCH_TYPES, SearchRepository, fts_query

TYPE_LABELS = {
    "huddle_sheets": "Huddle sheets",
    "actions": "Actions",
    "reflections": "Reflections",
    "projects": "Improvement projects",
    "pdsa_cycles": "PDSA cycles",
    "measures": "Measures",
    "data_points": "Notes on charts",
    "pulse_surveys": "Culture pulse notes",
}
PER_TYPE = 20


@dataclass(frozen=True)
class SearchHit:
    record_type: str
    record_id: str
    ward_id: str
    day: date | None
    title: str  # matching words between MARK_START and MARK_END
    snippet: str

    @property
    def plain_title(self) -> str:
        return unmark(self.title)

    @property
    def plain_snippet(self) -> str:
        return unmark(self.snippet)


@dataclass(frozen=True)
class SearchGroup:
    record_type: str
    label: str
    hits: tuple[SearchHit, ...]
    total: int  # all matches of this type, counted up to COUNT_CAP + 1 (more than the hits shown when cut)

    @property
    def total_text(self) -> str:
        return f"{COUNT_CAP}+" if self.total > COUNT_CAP else str(self.total)


@dataclass
class SearchResults:
    text: str
    groups: list[SearchGroup] = field(default_factory=list)
    elapsed_ms: float = 0.0

    @property
    def total(self) -> int:
        return sum(min(g.total, COUNT_CAP) for g in self.groups)

    @property
    def total_text(self) -> str:
        more = any(g.total > COUNT_CAP for g in self.groups)
        return f"{self.total}{'+' if more else ''}"

    @property
    def summary(self) -> str:
        if not fts_query(self.text):
            return "Type a word to search every sheet, action, reflection, project, PDSA cycle and note."
        if not self.groups:
            return f"Nothing found for '{self.text.strip()}'."
        parts = ", ".join(f"{g.label} {g.total_text}" for g in self.groups)
        return f"{self.total_text} found: {parts}."


def unmark(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


@dataclass(frozen=True)
class Location:
    """Where to open a hit: the record, and what the screen showing it needs."""

    record_type: str
    record_id: str
    day: date | None = None  # a huddle sheet's date
    slot: str = ""  # a huddle sheet's slot
    parent_id: str = ""  # a chart note's measure, a PDSA cycle's project


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.repository = SearchRepository(ctx.database)

    def search(self, text: str, ward_id: str | None, *, per_type: int = PER_TYPE) -> SearchResults:
        """Hits for ``text`` in one ward (``ward_id``) or every ward (None), grouped by type."""
        started = time.perf_counter()
        rows = self.repository.search(text, ward_id=ward_id, per_type=per_type)
        grouped: dict[str, list[SearchHit]] = {}
        totals: dict[str, int] = {}
        for row in rows:
            grouped.setdefault(row.record_type, []).append(
                SearchHit(row.record_type, row.record_id, row.ward_id, row.day, row.title, row.snippet)
            )
            totals[row.record_type] = row.type_total
        groups = [
            SearchGroup(t, TYPE_LABELS.get(t, t), tuple(grouped[t]), totals[t]) for t in SEARCH_TYPES if t in grouped
        ]
        return SearchResults(text, groups, (time.perf_counter() - started) * 1000)

    def locate(self, record_type: str, record_id: str) -> Location | None:
        """Where a hit opens; None when the record has been deleted since the search."""
        found = self.repository.locate(record_type, record_id)
        if found is None:
            return None
        day = date.fromisoformat(found["day"]) if found["day"] else None
        return Location(record_type, record_id, day, found["slot"], found["parent"])
