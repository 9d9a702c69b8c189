"""The sync envelope every ward record carries.

The weekly export merges on it: the highest ``(epoch, rev)`` wins, so ``rev`` goes up by one on
every change and ``epoch`` goes up when a device's database is restored from a backup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random


def _uuid_source() -> str:
    import uuid  # here: it imports platform, some milliseconds of start-up before anything is saved

    return str(uuid.uuid4())


def new_uuid() -> str:
    return _uuid_source()


@contextmanager
def seeded_uuids(rng: random.Random) -> Iterator[None]:
    """Deterministic UUID4s for the demo generator (same seed, same database content)."""
    global _uuid_source
    previous = _uuid_source

    import uuid

    def _uuid_source():
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    try:
        yield
    finally:
        _uuid_source = previous


def utc_iso(moment: datetime) -> str:
    """UTC ISO 8601 with milliseconds and a ``Z``: sortable as text."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_utc_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Envelope:
    uuid: str
    rev: int
    epoch: int
    created_at: str
    updated_at: str
    origin_device_id: str
    ward_id: str
    deleted: bool = False


ENVELOPE_FIELDS = (
    "uuid",
    "rev",
    "epoch",
    "created_at",
    "updated_at",
    "origin_device_id",
    "ward_id",
    "deleted",
)


class Enveloped:
    """Mixin for a domain record whose ``envelope`` is None until it is first saved: its id and the
    revision a screen loaded (what an update must name) come from the envelope."""

    envelope: Envelope | None

    @property
    def id(self) -> str | None:
        return self.envelope.uuid if self.envelope else None

    @property
    def rev(self) -> int | None:
        return self.envelope.rev if self.envelope else None

    @property
    def is_saved(self) -> bool:
        return self.envelope is not None
