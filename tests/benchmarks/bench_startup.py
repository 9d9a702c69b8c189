"""Cold start to first paint: ``wardhuddle --quit-when-ready`` on the demo database against a bare
PySide6 window, in the same run. Run: ``uv run python tests/benchmarks/bench_startup.py [--runs N]``."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-dir", default=None, help="measure on this data folder (default: a fresh demo)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = args.data_dir or tempfile.mkdtemp(prefix="wh-bench-")
    if not args.data_dir:
        subprocess.run([sys.executable, "-m", "app", "demo", "--data-dir", data], check=True, env=env, capture_output=True)
    app_cmd = [sys.executable, "-m", "app", "--data-dir", data, "--quit-when-ready"]
    bare_cmd = [sys.executable, str(HERE / "bare_qt_window.py")]
    timed(app_cmd, env), timed(bare_cmd, env)  # warm the OS file cache for both
    app_times, bare_times = [], []
    for _ in range(args.runs):  # interleave so drift affects both alike
        bare_times.append(timed(bare_cmd, env))
        app_times.append(timed(app_cmd, env))
    app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
    print(f"bare PySide6 window : median {bare_med * 1000:.0f} ms over {args.runs} runs")
    print(f"wardhuddle          : median {app_med * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio               : {app_med / bare_med:.2f}x (target <= 2.0x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
