"""The weekly export (ward side): a full snapshot of one ward, checked for patient identifiers.

Two steps, so a screen can show what the identifier check found before anything is written:

    prepared = store.exchange.exports.prepare(ward_id)          # read everything, build records, scan
    if prepared.pii.ready:                                       # no blocking finding, every warning resolved
        result = store.exchange.exports.write(prepared, folder)  # zip, atomically, counter + 1, audit

``export()`` does both (the command line). Every record type in the registry
(app/services/exchange/weekly_file_contents.py) is exported, tombstones included, each record with its envelope
and content hash. This week's file holds everything. ``--week`` for a past ISO week leaves out
records created after that week (a catch-up file for a missed week; records edited since are
exported as they are now). The file name carries
trust, ward, device and sequence number; the manifest carries the previous file's SHA-256.

Long work: call these from a worker thread with a connection of its own
(``store.exchange.on_own_connection()``, app/services/exchange/exchange_services.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from app import __version__
from app.domain.envelope import parse_utc_iso, utc_iso
from app.domain.ward import Ward
from app.domain.weeks import week_days, week_label
from app.errors import ValidationError
from app.export_format import (
    build_export_zip,
    export_file_name,
    sha256_hex,
    write_atomically,
)
from app.services.context import ServiceContext
from app.services.exchange.export_lines import (
    export_target,
    other_line,
    other_scan_item,
    record_line,
    tombstone_from_row,
    tombstone_from_state,
)
from app.services.exchange.pii_guard import REDACTED_ACTION, PiiGuard, PiiReport, ScanItem, file_block_reason
from app.services.exchange.weekly_file_contents import apply_initials, export_types
from app.services.records.settings import SettingsService
from app.storage.repositories.audit import AuditRepository
from app.storage.repositories.exchange import ExchangeRepository
from app.storage.repositories.wards import WardRepository

Progress = Callable[[int, int, str], None]
EXPORT_ACTION = "weekly export"


def _no_progress(_done: int, _total: int, _message: str) -> None:
    pass


class ExportStatus(NamedTuple):
    """``last_export_at, due_on, is_due = store.exchange.export_status(ward_id)``."""

    last_export_at: datetime | None
    due_on: date
    is_due: bool

    def message(self, today: date) -> str:
        """One line for the Today page."""
        last = (
            f"Last export {self.last_export_at.astimezone():%a %d %b %Y at %H:%M}."
            if self.last_export_at
            else "No weekly export has been made yet."
        )
        if not self.is_due:
            return f"{last} Next weekly export due {self.due_on:%a %d %b}."
        if self.due_on < today:
            return f"{last} The weekly export was due {self.due_on:%a %d %b}: export now."
        return f"{last} The weekly export is due today."


@dataclass
class PreparedExport:
    ward: Ward
    week: str
    created_until: str | None
    records_by_type: dict[str, list[dict[str, Any]]]
    tombstones: list[dict[str, Any]]
    pii: PiiReport
    csv_columns: dict[str, list[str]] = field(default_factory=dict)

    @property
    def record_count(self) -> int:
        return sum(len(lines) for lines in self.records_by_type.values())

    def counts(self) -> dict[str, int]:
        out = {name: len(lines) for name, lines in self.records_by_type.items()}
        out["tombstones"] = len(self.tombstones)
        return out


@dataclass(frozen=True)
class ExportResult:
    path: Path
    file_sha256: str
    export_seq: int
    exported_at: str
    counts: dict[str, int]
    pii_acknowledged: int
    pii_redacted: int

    def summary(self) -> str:
        records = sum(v for k, v in self.counts.items() if k != "tombstones")
        return (
            f"Export {self.export_seq} saved as {self.path.name}: {records} records and "
            f"{self.counts.get('tombstones', 0)} deletions."
        )


@dataclass(frozen=True)
class ExportRecord:
    ward_id: str
    export_seq: int
    week: str
    exported_at: str
    file_name: str
    file_sha256: str
    counts: dict[str, int]


class ExportService:
    def __init__(self, ctx: ServiceContext, guard: PiiGuard) -> None:
        self.ctx = ctx
        self.repo = ExchangeRepository(ctx.database)
        self.wards = WardRepository(ctx.database)
        self.guard = guard

    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    def default_week(self) -> str:
        return week_label(self.today())

    # -- reading and checking ----------------------------------------------------------------------
    def prepare(self, ward_id: str, *, week: str | None = None, progress: Progress | None = None) -> PreparedExport:
        """Read the ward's full snapshot, build every record line and scan it for identifiers."""
        say = progress or _no_progress
        ward = self.wards.get(ward_id)
        until: str | None = None  # this week's file: everything, whatever the PC's clock says
        if week:
            monday, sunday = week_days(week)
            week = week_label(monday)  # "2026w47" is written down as 2026-W47
            if monday > self.today():
                raise ValidationError(f"Week {week} has not started yet.", "week")
            if week != self.default_week():
                until = f"{sunday.isoformat()}T23:59:59.999Z"
        week = week or self.default_week()
        initials = bool(SettingsService(self.ctx).get("export_staff_as_initials"))
        device_id = self.ctx.device.device_id
        kinds = [k for k in export_types() if self.repo.table_exists(k.table)]
        total = len(kinds) + 2
        records_by_type: dict[str, list[dict[str, Any]]] = {}
        tombstones: list[dict[str, Any]] = []
        scan_items: list[ScanItem] = []
        with self.repo.snapshot():
            state = {(m["record_type"], m["uuid"]): m for m in self.repo.merge_state_for_ward(ward_id)}
            seen: set[tuple[str, str]] = set()
            for step, kind in enumerate(kinds):
                say(step, total, f"Reading {kind.label} records")
                lines = records_by_type.setdefault(kind.record_type, [])
                columns = self.repo.content_columns(kind.table)
                cutoff = None if kind.record_type == "wards" else until
                for row in self.repo.rows_for_ward(kind.table, ward_id, created_until=cutoff):
                    key = (kind.record_type, row["uuid"])
                    seen.add(key)
                    meta = state.get(key)
                    if row["deleted"]:
                        tombstones.append(tombstone_from_row(kind, row, meta))
                        if meta is not None and meta["tomb_extra"]:
                            scan_items.append(
                                ScanItem(kind, row["uuid"], {}, True, extra=json.loads(meta["tomb_extra"]))
                            )
                        continue
                    fields = kind.row_to_fields(row, columns)
                    top: dict[str, Any] = {}
                    if meta is not None and meta["extra"]:
                        kept = json.loads(meta["extra"])
                        fields.update(kept.get("fields", {}))
                        top = kept.get("top", {})
                    if initials:
                        apply_initials(kind, fields)
                    lines.append(record_line(kind, row, fields, top))
                    scan_items.append(
                        ScanItem(
                            kind, row["uuid"], fields, imported=row["origin_device_id"] != device_id, extra=top or None
                        )
                    )
            for (record_type, uuid), meta in state.items():
                if (record_type, uuid) not in seen and meta["tomb_rev"] is not None:
                    tombstones.append(tombstone_from_state(meta))
                    if meta["tomb_extra"]:
                        scan_items.append(other_scan_item({**tombstones[-1], "fields": {}}))
            for other in self.repo.other_records_for_ward(ward_id):
                line = other_line(other)
                if line.get("deleted") is False:
                    records_by_type.setdefault(other["record_type"], []).append(line)
                    scan_items.append(other_scan_item(line))
                else:
                    tombstones.append(line)
                    scan_items.append(other_scan_item({**line, "fields": {}}))
            say(len(kinds), total, "Checking for patient identifiers")
            report = self.guard.scan(scan_items)
            redacted = self._redacted_since_last_export()
        say(total, total, "Ready")
        return PreparedExport(
            ward,
            week,
            until,
            records_by_type,
            tombstones,
            PiiReport(report.issues, report.scanner_version, redacted),
            {k.record_type: list(k.csv_columns) for k in kinds if k.csv_columns},
        )

    def _redacted_since_last_export(self) -> int:
        _seq, _sha, last = self.repo.device_state(self.ctx.device.device_id)
        total = 0
        for entry in AuditRepository(self.ctx.database).recent(500):
            if last is not None and entry.at_utc <= last:
                break
            if entry.action == REDACTED_ACTION:
                total += int(entry.counts.get("warnings", 0))
        return total

    # -- writing ---------------------------------------------------------------------------------
    def write(self, prepared: PreparedExport, out: str | Path, *, progress: Progress | None = None) -> ExportResult:
        """Write the export file atomically. Refused while any identifier is unresolved."""
        say = progress or _no_progress
        if prepared.pii.blocked:
            raise ValidationError(
                f"The export was not written: {prepared.pii.summary()} An NHS, CHI or Health and Care number "
                "must be redacted or the text changed; there is no way to keep it."
            )
        if not prepared.pii.ready:
            raise ValidationError(
                f"The export was not written: {prepared.pii.summary()} Redact each one, or mark it as "
                "not an identifier."
            )
        ward = prepared.ward
        if not ward.details.trust_code or not ward.details.ward_code:
            raise ValidationError(
                "Set the trust code and the ward code in Settings > Ward before exporting: "
                "the improvement team uses them to tell the files apart."
            )
        target, folder = export_target(out)
        device = self.ctx.device
        for _attempt in range(3):
            seq, previous, _last = self.repo.device_state(device.device_id)
            moment = self.ctx.now()
            exported_at = utc_iso(moment)
            say(1, 3, "Building the export file")
            manifest = {
                "app_version": __version__,
                "schema_version": self.ctx.database.user_version(),
                "trust_code": ward.details.trust_code,
                "ward": ward.details.ward_code,
                "device_id": device.device_id,
                "export_seq": seq + 1,
                "previous_export_sha256": previous,
                "exported_at": exported_at,
                "pii_scan": prepared.pii.manifest_summary(),
                "ward_id": ward.id,
                "ward_name": ward.name,
                "week": prepared.week,
            }
            try:
                data = build_export_zip(
                    records_by_type=prepared.records_by_type,
                    tombstones=prepared.tombstones,
                    manifest_fields=manifest,
                    csv_columns=prepared.csv_columns or None,
                )
            except ValueError as error:
                raise ValidationError(f"The export could not be built: {error}") from None
            file_sha = sha256_hex(data)
            path = target or folder / export_file_name(
                ward.details.trust_code, ward.details.ward_code, device.device_id, seq + 1, moment.astimezone().date()
            )
            leak = file_block_reason(manifest, path.name if target else None)  # the app's own names: codes scanned
            if leak:
                raise ValidationError(
                    f"The export was not written: {leak}. Change the ward's name or codes in Settings > Ward "
                    "(or the file name) so no NHS, CHI or Health and Care number is in them."
                )
            say(2, 3, "Saving the file")
            counts = prepared.counts()
            with self.ctx.database.write():
                if self.repo.device_state(device.device_id)[0] != seq:
                    continue  # another session exported meanwhile: number this one after it
                try:
                    write_atomically(path, data)
                except OSError as error:
                    raise ValidationError(
                        f"The export could not be saved to {path}: {error.strerror or error}."
                    ) from None
                self.repo.record_export(
                    device_id=device.device_id,
                    entry={
                        "ward_id": ward.id,
                        "device_id": device.device_id,
                        "export_seq": seq + 1,
                        "week": prepared.week,
                        "exported_at": exported_at,
                        "file_name": path.name,
                        "file_sha256": file_sha,
                        "counts": json.dumps(counts),
                    },
                )
                self.ctx.audit(
                    EXPORT_ACTION,
                    {
                        "export_seq": seq + 1,
                        **counts,
                        "identifier_warnings_acknowledged": prepared.pii.acknowledged_count,
                        "identifier_warnings_redacted": prepared.pii.redacted,
                    },
                )
            say(3, 3, "Saved")
            return ExportResult(
                path, file_sha, seq + 1, exported_at, counts, prepared.pii.acknowledged_count, prepared.pii.redacted
            )
        raise ValidationError("Another export was being made at the same time. Try again.")

    def export(
        self,
        ward_id: str,
        out: str | Path,
        *,
        week: str | None = None,
        acknowledge_warnings: bool = False,
        progress: Progress | None = None,
    ) -> tuple[ExportResult | None, PreparedExport]:
        """Prepare, check and write in one go. With ``acknowledge_warnings`` every open warning is
        acknowledged first (the command line's choice); blocking findings still stop it."""
        prepared = self.prepare(ward_id, week=week, progress=progress)
        if prepared.pii.blocked:
            return None, prepared
        open_warnings = [i for i in prepared.pii.unresolved if not i.blocks]
        if open_warnings:
            if not acknowledge_warnings:
                return None, prepared
            self.guard.acknowledge(open_warnings)
            prepared = self.prepare(ward_id, week=week, progress=progress)
        return self.write(prepared, out, progress=progress), prepared

    # -- status and history ------------------------------------------------------------------------
    def history(self, ward_id: str | None = None, limit: int = 20) -> list[ExportRecord]:
        return [
            ExportRecord(
                r["ward_id"],
                int(r["export_seq"]),
                r["week"],
                r["exported_at"],
                r["file_name"],
                r["file_sha256"],
                json.loads(r["counts"]),
            )
            for r in self.repo.exports(ward_id, limit)
        ]

    def export_status(self, ward_id: str) -> ExportStatus:
        """When the ward last exported, when the next weekly export is due, and whether it is due now.

        The export is due on the weekday set in Settings (``weekly_export_weekday``, 0 = Monday).
        It is due (``is_due``) from that day until an export is made on or after it; ``due_on``
        is then the same weekday a week later.
        """
        weekday = int(SettingsService(self.ctx).get("weekly_export_weekday"))
        today = self.today()
        last_due = today - timedelta(days=(today.weekday() - weekday) % 7)
        latest = self.repo.exports(ward_id, 1)
        last_at = parse_utc_iso(latest[0]["exported_at"]) if latest else None
        if last_at is not None and last_at.astimezone().date() >= last_due:
            return ExportStatus(last_at, last_due + timedelta(days=7), False)
        return ExportStatus(last_at, last_due, True)
