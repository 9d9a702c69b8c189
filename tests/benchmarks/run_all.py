"""The benchmark suite (issue #11): every measurement at ward and trust scale, against its floor.

    uv run python tests/benchmarks/run_all.py [--data-dir DIR] [--repeat 3] [--out FILE] [--only AREA,...]

First (once; kept in DIR, default /tmp/wardhuddle-bench, and reused):

* ``DIR/trust``: ``wardhuddle demo --wards 20 --years 5``, timed (the "large data" measurement;
  about 36,400 daily sheets with actions, reflections, measures, projects and PDSA cycles). It
  is built again when it was not built today (so "today's sheet" exists), or with ``--rebuild``;
* ``DIR/exchange``: 20 wards' weekly export files for a year (bench_exchange.py; the first run
  takes several minutes).

Then ``--repeat`` times, each area in a fresh subprocess (a new interpreter, as a user's would
be): cold start (bench_startup.py), every page's first and second visit (bench_pages.py), the
GUI's peak memory (bench_memory.py), charts (bench_chart.py), PDFs (bench_pdf.py), search
(bench_search.py), opening and saving a sheet (bench_huddle.py), export and import
(bench_exchange.py; its 52-weekly-batches case, which has no target, in the first repeat only).
Each script also runs on its own. The table gives the median over the
repeats; a ratio is the median of each repeat's ratio to its floor, which was measured in the
same run. The load average is recorded before and after each area (other work on the machine
slows the wall clock; CPU times are in the JSON). Results, machine details and every repeat's
raw numbers go to ``--out`` (default DIR/results.json). Before each area a fixed pure-Python
loop is timed ("speed check"): a virtual machine's speed can change with its host's load, which
the guest's load average does not show.

Not part of ``uv run pytest`` (pyproject's norecursedirs excludes tests/benchmarks).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from _bench import HERE, ROOT, child_env, load_average, median

WARDS, YEARS = 20, 5
AREAS = ("startup", "pages", "memory", "chart", "pdf", "search", "huddle", "exchange", "board")


@dataclass(frozen=True)
class Row:
    label: str
    area: str
    value: str  # dotted key in the area's JSON
    unit: str  # "ms", "s" or "MB"
    target: float
    floor: str | None = None  # dotted key of the floor measured in the same run
    target_is_ratio: bool = False  # the target is a ratio to the floor, not a value

    def pick(self, data: dict[str, Any], key: str) -> float | None:
        for part in key.split("."):
            if not isinstance(data, dict) or part not in data:
                return None
            data = data[part]
        return float(data) if isinstance(data, (int, float)) else None


ROWS = (
    Row(
        "Cold start to first paint (`--quit-when-ready`), vs a bare PySide6 window",
        "startup",
        "app_ms",
        "ms",
        2.0,
        "bare_ms",
        target_is_ratio=True,
    ),
    Row(
        "Every page's first visit in a fresh process (click to painted), the slowest",
        "pages",
        "worst_first_ms",
        "ms",
        150,
    ),
    Row("Every page's second visit (click to painted), the slowest", "pages", "worst_second_ms", "ms", 50),
    Row("Open today's sheet (page load + paint)", "huddle", "open_page_ms", "ms", 100),
    Row(
        "Save a sheet, 95th percentile, vs a raw SQLite commit (synchronous=FULL)",
        "huddle",
        "save_p95_ms",
        "ms",
        20,
        "raw_commit_p95_ms",
    ),
    Row(
        "Search, slowest of 18 (9 queries x one ward / all wards), median of its runs",
        "search",
        "worst_median_ms",
        "ms",
        100,
    ),
    Row("analyse() on 10,000 points (slower of run / XmR)", "chart", "analyse_ms", "ms", 20),
    Row("Redraw a 5-year daily XmR chart (1,826 points) and paint it", "chart", "redraw_paint_ms", "ms", 50),
    Row(
        "One huddle sheet PDF (4 pages), warm, vs a bare reportlab table, warm",
        "pdf",
        "sheet_ms",
        "ms",
        150,
        "bare_warm_ms",
    ),
    Row("Weekly pack PDF, vs a bare reportlab table, warm", "pdf", "pack_ms", "ms", 1500, "bare_warm_ms"),
    Row(
        "`wardhuddle print huddle`, whole process, vs the bare reportlab script",
        "pdf",
        "print_ms",
        "ms",
        1.5,
        "bare_process_ms",
        target_is_ratio=True,
    ),
    Row("Weekly export of one ward-year (1 ward, 52 weeks)", "exchange", "export.total", "s", 2),
    Row(
        "Import at once, every check kept, vs bare_import.py (json.loads + one plain INSERT per record)",
        "exchange",
        "import.seconds",
        "s",
        3,
        "import.floor_seconds",
        target_is_ratio=True,
    ),
    Row(
        "GUI peak memory, every page visited on the trust file, vs a bare PySide6 window",
        "memory",
        "gui_peak_mb",
        "MB",
        300,
        "bare_peak_mb",
    ),
)
ROWS += (
    Row("Improvement board first paint, after its module is loaded", "board", "first_paint_ms", "ms", 150),
    Row("Move a card on the board (save + redraw)", "board", "move_ms", "ms", 30),
    Row(
        "`wardhuddle print board`, whole process, vs `wardhuddle print huddle`",
        "board",
        "print_board_ms",
        "ms",
        1.5,
        "print_huddle_ms",
        target_is_ratio=True,
    ),
)
INFO_ROWS = (  # reported beside the table, no target of their own
    # Issue #19 replaced the import's 60 s target (issue #11, set before the ward-boundary checks of
    # issue #17) with a ratio to a floor measured in the same run: its seconds are shown here.
    Row("Import 52 weekly files from each of 20 wards (1,040 files) at once", "exchange", "import.seconds", "s", 0),
    Row(
        "Today's sheet complete (window built, first paint, then every section built, filled and painted)",
        "pages",
        "pages.huddle.sheet_ms",
        "ms",
        0,
    ),
    Row(
        "Start to first paint, whole process to its exit (the start-up row's child)",
        "startup",
        "app_process_ms",
        "ms",
        0,
    ),
    Row("Typing into the sheet from the first paint: the slowest keystroke", "pages", "typing.key_max_ms", "ms", 0),
    Row(
        "Typing into the sheet from the first paint: the longest event-loop delay",
        "pages",
        "typing.loop_delay_max_ms",
        "ms",
        0,
    ),
    Row("Open today's sheet: the service reads alone", "huddle", "open_service_ms", "ms", 0),
    Row("Chart of the trust file's largest measure: load + analyse", "chart", "db_chart_ms", "ms", 0),
    Row("Chart of the trust file's largest measure: redraw + paint", "chart", "db_redraw_paint_ms", "ms", 0),
    Row("Import at once: checking the files (read_export)", "exchange", "import.check_seconds", "s", 0),
    Row("Import at once: merging", "exchange", "import.merge_seconds", "s", 0),
    Row(
        "Import at once: verified backups (one per batch: the first week's 20 devices, then one)",
        "exchange",
        "import.backup_seconds",
        "s",
        0,
    ),
    Row(
        "Import at once: the same 1,040 files again (all already imported)",
        "exchange",
        "import.reimport_seconds",
        "s",
        0,
    ),
    Row(
        "Import in 52 weekly batches of 20 files (a year of weekly imports)",
        "exchange",
        "import_weekly.seconds",
        "s",
        0,
    ),
    Row("Import in 52 weekly batches: their 71 verified backups", "exchange", "import_weekly.backup_seconds", "s", 0),
)


# -- the machine -------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem_kb = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        ),
        0,
    )

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": version("PySide6-Essentials"),
        "reportlab": version("reportlab"),
        "pyqtgraph": version("pyqtgraph"),
        "commit": commit + ("+changes" if dirty else ""),
    }


# -- data ---------------------------------------------------------------------------------------


def build_trust(folder: Path, rebuild: bool) -> dict[str, Any]:
    """``wardhuddle demo --wards 20 --years 5`` into folder, timed; reused if built today."""
    marker = folder / "bench-built.json"
    today = dt.date.today().isoformat()
    if not rebuild and marker.exists() and (folder / "wardhuddle.sqlite3").exists():
        built = json.loads(marker.read_text())
        if built.get("day") == today:
            return {**built, "reused": True}
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    cmd = [sys.executable, "-m", "app", "demo", "--data-dir", str(folder), "--wards", str(WARDS), "--years", str(YEARS)]
    print(f"Building the trust data file: {' '.join(cmd[1:])} ...", flush=True)
    load_before = load_average()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, env=child_env(), cwd=ROOT)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    built = {
        "day": today,
        "at": dt.datetime.now().isoformat(timespec="seconds"),
        "seconds": seconds,
        "cpu_seconds": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "summary": done.stdout.strip(),
        "load_before": load_before,
        "load_after": load_average(),
        "size_mb": (folder / "wardhuddle.sqlite3").stat().st_size / 1e6,
    }
    marker.write_text(json.dumps(built, indent=1))
    print(f"  built in {seconds:.0f} s: {built['summary']}", flush=True)
    return {**built, "reused": False}


# -- areas ----------------------------------------------------------------------------------------


def area_command(area: str, data: Path, quick: bool, repeat: int = 1) -> list[str]:
    trust = str(data / "trust")
    scripts = {
        "startup": ["bench_startup.py", "--data-dir", trust, "--runs", "5" if quick else "15"],
        "pages": ["bench_pages.py", "--data-dir", trust, "--runs", "1" if quick else "3"],
        "memory": ["bench_memory.py", "--data-dir", trust],
        "chart": ["bench_chart.py", "--data-dir", trust, "--runs", "7" if quick else "21"],
        "pdf": ["bench_pdf.py", "--data-dir", trust, "--runs", "5" if quick else "15"],
        "search": ["bench_search.py", "--data-dir", trust, "--repeat", "5" if quick else "20"],
        "huddle": ["bench_huddle.py", "--data-dir", trust, "--runs", "50" if quick else "200"],
        # the 52 weekly batches (information, no target) in the first repeat only: they double
        # the area's time, and the suite should stay within about twenty minutes
        "exchange": [
            "bench_exchange.py",
            "--keep",
            str(data / "exchange"),
            "--batches",
            "both" if repeat == 1 else "one",
        ],
        "board": ["bench_board.py", "--data-dir", trust, "--runs", "20" if quick else "50"],
    }
    script, *args = scripts[area]
    return [sys.executable, str(HERE / script), *args]


def cpu_speed() -> float:
    """Milliseconds of CPU for a fixed pure-Python loop (5 million additions). A virtual machine's
    speed can change with its host's load, which its own load average does not show; this says
    how fast the machine was when an area ran."""
    start, total = time.process_time(), 0
    for i in range(5_000_000):
        total += i
    return round((time.process_time() - start) * 1000, 1)


def run_area(area: str, data: Path, repeat: int, quick: bool) -> dict[str, Any]:
    out = data / "runs" / f"{area}-{repeat}.json"
    log = data / "runs" / f"{area}-{repeat}.log"
    out.unlink(missing_ok=True)
    cmd = area_command(area, data, quick, repeat) + ["--json", str(out)]
    speed = cpu_speed()
    load_before = load_average()
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as handle:
        done = subprocess.run(cmd, stdout=handle, stderr=subprocess.STDOUT, env=child_env(), cwd=ROOT)
    seconds = time.perf_counter() - started
    if not out.exists():
        tail = log.read_text(encoding="utf-8", errors="replace")[-1500:]
        print(f"  {area}: FAILED (exit {done.returncode}); see {log}\n{tail}", flush=True)
        return {"error": f"exit {done.returncode}", "log": str(log)}
    result = json.loads(out.read_text(encoding="utf-8"))
    result["_area"] = {
        "seconds": seconds,
        "load_before": load_before,
        "load_after": load_average(),
        "log": str(log),
        "cpu_speed_ms": speed,
    }
    print(
        f"  {area}: {seconds:.0f} s, load average {load_before} -> {load_average()}, speed check {speed:.0f} ms",
        flush=True,
    )
    return result


# -- the table ------------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value:.1f} s" if value < 100 else f"{value:.0f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"


def summarise(runs: list[dict[str, dict[str, Any]]], build: dict[str, Any]) -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = [
        {
            "measurement": f"Build the trust file (`wardhuddle demo --wards {WARDS} --years {YEARS}`), measured once",
            "value": build["seconds"],
            "unit": "s",
            "floor": None,
            "ratio": None,
            "target": "≤ 180 s",
            "met": build["seconds"] <= 180,
            "values": [build["seconds"]],
        }
    ]
    for row in ROWS + INFO_ROWS:
        values, floors, ratios = [], [], []
        for run in runs:
            data = run.get(row.area, {})
            value = row.pick(data, row.value)
            if value is None:
                continue
            values.append(value)
            floor = row.pick(data, row.floor) if row.floor else None
            if floor:
                floors.append(floor)
                ratios.append(value / floor)
        if not values and row in INFO_ROWS:
            continue
        value = median(values) if values else None
        floor = median(floors) if floors else None
        ratio = median(ratios) if ratios else None
        info = row in INFO_ROWS
        if info:
            target, met = "", None
        elif value is None:  # not measured (--only, or the area failed)
            target, met = (
                (f"≤ {row.target:g}× floor" if row.target_is_ratio else f"≤ {_fmt(row.target, row.unit)}"),
                None,
            )
        elif row.target_is_ratio:
            target, met = f"≤ {row.target:g}× floor", (ratio is not None and ratio <= row.target)
        else:
            target, met = f"≤ {_fmt(row.target, row.unit)}", (value is not None and value <= row.target)
        table.append(
            {
                "measurement": row.label,
                "value": value,
                "unit": row.unit,
                "floor": floor,
                "ratio": ratio,
                "target": target,
                "met": met,
                "values": values,
                "info": info,
            }
        )
    return table


def print_table(table: list[dict[str, Any]]) -> None:
    print("\n| measurement | value | floor | ratio | target | met? |")
    print("|---|---|---|---|---|---|")
    for row in table:
        if row.get("info"):
            continue
        met = (
            ("not measured" if row["value"] is None else "–")
            if row["met"] is None
            else ("yes" if row["met"] else "**no**")
        )
        ratio = f"{row['ratio']:.2f}×" if row["ratio"] is not None else "–"
        print(
            f"| {row['measurement']} | {_fmt(row['value'], row['unit'])} | {_fmt(row['floor'], row['unit'])} "
            f"| {ratio} | {row['target']} | {met} |"
        )
    print()
    for row in table:
        if row.get("info"):
            print(f"  {row['measurement']}: {_fmt(row['value'], row['unit'])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("/tmp/wardhuddle-bench"),
        help="where the trust file and the export files are built and kept (default %(default)s)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="run every area this many times (default 3)")
    parser.add_argument("--out", type=Path, default=None, help="the JSON results (default DATA_DIR/results.json)")
    parser.add_argument(
        "--only", default=",".join(AREAS), help=f"comma-separated areas (default all: {','.join(AREAS)})"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the trust file again (and time it)")
    parser.add_argument("--quick", action="store_true", help="fewer runs per area (a smoke test, not for the README)")
    args = parser.parse_args()
    areas = [a.strip() for a in args.only.split(",") if a.strip()]
    unknown = [a for a in areas if a not in AREAS]
    if unknown:
        parser.error(f"unknown area {unknown[0]!r}; choose from {', '.join(AREAS)}")
    data = args.data_dir.resolve()
    (data / "runs").mkdir(parents=True, exist_ok=True)
    out = args.out or data / "results.json"

    info = machine()
    started = dt.datetime.now()
    load_start = os.getloadavg()
    print(
        f"{info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB; Python {info['python']}, SQLite "
        f"{info['sqlite']}, PySide6 {info['pyside6']}; commit {info['commit']}; load average "
        f"{', '.join(f'{x:.2f}' for x in load_start)}",
        flush=True,
    )
    build = build_trust(data / "trust", args.rebuild)
    if build["reused"]:
        print(f"Reusing the trust data file built at {build['at']} in {build['seconds']:.0f} s.", flush=True)
    runs: list[dict[str, dict[str, Any]]] = []
    for repeat in range(1, args.repeat + 1):
        print(f"Repeat {repeat} of {args.repeat}", flush=True)
        runs.append({area: run_area(area, data, repeat, args.quick) for area in areas})
    table = summarise(runs, build)
    load_end = os.getloadavg()
    results = {
        "machine": info,
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now().isoformat(timespec="seconds"),
        "repeat": args.repeat,
        "quick": args.quick,
        "load_average_start": load_start,
        "load_average_end": load_end,
        "area_load_averages": [
            {a: [r[a].get("_area", {}).get("load_before"), r[a].get("_area", {}).get("load_after")] for a in r}
            for r in runs
        ],
        "trust_file": build,
        "table": table,
        "runs": runs,
    }
    out.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print_table(table)
    speeds = [r[a].get("_area", {}).get("cpu_speed_ms") for r in runs for a in r]
    speeds = [v for v in speeds if v is not None]
    if speeds:
        print(
            f"Speed check (CPU ms for a fixed Python loop, before each area): {min(speeds):.0f} to "
            f"{max(speeds):.0f} ms, median {median(speeds):.0f} ms (lower is faster)."
        )
    loads = [v for r in results["area_load_averages"] for pair in r.values() for v in pair if v is not None]
    print(
        f"Load average (1 min) during the areas: {min(loads):.2f} to {max(loads):.2f}, median {median(loads):.2f} "
        f"on {info['cores']} cores."
        if loads
        else ""
    )
    print(f"Results: {out}")
    return 0 if all(row["met"] is not False for row in table) else 1


if __name__ == "__main__":
    sys.exit(main())
