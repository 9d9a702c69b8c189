"""Audit log entries: what was done, by which OS user on which machine, with counts only.

Never free text from a record: the log must not hold anything a redaction removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AuditEntry:
    at_utc: str
    os_user: str
    machine: str
    action: str
    counts: dict[str, int] = field(default_factory=dict)
    app_version: str = ""
    id: int | None = None
