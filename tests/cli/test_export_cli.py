"""``wardhuddle export``, ``import`` and ``pending`` as a user runs them: exit codes, one-line
errors, the identifier check with no override, and a whole week's round trip between two PCs."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import wardhuddle


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-demo") / "ward"
    assert wardhuddle("demo", "--data-dir", str(folder), "--weeks", "1").returncode == 0
    return folder


@pytest.fixture
def ward(demo_folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ward"
    shutil.copytree(demo_folder, target)
    return target


def _one_line_error(result, code: int, words: str) -> None:
    assert result.returncode == code, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_export_import_pending_round_trip(ward: Path, tmp_path: Path) -> None:
    central, out = tmp_path / "central", tmp_path / "out"
    out.mkdir()
    done = wardhuddle("export", "--data-dir", str(ward), "--out", str(out), "--acknowledge-warnings")
    assert done.returncode == 0, done.stderr
    (file,) = out.glob("huddle-export_RX9_W7_*_00001_*.zip")
    assert str(file) in done.stdout and "Export 1 saved" in done.stdout

    waiting = wardhuddle("import", str(file), "--data-dir", str(central))
    assert waiting.returncode == 0 and "waiting for a ward" in waiting.stdout
    listed = wardhuddle("pending", "--data-dir", str(central))
    assert listed.returncode == 0 and listed.stdout.startswith("1. Ward 7 (Respiratory) (RX9 W7), device ")
    mapped = wardhuddle("pending", "--map", "1", "--data-dir", str(central))
    assert mapped.returncode == 0 and "imported. Imported export 1 from Ward 7 (Respiratory)" in mapped.stdout
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(file.read_bytes()[:-100])
    both = wardhuddle("import", str(file), str(damaged), "--data-dir", str(central))
    assert both.returncode == 1 and "already imported" in both.stdout and "damaged.zip: rejected" in both.stdout


def test_an_nhs_number_blocks_the_export_with_no_override(ward: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    conn = sqlite3.connect(ward / "wardhuddle.sqlite3")
    conn.execute("UPDATE huddle_sheets SET notes = 'Bay 3: 999 000 0018 for review' WHERE rowid = 1")
    conn.commit()
    conn.close()
    result = wardhuddle("export", "--data-dir", str(ward), "--out", str(out), "--acknowledge-warnings")
    _one_line_error(result, 1, "there is no override")
    assert "BLOCKS EXPORT: NHS number in Huddle sheet" in result.stdout and "(notes)" in result.stdout
    assert "999 000 0018" not in result.stdout + result.stderr
    assert not list(out.iterdir())


def test_bad_arguments_exit_2_with_one_line(ward: Path, tmp_path: Path) -> None:
    _one_line_error(
        wardhuddle("export", "--data-dir", str(ward), "--out", str(tmp_path), "--week", "W10"), 2, "not a week"
    )
    _one_line_error(
        wardhuddle("export", "--data-dir", str(ward), "--out", str(tmp_path), "--ward", "W99"), 2, "no ward 'W99'"
    )
    _one_line_error(wardhuddle("import", str(tmp_path / "missing.zip"), "--data-dir", str(ward)), 2, "no file")
    _one_line_error(wardhuddle("pending", "--map", "3", "--data-dir", str(ward)), 2, "no group 3")
