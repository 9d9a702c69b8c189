"""Drafts of forms not yet saved, so typing survives a crash, a kill or a power cut.

Every autosaving editor (app/ui/editors/record_editor.py) keeps a draft of its record a moment
after the user types, and whenever a save is refused (a validation message, a stale screen), and
discards it once the record is saved::

    store.drafts.keep_record("reflection:new:<ward id>", page="reflections", record=item)
    store.drafts.discard("reflection:new:<ward id>")  # after the real save succeeded

At start, drafts left behind (``pending()``) are offered back; the page whose navigation key is
``page`` gets ``restore_draft(draft)`` (see app/ui/dialogs/drafts_offer.py), which reads the
record back with ``draft.record(RecordClass)``. Drafts belong to the OS user who typed them, are
not ward records (never exported), and are dropped after ``KEEP_DAYS`` days.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from app.domain.envelope import utc_iso
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.storage.repositories.drafts import DraftRepository

KEEP_DAYS = 30
MAX_PAYLOAD_CHARS = 1_000_000
RECORD = "record"  # the payload key that holds a drafted record's fields

R = TypeVar("R")


def to_plain(value: Any) -> Any:
    """A record (a frozen dataclass of str, int, bool, dates, tuples and inner dataclasses) as
    JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def from_plain(kind: Any, value: Any) -> Any:
    """The inverse of ``to_plain``, guided by the record's type hints."""
    if value is None:
        return None
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return from_plain(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        return tuple(from_plain(a, v) for a, v in zip(args, value, strict=False)) if args else tuple(value)
    if origin is dict:
        return dict(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        names = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{k: from_plain(hints[k], v) for k, v in value.items() if k in names})
    return value


@dataclass(frozen=True)
class Draft:
    key: str
    page: str  # the navigation key of the page that can restore it, e.g. "reflections"
    ward_id: str
    payload: dict[str, Any]
    os_user: str
    created_at: str  # UTC ISO
    updated_at: str

    def record(self, record_class: type[R]) -> R:
        """The record as it was typed (kept by ``DraftService.keep_record``)."""
        return from_plain(record_class, self.payload[RECORD])


def _draft(row: dict[str, Any]) -> Draft:
    return Draft(
        row["key"],
        row["page"],
        row["ward_id"],
        json.loads(row["payload"]),
        row["os_user"],
        row["created_at"],
        row["updated_at"],
    )


class DraftService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.repo = DraftRepository(ctx.database)

    def save(self, key: str, *, page: str, payload: dict[str, Any], ward_id: str = "") -> None:
        """Keep (or replace) the draft ``key``. ``payload`` must be JSON: plain dicts, lists,
        strings, numbers, booleans and None."""
        if not key or not page:
            raise ValueError("a draft needs a key and a page")
        try:
            text = json.dumps(payload, ensure_ascii=False)
        except (TypeError, ValueError) as error:
            raise ValueError(f"a draft's payload must be JSON: {error}") from None
        if len(text) > MAX_PAYLOAD_CHARS:
            raise ValidationError("This form is too long to keep as a draft.")
        with self.ctx.database.write():
            self.repo.put(key, page, ward_id, payload, self.ctx.os_user, utc_iso(self.ctx.now()))

    def keep_record(self, key: str, *, page: str, record: Any) -> None:
        """Keep a record as typed (it may not pass validation yet) as the draft ``key``."""
        self.save(key, page=page, payload={RECORD: to_plain(record)}, ward_id=getattr(record, "ward_id", "") or "")

    def load(self, key: str) -> Draft | None:
        row = self.repo.get(key)
        return None if row is None else _draft(row)

    def discard(self, key: str) -> bool:
        with self.ctx.database.write():
            return self.repo.delete(key) > 0

    def pending(self, *, all_users: bool = False) -> list[Draft]:
        """Drafts left behind by this OS user (newest first): what the restart check offers."""
        rows = self.repo.for_user(None if all_users else self.ctx.os_user)
        return [_draft(r) for r in rows]

    def discard_expired(self, days: int = KEEP_DAYS) -> int:
        if self.ctx.database.read_only:
            return 0
        cutoff = utc_iso(self.ctx.now() - timedelta(days=days))
        with self.ctx.database.write():
            return self.repo.delete_older_than(cutoff)
