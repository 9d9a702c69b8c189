"""Logs hold counts and ids, never free text from records (R36, house style): whatever a nurse
typed, including text a redaction removed, must not reach the log file at INFO or above."""

from __future__ import annotations

import logging
from pathlib import Path

from app.domain.ward import WardDetails
from app.services.store import open_store

MARKER = "Zebedee Quartermaine"


def test_backups_restores_drafts_redaction_and_damage_log_no_record_text(database_path: Path, caplog) -> None:
    caplog.set_level(logging.INFO)
    store = open_store(database_path)
    ward, _ = store.wards.create_ward(WardDetails(name=f"Ward of {MARKER}"))
    member, _ = store.wards.add_staff(ward.id, MARKER, "HCA")
    store.drafts.save("notes", page="Notes", payload={"text": f"{MARKER} fell in bay 3"})
    backup = store.backups.take_backup("manual").path
    store.backups.restore(backup)
    store.backups.after_restore()
    store.redaction.redact_text("staff", member.id, "name", MARKER, "Former staff member")
    store.close()

    raw = bytearray(database_path.read_bytes())
    raw[100:4096] = b"\xab" * (4096 - 100)  # damage: the start-up check logs what it found
    database_path.write_bytes(bytes(raw))
    try:
        open_store(database_path).close()
    except Exception:  # unreadable is fine here; only the log matters
        pass

    logged = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert any("backup" in r.getMessage() for r in logged)  # the flows did log
    assert [r.getMessage() for r in logged if MARKER in r.getMessage() or "Zebedee" in r.getMessage()] == []
