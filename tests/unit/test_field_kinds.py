"""One declaration of each record's true/false and JSON fields (app/domain/field_kinds.py): every
enveloped table has one and an export type, the export takes its kinds from it, and what the
repositories actually write agrees with it (a demo database, every table, every row)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from app.domain.field_kinds import RECORD_CLASSES, field_kinds
from app.services.exchange.weekly_file_contents import export_type, export_types
from app.storage.repositories.exchange import ExchangeRepository
from tests.unit.exchange_helpers import demo_ward, new_store


@pytest.fixture(scope="module")
def demo(template_database: Path, tmp_path_factory: pytest.TempPathFactory):
    store = new_store(template_database, tmp_path_factory.mktemp("kinds"))
    demo_ward(store, weeks=2)
    yield store
    store.close()


def test_every_enveloped_table_has_a_record_class_and_an_export_type(demo) -> None:
    tables = set(ExchangeRepository(demo.database).envelope_tables())
    assert tables, "no table carries the envelope?"
    assert tables == set(RECORD_CLASSES), "add the table's record class to field_kinds.RECORD_CLASSES"
    assert tables == {t.table for t in export_types()}, "add an ExportType to weekly_file_contents.EXPORT_TYPES"


@pytest.mark.parametrize("table", sorted(RECORD_CLASSES))
def test_declared_fields_are_columns_of_the_right_type(demo, table: str) -> None:
    kinds = field_kinds(table)
    columns = {c.name: c for c in ExchangeRepository(demo.database).columns(table)}
    for name in kinds.bools:
        assert name in columns, f"{table}: the record's bool field {name!r} has no column"
        assert "INT" in columns[name].declared_type, f"{table}.{name} holds 0/1: an INTEGER column"
    for name in kinds.json:
        assert name in columns, f"{table}: the record's JSON field {name!r} has no column"
        assert "TEXT" in columns[name].declared_type, f"{table}.{name} holds JSON text: a TEXT column"
    for column in columns.values():
        if (column.default_sql or "").replace(" ", "") in ("'[]'", "'{}'"):
            assert column.name in kinds.json, f"{table}.{column.name} defaults to JSON but its field is not a tuple"


@pytest.mark.parametrize("table", sorted(RECORD_CLASSES))
def test_the_export_type_takes_its_kinds_from_the_record(table: str) -> None:
    kind = export_type(table)
    assert kind is not None
    assert kind.bool_fields == field_kinds(table).bools
    assert kind.json_fields == field_kinds(table).json


@pytest.mark.parametrize("table", sorted(RECORD_CLASSES))
def test_what_the_repositories_wrote_matches_the_declaration_and_survives_the_export(demo, table: str) -> None:
    kinds = field_kinds(table)
    kind = export_type(table)
    assert kind is not None
    columns = ExchangeRepository(demo.database).columns(table)
    rows = demo.database.rows(f"SELECT * FROM {table}")
    assert rows, f"the demo writes no {table}: this test would check nothing"
    content = ExchangeRepository(demo.database).content_columns(table)
    for row in rows:
        for column in content:
            value = row[column.name]
            if column.name in kinds.bools:
                assert value in (0, 1, None), f"{table}.{column.name} = {value!r}: not a 0/1 flag"
            elif column.name in kinds.json:
                assert isinstance(json.loads(value), (list, dict)), f"{table}.{column.name} = {value!r}"
            elif isinstance(value, str) and value[:1] in "[{":
                try:
                    parsed = json.loads(value)
                except ValueError:
                    parsed = None
                assert not isinstance(parsed, (list, dict)), (
                    f"{table}.{column.name} holds JSON {value[:40]!r} but its record field is not a tuple"
                )
        fields = kind.row_to_fields(row, columns)
        for name in kinds.bools:
            assert fields[name] is None or isinstance(fields[name], bool), (table, name, fields[name])
        for name in kinds.json:
            assert isinstance(fields[name], (list, dict)), (table, name, fields[name])
        values, aside, missing = kind.fields_to_columns(fields, columns)
        assert (aside, missing) == ({}, []), f"{table}: the export would not take back its own fields"
        assert values == {c.name: row[c.name] for c in content}


def _readers() -> dict[str, object]:
    from app.storage.repositories import board, huddles, measures, projects, reflections, wards

    return {
        "wards": wards.ward_from_row,
        "staff": wards.staff_from_row,
        "huddle_sheets": huddles.sheet_from_row,
        "actions": huddles.action_from_row,
        "safety_cross_days": huddles.cross_from_row,
        "measures": measures.measure_from_row,
        "data_points": measures.point_from_row,
        "reflections": reflections.reflection_from_row,
        "projects": projects.project_from_row,
        "pdsa_cycles": projects.cycle_from_row,
        "pulse_surveys": projects.survey_from_row,
        "ideas": board.idea_from_row,
        "improvement_huddles": board.huddle_from_row,
    }


def test_every_record_table_has_a_reader_here() -> None:
    assert set(_readers()) == set(RECORD_CLASSES), "add the table's *_from_row to _readers() above"


@pytest.mark.parametrize("table", sorted(RECORD_CLASSES))
def test_the_repository_reads_each_column_as_its_record_declares(demo, table: str) -> None:
    """A repository that turned a 0/1 column into a bool (or JSON text into a tuple) for a field
    the record class types otherwise, or the reverse, fails here."""
    kinds = field_kinds(table)
    record_class = RECORD_CLASSES[table]
    columns = {c.name for c in ExchangeRepository(demo.database).content_columns(table)}
    read = _readers()[table]
    for row in demo.database.rows(f"SELECT * FROM {table} LIMIT 200"):
        record = read(row)  # type: ignore[operator]
        if not isinstance(record, record_class):
            record = record.details  # Ward and Measure wrap their details with the envelope
        assert isinstance(record, record_class), (table, type(record))
        for name in columns & {f.name for f in dataclasses.fields(record_class)}:
            value = getattr(record, name)
            if name in kinds.bools:
                assert value is None or isinstance(value, bool), (table, name, value)
            else:
                assert not isinstance(value, bool), f"{table}.{name} is read as a bool but its field is not typed bool"
            is_container = isinstance(value, (tuple, list, dict))
            assert is_container == (name in kinds.json), (table, name, value)
