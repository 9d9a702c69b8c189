"""Benchmark of the weekly export and import (not a timed test).

Targets: exporting one ward's year in at most 2 s; importing 52 weekly files from each of 20
wards in at most 60 s in total.

    uv run python tests/benchmarks/bench_exchange.py                  # 20 wards x 52 weeks
    uv run python tests/benchmarks/bench_exchange.py --wards 3 --weeks 8 --keep /tmp/bench

Each ward is its own data file (its own device), filled like ``wardhuddle demo --weeks 52``
(app.demo) with a different seed. Each ward then makes one export per week, as it would
have on the Monday after that week (``export --week``: records made later are left out), so the
files grow through the year like real weekly full snapshots. The improvement team's database
then imports every file, week by week across the wards: the first file of each ward waits
until its device is linked to the ward, which imports it. ``--keep DIR`` keeps (and reuses) the
generated files. ``--json FILE`` writes the numbers for run_all.py.

``--batches``: ``one`` imports the first week's files (each waits until its ward's device is
linked, as on a ward's first import), then the other 1,020 files in one batch: importing a
year from 20 wards at once, the target's case; ``weekly`` imports each week's 20 files as one
batch, as a year of weekly imports would (52 batches, each with its verified backup); ``both``
(the default) measures both, each into a fresh central database. The files are generated with
the demo's staff, measures (data points from their period), projects, PDSA cycles and pulses
back-dated, so each week's file holds what a real ward's would.

The floor: bare_import.py reads the same files (json.loads of every line) and inserts every
record into one plain table in one transaction, synchronous=FULL; the import at once should take
at most 3x it with every check kept.

The import's time is split into its parts by wrapping (in this process only) the file check
(``read_export``), the merge and the verified backup taken before each batch.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from _bench import load_average, write_json

END = date(2026, 11, 22)  # a Sunday: the last day of demo history


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def _monday_after(sunday: date) -> datetime:
    return datetime.combine(sunday + timedelta(days=1), clock_time(9, 0), tzinfo=UTC)


GENERATION = 2  # files made by an older version of generate() are not reused


def backdate(store, weeks: int) -> dict[str, int]:  # an AppStore
    """Give the records the demo made "now" (staff, measures and their data points, projects, PDSA
    cycles, pulses) the creation time they would have had over the year, so that each week's
    export holds them as a real ward's would: data points from the evening of their period, the
    rest from the day before the first week. (The demo stamps them with the build time, after
    every week, so `export --week` left them all out.) Benchmark data only: timestamps, nothing else."""
    from app.services.exchange.weekly_file_contents import export_types

    first = END - timedelta(days=7 * weeks - 1)
    cutoff = _monday_after(END).strftime("%Y-%m-%dT00:00:00")  # anything stamped on the build day
    start = f"{first - timedelta(days=1):%Y-%m-%d}T09:00:00.000Z"
    moved: dict[str, int] = {}
    with store.database.write():
        for kind in export_types():
            when = "period || 'T18:00:00.000Z'" if kind.table == "data_points" else "?"
            cursor = store.database.execute(
                f"UPDATE {kind.table} SET created_at = {when} WHERE created_at >= ?",
                [cutoff] if kind.table == "data_points" else [start, cutoff],
            )
            moved[kind.table] = cursor.rowcount
    return moved


def generate(folder: Path, wards: int, weeks: int) -> list[list[Path]]:
    """Files per ward, oldest first."""
    from app.demo import DemoPlan, build_demo
    from app.domain.weeks import week_label
    from app.services.store import open_store

    all_files: list[list[Path]] = []
    for number in range(wards):
        out = folder / f"files-g{GENERATION}" / f"ward{number:02d}"
        existing = sorted(out.glob("*.zip"))
        if len(existing) == weeks:
            all_files.append(existing)
            continue
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        clock = Clock(_monday_after(END))
        ward_folder = folder / f"wards-g{GENERATION}" / f"ward{number:02d}"
        shutil.rmtree(ward_folder, ignore_errors=True)
        store = open_store(ward_folder / "wardhuddle.sqlite3", clock=clock)
        try:
            started = time.perf_counter()
            build_demo(store, DemoPlan(wards=1, weeks=weeks, seed=number + 1, end=END))
            backdate(store, weeks)
            ward_id = store.wards.list_wards()[0].id
            files = []
            for back in range(weeks - 1, -1, -1):
                sunday = END - timedelta(days=7 * back)
                clock.moment = _monday_after(sunday)
                result, prepared = store.exchange.exports.export(
                    ward_id, out, week=week_label(sunday), acknowledge_warnings=True
                )
                assert result is not None, prepared.pii.summary()
                files.append(result.path)
            print(f"  ward {number + 1:2d}: {weeks} files in {time.perf_counter() - started:.1f} s", flush=True)
        finally:
            store.close()
        all_files.append(files)
    return all_files


def bench_export(folder: Path, runs: int = 5) -> dict[str, float]:
    """Export ward 0's whole year again (prepare + identifier check + write), median of runs."""
    from app.services.store import open_store

    store = open_store(
        folder / f"wards-g{GENERATION}" / "ward00" / "wardhuddle.sqlite3", clock=Clock(_monday_after(END))
    )
    out = folder / "export-runs"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    try:
        ward_id = store.wards.list_wards()[0].id
        prepare_times, write_times, cpu_times = [], [], []
        for _ in range(runs):
            started, cpu = time.perf_counter(), time.process_time()
            prepared = store.exchange.exports.prepare(ward_id)
            middle = time.perf_counter()
            result = store.exchange.exports.write(prepared, out)
            prepare_times.append(middle - started)
            write_times.append(time.perf_counter() - middle)
            cpu_times.append(time.process_time() - cpu)
        return {
            "records": prepared.record_count,
            "bytes": result.path.stat().st_size,
            "prepare": statistics.median(prepare_times),
            "write": statistics.median(write_times),
            "total": statistics.median(p + w for p, w in zip(prepare_times, write_times, strict=False)),
            "cpu": statistics.median(cpu_times),
        }
    finally:
        store.close()


class Phases:
    """Wall and CPU seconds spent inside some functions, by wrapping them for one run."""

    def __init__(self) -> None:
        self.totals: dict[str, list[float]] = {}  # label -> [wall s, CPU s, calls]
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):  # ANN003, ANN202
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                total = self.totals.setdefault(label, [0.0, 0.0, 0])
                total[0] += time.perf_counter() - wall
                total[1] += time.thread_time() - cpu
                total[2] += 1

        setattr(owner, name, timed)
        self._undo.append((owner, name, original))

    def restore(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


def bench_import(folder: Path, files: list[list[Path]], batches: str = "one") -> dict[str, float]:
    """Import every file into a fresh central database. ``batches="weekly"``: each week's files from
    all wards as one batch (a year of weekly imports: 52 batches, each with its verified backup);
    ``"one"``: the first week's files, which wait until each ward's device is linked (as on the
    first import from a ward), then the other 1,020 files in one batch (one backup), which is
    what importing the 52 files from each of 20 wards at once costs."""
    import app.services.exchange.imports as imports_module
    from app.services.exchange.imports import IMPORTED
    from app.services.exchange.merge import Merger
    from app.services.safety.backups import BackupService
    from app.services.store import open_store

    central_dir = folder / "central"
    shutil.rmtree(central_dir, ignore_errors=True)
    store = open_store(central_dir / "wardhuddle.sqlite3", clock=Clock(_monday_after(END) + timedelta(hours=2)))
    try:
        imports = store.exchange.imports
        weeks = len(files[0])
        phases = Phases()
        phases.wrap(imports_module, "read_export", "check")
        phases.wrap(Merger, "merge", "merge")
        phases.wrap(BackupService, "before_risky_operation", "backup")
        load_before = load_average()
        started, cpu = time.perf_counter(), time.process_time()
        statuses: dict[str, int] = {}
        records = 0
        by_week = [[ward_files[week] for ward_files in files] for week in range(weeks)]
        if batches == "one":
            by_week = [by_week[0], [path for week in by_week[1:] for path in week]]
        for batch in by_week:
            for result in imports.import_files(batch):
                statuses[result.status] = statuses.get(result.status, 0) + 1
                records += sum(result.counts.as_dict().values())
            for group in imports.pending_groups():  # a new device: linked to the ward its files name
                for result in imports.map_device(group.device_id, group.home_ward_id, group.home_ward_id):
                    statuses[result.status] = statuses.get(result.status, 0) + 1
                    records += sum(result.counts.as_dict().values())
        elapsed = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu
        load_after = load_average()
        phases.restore()
        imported = statuses.get(IMPORTED, 0)
        again_started = time.perf_counter()
        again = imports.import_files([f for ward_files in files for f in ward_files])
        again_elapsed = time.perf_counter() - again_started
        assert all(r.status == "already imported" for r in again)
        from bare_import import floor_import

        floor = floor_import([f for ward_files in files for f in ward_files], folder / "floor.sqlite3")
        return {
            "floor_seconds": floor["seconds"],
            "floor_ratio": elapsed / floor["seconds"] if floor["seconds"] else 0.0,
            "files": sum(len(f) for f in files),
            "imported": imported,
            "records": records,
            "seconds": elapsed,
            "cpu": cpu_seconds,
            "reimport_seconds": again_elapsed,
            "db_mb": (central_dir / "wardhuddle.sqlite3").stat().st_size / 1e6,
            "conflicts": len(imports.conflicts()),
            "quarantined": len(imports.quarantined()),
            "backups": phases.totals.get("backup", [0, 0, 0])[2],
            **{f"{name}_seconds": total[0] for name, total in phases.totals.items()},
            **{f"{name}_cpu": total[1] for name, total in phases.totals.items()},
            "load_before": load_before,
            "load_after": load_after,
            "batches": batches,
        }
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wards", type=int, default=20)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the generated files in this folder")
    parser.add_argument(
        "--batches",
        choices=("one", "weekly", "both"),
        default="both",
        help="import all files in one batch, in 52 weekly batches, or both (default)",
    )
    parser.add_argument("--json", default=None, help="also write the results to this file")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        print(f"Generating {args.wards} wards x {args.weeks} weekly files in {folder} ...", flush=True)
        started = time.perf_counter()
        files = generate(folder, args.wards, args.weeks)
        print(
            f"Generated in {time.perf_counter() - started:.0f} s. Load average now: "
            f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs."
        )
        export = bench_export(folder)
        print(
            f"Export of one ward's {args.weeks} weeks ({export['records']:.0f} records, "
            f"{export['bytes'] / 1e6:.2f} MB): {export['total']:.2f} s median "
            f"(read + identifier check {export['prepare']:.2f} s, build + write {export['write']:.2f} s; "
            f"CPU {export['cpu']:.2f} s); target <= 2 s"
        )
        results = {}
        for batches in ("one", "weekly") if args.batches == "both" else (args.batches,):
            result = results[batches] = bench_import(folder, files, batches)
            how = "the first week's files, then the rest in one batch" if batches == "one" else "52 weekly batches"
            print(
                f"Import of {result['files']:.0f} files, {how} ({result['records']:.0f} record lines merged, "
                f"{result['imported']:.0f} imported): {result['seconds']:.1f} s (CPU {result['cpu']:.1f} s); "
                "target <= 60 s"
            )
            print(
                f"  {result['seconds'] / result['files'] * 1000:.0f} ms per file; merged database "
                f"{result['db_mb']:.1f} MB; conflicts {result['conflicts']:.0f}, quarantined {result['quarantined']:.0f}"
            )
            print(
                f"  checking files {result.get('check_seconds', 0):.1f} s (CPU {result.get('check_cpu', 0):.1f} s), "
                f"merging {result.get('merge_seconds', 0):.1f} s (CPU {result.get('merge_cpu', 0):.1f} s), "
                f"{result['backups']:.0f} verified backups {result.get('backup_seconds', 0):.1f} s; "
                f"load average {result['load_before']} -> {result['load_after']}"
            )
            print(
                f"  importing all {result['files']:.0f} files again (all 'already imported'): "
                f"{result['reimport_seconds']:.1f} s"
            )
            print(
                f"  floor (bare_import.py: json.loads + one plain INSERT per record, one transaction): "
                f"{result['floor_seconds']:.1f} s; the import takes {result['floor_ratio']:.1f}x it (target <= 3x)"
            )
        write_json(
            args.json,
            {
                "export": export,
                "import": results.get("one"),
                "import_weekly": results.get("weekly"),
                "wards": args.wards,
                "weeks": args.weeks,
            },
        )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
