"""``wardhuddle backup`` and ``wardhuddle restore``, run as IT would run them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def wardhuddle(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=60)


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM wards ORDER BY name")]
    finally:
        conn.close()


@pytest.fixture
def data(tmp_path: Path, database_path: Path) -> Path:
    from app.domain.ward import WardDetails
    from app.services.store import open_store

    store = open_store(database_path)
    store.wards.create_ward(WardDetails(name="Ward 7"))
    store.close()
    return database_path.parent


def test_backup_writes_a_checked_copy_and_says_where(data: Path, tmp_path: Path) -> None:
    made = wardhuddle("backup", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    path = Path(made.stdout.strip().split(": ", 1)[1])
    assert path.parent == data / "backups" and names(path) == ["Ward 7"]

    usb = tmp_path / "usb stick"
    to = wardhuddle("backup", "--data-dir", str(data), "--to", str(usb))
    assert to.returncode == 0, to.stderr
    assert [p.name for p in usb.iterdir()] == [Path(to.stdout.strip().split(": ", 1)[1]).name]


def test_backup_with_nothing_to_back_up_or_a_bad_folder_says_so_in_one_line(tmp_path: Path, data: Path) -> None:
    empty = wardhuddle("backup", "--data-dir", str(tmp_path / "nothing-here"))
    assert empty.returncode == 1 and "no data file" in empty.stderr and len(empty.stderr.splitlines()) == 1
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    bad = wardhuddle("backup", "--data-dir", str(data), "--to", str(blocker / "sub"))
    assert bad.returncode == 2 and "Cannot write backups to" in bad.stderr and len(bad.stderr.splitlines()) == 1


def test_restore_puts_a_backup_back_after_keeping_the_current_data(data: Path) -> None:
    from app.domain.ward import WardDetails
    from app.services.store import open_store

    backup = Path(wardhuddle("backup", "--data-dir", str(data)).stdout.strip().split(": ", 1)[1])
    store = open_store(data / "wardhuddle.sqlite3")
    store.wards.create_ward(WardDetails(name="Ward 9 (added later)"))
    store.close()

    result = wardhuddle("restore", str(backup), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Restored the backup from ") and "1 records" in result.stdout
    assert names(data / "wardhuddle.sqlite3") == ["Ward 7"]
    safety = Path(result.stdout.strip().splitlines()[-1].split(" kept in ", 1)[1])
    assert "before-restore" in safety.name and names(safety) == ["Ward 7", "Ward 9 (added later)"]


def test_restore_refuses_a_missing_or_bad_file_in_one_line(data: Path, tmp_path: Path) -> None:
    missing = wardhuddle("restore", str(tmp_path / "nope.sqlite3"), "--data-dir", str(data))
    assert missing.returncode == 2 and "no backup file" in missing.stderr
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    bad = wardhuddle("restore", str(junk), "--data-dir", str(data))
    assert bad.returncode == 1 and "not a Ward Huddle backup" in bad.stderr
    for result in (missing, bad):
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert names(data / "wardhuddle.sqlite3") == ["Ward 7"]


def test_a_damaged_data_file_is_explained_and_restored_from_the_command_line(data: Path) -> None:
    backup = Path(wardhuddle("backup", "--data-dir", str(data)).stdout.strip().split(": ", 1)[1])
    live = data / "wardhuddle.sqlite3"
    raw = bytearray(live.read_bytes())
    raw[:100] = b"\x00" * 100
    live.write_bytes(bytes(raw))

    refused = wardhuddle("backup", "--data-dir", str(data))
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "problem with its data file" in refused.stderr and f'wardhuddle restore "{backup}"' in refused.stderr
    checked = wardhuddle("check", "--data-dir", str(data))
    assert checked.returncode == 1

    restored = wardhuddle("restore", str(backup), "--data-dir", str(data))
    assert restored.returncode == 0, restored.stderr
    assert "kept in" not in restored.stdout  # the damaged file went to corrupt-..., not a backup
    assert names(live) == ["Ward 7"]
    assert wardhuddle("check", "--data-dir", str(data)).stdout.strip() == "ok"
    assert len(list(data.glob("corrupt-*"))) == 1
