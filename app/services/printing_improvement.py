"""Printing improvement work (PDSA cycles and projects) and measures' charts for paper.

The projects and PDSA records are passed in as domain objects; the measures' charts are read
through the measures service, with each cycle marked on them. ``chart_spec`` turns a measure's
chart (as the Measures screen analyses it) into what app/reports draws.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.errors import NotFound
from app.services.printing_support import printed_at, usable

if TYPE_CHECKING:
    from app.domain.chart_figure import AimTarget
    from app.domain.measure_series import MeasureChart
    from app.domain.pdsa import PdsaCycle
    from app.domain.project import Project
    from app.reports.chart_drawing import ChartSpec
    from app.services.store import AppStore


def pdsa_pdf(store: AppStore, cycle: PdsaCycle, project: Project) -> bytes:
    from app.reports.improvement_pdf import PdsaPrint
    from app.reports.improvement_pdf import pdsa_pdf as render

    with usable(store) as reader:
        ward = reader.wards.get(cycle.ward_id)
        names = {m.id: m.name for m in reader.measures.all_for_ward(ward.id)}
        charts = _measure_charts_with_cycles(reader, cycle.measure_ids, (cycle,))
    idea = project.change_idea(cycle.change_idea_id) if cycle.change_idea_id else None
    data = PdsaPrint(ward, cycle, project.title, idea.text if idea else "", names, charts)
    return render(data, printed_at(store))


def project_pdf(store: AppStore, project: Project, cycles: tuple[PdsaCycle, ...] = ()) -> bytes:
    from app.reports.improvement_pdf import ProjectPrint
    from app.reports.improvement_pdf import project_pdf as render

    with usable(store) as reader:
        ward = reader.wards.get(project.ward_id)
        charts = _measure_charts_with_cycles(reader, project.measure_ids, cycles, project)
    return render(ProjectPrint(ward, project, charts, tuple(cycles)), printed_at(store))


def measure_charts(store: AppStore, ward_id: str, up_to: date | None = None) -> tuple[ChartSpec, ...]:
    """Every measure of the ward as drawn on the Measures screen (its own analyse() result);
    with ``up_to``, only the data points up to that day, analysed as they stood then."""
    if up_to is None:
        return tuple(chart_spec(measure.name, chart) for measure, chart in store.measures.overview(ward_id))
    from app.domain.measure_series import chart_for

    specs = []
    derived = None  # every series worked out from the huddle sheets, from one read of the records
    for measure in store.measures.all_for_ward(ward_id):
        if measure.is_derived:
            if derived is None:
                derived = store.measures.derived.all_points(ward_id)
            series = derived.get(measure.id, [])
        else:
            series = store.measures.points(measure.id)
        points = [p for p in series if p.period <= up_to]
        specs.append(chart_spec(measure.name, chart_for(measure.details, points, no_data="No data by then.")))
    return tuple(specs)


def chart_spec(name: str, chart: MeasureChart, aim: AimTarget | None = None) -> ChartSpec:
    """A measure's chart for paper: the same figure (lines, labels, marks, words) the screen draws."""
    from app.domain.chart_figure import figure_for
    from app.reports.chart_drawing import ChartSpec

    unit = chart.details.display_unit
    title = name + (f" ({unit})" if unit and unit not in name else "")
    return ChartSpec(title, figure=figure_for(chart, aim=aim, title=title))


def _measure_charts_with_cycles(
    store: AppStore, measure_ids: tuple[str, ...], cycles: tuple[PdsaCycle, ...], project: Project | None = None
) -> tuple[ChartSpec, ...]:
    from app.domain.chart_figure.aim import aim_target_for
    from app.domain.chart_figure.cycles import cycle_marks

    marks = cycle_marks(cycles, {project.id: project} if project is not None else {})
    specs = []
    for measure_id in measure_ids:
        try:
            measure = store.measures.get(measure_id)
        except NotFound:
            continue  # a measure deleted since it was linked
        aim = aim_target_for(project, measure.id, measure.name) if project is not None else None
        specs.append(chart_spec(measure.name, store.measures.chart(measure_id, marks), aim))
    return tuple(specs)
