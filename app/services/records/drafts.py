"""Drafts of forms not yet saved, so typing survives a crash, a kill or a power cut.

A page that keeps typing outside its record until the user presses Save (a new reflection, a
PDSA note...) saves a draft as the user types (through its autosave timer) and discards it when
the form is saved or cancelled::

    store.drafts.save("reflection:new:<ward id>", page="Reflections", payload={"what": ...},
                      ward_id=ward.id)              # upsert; one small transaction
    store.drafts.discard("reflection:new:<ward id>")  # after the real save succeeded

At start, drafts left behind (``pending()``) are offered back; the page named in ``page`` gets
``restore_draft(draft)`` (see app/ui/dialogs/drafts_offer.py). Drafts belong to the OS user who
typed them, are not ward records (never exported), and are dropped after ``KEEP_DAYS`` days.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from app.domain.envelope import utc_iso
from app.errors import ValidationError
from app.services.context import ServiceContext
from app.storage.repositories.drafts import DraftRepository

KEEP_DAYS = 30
MAX_PAYLOAD_CHARS = 1_000_000


@dataclass(frozen=True)
class Draft:
    key: str
    page: str  # the navigation title of the page that can restore it, e.g. "Reflections"
    ward_id: str
    payload: dict[str, Any]
    os_user: str
    created_at: str  # UTC ISO
    updated_at: str


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
