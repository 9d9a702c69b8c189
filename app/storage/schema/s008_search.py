"""Step 8: one full-text search index over the text of every kind of ward record.

``search_docs`` holds one row per live record that has text (huddle sheets, actions, reflections,
projects, PDSA cycles, measures, notes on chart points, pulse notes): its type, id, ward, day, a
title and a body. ``search_docs_fts`` is an FTS5 index over it (Porter stemming, prefix index),
kept in step by the triggers sqlite-utils' ``enable_fts`` makes (see :func:`create_fts`).
Triggers on each record table rewrite a record's row in ``search_docs`` whenever the record is
inserted or updated, inside the statement that wrote it,
so the index is always in the same transaction as the save; a tombstoned record's row is
removed, so a deleted record is never found. Text inside JSON columns (look-back events,
patients at risk, attendees, the driver diagram, PDSA questions...) is indexed through
``json_tree`` (every text value except ids).

``scope`` holds a token for the record's ward (``w`` + the ward id without hyphens) and one for its
type (``t`` + the type without underscores), so a search within one ward and one type is narrowed
inside the index, and can stop after the newest few hits, rather than ranking every match.

A table rebuilt by a later step loses these triggers: such a step must call
:func:`create_search_triggers` again for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.storage.migrations import step

if TYPE_CHECKING:
    import sqlite_utils


def json_text(column: str) -> str:
    """Every text value in a JSON column (keys named like ids left out), space-separated."""
    return (
        f"(SELECT group_concat(value, ' ') FROM json_tree(CASE WHEN json_valid({column}) THEN {column} "
        "ELSE '[]' END) WHERE type = 'text' AND coalesce(key, '') NOT IN ('id', 'staff_id', 'uuid'))"
    )


def joined(*parts: str) -> str:
    """The non-empty parts, joined with ' · '."""
    values = " UNION ALL ".join(f"SELECT ({p}) AS v" for p in parts)
    return f"(SELECT coalesce(group_concat(v, ' · '), '') FROM ({values}) WHERE coalesce(v, '') <> '')"


@dataclass(frozen=True)
class SearchSource:
    table: str
    day: str
    title: str
    body: str
    condition: str = "1"


# {r} is the row: NEW inside a trigger, the table alias in the first fill.
SOURCES: tuple[SearchSource, ...] = (
    SearchSource(
        "huddle_sheets",
        day="{r}.huddle_date",
        title="{r}.slot || ' huddle'",
        body=joined(
            "CASE WHEN {r}.held = 0 THEN 'Huddle not held' END",
            "{r}.not_held_reason",
            "{r}.not_held_detail",
            "{r}.leader",
            "{r}.nurse_in_charge",
            "{r}.next_in_charge",
            json_text("{r}.attendees"),
            "{r}.staffing_concern_detail",
            "{r}.escalated_to",
            json_text("{r}.events"),
            json_text("{r}.at_risk"),
            json_text("{r}.threats"),
            "{r}.threats_detail",
            "{r}.reminders",
            "{r}.celebration",
            "{r}.escalations",
            "{r}.notes",
        ),
    ),
    SearchSource(
        "actions",
        day="coalesce({r}.raised_on, substr({r}.created_at, 1, 10))",
        title="{r}.text",
        body=joined("{r}.owner", "{r}.status", "CASE WHEN {r}.due IS NOT NULL THEN 'due ' || {r}.due END"),
    ),
    SearchSource(
        "reflections",
        day="coalesce({r}.huddle_date, {r}.event_date, substr({r}.created_at, 1, 10))",
        title="(CASE {r}.kind WHEN 'post_event' THEN 'Hot debrief' ELSE 'Later reflection' END)"
        " || CASE WHEN {r}.event_type <> '' THEN ': ' || {r}.event_type ELSE '' END",
        body=joined(
            "{r}.category",
            "{r}.incident_ref",
            "{r}.physical_harm",
            "{r}.psychological_harm",
            "{r}.facilitator",
            json_text("{r}.participants"),
            "{r}.aar_expected",
            "{r}.aar_happened",
            "{r}.aar_difference",
            json_text("{r}.seips"),
            "{r}.everyday_work",
            "{r}.shift_impact_detail",
            "{r}.team_impact",
            json_text("{r}.support"),
            json_text("{r}.training_needs"),
            "{r}.immediate_actions",
            "{r}.learned",
            "{r}.documentation",
            "{r}.understand_differently",
            "{r}.everyday_changes",
            "{r}.team_now_detail",
        ),
    ),
    SearchSource(
        "projects",
        day="substr({r}.created_at, 1, 10)",
        title="{r}.title",
        body=joined(
            "{r}.status",
            "{r}.sponsor",
            json_text("{r}.team"),
            "{r}.problem",
            "{r}.aim_what",
            "{r}.aim_unit",
            json_text("{r}.drivers"),
        ),
    ),
    SearchSource(
        "pdsa_cycles",
        day="coalesce({r}.start_date, substr({r}.created_at, 1, 10))",
        title="'PDSA ' || {r}.cycle_number || CASE WHEN {r}.title <> '' THEN ': ' || {r}.title ELSE '' END",
        body=joined(
            "{r}.purpose",
            "{r}.objective",
            json_text("{r}.questions"),
            "{r}.change_tested",
            "{r}.who",
            "{r}.place",
            "{r}.data_plan",
            "{r}.observations",
            "{r}.improved_detail",
            "{r}.act",
            "{r}.next_plan",
        ),
    ),
    SearchSource(
        "measures",
        day="NULL",
        title="{r}.name",
        body=joined("{r}.definition", "{r}.data_source", "{r}.unit"),
    ),
    SearchSource(
        "data_points",
        day="{r}.period",
        title="coalesce((SELECT m.name FROM measures m WHERE m.uuid = {r}.measure_id), 'Measure')",
        body=joined("{r}.note", "CASE WHEN {r}.excluded = 1 THEN 'Excluded: ' || {r}.exclude_reason END"),
        condition="({r}.note <> '' OR {r}.exclude_reason <> '')",
    ),
    SearchSource(
        "pulse_surveys",
        day="{r}.quarter_start",
        title="'Culture pulse'",
        body="{r}.note",
        condition="{r}.note <> ''",
    ),
)


def type_token(record_type: str) -> str:
    return "t" + record_type.replace("_", "")


def scope_sql(table: str, r: str) -> str:
    """The scope tokens: the ward ('w' + its id without hyphens) and the record type ('t' + type)."""
    return f"'w' || replace({r}.ward_id, '-', '') || ' {type_token(table)}'"


def _select(source: SearchSource, r: str) -> str:
    f = {"r": r}
    return (
        f"SELECT '{source.table}', {r}.uuid, {r}.ward_id, {scope_sql(source.table, r)}, "
        f"{source.day.format(**f)}, {source.title.format(**f)}, {source.body.format(**f)}"
    )


def create_search_triggers(db: sqlite_utils.Database, source: SearchSource) -> None:
    table = source.table
    write = (
        "DELETE FROM search_docs WHERE record_id = NEW.uuid;\n"
        "INSERT INTO search_docs (record_type, record_id, ward_id, scope, day, title, body) "
        f"{_select(source, 'NEW')} WHERE NEW.deleted = 0 AND {source.condition.format(r='NEW')};"
    )
    extra = ""
    if table == "measures":  # notes on chart points are titled with their measure's name
        extra = (
            "UPDATE search_docs SET title = NEW.name WHERE record_type = 'data_points' AND title <> NEW.name "
            "AND record_id IN (SELECT uuid FROM data_points WHERE measure_id = NEW.uuid);"
        )
    for name, when in (("search_ai", "AFTER INSERT"), ("search_au", "AFTER UPDATE")):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_{name}")
        db.execute(f"CREATE TRIGGER {table}_{name} {when} ON {table} BEGIN\n{write}\n{extra}\nEND")
    db.execute(f"DROP TRIGGER IF EXISTS {table}_search_ad")
    db.execute(
        f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN "
        "DELETE FROM search_docs WHERE record_id = OLD.uuid; END"
    )


def fill_search_docs(db: sqlite_utils.Database, source: SearchSource) -> None:
    db.execute(
        "INSERT INTO search_docs (record_type, record_id, ward_id, scope, day, title, body) "
        f"{_select(source, 'r')} FROM {source.table} AS r WHERE r.deleted = 0 AND {source.condition.format(r='r')}"
    )


FTS_COLUMNS = ("title", "body", "scope")


def create_fts(db: sqlite_utils.Database) -> None:
    """The FTS5 index over ``search_docs`` and the three triggers that keep it in step: exactly what
    sqlite-utils' ``enable_fts(FTS_COLUMNS, create_triggers=True, tokenize="porter")`` makes, plus
    FTS5's ``prefix`` index, which enable_fts cannot set. Without it a word still being typed
    ("nur" for nurse) merges every matching token's list on each search: 35-60 ms on a 20-ward,
    5-year file, against 2-3 ms with it (tests/benchmarks/bench_search.py)."""
    columns = ", ".join(FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE search_docs_fts USING FTS5 ({columns}, tokenize='porter', "
        "prefix='2 3 4', content=search_docs, content_rowid=id)"
    )
    db.execute(
        f"CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
        f"INSERT INTO search_docs_fts (rowid, {columns}) VALUES (new.id, {new}); END"
    )
    db.execute(
        f"CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
        f"INSERT INTO search_docs_fts (search_docs_fts, rowid, {columns}) VALUES ('delete', old.id, {old}); END"
    )
    db.execute(
        f"CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
        f"INSERT INTO search_docs_fts (search_docs_fts, rowid, {columns}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO search_docs_fts (rowid, {columns}) VALUES (new.id, {new}); END"
    )


@step(8, "full-text search over every kind of record, kept in step by triggers")
def search(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE search_docs (
            id INTEGER PRIMARY KEY,
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL UNIQUE,
            ward_id TEXT NOT NULL,
            scope TEXT NOT NULL,
            day TEXT,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX search_docs_by_ward ON search_docs (ward_id, record_type)")
    create_fts(db)
    for source in SOURCES:
        fill_search_docs(db, source)
        create_search_triggers(db, source)
