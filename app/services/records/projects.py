"""Use cases for improvement projects and their PDSA cycles (§A4, §A5).

Every user action is one transaction. Saves name the revision the screen loaded: a save from a
stale screen is refused and overwrites nothing; a delete is a tombstone (deleting a project
tombstones its cycles in the same transaction). PDSA cycles appear on the charts of the measures
they collect data on, through :meth:`ProjectService.annotations_for_measure`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.chart_figure.cycles import cycle_marks
from app.domain.measure import split_derived_id
from app.domain.measure_series import Annotation, MeasureChart
from app.domain.pdsa import PdsaCycle, cycle_prompts, group_ramps, next_cycle, ramp_of
from app.domain.project import DriverNode, Project, aim_sentence, change_ideas, descendants, find_node
from app.errors import NotFound, ValidationError, WardHuddleError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.services.records.measures import MeasureService
from app.storage.repositories.projects import CycleRepository, ProjectRepository

#: Saving a cycle can change what the measures' charts show (its annotation).
CYCLE_CHANGES = Changes.PROJECTS | Changes.MEASURES

NOT_LINKED = "Not linked to a change idea"
PERIOD_DAYS = {"daily": 1, "weekly": 7, "monthly": 31, "event": 1}


@dataclass(frozen=True)
class Ramp:
    """The cycles testing one change idea, in order."""

    change_idea_id: str
    label: str  # the change idea's words, or NOT_LINKED
    cycles: tuple[PdsaCycle, ...]
    removed: bool = False  # the change idea has since been deleted from the diagram


@dataclass(frozen=True)
class LinkedMeasure:
    measure_id: str
    name: str
    chart: MeasureChart | None  # None when the measure no longer exists
    problem: str = ""


class ProjectService:
    def __init__(self, ctx: ServiceContext, measures: MeasureService) -> None:
        self.ctx = ctx
        self.measures = measures
        self.projects = ProjectRepository(ctx.database)
        self.cycles = CycleRepository(ctx.database)

    def today(self) -> date:
        return self.ctx.now().astimezone().date()

    # -- projects ---------------------------------------------------------------------------
    def list_for_ward(self, ward_id: str) -> list[Project]:
        return self.projects.for_ward(ward_id)

    def get(self, project_id: str) -> Project:
        return self.projects.get(project_id)

    def create(self, project: Project) -> tuple[Project, Changes]:
        clean = project.validated()
        with self.ctx.database.write():
            saved = self.projects.add(replace(clean, envelope=None), self.ctx.write_context())
            self.ctx.audit("project created", {"projects": 1})
        return saved, Changes.PROJECTS

    def save(self, project: Project) -> tuple[Project, Changes]:
        """Insert a new project or update one still at the revision the screen loaded."""
        if not project.is_saved:
            return self.create(project)
        clean = project.validated()
        assert clean.rev is not None
        with self.ctx.database.write():
            saved = self.projects.update(clean, clean.rev, self.ctx.write_context())
        return saved, Changes.PROJECTS | Changes.MEASURES

    def delete(self, project: Project) -> Changes:
        """Tombstone the project and all its cycles, as one action."""
        if project.id is None or project.rev is None:
            raise ValidationError("This project has not been saved, so there is nothing to delete.")
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            self.projects.tombstone(project.id, project.rev, wctx)
            cycles = self.cycles.for_project(project.id)
            for cycle in cycles:
                assert cycle.id is not None and cycle.rev is not None
                self.cycles.tombstone(cycle.id, cycle.rev, wctx)
            self.ctx.audit("project deleted", {"projects": 1, "pdsa_cycles": len(cycles)})
        return CYCLE_CHANGES

    def link_choices(self, ward_id: str) -> list[tuple[str, str, str]]:
        """What a reflection can link to: ('project', id, title) for each project, each followed by
        ('pdsa', id, 'title: PDSA 2: ...') for its cycles."""
        out: list[tuple[str, str, str]] = []
        for project in self.projects.for_ward(ward_id):
            assert project.id is not None
            out.append(("project", project.id, project.title))
            for cycle in sorted(
                self.cycles.for_project(project.id), key=lambda c: (c.start_date or date.max, c.cycle_number)
            ):
                out.append(("pdsa", cycle.id or "", f"{project.title}: {cycle.label}"))
        return out

    def aim_sentence(self, project: Project) -> str:
        ward = self.measures.derived.wards.find(project.ward_id)
        return aim_sentence(project.aim, ward.name if ward else "")

    def cycles_under(self, project: Project, node_id: str) -> list[PdsaCycle]:
        """Cycles testing this change idea, or any change idea under this driver."""
        found = find_node(project.drivers, node_id)
        if found is None or project.id is None:
            return []
        ids = {node_id} | {n.id for n in descendants(found[0])}
        return [c for c in self.cycles.for_project(project.id) if c.change_idea_id in ids]

    # -- measures -----------------------------------------------------------------------------
    def measure_choices(self, ward_id: str) -> list[tuple[str, str]]:
        """(id, name) of every measure a project or cycle can link: the ward's own and those
        worked out from the huddle sheets."""
        return [(m.id, m.name) for m in self.measures.all_for_ward(ward_id)]

    def linked_measures(self, project: Project) -> list[LinkedMeasure]:
        """The project's measures with their charts (for the variation and assurance icons); the
        cycles are on the charts as annotations."""
        out = []
        for measure_id in project.measure_ids:
            try:
                measure = self.measures.get(measure_id)
                chart = self.measures.chart(measure_id, self.annotations_for_measure(measure_id))
            except WardHuddleError as error:
                out.append(LinkedMeasure(measure_id, "(measure deleted)", None, str(error)))
                continue
            out.append(LinkedMeasure(measure_id, measure.name, chart, chart.problem))
        return out

    def annotations_for_measure(self, measure_id: str) -> list[Annotation]:
        """Every live PDSA cycle that collects data on this measure, as a chart annotation at the
        cycle's start date (label 'PDSA 2: Tablet reminders, one bay'). Cycles with no start date
        are left off: they have no place on a time axis yet."""
        ward_id = self._ward_of_measure(measure_id)
        if ward_id is None:
            return []
        cycles = self.cycles.for_measure(ward_id, measure_id)
        # each cycle's change idea tells two "PDSA 1"s apart on the chart
        return cycle_marks(cycles, {pid: self.projects.find(pid) for pid in {c.project_id for c in cycles}})

    def _ward_of_measure(self, measure_id: str) -> str | None:
        derived = split_derived_id(measure_id)
        if derived is not None:
            return derived[0]
        try:
            return self.measures.get(measure_id).ward_id or None
        except WardHuddleError:
            return None

    # -- cycles ---------------------------------------------------------------------------------
    def cycles_for(self, project_id: str) -> list[PdsaCycle]:
        return self.cycles.for_project(project_id)

    def get_cycle(self, cycle_id: str) -> PdsaCycle:
        return self.cycles.get(cycle_id)

    def ramps(self, project: Project) -> list[Ramp]:
        """The project's cycles grouped by change idea, in the order of the driver diagram; ramps
        whose change idea was removed from the diagram come last, then cycles not linked to one."""
        if project.id is None:
            return []
        grouped = group_ramps(self.cycles.for_project(project.id))
        out = []
        for idea in change_ideas(project.drivers):
            if idea.id in grouped:
                out.append(Ramp(idea.id, idea.text, tuple(grouped.pop(idea.id))))
        for idea_id, cycles in grouped.items():
            if idea_id:
                out.append(Ramp(idea_id, "Change idea removed from the diagram", tuple(cycles), removed=True))
        if "" in grouped:
            out.append(Ramp("", NOT_LINKED, tuple(grouped[""])))
        return out

    def new_cycle(self, project: Project, change_idea_id: str = "") -> PdsaCycle:
        """A new, unsaved first (or next) cycle of the ramp, starting today."""
        if project.id is None:
            raise ValidationError("Save the project before adding PDSA cycles to it.")
        if change_idea_id and project.change_idea(change_idea_id) is None:
            raise ValidationError("That change idea is no longer in the driver diagram.", "change_idea_id")
        number = self.cycles.max_number(project.id, change_idea_id) + 1
        return PdsaCycle(
            ward_id=project.ward_id,
            project_id=project.id,
            change_idea_id=change_idea_id,
            cycle_number=number,
            start_date=self.today(),
            measure_ids=project.measure_ids[:1],
        )

    def save_cycle(self, cycle: PdsaCycle) -> tuple[PdsaCycle, Changes]:
        """Insert a new cycle (its number is the next in its ramp, worked out inside the
        transaction) or update one still at the revision the screen loaded."""
        clean = cycle.validated()
        project = self.projects.find(clean.project_id)
        if project is None:
            raise NotFound("The project of this cycle no longer exists; it may have been deleted.")
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            if clean.is_saved:
                assert clean.rev is not None
                saved = self.cycles.update(clean, clean.rev, wctx)
            else:
                current = self.cycles.for_project(clean.project_id)
                ramp = [c for c in current if c.change_idea_id == clean.change_idea_id]
                if any(c.cycle_number == clean.cycle_number for c in ramp):
                    clean = replace(clean, cycle_number=max(c.cycle_number for c in ramp) + 1)
                saved = self.cycles.add(clean, wctx)
        return saved, CYCLE_CHANGES

    def move_cycle(self, cycle: PdsaCycle, change_idea_id: str) -> tuple[PdsaCycle, Changes]:
        """Put a saved cycle under another change idea: it becomes the next cycle of that ramp."""
        if cycle.change_idea_id == change_idea_id:
            return self.save_cycle(cycle)
        assert cycle.project_id
        number = self.cycles.max_number(cycle.project_id, change_idea_id) + 1
        return self.save_cycle(replace(cycle, change_idea_id=change_idea_id, cycle_number=number, previous_cycle_id=""))

    def plan_next_cycle(self, cycle: PdsaCycle) -> tuple[PdsaCycle, PdsaCycle, Changes]:
        """Save this cycle and create the next one in its ramp, pre-filled from it (its plan at Act
        becomes the next objective), as one action. Returns (this cycle, the next, changes)."""
        clean = cycle.validated()
        with self.ctx.database.write():
            saved, _ = self.save_cycle(clean)
            assert saved.id is not None
            number = self.cycles.max_number(saved.project_id, saved.change_idea_id) + 1
            following = self.cycles.add(next_cycle(saved, number, self.today()), self.ctx.write_context())
        return saved, following, CYCLE_CHANGES

    def delete_cycle(self, cycle: PdsaCycle) -> Changes:
        if cycle.id is None or cycle.rev is None:
            raise ValidationError("This cycle has not been saved, so there is nothing to delete.")
        with self.ctx.database.write():
            self.cycles.tombstone(cycle.id, cycle.rev, self.ctx.write_context())
            self.ctx.audit("PDSA cycle deleted", {"pdsa_cycles": 1})
        return CYCLE_CHANGES

    def prompts_for(self, cycle: PdsaCycle) -> list[str]:
        """The gentle prompts for this cycle as it stands (see app.domain.pdsa.cycle_prompts)."""
        ramp = ramp_of(cycle, self.cycles.for_project(cycle.project_id)) if cycle.project_id else [cycle]
        periods: dict[str, list[date]] = {}
        names: dict[str, str] = {}
        spacing: dict[str, int] = {}
        for measure_id in cycle.measure_ids:
            try:
                measure = self.measures.get(measure_id)
                names[measure_id] = measure.name
                spacing[measure_id] = PERIOD_DAYS.get(measure.details.frequency, 1)
                periods[measure_id] = [p.period for p in self.measures.points(measure_id)]
            except WardHuddleError:
                periods[measure_id] = []
        return cycle_prompts(cycle, ramp, periods, measure_names=names, period_days=spacing, today=self.today())

    @staticmethod
    def change_ideas(project: Project) -> list[DriverNode]:
        return change_ideas(project.drivers)
