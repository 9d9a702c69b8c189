"""Run a script of the app in a child process until it prints a word, then SIGKILL it: what a
power cut or a crash does to a ward PC mid-typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def run_until_then_kill(script: str, database_path: Path, word: str, *, what: str, seconds: float = 30) -> None:
    """Start ``script`` (``python -c``) on ``database_path`` offscreen, wait until it prints
    ``word`` (failing with the child's stderr if it dies first, or ``what`` if it never says it),
    then kill it without letting it clean up."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(database_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + seconds
        line = ""
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if word in line or child.poll() is not None:
                break
        assert word in line, child.stderr.read() if child.poll() is not None else what
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
