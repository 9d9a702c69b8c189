"""Improvement work on paper: a PDSA cycle (domain-and-forms.md §A4) and a project on a page
(§A5: the aim as a sentence, the driver diagram, the measures' charts drawn from their own
analyse() results with the PDSA cycles marked, and the cycles tested so far).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.pdsa import ACT_CHOICES, IMPROVED_CHOICES, PURPOSES, PdsaCycle
from app.domain.project import PROGRESS_SCORES, DriverNode, Project, aim_sentence, progress_label, walk
from app.domain.ward import Ward
from app.reports import styles as st
from app.reports.chart_drawing import SHAPES_NOTE, ChartSpec, chart_flowables
from app.reports.document import PrintMeta, build_pdf, running_header
from app.reports.form import Form
from app.reports.styles import text


@dataclass(frozen=True)
class PdsaPrint:
    ward: Ward
    cycle: PdsaCycle
    project_title: str = ""
    change_idea: str = ""
    measure_names: Mapping[str, str] = field(default_factory=dict)
    charts: tuple[ChartSpec, ...] = ()


@dataclass(frozen=True)
class ProjectPrint:
    ward: Ward
    project: Project
    charts: tuple[ChartSpec, ...] = ()
    cycles: tuple[PdsaCycle, ...] = ()


def _ward_label(ward: Ward) -> str:
    return ward.name


# -- PDSA cycle -------------------------------------------------------------------------------


def pdsa_heading(data: PdsaPrint) -> str:
    return f"{data.cycle.label} · {data.project_title or 'PDSA cycle'} · {data.ward.name}"


def pdsa_pdf(data: PdsaPrint, printed_at: datetime) -> bytes:
    meta = PrintMeta(
        title=pdsa_heading(data),
        ward_label=_ward_label(data.ward),
        printed_at=printed_at,
        subject="PDSA cycle",
        running_header=pdsa_heading(data),
    )
    return build_pdf(pdsa_story(data), meta)


def pdsa_story(data: PdsaPrint) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    c = data.cycle
    form = Form(blank=False)
    v = form.value
    form.add(running_header(pdsa_heading(data)))
    form.title(f"PDSA cycle {c.cycle_number}" + (f": {c.title}" if c.title else ""), text(data.ward.name))
    form.grid(
        [
            [("Project", v(data.project_title), 2), ("Change idea (ramp)", v(data.change_idea), 2)],
            [
                ("Cycle number", v(c.cycle_number)),
                ("Start", v(_day(c.start_date))),
                ("End", v(_day(c.end_date))),
                ("Scale of the test", v(c.scale_text)),
            ],
        ]
    )
    form.choice("Purpose:", PURPOSES, {c.purpose})

    form.heading("Plan")
    form.long_text("Objective: what do we want to learn?", c.objective, lines=3)
    rows = [[text(q.question), v(q.prediction)] for q in c.questions]
    form.add(form.para("<b>Questions and predictions</b>", form.s.body))
    form.table(("Question", "Prediction"), rows, (0.5, 0.5), empty="No questions yet.")
    form.long_text("Change being tested", c.change_tested, lines=3)
    form.grid([[("Who", v(c.who), 2), ("Where", v(c.place), 2)]])
    names = [data.measure_names.get(m, "a measure no longer on this ward") for m in c.measure_ids]
    form.add(form.para(f"<b>Data to collect:</b> {text(', '.join(names)) if names else st.NOT_RECORDED}", form.s.body))
    form.long_text("How, when and by whom", c.data_plan, lines=2)

    form.heading("Do")
    form.long_text("What happened: observations, problems, surprises", c.observations, lines=4)

    form.heading("Study")
    rows = [[text(q.question), v(q.prediction), v(q.result), v(q.learning)] for q in c.questions]
    form.table(
        ("Question", "Prediction", "Result", "Learning"), rows, (0.25, 0.25, 0.25, 0.25), empty="No questions yet."
    )
    form.choice(
        "Did the change lead to improvement?",
        tuple(i for i in IMPROVED_CHOICES if i),
        {c.improved},
        detail=c.improved_detail,
        detail_label="Detail",
    )

    form.heading("Act")
    form.choice("Decision:", tuple(a for a in ACT_CHOICES if a), {c.act})
    form.long_text("Plan for the next cycle", c.next_plan, lines=3)
    if data.charts:
        form.add(CondPageBreak(90 * st.MM))
        form.heading("Measures")
        form.add(*chart_flowables(data.charts, height=62 * st.MM))
    return form.story


# -- project on a page ------------------------------------------------------------------------


def project_heading(data: ProjectPrint) -> str:
    return f"{data.project.title} · {data.ward.name}"


def project_pdf(data: ProjectPrint, printed_at: datetime) -> bytes:
    meta = PrintMeta(
        title=project_heading(data),
        ward_label=_ward_label(data.ward),
        printed_at=printed_at,
        subject="Improvement project on a page",
        running_header=project_heading(data),
    )
    return build_pdf(project_story(data), meta)


def project_story(data: ProjectPrint) -> list[Any]:
    from reportlab.platypus import CondPageBreak, Paragraph

    p = data.project
    form = Form(blank=False)
    v = form.value
    form.add(running_header(project_heading(data)))
    form.title(p.title, text(data.ward.name))
    score = progress_label(p.progress_score) if p.progress_score in PROGRESS_SCORES else str(p.progress_score)
    form.grid(
        [
            [("Status", v(p.status)), ("Progress score (IHI)", v(score), 3)],
            [("Sponsor or lead", v(p.sponsor)), ("Team", v(", ".join(p.team)), 3)],
        ]
    )
    form.add(Paragraph(f"<b>Aim:</b> {text(aim_sentence(p.aim, data.ward.name))}", form.s.long_text))
    form.long_text("The problem and why it matters", p.problem, lines=3)

    form.heading("Driver diagram")
    _driver_table(form, p, data.cycles)

    if data.charts:
        form.add(CondPageBreak(100 * st.MM))
        form.heading("Measures")
        form.note(
            "Charts drawn from the same analysis as the Measures screen; a dashed vertical line labelled "
            f"'PDSA n' above the chart marks the start of each cycle. {SHAPES_NOTE}"
        )
        form.add(*chart_flowables(data.charts, height=62 * st.MM))

    form.heading("PDSA cycles")
    ideas = {node.id: node.text for node, _depth in walk(p.drivers)}
    rows = [
        [
            text(c.label),
            form.value(ideas.get(c.change_idea_id, "")),
            _day(c.start_date) or st.NOT_RECORDED,
            _day(c.end_date) or st.NOT_RECORDED,
            form.value(c.act),
        ]
        for c in _ordered(data.cycles)
    ]
    form.table(
        ("Cycle", "Change idea", "Start", "End", "Act"), rows, (0.3, 0.3, 0.14, 0.14, 0.12), empty="No PDSA cycles yet."
    )
    return form.story


def _driver_table(form: Form, project: Project, cycles: tuple[PdsaCycle, ...]) -> None:
    """Aim → primary drivers → secondary drivers → change ideas, one row per change idea (a driver
    without children still gets its row), with the PDSA cycles tested under each change idea."""
    tested: dict[str, list[PdsaCycle]] = {}
    for cycle in _ordered(cycles):
        tested.setdefault(cycle.change_idea_id, []).append(cycle)
    rows: list[list[str]] = []
    for primary in project.drivers:
        secondaries = primary.children or (DriverNode(""),)
        for s_index, secondary in enumerate(secondaries):
            ideas = secondary.children or (DriverNode(""),)
            for i_index, idea in enumerate(ideas):
                ramp = tested.get(idea.id, []) if idea.text else []
                cycles_text = ""
                if ramp:
                    decided = [c for c in ramp if c.act]
                    latest = (
                        f"; latest decision: {text(decided[-1].act)} (cycle {decided[-1].cycle_number})"
                        if decided
                        else ""
                    )
                    cycles_text = (
                        f'<br/><font size="{st.SMALL}" color="{st.GREY_TEXT}">PDSA '
                        f"{', '.join(str(c.cycle_number) for c in ramp)}{latest}</font>"
                    )
                rows.append(
                    [
                        text(primary.text) if s_index == 0 and i_index == 0 else "",
                        text(secondary.text) if i_index == 0 else "",
                        (text(idea.text) + cycles_text) if idea.text else "",
                    ]
                )
    form.table(
        ("Primary driver", "Secondary driver", "Change idea"),
        rows,
        (0.3, 0.33, 0.37),
        empty="No drivers yet: add them on the project's Driver diagram tab.",
    )


def _ordered(cycles: tuple[PdsaCycle, ...]) -> list[PdsaCycle]:
    return sorted(cycles, key=lambda c: (c.start_date or date.max, c.cycle_number))


def _day(value: date | None) -> str:
    return f"{value:%d %b %Y}" if value else ""
