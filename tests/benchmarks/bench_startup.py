"""Cold start to first paint: ``wardhuddle --quit-when-ready`` against a bare PySide6 window
(bare_qt_window.py) in the same run, interleaved so that drift in the machine's load affects both
alike. Both say "window painted" on stdout at their first paint: the time from starting the
process to that line is the start-up; the whole process (to its exit, which includes waiting for
background work and the interpreter's tear-down) and its CPU time are reported beside it.

    uv run python tests/benchmarks/bench_startup.py [--runs N] [--data-dir DIR] [--json FILE]

Without ``--data-dir`` it measures on a fresh one-ward demo. Target (issue #11): at most 2.0x the
bare window. Each command runs once first to warm the OS file cache and write byte-code caches.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time

from _bench import HERE, ROOT, child_env, load_average, median, write_json

PAINTED = "window painted"  # what both print on stdout at their first paint


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from the start to the first paint (the moment the child says "window painted" on
    stdout), seconds to the process's exit, and the child's CPU seconds (user + system, whole
    process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, text=True)
    assert child.stdout is not None
    painted = None
    for line in child.stdout:
        if painted is None and line.strip() == PAINTED:
            painted = time.perf_counter() - start
    if child.wait() != 0 or painted is None:
        raise SystemExit(f"{cmd} failed ({child.returncode}) or never said {PAINTED!r}")
    ended = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return painted, ended, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(data_dir: str, runs: int) -> dict:
    env = child_env()
    app_cmd = [sys.executable, "-m", "app", "--data-dir", data_dir, "--quit-when-ready"]
    bare_cmd = [sys.executable, str(HERE / "bare_qt_window.py")]
    load_before = load_average()
    timed(app_cmd, env), timed(bare_cmd, env)  # warm the OS file cache and byte-code caches
    app, bare = [], []
    for _ in range(runs):  # interleaved, so drift affects both alike
        bare.append(timed(bare_cmd, env))
        app.append(timed(app_cmd, env))
    result = {
        "app_ms": median(p for p, _, _ in app) * 1000,
        "bare_ms": median(p for p, _, _ in bare) * 1000,
        "app_process_ms": median(e for _, e, _ in app) * 1000,
        "bare_process_ms": median(e for _, e, _ in bare) * 1000,
        "app_cpu_ms": median(c for _, _, c in app) * 1000,
        "bare_cpu_ms": median(c for _, _, c in bare) * 1000,
        "runs": runs,
        "load_before": load_before,
        "load_after": load_average(),
    }
    result["ratio"] = result["app_ms"] / result["bare_ms"]
    result["process_ratio"] = result["app_process_ms"] / result["bare_process_ms"]
    result["cpu_ratio"] = result["app_cpu_ms"] / result["bare_cpu_ms"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-dir", default=None, help="measure on this data folder (default: a fresh demo)")
    parser.add_argument("--json", default=None, help="also write the results to this file")
    args = parser.parse_args()
    data = args.data_dir or tempfile.mkdtemp(prefix="wh-bench-")
    if not args.data_dir:
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--data-dir", data],
            check=True,
            env=child_env(),
            capture_output=True,
            cwd=ROOT,
        )
    result = measure(data, args.runs)
    print(
        f"bare PySide6 window : first paint median {result['bare_ms']:.0f} ms; process {result['bare_process_ms']:.0f} ms "
        f"({result['bare_cpu_ms']:.0f} ms CPU) over {args.runs} runs"
    )
    print(
        f"wardhuddle          : first paint median {result['app_ms']:.0f} ms; process {result['app_process_ms']:.0f} ms "
        f"({result['app_cpu_ms']:.0f} ms CPU) over {args.runs} runs"
    )
    print(
        f"ratio               : {result['ratio']:.2f}x ({result['cpu_ratio']:.2f}x CPU) (target <= 2.0x); "
        f"load average {result['load_before']} -> {result['load_after']}"
    )
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
