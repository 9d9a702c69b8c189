"""Benchmark of search across everything (not a timed test).

Target: a search takes at most 100 ms on a 20-ward, 5-year data file.

    uv run python tests/benchmarks/bench_search.py                      # 20 wards x 260 weeks
    uv run python tests/benchmarks/bench_search.py --wards 2 --weeks 26 --keep /tmp/bench-search

The data file is filled like ``wardhuddle demo --wards 20 --weeks 260`` (app.services.demo: huddle
sheets with events and patients at risk, actions, reflections, measures, projects and PDSA
cycles, pulses), then every query below is run ``--repeat`` times through
``SearchService.search`` (what the Search page calls), within one ward and across all wards.
Reported: median and slowest time per query, the number of hits (each kind of record is counted
up to 500), and the cost the index adds to a
save (a huddle sheet saved with and without the search triggers). ``--keep DIR`` keeps (and
reuses) the data file.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

END = date(2026, 11, 22)
QUERIES = (
    "mattress",  # rare: a few actions
    "fall",  # common: events, at-risk flags, actions, projects
    "harm",  # very common: every look-back event
    "huddle",  # in every sheet's title
    "bay 2",  # two words, one a number
    "sian",  # a name with an accent folded
    "nur",  # a word still being typed (prefix)
    "hoist sling frayed",  # three words, few hits
    "zzzz",  # nothing
)


def build(folder: Path, wards: int, weeks: int) -> Path:
    from app.services.demo import DemoPlan, build_demo
    from app.services.store import open_store

    path = folder / "wardhuddle.sqlite3"
    marker = folder / f"built-{wards}x{weeks}"
    if path.exists() and marker.exists():
        return path
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    store = open_store(path, clock=lambda: datetime(2026, 11, 22, 18, 0, tzinfo=timezone.utc))
    started = time.perf_counter()
    counts = build_demo(store, DemoPlan(wards=wards, weeks=weeks, end=END))
    store.close()
    marker.write_text(repr(counts))
    print(f"built {wards} wards x {weeks} weeks in {time.perf_counter() - started:.0f} s: "
          f"{counts.get('huddle_sheets', 0)} sheets, {counts.get('actions', 0)} actions")
    return path


def timed(work, repeat: int) -> tuple[float, float, object]:  # noqa: ANN001
    result = work()  # warm-up (first read of the pages)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wards", type=int, default=20)
    parser.add_argument("--weeks", type=int, default=260)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the data file here")
    args = parser.parse_args()
    from app.services.store import open_store

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    path = build(folder, args.wards, args.weeks)
    store = open_store(path)
    size_mb = path.stat().st_size / 1e6
    indexed = store.search.repository.indexed_count()
    ward_id = store.current_ward_id()
    print(f"data file {size_mb:.0f} MB, {indexed} records indexed, {len(store.wards.list_wards())} wards")
    print(f"{'query':22} {'scope':9} {'median ms':>10} {'slowest ms':>11} {'hits':>7}")
    worst = 0.0
    for query in QUERIES:
        for scope, ward in (("one ward", ward_id), ("all wards", None)):
            median, slowest, results = timed(lambda q=query, w=ward: store.search.search(q, w), args.repeat)
            worst = max(worst, slowest)
            print(f"{query:22} {scope:9} {median:10.1f} {slowest:11.1f} {results.total_text:>7}")

    # the cost the index adds to a save: the same sheet saved with and without the triggers
    sheet = store.huddles.sheets_between(ward_id, date(2026, 11, 1), END)[-1]
    def save_once(n: int = 0) -> None:  # noqa: ANN202
        current = store.huddles.get(sheet.id)
        store.huddles.save(replace(current, notes=f"benchmark note {time.perf_counter_ns()}"))
    with_index, _, _ = timed(save_once, args.repeat)
    triggers = store.database.rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                   "'huddle_sheets_search_%'")
    with store.database.write():
        for trigger in triggers:
            store.database.execute(f"DROP TRIGGER {trigger['name']}")
    without_index, _, _ = timed(save_once, args.repeat)
    with store.database.write():
        for trigger in triggers:
            store.database.execute(trigger["sql"])
    print(f"saving a huddle sheet: {with_index:.1f} ms median with the index kept in step, "
          f"{without_index:.1f} ms without (synchronous=FULL, so mostly the fsync)")
    store.close()
    print(f"slowest search: {worst:.1f} ms (target: 100 ms) -> {'OK' if worst <= 100 else 'TOO SLOW'}")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if worst <= 100 else 1


if __name__ == "__main__":
    sys.exit(main())
