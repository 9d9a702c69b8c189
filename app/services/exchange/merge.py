"""Merging one verified export into this database (data-safety-and-exchange.md §3.4 step 7).

Runs inside the caller's single transaction. The rules, per record:

* the highest ``(epoch, rev)`` wins; timestamps never decide anything (a ward PC's clock a year
  out changes nothing);
* an equal revision with the same content hash changes nothing;
* an equal revision with a different hash keeps both versions in ``exchange_conflicts`` and
  lists a conflict; the version shown is the one with the greater hash, so every import order
  shows the same one. A newer revision (or a deletion) resolves the conflict;
* a tombstone hides its record; a record whose revision is not above the tombstone's stays
  hidden, so an older file never brings a deleted record back. Deletion wins a tie.

The merge state of each record (content and tombstone revisions, content hash, fields this
version has no column for) is kept in ``exchange_records``, so importing 52 weekly snapshots
costs one dictionary lookup per unchanged record (on a compact (epoch, rev, hash) key, read first;
the full state only for the records that may change). The final state depends only on the set of
files imported, never on their order. A package read with ``verify_content=False`` (the
importer's fast path) has each record checked in full here (content hash, repeated keys,
envelope), just before anything is written from it; a failure raises RecordInvalid, the
caller's transaction rolls back and the file is refused as a damaged one. Text is scanned again (R35): a record holding an NHS,
CHI or Health and Care number is quarantined, not merged, and so is a record the database
refuses (a clash with a unique record, a value this version does not allow).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from app.domain.pii import iter_text_values
from app.errors import DuplicateRecord
from app.export_format import ExportPackage, canonical_json, content_sha256, unknown_keys
from app.export_format.package_reader import verify_record_content
from app.export_format.record_lines import TOMBSTONE_KEYS
from app.services.changes import Changes
from app.services.exchange.pii_guard import _scan
from app.services.exchange.weekly_file_contents import ExportType, export_types
from app.storage.repositories.exchange import ExchangeRepository
from app.storage.repositories.merge_keys import content_keys

Key = tuple[int, int]


@dataclass
class MergeCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    deleted: int = 0
    conflicts: int = 0
    quarantined: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def add(self, other: MergeCounts) -> None:
        for name, value in other.as_dict().items():
            setattr(self, name, getattr(self, name) + value)

    def summary(self) -> str:
        parts = [
            f"{value} {name.replace('older', 'older than held')}" for name, value in self.as_dict().items() if value
        ]
        return ", ".join(parts) or "no records"


@dataclass(frozen=True)
class QuarantinedRecord:
    record_type: str
    uuid: str
    epoch: int
    rev: int
    reason: str


def _key(epoch: Any, rev: Any) -> Key | None:
    return None if rev is None else (int(epoch), int(rev))


def _block_reason(kind_label: str, fields: Mapping[str, Any]) -> str | None:
    for path, text in iter_text_values(dict(fields)):
        for finding in _scan(text, ()) if text else ():
            if finding.blocks_export:
                where = ".".join(str(p) for p in path)
                return f"{finding.label} found in the {kind_label}'s {where}"
    return None


class Merger:
    """Merge one package. ``remap`` moves records of the file's own ward onto the ward its device
    was mapped to (and the file's ward record is then left out)."""

    def __init__(self, repo: ExchangeRepository, *, now: str, file_name: str, remap: Mapping[str, str]) -> None:
        self.repo = repo
        self.now = now
        self.file_name = file_name
        self.remap = dict(remap)
        self.counts = MergeCounts()
        self.quarantined: list[QuarantinedRecord] = []
        self.changes = Changes.NONE
        self.package: ExportPackage | None = None

    def merge(self, package: ExportPackage) -> MergeCounts:
        self.package = package
        kinds = [k for k in export_types() if self.repo.table_exists(k.table)]
        known = {k.record_type: k for k in kinds}
        tombstones: dict[str, list[dict[str, Any]]] = {}
        for line in package.tombstones:
            tombstones.setdefault(str(line["record_type"]), []).append(line)
        order = [k.record_type for k in kinds] + sorted((set(tombstones) | set(package.records_by_type)) - set(known))
        for record_type in order:  # deletions first: a sheet deleted and re-made for the same slot fits
            if record_type in tombstones:
                kind = known.get(record_type)
                if kind is not None:
                    self._tombstones(kind, tombstones[record_type])
                else:
                    self._other(record_type, tombstones[record_type], is_tombstone=True)
        for record_type in order:
            lines = package.records_by_type.get(record_type)
            if lines:
                kind = known.get(record_type)
                if kind is not None:
                    self._records(kind, lines)
                else:
                    self._other(record_type, lines, is_tombstone=False)
        return self.counts

    # -- state ------------------------------------------------------------------------------------
    def _states(
        self, kind: ExportType, uuids: list[str]
    ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        """Merge state per uuid, and the table rows of uuids this database made itself."""
        states = self.repo.merge_state(kind.record_type, uuids)
        missing = [u for u in uuids if u not in states]
        local = self.repo.rows_by_uuid(kind.table, missing) if missing else {}
        columns = self.repo.content_columns(kind.table) if local else ()
        for uuid, row in local.items():
            deleted = bool(row["deleted"])
            states[uuid] = {
                "record_type": kind.record_type,
                "uuid": uuid,
                "ward_id": row["ward_id"],
                "origin_device_id": row["origin_device_id"],
                "content_epoch": None if deleted else row["epoch"],
                "content_rev": None if deleted else row["rev"],
                "content_sha256": None if deleted else content_sha256(kind.row_to_fields(row, columns)),
                "extra": None,
                "tomb_epoch": row["epoch"] if deleted else None,
                "tomb_rev": row["rev"] if deleted else None,
                "deleted_at": row["updated_at"] if deleted else None,
                "tomb_extra": None,
                "_row": True,
                "_local": True,
            }
        return states, local

    def _held_version(self, kind: ExportType, state: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]] | None:
        row = self.repo.row(kind.table, state["uuid"])
        if row is None:
            return None
        fields = kind.row_to_fields(row, self.repo.content_columns(kind.table))
        extra = json.loads(state["extra"]) if state.get("extra") else {}
        fields.update(extra.get("fields", {}))
        return row, fields

    def _ward(self, line: Mapping[str, Any]) -> str:
        ward = str(line["ward_id"])
        return self.remap.get(ward, ward)

    def _skip(self, kind: ExportType, line: Mapping[str, Any]) -> bool:
        return kind.record_type == "wards" and str(line["uuid"]) in self.remap

    def _verify(self, record_type: str, line: Mapping[str, Any]) -> None:
        """A record about to be written or kept, checked in full (RecordInvalid if it fails)."""
        if self.package is not None:
            verify_record_content(self.package, record_type, line)

    def _quarantine(self, line: Mapping[str, Any], reason: str) -> None:
        self.quarantined.append(
            QuarantinedRecord(str(line["record_type"]), str(line["uuid"]), int(line["epoch"]), int(line["rev"]), reason)
        )
        self.counts.quarantined += 1

    # -- records of a registered type --------------------------------------------------------------
    def _unchanged_or_older(self, kind: ExportType, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Count the lines the merge state already settles (the same revision and content hash as
        held: unchanged; a lower revision: older) and return the others, in order. Only their
        full merge state is read. A line whose uuid has no merge state goes on (it may be new, or a
        record this database made itself)."""
        keys = content_keys(self.repo.database, kind.record_type, [str(line["uuid"]) for line in lines])
        rest = []
        for line in lines:
            key = keys.get(str(line["uuid"]))
            if key is not None and key[1] is not None:
                held = (int(key[0]), int(key[1]))  # type: ignore[arg-type]
                incoming = (int(line["epoch"]), int(line["rev"]))
                if incoming < held:
                    self.counts.older += 1
                    continue
                if incoming == held and str(line["content_sha256"]) == key[2]:
                    self.counts.unchanged += 1
                    continue
            rest.append(line)
        return rest

    def _records(self, kind: ExportType, lines: list[dict[str, Any]]) -> None:
        lines = [line for line in lines if not self._skip(kind, line)]
        lines = self._unchanged_or_older(kind, lines)
        states, _local = self._states(kind, [str(line["uuid"]) for line in lines])
        columns = self.repo.content_columns(kind.table)
        for line in lines:
            uuid = str(line["uuid"])
            state = states.get(uuid)
            incoming: Key = (int(line["epoch"]), int(line["rev"]))
            digest = str(line["content_sha256"])
            held = _key(state["content_epoch"], state["content_rev"]) if state else None
            tomb = _key(state["tomb_epoch"], state["tomb_rev"]) if state else None
            if held is not None and incoming < held:
                self.counts.older += 1
                continue
            if held == incoming and state is not None and digest == state["content_sha256"]:
                self.counts.unchanged += 1
                continue
            self._verify(kind.record_type, line)  # from here on the record is written or kept
            fields = line["fields"]
            reason = _block_reason(kind.label, fields)
            if reason:
                self._quarantine(line, reason)
                continue
            values, aside, missing = kind.fields_to_columns(fields, columns)
            if missing:
                self._quarantine(line, f"the {kind.label} has no {', '.join(missing)}, which this version needs")
                continue
            hidden = tomb is not None and tomb >= incoming
            row_exists = bool(state and (state.get("_row") or state["content_rev"] is not None))
            if held == incoming:  # same revision, different content: keep both, list the conflict
                assert state is not None
                if hidden:
                    self.counts.older += 1
                elif self._record_conflict(kind, state, line):
                    self.counts.conflicts += 1
                if digest < str(state["content_sha256"]):
                    continue  # the version already shown stays (the greater hash is shown)
            elif hidden:
                self.counts.older += 1
            else:
                if row_exists:
                    self.counts.updated += 1
                    self.repo.drop_conflicts(kind.record_type, uuid, below=incoming)
                else:
                    self.counts.inserted += 1
            shown = tomb if hidden else incoming
            assert shown is not None
            row = {
                "uuid": uuid,
                "rev": shown[1],
                "epoch": shown[0],
                "created_at": line["created_at"],
                "updated_at": state["deleted_at"] if hidden and state else line["updated_at"],
                "origin_device_id": line["origin_device_id"],
                "ward_id": self._ward(line),
                "deleted": int(hidden),
                **values,
            }
            try:
                self.repo.write_row(kind.table, row, exists=row_exists)
            except DuplicateRecord as error:
                self._undo_count(held, incoming, hidden, row_exists)
                self._quarantine(line, f"this database refused the {kind.label}: {error}")
                continue
            extra = {key: value for key, value in (("top", unknown_keys(line)), ("fields", aside)) if value}
            new_state = {
                "record_type": kind.record_type,
                "uuid": uuid,
                "ward_id": self._ward(line),
                "origin_device_id": line["origin_device_id"],
                "content_epoch": incoming[0],
                "content_rev": incoming[1],
                "content_sha256": digest,
                "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
            }
            if state is not None and tomb is not None:
                new_state.update(
                    tomb_epoch=tomb[0], tomb_rev=tomb[1], deleted_at=state["deleted_at"], tomb_extra=state["tomb_extra"]
                )
            self.repo.put_merge_state(new_state)
            states[uuid] = {
                **new_state,
                "tomb_epoch": tomb[0] if tomb else None,
                "tomb_rev": tomb[1] if tomb else None,
                "deleted_at": state["deleted_at"] if state else None,
                "tomb_extra": state["tomb_extra"] if state else None,
                "_row": True,
            }
            self.changes |= kind.changes

    def _undo_count(self, held: Key | None, incoming: Key, hidden: bool, row_exists: bool) -> None:
        if held == incoming:
            return
        if hidden:
            self.counts.older -= 1
        elif row_exists:
            self.counts.updated -= 1
        else:
            self.counts.inserted -= 1

    def _record_conflict(self, kind: ExportType, state: dict[str, Any], line: Mapping[str, Any]) -> bool:
        version = self._held_version(kind, state)
        added = False
        if version is not None:
            row, fields = version
            added |= self.repo.add_conflict(
                self._conflict_row(
                    kind.record_type,
                    {
                        "uuid": row["uuid"],
                        "epoch": state["content_epoch"],
                        "rev": state["content_rev"],
                        "content_sha256": state["content_sha256"],
                        "ward_id": row["ward_id"],
                        "origin_device_id": row["origin_device_id"],
                        "updated_at": row["updated_at"],
                    },
                    fields,
                    None,
                )
            )
        added |= self.repo.add_conflict(
            self._conflict_row(
                kind.record_type,
                {
                    "uuid": line["uuid"],
                    "epoch": line["epoch"],
                    "rev": line["rev"],
                    "content_sha256": line["content_sha256"],
                    "ward_id": self._ward(line),
                    "origin_device_id": line["origin_device_id"],
                    "updated_at": line["updated_at"],
                },
                line["fields"],
                unknown_keys(line) or None,
            )
        )
        return added

    def _conflict_row(
        self, record_type: str, envelope: dict[str, Any], fields: Mapping[str, Any], extra: dict[str, Any] | None
    ) -> dict[str, Any]:
        return {
            "record_type": record_type,
            **envelope,
            "fields": canonical_json(fields).decode("utf-8"),
            "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
            "first_seen_at": self.now,
            "file_name": self.file_name,
        }

    # -- tombstones of a registered type --------------------------------------------------------------
    def _tombstones(self, kind: ExportType, lines: list[dict[str, Any]]) -> None:
        lines = [line for line in lines if not self._skip(kind, line)]
        states, _local = self._states(kind, [str(line["uuid"]) for line in lines])
        for line in lines:
            uuid = str(line["uuid"])
            state = states.get(uuid)
            incoming: Key = (int(line["epoch"]), int(line["rev"]))
            tomb = _key(state["tomb_epoch"], state["tomb_rev"]) if state else None
            if tomb is not None and incoming <= tomb:
                if incoming == tomb:
                    self.counts.unchanged += 1
                else:
                    self.counts.older += 1
                continue
            held = _key(state["content_epoch"], state["content_rev"]) if state else None
            row_exists = bool(state and (state.get("_row") or state["content_rev"] is not None))
            extra = unknown_keys(line, TOMBSTONE_KEYS)
            new_state: dict[str, Any] = {
                "record_type": kind.record_type,
                "uuid": uuid,
                "ward_id": state["ward_id"] if state else self._ward(line),
                "origin_device_id": state["origin_device_id"] if state else line["origin_device_id"],
                "tomb_epoch": incoming[0],
                "tomb_rev": incoming[1],
                "deleted_at": line["deleted_at"],
                "tomb_extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
            }
            if state is not None and not state.get("_local"):
                pass  # content columns of the stored state stay as they are (upsert sets only these)
            elif state is not None:
                new_state.update(
                    content_epoch=state["content_epoch"],
                    content_rev=state["content_rev"],
                    content_sha256=state["content_sha256"],
                    extra=None,
                )
            if held is None or incoming >= held:
                if row_exists:
                    self.repo.hide_row(
                        kind.table, uuid, epoch=incoming[0], rev=incoming[1], updated_at=str(line["deleted_at"])
                    )
                    self.repo.drop_conflicts(kind.record_type, uuid)
                    self.changes |= kind.changes
                self.counts.deleted += 1
            else:
                self.counts.older += 1
            self.repo.put_merge_state(new_state)
            merged = {**(state or {}), **new_state}
            merged.setdefault("content_epoch", None)
            merged.setdefault("content_rev", None)
            merged.setdefault("content_sha256", None)
            merged.setdefault("extra", None)
            merged["_row"] = row_exists
            merged.pop("_local", None)
            states[uuid] = merged

    # -- record types this version has no table for ----------------------------------------------------
    def _other(self, record_type: str, lines: list[dict[str, Any]], *, is_tombstone: bool) -> None:
        held_rows = self.repo.other_records(record_type, [str(line["uuid"]) for line in lines])
        prefix = "tomb" if is_tombstone else "record"
        for line in lines:
            uuid = str(line["uuid"])
            current = held_rows.get(uuid)
            incoming: Key = (int(line["epoch"]), int(line["rev"]))
            held = _key(current[f"{prefix}_epoch"], current[f"{prefix}_rev"]) if current else None
            digest = "" if is_tombstone else str(line["content_sha256"])
            if held is not None and incoming < held:
                self.counts.older += 1
                continue
            if held == incoming and (is_tombstone or digest == current["record_sha256"]):  # type: ignore[index]
                self.counts.unchanged += 1
                continue
            if not is_tombstone:
                self._verify(record_type, line)
                reason = _block_reason(record_type.replace("_", " "), line.get("fields") or {})
                if reason:
                    self._quarantine(line, reason)
                    continue
                if held == incoming:
                    assert current is not None
                    previous = json.loads(current["record_line"])
                    for version in (previous, line):
                        self.repo.add_conflict(
                            self._conflict_row(
                                record_type,
                                {
                                    "uuid": uuid,
                                    "epoch": version["epoch"],
                                    "rev": version["rev"],
                                    "content_sha256": version["content_sha256"],
                                    "ward_id": self._ward(version),
                                    "origin_device_id": version["origin_device_id"],
                                    "updated_at": version["updated_at"],
                                },
                                version["fields"],
                                None,
                            )
                        )
                    self.counts.conflicts += 1
                    if digest < str(current["record_sha256"]):
                        continue
                elif current is None:
                    self.counts.inserted += 1
                else:
                    self.counts.updated += 1
            else:
                self.counts.deleted += 1
            stored = dict(line)
            stored["ward_id"] = self._ward(line)
            row: dict[str, Any] = {
                "record_type": record_type,
                "uuid": uuid,
                "ward_id": stored["ward_id"],
                f"{prefix}_epoch": incoming[0],
                f"{prefix}_rev": incoming[1],
                f"{prefix}_line": canonical_json(stored).decode("utf-8"),
            }
            if not is_tombstone:
                row["record_sha256"] = digest
            self.repo.put_other_record(row)
            held_rows[uuid] = {
                **(
                    current
                    or {
                        "record_epoch": None,
                        "record_rev": None,
                        "record_sha256": None,
                        "record_line": None,
                        "tomb_epoch": None,
                        "tomb_rev": None,
                        "tomb_line": None,
                    }
                ),
                **row,
            }
