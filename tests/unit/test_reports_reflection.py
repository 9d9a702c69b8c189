"""Reflection sheets (§A2 hot debrief, §A3 later reflection): filled with every field, and blank."""

from __future__ import annotations

from datetime import date

from app.domain.action import Action
from app.domain.reflection import LATER, POST_EVENT, Participant, Reflection, SeipsFactor, TrainingNeed
from app.reports.reflection_pdf import ReflectionPrint, blank_reflection_pdf, reflection_pdf
from tests.unit.test_reports import (
    PRINTED,
    WARD,
    assert_every_page_is_a4_with_footer,
    assert_printed,
    envelope,
    fonts_of,
    long_text,
    pdf_text,
)

SEIPS = (
    SeipsFactor("person", "Helped", "HCA spotted the patient looked 'not right'"),
    SeipsFactor("tasks", "Hindered", "Trend not part of the obs round"),
    SeipsFactor("tools", "Both", "Alert went to a busy bleep"),
    SeipsFactor("organisation", "Hindered", "Outreach handover unclear at night"),
    SeipsFactor("internal", "Not applicable", ""),
    SeipsFactor("external", "Helped", "Bed found on HDU within the hour"),
)


def hot_debrief() -> Reflection:
    return Reflection(
        ward_id="ward-1",
        kind=POST_EVENT,
        huddle_date=date(2026, 11, 11),
        huddle_time="13:30",
        facilitator="Zoë Okafor",
        participants=(
            Participant("Siân Evans", "Registered nurse"),
            Participant("Nguyễn Thị Lan", "HCA"),
            Participant("", "Family member or carer"),
        ),
        support=("Check-in from manager", "Peer support"),
        training_needs=(TrainingNeed("Recognising the deteriorating patient (RESTORE2)", "All HCAs"),),
        event_date=date(2026, 11, 10),
        event_time="02:40",
        event_type="Near miss (good catch)",
        category="Deterioration",
        reported="Yes",
        incident_ref="W395018",
        physical_harm="Low harm",
        psychological_harm="Low psychological harm",
        ground_rules_agreed=True,
        aar_expected="NEWS2 of 5 or more escalated to outreach within 30 minutes",
        aar_happened="NEWS2 rose from 3 to 7 over 4 hours; outreach was called at 7",
        aar_difference="Observations were on time but nobody looked at the trend",
        seips=SEIPS,
        everyday_work="Unsure",
        shift_impact="Major disruption",
        shift_impact_detail="Two nurses off the floor for an hour",
        team_impact="Łukasz was shaken; checked in later",
        immediate_actions="Patient moved to HDU; NIC reviews every NEWS2 of 5 or more",
        learned="Look at the trend, not the single score – and trust the 'not right' feeling",
        documentation="Summary to matron; learning in the governance log £0 cost",
        share_at_huddle=True,
        shared_on=date(2026, 11, 12),
        later_due=date(2026, 12, 8),
        envelope=envelope("reflection-1"),
    )


ACTIONS = (
    Action(
        "ward-1",
        "Add the NEWS2 trend to the safety huddle board",
        owner="Siân Evans",
        due=date(2026, 11, 28),
        source_type="reflection",
        source_id="reflection-1",
        envelope=envelope("a-1"),
    ),
    Action(
        "ward-1",
        "Ask IT to send e-obs alerts to the nurse in charge",
        owner="Łukasz Kowalski",
        due=date(2026, 11, 29),
        status="Done",
        source_type="reflection",
        source_id="reflection-1",
        envelope=envelope("a-2"),
    ),
)


def test_the_hot_debrief_prints_all_26_fields() -> None:
    r = hot_debrief()
    data = reflection_pdf(
        ReflectionPrint(POST_EVENT, WARD, r, ACTIONS, timing="1 day 10 h between the event and the huddle."), PRINTED
    )
    text = pdf_text(data)
    assert_printed(
        text,
        "10 Nov 2026",
        "02:40",
        "11 Nov 2026",
        "13:30",
        "1 day 10 h between the event and the huddle",  # 1, 2
        "☒ Near miss (good catch)",
        "☒ Deterioration",
        "system? ☒ Yes ☐ Not yet",
        r.incident_ref,  # 3-6
        "☒ Low harm",
        "☒ Low psychological harm",
        r.facilitator,  # 7-9
        "Siân Evans",
        "Nguyễn Thị Lan",
        "Family member or carer",
        "(no blame, confidentiality)? ☒ Yes",  # 10, 11
        r.aar_expected,
        r.aar_happened,
        r.aar_difference,  # 12-14
        *(f.notes for f in SEIPS if f.notes),
        "Person(s)",
        "External environment",
        "☒ Both",  # 15
        "here? ☐ Yes ☐ No ☒ Unsure",
        "☒ Major disruption",
        r.shift_impact_detail,
        r.team_impact,  # 16-18
        "☒ Check-in from manager ☒ Peer support ☐ Professional",
        *(t.need for t in r.training_needs),
        "All HCAs",
        r.immediate_actions,
        r.learned,  # 21, 22
        *(a.text for a in ACTIONS),
        "Łukasz Kowalski",
        "28 Nov 2026",
        "Done",  # 23
        r.documentation,
        "next daily huddle? ☒ Yes ☐ No",
        "shared on 12 Nov 2026",
        "08 Dec 2026",  # 24-26
        "Not a substitute for incident reporting",
    )
    assert all(fonts_of(data).values())
    assert_every_page_is_a4_with_footer(data, "Ward 7 (Respiratory)")


def test_the_later_reflection_prints_all_9_fields() -> None:
    r = Reflection(
        ward_id="ward-1",
        kind=LATER,
        huddle_date=date(2026, 12, 8),
        huddle_time="14:00",
        facilitator="Amara Patel",
        participants=(Participant("Zoë Okafor", "Registered nurse"),),
        post_event_id="reflection-1",
        understand_differently="The alert went to a bleep nobody carried at night",
        everyday_changes="NEWS2 trend now on the huddle board every morning",
        team_now="Recovered",
        team_now_detail="Łukasz says he is fine now",
        support=("Time out",),
        training_needs=(TrainingNeed("Escalation refresher", "Night staff"),),
        envelope=envelope("reflection-2"),
    )
    data = reflection_pdf(
        ReflectionPrint(
            LATER,
            WARD,
            r,
            ACTIONS,
            linked_debrief="Deterioration (near miss) on 10 Nov 2026",
            linked_work="Project: Spotting deterioration sooner",
        ),
        PRINTED,
    )
    text = pdf_text(data)
    assert_printed(
        text,
        "Deterioration (near miss) on 10 Nov 2026",
        "08 Dec 2026",
        "14:00",
        "Amara Patel",
        "Zoë Okafor",
        r.understand_differently,
        *(a.text for a in ACTIONS),
        "Status now",
        "Done",
        r.everyday_changes,
        "☒ Recovered ☐ Still affected ☐ Unsure",
        r.team_now_detail,
        "☒ Time out",
        "Escalation refresher",
        "Night staff",
        "Project: Spotting deterioration sooner",
    )


def test_long_reflection_text_prints_about_a_page_then_says_the_rest_is_in_the_app() -> None:
    import re
    from dataclasses import replace

    r = replace(hot_debrief(), aar_happened=long_text(3, "H"))
    data = reflection_pdf(ReflectionPrint(POST_EVENT, WARD, r), PRINTED)
    text = pdf_text(data)
    printed, typed = re.findall(r"\bH\d{4}\b", text), re.findall(r"\bH\d{4}\b", r.aar_happened)
    assert 30 < len(printed) < len(typed) and printed == typed[: len(printed)]  # the start, in order
    assert "… continued in the app" in text
    assert_every_page_is_a4_with_footer(data, "Ward 7 (Respiratory)")


def test_the_blank_reflection_templates_have_every_question_and_empty_boxes() -> None:
    data = blank_reflection_pdf((POST_EVENT, LATER), None, PRINTED)
    text = pdf_text(data)
    assert "☒" not in text
    assert_printed(
        text,
        "Post-event reflection huddle (hot debrief)",
        "Event date",
        "Huddle time",
        "Facilitator",
        "☐ Patient safety incident",
        "☐ Fall",
        "☐ Not yet",
        "Local incident reference",
        "☐ Fatal",
        "☐ Severe psychological harm",
        "Participants",
        "Ground rules agreed",
        "What was expected to happen?",
        "What actually happened?",
        "Why was there a difference?",
        "Tools & technology",
        "☐ Hindered",
        "everyday work here?",
        "☐ Major disruption",
        "Impact on team members",
        "☐ Occupational health or EAP",
        "Training needs identified",
        "Immediate actions taken to reduce risk",
        "What have we learned?",
        "Follow-up actions",
        "documented or escalated",
        "next daily huddle? ☐ Yes ☐ No",
        "Later reflection on:",
        "Later reflection huddle",
        "Follows the hot debrief",
        "what do we understand differently?",
        "Were the actions done?",
        "Has anything changed in everyday work?",
        "☐ Recovered ☐ Still affected ☐ Unsure",
        "Further support needed",
        "Further training needed",
        "Link to improvement work",
    )
    assert all(fonts_of(data).values())
    assert_every_page_is_a4_with_footer(data, "Ward:")
