"""R5: two app processes (two staff logged in on the same ward PC) on one data file: both read and
save, saves at the same moment all land (no "database is locked"), and a save from a screen that
loaded an older revision is refused instead of overwriting."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from app.domain.ward import WardDetails
from app.services.store import open_store

ROOT = Path(__file__).resolve().parents[2]


class Session:
    """Another Ward Huddle process on the same file, driven line by line."""

    def __init__(self, db: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.children", "session", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self._read() == ["ready"]

    def _read(self) -> list[Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the session process ended"
        return json.loads(line)

    def send(self, *command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(list(command)) + "\n")
        self.process.stdin.flush()

    def ask(self, *command: Any) -> Any:
        self.send(*command)
        return self.answer()

    def answer(self) -> Any:
        reply = self._read()
        if reply[0] == "error":
            raise AssertionError(f"{reply[1]}: {reply[2]}")
        return reply[1]

    def refused(self, *command: Any) -> tuple[str, str]:
        self.send(*command)
        reply = self._read()
        assert reply[0] == "error", reply
        return reply[1], reply[2]

    def close(self) -> None:
        self.ask("quit")
        self.process.wait(10)


@pytest.fixture
def two_sessions(database_path: Path):
    store = open_store(database_path)
    store.wards.create_ward(WardDetails(name="Ward 7"))
    store.close()
    sessions: list[Session] = []
    opened = [None, None]

    def start(index: int) -> None:
        opened[index] = Session(database_path)

    threads = [threading.Thread(target=start, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    sessions = [s for s in opened if s is not None]
    assert len(sessions) == 2
    yield sessions
    for session in sessions:
        session.close()


def test_two_processes_both_read_and_save(two_sessions: list[Session]) -> None:
    nurse_a, nurse_b = two_sessions
    assert nurse_a.ask("pragma", "locking_mode") == nurse_b.ask("pragma", "locking_mode") == "normal"
    nurse_a.ask("add_staff", ["Siân Evans"])
    nurse_b.ask("add_staff", ["Łukasz Nowak"])
    assert nurse_a.ask("staff_names") == nurse_b.ask("staff_names") == ["Siân Evans", "Łukasz Nowak"]


def test_saves_at_the_same_moment_all_land(two_sessions: list[Session]) -> None:
    nurse_a, nurse_b = two_sessions
    nurse_a.send("add_staff", [f"A {n:02d}" for n in range(40)])
    nurse_b.send("add_staff", [f"B {n:02d}" for n in range(40)])
    assert len(nurse_a.answer()) == 40 and len(nurse_b.answer()) == 40
    assert len(nurse_a.ask("staff_names")) == 80


def test_a_stale_save_from_the_other_process_is_refused(two_sessions: list[Session], database_path: Path) -> None:
    nurse_a, nurse_b = two_sessions
    assert nurse_a.ask("load_ward") == nurse_b.ask("load_ward") == ["Ward 7", 1]
    assert nurse_b.ask("save_ward_name", "Ward 7 (Respiratory)") == 2
    kind, message = nurse_a.refused("save_ward_name", "Ward 7 (Chest)")
    assert kind == "StaleRecordError" and "Someone else changed" in message and "Nothing was overwritten" in message
    assert nurse_a.ask("load_ward") == ["Ward 7 (Respiratory)", 2]
