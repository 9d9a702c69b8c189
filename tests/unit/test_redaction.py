"""R34/R36: a redaction really removes the text: not in the data file, not in its WAL, not in the
full-text index, not in a backup made afterwards, not in older backups, not in the audit log or
the log file; the record's revision goes up so the next export carries the redacted version."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from app.domain.ward import WardDetails
from app.errors import ReadOnlyDatabase, ValidationError
from app.services.exchange.redaction import RedactionTarget
from app.services.store import AppStore, open_store
from app.storage.record_table import RecordTable
from app.storage.repositories.redaction import redact_field
from app.storage.schema.envelope_sql import ENVELOPE_COLUMNS_SQL

SECRET = "Quentin Xylophonist 943 476 5919"
# FTS keeps lower-cased tokens, so search for those too
NEEDLES = [SECRET, "Xylophonist", "xylophonist", "quentin", "5919"]
FILLER = "Falls risk reviewed at the board; two patients on enhanced observation. " * 8


def traces(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            found += [f"{path.name}: {n}" for n in NEEDLES if n.encode() in data]
    return found


def every_file(store: AppStore, second: Path | None = None) -> list[Path]:
    files = [store.path, Path(str(store.path) + "-wal"), *store.backups_dir.glob("*.sqlite3")]
    if second is not None:
        files += list(second.rglob("*.sqlite3"))
    return files


@pytest.fixture
def notes(store: AppStore, ward) -> tuple[AppStore, str, str]:
    """A ward-record table with free text and a full-text index kept by triggers, as the huddle
    and reflection tables have; one note holds an NHS number and a name by mistake."""
    with store.database.write():
        store.database.execute(f"CREATE TABLE test_notes ({ENVELOPE_COLUMNS_SQL}, body TEXT NOT NULL DEFAULT '')")
    store.database.db["test_notes"].enable_fts(["body"], create_triggers=True)
    table = RecordTable(store.database, "test_notes", label="note")
    with store.database.write():
        bad = table.insert(
            {"body": f"{FILLER} Discussed {SECRET} at the huddle. {FILLER}"},
            ward_id=ward.id,
            ctx=store.ctx.write_context(),
        )
        table.insert({"body": FILLER}, ward_id=ward.id, ctx=store.ctx.write_context())
    return store, bad.uuid, ward.id


def test_without_the_clean_up_the_text_survives_the_update(notes) -> None:
    """The control: an envelope update alone leaves the old text in the WAL and the FTS index."""
    store, uuid, _ward = notes
    with store.database.write():
        redact_field(store.database, "test_notes", uuid, "body", SECRET, "[removed]", store.ctx.write_context())
    store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert traces([store.path])  # the FTS segments still hold the old tokens


def test_a_redaction_leaves_no_trace_in_the_file_its_wal_or_any_backup(notes, tmp_path: Path, caplog) -> None:
    store, uuid, _ward = notes
    second = tmp_path / "network-drive"
    store.settings.set("second_backup_folder", str(second))
    older = store.backups.take_backup("auto")  # an older backup with the text in it
    assert traces([older.path, older.mirrored_to])
    caplog.set_level(logging.DEBUG)

    result = store.redaction.redact_text("test_notes", uuid, "body", SECRET)

    assert result.records == 1 and result.occurrences == 1 and result.wal_cleared
    assert "test_notes_fts" in result.fts_tables  # and any other full-text index in the file
    assert result.backups_rewritten == 4  # the older backup, the before-redaction one, and their copies
    assert traces(every_file(store, second)) == []
    assert result.backup_after.exists() and traces([result.backup_after]) == []
    assert SECRET not in caplog.text and "Xylophonist" not in caplog.text

    row = store.database.rows("SELECT body, rev FROM test_notes WHERE uuid = ?", [uuid])[0]
    assert row["rev"] == 2 and "[removed]" in row["body"] and row["body"].startswith(FILLER)
    hits = store.database.rows("SELECT rowid FROM test_notes_fts WHERE test_notes_fts MATCH 'xylophonist'")
    assert hits == []
    entry = store.audit.recent(1)[0]
    assert (entry.action, entry.counts) == ("redaction", {"records": 1, "fields": 1, "occurrences": 1})
    conn = sqlite3.connect(result.backup_after)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "[removed]" in conn.execute("SELECT body FROM test_notes WHERE uuid = ?", [uuid]).fetchone()[0]
    conn.close()
    # the rewritten older backup still restores, with the text removed
    rewritten = sqlite3.connect(older.path)
    assert rewritten.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert rewritten.execute("SELECT count(*) FROM test_notes").fetchone()[0] == 2
    rewritten.close()


def test_a_staff_name_is_removed_from_the_table_and_its_index(store: AppStore, ward) -> None:
    member, _ = store.wards.add_staff(ward.id, "Quentin Xylophonist", "HCA")
    store.backups.take_backup("auto")
    store.redaction.redact_text("staff", member.id, "name", "Quentin Xylophonist", "Former member of staff")
    assert store.wards.staff_for(ward.id)[0].name == "Former member of staff"
    assert [t for t in traces(every_file(store)) if "Xylophonist" in t] == []


def test_older_backups_are_kept_when_the_text_is_still_elsewhere_in_the_data(notes) -> None:
    store, uuid, ward_id = notes
    table = RecordTable(store.database, "test_notes", label="note")
    with store.database.write():
        table.insert({"body": f"Also {SECRET}"}, ward_id=ward_id, ctx=store.ctx.write_context())
    older = store.backups.take_backup("auto")
    result = store.redaction.redact_text("test_notes", uuid, "body", SECRET)
    assert result.backups_removed == 0 and older.path.exists()


def test_several_fields_in_one_redaction(notes) -> None:
    store, uuid, ward_id = notes
    member, _ = store.wards.add_staff(ward_id, "Quentin Xylophonist", "HCA")
    result = store.redaction.redact(
        [
            RedactionTarget("test_notes", uuid, "body", SECRET),
            RedactionTarget("staff", member.id, "name", "Quentin Xylophonist"),
        ]
    )
    assert result.records == 2 and set(result.revisions) == {uuid, member.id}
    assert traces(every_file(store)) == []


@pytest.mark.parametrize(
    ("table", "field", "old", "words"),
    [
        ("no_such_table", "body", SECRET, "not a table of ward records"),
        ("test_notes", "uuid", SECRET, "not a text field"),
        ("test_notes", "body); DROP TABLE wards; --", SECRET, "not a text field"),
        ("test_notes", "body", "not in this note", "not in that record any more"),
        ("test_notes", "body", "a", "at least two characters"),
        ("settings", "value", SECRET, "not a table of ward records"),
    ],
)
def test_bad_requests_change_nothing(notes, table: str, field: str, old: str, words: str) -> None:
    store, uuid, _ward = notes
    before = store.audit.recent(1)[0]
    with pytest.raises(ValidationError, match=words):
        store.redaction.redact_text(table, uuid, field, old)
    assert store.database.rows("SELECT rev FROM test_notes WHERE uuid = ?", [uuid])[0]["rev"] == 1
    assert store.audit.recent(1)[0] == before


def test_a_read_only_store_refuses_to_redact(database_path: Path) -> None:
    opened = open_store(database_path)
    opened.wards.create_ward(WardDetails(name="Ward W"))
    opened.close()
    read_only = open_store(database_path, read_only=True)
    with pytest.raises(ReadOnlyDatabase):
        read_only.redaction.redact_text("wards", read_only.wards.list_wards()[0].id, "name", "Ward W")
    read_only.close()


def test_a_killed_backups_unfinished_copy_is_removed_at_the_next_start_and_by_a_redaction(
    store: AppStore, ward
) -> None:
    import os
    import time

    member, _ = store.wards.add_staff(ward.id, "Quentin Xylophonist", "HCA")
    taken = store.backups.take_backup("auto")
    old_partial = taken.path.with_name("wardhuddle-20260101-000000-auto.sqlite3.partial")
    fresh_partial = taken.path.with_name("wardhuddle-20260102-000000-auto.sqlite3.partial")
    for partial in (old_partial, fresh_partial):
        partial.write_bytes(taken.path.read_bytes())  # what a backup killed before its rename leaves
    an_hour_ago = time.time() - 3600
    os.utime(old_partial, (an_hour_ago, an_hour_ago))
    path, backups_dir = store.path, store.backups_dir
    store.close()
    reopened = open_store(path, backups_dir=backups_dir)
    try:
        assert not old_partial.exists()  # cleaned at the start
        assert fresh_partial.exists()  # a copy this recent may be another session's backup at work
        reopened.redaction.redact_text("staff", member.id, "name", "Quentin Xylophonist", "Former member of staff")
        assert not fresh_partial.exists()  # it held the redacted text: the redaction reached it
        assert [t for t in traces(every_file(reopened)) if "Xylophonist" in t] == []
    finally:
        reopened.close()
