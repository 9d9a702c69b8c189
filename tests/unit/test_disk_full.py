"""Saving on a full disk says so in words, and nothing half-saved is left (issue 17 §4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.action import Action
from app.errors import DiskFull
from tests.unit.exchange_helpers import add_ward, new_store


def test_a_save_on_a_full_disk_says_the_disk_is_full_and_keeps_nothing_half_done(
    template_database: Path, tmp_path: Path
) -> None:
    store = new_store(template_database, tmp_path / "ward")
    ward_id = add_ward(store)
    pages = store.database.conn.execute("PRAGMA page_count").fetchone()[0]
    store.database.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: a full disk
    saved = 0
    with pytest.raises(DiskFull, match="disk is full.*typing is kept on screen"):
        for n in range(2000):
            store.actions.add(Action(ward_id=ward_id, text=f"Order {n} " + "x" * 400))
            saved += 1
    assert len(store.actions.register(ward_id)) == saved  # the failed save left nothing behind
    assert not store.database.conn.in_transaction
    store.close()


@pytest.mark.parametrize("errno_name,words", [("ENOSPC", "the disk is full"), ("EROFS", "read-only")])
def test_a_full_disk_or_read_only_folder_opens_read_only_with_a_reason(
    template_database: Path, tmp_path: Path, monkeypatch, errno_name: str, words: str
) -> None:
    import errno
    import os

    from app.services.store import open_store
    from app.storage import database as database_module

    store = new_store(template_database, tmp_path / "ward")
    ward_id = add_ward(store)
    store.actions.add(Action(ward_id=ward_id, text="Fix the hoist"))
    path = store.path
    store.close()
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        if any(p.name.startswith(".write-test") for p in path.parent.iterdir()):
            raise OSError(getattr(errno, errno_name), os.strerror(getattr(errno, errno_name)))
        real_fsync(fd)

    monkeypatch.setattr(database_module.os, "fsync", failing_fsync)
    reopened = open_store(path)
    try:
        assert reopened.read_only and words in (reopened.database.read_only_reason or "")
        assert any(words in m for m in reopened.messages)  # the banner's text
        assert [a.text for a in reopened.actions.register(ward_id)] == ["Fix the hoist"]  # it can still be read
    finally:
        reopened.close()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".write-test")]


def test_a_backup_into_a_folder_that_cannot_be_written_is_one_line(template_database: Path, tmp_path: Path) -> None:
    from app.errors import StorageError

    store = new_store(template_database, tmp_path / "ward")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="No backup could be written"):
        store.backups.take_backup("cli", folder=blocker / "sub")
    store.close()
