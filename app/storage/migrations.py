"""Numbered schema steps. Each step and its ``PRAGMA user_version`` stamp commit together, so a
failing step leaves the file exactly as it was.

Why our own runner rather than sqlite-utils' ``Migrations``: the schema level must be readable
*before* anything touches the file (to refuse a newer database without modifying it), and
``user_version`` in the file header is that single number; a second record in
``_sqlite_migrations`` would be two sources of truth to keep in step. Steps still use
sqlite-utils for table work.

To add a step: write ``@step(N, "what it does")`` below the last one, in a module imported from
``app/storage/schema/__init__.py``. Never edit a released step; add a new one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import MigrationFailed
from app.storage.database import Database

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

StepFunction = Callable[["sqlite_utils.Database"], None]


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: StepFunction


_STEPS: dict[int, Step] = {}


def step(version: int, description: str) -> Callable[[StepFunction], StepFunction]:
    def register(function: StepFunction) -> StepFunction:
        if version in _STEPS:
            raise RuntimeError(f"schema step {version} registered twice")
        _STEPS[version] = Step(version, description, function)
        return function

    return register


def steps() -> list[Step]:
    import app.storage.schema  # noqa: F401  (registers every step)

    ordered = [_STEPS[v] for v in sorted(_STEPS)]
    for expected, found in enumerate(ordered, start=1):
        if found.version != expected:
            raise RuntimeError(f"schema steps must be numbered 1, 2, 3...; step {expected} is missing")
    return ordered


def current_schema_version() -> int:
    return len(steps())


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int

    @property
    def changed(self) -> bool:
        return self.from_version != self.to_version


def pending_steps(database: Database) -> list[Step]:
    have = database.user_version()
    return [s for s in steps() if s.version > have]


def migrate(database: Database, *, stop_after: int | None = None) -> MigrationResult:
    """Apply every pending step, each in its own transaction with its version stamp."""
    start = database.user_version()
    todo = pending_steps(database)
    if not todo:
        return MigrationResult(start, start)
    database.require_writable()
    for pending in todo:
        if stop_after is not None and pending.version > stop_after:
            break
        log.info("applying schema step %s: %s", pending.version, pending.description)
        try:
            with database.write():
                pending.apply(database.db)
                database.execute(f"PRAGMA user_version = {int(pending.version)}")
        except Exception as error:
            log.exception("schema step %s failed", pending.version)
            raise MigrationFailed(
                f"Upgrading the data file failed at step {pending.version} ({pending.description}): "
                f"{error}. The file was left as it was."
            ) from error
    database.schema_version = database.user_version()
    return MigrationResult(start, database.schema_version)
