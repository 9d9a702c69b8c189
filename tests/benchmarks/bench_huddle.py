"""Opening today's sheet and saving a sheet, on a trust-sized database, against raw SQLite commits.

    uv run wardhuddle demo --data-dir /tmp/big --wards 20 --years 5
    uv run python tests/benchmarks/bench_huddle.py --data-dir /tmp/big [--runs N] [--json FILE]

Targets (issues #3 and #11): open today's sheet <= 100 ms (the page's load and paint, what a
nurse waits for; the service reads alone are reported too); save <= 20 ms at the 95th
percentile, against a raw SQLite commit with synchronous=FULL in WAL mode, in a file in the
same folder (same disk), as the floor. The demo's middle ward is made the current one.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _bench import load_average, median, on_path, p95, write_json

on_path()


def raw_commit_floor(runs: int, folder: Path) -> list[float]:
    """Seconds per raw commit: one ~3 kB row updated in its own transaction, WAL, synchronous=FULL."""
    with tempfile.TemporaryDirectory(prefix="wh-floor-", dir=folder) as temp:
        conn = sqlite3.connect(os.path.join(temp, "floor.sqlite3"), isolation_level=None)
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
        conn.close()
    return times


def measure(data_dir: Path, runs: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.services.store import open_store

    load_before = load_average()
    store = open_store(Path(data_dir) / "wardhuddle.sqlite3")
    wards = store.wards.list_wards()
    ward = wards[len(wards) // 2]
    previous_ward = store.settings.get("current_ward_id")  # put back at the end: other areas print its sheets
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
    existed = sheet.is_saved  # the demo ends today, so today's sheet is normally there
    save_times = []
    for i in range(runs):
        edited = replace(sheet, notes=f"benchmark note {i}")
        start = time.perf_counter()
        sheet = store.huddles.save(edited).sheet
        save_times.append(time.perf_counter() - start)
    floor = raw_commit_floor(runs, Path(data_dir))
    sheets = store.database.conn.execute("SELECT count(*) FROM huddle_sheets").fetchone()[0]
    page.close()
    page.deleteLater()
    app.processEvents()
    del page
    store.settings.set("current_ward_id", previous_ward)
    store.close()
    ms = 1000.0
    return {
        "sheets": sheets,
        "wards": len(wards),
        "day": today.isoformat(),
        "sheet_existed": existed,
        "open_service_ms": median(open_times) * ms,
        "open_service_p95_ms": p95(open_times) * ms,
        "open_page_ms": median(page_times) * ms,
        "open_page_p95_ms": p95(page_times) * ms,
        "save_ms": median(save_times) * ms,
        "save_p95_ms": p95(save_times) * ms,
        "raw_commit_ms": median(floor) * ms,
        "raw_commit_p95_ms": p95(floor) * ms,
        "save_ratio_p95": p95(save_times) / p95(floor),
        "runs": runs,
        "load_before": load_before,
        "load_after": load_average(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--json", default=None, help="also write the results to this file")
    args = parser.parse_args()
    r = measure(Path(args.data_dir), args.runs)
    print(f"database: {r['sheets']} huddle sheets, {r['wards']} wards; today {r['day']}")
    print(
        f"open today's sheet (service reads)  : median {r['open_service_ms']:.1f} ms, p95 {r['open_service_p95_ms']:.1f} ms"
    )
    print(
        f"open today's sheet (page load+paint): median {r['open_page_ms']:.1f} ms, "
        f"p95 {r['open_page_p95_ms']:.1f} ms (target <= 100 ms)"
    )
    print(
        f"save a sheet                        : median {r['save_ms']:.2f} ms, p95 {r['save_p95_ms']:.2f} ms (target <= 20 ms)"
    )
    print(
        f"raw SQLite commit, synchronous=FULL : median {r['raw_commit_ms']:.2f} ms, p95 {r['raw_commit_p95_ms']:.2f} ms"
    )
    print(
        f"save / raw commit at p95            : {r['save_ratio_p95']:.1f}x; load average {r['load_before']} -> {r['load_after']}"
    )
    write_json(args.json, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
