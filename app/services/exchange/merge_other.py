"""Records of types this version has no table for (a newer ward app's): kept as their lines in
``exchange_other_records`` under the same merge rules and ward boundary, so a later export
carries them on unchanged. A mixin of Merger (app/services/exchange/merge.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.domain.incoming import incoming_problem
from app.domain.merge_rules import Key, settled
from app.export_format import canonical_json
from app.services.exchange.merge_conflicts import conflict_row
from app.services.exchange.merge_results import IDENTIFIER, INVALID, MergeCounts
from app.services.exchange.pii_guard import line_block_reason

if TYPE_CHECKING:
    from app.storage.repositories.exchange import ExchangeRepository


def _key(epoch: Any, rev: Any) -> Key | None:
    return None if rev is None else (int(epoch), int(rev))


class OtherRecordsMerge:
    repo: ExchangeRepository
    counts: MergeCounts
    target: str
    now: str
    file_name: str

    if TYPE_CHECKING:  # given by Merger

        def _label(self, record_type: str, kind: Any) -> str: ...

        def _held_problem(
            self, record_type: str, label: str, line: Mapping[str, Any], state: Mapping[str, Any] | None, tomb: bool
        ) -> tuple[str, str] | None: ...

        def _quarantine(
            self, line: Mapping[str, Any], reason: str, category: str, label: str, is_tombstone: bool = False
        ) -> None: ...

        def _verify(self, record_type: str, line: Mapping[str, Any]) -> None: ...

    # -- record types this version has no table for ----------------------------------------------------
    def _other(self, record_type: str, lines: list[dict[str, Any]], *, is_tombstone: bool) -> None:
        held_rows = self.repo.other_records(record_type, [str(line["uuid"]) for line in lines])
        prefix = "tomb" if is_tombstone else "record"
        label = self._label(record_type, None)
        for line in lines:
            uuid = str(line["uuid"])
            current = held_rows.get(uuid)
            incoming: Key = (int(line["epoch"]), int(line["rev"]))
            held = _key(current[f"{prefix}_epoch"], current[f"{prefix}_rev"]) if current else None
            digest = "" if is_tombstone else str(line["content_sha256"])
            held_digest = ("" if is_tombstone else current["record_sha256"]) if current else None
            already = settled(incoming, digest, held, held_digest)
            if already:
                self.counts.bump(already)
                continue
            held_back = self._held_problem(record_type, label, line, current, is_tombstone)
            if held_back:
                self._quarantine(line, held_back[0], held_back[1], label, is_tombstone)
                continue
            if not is_tombstone:
                self._verify(record_type, line)
                broken = incoming_problem(record_type, line.get("fields") or {})
                if broken:
                    self._quarantine(line, f"the {label} cannot be stored: {broken}", INVALID, label)
                    continue
            reason = line_block_reason(label, line)
            if reason:
                self._quarantine(line, reason, IDENTIFIER, label, is_tombstone)
                continue
            if is_tombstone:
                self.counts.deleted += 1
            elif held == incoming:
                assert current is not None
                previous = json.loads(current["record_line"])
                for version in (previous, line):
                    self.repo.add_conflict(
                        conflict_row(
                            record_type,
                            {**version, "ward_id": self.target},
                            version["fields"],
                            None,
                            self.now,
                            self.file_name,
                        )
                    )
                self.counts.conflicts += 1
                if digest < str(current["record_sha256"]):
                    continue
            else:
                self.counts.bump("inserted" if current is None else "updated")
            stored = {**line, "ward_id": self.target}
            row: dict[str, Any] = {
                "record_type": record_type,
                "uuid": uuid,
                "ward_id": self.target,
                f"{prefix}_epoch": incoming[0],
                f"{prefix}_rev": incoming[1],
                f"{prefix}_line": canonical_json(stored).decode("utf-8"),
            }
            if not is_tombstone:
                row["record_sha256"] = digest
            self.repo.put_other_record(row)
            empty = dict.fromkeys(
                ("record_epoch", "record_rev", "record_sha256", "record_line", "tomb_epoch", "tomb_rev", "tomb_line")
            )
            held_rows[uuid] = {**(current or empty), **row}
