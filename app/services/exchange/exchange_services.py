"""The weekly export and import, as one service on the store: ``store.exchange``.

    store.exchange.export_status(ward_id)          -> ExportStatus(last_export_at, due_on, is_due)
    store.exchange.exports.prepare / write / export / history
    store.exchange.pii.acknowledge / redact         (the identifier review)
    store.exchange.imports.import_files / pending / map_device / conflicts / is_imported
    store.exchange.view.wards_table(ward_ids) / ward_options()

Long work (export, import) runs on a worker thread with its own connection:
``with store.exchange.on_own_connection() as worker: worker.exports.export(...)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.context import ServiceContext
from app.services.exchange.exports import ExportService, ExportStatus
from app.services.exchange.imports import ImportService
from app.services.exchange.pii_guard import PiiGuard
from app.services.exchange.wards_view import ImprovementView
from app.storage.database import open_database
from app.storage.migrations import current_schema_version

if TYPE_CHECKING:
    from app.services.exchange.redaction import RedactionService


class ExchangeServices:
    def __init__(
        self, ctx: ServiceContext, *, redaction: RedactionService, data_dir: Path | None = None, backups: Any = None
    ) -> None:
        self.ctx = ctx
        self.data_dir = data_dir
        self.redaction = redaction  # thread-safe: shared with worker connections
        self.backups = backups  # app.services.safety.backups.BackupService (thread-safe)
        self.pii = PiiGuard(ctx, redaction=redaction)
        self.exports = ExportService(ctx, guard=self.pii)
        self.imports = ImportService(ctx, data_dir, backups=backups)
        self.view = ImprovementView(ctx)

    def default_export_folder(self) -> Path:
        """``exports`` in the data folder, made if needed: where exports go unless the user chooses."""
        folder = (self.data_dir or self.ctx.database.path.parent) / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def export_status(self, ward_id: str) -> ExportStatus:
        """For the Today page: ``last_export_at, due_on, is_due = store.exchange.export_status(ward_id)``;
        ``.message(today)`` is a ready-made sentence."""
        return self.exports.export_status(ward_id)

    def is_imported(self, record: Any) -> bool:
        """True for a record that came from another ward's export: show it read-only."""
        return self.imports.is_imported(record)

    @contextmanager
    def on_own_connection(self) -> Iterator[ExchangeServices]:
        """The same services on a new connection to the same file, for a worker thread (a SQLite
        connection belongs to the thread that opened it)."""
        database = open_database(
            self.ctx.database.path, max_schema=current_schema_version(), read_only=self.ctx.database.read_only
        )
        try:
            ctx = ServiceContext(
                database, self.ctx.clock, _device=self.ctx._device, _who=(self.ctx.os_user, self.ctx.machine)
            )
            yield ExchangeServices(ctx, data_dir=self.data_dir, redaction=self.redaction, backups=self.backups)
        finally:
            database.close()
