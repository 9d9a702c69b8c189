"""One-click redaction that really removes the text (R34), for the export's identifier check and
anything else that must take words out of a record::

    result = store.redaction.redact_text("huddle_sheets", sheet_uuid, "notes", "943 476 5919")
    # or several at once, one transaction, one clean-up:
    result = store.redaction.redact([RedactionTarget("huddle_sheets", uuid, "notes", "943 476 5919"), ...])

Steps: a verified backup first; each field updated under the envelope (``rev`` + 1) in one
transaction with an audit row (counts only, never the text); ``secure_delete``, FTS ``optimize``,
``wal_checkpoint(TRUNCATE)``; a verified backup afterwards; then every older backup (the backups
folder and the second folder) that still holds the text is rewritten without it, or deleted if
the rewrite cannot remove it. The redacted text is never logged.

Runs on its own connection, so the UI may call it on a worker thread (app/ui/tasks.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.safety.backups import BackupService
from app.storage.backup import leftover_files, list_backups
from app.storage.database import open_database
from app.storage.migrations import current_schema_version
from app.storage.repositories.redaction import ScrubTarget, file_contains, purge_traces, redact_field, scrub_backup_file

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the CLI prints its own one line; the GUI's log file still gets these

DEFAULT_REPLACEMENT = "[removed]"
MIN_LENGTH = 2


@dataclass(frozen=True)
class RedactionTarget:
    table: str
    uuid: str
    field: str
    old: str


@dataclass
class RedactionResult:
    records: int
    occurrences: int
    revisions: dict[str, int]
    backup_before: Path
    backup_after: Path
    wal_cleared: bool
    fts_tables: list[str] = field(default_factory=list)
    backups_rewritten: int = 0
    backups_removed: int = 0
    changes: Changes = Changes.ALL


class RedactionService:
    def __init__(self, ctx: ServiceContext, backups: BackupService) -> None:
        self.ctx = ctx
        self.backups = backups

    def redact_text(
        self, table: str, uuid: str, field_name: str, old_substring: str, replacement: str = DEFAULT_REPLACEMENT
    ) -> RedactionResult:
        return self.redact([RedactionTarget(table, uuid, field_name, old_substring)], replacement)

    def redact(self, targets: list[RedactionTarget], replacement: str = DEFAULT_REPLACEMENT) -> RedactionResult:
        if not targets:
            raise ValidationError("Choose the text to remove first.")
        for target in targets:
            if len(target.old.strip()) < MIN_LENGTH:
                raise ValidationError("Choose at least two characters of text to remove.")
            if target.old in replacement:
                raise ValidationError("The replacement may not contain the text being removed.")
        self.ctx.database.require_writable()
        before = self.backups.before_risky_operation("before-redaction")
        database = open_database(self.ctx.database.path, max_schema=current_schema_version())
        try:
            database.require_writable()
            own = ServiceContext(database, self.ctx.clock, _who=(self.ctx.os_user, self.ctx.machine))
            write = own.write_context()
            with database.write():
                done = [redact_field(database, t.table, t.uuid, t.field, t.old, replacement, write) for t in targets]
                own.audit(
                    "redaction",
                    {
                        "records": len({(d.table, d.uuid) for d in done}),
                        "fields": len(done),
                        "occurrences": sum(d.occurrences for d in done),
                    },
                )
            purge = purge_traces(database)
        finally:
            database.close()
        after = self.backups.take_backup("after-redaction").path
        rewritten, removed = self._clean_older_backups(targets, replacement, keep={after})
        log.info(
            "redaction: %d fields, %d backups rewritten, %d removed, WAL cleared: %s",
            len(done),
            rewritten,
            removed,
            purge.wal_cleared,
        )
        return RedactionResult(
            records=len({(d.table, d.uuid) for d in done}),
            occurrences=sum(d.occurrences for d in done),
            revisions={d.uuid: d.rev for d in done},
            backup_before=before,
            backup_after=after,
            wal_cleared=purge.wal_cleared,
            fts_tables=purge.fts_tables,
            backups_rewritten=rewritten,
            backups_removed=removed,
        )

    def _clean_older_backups(
        self, targets: list[RedactionTarget], replacement: str, keep: set[Path]
    ) -> tuple[int, int]:
        needles = [t.old for t in targets]
        scrub = [ScrubTarget(t.table, t.uuid, t.field, t.old) for t in targets]
        live_still_has_it = any(file_contains(p, needles) for p in keep)
        folders = [self.backups.folder]
        try:
            second = self.backups.second_folder()
        except Exception:  # an unreachable second folder must not stop the redaction
            second = None
        if second is not None and second.exists():
            folders.append(second)
        rewritten = removed = 0
        for folder in folders:
            for leftover in leftover_files(folder):  # an unfinished copy is never a backup: it goes
                if file_contains(leftover, needles):
                    try:
                        leftover.unlink()
                        removed += 1
                    except OSError as error:
                        log.warning("could not remove an unfinished copy holding redacted text: %s", error.strerror)
            for backup in list_backups(folder):
                if backup.path in keep or not file_contains(backup.path, needles):
                    continue
                try:
                    scrub_backup_file(backup.path, scrub, replacement)
                except Exception as error:  # a backup that cannot be rewritten is removed below
                    log.warning("could not rewrite a backup after a redaction: %s", type(error).__name__)
                if not file_contains(backup.path, needles):
                    rewritten += 1
                elif not live_still_has_it:
                    # the text is elsewhere in this old copy too: expire it early (a newer,
                    # clean, verified backup exists: the one made just now)
                    try:
                        backup.path.unlink()
                        removed += 1
                    except OSError as error:
                        log.warning("could not remove a backup holding redacted text: %s", error.strerror)
        return rewritten, removed
