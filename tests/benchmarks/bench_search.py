"""Benchmark of search across everything (not a timed test).

Target: a search takes at most 100 ms on a 20-ward, 5-year data file.

    uv run python tests/benchmarks/bench_search.py                      # 20 wards x 260 weeks
    uv run python tests/benchmarks/bench_search.py --wards 2 --weeks 26 --keep /tmp/bench-search

The data file is filled like ``wardhuddle demo --wards 20 --weeks 260`` (app.demo: huddle
sheets with events and patients at risk, actions, reflections, measures, projects and PDSA
cycles, pulses), then every query below is run ``--repeat`` times through
``SearchService.search`` (what the Search page calls), within one ward and across all wards.
Reported: median and slowest time per query, the number of hits (each kind of record is counted
up to 500), and the cost the index adds to a
save (a huddle sheet saved with and without the search triggers). ``--keep DIR`` keeps (and
reuses) the data file. ``--data-dir DIR`` measures the searches on an existing data file instead
(e.g. ``wardhuddle demo --wards 20 --years 5``; run_all.py does this), never changing it: the
save-cost part, which drops and re-creates the triggers, is left out. ``--json FILE`` writes the
numbers for run_all.py.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from _bench import write_json

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
    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store

    path = folder / "wardhuddle.sqlite3"
    marker = folder / f"built-{wards}x{weeks}"
    if path.exists() and marker.exists():
        return path
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    store = open_store(path, clock=lambda: datetime(2026, 11, 22, 18, 0, tzinfo=UTC))
    started = time.perf_counter()
    counts = build_demo(store, DemoPlan(wards=wards, weeks=weeks, end=END))
    store.close()
    marker.write_text(repr(counts))
    print(
        f"built {wards} wards x {weeks} weeks in {time.perf_counter() - started:.0f} s: "
        f"{counts.get('huddle_sheets', 0)} sheets, {counts.get('actions', 0)} actions"
    )
    return path


def timed(work, repeat: int) -> tuple[float, float, object]:
    result = work()  # warm-up (first read of the pages)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), result


def measure_searches(store, repeat: int) -> dict:  # an AppStore
    """Every query, within the current ward and across all wards: median and slowest ms, hits."""
    ward_id = store.current_ward_id()
    rows = []
    for query in QUERIES:
        for scope, ward in (("one ward", ward_id), ("all wards", None)):
            median, slowest, results = timed(lambda q=query, w=ward: store.search.search(q, w), repeat)
            rows.append(
                {"query": query, "scope": scope, "median_ms": median, "slowest_ms": slowest, "hits": results.total_text}
            )
    return {
        "queries": rows,
        "repeat": repeat,
        "worst_median_ms": max(r["median_ms"] for r in rows),
        "slowest_ms": max(r["slowest_ms"] for r in rows),
        "median_of_medians_ms": statistics.median(r["median_ms"] for r in rows),
        "indexed": store.search.repository.indexed_count(),
        "wards": len(store.wards.list_wards()),
    }


def save_cost(store, repeat: int) -> tuple[float, float]:  # an AppStore
    """The cost the index adds to a save: the same sheet saved with and without the triggers."""
    ward_id = store.current_ward_id()
    sheet = store.huddles.sheets_between(ward_id, date(2026, 11, 1), END)[-1]

    def save_once(n: int = 0) -> None:
        current = store.huddles.get(sheet.id)
        store.huddles.save(replace(current, notes=f"benchmark note {time.perf_counter_ns()}"))

    with_index, _, _ = timed(save_once, repeat)
    triggers = store.database.rows(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'huddle_sheets_search_%'"
    )
    with store.database.write():
        for trigger in triggers:
            store.database.execute(f"DROP TRIGGER {trigger['name']}")
    try:
        without_index, _, _ = timed(save_once, repeat)
    finally:
        with store.database.write():
            for trigger in triggers:
                store.database.execute(trigger["sql"])
    return with_index, without_index


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wards", type=int, default=20)
    parser.add_argument("--weeks", type=int, default=260)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the data file here")
    parser.add_argument("--data-dir", type=Path, default=None, help="search this existing data folder (left unchanged)")
    parser.add_argument("--json", default=None, help="also write the results to this file")
    args = parser.parse_args()
    from app.services.store import open_store

    folder = args.data_dir or args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    path = folder / "wardhuddle.sqlite3" if args.data_dir else build(folder, args.wards, args.weeks)
    store = open_store(path)
    try:
        result = measure_searches(store, args.repeat)
        result["size_mb"] = path.stat().st_size / 1e6
        print(f"data file {result['size_mb']:.0f} MB, {result['indexed']} records indexed, {result['wards']} wards")
        print(f"{'query':22} {'scope':9} {'median ms':>10} {'slowest ms':>11} {'hits':>7}")
        for row in result["queries"]:
            print(
                f"{row['query']:22} {row['scope']:9} {row['median_ms']:10.1f} {row['slowest_ms']:11.1f} {row['hits']:>7}"
            )
        if args.data_dir is None:
            with_index, without_index = save_cost(store, args.repeat)
            print(
                f"saving a huddle sheet: {with_index:.1f} ms median with the index kept in step, "
                f"{without_index:.1f} ms without (synchronous=FULL, so mostly the fsync)"
            )
    finally:
        store.close()
    worst = result["slowest_ms"]
    print(
        f"slowest search: {worst:.1f} ms; slowest query's median {result['worst_median_ms']:.1f} ms "
        f"(target: 100 ms) -> {'OK' if worst <= 100 else 'TOO SLOW'}"
    )
    if args.keep is None and args.data_dir is None:
        shutil.rmtree(folder, ignore_errors=True)
    write_json(args.json, result)
    return 0 if worst <= 100 else 1


if __name__ == "__main__":
    sys.exit(main())
