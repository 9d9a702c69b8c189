"""Use cases for the ward's improvement board: ideas from anyone and where they stand, and what the
board shows (this week's focus, key measures, days since harm, celebrations, open improvement
actions, "You said, we did").

Every user action is one transaction; a move or an edit names the revision the screen loaded, so
a stale board (a second window) is refused and overwrites nothing. Moving an idea to Testing needs
a PDSA cycle: :meth:`BoardService.move` refuses with :class:`NeedsCycle` and
:meth:`BoardService.start_cycle_for` starts one and moves the card, as one action. The weekly
improvement huddle is in app/services/records/improvement_huddles.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.action import Action
from app.domain.idea import CLOSED, MAX_FOCUS, STATUSES, TESTING, Idea, moved
from app.domain.measure_series import MeasureChart
from app.domain.pdsa import PdsaCycle
from app.errors import NotFound, ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.records.actions import ActionService
from app.services.records.huddles import HuddleService
from app.services.records.projects import ProjectService
from app.storage.repositories.board import IdeaRepository, ImprovementHuddleRepository

IDEA_CHANGES = Changes.PROJECTS
IMPROVEMENT_SOURCE = "improvement"  # the source_type of next steps in the action register
KEY_MEASURES = 4
YOU_SAID_SHOWN = 5


class NeedsCycle(ValidationError):
    """Testing needs a PDSA cycle: the screen offers to start one."""


@dataclass(frozen=True)
class KeyMeasure:
    measure_id: str
    name: str
    chart: MeasureChart | None
    problem: str = ""


@dataclass(frozen=True)
class HarmCount:
    name: str
    days: int | None  # None: no harm recorded yet


@dataclass(frozen=True)
class FocusIdea:
    idea: Idea
    cycle_label: str
    project_title: str


@dataclass(frozen=True)
class Board:
    ward_id: str
    today: date
    columns: dict[str, list[Idea]]
    focus: list[FocusIdea]
    measures: list[KeyMeasure]
    harms: list[HarmCount]
    celebrations: str
    celebrations_from: date | None
    actions: list[Action]
    you_said: list[Idea]
    cycle_labels: dict[str, str]


class BoardService:
    def __init__(
        self, ctx: ServiceContext, projects: ProjectService, actions: ActionService, huddles: HuddleService
    ) -> None:
        self.ctx = ctx
        self.projects = projects
        self.actions = actions
        self.huddles = huddles
        self.ideas = IdeaRepository(ctx.database)
        self.weekly = ImprovementHuddleRepository(ctx.database)

    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    # -- ideas --------------------------------------------------------------------------------------
    def ideas_for(self, ward_id: str) -> list[Idea]:
        return self.ideas.for_ward(ward_id)

    def get(self, idea_id: str) -> Idea:
        return self.ideas.get(idea_id)

    def add_idea(self, ward_id: str, text: str, offered_by: str = "") -> tuple[Idea, Changes]:
        """Record an idea in one line; ``offered_by`` blank means anonymous."""
        today = self.today()
        clean = Idea(ward_id=ward_id, text=text, offered_by=offered_by, offered_on=today, status_changed_on=today)
        clean = clean.validated()
        with self.ctx.database.write():
            saved = self.ideas.add(clean, self.ctx.write_context())
        return saved, IDEA_CHANGES

    def save_idea(self, idea: Idea) -> tuple[Idea, Changes]:
        """Save an edit of an idea (its words, who offered it, the reason, "You said, we did") made
        on a screen that loaded revision ``idea.rev``; a newer revision refuses it."""
        if idea.id is None or idea.rev is None:
            raise ValidationError("This idea has not been saved yet.")
        clean = idea.validated()
        with self.ctx.database.write():
            saved = self.ideas.update(clean, idea.rev, self.ctx.write_context())
        return saved, IDEA_CHANGES

    def move(self, idea: Idea, status: str, *, reason: str = "", cycle_id: str = "") -> tuple[Idea, Changes]:
        """Move a card to another column. Testing needs a PDSA cycle (:class:`NeedsCycle` if the
        idea has none); a closed column needs the reason."""
        if idea.id is None or idea.rev is None:
            raise ValidationError("This idea has not been saved yet.")
        if status == TESTING and not (cycle_id or idea.pdsa_cycle_id):
            raise NeedsCycle(
                "An idea in Testing is tested in a PDSA cycle, and this one has none yet. Start a cycle for it.",
                "pdsa_cycle_id",
            )
        project_id = ""
        if cycle_id:
            cycle = self.projects.cycles.find(cycle_id)
            if cycle is None:
                raise NotFound("That PDSA cycle no longer exists; it may have been deleted.")
            project_id = cycle.project_id
        target = moved(idea, status, today=self.today(), reason=reason, cycle_id=cycle_id, project_id=project_id)
        return self.save_idea(target)

    def start_cycle_for(self, idea: Idea, project_id: str, change_idea_id: str = "") -> tuple[Idea, PdsaCycle, Changes]:
        """Start a PDSA cycle testing this idea (named after it) and move the card to Testing, as
        one action."""
        if idea.id is None or idea.rev is None:
            raise ValidationError("This idea has not been saved yet.")
        project = self.projects.projects.find(project_id)
        if project is None or project.ward_id != idea.ward_id:
            raise NotFound("That project no longer exists; it may have been deleted.")
        draft = self.projects.new_cycle(project, change_idea_id)
        draft = replace(draft, title=idea.text[:80], change_tested=idea.text, objective=f"Test the idea: {idea.text}")
        with self.ctx.database.write():
            cycle, _ = self.projects.save_cycle(draft)
            assert cycle.id is not None
            saved, _ = self.move(idea, TESTING, cycle_id=cycle.id)
        return saved, cycle, IDEA_CHANGES | Changes.MEASURES

    def set_focus(self, idea: Idea, on: bool) -> tuple[Idea, Changes]:
        """Make an idea in Testing one of this week's focus (at most two), or take it off."""
        if on and idea.status != TESTING:
            raise ValidationError("Only an idea in Testing can be this week's focus.", "focus")
        if on and not idea.focus:
            others = [i for i in self.ideas.focus_ids(idea.ward_id) if i != idea.id]
            if len(others) >= MAX_FOCUS:
                raise ValidationError(
                    f"This week's focus already has {MAX_FOCUS} ideas: a board works with a few. Take one off first.",
                    "focus",
                )
        return self.save_idea(replace(idea, focus=on))

    def delete_idea(self, idea: Idea) -> Changes:
        if idea.id is None or idea.rev is None:
            raise ValidationError("This idea has not been saved, so there is nothing to delete.")
        with self.ctx.database.write():
            self.ideas.tombstone(idea.id, idea.rev, self.ctx.write_context())
            self.ctx.audit("idea deleted", {"ideas": 1})
        return IDEA_CHANGES

    def cycle_choices(self, ward_id: str) -> list[tuple[str, str]]:
        """(cycle id, 'Project: PDSA 2: ...') of every cycle an idea can be tested in."""
        return [(cid, label) for kind, cid, label in self.projects.link_choices(ward_id) if kind == "pdsa"]

    def project_choices(self, ward_id: str) -> list[tuple[str, str]]:
        return [(p.id or "", p.title) for p in self.projects.list_for_ward(ward_id) if p.status == "Active"]

    # -- what the board shows ---------------------------------------------------------------------------
    def key_measure_ids(self, ward_id: str) -> list[str]:
        """The measures of the ward's active projects (in project order), else its own measures."""
        ids: list[str] = []
        for project in self.projects.list_for_ward(ward_id):
            if project.status == "Active":
                ids += [m for m in project.measure_ids if m not in ids]
        if not ids:
            ids = [m.id for m in self.projects.measures.list_for_ward(ward_id) if m.id]
        return ids[:KEY_MEASURES]

    def key_measures(self, ward_id: str) -> list[KeyMeasure]:
        out = []
        for measure_id in self.key_measure_ids(ward_id):
            try:
                measure = self.projects.measures.get(measure_id)
                chart = self.projects.measures.chart(measure_id)
            except WardHuddleError as error:
                out.append(KeyMeasure(measure_id, "(measure deleted)", None, str(error)))
                continue
            out.append(KeyMeasure(measure_id, measure.name, chart, chart.problem))
        return out

    def improvement_actions(self, ward_id: str) -> list[Action]:
        """Open actions from the weekly improvement huddles, oldest due first."""
        found = [a for a in self.actions.open_actions(ward_id) if a.source_type == IMPROVEMENT_SOURCE]
        return sorted(found, key=lambda a: (a.due or date.max, a.raised_on or date.min))

    def board(self, ward_id: str, *, with_measures: bool = True, today: date | None = None) -> Board:
        """Everything the board shows; ``today`` (default: now) dates the days since harm."""
        today = today or self.today()
        ideas = self.ideas.for_ward(ward_id)
        columns: dict[str, list[Idea]] = {status: [] for status in STATUSES}
        for idea in ideas:
            columns[idea.status].append(idea)
        labels = self._cycle_labels(ward_id)
        titles = {p.id: p.title for p in self.projects.list_for_ward(ward_id)}
        focus = [
            FocusIdea(i, labels.get(i.pdsa_cycle_id, ""), titles.get(i.project_id, ""))
            for i in columns[TESTING]
            if i.focus
        ]
        ward = self.huddles.wards.find(ward_id)
        harms = (
            [HarmCount(h.name, self.huddles.days_since_harm(ward_id, h, today)) for h in ward.details.focus_harms]
            if ward
            else []
        )
        latest = self.weekly.for_ward(ward_id, limit=1)
        you_said = [i for i in ideas if i.status in CLOSED and i.you_said_we_did][:YOU_SAID_SHOWN]
        return Board(
            ward_id,
            today,
            columns,
            focus,
            self.key_measures(ward_id) if with_measures else [],
            harms,
            latest[0].celebrations if latest else "",
            latest[0].huddle_date if latest else None,
            self.improvement_actions(ward_id),
            you_said,
            labels,
        )

    def _cycle_labels(self, ward_id: str) -> dict[str, str]:
        return dict(self.cycle_choices(ward_id))
