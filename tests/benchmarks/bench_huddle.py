"""Opening today's sheet and saving a sheet, on a trust-sized database, against raw SQLite commits.

    uv run wardhuddle demo --data-dir /tmp/big --wards 20 --years 5
    uv run python tests/benchmarks/bench_huddle.py --data-dir /tmp/big

Targets (issue 3): open today's sheet <= 100 ms; save <= 20 ms at the 95th percentile.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def raw_commit_floor(runs: int) -> list[float]:
    folder = tempfile.mkdtemp(prefix="wh-floor-")
    conn = sqlite3.connect(os.path.join(folder, "floor.sqlite3"), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO t VALUES (1, '')")
    body = "x" * 3000
    times = []
    for i in range(runs):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET body = ? WHERE id = 1", [body + str(i)])
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.services.store import open_store

    store = open_store(Path(args.data_dir) / "wardhuddle.sqlite3")
    wards = store.wards.list_wards()
    ward = wards[len(wards) // 2]
    store.settings.set("current_ward_id", ward.id)
    today = store.huddles.today()
    slot = ward.details.huddle_slots[0]

    open_times = []
    for _ in range(50):
        start = time.perf_counter()
        store.huddles.sheet_for(ward.id, today, slot)
        store.actions.open_actions(ward.id)
        store.huddles.cross_for_day(ward.id, today)
        for harm in ward.details.focus_harms:
            store.huddles.days_since_harm(ward.id, harm, today)
        store.huddles.cross_month(ward.id, today.year, today.month)
        open_times.append(time.perf_counter() - start)

    from app.ui.application import create_application
    from app.ui.pages.huddle_page import HuddlePage

    app = create_application()
    page = HuddlePage(store)
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    page_times = []
    for _ in range(20):
        start = time.perf_counter()
        page.load()
        page.grab()  # includes painting the page
        page_times.append(time.perf_counter() - start)

    sheet = store.huddles.sheet_for(ward.id, today, slot)
    save_times = []
    for i in range(args.runs):
        edited = replace(sheet, notes=f"benchmark note {i}")
        start = time.perf_counter()
        sheet = store.huddles.save(edited).sheet
        save_times.append(time.perf_counter() - start)
    floor = raw_commit_floor(args.runs)
    sheets = store.database.conn.execute("SELECT count(*) FROM huddle_sheets").fetchone()[0]
    print(f"database: {sheets} huddle sheets, {len(wards)} wards")
    print(f"open today's sheet (service reads)  : median {statistics.median(open_times) * 1000:.1f} ms, p95 {p95(open_times) * 1000:.1f} ms")
    print(f"open today's sheet (page load+paint): median {statistics.median(page_times) * 1000:.1f} ms, p95 {p95(page_times) * 1000:.1f} ms (target <= 100 ms)")
    print(f"save a sheet                        : median {statistics.median(save_times) * 1000:.2f} ms, p95 {p95(save_times) * 1000:.2f} ms (target <= 20 ms)")
    print(f"raw SQLite commit, synchronous=FULL : median {statistics.median(floor) * 1000:.2f} ms, p95 {p95(floor) * 1000:.2f} ms")
    print(f"save / raw commit at p95            : {p95(save_times) / p95(floor):.1f}x")
    page.close()
    page.deleteLater()
    app.processEvents()
    del page
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
