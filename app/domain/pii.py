"""Patient-identifier scanner for free text (data-safety-and-exchange.md §4, R31-R35).

Pure functions, standard library only. The same scanner runs while a user types (underline and
one-click redaction), before the weekly export and again on import (defence in depth).

Severities
    BLOCK  A 10-digit number that passes the NHS Modulus 11 check and lies in an issued range:
           NHS number (England, Wales, Isle of Man 400-499..., 600-799..., plus the synthetic
           900-999... test range), CHI number (Scotland, 0101000000-3112999999 and a valid DDMMYY
           date in the first six digits) or Health and Care number (Northern Ireland 32-39...).
           Written plain (9990000018), spaced 3-3-4 or hyphenated 3-3-4, never as part of a
           longer digit run. Export is blocked until it is redacted or reworded; no override.
           Ward-configured hospital-number patterns may also be declared blocking.
    WARN   Full UK unit postcode, a date next to "DOB"/"D.O.B"/"date of birth"/"born", an
           honorific or "pt"/"patient" followed by a capitalised name, a UK phone number, an
           e-mail address, a ward-configured hospital-number pattern. Each must be redacted or
           acknowledged ("not an identifier") before export.

False positives (measured in tests/unit/test_pii.py)
    About 1 in 11 random 10-digit strings pass Modulus 11 (the check digit matches with
    probability 10/11 x 1/10); roughly half of all 10-digit values also fall in a flagged range,
    so about 1 in 21 random 10-digit numbers is blocked. A phone number, order number or other
    reference written as 10 bare digits will therefore sometimes be blocked. The fix for the
    user: write phone numbers in full with the leading 0 (11 digits, e.g. 07700 900123) or with
    +44, and write other references with their prefix or separators (e.g. "PO 45001-23456").
    Text such as "Mr" at the end of a sentence is handled by a list of ordinary words that
    never count as names (e.g. "Dr. Plan agreed" is not a name).

Canonical UUIDs and long hex strings are never scanned, so record references do not trip it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

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


def _make(kind: FindingKind, severity: Severity, text: str, start: int, end: int) -> Finding:
    label, replacement = _LABELS[kind]
    return Finding(kind, severity, start, end, text[start:end], label, replacement)


# --- NHS / CHI / H&C numbers -------------------------------------------------------------------
def nhs_check_digit(first_nine: str) -> int | None:
    """Modulus 11 check digit for nine digits (weights 10..2); None when the result is 10 (invalid)."""
    if len(first_nine) != 9 or not first_nine.isascii() or not first_nine.isdigit():
        raise ValueError("nhs_check_digit needs exactly nine ASCII digits")
    total = sum(int(digit) * weight for digit, weight in zip(first_nine, range(10, 1, -1), strict=False))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def passes_modulus_11(digits: str) -> bool:
    """True when ``digits`` is ten ASCII digits whose last digit is the Modulus 11 check digit."""
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def _is_ddmmyy(digits: str) -> bool:
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    try:
        date(2000 + year, month, day)  # 2000-2099 has the same leap years as YY % 4 == 0
    except ValueError:
        return False
    return True


def classify_health_number(digits: str) -> FindingKind | None:
    """NHS_NUMBER, CHI_NUMBER or HC_NUMBER for a checksum-valid number in an issued range, else None."""
    if not passes_modulus_11(digits):
        return None
    value = int(digits)
    if 101_000_000 <= value <= 3_112_999_999:
        return FindingKind.CHI_NUMBER if _is_ddmmyy(digits) else None
    if 3_200_000_000 <= value <= 3_999_999_999:
        return FindingKind.HC_NUMBER
    if 4_000_000_000 <= value <= 4_999_999_999 or 6_000_000_000 <= value <= 7_999_999_999 or value >= 9_000_000_000:
        return FindingKind.NHS_NUMBER
    return None


_SEP = "[ \u00a0-]"
_HEALTH_NUMBER = re.compile(rf"(?<!\d)(\d{{3}})({_SEP}?)(\d{{3}})\2(\d{{4}})(?!\d)")
_INTERNATIONAL_PREFIX = re.compile(r"\+[ \t]?44[ \t]?(?:\(0\)[ \t]?)?$")


def _health_numbers(text: str) -> Iterator[Finding]:
    for match in _HEALTH_NUMBER.finditer(text):
        if _INTERNATIONAL_PREFIX.search(text, max(0, match.start() - 12), match.start()):
            continue  # "+44 7700900123" is a phone number, reported as one
        kind = classify_health_number(match.group(1) + match.group(3) + match.group(4))
        if kind is not None:
            yield _make(kind, Severity.BLOCK, text, match.start(), match.end())


# --- warn-level patterns -----------------------------------------------------------------------
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR ?0AA|(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|[A-PR-UWYZ]\d[A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+\d{{2,4}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{2,4}})(?![\d/])"
)
_DATE_OF_BIRTH = re.compile(
    rf"(?<![A-Za-z])(?:D\.?[ ]?O\.?[ ]?B\.?|date[ \t]+of[ \t]+birth|born)(?![A-Za-z])"
    rf"[ \t:=(\-]*(?:(?:is|was|on)[ \t]+)?{_DATE}",
    re.IGNORECASE,
)

_NAME_WORD = r"(?:[A-Z][a-z][A-Za-z'’-]*|[A-Z]['’][A-Z][a-z]+)(?![A-Za-z0-9])"
_INITIALS = r"(?:[A-Z]\.?[ \t]+){0,2}"
_TITLE_NAME = re.compile(
    r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?[ \t]+"
    rf"(?P<name>{_INITIALS}(?P<word>{_NAME_WORD}))"
)
_PATIENT_NAME = re.compile(
    rf"(?<![A-Za-z])(?:pt|Pt|PT|patient|Patient|PATIENT)\.?[ \t]+(?P<name>{_INITIALS}(?P<word>{_NAME_WORD}))"
)
# Capitalised words that follow a title or "patient" in ordinary huddle text and are not names.
_NOT_NAMES = frozenset(
    """
a an and are as at be by for from has had have he her his in is it may might no not of on or our please reg she
so that the their then there these they this to us was we were when where who will with yet aware asked bleeped
called contacted informed reviewed review reviewing reviews round rounds team teams ward wards registrar
consultant consultants surgeon surgeons on-call oncall call plan plans next later also all any both each every
other some today tomorrow yesterday tonight morning afternoon evening night nights day days weekend week month
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december safety experience flow flows advice liaison transport transfer transfers led centred
feedback story stories group groups forum survey discharge discharges admission admissions handover handovers
information leaflet leaflets records record notes list lists care moving handling falls fall sepsis pressure
escalation escalated follow follow-up fu ok okay
""".split()
)


def _names(pattern: re.Pattern[str], text: str) -> Iterator[Finding]:
    for match in pattern.finditer(text):
        if match.group("word").lower() not in _NOT_NAMES:
            yield _make(FindingKind.NAME, Severity.WARN, text, match.start("name"), match.end("name"))


_NATIONAL = (
    r"(?:\d{4}\)?[ -]?\d{6}|\d{4}\)?[ -]?\d{3}[ -]?\d{3}"
    r"|\d{3}\)?[ -]?\d{3}[ -]?\d{4}|\d{2}\)?[ -]?\d{4}[ -]?\d{4})"
)
_PHONE = re.compile(
    rf"(?<![0-9A-Za-z+])(?:\+[ \t]?44[ \t]?(?:\(0\)[ \t]?)?|\(?0)(?P<national>{_NATIONAL})(?![0-9A-Za-z])"
)
_EMAIL = re.compile(r"(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w])")
_HEX_TOKEN = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{32,})(?![0-9A-Za-z])"
)


def _simple(kind: FindingKind, pattern: re.Pattern[str], text: str) -> Iterator[Finding]:
    for match in pattern.finditer(text):
        if kind is not FindingKind.PHONE or match.group("national")[0] in "1235789":  # UK numbering plan
            yield _make(kind, Severity.WARN, text, match.start(), match.end())


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

    Where two findings overlap, a blocking one wins over a warning, then the longer one.
    """
    candidates: list[Finding] = [*_health_numbers(text)]
    for pattern, severity in compile_hospital_number_patterns(hospital_number_patterns):
        candidates += [
            _make(FindingKind.HOSPITAL_NUMBER, severity, text, m.start(), m.end())
            for m in pattern.finditer(text)
            if m.end() > m.start()
        ]
    candidates += _simple(FindingKind.POSTCODE, _POSTCODE, text)
    candidates += _simple(FindingKind.DATE_OF_BIRTH, _DATE_OF_BIRTH, text)
    candidates += _names(_TITLE_NAME, text)
    candidates += _names(_PATIENT_NAME, text)
    candidates += _simple(FindingKind.PHONE, _PHONE, text)
    candidates += _simple(FindingKind.EMAIL, _EMAIL, text)
    hex_spans = [(m.start(), m.end()) for m in _HEX_TOKEN.finditer(text)]  # sorted, disjoint
    hex_starts = [start for start, _ in hex_spans]
    candidates = [
        f
        for f in candidates  # drop findings inside UUIDs and long hex strings
        if (i := bisect.bisect_left(hex_starts, f.end) - 1) < 0 or hex_spans[i][1] <= f.start
    ]
    candidates.sort(key=lambda f: (f.severity is not Severity.BLOCK, f.start - f.end, f.start))
    kept: list[Finding] = []  # non-overlapping, ordered by start
    starts: list[int] = []
    for finding in candidates:
        index = bisect.bisect_right(starts, finding.start)
        if (index and kept[index - 1].end > finding.start) or (index < len(kept) and kept[index].start < finding.end):
            continue
        kept.insert(index, finding)
        starts.insert(index, finding.start)
    return kept


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
