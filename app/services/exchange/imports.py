"""Importing weekly export files (improvement-team side, data-safety-and-exchange.md §3.4).

For each file, everything is checked before the database is touched: size, zip safety, the
manifest, every member's checksum, every line's JSON, every record's identity (uuid, type,
epoch, rev, claimed content hash) and the counts (:func:`app.export_format.read_export` with
``verify_content=False``). The rest of each record's checks (its content hash, repeated keys,
every envelope value) run just before anything is written from it (app/services/exchange/merge.py): a
weekly full snapshot mostly repeats records held unchanged, which cannot change the database,
and checking them all in full was most of the time an import took. A record that fails rolls
the file's transaction back and the file is refused, as a damaged one. Then:

* a file already in the ledger says "already imported" and changes nothing;
* a file made by a newer major format version is refused ("update the app") and kept in
  ``<data folder>/quarantine`` with the reason; so is any damaged or altered file;
* a file from a device no one has mapped to a ward waits in ``<data folder>/pending`` until
  someone maps it (:meth:`ImportService.map_device`), and changes nothing until then;
* otherwise the file is merged in ONE transaction (app/services/exchange/merge.py), the ledger row and
  the audit row written in the same transaction. Records holding an NHS, CHI or Health and Care
  number are quarantined instead of merged, and the file is copied to the quarantine folder.

Records from another ward's device are read-only on this computer: :meth:`ImportService.is_imported`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.domain.envelope import Envelope, parse_utc_iso, utc_iso
from app.errors import DatabaseBusy, WardHuddleError
from app.export_format import (
    ExportFileError,
    ExportPackage,
    ExportTooNew,
    ManifestInvalid,
    read_export,
    sha256_hex,
    write_atomically,
)
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.exchange.import_pending import PendingFiles
from app.services.exchange.import_results import (
    ALREADY,
    IMPORT_ACTION,
    IMPORTED,
    PENDING,
    REJECTED,
    SKIPPED,
    Conflict,
    FileResult,
    Progress,
    content_digest,
    home_ward,
    ward_name_in,
)
from app.services.exchange.merge import Merger
from app.services.exchange.merge_results import held_back_summary
from app.services.exchange.pii_guard import file_block_reason
from app.storage.repositories.exchange import ExchangeRepository
from app.storage.repositories.wards import WardRepository

log = logging.getLogger(__name__)


class ImportService(PendingFiles):
    def __init__(self, ctx: ServiceContext, data_dir: Path | None = None, *, backups: Any = None) -> None:
        self.ctx = ctx
        self.repo = ExchangeRepository(ctx.database)
        self.wards = WardRepository(ctx.database)
        self.data_dir = Path(data_dir) if data_dir is not None else ctx.database.path.parent
        self.backups = backups  # BackupService: a verified backup before a batch changes anything
        self._backup_due = False
        self._bounds: dict[str, tuple[int, int]] | None = None  # per ward, during a batch only

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    @property
    def pending_dir(self) -> Path:
        return self.data_dir / "pending"

    # -- importing --------------------------------------------------------------------------------
    def import_files(self, paths: Iterable[str | Path], *, progress: Progress | None = None) -> list[FileResult]:
        """Import each file in turn (each in its own transaction); one result per file, in order."""
        chosen = [Path(p) for p in paths]
        results: list[FileResult] = []
        self._backup_due = True
        self._bounds = {}
        for index, path in enumerate(chosen):
            if progress:
                progress(index, len(chosen), f"Checking {path.name}")
            try:
                data = path.read_bytes()
            except OSError as error:
                results.append(
                    FileResult(path.name, REJECTED, f"The file could not be read: {error.strerror or error}.")
                )
                continue
            results.append(self._import_one(data, path.name))
        self._backup_due = False
        self._bounds = None
        if progress:
            progress(len(chosen), len(chosen), "Done")
        return results

    def _backup_before_merging(self) -> None:
        """One verified backup per batch (import_files, map_device), before its first merge (R11)."""
        if self._backup_due and self.backups is not None:
            self.backups.before_risky_operation("before-import")
        self._backup_due = False

    def _import_one(self, data: bytes, file_name: str, *, from_pending: bool = False) -> FileResult:
        """One file of a batch: whatever goes wrong with it is its own one-line result, and the
        batch goes on with the next file (``import good1 bad good2`` imports good2)."""
        try:
            return self.import_bytes(data, file_name, from_pending=from_pending)
        except DatabaseBusy:
            return FileResult(
                file_name,
                SKIPPED,
                "Another import was using the data file for too long, so this file was skipped: "
                "nothing changed. Import it again when the other import has finished.",
                file_sha256=sha256_hex(data),
            )
        except (WardHuddleError, OverflowError, ValueError, RecursionError, MemoryError) as error:
            log.warning("import of %s failed: %s", file_name, type(error).__name__)
            return FileResult(
                file_name,
                REJECTED,
                f"The file could not be imported ({error}); nothing changed.",
                file_sha256=sha256_hex(data),
            )

    def import_bytes(self, data: bytes, file_name: str, *, from_pending: bool = False) -> FileResult:
        """Import one file held in memory (import_files and map_device also take the backup)."""
        digest = sha256_hex(data)
        entry = self.repo.ledger_entry(digest)
        if entry is not None:
            when = parse_utc_iso(entry["imported_at"]).astimezone()
            return FileResult(
                file_name,
                ALREADY,
                f"Already imported on {when:%d %b %Y at %H:%M}: nothing changed.",
                file_sha256=digest,
                device_id=entry["device_id"],
                export_seq=int(entry["export_seq"]),
            )
        try:
            package = read_export(data, verify_content=False)  # the merge checks in full what it writes
        except ExportFileError as error:
            return self._reject(data, digest, file_name, error)
        leak = file_block_reason(package.manifest, file_name)
        if leak:  # before anything from the manifest (ward name, codes) is stored, even as pending
            return self._reject(data, digest, file_name, ManifestInvalid(f"{leak}."))
        if package.device_id == self.ctx.device.device_id:
            return FileResult(
                file_name,
                REJECTED,
                "This file was exported from this computer's own data, so there is nothing to import from it.",
                device_id=package.device_id,
                file_sha256=digest,
                export_seq=package.export_seq,
            )
        home = home_ward(package)
        target = self.repo.device_ward(package.device_id, home)
        if target is None:
            if not from_pending and self.repo.pending_entry(digest) is not None:
                return FileResult(
                    file_name,
                    PENDING,
                    "Already waiting for someone to say which ward it comes from.",
                    device_id=package.device_id,
                    file_sha256=digest,
                    export_seq=package.export_seq,
                )
            return self._hold(data, digest, file_name, package, home)
        return self._merge(data, package, digest, file_name, home, target)

    def _merge(
        self, data: bytes, package: ExportPackage, digest: str, file_name: str, home: str, target: str
    ) -> FileResult:
        self._backup_before_merging()
        now = utc_iso(self.ctx.now())
        try:
            with self.ctx.database.write():
                entry = self.repo.ledger_entry(digest)
                if entry is not None:  # another import of the same file finished while this one waited
                    return FileResult(
                        file_name,
                        ALREADY,
                        "Already imported (by another import at the same time): nothing changed.",
                        device_id=package.device_id,
                        export_seq=package.export_seq,
                        file_sha256=digest,
                    )
                merger = Merger(
                    self.repo,
                    now=now,
                    file_name=file_name,
                    home=home,
                    target=target,
                    own_device=self.ctx.device.device_id,
                    bounds=self._bounds.get(target) if self._bounds is not None else None,
                )
                counts = merger.merge(package)
                for item in merger.quarantined:
                    epoch, rev = item.stored()
                    self.repo.quarantine_record(
                        {
                            "file_sha256": digest,
                            "file_name": file_name,
                            "record_type": item.record_type,
                            "uuid": item.uuid,
                            "epoch": epoch,
                            "rev": rev,
                            "reason": item.reason,
                            "quarantined_at": now,
                        }
                    )
                self.repo.add_ledger_entry(
                    {
                        "file_sha256": digest,
                        "file_name": file_name,
                        "imported_at": now,
                        "device_id": package.device_id,
                        "ward_id": target,
                        "trust_code": str(package.manifest.get("trust_code", "")),
                        "ward_code": package.ward,
                        "export_seq": package.export_seq,
                        "exported_at": str(package.manifest["exported_at"]),
                        "previous_export_sha256": package.manifest.get("previous_export_sha256"),
                        "format_version": str(package.manifest["format_version"]),
                        "content_sha256": content_digest(package),
                        "counts": json.dumps(counts.as_dict()),
                    }
                )
                self.repo.remove_pending(digest)
                self.ctx.audit(IMPORT_ACTION, {"export_seq": package.export_seq, **counts.as_dict()})
        except ExportFileError as error:  # a record's content hash did not match: rolled back, refused
            return self._reject(data, digest, file_name, error)
        if self._bounds is not None:
            self._bounds[target] = merger.written
        ward = self.wards.find(target)
        message = (
            f"Imported export {package.export_seq} from {ward.name if ward else package.ward}: {counts.summary()}."
        )
        kept = None
        if merger.quarantined:
            kept = self._keep(
                self.quarantine_dir,
                file_name,
                digest,
                package_bytes=data,
                reason="\n".join(f"{q.record_type} {q.uuid}: {q.reason}" for q in merger.quarantined),
            )
            message += f" {held_back_summary(merger.quarantined)} The ward should correct and re-export them."
        return FileResult(
            file_name,
            IMPORTED,
            message,
            counts,
            package.device_id,
            ward.name if ward else "",
            package.export_seq,
            digest,
            kept,
            merger.changes | Changes.AUDIT | Changes.EXCHANGE,
        )

    def _reject(self, data: bytes, digest: str, file_name: str, error: ExportFileError) -> FileResult:
        reason = str(error)
        kept = self._keep(self.quarantine_dir, file_name, digest, package_bytes=data, reason=reason)
        with self.ctx.database.write():
            self.ctx.audit("import refused", {"newer_format": int(isinstance(error, ExportTooNew))})
        return FileResult(
            file_name,
            REJECTED,
            f"{reason} The file was not imported; a copy is kept in {kept.parent}.",
            file_sha256=digest,
            kept_at=kept,
            changes=Changes.AUDIT | Changes.EXCHANGE,
        )

    def _hold(self, data: bytes, digest: str, file_name: str, package: ExportPackage, home: str) -> FileResult:
        kept = self._keep(self.pending_dir, file_name, digest, package_bytes=data, reason=None)
        with self.ctx.database.write():
            self.repo.add_pending(
                {
                    "file_sha256": digest,
                    "file_name": file_name,
                    "stored_name": kept.name,
                    "device_id": package.device_id,
                    "trust_code": str(package.manifest.get("trust_code", "")),
                    "ward_code": package.ward,
                    "ward_id": home,
                    "ward_name": ward_name_in(package, home),
                    "export_seq": package.export_seq,
                    "exported_at": str(package.manifest["exported_at"]),
                    "received_at": utc_iso(self.ctx.now()),
                }
            )
            self.ctx.audit("import waiting for a ward", {"export_seq": package.export_seq})
        return FileResult(
            file_name,
            PENDING,
            f"This file comes from a computer not yet linked to a ward ({package.ward}, device {package.device_id[:8]}). "
            "It waits until someone says which ward it comes from "
            "(Export and import > Pending files, or 'wardhuddle pending'); it is imported then.",
            device_id=package.device_id,
            ward_name=ward_name_in(package, home),
            export_seq=package.export_seq,
            file_sha256=digest,
            kept_at=kept,
            changes=Changes.AUDIT | Changes.EXCHANGE,
        )

    def _keep(self, folder: Path, file_name: str, digest: str, *, package_bytes: bytes, reason: str | None) -> Path:
        """Keep a copy of a file (named by its checksum, never overwritten by another file)."""
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(file_name).stem[:80] or "export"
        if file_block_reason({}, stem):
            stem = "export"  # never copy an identifier into a file name here
        target = folder / f"{stem}.{digest[:12]}.zip"
        if not target.exists():
            if folder == self.pending_dir:  # the only copy the app will import from: make it durable
                write_atomically(target, package_bytes)
            else:  # a copy kept for a person to look at; the original is still where it came from
                partial = target.with_name(target.name + ".partial")
                partial.write_bytes(package_bytes)
                partial.replace(target)
        if reason:
            (folder / f"{target.name}.reason.txt").write_text(reason + "\n", encoding="utf-8")
        return target

    # -- reading merged state ---------------------------------------------------------------------------
    def conflicts(self, ward_ids: Iterable[str] | None = None) -> list[Conflict]:
        rows = self.repo.conflicts(None if ward_ids is None else list(ward_ids))
        grouped: dict[tuple[str, str, int, int], list[dict[str, Any]]] = {}
        for row in rows:
            grouped.setdefault((row["record_type"], row["uuid"], int(row["epoch"]), int(row["rev"])), []).append(row)
        return [
            Conflict(
                rt,
                uuid,
                versions[0]["ward_id"],
                epoch,
                rev,
                tuple(
                    {
                        "content_sha256": v["content_sha256"],
                        "origin_device_id": v["origin_device_id"],
                        "updated_at": v["updated_at"],
                        "fields": json.loads(v["fields"]),
                        "file_name": v["file_name"],
                    }
                    for v in versions
                ),
            )
            for (rt, uuid, epoch, rev), versions in grouped.items()
            if len(versions) > 1
        ]

    def quarantined(self, limit: int = 500) -> list[dict[str, Any]]:
        return self.repo.quarantined(limit)

    def is_imported(self, record: Envelope | Any) -> bool:
        """True for a record made on another device (another ward's export): show it read-only.

        Accepts an Envelope, anything with an ``envelope`` (HuddleSheet, Action, Ward...), or a
        row/mapping with ``origin_device_id``. An unsaved record (no envelope) is never imported.
        """
        envelope = record if isinstance(record, Envelope) else getattr(record, "envelope", None)
        if envelope is not None:
            origin = envelope.origin_device_id
        elif isinstance(record, dict) and "origin_device_id" in record:
            origin = record["origin_device_id"]
        else:
            return False
        return str(origin) != self.ctx.device.device_id
