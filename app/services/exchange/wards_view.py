"""The improvement team's view of the wards sending files, and the ward filter every list uses.

Per ward: the last file received and its date, gaps in each device's ``export_seq``, and
anomalies worked out from the import ledger (so they do not depend on import order):

* a clock going backwards: a file's ``exported_at`` earlier than the same device's previous
  export (by sequence number);
* a clock in the future: ``exported_at`` more than a day after this computer imported it;
* a cloned (copied) or restored device: two different files with the same device and sequence
  number, or a file whose ``previous_export_sha256`` is not the device's previous file.

Ward filter (for every list and chart): a service method takes ``ward_ids`` = a sequence of
ward ids, or None for all wards. :meth:`ImprovementView.ward_options` gives the choices for the
UI control (app/ui/widgets/ward_filter.py); repositories turn it into SQL with
:func:`app.storage.repositories.exchange.ward_filter_sql`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from app.domain.envelope import parse_utc_iso
from app.services.context import ServiceContext
from app.storage.repositories.exchange import ExchangeRepository
from app.storage.repositories.wards import WardRepository

WardFilter = Sequence[str] | None  # ward ids, or None for every ward
FUTURE_TOLERANCE = timedelta(days=1)


@dataclass(frozen=True)
class WardOption:
    label: str
    ward_ids: tuple[str, ...] | None  # None: all wards


@dataclass(frozen=True)
class WardExchangeRow:
    ward_id: str
    ward_name: str
    ward_code: str
    devices: tuple[str, ...]
    files: int
    last_file_name: str
    last_exported_at: str  # UTC ISO, "" if no file yet
    last_received_at: str
    last_export_seq: int | None
    gaps: str  # "3, 5-7" or ""
    anomalies: tuple[str, ...]
    local: bool = False  # this computer's own ward: it makes exports rather than receiving them


def compress_ranges(numbers: Sequence[int]) -> str:
    """[3, 5, 6, 7] -> "3, 5-7"."""
    out: list[str] = []
    ordered = sorted(set(numbers))
    index = 0
    while index < len(ordered):
        start = end = ordered[index]
        while index + 1 < len(ordered) and ordered[index + 1] == end + 1:
            index += 1
            end = ordered[index]
        out.append(str(start) if start == end else f"{start}-{end}")
        index += 1
    return ", ".join(out)


def device_findings(rows: Sequence[dict], waiting: Sequence[int] = ()) -> tuple[list[int], list[str]]:
    """(missing sequence numbers, anomaly sentences) for one device's ledger rows. ``waiting``:
    numbers of its files that arrived but wait for a ward (not missing)."""
    by_seq: dict[int, list[dict]] = {}
    for row in rows:
        by_seq.setdefault(int(row["export_seq"]), []).append(row)
    seqs = sorted(by_seq)
    arrived = set(by_seq) | set(waiting)
    missing = [n for n in range(1, seqs[-1] + 1) if n not in arrived] if seqs else []
    device = str(rows[0]["device_id"])[:8] if rows else ""
    notes: list[str] = []
    for seq in seqs:
        files = by_seq[seq]
        if len({f["content_sha256"] or f["file_sha256"] for f in files}) > 1:
            notes.append(
                f"Device {device} sent two different files numbered {seq}: its data file may have been "
                "copied to a second computer, or restored from a backup."
            )
        for f in files:
            exported, imported = parse_utc_iso(f["exported_at"]), parse_utc_iso(f["imported_at"])
            if exported > imported + FUTURE_TOLERANCE:
                notes.append(
                    f"Export {seq} from device {device} is dated {exported:%d %b %Y %H:%M} UTC, more than a day "
                    "after it arrived: that computer's clock may be wrong."
                )
    for before, after in zip(seqs, seqs[1:], strict=False):
        latest_before = max(parse_utc_iso(f["exported_at"]) for f in by_seq[before])
        for f in by_seq[after]:
            if parse_utc_iso(f["exported_at"]) < latest_before:
                notes.append(
                    f"Export {after} from device {device} was made before export {before}: that computer's "
                    "clock went backwards."
                )
            if (
                after == before + 1
                and f["previous_export_sha256"]
                and f["previous_export_sha256"] not in {p["file_sha256"] for p in by_seq[before]}
            ):
                notes.append(
                    f"Export {after} from device {device} does not follow on from the export {before} received "
                    "here: a copied data file or a restore from a backup may have split its history."
                )
    return missing, list(dict.fromkeys(notes))


class ImprovementView:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.repo = ExchangeRepository(ctx.database)
        self.wards = WardRepository(ctx.database)

    def ward_options(self) -> list[WardOption]:
        """ "All wards" first, then each ward by name: the choices of the ward filter control."""
        return [WardOption("All wards", None)] + [WardOption(w.name, (w.id,)) for w in self.wards.all()]

    def wards_table(self, ward_ids: WardFilter = None) -> list[WardExchangeRow]:
        """One row per ward held here (filtered), with what its devices have sent."""
        ledger = self.repo.ledger(None if ward_ids is None else list(ward_ids))
        by_device: dict[str, list[dict]] = {}
        for row in ledger:
            by_device.setdefault(row["device_id"], []).append(row)
        waiting: dict[str, list[int]] = {}
        for item in self.repo.pending():
            waiting.setdefault(item["device_id"], []).append(int(item["export_seq"]))
        findings = {device: device_findings(rows, waiting.get(device, ())) for device, rows in by_device.items()}
        wanted = None if ward_ids is None else set(ward_ids)
        out: list[WardExchangeRow] = []
        for ward in self.wards.all():
            if wanted is not None and ward.id not in wanted:
                continue
            rows = [r for r in ledger if r["ward_id"] == ward.id]
            devices = tuple(sorted({r["device_id"] for r in rows}))
            last = max(rows, key=lambda r: (r["exported_at"], r["export_seq"]), default=None)
            gaps = [
                f"{compress_ranges(findings[d][0])}" + (f" (device {d[:8]})" if len(devices) > 1 else "")
                for d in devices
                if findings[d][0]
            ]
            anomalies = tuple(note for d in devices for note in findings[d][1])
            out.append(
                WardExchangeRow(
                    ward.id,
                    ward.name,
                    ward.details.ward_code,
                    devices,
                    len(rows),
                    last["file_name"] if last else "",
                    last["exported_at"] if last else "",
                    max((r["imported_at"] for r in rows), default=""),
                    int(last["export_seq"]) if last else None,
                    "; ".join(gaps),
                    anomalies,
                    ward.envelope.origin_device_id == self.ctx.device.device_id,
                )
            )
        return out
