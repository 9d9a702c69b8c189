"""The steps after a backup is copied into the live file, as one, or finished at the next open
(issue 17 §4): this PC keeps its own device id (the records the other PC made become this
PC's to edit), the epoch goes above every epoch used before, and the audit row is written: all
in ONE transaction. A note beside the data file (``wardhuddle.sqlite3.restore-pending.json``)
is written before the copy and removed after that transaction; found at the next open, the
transaction runs then. A killed restore can therefore never leave copied pages with the old
epoch and no audit row (edits after the restart would arrive at the improvement team as
"older than held").

Whether the copy happened is read from the file itself: its device row still holds the
backup's device id and epoch until the finishing transaction changes them.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from app.services.context import ServiceContext
from app.storage.database import Database
from app.storage.device import read_device
from app.storage.migrations import migrate, pending_steps
from app.storage.restore import LiveIdentity, keep_live_identity, raise_epoch_in_transaction

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

MARKER_SUFFIX = ".restore-pending.json"
RESTORE_ACTION = "backup restored"


@dataclass(frozen=True)
class PendingRestore:
    backup_name: str
    epoch_floor: int  # the epoch goes above this (every epoch this PC has used)
    backup_device_id: str
    backup_epoch: int
    records: int
    identity: LiveIdentity | None  # this PC's device id and export counter (None: unreadable)


def marker_path(live: Path) -> Path:
    return live.with_name(live.name + MARKER_SUFFIX)


def write_marker(live: Path, pending: PendingRestore) -> None:
    """Durably, before the copy starts."""
    target = marker_path(live)
    partial = target.with_name(target.name + ".partial")
    data = json.dumps({**asdict(pending), "identity": asdict(pending.identity) if pending.identity else None})
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)


def read_marker(live: Path) -> PendingRestore | None:
    try:
        raw = json.loads(marker_path(live).read_text(encoding="utf-8"))
        identity = LiveIdentity(**raw["identity"]) if raw.get("identity") else None
        return PendingRestore(**{**raw, "identity": identity})
    except (OSError, ValueError, TypeError, KeyError):
        return None


def finish_restore(database: Database, ctx: ServiceContext, pending: PendingRestore, *, at_start: bool) -> int | None:
    """Run the finishing transaction if the copy happened and it has not run yet; remove the
    note either way. Returns the new epoch, or None when there was nothing to finish."""
    try:
        device = read_device(database)
        if (device.device_id, device.epoch) != (pending.backup_device_id, pending.backup_epoch):
            log.info("a restore note was found but the file does not hold that backup: nothing to finish")
            return None
        from_schema = database.user_version()
        if pending_steps(database):
            migrate(database)
        with database.write():
            moved = keep_live_identity(database, pending.identity) if pending.identity else 0
            epoch = raise_epoch_in_transaction(database, pending.epoch_floor)
            counts = {"records": pending.records, "from_schema": from_schema, "epoch": epoch, "re_owned": moved}
            if at_start:
                counts["finished_at_start"] = 1
            ctx.audit(RESTORE_ACTION, counts)
        return epoch
    finally:
        marker_path(database.path).unlink(missing_ok=True)


def finish_interrupted_restore(path: Path, *, max_schema: int, clock) -> int | None:
    """At start: a restore killed after its copy is finished now (see the module docstring)."""
    from app.storage.database import open_database

    pending = read_marker(path)
    if pending is None:
        marker_path(path).unlink(missing_ok=True)
        return None
    database = open_database(path, max_schema=max_schema)
    try:
        epoch = finish_restore(database, ServiceContext(database, clock), pending, at_start=True)
    finally:
        database.close()
    if epoch is not None:
        log.warning("an interrupted restore of %s was finished at start (epoch %s)", pending.backup_name, epoch)
    return epoch
