"""PDSA cycles as chart marks, each with the change idea it tests (or its project), so that two
cycles both numbered 1 (cycle numbers restart for each change idea) read apart on a chart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.domain.measure_series import Annotation
from app.domain.pdsa import PdsaCycle
from app.domain.project import Project


def cycle_group(cycle: PdsaCycle, project: Project | None) -> str:
    if project is None:
        return ""
    idea = project.change_idea(cycle.change_idea_id) if cycle.change_idea_id else None
    return f"{project.title}: {idea.text}" if idea is not None else project.title


def cycle_marks(cycles: Iterable[PdsaCycle], projects: Mapping[str, Project | None]) -> list[Annotation]:
    """One mark per cycle with a start date, at that date (``projects`` by id)."""
    return [
        Annotation(c.start_date, c.label, "pdsa", group=cycle_group(c, projects.get(c.project_id)))
        for c in cycles
        if c.start_date is not None
    ]
