"""Chart speed: analyse() on 10,000 points, and redrawing a 5-year daily chart (target <= 50 ms).

Run: ``uv run python tests/benchmarks/bench_chart.py [--runs N]`` (offscreen). Not part of the
default test run (tests/benchmarks is in norecursedirs). Prints the median and worst of N runs:

* analyse(): run and XmR charts on 10,000 points (the SPC engine alone);
* chart_for(): a 5-year daily measure (1,826 points) from data points to what the chart draws
  (series, rebase positions, analyse(), flags, lines);
* redraw: ``SpcChart.set_chart`` on that chart, then the same plus painting the view
  (``repaint`` of the viewport, i.e. what the user waits for), with a rebase, a target, an
  excluded point and 12 notes;
* export: PNG (1,600 px wide) and SVG of the same chart.
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

TARGET_MS = 50.0


def timed(function, runs: int) -> tuple[float, float, float]:  # noqa: ANN001
    """Median and worst wall time, and median CPU time of this thread (less affected when other
    work shares the machine), in milliseconds."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        function()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return statistics.median(times), max(times), statistics.median(cpu)


def five_year_daily():  # noqa: ANN201
    from app.domain.measure import DataPoint, MeasureDetails, RebasePoint

    rng = random.Random(5)
    first = date(2021, 1, 1)
    days = [first + timedelta(days=i) for i in range(1826)]
    details = MeasureDetails(
        name="Call bell response time (5 years, daily)", data_kind="continuous", frequency="daily",
        improvement="decrease", chart_type="xmr", unit="minutes", target=3.5,
        rebase=(RebasePoint(days[1100], "Call bell system replaced"),)).validated()
    points = []
    for i, day in enumerate(days):
        if rng.random() < 0.03:
            continue  # missing days
        value = round(max(0.5, rng.gauss(4.2 if i < 1000 else 3.0, 0.6)), 1)
        note = f"Note {i}" if i % 150 == 0 else ""
        points.append(DataPoint("m", day, value=value, note=note, excluded=i == 700,
                                exclude_reason="Fire drill" if i == 700 else ""))
    return details, points


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    runs = args.runs

    from app.domain.measure_series import chart_for
    from app.domain.spc import analyse

    rng = random.Random(1)
    values = [rng.gauss(50, 5) for _ in range(10_000)]
    rows = []
    for kind in ("run", "xmr"):
        rows.append((f"analyse(): {kind}, 10,000 points", *timed(lambda k=kind: analyse(values, k), runs)))

    details, points = five_year_daily()
    chart = chart_for(details, points)
    rows.append(("chart_for(): 5-year daily XmR (1,826 periods)", *timed(lambda: chart_for(details, points), runs)))

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

    def redraw() -> None:
        widget.set_chart(chart)

    def redraw_and_paint() -> None:
        widget.set_chart(chart)
        widget.view.viewport().repaint()

    rows.append(("redraw: set_chart (5-year daily)", *timed(redraw, runs)))
    rows.append(("redraw + paint (5-year daily)", *timed(redraw_and_paint, runs)))
    rows.append(("export PNG 1,600 px", *timed(lambda: widget.png_bytes(1600), max(5, runs // 4))))
    rows.append(("export SVG", *timed(widget.svg_bytes, max(5, runs // 4))))

    print(f"{'what':52} {'median ms':>10} {'worst ms':>10} {'CPU ms':>8}")
    for name, median, worst, cpu in rows:
        print(f"{name:52} {median:10.1f} {worst:10.1f} {cpu:8.1f}")
    paint = next(r for r in rows if r[0].startswith("redraw + paint"))
    verdict = "within" if paint[1] <= TARGET_MS else "OVER"
    print(f"\n5-year daily redraw including paint: {paint[1]:.1f} ms median wall, {paint[3]:.1f} ms CPU "
          f"({verdict} the {TARGET_MS:.0f} ms target); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
