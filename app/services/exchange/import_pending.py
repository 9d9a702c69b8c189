"""Files waiting for a ward: from a device no one has linked to a ward yet (R23). They change
nothing until someone says which ward the device's files belong to; then every waiting file of
that device and ward is imported, oldest first. A mixin of ImportService."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.envelope import utc_iso
from app.errors import NotFound
from app.services.exchange.import_results import (
    ALREADY,
    IMPORTED,
    REJECTED,
    FileResult,
    PendingFile,
    PendingGroup,
    Progress,
)

if TYPE_CHECKING:
    from pathlib import Path

    from app.services.context import ServiceContext
    from app.storage.repositories.exchange import ExchangeRepository
    from app.storage.repositories.wards import WardRepository


class PendingFiles:
    ctx: ServiceContext
    repo: ExchangeRepository
    wards: WardRepository
    _backup_due: bool
    _bounds: dict[str, tuple[int, int]] | None

    if TYPE_CHECKING:  # given by ImportService

        @property
        def pending_dir(self) -> Path: ...

        def _import_one(self, data: bytes, file_name: str, *, from_pending: bool = False) -> FileResult: ...

    # -- pending files and device mapping ----------------------------------------------------------
    def pending(self) -> list[PendingFile]:
        return [PendingFile(**{k: r[k] for k in PendingFile.__dataclass_fields__}) for r in self.repo.pending()]

    def pending_groups(self) -> list[PendingGroup]:
        """Waiting files grouped by (device, the ward they name): each group is mapped once."""
        groups: dict[tuple[str, str], list[PendingFile]] = {}
        for item in self.pending():
            groups.setdefault((item.device_id, item.ward_id), []).append(item)
        return [PendingGroup(device, home, tuple(files)) for (device, home), files in groups.items()]

    def mapping_choices(self, device_id: str, home_ward_id: str) -> list[tuple[str, str]]:
        """(ward_id, label) the files can go to: the ward the files name first, then every ward held here."""
        choices: list[tuple[str, str]] = []
        group = next(
            (g for g in self.pending_groups() if (g.device_id, g.home_ward_id) == (device_id, home_ward_id)), None
        )
        held = {w.id: w for w in self.wards.all()}
        if home_ward_id:
            if home_ward_id in held:
                choices.append((home_ward_id, held[home_ward_id].name))
            elif group is not None:
                choices.append((home_ward_id, f"{group.label} (a new ward, as named in the file)"))
        for ward in held.values():
            if ward.id != home_ward_id:
                choices.append((ward.id, ward.name))
        return choices

    def map_device(
        self, device_id: str, home_ward_id: str, ward_id: str, *, progress: Progress | None = None
    ) -> list[FileResult]:
        """Say which ward a device's files (for the ward they name) belong to, then import every
        file of that group that is waiting, oldest first. Mapped to another ward than the one the
        files name, their records are filed under that ward (the file's own ward record is left out)."""
        group = next(
            (g for g in self.pending_groups() if (g.device_id, g.home_ward_id) == (device_id, home_ward_id)), None
        )
        allowed = {ward for ward, _label in self.mapping_choices(device_id, home_ward_id)}
        if ward_id not in allowed:
            raise NotFound("That ward is neither the one these files name nor one held on this computer.")
        waiting = list(group.files) if group else []
        with self.ctx.database.write():
            self.repo.map_device(device_id, home_ward_id, ward_id, now=utc_iso(self.ctx.now()), by=self.ctx.os_user)
            self.ctx.audit("device linked to a ward", {"waiting_files": len(waiting)})
        results = []
        self._backup_due = True
        self._bounds = {}
        for index, item in enumerate(sorted(waiting, key=lambda p: p.export_seq)):
            if progress:
                progress(index, len(waiting), f"Importing {item.file_name}")
            entry = self.repo.pending_entry(item.file_sha256)
            stored = self.pending_dir / str(entry["stored_name"]) if entry else None
            try:
                data = stored.read_bytes() if stored else b""
            except OSError as error:
                results.append(FileResult(item.file_name, REJECTED, f"The waiting copy could not be read: {error}."))
                continue
            result = self._import_one(data, item.file_name, from_pending=True)
            results.append(result)
            if result.status in (IMPORTED, ALREADY, REJECTED):
                with self.ctx.database.write():
                    self.repo.remove_pending(item.file_sha256)
                if stored is not None:
                    stored.unlink(missing_ok=True)
        self._backup_due = False
        self._bounds = None
        if progress:
            progress(len(waiting), len(waiting), "Done")
        return results
