"""Ward and staff rules, typed settings, and the demo trust."""

from __future__ import annotations

import pytest

from app.domain.settings_catalog import SETTINGS, spec_for
from app.domain.ward import WardDetails
from app.errors import ValidationError


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (WardDetails(name="   "), "name"),
        (WardDetails(name="W", ward_code="W 7!"), "ward_code"),
        (WardDetails(name="W", trust_code="R"), "trust_code"),
        (WardDetails(name="W", focus_harms=()), "focus_harms"),
        (WardDetails(name="W", huddle_slots=(" ",)), "huddle_slots"),
        (WardDetails(name="W", huddle_target_minutes=0), "huddle_target_minutes"),
    ],
)
def test_bad_ward_details_are_refused_with_the_field_named(details: WardDetails, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        details.validated()
    assert caught.value.field == field


def test_ward_details_are_tidied(store) -> None:
    ward, _ = store.wards.create_ward(WardDetails(name="  Ward   9 ", ward_code="w9", trust_code="rx9"))
    assert (ward.name, ward.details.ward_code, ward.details.trust_code) == ("Ward 9", "W9", "RX9")
    assert [h.name for h in ward.details.focus_harms] == ["Falls", "Pressure ulcers", "Deterioration"]


def test_staff_names_must_be_unique_on_a_ward_and_roles_must_be_the_wards(store, ward) -> None:
    store.wards.add_staff(ward.id, "Amara Nwosu", "HCA")
    with pytest.raises(ValidationError, match="already"):
        store.wards.add_staff(ward.id, "amara nwosu", "HCA")
    with pytest.raises(ValidationError, match="not one of this ward's staff roles"):
        store.wards.add_staff(ward.id, "Ben Jones", "Astronaut")


def test_settings_come_from_one_catalogue_with_typed_defaults(store) -> None:
    values = store.settings.all()
    assert set(values) == {s.key for s in SETTINGS}
    assert values["autosave_seconds"] == 10
    store.settings.set("swarm_window_hours", "24")
    assert store.settings.get("swarm_window_hours") == 24
    with pytest.raises(ValidationError, match="whole number"):
        store.settings.set("swarm_window_hours", "soon")
    with pytest.raises(ValidationError, match="largest allowed"):
        store.settings.set("autosave_seconds", 60)
    assert spec_for("export_staff_as_initials").coerce("yes") is True


def test_demo_is_deterministic_for_a_seed(tmp_path) -> None:
    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store

    def snapshot(seed: int, name: str) -> list:
        s = open_store(tmp_path / f"{name}.sqlite3")
        build_demo(s, DemoPlan(wards=2, weeks=2, seed=seed, end=__import__("datetime").date(2026, 11, 1)))
        rows = s.database.conn.execute("SELECT uuid, name, role FROM staff ORDER BY uuid").fetchall()
        s.close()
        return rows

    assert snapshot(7, "a") == snapshot(7, "b")
    assert snapshot(7, "c") != snapshot(8, "d")


def test_demo_refuses_a_database_with_real_records_unless_forced(store, ward) -> None:
    from app.demo import DemoPlan, build_demo

    with pytest.raises(ValidationError, match="real ward records"):
        build_demo(store, DemoPlan())
    counts = build_demo(store, DemoPlan(), force=True)
    assert counts["wards"] == 1
