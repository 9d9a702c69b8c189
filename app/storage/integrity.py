"""quick_check, integrity_check and foreign_key_check, reported in plain English; and keeping
a copy of a damaged data file (with its -wal and -shm) where nothing will change it."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.storage.database import Database

CORRUPT_PREFIX = "corrupt-"


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

    @property
    def damaged(self) -> bool:
        """The file itself is damaged (as opposed to merely needing an upgrade or being newer)."""
        return (not self.quick_ok) or self.full_ok is False or self.foreign_keys_ok is False

    def plain_english(self) -> str:
        if self.ok:
            return "ok"
        lines = ["Ward Huddle found problems with this data file:"]
        lines += [f"  - {p}" for p in self.problems]
        lines.append("Nothing has been changed. Restore the newest backup (Settings > Backups) or ask IT for help.")
        return "\n".join(lines)


_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)
_INDEX = re.compile(r"index (\w+)")


def plain_problem(message: str) -> str:
    """One of SQLite's integrity messages ("btreeInitPage() returns error code 11", "row 3 missing
    from index idx_x", "database disk image is malformed") said for a person, not a developer."""
    text = message.lower()
    page = _PAGE.search(message)
    where = f" (page {page.group(1)} of the file)" if page else ""
    index = _INDEX.search(message)
    if index and ("missing from index" in text or "wrong # of entries" in text or "index" in text):
        return (
            f"A search index ({index.group(1)}) no longer matches the records{where}; "
            "the records may be fine, but the file needs repair."
        )
    if "null value" in text or "constraint" in text:
        return f"A value breaks one of the data file's rules{where}."
    if "malformed" in text or "btree" in text or "page" in text or "corrupt" in text or "error code" in text:
        return f"Part of the data file is damaged and cannot be read{where}."
    if "not a database" in text or "file is encrypted" in text:
        return "The file is not a readable Ward Huddle data file (its first page is damaged or missing)."
    return "Part of the data file is damaged and cannot be read."


def _plain_list(messages: list[str], limit: int = 10) -> list[str]:
    out: list[str] = []
    for message in messages:
        line = plain_problem(message)
        if line not in out:
            out.append(line)
    return out[:limit]


def _messages(database: Database, pragma: str) -> list[str]:
    try:
        return [str(r[0]) for r in database.conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as error:
        return [str(error)]


def check_database(database: Database, *, expected_schema: int, full: bool = True) -> IntegrityReport:
    report = IntegrityReport(schema_expected=expected_schema)
    quick = _messages(database, "quick_check")
    report.quick_ok = quick == ["ok"]
    if not report.quick_ok:
        report.problems += _plain_list(quick)
    if full:
        messages = _messages(database, "integrity_check")
        report.full_ok = messages == ["ok"]
        if not report.full_ok and report.quick_ok:
            report.problems += [p for p in _plain_list(messages) if p not in report.problems]
        try:
            broken = database.conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as error:  # the damage stops the check itself: say that, not its text
            report.foreign_keys_ok = False
            line = plain_problem(str(error))
            if line not in report.problems:
                report.problems.append(line)
            broken = []
        else:
            report.foreign_keys_ok = not broken
        for table in sorted({str(row[0]) for row in broken})[:10]:
            report.problems.append(f"A record in '{table}' points at something that no longer exists.")
    try:
        report.schema_version = database.user_version()
    except sqlite3.DatabaseError as error:
        report.problems.append(f"The schema version cannot be read: {plain_problem(str(error))}")
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


def check_file(path: Path, *, expected_schema: int, full: bool) -> IntegrityReport:
    """Check a data file on its own read-only connection (never writes, never checkpoints). A
    file SQLite cannot read at all is reported as damaged."""
    report = IntegrityReport(schema_expected=expected_schema)
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
    except sqlite3.DatabaseError as error:
        report.quick_ok = False
        report.problems.append(f"The file cannot be opened: {plain_problem(str(error))}")
        return report
    conn.isolation_level = None
    database = Database(conn, Path(path), read_only=True)
    try:
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as error:
            report.quick_ok = False
            report.problems.append(plain_problem(str(error)))
            return report
        return check_database(database, expected_schema=expected_schema, full=full)
    finally:
        database.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def find_preserved_copy(database_path: Path) -> Path | None:
    """The newest corrupt-* folder already holding this exact file, if any (so a file that stays
    damaged across several starts is copied once)."""
    folders = sorted((p for p in database_path.parent.glob(CORRUPT_PREFIX + "*") if p.is_dir()), reverse=True)
    if not folders or not database_path.exists():
        return None
    newest = folders[0] / database_path.name
    try:
        if newest.stat().st_size == database_path.stat().st_size and _sha256(newest) == _sha256(database_path):
            return folders[0]
    except OSError:
        return None
    return None


def preserve_damaged_files(database_path: Path, problems: list[str], *, now: datetime | None = None) -> Path:
    """Copy the data file and its -wal and -shm into ``corrupt-YYYYmmdd-HHMMSS`` (UTC) beside it,
    with a note for IT, and return the folder. Reads only: the damaged file is left as it is."""
    database_path = Path(database_path)
    existing = find_preserved_copy(database_path)
    if existing is not None:
        return existing
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    base = database_path.parent / f"{CORRUPT_PREFIX}{moment.strftime('%Y%m%d-%H%M%S')}"
    folder, counter = base, 1
    while folder.exists():
        counter += 1
        folder = base.with_name(f"{base.name}-{counter}")
    folder.mkdir(parents=True)
    copied = []
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(database_path) + suffix)
        if source.exists():
            shutil.copy2(source, folder / source.name)
            copied.append(source.name)
    note = [
        "Ward Huddle found this data file damaged and kept these copies exactly as they were.",
        f"Found at (UTC): {moment.strftime('%Y-%m-%d %H:%M:%S')}",
        f"Files: {', '.join(copied)}",
        "Ward Huddle never changes this folder. Keep it until IT has looked at it.",
        "",
        "What the check found:",
        *[f"  - {p}" for p in problems[:20]],
    ]
    (folder / "README.txt").write_text("\n".join(note) + "\n", encoding="utf-8")
    return folder
