"""NHS, CHI and Health and Care numbers in free text (data-safety-and-exchange.md §4.1, issue 17 §2).

Ten digits whose tenth is the Modulus 11 check digit and that lie in an issued range. Found in
the scanner's normalised text (app/domain/pii_text.py) in any grouping: a chain of digit groups
joined by runs of separators (spaces, tabs, hyphens and dashes, dots, slashes, underscores) is
read as one number, so ``943.476.5919``, ``943 476-5919``, ``9434 765 919``, ``94347 65919`` and
``943\\t\\t476  5919`` are all the same number. A chain of exactly ten digits is one candidate
whatever its groups; inside a longer chain, any one to three neighbouring groups holding ten
digits are (``+44 9434765919``, ``bed 4 943 476 5919``). A number never matches inside a longer
unbroken digit run (``19990000018``), and a valid calendar date in the chain
(``12/03/2026``, ``2026-03-12``) is never part of one.

A number labelled as an incident, Datix, order, asset, stock or serial reference
("Datix 9876543210", "asset no. 4000000632") is a warning to confirm, not a block; an unlabelled
or NHS-labelled number blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from enum import StrEnum


class NumberKind(StrEnum):
    NHS_NUMBER = "nhs_number"
    CHI_NUMBER = "chi_number"
    HC_NUMBER = "hc_number"


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


def classify_health_number(digits: str) -> NumberKind | None:
    """NHS_NUMBER, CHI_NUMBER or HC_NUMBER for a checksum-valid number in an issued range, else None."""
    if not passes_modulus_11(digits):
        return None
    value = int(digits)
    if 101_000_000 <= value <= 3_112_999_999:
        return NumberKind.CHI_NUMBER if _is_ddmmyy(digits) else None
    if 3_200_000_000 <= value <= 3_999_999_999:
        return NumberKind.HC_NUMBER
    if 4_000_000_000 <= value <= 4_999_999_999 or 6_000_000_000 <= value <= 7_999_999_999 or value >= 9_000_000_000:
        return NumberKind.NHS_NUMBER
    return None


_SEPARATOR = r"(?:[^\S\r\n]|[\-\u2010-\u2015\u2212./_\\])"
_CHAIN = re.compile(rf"(?<!\d)\d+(?:{_SEPARATOR}+\d+)*")
_GROUP = re.compile(r"\d+")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?!\d)")
_REFERENCE_LABEL = re.compile(
    r"(?<![A-Za-z])(?:incident|inc|datix|order|po|purchase[ \t]+order|asset|stock|serial|equipment)"
    r"(?:[ \t.]*(?:ref(?:erence)?|no|nos|number|num|id|code|tag))?[ \t.:#=\-]*$",
    re.IGNORECASE,
)
_HEALTH_LABEL = re.compile(r"(?<![A-Za-z])(?:nhs|chi|h[ \t]*&[ \t]*c|health[ \t]+and[ \t]+care)(?![A-Za-z])", re.I)
_FOLLOWED_BY_DIGITS = re.compile(rf"{_SEPARATOR}+\d")
MAX_WINDOW_GROUPS = 3


def _valid_date(day: int, month: int, year: int) -> bool:
    if len(str(year)) == 2:
        year += 2000
    if not 1900 <= year <= 2099:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _masked(text: str) -> str:
    """``text`` with the digits of every valid calendar date replaced, so no date joins a number."""
    spans = [
        m.span()
        for m in _DAY_FIRST.finditer(text)
        if _valid_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        and (len(m.group(4)) == 4 or not _FOLLOWED_BY_DIGITS.match(text, m.end()))  # 01-01-01-1237 is a CHI
    ]
    spans += [
        m.span() for m in _YEAR_FIRST.finditer(text) if _valid_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    ]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index].isdigit():
                chars[index] = "#"
    return "".join(chars)


def _windows(groups: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each ten-digit candidate in one chain of digit groups."""
    total = sum(len(g[2]) for g in groups)
    if total == 10:
        yield groups[0][0], groups[-1][1], "".join(g[2] for g in groups)
        return
    for first in range(len(groups)):
        digits = ""
        for last in range(first, min(first + MAX_WINDOW_GROUPS, len(groups))):
            digits += groups[last][2]
            if len(digits) == 10:
                yield groups[first][0], groups[last][1], digits
            if len(digits) >= 10:
                break


def _groups(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The digit groups of one chain; "+44" written onto the number ("+449434765919") is a group
    of its own, as if it had been written with a space."""
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(text, start, end)]
    if groups and start > 0 and text[start - 1] == "+":
        first_start, first_end, digits = groups[0]
        for prefix in ("0044", "44"):
            if digits.startswith(prefix) and len(digits) > len(prefix):
                cut = first_start + len(prefix)
                groups[0:1] = [(first_start, cut, prefix), (cut, first_end, digits[len(prefix) :])]
                break
    return groups


def is_reference_label(before: str) -> bool:
    """True when the text just before a number labels it as an incident/Datix/order/asset/stock
    reference (and not as an NHS, CHI or Health and Care number)."""
    tail = before[-40:]
    if not _REFERENCE_LABEL.search(tail):
        return False
    return not _HEALTH_LABEL.search(tail[-25:])


def health_numbers(text: str) -> Iterator[tuple[NumberKind, int, int, bool]]:
    """(kind, start, end, labelled_as_reference) for each health number in normalised ``text``."""
    masked = _masked(text)
    for chain in _CHAIN.finditer(masked):
        for start, end, digits in _windows(_groups(masked, chain.start(), chain.end())):
            kind = classify_health_number(digits)
            if kind is not None:
                yield kind, start, end, is_reference_label(text[max(0, start - 40) : start])
