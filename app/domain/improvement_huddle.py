"""The weekly improvement huddle (NES Team Huddles / ihub Value Management: a 15-minute huddle
around the visual management board): who came, what each idea in testing tested and learned, the
decisions, celebrations, next steps and whether the key measures stay within their limits.

Plain Python, no I/O. What was tested and learned belongs to the idea's PDSA cycle: it is written
into that cycle's Study note as one dated block per weekly huddle (:func:`with_study_block`), and
read back from there (:func:`study_block`), so there is never a second copy to drift apart. The
huddle record keeps only which idea and cycle, and the decision. Next steps are actions in the
shared register (source "improvement"). The measures reviewed are taken from the SPC analysis when
the huddle is saved, never typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from app.domain.envelope import Envelope, Enveloped
from app.errors import ValidationError

DECISIONS = ("", "Adopt", "Adapt", "Abandon", "Next cycle")
DECISION_WORDS = {
    "": "No decision yet",
    "Adopt": "Adopt: keep the change",
    "Adapt": "Adapt: change it and test again",
    "Abandon": "Abandon: stop and try a different idea",
    "Next cycle": "Next cycle: test again, a little bigger",
}
WITHIN = "Within limits"
SPECIAL = "Special cause"
NO_SIGNAL = "No special cause (run chart)"
NO_LIMITS = "Not enough data yet"
MAX_TEXT = 1000
MAX_ATTENDEES = 60

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_HEADER_RE = re.compile(r"^Weekly improvement huddle (\d{2} [A-Z][a-z]{2} \d{4}):$")


def _day_text(day: date) -> str:
    """'04 Dec 2026' whatever the computer's language (the note is read back by this text)."""
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def _header(day_text: str) -> str:
    return f"Weekly improvement huddle {day_text}:"


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    staff_id: str | None = None


@dataclass(frozen=True)
class TestedIdea:
    """One idea in testing as the huddle discussed it. ``tested`` and ``learned`` live in the
    cycle's Study note; they are filled in when the huddle is read."""

    idea_id: str
    cycle_id: str
    decision: str = ""
    tested: str = ""
    learned: str = ""


@dataclass(frozen=True)
class MeasureReview:
    measure_id: str
    name: str
    verdict: str  # WITHIN / SPECIAL / NO_SIGNAL / NO_LIMITS
    words: str  # the variation (and assurance) in words, from the analysis


@dataclass(frozen=True)
class ImprovementHuddle(Enveloped):
    ward_id: str
    huddle_date: date
    attendees: tuple[Person, ...] = ()
    tested: tuple[TestedIdea, ...] = ()
    celebrations: str = ""
    measures: tuple[MeasureReview, ...] = ()
    notes: str = ""
    envelope: Envelope | None = None

    def validated(self) -> ImprovementHuddle:
        if len(self.attendees) > MAX_ATTENDEES:
            raise ValidationError(f"A weekly huddle lists at most {MAX_ATTENDEES} people.", "attendees")
        people: list[Person] = []
        seen: set[str] = set()
        for person in self.attendees:
            name = " ".join(person.name.split())
            if not name or name.lower() in seen:
                continue
            if len(name) > 100:
                raise ValidationError("Keep each name under 100 characters.", "attendees")
            seen.add(name.lower())
            people.append(replace(person, name=name, role=" ".join(person.role.split())))
        tested: list[TestedIdea] = []
        for item in self.tested:
            if item.decision not in DECISIONS:
                raise ValidationError(f"'{item.decision}' is not a decision: adopt, adapt, abandon or next cycle.")
            for words, value in (("what was tested", item.tested), ("what was learned", item.learned)):
                if len(value.strip()) > MAX_TEXT:
                    raise ValidationError(f"Keep {words} under {MAX_TEXT:,} characters.", "tested")
            tested.append(replace(item, tested=item.tested.strip(), learned=item.learned.strip()))
        for name, value in (("celebrations", self.celebrations), ("notes", self.notes)):
            if len(value.strip()) > 4 * MAX_TEXT:
                raise ValidationError(f"Keep the {name} under {4 * MAX_TEXT:,} characters.", name)
        return replace(
            self,
            attendees=tuple(people),
            tested=tuple(tested),
            celebrations=self.celebrations.strip(),
            notes=self.notes.strip(),
        )


def measure_verdict(variation_icon: str | None, has_limits: bool) -> str:
    """What the weekly huddle reads out for a measure, from its chart's variation icon."""
    if variation_icon is None:
        return NO_LIMITS
    if variation_icon != "common_cause":
        return SPECIAL
    return WITHIN if has_limits else NO_SIGNAL


# -- the Study note's dated blocks ------------------------------------------------------------------
def _blocks(text: str) -> list[tuple[str | None, list[str]]]:
    """The note as (header date text or None for free text, lines) runs."""
    out: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in text.splitlines():
        match = _HEADER_RE.match(line.strip())
        if match:
            out.append((match.group(1), []))
        elif out[-1][0] is not None and not line.strip():
            out.append((None, []))
        else:
            out[-1][1].append(line)
    return out


def study_block(note: str, day: date) -> tuple[str, str]:
    """(tested, learned) written into a cycle's Study note by the weekly huddle of ``day``."""
    wanted = _day_text(day)
    for header, lines in _blocks(note):
        if header == wanted:
            tested = [line[len("Tested: ") :] for line in lines if line.startswith("Tested: ")]
            learned = [line[len("Learned: ") :] for line in lines if line.startswith("Learned: ")]
            return " ".join(tested), " ".join(learned)
    return "", ""


def with_study_block(note: str, day: date, tested: str, learned: str) -> str:
    """The Study note with the weekly huddle of ``day``'s block written (replacing any earlier
    version of that block, so saving again never repeats it) or removed when both are blank.
    Everything else in the note is kept as it was."""
    wanted = _day_text(day)
    tested, learned = " ".join(tested.split()), " ".join(learned.split())
    block = [_header(wanted)]
    block += [f"Tested: {tested}"] if tested else []
    block += [f"Learned: {learned}"] if learned else []
    parts: list[str] = []
    placed = False
    for header, lines in _blocks(note):
        if header == wanted:
            if (tested or learned) and not placed:
                parts.append("\n".join(block))
            placed = True
            continue
        body = "\n".join(lines).strip("\n")
        if header is not None:
            parts.append("\n".join([_header(header), *lines]).strip("\n"))
        elif body.strip():
            parts.append(body)
    if not placed and (tested or learned):
        parts.append("\n".join(block))
    return "\n\n".join(parts)
