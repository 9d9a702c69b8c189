"""What every service needs: the open database, this device, a clock and who is at the keyboard."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app import __version__
from app.domain.audit import AuditEntry
from app.domain.envelope import utc_iso
from app.storage.database import Database
from app.storage.device import DeviceIdentity, read_device
from app.storage.record_table import WriteContext
from app.storage.repositories.audit import AuditRepository

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def os_user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name is not an error worth failing for
        return os.environ.get("USERNAME", "unknown")


def machine_name() -> str:
    import platform
    import socket

    return platform.node() or socket.gethostname() or "unknown"


@dataclass
class ServiceContext:
    database: Database
    clock: Clock = system_clock
    _device: DeviceIdentity | None = None
    _who: tuple[str, str] | None = None

    @property
    def os_user(self) -> str:
        return self._identity()[0]

    @property
    def machine(self) -> str:
        return self._identity()[1]

    def _identity(self) -> tuple[str, str]:
        if self._who is None:
            self._who = (os_user_name(), machine_name())
        return self._who

    @property
    def device(self) -> DeviceIdentity:
        if self._device is None:
            self._device = read_device(self.database)
        return self._device

    def refresh_device(self) -> None:
        self._device = None

    def now(self) -> datetime:
        return self.clock()

    def write_context(self) -> WriteContext:
        return WriteContext(self.device, utc_iso(self.clock()))

    def audit(self, action: str, counts: dict[str, int] | None = None) -> None:
        """Append an audit row; call inside the transaction of the action it records."""
        AuditRepository(self.database).append(
            AuditEntry(utc_iso(self.clock()), self.os_user, self.machine, action, dict(counts or {}), __version__)
        )
