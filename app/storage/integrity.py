"""quick_check, integrity_check and foreign_key_check, reported in plain English."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from app.storage.database import Database


@dataclass
class IntegrityReport:
    quick_ok: bool = True
    full_ok: bool | None = None
    foreign_keys_ok: bool | None = None
    schema_version: int = 0
    schema_expected: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def plain_english(self) -> str:
        if self.ok:
            return "ok"
        lines = ["Ward Huddle found problems with this data file:"]
        lines += [f"  - {p}" for p in self.problems]
        lines.append(
            "Nothing has been changed. Restore the newest backup (Settings > Backups) or ask IT for help."
        )
        return "\n".join(lines)


def _messages(database: Database, pragma: str) -> list[str]:
    try:
        return [str(r[0]) for r in database.conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as error:
        return [str(error)]


def quick_check(database: Database) -> bool:
    return _messages(database, "quick_check") == ["ok"]


def check_database(database: Database, *, expected_schema: int, full: bool = True) -> IntegrityReport:
    report = IntegrityReport(schema_expected=expected_schema)
    quick = _messages(database, "quick_check")
    report.quick_ok = quick == ["ok"]
    if not report.quick_ok:
        report.problems += [f"The file is damaged: {m}" for m in quick[:10]]
    if full:
        messages = _messages(database, "integrity_check")
        report.full_ok = messages == ["ok"]
        if not report.full_ok and report.quick_ok:
            report.problems += [f"An index or constraint is damaged: {m}" for m in messages[:10]]
        try:
            broken = database.conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as error:
            broken = [(str(error),)]
        report.foreign_keys_ok = not broken
        for row in broken[:10]:
            report.problems.append(f"A record in '{row[0]}' points at something that no longer exists.")
    try:
        report.schema_version = database.user_version()
    except sqlite3.DatabaseError as error:
        report.problems.append(f"The schema version cannot be read: {error}")
        return report
    if report.schema_version > expected_schema:
        report.problems.append(
            f"The file was written by a newer version of Ward Huddle (schema {report.schema_version}; "
            f"this version knows up to {expected_schema})."
        )
    elif report.schema_version < expected_schema:
        report.problems.append(
            f"The file is at schema {report.schema_version} and needs upgrading to {expected_schema}; "
            "open it in Ward Huddle once to upgrade it."
        )
    return report
