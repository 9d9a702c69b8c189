"""Search across everything: every record type's text (JSON lists included) is found as soon as it
is saved, in the same transaction; deleted records never are; words are marked; wards are kept
apart unless asked."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.action import Action
from app.domain.huddle import AtRiskPatient, Attendee, HuddleSheet, LookBackEvent
from app.domain.measure import MeasureDetails
from app.domain.pdsa import Question
from app.domain.project import Project, add_node
from app.domain.ward import WardDetails
from app.services.records.measures import PointEdit
from app.storage.repositories.search import MARK_END, MARK_START, fts_query

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
DAY = date(2026, 11, 20)


@pytest.fixture
def clocked(store):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


def found(store, text: str, ward_id: str | None) -> dict[str, list[str]]:
    results = store.search.search(text, ward_id)
    return {g.record_type: [h.record_id for h in g.hits] for g in results.groups}


def test_what_a_user_types_becomes_a_safe_query() -> None:
    assert fts_query("falls bay") == '"falls" AND "bay"*'
    assert fts_query("falls ") == '"falls"'
    assert fts_query('"NEAR(a b)" OR -x* ^yz') == '"NEAR" AND "a" AND "b" AND "OR" AND "x" AND "yz"*'
    assert fts_query("  ...  ") == ""
    assert fts_query("bay 2") == '"bay" AND "2"'  # a single character is not a prefix: it would match everything


def test_every_kind_of_record_is_found_by_its_words(clocked, ward) -> None:
    store = clocked
    sheet = store.huddles.save(
        HuddleSheet(
            ward.id,
            DAY,
            "Morning",
            leader="Siân Evans",
            attendees=(Attendee("Zoë Okafor", "HCA"),),
            events=(LookBackEvent("Fall", "Low harm", "W123456", "Hoist sling was frayed"),),
            at_risk=(AtRiskPatient("Bay 3 bed 2", ("Delirium / confusion",), "Cohort bay overnight"),),
            notes="Pharmacy rota changed",
        )
    ).sheet
    action, _ = store.actions.add(Action(ward.id, "Order a replacement sling", owner="Femi", due=DAY))
    reflection, _ = store.reflections.save(
        replace(store.reflections.new_post_event(ward.id), learned="Check the sling label before every transfer")
    )
    tree, driver = add_node((), None, "Safe moving and handling")
    tree, secondary = add_node(tree, driver.id, "Equipment checked daily")
    tree, idea = add_node(tree, secondary.id, "Sling checklist on the hoist")
    project, _ = store.projects.create(Project(ward.id, "Safer hoisting", drivers=tree, problem="Frayed equipment"))
    cycle, _ = store.projects.save_cycle(
        replace(
            store.projects.new_cycle(project, idea.id),
            questions=(Question("Will the night team tick the slings?", "Yes"),),
        )
    )
    measure, _ = store.measures.create(ward.id, MeasureDetails(name="Hoist checks done", frequency="weekly"))
    store.measures.save_points(
        measure.id, [PointEdit(date(2026, 11, 9), None, {"value": 4, "note": "Sling audit week"})]
    )

    assert found(store, "sling", ward.id) == {
        "huddle_sheets": [sheet.id],
        "actions": [action.id],
        "reflections": [reflection.id],
        "projects": [project.id],
        "pdsa_cycles": [cycle.id],
        "data_points": [found(store, "audit", ward.id)["data_points"][0]],
    }
    assert found(store, "cohort overnight", ward.id) == {"huddle_sheets": [sheet.id]}  # at-risk JSON
    assert found(store, "W123456", ward.id) == {"huddle_sheets": [sheet.id]}  # look-back event JSON
    assert found(store, "zoe", ward.id) == {"huddle_sheets": [sheet.id]}  # attendee, accents folded
    assert found(store, "night team", ward.id) == {"pdsa_cycles": [cycle.id]}  # PDSA question JSON
    assert found(store, "hoist checks", ward.id)["measures"] == [measure.id]
    results = store.search.search("frayed", ward.id)
    assert results.groups[0].label == "Huddle sheets"
    assert f"{MARK_START}frayed{MARK_END}" in results.groups[0].hits[0].snippet
    assert results.groups[0].hits[0].plain_snippet.count("frayed") == 1
    assert f"{MARK_START}frayed{MARK_END}" not in results.groups[1].hits[0].title  # project title has no match
    assert results.summary == "2 found: Huddle sheets 1, Improvement projects 1."


def test_a_word_saved_a_moment_ago_is_found_and_gone_after_a_change_or_delete(clocked, ward) -> None:
    store = clocked
    sheet = store.huddles.save(HuddleSheet(ward.id, DAY, "Morning", notes="Nebuliser mask shortage")).sheet
    assert found(store, "nebuliser", ward.id) == {"huddle_sheets": [sheet.id]}
    sheet = store.huddles.save(replace(sheet, notes="Oxygen tubing shortage")).sheet
    assert found(store, "nebuliser", ward.id) == {}
    assert found(store, "tubing", ward.id) == {"huddle_sheets": [sheet.id]}
    store.huddles.delete(sheet)
    assert found(store, "tubing", ward.id) == {}
    assert found(store, "tubing", None) == {}


def test_deleting_a_project_removes_it_and_its_cycles_from_search(clocked, ward) -> None:
    project, _ = clocked.projects.create(Project(ward.id, "Calmer nights"))
    cycle, _ = clocked.projects.save_cycle(replace(clocked.projects.new_cycle(project), objective="Calmer handover"))
    assert set(found(clocked, "calmer", ward.id)) == {"projects", "pdsa_cycles"}
    clocked.projects.delete(project)
    assert found(clocked, "calmer", ward.id) == {}
    assert clocked.search.search("calmer", ward.id).summary == "Nothing found for 'calmer'."


def test_a_save_that_fails_leaves_nothing_in_the_index(clocked, ward) -> None:
    with pytest.raises(RuntimeError), clocked.database.write():
        clocked.actions.add(Action(ward.id, "Defrost the vaccine fridge", due=DAY))
        raise RuntimeError("power cut")
    assert found(clocked, "vaccine", ward.id) == {}


def test_one_ward_does_not_see_another_wards_records_unless_asked(clocked, ward) -> None:
    other, _ = clocked.wards.create_ward(WardDetails(name="Ward 12", trust_code="RX9", ward_code="W12"))
    mine, _ = clocked.actions.add(Action(ward.id, "Audit bed rails", due=DAY))
    theirs, _ = clocked.actions.add(Action(other.id, "Audit bed rails", due=DAY))
    assert found(clocked, "rails", ward.id) == {"actions": [mine.id]}
    assert sorted(found(clocked, "rails", None)["actions"]) == sorted([mine.id, theirs.id])


def test_hits_are_newest_first_and_counted_beyond_the_list(clocked, ward) -> None:
    ids = [clocked.actions.add(Action(ward.id, f"Restock gloves {n}", due=DAY))[0].id for n in range(5)]
    [group] = clocked.search.search("gloves", ward.id, per_type=3).groups
    assert [h.record_id for h in group.hits] == ids[::-1][:3]
    assert group.total == 5


def test_records_written_before_the_index_existed_are_filled_in(clocked, ward) -> None:
    from app.storage.schema.s008_search import SOURCES, fill_search_docs

    action, _ = clocked.actions.add(Action(ward.id, "Service the bladder scanner", due=DAY))
    with clocked.database.write():
        clocked.database.execute("DELETE FROM search_docs")
        assert found(clocked, "scanner", ward.id) == {}
        for source in SOURCES:
            fill_search_docs(clocked.database.db, source)
    assert found(clocked, "scanner", ward.id) == {"actions": [action.id]}


def test_a_hit_says_where_it_opens_and_nothing_once_deleted(clocked, ward) -> None:
    sheet = clocked.huddles.save(HuddleSheet(ward.id, DAY, "Morning", notes="Syringe driver alarm")).sheet
    where = clocked.search.locate("huddle_sheets", sheet.id)
    assert (where.day, where.slot) == (DAY, "Morning")
    measure, _ = clocked.measures.create(ward.id, MeasureDetails(name="Hoist checks done", frequency="weekly"))
    summary, _ = clocked.measures.save_points(
        measure.id, [PointEdit(date(2026, 11, 9), None, {"value": 4, "note": "x"})]
    )
    assert clocked.search.locate("data_points", summary.points[0].id).parent_id == measure.id
    clocked.huddles.delete(sheet)
    assert clocked.search.locate("huddle_sheets", sheet.id) is None
    assert clocked.search.locate("no_such_type", sheet.id) is None
