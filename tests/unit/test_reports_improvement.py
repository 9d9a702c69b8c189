"""A PDSA cycle and a project on a page: every field printed; the aim as a sentence; the driver
diagram; the measures' charts from their own analysis, with each PDSA cycle marked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("app.domain.pdsa", reason="PDSA cycles are not in this build yet")
pytest.importorskip("app.domain.project", reason="projects are not in this build yet")

from app.domain.pdsa import PdsaCycle, Question
from app.domain.project import Aim, DriverNode, Project
from app.domain.spc import analyse
from app.reports.chart_drawing import ChartSpec
from app.reports.improvement_pdf import PdsaPrint, ProjectPrint, pdsa_pdf, project_pdf
from tests.unit.test_reports import (
    PRINTED,
    WARD,
    assert_every_page_is_a4_with_footer,
    assert_printed,
    envelope,
    fonts_of,
    pdf_text,
)

IDEA = DriverNode("Tablet reminder at 02:00 for the night obs round", id="idea-1")
DRIVERS = (
    DriverNode(
        "Reliable observations at night",
        (
            DriverNode("Prompts at the right time", (IDEA, DriverNode("Obs trolley in every bay", id="idea-2"))),
            DriverNode("Staff know the NEWS2 trend matters", (DriverNode("Teach-back at the huddle", id="idea-3"),)),
        ),
    ),
    DriverNode("Escalation that works"),
)
PROJECT = Project(
    "ward-1",
    "Observations on time at night",
    team=("Siân Evans", "Zoë Okafor", "Łukasz Kowalski"),
    sponsor="Nguyễn Thị Lan",
    problem="Night observations are often late; two deteriorations were missed.",
    aim=Aim("observations done on time at night", 79, 95, "%", date(2027, 3, 31)),
    drivers=DRIVERS,
    progress_score=2.5,
    status="Active",
    envelope=envelope("project-1"),
)
CYCLE = PdsaCycle(
    "ward-1",
    "project-1",
    "idea-1",
    1,
    "Tablet reminder, one bay",
    date(2026, 10, 5),
    date(2026, 10, 11),
    purpose="Test a change",
    objective="Will a reminder at 02:00 get the round done on time?",
    questions=(Question("Will obs be on time?", "Yes, 9 in 10", "7 in 10", "The tablet was flat on night 3"),),
    change_tested="Alarm on the bay tablet at 02:00",
    who="Night RN in bay 2",
    place="Bay 2",
    scale_number=1,
    scale_unit="bays",
    measure_ids=("m-1",),
    data_plan="NIC counts obs on time each night",
    observations="Tablet battery flat on night 3",
    improved="Unclear",
    improved_detail="Small numbers so far",
    act="Adapt",
    next_plan="Charge the tablet at 22:00; try two bays",
    envelope=envelope("cycle-1"),
)
VALUES = (70, 72, 69, 75, 74, 78, 80, 82, 85, 84, 86, 88, 87, 90)
CHART = ChartSpec(
    "Observations on time at night (%)",
    tuple(f"{date(2026, 8, 3) + timedelta(weeks=i):%d %b}" for i in range(len(VALUES))),
    VALUES,
    analyse(VALUES, "run"),
    "run",
    target=95,
    improvement="increase",
    marks=((9, "PDSA 1"),),
    notes=("Run chart: IHI rules.",),
)


def test_the_pdsa_cycle_prints_every_field_with_its_measure() -> None:
    data = pdsa_pdf(
        PdsaPrint(WARD, CYCLE, PROJECT.title, IDEA.text, {"m-1": "Observations on time"}, (CHART,)), PRINTED
    )
    text = pdf_text(data)
    c, q = CYCLE, CYCLE.questions[0]
    assert_printed(
        text,
        PROJECT.title,
        IDEA.text,
        "PDSA cycle 1: Tablet reminder, one bay",
        "05 Oct 2026",
        "11 Oct 2026",
        "1 bay",
        "☒ Test a change",
        c.objective,
        q.question,
        q.prediction,
        q.result,
        q.learning,
        c.change_tested,
        c.who,
        c.place,
        "Data to collect: Observations on time",
        c.data_plan,
        c.observations,
        "☒ Unclear",
        c.improved_detail,
        "☒ Adapt",
        c.next_plan,
        "Observations on time at night (%)",
        "PDSA 1",
    )
    assert all(fonts_of(data).values())
    assert_every_page_is_a4_with_footer(data, WARD.name)


def test_the_project_on_a_page_has_the_aim_sentence_drivers_charts_and_cycles() -> None:
    second = PdsaCycle("ward-1", "project-1", "idea-1", 2, "Two bays", date(2026, 10, 19), envelope=envelope("c-2"))
    data = project_pdf(ProjectPrint(WARD, PROJECT, (CHART,), (CYCLE, second)), PRINTED)
    text = pdf_text(data)
    assert_printed(
        text,
        PROJECT.title,
        "Active",
        "2.5: Changes tested, but no improvement",
        PROJECT.sponsor,
        *PROJECT.team,
        "We aim to increase observations done on time at night from 79% to 95% on Ward 7 (Respiratory) by "
        "31 March 2027.",
        PROJECT.problem,
        "Reliable observations at night",
        "Prompts at the right time",
        IDEA.text,
        "PDSA 1, 2; latest decision: Adapt (cycle 1)",
        "Obs trolley in every bay",
        "Staff know the NEWS2 trend matters",
        "Teach-back at the huddle",
        "Escalation that works",
        "Observations on time at night (%)",
        "PDSA 1: Tablet reminder, one bay",
        "PDSA 2: Two bays",
        "19 Oct 2026",
    )
    assert_every_page_is_a4_with_footer(data, WARD.name)


def test_the_services_mark_each_cycle_on_the_measures_own_chart(store, ward) -> None:
    from dataclasses import replace

    from app.domain.measure import MeasureDetails
    from app.services import printing
    from app.services.records.measures import PointEdit

    measure, _ = store.measures.create(
        ward.id, MeasureDetails(name="Obs on time", data_kind="count", frequency="weekly", chart_type="run")
    )
    monday = date(2026, 8, 3)
    store.measures.save_points(
        measure.id, [PointEdit(monday + timedelta(weeks=i), None, {"value": float(v)}) for i, v in enumerate(VALUES)]
    )
    project = replace(PROJECT, ward_id=ward.id, measure_ids=(measure.id,))
    cycle = replace(CYCLE, ward_id=ward.id, measure_ids=(measure.id,))
    text = pdf_text(printing.project_pdf(store, project, (cycle,)))
    assert_printed(text, "Obs on time", "PDSA 1: Tablet reminder, one bay")
    assert "PDSA 1" in pdf_text(printing.pdsa_pdf(store, cycle, project))
