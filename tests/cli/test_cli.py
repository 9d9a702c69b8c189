"""The wardhuddle command: exit codes and one-line messages, run as a user runs it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__


def wardhuddle(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=full_env, timeout=timeout
    )


def test_version() -> None:
    result = wardhuddle("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Ward Huddle {__version__}"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["demo", "--wards", "0"], "'0' must be 1 or more"),
        (["demo", "--weeks", "many"], "'many' is not a whole number"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str], words: str) -> None:
    result = wardhuddle(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0]
    assert "Traceback" not in result.stderr


def test_an_unusable_data_folder_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for args in (
        ["demo", "--data-dir", str(blocker / "sub")],
        ["--data-dir", str(blocker / "sub"), "--quit-when-ready"],
    ):
        result = wardhuddle(*args)
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Cannot use the data folder" in result.stderr


def test_demo_then_check_prints_ok_and_the_file_is_durable(tmp_path: Path) -> None:
    data = tmp_path / "D"
    made = wardhuddle("demo", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    assert "Demo data added" in made.stdout
    checked = wardhuddle("check", "--data-dir", str(data))
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok")
    conn = sqlite3.connect(data / "wardhuddle.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert conn.execute("SELECT count(*) FROM wards WHERE is_demo = 1").fetchone()[0] == 1
    conn.close()


def test_data_dir_can_come_from_the_environment(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = wardhuddle("demo", env={"WARDHUDDLE_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "wardhuddle.sqlite3").exists()


def test_demo_refuses_real_data_without_force(tmp_path: Path, template_database: Path) -> None:
    data = tmp_path / "real"
    data.mkdir()
    path = data / "wardhuddle.sqlite3"
    path.write_bytes(template_database.read_bytes())
    from app.domain.ward import WardDetails
    from app.services.store import open_store

    store = open_store(path)
    store.wards.create_ward(WardDetails(name="Real ward"))
    store.close()
    refused = wardhuddle("demo", "--data-dir", str(data))
    assert refused.returncode == 1 and "real ward records" in refused.stderr
    forced = wardhuddle("demo", "--data-dir", str(data), "--force")
    assert forced.returncode == 0, forced.stderr


def test_check_reports_damage_in_plain_english_and_exits_1(tmp_path: Path) -> None:
    data = tmp_path / "broken"
    data.mkdir()
    (data / "wardhuddle.sqlite3").write_bytes(b"this is not a database at all" * 100)
    result = wardhuddle("check", "--data-dir", str(data))
    assert result.returncode == 1
    assert "problems" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_a_newer_schema_is_refused_by_the_cli_with_a_message(tmp_path: Path, template_database: Path) -> None:
    data = tmp_path / "newer"
    data.mkdir()
    path = data / "wardhuddle.sqlite3"
    path.write_bytes(template_database.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    demo = wardhuddle("demo", "--data-dir", str(data))
    assert demo.returncode != 0 and "newer version" in demo.stderr
    check = wardhuddle("check", "--data-dir", str(data))
    assert check.returncode == 1 and "newer version" in check.stdout
    assert path.read_bytes() == before


def test_quit_when_ready_opens_the_window_and_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "gui"
    assert wardhuddle("demo", "--data-dir", str(data)).returncode == 0
    result = wardhuddle("--data-dir", str(data), "--quit-when-ready")
    assert result.returncode == 0, result.stderr
