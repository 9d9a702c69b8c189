"""What a merge counted and held back, for the import summary and the ledger."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

SQLITE_MAX_INT = 2**63 - 1

# Why a record was held back, as the summary groups them.
IDENTIFIER = "patient identifier"
OUTSIDE_WARD = "outside this file's ward"
FAR_AHEAD = "revision far ahead (held for review)"
INVALID = "not valid here"
REFUSED_BY_DATABASE = "refused by this data file"


@dataclass
class MergeCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    deleted: int = 0
    conflicts: int = 0
    quarantined: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def add(self, other: MergeCounts) -> None:
        for name, value in other.as_dict().items():
            setattr(self, name, getattr(self, name) + value)

    def bump(self, name: str, by: int = 1) -> None:
        if name:
            setattr(self, name, getattr(self, name) + by)

    def summary(self) -> str:
        names = {"older": "older than held", "quarantined": "held back"}
        parts = [f"{value} {names.get(name, name)}" for name, value in self.as_dict().items() if value]
        return ", ".join(parts) or "no records"


@dataclass(frozen=True)
class QuarantinedRecord:
    record_type: str
    uuid: str
    epoch: int
    rev: int
    reason: str
    category: str = IDENTIFIER
    label: str = "record"

    def stored(self) -> tuple[int, int]:
        """(epoch, rev) as the quarantine table can hold them."""
        return min(max(self.epoch, -SQLITE_MAX_INT), SQLITE_MAX_INT), min(
            max(self.rev, -SQLITE_MAX_INT), SQLITE_MAX_INT
        )


def held_back_summary(items: list[QuarantinedRecord]) -> str:
    """One sentence naming what was held back and why: "3 records held back: 2 outside this file's
    ward (ward deletion, staff member), 1 patient identifier (huddle sheet)."."""
    if not items:
        return ""
    by_category: dict[str, Counter[str]] = {}
    for item in items:
        by_category.setdefault(item.category, Counter())[item.label] += 1
    parts = []
    for category, labels in by_category.items():
        total = sum(labels.values())
        named = ", ".join(f"{n} {label}{'s' * (n != 1)}" if n > 1 else label for label, n in labels.most_common())
        parts.append(f"{total} {category} ({named})")
    total = len(items)
    return f"{total} record{'s' * (total != 1)} held back and not written: {'; '.join(parts)}."
