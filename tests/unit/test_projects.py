"""Improvement projects: the aim sentence, the driver diagram tree, validation, and the service
under the envelope rules (stale saves refused, deletes are tombstones that take the cycles too)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.project import (
    PROGRESS_SCORES,
    Aim,
    DriverNode,
    Project,
    add_node,
    aim_sentence,
    change_ideas,
    move_node,
    remove_node,
    rename_node,
    validate_drivers,
)
from app.errors import StaleRecordError, ValidationError
from app.services.changes import Changes

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def clocked(store):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


def diagram() -> tuple[DriverNode, ...]:
    tree, reliable = add_node((), None, "Reliable observation rounds")
    tree, know = add_node(tree, reliable.id, "Staff know when obs are due")
    tree, _ = add_node(tree, know.id, "E-obs reminders on the ward tablets")
    tree, _ = add_node(tree, know.id, "Obs-due board at the nurses' station")
    tree, _ = add_node(tree, None, "Escalation is easy")
    return tree


# -- the aim ------------------------------------------------------------------------------------


def test_the_aim_is_one_sentence_with_what_how_much_where_and_when() -> None:
    aim = Aim("Observations done on time", 79, 95, "%", date(2026, 3, 31))
    assert aim_sentence(aim, "Ward 7") == (
        "We aim to increase observations done on time from 79% to 95% on Ward 7 by 31 March 2026."
    )
    assert aim_sentence(Aim("NEWS2 escalation time", 42.5, 20, "minutes")) == (
        "We aim to reduce NEWS2 escalation time from 42.5 minutes to 20 minutes."
    )
    assert aim_sentence(Aim()).startswith("No aim yet")
    assert Aim("Falls").gaps() == ["where you start from (the baseline)", "how much (the target)", "by when"]


# -- the driver diagram -------------------------------------------------------------------------


def test_the_driver_diagram_has_three_levels_under_the_aim() -> None:
    tree = diagram()
    assert [n.text for n in tree] == ["Reliable observation rounds", "Escalation is easy"]
    assert [n.text for n in change_ideas(tree)] == [
        "E-obs reminders on the ward tablets",
        "Obs-due board at the nurses' station",
    ]
    idea = change_ideas(tree)[0]
    with pytest.raises(ValidationError, match="last level"):
        add_node(tree, idea.id, "Too deep")
    with pytest.raises(ValidationError, match="words"):
        add_node(tree, None, "   ")


def test_nodes_are_renamed_moved_and_removed_keeping_their_ids() -> None:
    tree = diagram()
    first, second = change_ideas(tree)
    renamed = rename_node(tree, first.id, "  Tablet   reminders ")
    assert change_ideas(renamed)[0] == replace(first, text="Tablet reminders")
    moved = move_node(renamed, second.id, -1)
    assert [n.id for n in change_ideas(moved)] == [second.id, first.id]
    assert move_node(moved, second.id, -1) == moved  # already at the top: stays put
    without = remove_node(moved, tree[0].id)  # a primary driver and everything under it
    assert [n.text for n in without] == ["Escalation is easy"] and change_ideas(without) == []


def test_a_diagram_with_two_nodes_sharing_an_id_is_refused() -> None:
    node = DriverNode("Reliable rounds", id="same")
    with pytest.raises(ValidationError, match="same id"):
        validate_drivers((node, DriverNode("Escalation", id="same")))


# -- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "  "}, "title", "short title"),
        ({"progress_score": 2.2}, "progress_score", "0.5, 1.0"),
        ({"status": "Dormant"}, "status", "not a project status"),
        ({"aim": Aim("Obs on time", 80, 120, "%")}, "aim_target", "between 0 and 100"),
        ({"aim": Aim("Obs on time", float("nan"))}, "aim_baseline", "must be a number"),
    ],
)
def test_bad_projects_are_refused_with_the_field_named(clocked, ward, changes, field, words) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        clocked.projects.create(replace(Project(ward.id, "Obs on time"), **changes))
    assert caught.value.field == field
    assert clocked.projects.list_for_ward(ward.id) == []


def test_every_progress_score_has_its_descriptor() -> None:
    assert list(PROGRESS_SCORES) == [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0]
    assert PROGRESS_SCORES[2.5] == "Changes tested, but no improvement"


# -- the service ----------------------------------------------------------------------------------


def test_a_project_reopens_with_its_aim_diagram_measures_and_team(clocked, ward) -> None:
    project = Project(
        ward.id,
        " Obs on  time ",
        team=("Siân Evans", "siân evans", "Zoë Okafor"),
        sponsor="Matron Ahmed",
        problem="Late obs on nights",
        aim=Aim("Observations done on time", 79, 95, "%", date(2027, 3, 31)),
        drivers=diagram(),
        measure_ids=("m1", "m1", "m2"),
        progress_score=2.5,
    )
    saved, changes = clocked.projects.create(project)
    assert changes == Changes.PROJECTS
    again = clocked.projects.get(saved.id)
    assert again == saved
    assert (again.title, again.team, again.measure_ids) == ("Obs on time", ("Siân Evans", "Zoë Okafor"), ("m1", "m2"))
    assert again.drivers == project.drivers and again.aim.by_when == date(2027, 3, 31)
    assert again.envelope.rev == 1 and again.envelope.ward_id == ward.id
    assert clocked.projects.aim_sentence(again).endswith("on Ward 7 (Respiratory) by 31 March 2027.")


def test_a_save_from_a_stale_screen_is_refused_and_overwrites_nothing(clocked, ward) -> None:
    saved, _ = clocked.projects.create(Project(ward.id, "Obs on time"))
    mine, theirs = replace(saved, problem="mine"), replace(saved, problem="theirs")
    clocked.projects.save(theirs)
    with pytest.raises(StaleRecordError, match="Nothing was overwritten"):
        clocked.projects.save(mine)
    assert clocked.projects.get(saved.id).problem == "theirs"


def test_deleting_a_project_tombstones_it_and_its_cycles(clocked, ward) -> None:
    project, _ = clocked.projects.create(Project(ward.id, "Obs on time", drivers=diagram()))
    idea = change_ideas(project.drivers)[0]
    cycle, _ = clocked.projects.save_cycle(clocked.projects.new_cycle(project, idea.id))
    changes = clocked.projects.delete(project)
    assert changes & Changes.MEASURES  # the cycles' marks leave the charts
    assert clocked.projects.list_for_ward(ward.id) == []
    assert clocked.projects.cycles_for(project.id) == []
    rows = clocked.database.rows("SELECT deleted, rev FROM pdsa_cycles WHERE uuid = ?", [cycle.id])
    assert rows == [{"deleted": 1, "rev": 2}]
    assert clocked.audit.recent()[0].counts == {"projects": 1, "pdsa_cycles": 1}


def test_projects_are_ward_records_that_cannot_be_hard_deleted(clocked, ward) -> None:
    import sqlite3

    project, _ = clocked.projects.create(Project(ward.id, "Obs on time"))
    with pytest.raises(sqlite3.DatabaseError, match="tombstoned"):
        clocked.database.execute("DELETE FROM projects WHERE uuid = ?", [project.id])
