"""Patient-identifier scanner for free text (data-safety-and-exchange.md §4, R31-R35, issue 17).

Pure functions, standard library only. The same scanner (:func:`scan`) runs while a user types
(underline and one-click redaction), before the weekly export over every string of the file
(keys, manifest, ward and staff names, file name) and again on import (defence in depth).

The text is normalised before any pattern runs (app/domain/pii_text.py): Unicode NFKC, every
decimal digit to ASCII (Arabic-Indic, Devanagari, fullwidth), format characters removed
(zero-width space, word joiner, soft hyphen, BOM). Findings are reported in the original text.

Severities
    BLOCK  A 10-digit number that passes the NHS Modulus 11 check and lies in an issued range:
           NHS number (England, Wales, Isle of Man 400-499..., 600-799..., plus the synthetic
           900-999... test range), CHI number (Scotland, 0101000000-3112999999 and a valid DDMMYY
           date in the first six digits) or Health and Care number (Northern Ireland 32-39...).
           In any grouping: any run of spaces, tabs, hyphens, dashes, dots, slashes or
           underscores between digits counts as one separator (app/domain/pii_numbers.py), and
           after "+44" too; never as part of a longer unbroken digit run. Export is blocked
           until it is redacted or reworded; no override. Ward-configured hospital-number
           patterns may also be declared blocking.
    WARN   Full UK unit postcode in any case, a date next to "DOB"/"D.O.B"/"date of birth"/
           "born" or a full date more than ten years ago, a title in any case followed by a
           name, "pt"/"patient" followed by a capitalised name, a UK phone number, an e-mail
           address, a ward-configured hospital-number pattern, and a number that passes the
           NHS check but is labelled as an incident, Datix, order, asset or stock reference.
           Each must be redacted or acknowledged ("not an identifier") before export.

False positives (measured in tests/unit/test_pii.py and tests/unit/test_pii_disguises.py)
    About 1 in 11 random 10-digit strings pass Modulus 11 (the check digit matches with
    probability 10/11 x 1/10); roughly half of all 10-digit values also fall in a flagged range,
    so about 1 in 21 random 10-digit numbers is blocked. A phone number or other reference
    written as 10 bare digits will therefore sometimes be blocked. The fix for the user: write
    phone numbers in full with the leading 0 (11 digits, e.g. 07700 900123), and label other
    references ("Datix 9876543210", "order no. ..."), which makes them a warning to confirm.
    Text such as "Mr" at the end of a sentence is handled by lists of ordinary words that
    never count as names (app/domain/pii_words.py; "Dr. Plan agreed" is not a name).

Canonical UUIDs and long hex strings are never scanned, so record references do not trip it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from app.domain.pii_numbers import NumberKind, health_numbers
from app.domain.pii_numbers import classify_health_number as _classify
from app.domain.pii_numbers import nhs_check_digit as nhs_check_digit
from app.domain.pii_numbers import passes_modulus_11 as passes_modulus_11
from app.domain.pii_patterns import HEX_TOKEN, WARN_FINDERS
from app.domain.pii_text import normalise

SCANNER_VERSION = "1.0"


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


class FindingKind(StrEnum):
    NHS_NUMBER = "nhs_number"
    CHI_NUMBER = "chi_number"
    HC_NUMBER = "hc_number"
    HOSPITAL_NUMBER = "hospital_number"
    POSTCODE = "postcode"
    DATE_OF_BIRTH = "date_of_birth"
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    REFERENCE_NUMBER = "reference_number"


_LABELS: dict[FindingKind, tuple[str, str]] = {
    FindingKind.NHS_NUMBER: ("NHS number", "[NHS number removed]"),
    FindingKind.CHI_NUMBER: ("CHI number", "[CHI number removed]"),
    FindingKind.HC_NUMBER: ("Health and Care number", "[Health and Care number removed]"),
    FindingKind.HOSPITAL_NUMBER: ("Hospital number", "[hospital number removed]"),
    FindingKind.POSTCODE: ("Postcode", "[postcode removed]"),
    FindingKind.DATE_OF_BIRTH: ("Date of birth", "[date of birth removed]"),
    FindingKind.NAME: ("Possible name", "[name removed]"),
    FindingKind.PHONE: ("Phone number", "[phone number removed]"),
    FindingKind.EMAIL: ("E-mail address", "[e-mail removed]"),
    FindingKind.REFERENCE_NUMBER: (
        "Reference number that passes the NHS number check: confirm it is not one",
        "[reference removed]",
    ),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One suspected identifier: ``text == scanned_text[start:end]``."""

    kind: FindingKind
    severity: Severity
    start: int
    end: int
    text: str
    label: str
    replacement: str

    @property
    def blocks_export(self) -> bool:
        return self.severity is Severity.BLOCK


@dataclass(frozen=True, slots=True)
class HospitalNumberPattern:
    """A ward-configured local patient identifier (MRN) regex; plain strings mean ``block=False``."""

    regex: str
    block: bool = False


FieldPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class FieldFinding:
    """A finding inside a record: ``path`` leads from the record to the string, e.g. ("items", 2, "text")."""

    path: FieldPath
    finding: Finding

    @property
    def field(self) -> str:
        return format_field_path(self.path)


_Candidate = tuple["FindingKind", "Severity", int, int]  # kind, severity, start, end in the normalised text


def _make(kind: FindingKind, severity: Severity, text: str, start: int, end: int) -> Finding:
    label, replacement = _LABELS[kind]
    return Finding(kind, severity, start, end, text[start:end], label, replacement)


# --- NHS / CHI / H&C numbers (app/domain/pii_numbers.py) -----------------------------------
_NUMBER_KINDS = {
    NumberKind.NHS_NUMBER: FindingKind.NHS_NUMBER,
    NumberKind.CHI_NUMBER: FindingKind.CHI_NUMBER,
    NumberKind.HC_NUMBER: FindingKind.HC_NUMBER,
}


def classify_health_number(digits: str) -> FindingKind | None:
    """NHS_NUMBER, CHI_NUMBER or HC_NUMBER for a checksum-valid number in an issued range, else None."""
    kind = _classify(digits)
    return None if kind is None else _NUMBER_KINDS[kind]


def _health_numbers(text: str) -> Iterator[_Candidate]:
    for kind, start, end, labelled in health_numbers(text):
        if labelled:
            yield FindingKind.REFERENCE_NUMBER, Severity.WARN, start, end
        else:
            yield _NUMBER_KINDS[kind], Severity.BLOCK, start, end


# --- ward-configured hospital-number patterns --------------------------------------------------
_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@lru_cache(maxsize=64)
def _compile_one(pattern: HospitalNumberPattern) -> re.Pattern[str]:
    source = pattern.regex
    if not source.strip():
        raise ValueError("Hospital number pattern is empty.")
    try:
        alone = re.compile(source)
    except re.error as exc:
        raise ValueError(
            f"Hospital number pattern {source!r} is not a valid regular expression: "
            f"{exc.msg}{'' if exc.pos is None else f' (at character {exc.pos + 1})'}."
        ) from None
    if alone.fullmatch(""):
        raise ValueError(f"Hospital number pattern {source!r} matches empty text; make it more specific.")
    flags = _LEADING_FLAGS.match(source)
    prefix, body = (flags.group(0), source[flags.end() :]) if flags else ("", source)
    try:
        return re.compile(f"{prefix}(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])")
    except re.error as exc:
        raise ValueError(f"Hospital number pattern {source!r} cannot be used: {exc.msg}.") from None


def compile_hospital_number_patterns(
    patterns: Iterable[str | HospitalNumberPattern],
) -> tuple[tuple[re.Pattern[str], Severity], ...]:
    """Validate and compile ward patterns (raise ValueError with a plain message on a bad one).

    Each pattern must match a whole token: it is wrapped so it never matches inside a longer
    word or number. Settings screens can call this to check a pattern as it is entered.
    """
    compiled = []
    for item in patterns:
        spec = item if isinstance(item, HospitalNumberPattern) else HospitalNumberPattern(item)
        severity = Severity.BLOCK if spec.block else Severity.WARN
        compiled.append((_compile_one(spec), severity))
    return tuple(compiled)


# --- public API --------------------------------------------------------------------------------
def scan_text(text: str, *, hospital_number_patterns: Iterable[str | HospitalNumberPattern] = ()) -> list[Finding]:
    """Find suspected patient identifiers in ``text``; non-overlapping, ordered by position.

    The text is normalised first (NFKC, every decimal digit to ASCII, format characters such as
    zero-width spaces and soft hyphens removed: app/domain/pii_text.py), and each finding's span
    and ``text`` are those of the text as given, so it can be underlined and redacted in place.
    Where two findings overlap, a blocking one wins over a warning, then the longer one.
    """
    view = normalise(text)
    scanned = view.text
    candidates: list[_Candidate] = [*_health_numbers(scanned)]
    for pattern, severity in compile_hospital_number_patterns(hospital_number_patterns):
        candidates += [
            (FindingKind.HOSPITAL_NUMBER, severity, m.start(), m.end())
            for m in pattern.finditer(scanned)
            if m.end() > m.start()
        ]
    for finder in WARN_FINDERS:
        candidates += [(FindingKind(kind), Severity.WARN, start, end) for kind, start, end in finder(scanned)]
    hex_spans = [(m.start(), m.end()) for m in HEX_TOKEN.finditer(scanned)]  # sorted, disjoint
    hex_starts = [start for start, _ in hex_spans]
    candidates = [
        c
        for c in candidates  # drop findings inside UUIDs and long hex strings
        if (i := bisect.bisect_left(hex_starts, c[3]) - 1) < 0 or hex_spans[i][1] <= c[2]
    ]
    candidates.sort(key=lambda c: (c[1] is not Severity.BLOCK, c[2] - c[3], c[2]))
    kept: list[_Candidate] = []  # non-overlapping, ordered by start
    starts: list[int] = []
    for candidate in candidates:
        index = bisect.bisect_right(starts, candidate[2])
        if (index and kept[index - 1][3] > candidate[2]) or (index < len(kept) and kept[index][2] < candidate[3]):
            continue
        kept.insert(index, candidate)
        starts.insert(index, candidate[2])
    return [_make(kind, severity, text, *view.span(start, end)) for kind, severity, start, end in kept]


_DROP_DIGITS = str.maketrans("", "", "0123456789")


def blocking_label(text: str) -> str | None:
    """The label of the first NHS, CHI or Health and Care number in ``text`` that blocks (the
    same findings as :func:`scan_text` without the warn-level patterns), or None. For the
    import's re-scan of every string of a file: most strings cannot hold ten digits at all."""
    if text.isascii() and len(text) - len(text.translate(_DROP_DIGITS)) < 10:
        return None
    for finding in scan_text(text):
        if finding.blocks_export:
            return finding.label
    return None


def scan(text: str, *, hospital_number_patterns: Iterable[str | HospitalNumberPattern] = ()) -> list[Finding]:
    """The public scanner for screens that underline identifiers as they are typed: the same
    findings as the export and the import see (:func:`scan_text`), spans in ``text``'s own
    characters. Fast on ordinary text (no identifier: a few microseconds per line)."""
    return scan_text(text, hospital_number_patterns=hospital_number_patterns)


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding's span with its replacement text.

    ``findings`` must come from scanning this exact ``text`` (any subset, in any order); a
    finding that no longer matches the text or overlaps another raises ValueError.
    """
    ordered = sorted(findings, key=lambda f: f.start)
    pieces: list[str] = []
    position = 0
    for finding in ordered:
        if text[finding.start : finding.end] != finding.text:
            raise ValueError("The text changed since it was scanned; scan it again before redacting.")
        if finding.start < position:
            raise ValueError("Findings to redact overlap; pass findings from a single scan.")
        pieces += [text[position : finding.start], finding.replacement]
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def iter_text_values(value: object, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str]]:
    """Yield (path, string) for every string in a nested structure of dicts, lists and tuples."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from iter_text_values(item, (*path, str(key)))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from iter_text_values(item, (*path, index))


def iter_all_strings(value: object, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str]]:
    """Like :func:`iter_text_values`, and every mapping key too (a key is yielded with the path
    of its value): what a file carries in its keys leaves the ward as surely as its values."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield (*path, str(key)), str(key)
            yield from iter_all_strings(item, (*path, str(key)))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from iter_all_strings(item, (*path, index))


def scan_record(
    record: Mapping[str, object],
    *,
    fields: Iterable[str] | None = None,
    hospital_number_patterns: Iterable[str | HospitalNumberPattern] = (),
) -> list[FieldFinding]:
    """Scan every string value of a record (nested lists and dicts included).

    ``fields`` limits the scan to those top-level keys (missing keys are skipped); None scans
    all of them. Pass the record's content fields, not its envelope (UUIDs, timestamps).
    """
    patterns = tuple(hospital_number_patterns)
    compile_hospital_number_patterns(patterns)  # fail fast on a bad pattern
    keys = list(record) if fields is None else [key for key in fields if key in record]
    results: list[FieldFinding] = []
    for key in keys:
        for path, text in iter_text_values(record[key], (key,)):
            results += [FieldFinding(path, f) for f in scan_text(text, hospital_number_patterns=patterns)]
    return results


def redact_record(record: Mapping[str, object], field_findings: Iterable[FieldFinding]) -> dict[str, object]:
    """Return a deep copy of ``record`` with the given findings redacted in place of their strings."""
    by_path: dict[FieldPath, list[Finding]] = {}
    for item in field_findings:
        by_path.setdefault(item.path, []).append(item.finding)

    def rebuild(value: object, path: FieldPath) -> object:
        if isinstance(value, str):
            return redact(value, by_path[path]) if path in by_path else value
        if isinstance(value, Mapping):
            return {key: rebuild(item, (*path, str(key))) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [rebuild(item, (*path, index)) for index, item in enumerate(value)]
        return value

    return {key: rebuild(value, (key,)) for key, value in record.items()}


def format_field_path(path: FieldPath) -> str:
    """Human-readable path: ("items", 2, "text") -> "items[2].text"."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out
