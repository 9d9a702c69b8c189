"""Chart speed: analyse() on 10,000 points, and redrawing a 5-year daily chart (target <= 50 ms).

Run: ``uv run python tests/benchmarks/bench_chart.py [--runs N] [--data-dir DIR] [--json FILE]``
(offscreen). Not part of the default test run (tests/benchmarks is in norecursedirs). Prints the
median and worst of N runs:

* analyse(): run and XmR charts on 10,000 points (the SPC engine alone);
* chart_for(): a 5-year daily measure (1,826 points) from data points to what the chart draws
  (series, rebase positions, analyse(), flags, lines);
* redraw: ``SpcChart.set_chart`` on that chart, then the same plus painting the view
  (``repaint`` of the viewport, i.e. what the user waits for), with a rebase, a target, an
  excluded point and 12 notes;
* export: PNG (1,600 px wide) and SVG of the same chart;
* with ``--data-dir``: the data file's largest measure, loaded and analysed through the
  Measures service, and redrawn.

Targets (issue #11): analyse() <= 20 ms on 10,000 points; redraw (with paint) <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from _bench import load_average, write_json

TARGET_MS = 50.0


def timed(function, runs: int) -> tuple[float, float, float]:
    """Median and worst wall time, and median CPU time of this thread (less affected when other
    work shares the machine), in milliseconds."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        function()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return statistics.median(times), max(times), statistics.median(cpu)


def five_year_daily():
    from app.domain.measure import DataPoint, MeasureDetails, RebasePoint

    rng = random.Random(5)
    first = date(2021, 1, 1)
    days = [first + timedelta(days=i) for i in range(1826)]
    details = MeasureDetails(
        name="Call bell response time (5 years, daily)",
        data_kind="continuous",
        frequency="daily",
        improvement="decrease",
        chart_type="xmr",
        unit="minutes",
        target=3.5,
        rebase=(RebasePoint(days[1100], "Call bell system replaced"),),
    ).validated()
    points = []
    for i, day in enumerate(days):
        if rng.random() < 0.03:
            continue  # missing days
        value = round(max(0.5, rng.gauss(4.2 if i < 1000 else 3.0, 0.6)), 1)
        note = f"Note {i}" if i % 150 == 0 else ""
        points.append(
            DataPoint(
                "m", day, value=value, note=note, excluded=i == 700, exclude_reason="Fire drill" if i == 700 else ""
            )
        )
    return details, points


def measure(runs: int, data_dir: Path | None = None) -> dict:
    """Median wall and CPU ms of each step (see the module docstring). With ``data_dir``, also the
    Measures screen's chart of the data file's largest measure: loaded from the database and
    analysed (``store.measures.chart``), then redrawn."""
    from app.domain.measure_series import chart_for
    from app.domain.spc import analyse

    load_before = load_average()
    rng = random.Random(1)
    values = [rng.gauss(50, 5) for _ in range(10_000)]
    rows: dict[str, tuple[float, float, float]] = {}
    for kind in ("run", "xmr"):
        rows[f"analyse_{kind}"] = timed(lambda k=kind: analyse(values, k), runs)

    details, points = five_year_daily()
    chart = chart_for(details, points)
    rows["chart_for"] = timed(lambda: chart_for(details, points), runs)

    from PySide6.QtWidgets import QApplication

    from app.ui.application import create_application
    from app.ui.charts.spc_chart import SpcChart

    app = create_application()
    widget = SpcChart()
    widget.resize(1000, 560)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.set_chart(chart)  # first build imports pyqtgraph/numpy: not part of a redraw
    QApplication.processEvents()

    def redraw_and_paint(which=chart) -> None:
        widget.set_chart(which)
        widget.view.viewport().repaint()

    rows["redraw"] = timed(lambda: widget.set_chart(chart), runs)
    rows["redraw_paint"] = timed(redraw_and_paint, runs)
    rows["export_png"] = timed(lambda: widget.png_bytes(1600), max(5, runs // 4))
    rows["export_svg"] = timed(widget.svg_bytes, max(5, runs // 4))
    result: dict = {"points": len(points), "runs": runs}
    if data_dir is not None:
        from app.services.store import open_store

        store = open_store(Path(data_dir) / "wardhuddle.sqlite3")
        try:
            largest = max(
                (
                    (len(store.measures.points(m.id)), m)
                    for w in store.wards.list_wards()
                    for m in store.measures.list_for_ward(w.id)
                ),
                key=lambda pair: pair[0],
            )
            result["db_measure_points"], measure = largest[0], largest[1]
            rows["db_chart"] = timed(lambda: store.measures.chart(measure.id), runs)
            db_chart = store.measures.chart(measure.id)
            rows["db_redraw_paint"] = timed(lambda: redraw_and_paint(db_chart), runs)
        finally:
            store.close()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    for name, (median_ms, worst_ms, cpu_ms) in rows.items():
        result[f"{name}_ms"], result[f"{name}_worst_ms"], result[f"{name}_cpu_ms"] = median_ms, worst_ms, cpu_ms
    result["analyse_ms"] = max(result["analyse_run_ms"], result["analyse_xmr_ms"])
    result["load_before"], result["load_after"] = load_before, load_average()
    return result


LABELS = {
    "analyse_run": "analyse(): run, 10,000 points",
    "analyse_xmr": "analyse(): xmr, 10,000 points",
    "chart_for": "chart_for(): 5-year daily XmR (1,826 periods)",
    "redraw": "redraw: set_chart (5-year daily)",
    "redraw_paint": "redraw + paint (5-year daily)",
    "export_png": "export PNG 1,600 px",
    "export_svg": "export SVG",
    "db_chart": "data file's largest measure: load + analyse",
    "db_redraw_paint": "data file's largest measure: redraw + paint",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--data-dir", type=Path, default=None, help="also chart this data file's largest measure")
    parser.add_argument("--json", default=None, help="also write the results to this file")
    args = parser.parse_args()
    result = measure(args.runs, args.data_dir)
    print(f"{'what':52} {'median ms':>10} {'worst ms':>10} {'CPU ms':>8}")
    for name, label in LABELS.items():
        if f"{name}_ms" in result:
            print(
                f"{label:52} {result[name + '_ms']:10.1f} {result[name + '_worst_ms']:10.1f} {result[name + '_cpu_ms']:8.1f}"
            )
    verdict = "within" if result["redraw_paint_ms"] <= TARGET_MS else "OVER"
    print(
        f"\n5-year daily redraw including paint: {result['redraw_paint_ms']:.1f} ms median wall, "
        f"{result['redraw_paint_cpu_ms']:.1f} ms CPU ({verdict} the {TARGET_MS:.0f} ms target); "
        f"load average {result['load_before']} -> {result['load_after']} on {os.cpu_count()} CPUs"
    )
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
