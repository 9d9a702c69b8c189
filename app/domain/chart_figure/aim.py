"""Which of a project's measures its aim is about, and the aim line to draw on that chart.

The aim ("increase NEWS2 observations done on time from 79% to 95%") names its own target, which
may differ from the measure's day-to-day target (90%): the project's page draws the aim's. The
aim is about the project's only measure, or, when it has several, those whose names share at
least half of the aim's words."""

from __future__ import annotations

import re

from app.domain.chart_figure.build import AimTarget
from app.domain.project import Project, format_amount


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in {"the", "and", "per", "done"}}


def aim_target_for(project: Project, measure_id: str, measure_name: str) -> AimTarget | None:
    aim = project.aim
    if aim.target is None or not project.measure_ids:
        return None
    if measure_id not in project.measure_ids:
        return None
    wanted = _words(aim.what)
    shared = len(wanted & _words(measure_name))
    if len(project.measure_ids) > 1 and shared < max(1, (len(wanted) + 1) // 2):
        return None
    text = format_amount(aim.target, aim.unit)
    if aim.by_when is not None:
        text += f" by {aim.by_when.day} {aim.by_when:%b %Y}"
    return AimTarget(aim.target, text)
