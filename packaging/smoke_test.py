"""Smoke-test the built app as a ward PC runs it: a clean environment, a UTF-8 locale, no display.

    uv run python packaging/build.py                            # first: builds dist/wardhuddle/
    uv run python packaging/smoke_test.py                       # size, --version, --self-test
    uv run python packaging/smoke_test.py --startup-runs 10     # also time --quit-when-ready
    uv run python packaging/smoke_test.py --source              # the same checks on `python -m app`

Checks, each printed; exit 1 if any fails:

1. the bundle is at most --max-mb (250) MB;
2. ``--version`` prints this checkout's version;
3. ``--self-test`` exits 0 within --budget (10 s), with nothing but LANG=C.UTF-8, offscreen Qt and
   a throw-away HOME and TMPDIR in its environment, and leaves no temporary files behind;
4. every step that passes from the source tree also passes in the build (one that fails only
   frozen means PyInstaller left a module out);
5. with --startup-runs N: ``wardhuddle demo`` fills a data folder, then the median of N runs of
   ``--quit-when-ready`` on it is at most --max-start (2 s). The source app and a bare PySide6
   window (tests/benchmarks/bare_qt_window.py) are timed in the same interleaved loop, for scale.

It takes about 15 s (plus about 3 s per start-up run). It is not part of ``uv run pytest``; the
suite only runs it with --source (tests/smoke/).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from build import DIST, executable, folder_size  # noqa: E402

STEP_LINE = re.compile(r"^\[\d+/\d+\] (?P<title>.+?): (?P<status>ok|FAILED|not run)\b")


def clean_env(home: Path) -> dict[str, str]:
    """What a freshly logged-in user has, and no more: nothing from this shell or the venv."""
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    env = {
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "TMPDIR": str(home / "tmp"),
        "TEMP": str(home / "tmp"),
        "TMP": str(home / "tmp"),
    }
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            SYSTEMROOT=system_root,
            WINDIR=system_root,
            PATH=rf"{system_root}\System32;{system_root}",
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            PROGRAMDATA=str(home / "ProgramData"),
        )
    else:
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update(
            PATH="/usr/bin:/bin",
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
        )
    return env


def step_statuses(output: str) -> dict[str, str]:
    return {m["title"]: m["status"] for m in map(STEP_LINE.match, output.splitlines()) if m}


class Smoke:
    def __init__(self, say: Callable[[str], None] = print) -> None:
        self.failures: list[str] = []
        self.say = say

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        self.say(f"{'ok  ' if ok else 'FAIL'}  {what}{': ' + detail if detail else ''}")
        if not ok:
            self.failures.append(what)
        return ok


def run(command: list[str], env: dict[str, str], timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    result = subprocess.run(
        command,
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
    )
    return result, time.perf_counter() - started


def timed(command: list[str], env: dict[str, str]) -> float:
    result, seconds = run(command, env, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()[-300:]}")
    return seconds


def time_startup(smoke: Smoke, app: list[str], env: dict[str, str], runs: int, max_start: float) -> None:
    data = Path(env["HOME"]) / "demo-data"
    made, _ = run([*app, "demo", "--data-dir", str(data)], env, timeout=120)
    if not smoke.check(made.returncode == 0, "demo data for the start-up timing", made.stderr.strip()[-200:]):
        return
    source_env = {**env, "PATH": os.environ.get("PATH", "")}
    commands = {
        "this build": [*app, "--data-dir", str(data), "--quit-when-ready"],
        "source app": [sys.executable, "-m", "app", "--data-dir", str(data), "--quit-when-ready"],
        "bare PySide6 window": [sys.executable, str(ROOT / "tests" / "benchmarks" / "bare_qt_window.py")],
    }
    envs = {"this build": env, "source app": source_env, "bare PySide6 window": source_env}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # warm the file cache
        timed(command, envs[name])
    for _ in range(runs):  # interleaved, so drift affects all alike
        for name, command in commands.items():
            times[name].append(timed(command, envs[name]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        spread = f"min {min(times[name]) * 1000:.0f}, max {max(times[name]) * 1000:.0f} ms"
        smoke.say(f"      --quit-when-ready, {name:<20} median {value * 1000:5.0f} ms over {runs} runs ({spread})")
    smoke.check(
        medians["this build"] <= max_start,
        f"start to first paint at most {max_start:.1f} s (median of {runs})",
        f"{medians['this build']:.2f} s, {medians['this build'] / medians['bare PySide6 window']:.1f}x a bare window",
    )


def smoke_test(args: argparse.Namespace, say: Callable[[str], None] = print) -> int:
    smoke = Smoke(say)
    from app import __version__

    if args.source:
        app, cli, bundle = [sys.executable, "-m", "app"], [sys.executable, "-m", "app"], None
    else:
        bundle = Path(args.dist) / "wardhuddle"
        exe, cli_exe = executable(Path(args.dist)), executable(Path(args.dist), console=True)
        if not smoke.check(
            exe.exists() and cli_exe.exists(),
            f"built app at {exe}",
            "" if exe.exists() else "run packaging/build.py first",
        ):
            return 1
        app, cli = [str(exe)], [str(cli_exe)]
        size = folder_size(bundle) / 1e6
        smoke.check(size <= args.max_mb, f"bundle size at most {args.max_mb:.0f} MB", f"{size:.0f} MB")
    with tempfile.TemporaryDirectory(prefix="wardhuddle-smoke-") as scratch:
        home = Path(scratch) / "home"
        env = clean_env(home)
        if args.source:
            env["PYTHONPATH"] = str(ROOT)
        version, _ = run([*cli, "--version"], env, timeout=60)
        smoke.check(
            version.stdout.strip() == f"Ward Huddle {__version__}",
            "--version",
            version.stdout.strip() or version.stderr.strip(),
        )
        result, seconds = run([*cli, "--self-test"], env, timeout=max(60.0, args.budget * 3))
        for line in result.stdout.splitlines():
            say(f"      | {line}")
        smoke.check(result.returncode == 0, "--self-test exits 0", f"exit {result.returncode}")
        smoke.check(seconds <= args.budget, f"--self-test within {args.budget:.0f} s", f"{seconds:.1f} s")
        smoke.check("Traceback" not in result.stdout + result.stderr, "no traceback printed")
        left = sorted(p.name for p in (home / "tmp").iterdir())
        smoke.check(not left, "--self-test removed its temporary files", ", ".join(left))
        frozen = step_statuses(result.stdout)
        smoke.check(bool(frozen), "--self-test printed its steps", f"{len(frozen)} steps")
        if not args.source:
            source_result, _ = run(
                [sys.executable, "-m", "app", "--self-test"], {**env, "PYTHONPATH": str(ROOT)}, timeout=120
            )
            source = step_statuses(source_result.stdout)
            missing = [t for t, s in source.items() if s == "ok" and frozen.get(t) != "ok"]
            smoke.check(
                bool(source) and not missing,
                "every step the source tree runs also ran in the build",
                "; ".join(f"{t} ({frozen.get(t, 'absent')})" for t in missing),
            )
        if args.startup_runs:
            time_startup(smoke, app, env, args.startup_runs, args.max_start)
    say(f"Smoke test {'passed' if not smoke.failures else 'FAILED: ' + ', '.join(smoke.failures)}.")
    return 0 if not smoke.failures else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", default=str(DIST), help="the PyInstaller dist folder (default: dist/)")
    parser.add_argument("--source", action="store_true", help="test `python -m app` instead of the build")
    parser.add_argument("--max-mb", type=float, default=250.0, help="bundle size budget in MB (default 250)")
    parser.add_argument("--budget", type=float, default=10.0, help="--self-test time budget in seconds (default 10)")
    parser.add_argument("--startup-runs", type=int, default=0, help="also time --quit-when-ready this many times")
    parser.add_argument("--max-start", type=float, default=2.0, help="start-up budget in seconds (default 2)")
    return smoke_test(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
