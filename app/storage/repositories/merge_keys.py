"""The import merge's first look at each incoming record: the (epoch, rev, content hash) held for
it, as plain tuples. A weekly full snapshot mostly repeats records held unchanged (or older
ones); the merge compares these keys first and reads the full merge state
(ExchangeRepository.merge_state) only for the records it may write. Nothing here writes."""

from __future__ import annotations

from collections.abc import Sequence

from app.storage.database import Database

IN_CHUNK = 900  # stay under SQLite's bound-parameter limit on old builds

ContentKey = tuple[int | None, int | None, str | None]  # content_epoch, content_rev, content_sha256


def content_keys(database: Database, record_type: str, uuids: Sequence[str]) -> dict[str, ContentKey]:
    """uuid -> (content_epoch, content_rev, content_sha256) for each uuid with a merge state."""
    found: dict[str, ContentKey] = {}
    items = list(uuids)
    for start in range(0, len(items), IN_CHUNK):
        chunk = items[start : start + IN_CHUNK]
        cursor = database.conn.execute(
            "SELECT uuid, content_epoch, content_rev, content_sha256 FROM exchange_records "
            f"WHERE record_type = ? AND uuid IN ({', '.join('?' for _ in chunk)})",
            [record_type, *chunk],
        )
        for uuid, epoch, rev, digest in cursor.fetchall():
            found[uuid] = (epoch, rev, digest)
    return found


def ward_revision_bounds(database: Database, ward_id: str) -> tuple[int, int]:
    """(highest epoch, highest rev) held for records imported into ``ward_id`` (0, 0 if none):
    what a new file for that ward is bounded by."""
    epoch = rev = 0
    for sql in (
        "SELECT max(max(coalesce(content_epoch, 0), coalesce(tomb_epoch, 0))), "
        "max(max(coalesce(content_rev, 0), coalesce(tomb_rev, 0))) FROM exchange_records WHERE ward_id = ?",
        "SELECT max(max(coalesce(record_epoch, 0), coalesce(tomb_epoch, 0))), "
        "max(max(coalesce(record_rev, 0), coalesce(tomb_rev, 0))) FROM exchange_other_records WHERE ward_id = ?",
    ):
        row = database.conn.execute(sql, [ward_id]).fetchone()
        if row is not None:
            epoch, rev = max(epoch, int(row[0] or 0)), max(rev, int(row[1] or 0))
    return epoch, rev
