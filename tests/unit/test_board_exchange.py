"""Ideas and weekly improvement huddles in the weekly file: exported with every text under the
identifier guard, merged at the improvement team like every other type, and a file that reaches
into another ward's ideas refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.domain.idea import ADOPTED, AGREED
from app.domain.project import Project
from app.export_format import read_export
from tests.unit.exchange_helpers import (
    NHS_NUMBER,
    MutableClock,
    add_ward,
    export_bytes,
    import_data,
    new_store,
    transform,
)


@pytest.fixture
def pair(template_database: Path, tmp_path: Path):
    clock = MutableClock()
    ward = new_store(template_database, tmp_path / "ward", clock=clock)
    central = new_store(template_database, tmp_path / "central", clock=clock)
    ward_id = add_ward(ward)
    project, _ = ward.projects.create(Project(ward_id=ward_id, title="Fewer falls at night"))
    idea, _ = ward.board.add_idea(ward_id, "Red socks for patients at risk of falls", "Priya Shah")
    testing, cycle, _ = ward.board.start_cycle_for(idea, project.id)
    huddle = ward.improvement_huddles.huddle_for(ward_id, date(2026, 3, 12))
    item = replace(huddle.tested[0], tested="Red socks in bay 2", learned="Noticed at once")
    saved, _ = ward.improvement_huddles.save(
        replace(huddle, tested=(item,), attendees=huddle.attendees, celebrations="A month without a fall")
    )
    yield ward, central, ward_id, testing, cycle, saved
    ward.close()
    central.close()


def test_both_types_round_trip_through_the_weekly_file(pair, tmp_path: Path) -> None:
    ward, central, ward_id, idea, cycle, huddle = pair
    data = export_bytes(ward, ward_id, tmp_path)
    package = read_export(data)
    assert {"ideas", "improvement_huddles"} <= set(package.records_by_type)
    (line,) = package.records_by_type["ideas"]
    assert line["fields"]["status"] == "Testing" and line["fields"]["focus"] is False
    assert import_data(central, data).status == "imported"
    (copy,) = central.board.ideas_for(ward_id)
    assert (copy.id, copy.text, copy.offered_by, copy.pdsa_cycle_id) == (idea.id, idea.text, "Priya Shah", cycle.id)
    weekly = central.improvement_huddles.huddle_for(ward_id, date(2026, 3, 12))
    assert weekly.id == huddle.id and weekly.celebrations == "A month without a fall"
    assert weekly.tested[0].learned == "Noticed at once"  # read from the cycle, which travelled too
    # the ward moves the card on and edits "You said, we did": the next file updates the copy
    agreed, _ = ward.board.move(ward.board.get(idea.id), AGREED)
    adopted, _ = ward.board.move(agreed, ADOPTED, reason="Falls halved")
    ward.board.save_idea(replace(adopted, you_said_we_did="Red socks are now on every bay"))
    ward.improvement_huddles.delete(ward.improvement_huddles.get(huddle.id))
    result = import_data(central, export_bytes(ward, ward_id, tmp_path))
    assert result.status == "imported"
    (copy,) = central.board.ideas_for(ward_id)
    assert copy.status == ADOPTED and copy.you_said_we_did == "Red socks are now on every bay"
    assert central.improvement_huddles.dates(ward_id) == []  # the tombstone travelled


def test_the_identifier_guard_reads_every_text_of_both_types(pair, tmp_path: Path) -> None:
    ward, _central, ward_id, idea, _cycle, huddle = pair
    ward.board.save_idea(replace(ward.board.get(idea.id), you_said_we_did=f"Asked about {NHS_NUMBER}"))
    ward.improvement_huddles.save(replace(ward.improvement_huddles.get(huddle.id), notes=f"Bed 4, {NHS_NUMBER}"))
    issues = ward.exchange.exports.prepare(ward_id).pii.issues
    kinds = {(i.record_type, i.field) for i in issues if i.label == "NHS number"}
    assert ("ideas", "you_said_we_did") in kinds and ("improvement_huddles", "notes") in kinds


def test_a_file_reaching_into_another_wards_idea_is_refused(pair, template_database: Path, tmp_path: Path) -> None:
    ward, central, ward_id, idea, _cycle, _huddle = pair
    assert import_data(central, export_bytes(ward, ward_id, tmp_path)).status == "imported"
    other = new_store(template_database, tmp_path / "other")
    other_id = add_ward(other, "Ward 9 (Stroke)", "W9")
    other.board.add_idea(other_id, "Stroke ward idea")
    (tmp_path / "o").mkdir()
    data = export_bytes(other, other_id, tmp_path / "o")

    def steal(name: str, line: dict) -> dict:
        if name == "ideas":  # claims ward 7's idea, at a higher revision, for ward 9
            return {**line, "uuid": idea.id, "rev": 50, "fields": {**line["fields"], "text": "Overwritten"}}
        return line

    result = import_data(central, transform(data, steal))
    (kept,) = central.board.ideas_for(ward_id)
    assert kept.text == idea.text and kept.ward_id == ward_id
    assert central.board.ideas_for(other_id) == [] and result.counts.quarantined >= 1
    other.close()


def test_the_improvement_team_sees_ideas_by_ward_and_what_others_might_try(pair, template_database, tmp_path) -> None:
    from app.services.exchange.ideas_overview import IdeasOverview

    ward, central, ward_id, idea, _cycle, _huddle = pair
    agreed, _ = ward.board.move(ward.board.get(idea.id), AGREED)
    ward.board.move(agreed, ADOPTED, reason="Falls halved on bay 4")
    assert import_data(central, export_bytes(ward, ward_id, tmp_path)).status == "imported"
    other = new_store(template_database, tmp_path / "other")
    other_id = add_ward(other, "Ward 9 (Stroke)", "W9")
    other.board.add_idea(other_id, "Quiet time after lunch")
    (tmp_path / "o").mkdir()
    assert import_data(central, export_bytes(other, other_id, tmp_path / "o")).status == "imported"
    overview = IdeasOverview(central.ctx)
    rows = {r.ward_name: r for r in overview.by_ward()}
    assert rows["Ward 7 (Respiratory)"].counts[ADOPTED] == 1 and rows["Ward 9 (Stroke)"].counts["New"] == 1
    assert [r.ward_name for r in overview.by_ward([other_id])] == ["Ward 9 (Stroke)"]
    (candidate,) = overview.spread()
    assert candidate.idea.text == "Red socks for patients at risk of falls"
    assert candidate.not_tried_by == ("Ward 9 (Stroke)",) and candidate.ward_name == "Ward 7 (Respiratory)"
    other.board.add_idea(other_id, "Red socks for falls risk patients")  # ward 9 takes it up
    import_data(central, export_bytes(other, other_id, tmp_path / "o"))
    assert overview.spread() == []
    other.close()
