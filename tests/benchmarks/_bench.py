"""Small helpers shared by the benchmark scripts and run_all.py (no app imports here).

Every bench_*.py script can run on its own and print its numbers, and takes ``--json FILE`` to
write them for run_all.py, which starts each script as a subprocess (a fresh interpreter, as a
user's would be, so no Qt application, import or cache carries over from one area to the next).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def on_path() -> None:
    """Make ``import app`` work when a script is run by its file name."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a timed subprocess: offscreen Qt, and byte-code caching on (as in an
    installed build; this machine's shell sets PYTHONDONTWRITEBYTECODE, which would make every
    start compile the app's sources)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def p95(values: Iterable[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def write_json(path: str | os.PathLike[str] | None, data: dict) -> None:
    """Write a script's results for run_all.py (nothing without --json)."""
    if path:
        Path(path).write_text(json.dumps(data, indent=1, sort_keys=True, default=str), encoding="utf-8")
