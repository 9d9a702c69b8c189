"""Merging one verified export into this database (data-safety-and-exchange.md §3.4 step 7).

Runs inside the caller's single transaction. What to do with each line is decided by the pure
rules in app/domain/merge_rules.py (highest ``(epoch, rev)`` wins, equal revisions with other
content kept as a conflict, a tombstone never undone by an older file); this module reads what
is held, asks, and writes.

The ward boundary (issue 17): a file may only write records of the ward its device was linked to.
A record, deletion or ward row that names another ward, a uuid held here under another ward, a
record made on this computer, or a revision far beyond anything held for the ward is held back
(quarantined with the reason, counted and named in the summary) and never written.

The merge state of each record (content and tombstone revisions, content hash, fields this
version has no column for) is kept in ``exchange_records``, so importing 52 weekly snapshots
costs one dictionary lookup per unchanged record (on a compact (epoch, rev, hash) key, read
first; the full state only for the records that may change). A package read with
``verify_content=False`` has each record checked in full here just before anything is written
from it; a failure raises RecordInvalid, the caller's transaction rolls back and the file is
refused as a damaged one. Text is scanned again (R35), every string of the line (keys too): a
record holding an NHS, CHI or Health and Care number is quarantined, not merged, and so is a
record the database refuses (a clash with a unique record, a value this version does not allow).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.domain.incoming import incoming_problem
from app.domain.merge_rules import Key, bound_problem, boundary_problem, decide_record, decide_tombstone, settled
from app.errors import DuplicateRecord
from app.export_format import ExportPackage, content_sha256, unknown_keys
from app.export_format.package_reader import verify_record_content
from app.export_format.record_lines import TOMBSTONE_KEYS
from app.services.changes import Changes
from app.services.exchange.merge_conflicts import conflict_row, held_version_row
from app.services.exchange.merge_other import OtherRecordsMerge
from app.services.exchange.merge_results import (
    FAR_AHEAD,
    IDENTIFIER,
    INVALID,
    OUTSIDE_WARD,
    REFUSED_BY_DATABASE,
    SQLITE_MAX_INT,
    MergeCounts,
    QuarantinedRecord,
)
from app.services.exchange.pii_guard import line_block_reason
from app.services.exchange.weekly_file_contents import ExportType, export_types
from app.storage.repositories.exchange import ExchangeRepository
from app.storage.repositories.merge_keys import content_keys, ward_revision_bounds

__all__ = ["MergeCounts", "Merger", "QuarantinedRecord"]


def _key(epoch: Any, rev: Any) -> Key | None:
    return None if rev is None else (int(epoch), int(rev))


def _incoming(line: Mapping[str, Any]) -> Key:
    return int(line["epoch"]), int(line["rev"])


def _too_large(values: Mapping[str, Any]) -> str | None:
    for name, value in values.items():
        if (
            isinstance(value, int)
            and not isinstance(value, bool)
            and not -SQLITE_MAX_INT - 1 <= value <= SQLITE_MAX_INT
        ):
            return name
    return None


class Merger(OtherRecordsMerge):
    """Merge one package from ``device`` naming ward ``home``, linked here to ward ``target``
    (the same, or another ward held here: records of the file's ward are then filed under it and
    the file's own ward record is left out)."""

    def __init__(
        self,
        repo: ExchangeRepository,
        *,
        now: str,
        file_name: str,
        home: str,
        target: str,
        own_device: str,
        bounds: tuple[int, int] | None = None,
    ) -> None:
        self.repo = repo
        self.now = now
        self.file_name = file_name
        self.home = home
        self.target = target or home
        self.remap = {home: self.target} if home and self.target != home else {}
        self.own_device = own_device
        self.counts = MergeCounts()
        self.quarantined: list[QuarantinedRecord] = []
        self.changes = Changes.NONE
        self.package: ExportPackage | None = None
        # what this file's revisions are bounded by; a batch passes what it knows, so the held
        # records are not read again for every file
        self.max_epoch, self.max_rev = (
            bounds if bounds is not None else ward_revision_bounds(repo.database, self.target)
        )
        self.written = (self.max_epoch, self.max_rev)  # the bounds once this file is merged

    def merge(self, package: ExportPackage) -> MergeCounts:
        self.package = package
        kinds = [k for k in export_types() if self.repo.table_exists(k.table)]
        known = {k.record_type: k for k in kinds}
        tombstones: dict[str, list[dict[str, Any]]] = {}
        for line in package.tombstones:
            tombstones.setdefault(str(line["record_type"]), []).append(line)
        order = [k.record_type for k in kinds] + sorted((set(tombstones) | set(package.records_by_type)) - set(known))
        for record_type in order:  # deletions first: a sheet deleted and re-made for the same slot fits
            lines = self._inside(record_type, known.get(record_type), tombstones.get(record_type, []), True)
            if lines:
                kind = known.get(record_type)
                if kind is not None:
                    self._tombstones(kind, lines)
                else:
                    self._other(record_type, lines, is_tombstone=True)
        for record_type in order:
            lines = self._inside(
                record_type, known.get(record_type), package.records_by_type.get(record_type, []), False
            )
            if lines:
                kind = known.get(record_type)
                if kind is not None:
                    self._records(kind, lines)
                else:
                    self._other(record_type, lines, is_tombstone=False)
        return self.counts

    # -- the ward boundary ---------------------------------------------------------------------------
    def _label(self, record_type: str, kind: ExportType | None) -> str:
        return kind.label if kind is not None else record_type.replace("_", " ")

    def _inside(
        self, record_type: str, kind: ExportType | None, lines: list[dict[str, Any]], is_tombstone: bool
    ) -> list[dict[str, Any]]:
        """The lines that name the file's own ward; the others are held back. The file's own
        ward record is left out when its records are filed under another ward."""
        label = self._label(record_type, kind)
        home = self.home
        if record_type != "wards" and all(line["ward_id"] == home for line in lines):
            return lines  # the usual case, settled with one comparison per line
        kept = []
        for line in lines:
            if record_type == "wards" and str(line["uuid"]) in self.remap:
                continue
            problem = boundary_problem(
                record_type=record_type,
                uuid=str(line["uuid"]),
                line_ward=str(line["ward_id"]),
                home=self.home,
                held_ward=None,
                target=self.target,
                held_on_this_computer=False,
                label=("deletion of a " if is_tombstone else "") + label,
            )
            if problem:
                self._quarantine(line, problem, OUTSIDE_WARD, label, is_tombstone)
            else:
                kept.append(line)
        return kept

    def _held_problem(
        self, record_type: str, label: str, line: Mapping[str, Any], state: Mapping[str, Any] | None, tomb: bool
    ) -> tuple[str, str] | None:
        """(reason, category) when a line that may write is outside the boundary or far ahead."""
        problem = boundary_problem(
            record_type=record_type,
            uuid=str(line["uuid"]),
            line_ward=self.home,
            home=self.home,
            held_ward=None if state is None else str(state["ward_id"]),
            target=self.target,
            held_on_this_computer=bool(
                state is not None and state.get("_local") and state["origin_device_id"] == self.own_device
            ),
            label=("deletion of a " if tomb else "") + label,
        )
        if problem:
            return problem, OUTSIDE_WARD
        incoming = _incoming(line)
        far = bound_problem(incoming, max_epoch=self.max_epoch, max_rev=self.max_rev, label=label)
        if far:
            return far, FAR_AHEAD
        self.written = (max(self.written[0], incoming[0]), max(self.written[1], incoming[1]))
        return None

    def _quarantine(
        self, line: Mapping[str, Any], reason: str, category: str, label: str, is_tombstone: bool = False
    ) -> None:
        self.quarantined.append(
            QuarantinedRecord(
                str(line["record_type"]),
                str(line["uuid"]),
                int(line["epoch"]),
                int(line["rev"]),
                reason,
                category,
                f"{label} deletion" if is_tombstone else label,
            )
        )
        self.counts.quarantined += 1

    def _verify(self, record_type: str, line: Mapping[str, Any]) -> None:
        """A record about to be written or kept, checked in full (RecordInvalid if it fails)."""
        if self.package is not None:
            verify_record_content(self.package, record_type, line)

    # -- state ------------------------------------------------------------------------------------
    def _states(self, kind: ExportType, uuids: list[str]) -> dict[str, dict[str, Any]]:
        """Merge state per uuid (for rows this database made itself: built from the row)."""
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
        return states

    def _unchanged_or_older(self, kind: ExportType, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Count the lines the compact merge keys already settle and return the others, in order."""
        keys = content_keys(self.repo.database, kind.record_type, [str(line["uuid"]) for line in lines])
        rest = []
        for line in lines:
            key = keys.get(str(line["uuid"]))
            held = _key(key[0], key[1]) if key is not None else None
            already = settled(_incoming(line), str(line["content_sha256"]), held, key[2] if key else None)
            if already:
                self.counts.bump(already)
            else:
                rest.append(line)
        return rest

    # -- records of a registered type --------------------------------------------------------------
    def _records(self, kind: ExportType, lines: list[dict[str, Any]]) -> None:
        lines = self._unchanged_or_older(kind, lines)
        states = self._states(kind, [str(line["uuid"]) for line in lines])
        columns = self.repo.content_columns(kind.table)
        for line in lines:
            uuid = str(line["uuid"])
            state = states.get(uuid)
            incoming = _incoming(line)
            digest = str(line["content_sha256"])
            held = _key(state["content_epoch"], state["content_rev"]) if state else None
            tomb = _key(state["tomb_epoch"], state["tomb_rev"]) if state else None
            row_exists = bool(state and (state.get("_row") or state["content_rev"] is not None))
            decision = decide_record(
                incoming, digest, held, state["content_sha256"] if state else None, tomb, row_exists=row_exists
            )
            if not decision.write:
                self.counts.bump(decision.count)
                continue
            held_back = self._held_problem(kind.record_type, kind.label, line, state, False)
            if held_back:
                self._quarantine(line, held_back[0], held_back[1], kind.label)
                continue
            self._verify(kind.record_type, line)  # from here on the record is written or kept
            reason = line_block_reason(kind.label, line)
            if reason:
                self._quarantine(line, reason, IDENTIFIER, kind.label)
                continue
            broken = incoming_problem(kind.record_type, line["fields"])
            if broken:
                self._quarantine(line, f"the {kind.label} cannot be stored: {broken}", INVALID, kind.label)
                continue
            values, aside, missing = kind.fields_to_columns(line["fields"], columns)
            if missing:
                needs = ", ".join(missing)
                self._quarantine(
                    line, f"the {kind.label} has no {needs}, which this version needs", INVALID, kind.label
                )
                continue
            big = _too_large(values)
            if big:
                self._quarantine(line, f"the {kind.label}'s {big} is a number too large to store", INVALID, kind.label)
                continue
            if decision.conflict:
                assert state is not None
                if self._record_conflict(kind, state, line):
                    self.counts.conflicts += 1
            elif decision.count == "updated":
                self.repo.drop_conflicts(kind.record_type, uuid, below=incoming)
            if decision.keep_shown:
                if not decision.conflict:
                    self.counts.bump(decision.count)
                continue  # the version already shown stays (the greater hash is shown)
            shown = tomb if decision.hidden else incoming
            assert shown is not None
            row = {
                "uuid": uuid,
                "rev": shown[1],
                "epoch": shown[0],
                "created_at": line["created_at"],
                "updated_at": state["deleted_at"] if decision.hidden and state else line["updated_at"],
                "origin_device_id": line["origin_device_id"],
                "ward_id": self.target,
                "deleted": int(decision.hidden),
                **values,
            }
            try:
                self.repo.write_row(kind.table, row, exists=row_exists)
            except DuplicateRecord as error:  # a conflict found above stays listed
                reason = f"this database refused the {kind.label}: {error}"
                self._quarantine(line, reason, REFUSED_BY_DATABASE, kind.label)
                continue
            if not decision.conflict:
                self.counts.bump(decision.count)
            extra = {key: value for key, value in (("top", unknown_keys(line)), ("fields", aside)) if value}
            new_state = {
                "record_type": kind.record_type,
                "uuid": uuid,
                "ward_id": self.target,
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

    def _record_conflict(self, kind: ExportType, state: dict[str, Any], line: Mapping[str, Any]) -> bool:
        added = False
        held = held_version_row(self.repo, kind, state, now=self.now, file_name=self.file_name)
        if held is not None:
            added |= self.repo.add_conflict(held)
        incoming = {**line, "ward_id": self.target}
        added |= self.repo.add_conflict(
            conflict_row(
                kind.record_type, incoming, line["fields"], unknown_keys(line) or None, self.now, self.file_name
            )
        )
        return added

    # -- tombstones of a registered type --------------------------------------------------------------
    def _tombstones(self, kind: ExportType, lines: list[dict[str, Any]]) -> None:
        states = self._states(kind, [str(line["uuid"]) for line in lines])
        for line in lines:
            uuid = str(line["uuid"])
            state = states.get(uuid)
            incoming = _incoming(line)
            tomb = _key(state["tomb_epoch"], state["tomb_rev"]) if state else None
            held = _key(state["content_epoch"], state["content_rev"]) if state else None
            row_exists = bool(state and (state.get("_row") or state["content_rev"] is not None))
            decision = decide_tombstone(incoming, held, tomb, row_exists=row_exists)
            if not decision.write:
                self.counts.bump(decision.count)
                continue
            held_back = self._held_problem(kind.record_type, kind.label, line, state, True)
            if held_back:
                self._quarantine(line, held_back[0], held_back[1], kind.label, True)
                continue
            reason = line_block_reason(f"deletion of a {kind.label}", line)
            if reason:
                self._quarantine(line, reason, IDENTIFIER, kind.label, True)
                continue
            extra = unknown_keys(line, TOMBSTONE_KEYS)
            new_state: dict[str, Any] = {
                "record_type": kind.record_type,
                "uuid": uuid,
                "ward_id": state["ward_id"] if state else self.target,
                "origin_device_id": state["origin_device_id"] if state else line["origin_device_id"],
                "tomb_epoch": incoming[0],
                "tomb_rev": incoming[1],
                "deleted_at": line["deleted_at"],
                "tomb_extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
            }
            if state is not None and state.get("_local"):
                new_state.update(
                    content_epoch=state["content_epoch"],
                    content_rev=state["content_rev"],
                    content_sha256=state["content_sha256"],
                    extra=None,
                )  # otherwise the content columns of the stored state stay as they are
            if decision.hide:
                self.repo.hide_row(
                    kind.table, uuid, epoch=incoming[0], rev=incoming[1], updated_at=str(line["deleted_at"])
                )
                self.repo.drop_conflicts(kind.record_type, uuid)
                self.changes |= kind.changes
            self.counts.bump(decision.count)
            self.repo.put_merge_state(new_state)
            merged = {**(state or {}), **new_state}
            for name in ("content_epoch", "content_rev", "content_sha256", "extra"):
                merged.setdefault(name, None)
            merged["_row"] = row_exists
            merged.pop("_local", None)
            states[uuid] = merged
