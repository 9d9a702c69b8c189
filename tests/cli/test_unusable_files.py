"""Files the app did not make are read, never written (issue 17 §3): another program's SQLite
file, a zero-byte file and a folder where the data file should be are each refused with one
line and left exactly as they were; the demo twice, or with --force on a demo, says so in one line."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.errors import StorageError
from app.services.store import open_store
from tests.cli.test_cli import wardhuddle


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _other_programs_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["another program's database", "zero bytes", "an empty SQLite file"])
def test_a_file_the_app_did_not_make_is_refused_and_left_byte_identical(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "wardhuddle.sqlite3"
    if kind == "another program's database":
        _other_programs_file(path)
    elif kind == "zero bytes":
        path.write_bytes(b"")
    else:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")
        conn.close()
        if path.stat().st_size == 0:
            _other_programs_file(path)
    before = _digest(path)
    listing = sorted(p.name for p in data.iterdir())
    with pytest.raises(StorageError, match="left untouched"):
        open_store(path)
    result = wardhuddle("check", "--data-dir", str(data))
    assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout
    assert "left untouched" in result.stdout
    assert _digest(path) == before
    assert sorted(p.name for p in data.iterdir()) == listing  # no -wal, no -shm, no backups folder


def test_a_folder_where_the_data_file_should_be_gives_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "wardhuddle.sqlite3").mkdir(parents=True)
    for args in (["import", "--data-dir", str(data), str(tmp_path / "x.zip")], ["backup", "--data-dir", str(data)]):
        (tmp_path / "x.zip").write_bytes(b"PK")
        result = wardhuddle(*args)
        assert result.returncode != 0, result.stderr
        assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "is a folder" in result.stderr
    result = wardhuddle("check", "--data-dir", str(data))
    assert result.returncode != 0 and "is a folder" in result.stdout and "Traceback" not in result.stderr


def test_the_demo_twice_or_forced_on_a_demo_gives_one_line(tmp_path: Path) -> None:
    data = tmp_path / "D"
    assert wardhuddle("demo", "--data-dir", str(data), "--weeks", "1").returncode == 0
    for extra in ([], ["--force"]):
        result = wardhuddle("demo", "--data-dir", str(data), "--weeks", "1", *extra)
        assert result.returncode != 0 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "already holds the demo" in result.stderr


@pytest.mark.parametrize("page", [2, 3, 5])
def test_check_on_damaged_pages_speaks_plain_english(tmp_path: Path, page: int) -> None:
    data = tmp_path / "D"
    assert wardhuddle("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    path = data / "wardhuddle.sqlite3"
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek(size * (page - 1))
        handle.write(b"\0" * size)
    result = wardhuddle("check", "--data-dir", str(data))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    out = result.stdout.lower()
    assert "damaged" in out or "index" in out
    for raw in ("btree", "error code", "malformed", "sqlite_", "returns"):
        assert raw not in out, result.stdout


def test_export_on_a_data_file_with_a_zeroed_page_gives_one_line(tmp_path: Path) -> None:
    data = tmp_path / "D"
    assert wardhuddle("demo", "--data-dir", str(data), "--weeks", "2").returncode == 0
    path = data / "wardhuddle.sqlite3"
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        for page in range(pages // 3, pages // 3 + 4):  # a run of pages in the middle of the records
            handle.seek(size * page)
            handle.write(b"\0" * size)
    out = tmp_path / "out"
    out.mkdir()
    result = wardhuddle("export", "--data-dir", str(data), "--out", str(out))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
