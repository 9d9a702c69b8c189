"""The patient-identifier guard before every export (data-safety-and-exchange.md §4.4, R31-R34).

Every string of every exported record is scanned with :mod:`app.domain.pii`. A valid NHS, CHI or
Health and Care number blocks the export and there is no override: it must be redacted (or the
text changed). Every warning (postcode, date of birth, title and name, phone, e-mail, the ward's
hospital-number pattern) must be redacted or acknowledged as "not an identifier";
acknowledgements are remembered per record, field and text, and counted in the manifest.

Redaction really removes the text, through the shared routine (app/services/exchange/redaction.py):
the record is updated under its envelope (rev + 1, so the next export carries the clean version
and it wins everywhere), with backups before and after, every full-text index optimised, the WAL
checkpointed (``secure_delete`` is on for every connection) and older backups scrubbed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from app.domain.pii import (
    SCANNER_VERSION,
    Finding,
    HospitalNumberPattern,
    Severity,
    blocking_label,
    iter_all_strings,
    iter_text_values,
    scan_text,
)
from app.errors import NotFound, ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.exchange.weekly_file_contents import ExportType, export_type, is_staff_name_path
from app.storage.repositories.exchange import ExchangeRepository

if TYPE_CHECKING:
    from app.services.exchange.redaction import RedactionService

AckKey = tuple[str, str, str, str, str]
CONTEXT_CHARS = 30
REDACTED_ACTION = "identifiers redacted"  # audit action; its "warnings" count feeds the next manifest


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=65536)
def _scan(text: str, patterns: tuple[HospitalNumberPattern, ...]) -> tuple[Finding, ...]:
    """Most strings repeat (roles, flags, "No harm", bed names): scan each distinct one once."""
    return tuple(scan_text(text, hospital_number_patterns=patterns))


@lru_cache(maxsize=65536)
def _blocking(text: str) -> str | None:
    return blocking_label(text)


def block_reason(where: str, value: object) -> str | None:
    """Why ``value`` (any nested JSON-like value) must not be stored or sent: a blocking
    identifier in any of its strings, keys included; or None. ``where``: "the huddle sheet's"."""
    for path, text in iter_all_strings(value):
        if len(text) < 10:
            continue  # no blocking identifier is shorter than ten characters
        label = _blocking(text)
        if label:
            return f"{label} found in {where} {format_path(path) or 'name'}".rstrip()
    return None


# Envelope values whose format the file check has proved (a lower-case UUID, a SHA-256, a UTC
# timestamp): none can hold an identifier, so the re-scan skips them (the device and ward ids,
# free text in a hostile file, are scanned).
_PROVED_FORMAT = frozenset({"uuid", "content_sha256", "created_at", "updated_at", "deleted_at"})


def line_block_reason(label: str, line: Mapping[str, Any]) -> str | None:
    """Why an incoming line must be quarantined (a blocking identifier in any of its strings, keys
    included: fields, unknown top-level keys, a deletion's extra keys), or None (R35)."""
    return block_reason(f"the {label}'s", {k: v for k, v in line.items() if k not in _PROVED_FORMAT})


_STANDARD_NAME = re.compile(
    r"huddle-export_(?P<trust>[^_]*)_(?P<ward>[^_]*)_[A-Za-z0-9]{1,8}_\d{5,}_\d{4}-\d{2}-\d{2}(?P<rest>.*)"
)


def _name_parts(file_name: str) -> dict[str, str]:
    """The parts of a file name a person chose: for the export's own names, the trust and ward
    codes and anything added after (its device prefix, number and date are the app's, and
    joined by '_' they could read as a ten-digit number); any other name as a whole."""
    match = _STANDARD_NAME.fullmatch(file_name)
    if match is None:
        return {"name": file_name}
    return {"trust code in the name": match["trust"], "ward code in the name": match["ward"], "name": match["rest"]}


def file_block_reason(manifest: Mapping[str, Any], file_name: str | None) -> str | None:
    """Why a whole file must be refused: a blocking identifier in its manifest (ward name and
    codes, member names, every other string and key) or in its file name."""
    reason = block_reason("the file's description (manifest):", dict(manifest))
    if reason is None and file_name is not None:
        reason = block_reason("the file's", _name_parts(file_name))
    return reason


def format_path(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass(frozen=True)
class PiiIssue:
    """One suspected identifier in one exported record."""

    record_type: str
    uuid: str
    title: str  # "Huddle sheet: 2026-03-12 Morning"
    path: tuple[str | int, ...]
    kind: str
    label: str  # "NHS number"
    blocks: bool
    text: str  # shown on screen to the person reviewing; never logged
    context: str
    replacement: str = "[removed]"
    acknowledged: bool = False
    imported: bool = False  # from another ward's export: cannot be redacted here

    @property
    def field(self) -> str:
        return format_path(self.path)

    @property
    def key(self) -> AckKey:
        return (self.record_type, self.uuid, self.field, self.kind, text_sha256(self.text))


@dataclass(frozen=True)
class PiiReport:
    issues: tuple[PiiIssue, ...] = ()
    scanner_version: str = SCANNER_VERSION
    redacted: int = 0  # warnings redacted since the last export (for the manifest)

    @property
    def blocked(self) -> list[PiiIssue]:
        return [i for i in self.issues if i.blocks]

    @property
    def warnings(self) -> list[PiiIssue]:
        return [i for i in self.issues if not i.blocks]

    @property
    def unresolved(self) -> list[PiiIssue]:
        return [i for i in self.issues if i.blocks or not i.acknowledged]

    @property
    def acknowledged_count(self) -> int:
        return sum(1 for i in self.warnings if i.acknowledged)

    @property
    def ready(self) -> bool:
        return not self.unresolved

    def summary(self) -> str:
        if not self.issues:
            return "No patient identifiers found."
        parts = []
        if self.blocked:
            parts.append(
                f"{len(self.blocked)} patient identifier{'s' * (len(self.blocked) != 1)} that must be removed "
                "(NHS, CHI or Health and Care numbers)"
            )
        open_warnings = [i for i in self.warnings if not i.acknowledged]
        if open_warnings:
            parts.append(f"{len(open_warnings)} possible identifier{'s' * (len(open_warnings) != 1)} to check")
        if self.acknowledged_count:
            parts.append(f"{self.acknowledged_count} checked as not an identifier")
        return "Found " + ", ".join(parts) + "."

    def manifest_summary(self) -> dict[str, Any]:
        return {
            "scanner_version": self.scanner_version,
            "blocked": len(self.blocked),
            "warnings_acknowledged": self.acknowledged_count,
            "warnings_redacted": self.redacted,
        }


@dataclass
class ScanItem:
    export_type: ExportType
    uuid: str
    fields: Mapping[str, Any]
    imported: bool = False
    issues: list[PiiIssue] = field(default_factory=list)
    extra: Mapping[str, Any] | None = None  # keys beside "fields" (from a newer version, a deletion's)


def _keys(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield (*path, str(key)), str(key)
            yield from _keys(item, (*path, str(key)))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _keys(item, (*path, index))


def _item_strings(item: ScanItem) -> Iterator[tuple[tuple[str | int, ...], str, bool]]:
    """(path, text, can be redacted here) for every string an item sends: its field values, the
    names of its fields (JSON objects inside a field have names too; a top-level name of a record
    made here is a column of this version's schema) and its extra keys and values."""
    for path, text in iter_text_values(dict(item.fields)):
        yield path, text, not item.imported
    for path, key in _keys(dict(item.fields)):
        if len(path) > 1 or item.imported:
            yield (*path, "(name)"), key, False
    if item.extra:
        for path, text in iter_all_strings(dict(item.extra)):
            yield ("(envelope)", *path), text, False


def _context(text: str, finding: Finding) -> str:
    start = max(0, finding.start - CONTEXT_CHARS)
    end = min(len(text), finding.end + CONTEXT_CHARS)
    snippet = " ".join(text[start:end].split())
    return f"{'…' if start else ''}{snippet}{'…' if end < len(text) else ''}"


class PiiGuard:
    def __init__(self, ctx: ServiceContext, *, redaction: RedactionService) -> None:
        self.ctx = ctx
        self.repo = ExchangeRepository(ctx.database)
        self.redaction = redaction

    def patterns(self) -> tuple[HospitalNumberPattern, ...]:
        from app.domain.pii import compile_hospital_number_patterns
        from app.services.records.settings import SettingsService

        pattern = str(SettingsService(self.ctx).get("hospital_number_pattern") or "").strip()
        if not pattern:
            return ()
        spec = (HospitalNumberPattern(pattern, block=False),)
        try:
            compile_hospital_number_patterns(spec)
        except ValueError as error:
            raise ValidationError(
                f"{error} Fix it in Settings > App before exporting.", "hospital_number_pattern"
            ) from None
        return spec

    def scan(self, items: Iterable[ScanItem]) -> PiiReport:
        """Scan every string of every item's fields; acknowledged warnings are marked."""
        patterns = self.patterns()
        issues: list[PiiIssue] = []
        for item in items:
            title = ""
            for path, text, redactable in _item_strings(item):
                if not text or text.isspace():
                    continue
                findings = _scan(text, patterns)
                if not findings:
                    continue
                staff_name = is_staff_name_path(item.export_type, path)
                for finding in findings:
                    if staff_name and finding.kind == "name":
                        continue  # a staff member's title and name is not a patient's
                    title = title or item.export_type.title(item.fields)
                    shown = title if finding.text not in title else item.export_type.title({})
                    issues.append(
                        PiiIssue(
                            item.export_type.record_type,
                            item.uuid,
                            shown,
                            path,
                            str(finding.kind),
                            finding.label,
                            finding.severity is Severity.BLOCK,
                            finding.text,
                            _context(text, finding),
                            finding.replacement,
                            imported=not redactable,
                        )
                    )
        acked = self.repo.acknowledged(i.key for i in issues if not i.blocks)
        marked = tuple(
            PiiIssue(**{**i.__dict__, "acknowledged": True}) if (not i.blocks and i.key in acked) else i for i in issues
        )
        return PiiReport(marked)

    # -- resolving ----------------------------------------------------------------------------------
    def acknowledge(self, issues: Iterable[PiiIssue]) -> Changes:
        """Mark warnings as "not an identifier". A blocking finding can never be acknowledged."""
        chosen = list(issues)
        if any(i.blocks for i in chosen):
            raise ValidationError("An NHS, CHI or Health and Care number cannot be kept: redact it or change the text.")
        if not chosen:
            return Changes.NONE
        now = self.ctx.write_context().now
        with self.ctx.database.write():
            for issue in chosen:
                self.repo.acknowledge(issue.key, now=now, by=self.ctx.os_user)
            self.ctx.audit("identifier warnings acknowledged", {"warnings": len(chosen)})
        return Changes.AUDIT

    def redact(self, issues: Iterable[PiiIssue]) -> Changes:
        """Replace each issue's text in its record through the shared redaction routine
        (app/services/exchange/redaction.py): backups before and after, envelope update (rev + 1),
        FTS optimise, WAL checkpoint, older backups scrubbed."""
        chosen = list(issues)
        if any(issue.imported for issue in chosen):
            raise ValidationError(
                "This record came from another ward's export and cannot be changed here. "
                "Ask the ward to correct it and send a new export."
            )
        if not chosen:
            return Changes.NONE
        from app.services.exchange.redaction import RedactionTarget

        changes = Changes.AUDIT
        by_replacement: dict[str, dict[tuple[str, str, str, str], RedactionTarget]] = {}
        totals = {"warnings": 0, "blocking": 0}
        counts: dict[str, int] = {}
        for issue in chosen:
            kind = export_type(issue.record_type)
            if kind is None:
                raise NotFound(f"Records of type {issue.record_type} cannot be changed by this version of the app.")
            target = RedactionTarget(kind.table, issue.uuid, str(issue.path[0]), issue.text)
            by_replacement.setdefault(issue.replacement, {})[(target.table, target.uuid, target.field, target.old)] = (
                target
            )
            totals["blocking" if issue.blocks else "warnings"] += 1
            counts[issue.kind] = counts.get(issue.kind, 0) + 1
            changes |= kind.changes
        for replacement, targets in by_replacement.items():
            self.redaction.redact(list(targets.values()), replacement)
        with self.ctx.database.write():
            self.ctx.audit(REDACTED_ACTION, {**totals, **counts})
        return changes

    def record_text(self, record_type: str, uuid: str) -> list[tuple[str, str]]:
        """Every text value of one record, for showing it in the review list (field, text)."""
        kind = export_type(record_type)
        if kind is None:
            return []
        row = self.repo.row(kind.table, uuid)
        if row is None:
            return []
        fields = kind.row_to_fields(row, self.repo.columns(kind.table))
        return [(format_path(path), text) for path, text in iter_text_values(fields) if text.strip()]
