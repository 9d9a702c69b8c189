"""The culture pulse (domain-and-forms.md §A6): a quarterly local run of the nine National Quarterly
Pulse Survey (NQPS) engagement items, entered as anonymous counts per answer.

Plain Python, no I/O. Each stored item keeps its question's full text and the year of that
wording, never only its number: Staff Survey numbers move between years. Results (percentages,
charts) are shown only for items with at least :data:`MIN_RESPONSES` answers, so a small team's
answers cannot be picked out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from app.domain.envelope import Envelope, Enveloped
from app.errors import ValidationError

MIN_RESPONSES = 5
MAX_COUNT = 999

SCALES: dict[str, tuple[str, ...]] = {
    "frequency": ("Never", "Rarely", "Sometimes", "Often", "Always"),
    "agreement": ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
}
#: The answers counted as positive (the Staff Survey reports "% often or always" and "% agree or
#: strongly agree").
POSITIVE = {"frequency": ("Often", "Always"), "agreement": ("Agree", "Strongly agree")}
POSITIVE_WORDS = {"frequency": "often or always", "agreement": "agree or strongly agree"}

#: The year of the NQPS wording below (the items and scales as published; check against the current
#: questionnaire before release: the five-point scales are the usual Staff Survey formats).
NQPS_YEAR = 2024


@dataclass(frozen=True)
class PulseQuestion:
    text: str
    dimension: str
    scale: str
    year: int
    number: int = 0  # its position in that year's questionnaire: for display only

    @property
    def options(self) -> tuple[str, ...]:
        return SCALES[self.scale]

    @property
    def key(self) -> str:
        """What an item is matched on across quarters: its words, not its number."""
        return " ".join(self.text.lower().split())


NQPS_QUESTIONS: tuple[PulseQuestion, ...] = tuple(
    PulseQuestion(text, dimension, scale, NQPS_YEAR, number)
    for number, (text, dimension, scale) in enumerate(
        (
            ("I often/always look forward to going to work", "Motivation", "frequency"),
            ("I am often/always enthusiastic about my job", "Motivation", "frequency"),
            ("Time often/always passes quickly when I am working", "Motivation", "frequency"),
            ("There are frequent opportunities for me to show initiative in my role", "Involvement", "agreement"),
            ("I am able to make suggestions to improve the work of my team/department", "Involvement", "agreement"),
            ("I am able to make improvements happen in my area of work", "Involvement", "agreement"),
            ("Care of patients/service users is my organisation's top priority", "Advocacy", "agreement"),
            ("I would recommend my organisation as a place to work", "Advocacy", "agreement"),
            (
                "If a friend or relative needed treatment I would be happy with the standard of care provided by "
                "this organisation",
                "Advocacy",
                "agreement",
            ),
        ),
        start=1,
    )
)


# ----------------------------------------------------------------------------------------------
# quarters (NHS financial year: Q1 = April to June)


def quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def is_quarter_start(day: date) -> bool:
    return day.day == 1 and day.month in (1, 4, 7, 10)


def shift_quarter(start: date, steps: int) -> date:
    months = start.year * 12 + start.month - 1 + 3 * steps
    return date(months // 12, months % 12 + 1, 1)


def quarter_label(start: date) -> str:
    """'Q1 2025/26 (Apr–Jun 2025)'."""
    fy = start.year if start.month >= 4 else start.year - 1
    number = {4: 1, 7: 2, 10: 3, 1: 4}[start.month]
    last_month = start.replace(month=start.month + 2)
    return f"Q{number} {fy}/{(fy + 1) % 100:02d} ({start:%b}–{last_month:%b %Y})"


def short_quarter_label(start: date) -> str:
    fy = start.year if start.month >= 4 else start.year - 1
    number = {4: 1, 7: 2, 10: 3, 1: 4}[start.month]
    return f"Q{number} {fy}/{(fy + 1) % 100:02d}"


def national_pulse_note(start: date) -> str:
    """The NQPS is not run in Q3 (October to December), when the annual Staff Survey runs."""
    if start.month == 10:
        return (
            "The national pulse survey is not run in Q3, when the annual NHS Staff Survey runs. A local pulse "
            "is still fine, but it is not comparable with a national quarter."
        )
    return ""


# ----------------------------------------------------------------------------------------------
# results


@dataclass(frozen=True)
class PulseItem:
    question: PulseQuestion
    counts: tuple[int, ...]  # one per answer option, in the scale's order

    @property
    def responses(self) -> int:
        return sum(self.counts)

    @property
    def shown(self) -> bool:
        return self.responses >= MIN_RESPONSES

    @property
    def positive(self) -> int:
        wanted = POSITIVE[self.question.scale]
        return sum(n for option, n in zip(self.question.options, self.counts, strict=False) if option in wanted)

    @property
    def positive_percent(self) -> float | None:
        """None when hidden (fewer than MIN_RESPONSES answers)."""
        if not self.shown:
            return None
        return 100.0 * self.positive / self.responses

    def summary(self) -> str:
        if self.responses == 0:
            return "No answers entered."
        if not self.shown:
            return f"Hidden: fewer than {MIN_RESPONSES} answers, so no result is shown."
        return f"{self.positive_percent:.0f}% {POSITIVE_WORDS[self.question.scale]} ({self.responses} answers)"


def blank_items(questions: Sequence[PulseQuestion] = NQPS_QUESTIONS) -> tuple[PulseItem, ...]:
    return tuple(PulseItem(q, (0,) * len(q.options)) for q in questions)


@dataclass(frozen=True)
class PulseSurvey(Enveloped):
    ward_id: str
    quarter_start: date
    items: tuple[PulseItem, ...] = ()
    note: str = ""  # what the team heard and what it will do
    envelope: Envelope | None = None

    @property
    def label(self) -> str:
        return quarter_label(self.quarter_start)

    def validated(self) -> PulseSurvey:
        if not is_quarter_start(self.quarter_start):
            raise ValidationError("A pulse is for a quarter: April, July, October or January.", "quarter_start")
        if not self.items:
            raise ValidationError("The pulse has no questions.", "items")
        seen: set[str] = set()
        items = []
        for number, item in enumerate(self.items, start=1):
            q = item.question
            text = " ".join(q.text.split())
            if not text:
                raise ValidationError(f"Question {number} has no words.", "items")
            if q.key in seen:
                raise ValidationError(f"The question '{text}' appears twice.", "items")
            seen.add(q.key)
            if q.scale not in SCALES:
                raise ValidationError(f"'{q.scale}' is not an answer scale.", "items")
            if not 2000 <= q.year <= 2100:
                raise ValidationError(f"The year of question {number}'s wording ({q.year}) is not sensible.", "items")
            if len(item.counts) != len(q.options):
                raise ValidationError(f"Question {number} needs one count per answer.", "items")
            for option, count in zip(q.options, item.counts, strict=False):
                if isinstance(count, bool) or not isinstance(count, int):
                    raise ValidationError(f"'{count}' is not a whole number (question {number}, {option}).", "items")
                if count < 0:
                    raise ValidationError(f"A count cannot be negative (question {number}, {option}).", "items")
                if count > MAX_COUNT:
                    raise ValidationError(
                        f"{count} answers to question {number} ({option}) is more than a ward team: check the number.",
                        "items",
                    )
            items.append(PulseItem(replace(q, text=text), tuple(item.counts)))
        note = self.note.strip()
        if len(note) > 4000:
            raise ValidationError("Keep the note under 4,000 characters.", "note")
        return replace(self, items=tuple(items), note=note)


@dataclass(frozen=True)
class ItemSeries:
    """One question over the quarters: the % positive per quarter (None when hidden or missing)."""

    question: PulseQuestion
    quarters: tuple[date, ...]
    percents: tuple[float | None, ...]
    responses: tuple[int, ...]

    @property
    def hidden_quarters(self) -> int:
        return sum(1 for n in self.responses if 0 < n < MIN_RESPONSES)


def item_series(surveys: Sequence[PulseSurvey]) -> list[ItemSeries]:
    """Each question (matched on its words) charted over the quarters of ``surveys``; the questions
    in the order of the newest survey, then any older ones no longer asked."""
    ordered = sorted(surveys, key=lambda s: s.quarter_start)
    quarters = tuple(s.quarter_start for s in ordered)
    questions: dict[str, PulseQuestion] = {}
    for survey in reversed(ordered):
        for item in survey.items:
            questions.setdefault(item.question.key, item.question)
    out = []
    for key, question in questions.items():
        percents, responses = [], []
        for survey in ordered:
            item = next((i for i in survey.items if i.question.key == key), None)
            percents.append(None if item is None else item.positive_percent)
            responses.append(0 if item is None else item.responses)
        out.append(ItemSeries(question, quarters, tuple(percents), tuple(responses)))
    return out
