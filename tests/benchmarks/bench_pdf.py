"""PDF speed: one huddle sheet and the weekly pack in a warm process, against the bare reportlab
script (bare_reportlab.py) building its one-page table in the same warm process; and the whole
`wardhuddle print huddle` process against the bare script as a whole process, interleaved in the
same run. Run: ``uv run python tests/benchmarks/bench_pdf.py [--runs N] [--data-dir DIR] [--json FILE]``.

Without ``--data-dir`` it prints from a 12-week demo ward; with it, the current ward's latest
sheet (and that week's pack) of an existing data file, which is only read. Targets (issues #7
and #11): sheet <= 150 ms warm; weekly pack <= 1.5 s; the print command <= 1.5x the bare script.
Byte-code caching is switched on for the subprocesses (as in an installed build), and each
command runs once first to warm the OS file cache and write the caches.
"""

from __future__ import annotations

import argparse
import io
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _bench import HERE, ROOT, child_env, load_average, median, on_path, write_json

on_path()

END = date(2026, 11, 20)
DAY = date(2026, 11, 19)


def clock() -> datetime:
    return datetime(2026, 11, 20, 15, 30, tzinfo=UTC)


def make_demo(folder: Path, weeks: int) -> Path:
    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store

    path = folder / "wardhuddle.sqlite3"
    store = open_store(path, clock=clock)
    build_demo(store, DemoPlan(weeks=weeks, end=END))
    store.close()
    return path


def latest_sheet(path: Path, today: date | None = None) -> tuple[str, date, str]:
    """(ward code, day, slot) of the current ward's latest saved sheet up to ``today``."""
    from app.services import printing

    with printing.reading_store(path) as store:
        ward = printing.resolve_ward(store)
        today = today or store.huddles.today()
        sheets = store.huddles.sheets_between(ward.id, today - timedelta(days=30), today)
        if not sheets:
            raise SystemExit(f"{ward.name} has no huddle sheet in the 30 days to {today}.")
        sheet = max(sheets, key=lambda s: (s.huddle_date, printing.slot_order(ward, s.slot)))
        return ward.details.ward_code or ward.name, sheet.huddle_date, sheet.slot


def warm(path: Path, runs: int, ward_code: str, day: date, slot: str) -> dict:
    """Median wall and CPU seconds of the sheet, the pack and the bare table, in one warm process."""
    from bare_reportlab import build

    from app.domain.weeks import week_label
    from app.services import printing

    def timed(work, n: int) -> tuple[float, float]:
        work()  # first use: imports, fonts, caches
        walls, cpus = [], []
        for _ in range(n):
            start, cpu = time.perf_counter(), time.process_time()
            work()
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        return median(walls), median(cpus)

    monday = day - timedelta(days=day.weekday())
    with printing.reading_store(path) as store:
        ward = printing.resolve_ward(store, ward_code)
        sheet, sheet_cpu = timed(lambda: printing.huddle_sheet_pdf(store, ward.id, day, slot), runs)
        pack, pack_cpu = timed(lambda: printing.week_pack_pdf(store, ward.id, monday), max(3, runs // 3))
        data = printing.week_pack_pdf(store, ward.id, monday)
        pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    bare, bare_cpu = timed(lambda: build(io.BytesIO()), runs)
    return {
        "sheet_ms": sheet * 1000,
        "sheet_cpu_ms": sheet_cpu * 1000,
        "pack_ms": pack * 1000,
        "pack_cpu_ms": pack_cpu * 1000,
        "pack_pages": pages,
        "bare_warm_ms": bare * 1000,
        "bare_warm_cpu_ms": bare_cpu * 1000,
        "week": week_label(monday),
    }


def timed_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds, and the child's CPU seconds (user + system), which a busy machine
    disturbs much less than the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(path: Path, runs: int, out_folder: Path, today: date | None = None) -> dict:
    load_before = load_average()
    ward_code, day, slot = latest_sheet(path, today)
    result = warm(path, runs, ward_code, day, slot)
    env = child_env()
    app_cmd = [
        sys.executable,
        "-m",
        "app",
        "--data-dir",
        str(path.parent),
        "print",
        "huddle",
        "--date",
        day.isoformat(),
        "--slot",
        slot,
        "--ward",
        ward_code,
        "--out",
        str(out_folder / "sheet.pdf"),
    ]
    bare_cmd = [sys.executable, str(HERE / "bare_reportlab.py"), str(out_folder / "bare.pdf")]
    timed_process(app_cmd, env), timed_process(bare_cmd, env)  # warm the file cache and the byte-code caches
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so drift affects both alike
        bare_times.append(timed_process(bare_cmd, env))
        app_times.append(timed_process(app_cmd, env))
    result.update(
        print_ms=median(t[0] for t in app_times) * 1000,
        print_cpu_ms=median(t[1] for t in app_times) * 1000,
        bare_process_ms=median(t[0] for t in bare_times) * 1000,
        bare_process_cpu_ms=median(t[1] for t in bare_times) * 1000,
        day=day.isoformat(),
        slot=slot,
        ward=ward_code,
        runs=runs,
    )
    result["print_ratio"] = result["print_ms"] / result["bare_process_ms"]
    result["print_cpu_ratio"] = result["print_cpu_ms"] / result["bare_process_cpu_ms"]
    result["sheet_ratio"] = result["sheet_ms"] / result["bare_warm_ms"]
    result["pack_ratio"] = result["pack_ms"] / result["bare_warm_ms"]
    result["load_before"], result["load_after"] = load_before, load_average()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--weeks", type=int, default=12, help="weeks of demo history without --data-dir (default 12)")
    parser.add_argument("--data-dir", type=Path, default=None, help="print from this data folder (only read)")
    parser.add_argument("--json", default=None, help="also write the results to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wh-bench-pdf-") as temp:
        folder = Path(temp)
        path = args.data_dir / "wardhuddle.sqlite3" if args.data_dir else make_demo(folder, args.weeks)
        r = measure(path, args.runs, folder, None if args.data_dir else END)
    print(f"{r['ward']} {r['day']} {r['slot']}; wall clock (CPU time in brackets), medians")
    print(f"one huddle sheet, warm  : {r['sheet_ms']:.0f} ms ({r['sheet_cpu_ms']:.0f} ms) (target <= 150 ms)")
    print(
        f"weekly pack {r['week']}, {r['pack_pages']} pages: {r['pack_ms']:.0f} ms ({r['pack_cpu_ms']:.0f} ms) "
        "(target <= 1500 ms)"
    )
    print(f"bare reportlab table, warm: {r['bare_warm_ms']:.1f} ms ({r['bare_warm_cpu_ms']:.1f} ms)")
    print(
        f"bare reportlab script   : {r['bare_process_ms']:.0f} ms ({r['bare_process_cpu_ms']:.0f} ms) over {r['runs']} runs"
    )
    print(f"wardhuddle print huddle : {r['print_ms']:.0f} ms ({r['print_cpu_ms']:.0f} ms) over {r['runs']} runs")
    print(
        f"ratio                   : {r['print_ratio']:.2f}x ({r['print_cpu_ratio']:.2f}x) (target <= 1.5x); "
        f"load average {r['load_before']} -> {r['load_after']}"
    )
    write_json(args.json, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
