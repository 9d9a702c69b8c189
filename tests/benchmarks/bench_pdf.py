"""PDF speed: one huddle sheet and the weekly pack in a warm process, and the whole
`wardhuddle print huddle` process against a bare reportlab script that writes a one-page table,
interleaved in the same run. Run: ``uv run python tests/benchmarks/bench_pdf.py [--runs N]``.

Targets (issue #7): sheet <= 150 ms warm; weekly pack <= 1.5 s; the print command <= 1.5x the
bare script. Byte-code caching is switched on for the subprocesses (as in an installed build),
and each command runs once first to warm the OS file cache and write the caches.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

END = date(2026, 11, 20)
DAY = date(2026, 11, 19)


def clock() -> datetime:
    return datetime(2026, 11, 20, 15, 30, tzinfo=timezone.utc)


def make_demo(folder: Path, weeks: int) -> Path:
    from app.services.demo import DemoPlan, build_demo
    from app.services.store import open_store

    path = folder / "wardhuddle.sqlite3"
    store = open_store(path, clock=clock)
    build_demo(store, DemoPlan(weeks=weeks, end=END))
    store.close()
    return path


def warm(path: Path, runs: int) -> tuple[float, float, float, float, int]:
    from app.services import printing

    with printing.reading_store(path, clock) as store:
        ward = printing.resolve_ward(store)
        printing.huddle_sheet_pdf(store, ward.id, DAY)  # first use: imports, fonts, caches
        sheet, sheet_cpu = [], []
        for _ in range(runs):
            start, cpu = time.perf_counter(), time.process_time()
            printing.huddle_sheet_pdf(store, ward.id, DAY)
            sheet.append(time.perf_counter() - start)
            sheet_cpu.append(time.process_time() - cpu)
        pack, pack_cpu, pages = [], [], 0
        for _ in range(max(3, runs // 3)):
            start, cpu = time.perf_counter(), time.process_time()
            data = printing.week_pack_pdf(store, ward.id, "2026-W47")
            pack.append(time.perf_counter() - start)
            pack_cpu.append(time.process_time() - cpu)
            pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    return (statistics.median(sheet), statistics.median(sheet_cpu), statistics.median(pack),
            statistics.median(pack_cpu), pages)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds, and the child's CPU seconds (user + system), which a busy machine
    disturbs much less than the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--weeks", type=int, default=12, help="weeks of demo history (default 12)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wh-bench-pdf-") as temp:
        return measure(Path(temp), args)


def measure(folder: Path, args: argparse.Namespace) -> int:
    path = make_demo(folder, args.weeks)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; wall clock (CPU time in brackets)")
    sheet, sheet_cpu, pack, pack_cpu, pages = warm(path, args.runs)
    print(f"one huddle sheet, warm  : median {sheet * 1000:.0f} ms ({sheet_cpu * 1000:.0f} ms) over {args.runs} runs "
          "(target <= 150 ms)")
    print(f"weekly pack, {pages} pages  : median {pack * 1000:.0f} ms ({pack_cpu * 1000:.0f} ms) (target <= 1500 ms)")

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = folder / "out.pdf"
    app_cmd = [sys.executable, "-m", "app", "--data-dir", str(folder), "print", "huddle", "--date", DAY.isoformat(),
               "--out", str(out)]
    bare_cmd = [sys.executable, str(HERE / "bare_reportlab.py"), str(folder / "bare.pdf")]
    timed(app_cmd, env), timed(bare_cmd, env)  # warm the file cache and the byte-code caches
    app_times, bare_times = [], []
    for _ in range(args.runs):  # interleaved, so drift affects both alike
        bare_times.append(timed(bare_cmd, env))
        app_times.append(timed(app_cmd, env))
    (app_wall, app_cpu), (bare_wall, bare_cpu) = (
        (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for times in (app_times, bare_times))
    print(f"bare reportlab script   : median {bare_wall * 1000:.0f} ms ({bare_cpu * 1000:.0f} ms) over {args.runs} runs")
    print(f"wardhuddle print huddle : median {app_wall * 1000:.0f} ms ({app_cpu * 1000:.0f} ms) over {args.runs} runs")
    print(f"ratio                   : {app_wall / bare_wall:.2f}x ({app_cpu / bare_cpu:.2f}x) (target <= 1.5x)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
