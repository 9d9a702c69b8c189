"""The log file rolls over by size and keeps five old files, as the stdlib handler it replaces did."""

from __future__ import annotations

import logging
from pathlib import Path

from app.log import RotatingLogFile


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger(f"test-log-file-{id(handler)}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return logger


def test_a_full_log_becomes_dot_1_and_only_five_old_files_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "wardhuddle.log"
    handler = RotatingLogFile(path, max_bytes=200, backup_count=5)
    logger = _logger(handler)
    for number in range(60):
        logger.info("line %02d %s", number, "x" * 40)
    handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["wardhuddle.log", *(f"wardhuddle.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 200 for p in tmp_path.iterdir())
    assert "line 59" in path.read_text(encoding="utf-8")  # the newest is in the live file
    assert "line 5" in (tmp_path / "wardhuddle.log.1").read_text(encoding="utf-8")  # the next newest in .1


def test_a_record_longer_than_the_limit_is_still_written(tmp_path: Path) -> None:
    path = tmp_path / "wardhuddle.log"
    handler = RotatingLogFile(path, max_bytes=50)
    logger = _logger(handler)
    logger.info("y" * 500)
    handler.close()
    assert "y" * 500 in path.read_text(encoding="utf-8")


def test_nothing_is_written_until_something_is_logged(tmp_path: Path) -> None:
    handler = RotatingLogFile(tmp_path / "wardhuddle.log")
    handler.close()
    assert not (tmp_path / "wardhuddle.log").exists()
