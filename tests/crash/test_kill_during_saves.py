"""R1 and R14: SIGKILL at random moments during saves, 50 times. Every save the services had
confirmed is there afterwards, a transaction is all-or-nothing, ``integrity_check`` says ok each
time, and drafts saved before a kill are offered back on restart.

A child saves through the real services in a loop and appends a line for each save after it
returned; the parent kills it at a random moment, checks the file read-only (so the next child
starts on a file with a hot WAL, as after a real crash, and runs the unclean-shutdown check), and
repeats. Children are forked from a preloaded helper (tests/crash/children.py) to fit the budget.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

KILLS = 50
BUDGET_SECONDS = 20
ROOT = Path(__file__).resolve().parents[2]


class Launcher:
    """Start a saver child and kill it hard: fork server on POSIX, plain process on Windows."""

    def __init__(self) -> None:
        self.forker = None
        if os.name == "posix":
            self.forker = subprocess.Popen(
                [sys.executable, "-m", "tests.crash.children", "forker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )

    def run_and_kill(self, db: Path, out: Path, seed: int, after: float) -> None:
        if self.forker is not None:
            assert self.forker.stdin and self.forker.stdout
            self.forker.stdin.write(f"fork {db} {out} {seed}\n")
            self.forker.stdin.flush()
            pid = int(self.forker.stdout.readline())
            self._wait_ready(out)
            time.sleep(after)
            os.kill(pid, signal.SIGKILL)
            assert self.forker.stdout.readline().strip() == "reaped"
            return
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.children", "saver", str(db), str(out), str(seed)], cwd=ROOT
        )
        self._wait_ready(out)
        time.sleep(after)
        child.kill()
        child.wait(10)

    @staticmethod
    def _wait_ready(out: Path) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().startswith(b"ready\n"):
                return
            time.sleep(0.001)
        raise AssertionError("the saver did not start")

    def close(self) -> None:
        if self.forker is not None:
            self.forker.stdin.close()
            self.forker.wait(10)


def check_file(path: Path, confirmed: dict) -> None:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)  # never checkpoints
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        staff = {r[0]: r[1] for r in conn.execute("SELECT uuid, name FROM staff")}
        missing = confirmed["staff"] - set(staff)
        assert not missing, f"{len(missing)} confirmed saves are missing"
        per_batch: dict[str, int] = {}
        for name in staff.values():
            if name.startswith("Batch "):
                tag = name.split(" #")[0]
                per_batch[tag] = per_batch.get(tag, 0) + 1
        assert set(per_batch.values()) <= {5}, "a transaction was half saved"
        assert set(confirmed["batches"]) <= set(per_batch)
        assert (conn.execute("SELECT max(rev) FROM wards").fetchone()[0] or 0) >= confirmed["ward_rev"]
        assert confirmed["drafts"] <= {r[0] for r in conn.execute("SELECT key FROM drafts")}
    finally:
        conn.close()


def read_confirmed(out: Path, confirmed: dict) -> int:
    lines = out.read_text().splitlines()
    if lines and not out.read_text().endswith("\n"):
        lines = lines[:-1]  # a line cut by the kill was never a confirmation
    for line in lines[1:]:
        kind, _, rest = line.partition(" ")
        if kind == "staff":
            confirmed["staff"].add(rest)
        elif kind == "batch":
            tag, *ids = rest.rsplit(" ", 5)
            confirmed["batches"].add(tag)
            confirmed["staff"].update(ids)
        elif kind == "ward":
            confirmed["ward_rev"] = max(confirmed["ward_rev"], int(rest))
        elif kind == "draft":
            confirmed["drafts"].add(rest)
    return len(lines) - 1


def test_killing_the_app_mid_save_loses_no_confirmed_save(tmp_path: Path, template_database: Path) -> None:
    path = tmp_path / "data" / "wardhuddle.sqlite3"
    path.parent.mkdir()
    path.write_bytes(template_database.read_bytes())
    rng = random.Random(20261103)
    confirmed: dict = {"staff": set(), "batches": set(), "ward_rev": 0, "drafts": set()}
    started = time.monotonic()
    launcher = Launcher()
    kills_mid_run = 0
    try:
        for round_number in range(KILLS):
            out = tmp_path / f"confirmed-{round_number}.txt"
            launcher.run_and_kill(path, out, round_number, rng.uniform(0.002, 0.08))
            kills_mid_run += read_confirmed(out, confirmed) > 0
            check_file(path, confirmed)
    finally:
        launcher.close()
    elapsed = time.monotonic() - started
    assert kills_mid_run >= KILLS // 2, "kills should land at all stages of the save loop"
    assert len(confirmed["staff"]) > 50 and confirmed["batches"] and confirmed["drafts"]
    assert elapsed < BUDGET_SECONDS, f"{KILLS} kills took {elapsed:.1f} s"
    print(f"{KILLS} kills, {len(confirmed['staff'])} confirmed staff saves, {elapsed:.1f} s")

    # R14: after the last kill, the app's restart check offers the drafts back
    from app.services.store import open_store

    store = open_store(path)
    assert store.health.unclean_shutdown and store.health.full_check_ran and not store.health.damaged
    assert confirmed["drafts"] <= {d.key for d in store.drafts.pending()}
    store.close()
