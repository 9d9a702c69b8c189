"""PDSA cycles (domain-and-forms.md §A4), grouped as ramps under a change idea.

Plain Python, no I/O. A cycle's number counts up within its ramp (the project and change idea);
``previous_cycle_id`` links it to the cycle it builds on. :func:`cycle_prompts` gives gentle
prompts where published reviews find PDSA practice weak (no prediction, a first test that is not
small, cycles not linked, no data over time): words to show beside the form, never a block.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from app.domain.envelope import Envelope, Enveloped, new_uuid
from app.errors import ValidationError

PURPOSES = ("Collect information", "Develop a change", "Test a change", "Implement a change")
SCALE_UNITS = ("patients", "shifts", "staff", "days", "beds", "bays")
IMPROVED_CHOICES = ("", "Yes", "No", "Unclear")
ACT_CHOICES = ("", "Adopt", "Adapt", "Abandon")
ACT_WORDS = {
    "Adopt": "Adopt: keep the change and test it at a larger scale or make it standard",
    "Adapt": "Adapt: change it and test again",
    "Abandon": "Abandon: stop; try a different change idea",
}
#: Above these a first test is not "small" (IHI: start with one nurse, one patient, one shift).
SMALL_FIRST_TEST = {"patients": 5, "shifts": 3, "staff": 5, "days": 7, "beds": 5, "bays": 1}
#: How long after a cycle starts before "no data yet" becomes worth a prompt.
DATA_GRACE_DAYS = 7

MAX_LONG = 4000
MAX_SHORT = 200
MAX_QUESTIONS = 20


@dataclass(frozen=True)
class Question:
    """One question the cycle should answer, the team's prediction, and (at Study) the result."""

    question: str
    prediction: str = ""
    result: str = ""
    learning: str = ""
    id: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class PdsaCycle(Enveloped):
    ward_id: str
    project_id: str
    change_idea_id: str = ""
    cycle_number: int = 1
    title: str = ""
    start_date: date | None = None
    end_date: date | None = None
    # Plan
    purpose: str = "Test a change"
    objective: str = ""
    questions: tuple[Question, ...] = ()
    change_tested: str = ""
    who: str = ""
    place: str = ""
    scale_number: int | None = None
    scale_unit: str = "patients"
    measure_ids: tuple[str, ...] = ()
    data_plan: str = ""
    # Do
    observations: str = ""
    # Study
    improved: str = ""
    improved_detail: str = ""
    # Act
    act: str = ""
    next_plan: str = ""
    previous_cycle_id: str = ""
    envelope: Envelope | None = None

    @property
    def label(self) -> str:
        """'PDSA 2: Tablet reminders, one bay' (what a chart annotation says)."""
        return f"PDSA {self.cycle_number}" + (f": {self.title}" if self.title else "")

    @property
    def scale_text(self) -> str:
        if self.scale_number is None:
            return ""
        unit = self.scale_unit
        if self.scale_number == 1 and unit.endswith("s"):
            unit = {"patients": "patient", "staff": "member of staff"}.get(unit, unit[:-1])
        return f"{self.scale_number} {unit}"

    def validated(self) -> PdsaCycle:
        title = " ".join(self.title.split())
        if len(title) > 80:
            raise ValidationError("Keep the cycle's short name under 80 characters: it labels the chart.", "title")
        if self.cycle_number < 1:
            raise ValidationError("A cycle number starts at 1.", "cycle_number")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError("The cycle cannot end before it starts. Check the end date.", "end_date")
        if self.purpose not in PURPOSES:
            raise ValidationError(f"'{self.purpose}' is not a purpose of a cycle.", "purpose")
        if self.scale_unit not in SCALE_UNITS:
            raise ValidationError(f"'{self.scale_unit}' is not a unit of scale.", "scale_unit")
        if self.scale_number is not None and not 0 < self.scale_number <= 10_000:
            raise ValidationError("The scale of the test is a number from 1 upwards, or blank.", "scale_number")
        if self.improved not in IMPROVED_CHOICES:
            raise ValidationError(f"'{self.improved}' is not an answer to 'did it improve?'.", "improved")
        if self.act not in ACT_CHOICES:
            raise ValidationError(f"'{self.act}' is not an Act decision: choose adopt, adapt or abandon.", "act")
        long_fields = {
            "objective": "objective",
            "change_tested": "change being tested",
            "data_plan": "data plan",
            "observations": "observations",
            "improved_detail": "note on improvement",
            "next_plan": "next cycle's plan",
        }
        cleaned: dict[str, str] = {}
        for name, words in long_fields.items():
            value = getattr(self, name).strip()
            if len(value) > MAX_LONG:
                raise ValidationError(f"Keep the {words} under {MAX_LONG:,} characters.", name)
            cleaned[name] = value
        for name, words in (("who", "'who'"), ("place", "'where'")):
            value = " ".join(getattr(self, name).split())
            if len(value) > MAX_SHORT:
                raise ValidationError(f"Keep {words} under {MAX_SHORT} characters.", name)
            cleaned[name] = value
        if len(self.questions) > MAX_QUESTIONS:
            raise ValidationError(f"Keep a cycle to {MAX_QUESTIONS} questions or fewer.", "questions")
        questions = []
        for number, q in enumerate(self.questions, start=1):
            text = q.question.strip()
            rest = [q.prediction.strip(), q.result.strip(), q.learning.strip()]
            if not text and not any(rest):
                continue  # an empty row is simply dropped
            if not text:
                raise ValidationError(f"Question {number} has a prediction or result but no question.", "questions")
            for value in (text, *rest):
                if len(value) > 1000:
                    raise ValidationError(
                        f"Keep question {number} and its answers under 1,000 characters each.", "questions"
                    )
            questions.append(replace(q, question=text, prediction=rest[0], result=rest[1], learning=rest[2]))
        measures: list[str] = []
        for measure_id in self.measure_ids:
            if measure_id and measure_id not in measures:
                measures.append(measure_id)
        return replace(self, title=title, questions=tuple(questions), measure_ids=tuple(measures), **cleaned)


# ----------------------------------------------------------------------------------------------
# ramps


def ramp_of(cycle: PdsaCycle, cycles: Sequence[PdsaCycle]) -> list[PdsaCycle]:
    """The cycles of the same project and change idea, in cycle-number order (including ``cycle``)."""
    same = [c for c in cycles if c.project_id == cycle.project_id and c.change_idea_id == cycle.change_idea_id]
    if cycle.id is None or all(c.id != cycle.id for c in same):
        same.append(cycle)
    return sorted(same, key=lambda c: (c.cycle_number, c.start_date or date.max))


def group_ramps(cycles: Sequence[PdsaCycle]) -> dict[str, list[PdsaCycle]]:
    """Cycles by change idea id ('' for cycles not linked to one), each ramp in number order."""
    out: dict[str, list[PdsaCycle]] = {}
    for cycle in sorted(cycles, key=lambda c: (c.cycle_number, c.start_date or date.max)):
        out.setdefault(cycle.change_idea_id, []).append(cycle)
    return out


def next_cycle(cycle: PdsaCycle, number: int, today: date) -> PdsaCycle:
    """The next cycle in the ramp, pre-filled from this one: the plan written at Act becomes its
    objective; the change, people, place, scale and measures carry over; the questions carry over
    without predictions or results (a new test needs new predictions)."""
    start = max(today, (cycle.end_date or today) + timedelta(days=1)) if cycle.end_date else today
    return PdsaCycle(
        ward_id=cycle.ward_id,
        project_id=cycle.project_id,
        change_idea_id=cycle.change_idea_id,
        cycle_number=number,
        title=cycle.title,
        start_date=start,
        purpose=cycle.purpose,
        objective=cycle.next_plan,
        questions=tuple(Question(q.question) for q in cycle.questions),
        change_tested=cycle.change_tested,
        who=cycle.who,
        place=cycle.place,
        scale_number=cycle.scale_number,
        scale_unit=cycle.scale_unit,
        measure_ids=cycle.measure_ids,
        data_plan=cycle.data_plan,
        previous_cycle_id=cycle.id or "",
    )


# ----------------------------------------------------------------------------------------------
# prompts


def cycle_prompts(
    cycle: PdsaCycle,
    ramp: Sequence[PdsaCycle] = (),
    data_periods: Mapping[str, Sequence[date]] | None = None,
    *,
    measure_names: Mapping[str, str] | None = None,
    period_days: Mapping[str, int] | None = None,
    today: date | None = None,
) -> list[str]:
    """Gentle prompts where PDSA practice is commonly weak. ``ramp`` is the cycles of the same
    change idea; ``data_periods`` the dates of each linked measure's data points (when known) and
    ``period_days`` how often each is collected (7 for weekly, 31 for monthly: no prompt until two
    periods have passed). Returns plain sentences; an empty list means nothing to point out."""
    prompts: list[str] = []
    names = measure_names or {}
    questions = [q for q in cycle.questions if q.question.strip()]
    if not questions:
        prompts.append("Write at least one question this cycle should answer, with your prediction of the answer.")
    else:
        missing = [str(n) for n, q in enumerate(questions, start=1) if not q.prediction.strip()]
        if missing:
            which = f"Question {missing[0]} has" if len(missing) == 1 else f"Questions {', '.join(missing)} have"
            prompts.append(
                f"{which} no prediction. Write down what you expect to happen before you test: "
                "Study compares the result with it."
            )
    earlier = [c for c in ramp if c.cycle_number < cycle.cycle_number and c.id != cycle.id]
    if not earlier and cycle.scale_number is not None:
        limit = SMALL_FIRST_TEST.get(cycle.scale_unit)
        if limit is not None and cycle.scale_number > limit:
            prompts.append(
                f"This is the first cycle of the ramp and it tests on {cycle.scale_text}. A first test "
                "works best small (one nurse, one patient, one shift): what could you test by next Tuesday?"
            )
    if earlier:
        before = max(earlier, key=lambda c: c.cycle_number)
        if not cycle.previous_cycle_id or cycle.previous_cycle_id not in {c.id for c in earlier}:
            prompts.append(
                f"This cycle is not linked to cycle {before.cycle_number} before it. Start cycles from "
                "'Plan the next cycle' so the ramp shows what each one learned."
            )
        if not before.act:
            prompts.append(
                f"Cycle {before.cycle_number} has no Act decision yet (adopt, adapt or abandon): record "
                "it so this cycle builds on what was learned."
            )
    if not cycle.change_idea_id:
        prompts.append("This cycle is not under a change idea. Pick one from the driver diagram so it joins a ramp.")
    if not cycle.measure_ids:
        prompts.append(
            "No measure is linked under 'Data to collect'. Link one so you can see over time, on a "
            "chart, whether the change is an improvement."
        )
    elif data_periods is not None and cycle.start_date is not None:
        today = today or date.today()
        for measure_id in cycle.measure_ids:
            wait = max(DATA_GRACE_DAYS, 2 * (period_days or {}).get(measure_id, 1))
            if (today - cycle.start_date).days >= wait:
                since = [d for d in data_periods.get(measure_id, ()) if d >= cycle.start_date]
                if len(since) < 2:
                    name = names.get(measure_id, "a linked measure")
                    prompts.append(
                        f"'{name}' has {len(since) or 'no'} data point{'s' if len(since) != 1 else ''} "
                        f"since this cycle started on {cycle.start_date:%d %b %Y}. Keep collecting it "
                        "over time: one point cannot show a change."
                    )
    if cycle.act and questions and any(not q.result.strip() for q in questions):
        prompts.append(f"Study: write the result beside each prediction before deciding to {cycle.act.lower()}.")
    return prompts
