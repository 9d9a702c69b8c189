"""This database's device identity: a random id made once, and the restore epoch."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import StorageError
from app.storage.database import Database


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    epoch: int


def read_device(database: Database) -> DeviceIdentity:
    row = database.conn.execute("SELECT device_id, epoch FROM device WHERE id = 1").fetchone()
    if row is None:
        raise StorageError("The data file has no device identity; it may be damaged.")
    return DeviceIdentity(row[0], int(row[1]))


def bump_epoch(database: Database) -> DeviceIdentity:
    """After a restore: later edits must win over anything exported before it."""
    with database.write():
        database.execute("UPDATE device SET epoch = epoch + 1 WHERE id = 1")
    return read_device(database)
