"""Improvement ideas on the board and the weekly improvement huddle: status changes, the PDSA link,
the Study text written once, stale saves refused, tombstones."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.idea import ADOPTED, AGREED, NEW, PARKED, STATUSES, TESTING, neighbour_status, you_said_line
from app.domain.improvement_huddle import study_block, with_study_block
from app.domain.project import Project
from app.errors import StaleRecordError, ValidationError
from app.services.records.board import NeedsCycle

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def clocked(store, ward):  # ANN201
    store.ctx.clock = lambda: NOW
    return store


@pytest.fixture
def project(clocked, ward):  # ANN201
    saved, _ = clocked.projects.create(Project(ward_id=ward.id, title="Fewer falls at night"))
    return saved


def test_an_idea_needs_words_and_may_be_anonymous(clocked, ward) -> None:
    with pytest.raises(ValidationError, match="Type the idea"):
        clocked.board.add_idea(ward.id, "   ")
    idea, _ = clocked.board.add_idea(ward.id, "  Red socks   for patients at risk of falls ", "Anonymous")
    assert idea.text == "Red socks for patients at risk of falls" and idea.offered_by == ""
    assert idea.offered_by_text == "Anonymous" and idea.status == NEW and idea.offered_on == date(2026, 11, 20)
    assert idea.envelope is not None and idea.envelope.rev == 1 and idea.envelope.ward_id == ward.id


def test_moving_to_testing_needs_a_pdsa_cycle_and_starting_one_links_it(clocked, ward, project) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Bed rails check at the safety brief", "Sam")
    agreed, _ = clocked.board.move(idea, AGREED)
    with pytest.raises(NeedsCycle, match="PDSA cycle"):
        clocked.board.move(agreed, TESTING)
    assert clocked.board.get(idea.id).status == AGREED  # nothing written
    testing, cycle, _ = clocked.board.start_cycle_for(agreed, project.id)
    assert testing.status == TESTING and testing.pdsa_cycle_id == cycle.id and testing.project_id == project.id
    assert cycle.title == "Bed rails check at the safety brief" and cycle.cycle_number == 1
    board = clocked.board.board(ward.id)
    assert [i.id for i in board.columns[TESTING]] == [idea.id]
    assert board.cycle_labels[cycle.id].endswith("PDSA 1: Bed rails check at the safety brief")


def test_a_closed_column_needs_the_reason_and_leaving_testing_ends_the_focus(clocked, ward, project) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Falls huddle at 22:00")
    testing, cycle, _ = clocked.board.start_cycle_for(idea, project.id)
    focused, _ = clocked.board.set_focus(testing, True)
    assert focused.focus
    with pytest.raises(ValidationError, match="Say why"):
        clocked.board.move(focused, ADOPTED)
    adopted, _ = clocked.board.move(focused, ADOPTED, reason="Falls at night halved over six weeks")
    assert adopted.status == ADOPTED and not adopted.focus and adopted.pdsa_cycle_id == cycle.id
    parked, _ = clocked.board.move(adopted, PARKED, reason="Night staffing first")
    assert parked.reason == "Night staffing first"


def test_at_most_two_focus_ideas(clocked, ward, project) -> None:
    ideas = []
    for text in ("One", "Two", "Three"):
        idea, _ = clocked.board.add_idea(ward.id, text)
        ideas.append(clocked.board.start_cycle_for(idea, project.id)[0])
    clocked.board.set_focus(ideas[0], True)
    clocked.board.set_focus(ideas[1], True)
    with pytest.raises(ValidationError, match="already has 2"):
        clocked.board.set_focus(ideas[2], True)
    new, _ = clocked.board.add_idea(ward.id, "Not testing yet")
    with pytest.raises(ValidationError, match="Only an idea in Testing"):
        clocked.board.set_focus(new, True)


def test_a_stale_move_from_a_second_window_is_refused_and_overwrites_nothing(clocked, ward) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Bay clocks at eye level")
    first_window, second_window = idea, idea
    clocked.board.move(first_window, AGREED)
    with pytest.raises(StaleRecordError, match="Nothing was overwritten"):
        clocked.board.move(second_window, PARKED, reason="Later")
    with pytest.raises(StaleRecordError):
        clocked.board.save_idea(replace(second_window, you_said_we_did="typed in the second window"))
    assert clocked.board.get(idea.id).status == AGREED


def test_deleting_an_idea_is_a_tombstone(clocked, ward) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Quiet time after lunch")
    clocked.board.delete_idea(idea)
    assert clocked.board.ideas_for(ward.id) == []
    row = clocked.database.rows("SELECT deleted, rev FROM ideas WHERE uuid = ?", [idea.id])[0]
    assert (row["deleted"], row["rev"]) == (1, 2)


def test_columns_follow_the_statuses_and_the_keyboard_neighbours() -> None:
    assert STATUSES[0] == NEW and neighbour_status(NEW, -1) is None and neighbour_status(NEW, 1) == AGREED
    assert neighbour_status(STATUSES[-1], 1) is None


def test_you_said_we_did_names_the_person_or_says_you() -> None:
    from app.domain.idea import Idea

    idea = Idea(ward_id="w", text="A clock in every bay", offered_by="Priya", you_said_we_did="Clocks went up in May.")
    assert you_said_line(idea) == "Priya said: A clock in every bay  We did: Clocks went up in May."
    assert you_said_line(replace(idea, offered_by="")).startswith("You said: A clock")


# -- the Study note ---------------------------------------------------------------------------------------


def test_study_blocks_are_written_once_replaced_and_removed() -> None:
    note = "Falls fell in bay 2."
    first = with_study_block(note, date(2026, 11, 13), "Red socks on bay 2", "Staff noticed them at once")
    again = with_study_block(first, date(2026, 11, 13), "Red socks on bay 2", "Staff noticed them at once")
    assert again == first and first.count("Weekly improvement huddle 13 Nov 2026:") == 1
    assert first.startswith("Falls fell in bay 2.\n\n")
    second = with_study_block(first, date(2026, 11, 20), "Bay 3 too", "Two socks went missing")
    changed = with_study_block(second, date(2026, 11, 13), "Red socks on bay 2", "Noticed at once")
    assert study_block(changed, date(2026, 11, 13)) == ("Red socks on bay 2", "Noticed at once")
    assert study_block(changed, date(2026, 11, 20)) == ("Bay 3 too", "Two socks went missing")
    assert changed.count("Weekly improvement huddle") == 2 and "Falls fell in bay 2." in changed
    removed = with_study_block(changed, date(2026, 11, 13), "", "")
    assert "13 Nov 2026" not in removed and study_block(removed, date(2026, 11, 20))[0] == "Bay 3 too"


def test_the_weekly_huddle_feeds_the_cycles_study_note_not_a_second_copy(clocked, ward, project) -> None:
    idea, _ = clocked.board.add_idea(ward.id, "Red socks for falls risk")
    testing, cycle, _ = clocked.board.start_cycle_for(idea, project.id)
    service = clocked.improvement_huddles
    day = date(2026, 11, 20)
    huddle = service.huddle_for(ward.id, day)
    assert not huddle.is_saved and [t.idea_id for t in huddle.tested] == [idea.id]
    item = replace(
        huddle.tested[0], tested="Red socks in bay 2 for a week", learned="Staff spotted them", decision="Adapt"
    )
    saved, _ = service.save(replace(huddle, tested=(item,), celebrations="30 days without a fall in bay 4"))
    saved_again, _ = service.save(saved)  # autosave again: the block is not repeated
    note = clocked.projects.get_cycle(cycle.id).improved_detail
    assert note.count("Red socks in bay 2 for a week") == 1 and "Learned: Staff spotted them" in note
    assert clocked.projects.get_cycle(cycle.id).act == "Adapt"
    row = clocked.database.rows("SELECT tested FROM improvement_huddles WHERE uuid = ?", [saved.id])[0]
    assert "Red socks" not in row["tested"] and "Adapt" in row["tested"]  # only the link and decision
    reread = service.huddle_for(ward.id, day)
    assert reread.id == saved.id and reread.tested[0].learned == "Staff spotted them"
    assert saved_again.rev == saved.rev + 1
    with pytest.raises(StaleRecordError):
        service.save(saved)  # a second window still on the first revision
    board = clocked.board.board(ward.id)
    assert board.celebrations == "30 days without a fall in bay 4" and board.celebrations_from == day


def test_next_steps_are_improvement_actions_and_show_on_the_board(clocked, ward) -> None:
    service = clocked.improvement_huddles
    huddle = service.huddle_for(ward.id, date(2026, 11, 20))
    saved, action, _ = service.add_next_step(huddle, "Order more red socks", "Jo (ward manager)", date(2026, 11, 27))
    assert saved.is_saved and action.source_id == saved.id and action.source_type == "improvement"
    assert [a.text for a in service.next_steps(saved)] == ["Order more red socks"]
    assert [a.owner for a in clocked.board.board(ward.id).actions] == ["Jo (ward manager)"]
    service.delete(saved)
    assert service.dates(ward.id) == []


def test_a_weekly_huddle_cannot_be_in_the_future(clocked, ward) -> None:
    huddle = clocked.improvement_huddles.huddle_for(ward.id, date(2026, 11, 27))
    with pytest.raises(ValidationError, match="future"):
        clocked.improvement_huddles.save(huddle)
