"""Warn-level identifier patterns (data-safety-and-exchange.md §4.2), run over the scanner's
normalised text (app/domain/pii_text.py). Each finder yields ``(kind, start, end)`` with kind one
of app.domain.pii.FindingKind's values.

* Postcodes: a full unit postcode in any case ("LS1 4AP", "ls1 4ap", "Ls1 4Ap"); staffing
  shorthand (a digit then RN or NA: "W7 2RN short", "E3 1RN short") and lower-case ordinals and
  units ("w1 2nd", "b2 4hr") are not postcodes.
* Dates of birth: a date next to "DOB", "D.O.B", "date of birth", "born" or "b.", in any case;
  and a full date with a year more than ten years ago, with no label (huddle text is about now).
* Names: a title in any case ("Mr", "mr", "MR") then a name in any case ("mr smith", "MR SMITH");
  a name typed in lower case or capitals must not be a common word ("dr happy with plan").
  "pt"/"patient" then a capitalised name.
* UK phone numbers and e-mail addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from app.domain.pii_words import COMMON_WORDS, NOT_NAMES

Found = tuple[str, int, int]

_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR ?0AA|(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|[A-PR-UWYZ]\d[A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]) ?(?P<inward>\d[ABD-HJLNP-UW-Z]{2}))(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_STAFFING = frozenset({"RN", "NA"})  # "2RN short": registered nurses, nursing associates
_LOWER_UNITS = frozenset({"st", "nd", "rd", "th", "hr", "yr", "pt"})


def postcodes(text: str) -> Iterator[Found]:
    for match in _POSTCODE.finditer(text):
        letters = match.group("inward")[1:]
        if letters.upper() in _STAFFING or (letters.islower() and letters in _LOWER_UNITS):
            continue
        yield "postcode", match.start(), match.end()


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+\d{{2,4}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{2,4}})(?![\d/])"
)
_DATE_OF_BIRTH = re.compile(
    rf"(?<![A-Za-z])(?:D\.?[ ]?O\.?[ ]?B\.?|date[ \t]+of[ \t]+birth|born|b\.)(?![A-Za-z])"
    rf"[ \t:=(\-]*(?:(?:is|was|on)[ \t]+)?{_DATE}",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(
    rf"(?<![\d/.-])(?:(?P<y1>\d{{4}})-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-](?P<y2>\d{{4}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+(?P<y3>\d{{4}})"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?P<y4>\d{{4}}))(?![\d/])",
    re.IGNORECASE,
)
YEARS_AGO = 10


def dates_of_birth(text: str) -> Iterator[Found]:
    for match in _DATE_OF_BIRTH.finditer(text):
        yield "date_of_birth", match.start(), match.end()
    before = date.today().year - YEARS_AGO
    for match in _FULL_DATE.finditer(text):
        year = int(next(y for y in match.group("y1", "y2", "y3", "y4") if y))
        if 1900 <= year < before:
            yield "date_of_birth", match.start(), match.end()


_TITLE_NAME = re.compile(
    r"(?<![A-Za-z])(?P<title>mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?[ \t]+"
    r"(?P<name>(?:[A-Za-z]\.?[ \t]+){0,2}(?P<word>[A-Za-z]['’]?[A-Za-z][A-Za-z'’-]*))(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_PATIENT_NAME = re.compile(
    r"(?<![A-Za-z])(?:pt|Pt|PT|patient|Patient|PATIENT)\.?[ \t]+"
    r"(?P<name>(?:[A-Z]\.?[ \t]+){0,2}(?P<word>(?:[A-Z][a-z][A-Za-z'’-]*|[A-Z]['’][A-Z][a-z]+)))(?![A-Za-z0-9])"
)
_LOWER_CASE_VERBS = frozenset({"miss", "sir", "dame"})  # "did not miss meds"


def _is_capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return letters[0].isupper() and any(c.islower() for c in letters[1:])


def names(text: str) -> Iterator[Found]:
    for match in _TITLE_NAME.finditer(text):
        title, word = match.group("title"), match.group("word")
        if title.islower() and title in _LOWER_CASE_VERBS:
            continue
        lowered = word.lower()
        if lowered in NOT_NAMES:
            continue
        if not _is_capitalised(word) and lowered in COMMON_WORDS:
            continue  # "dr happy", "MS nurse": a name in lower case or capitals must not be a word
        yield "name", match.start("name"), match.end("name")
    for match in _PATIENT_NAME.finditer(text):
        if match.group("word").lower() not in NOT_NAMES:
            yield "name", match.start("name"), match.end("name")


_NATIONAL = (
    r"(?:\d{4}\)?[ -]?\d{6}|\d{4}\)?[ -]?\d{3}[ -]?\d{3}"
    r"|\d{3}\)?[ -]?\d{3}[ -]?\d{4}|\d{2}\)?[ -]?\d{4}[ -]?\d{4})"
)
_PHONE = re.compile(
    rf"(?<![0-9A-Za-z+])(?:\+[ \t]?44[ \t]?(?:\(0\)[ \t]?)?|\(?0)(?P<national>{_NATIONAL})(?![0-9A-Za-z])"
)
_EMAIL = re.compile(r"(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w])")
HEX_TOKEN = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{32,})(?![0-9A-Za-z])"
)


def phones(text: str) -> Iterator[Found]:
    for match in _PHONE.finditer(text):
        if match.group("national")[0] in "1235789":  # UK numbering plan
            yield "phone", match.start(), match.end()


def emails(text: str) -> Iterator[Found]:
    for match in _EMAIL.finditer(text):
        yield "email", match.start(), match.end()


WARN_FINDERS = (postcodes, dates_of_birth, names, phones, emails)
