"""Every page of the navigation, first and second visit, in a fresh process per page: the time from
the navigation click to the page shown and painted (what a user waits for, the window frozen).

    uv run python tests/benchmarks/bench_pages.py [--data-dir DIR] [--settle S] [--json FILE]

Each page gets its own child process (offscreen, 1366x768), as a user's first visit would be: the
window opens on the data file and the event loop runs for ``--settle`` seconds after the first
paint (default 1.5 s: a user reads the sheet before clicking; background work started at
start-up, such as loading the chart and printing libraries, runs meanwhile). Then the page is
selected in the navigation (``setCurrentRow``, as a click does), events are processed and the
window is painted (``grab``): the first visit. The child then waits until the page's background
work has filled in (``tasks.running() == 0``; reported as ``filled_ms``), goes to another page and
back, and times the same again: the second visit. "Today's huddle" is the page the window opens
on, so its first visit is the window's construction to its first paint.

A last child types into the sheet's notes right after the first paint, while the start-up
background work runs, and reports the slowest keystroke (``typing``).

Without ``--data-dir`` it measures on a fresh one-ward demo. Targets (issue #19): every first
visit <= 150 ms and every second visit <= 50 ms on the 20-ward, 5-year trust file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import ROOT, child_env, load_average, median, on_path, write_json

FIRST_MS, SECOND_MS = 150, 50


def _pages() -> list[str]:
    on_path()
    from app.ui.main_window import default_pages

    return [entry.key for entry in default_pages()]


def _spin(application, seconds: float) -> None:
    """Run the event loop (timers, queued signals) for ``seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _open_window(data_dir: str):
    """The app's own start-up, as bootstrap.run_gui does it, up to the first paint."""
    on_path()
    started = time.perf_counter()
    import gc

    gc.disable()  # as app/bootstrap.py's run_gui does until the first paint
    from PySide6.QtCore import QEventLoop

    from app.ui.application import apply_text_scale, create_application
    from app.ui.startup import open_store_safely

    application = create_application([sys.argv[0]], guard=False)
    from app.paths import app_paths

    store = open_store_safely(app_paths(data_dir), quit_when_ready=True)
    if store is None:
        raise SystemExit("the data file could not be opened")
    from app.ui.main_window import MainWindow

    apply_text_scale(application, int(store.settings.get("text_scale_percent")))
    built = time.perf_counter()
    window = MainWindow(store, paint_first=True)  # as app/bootstrap.py opens it
    loop = QEventLoop()
    window.first_painted.connect(loop.quit)
    window.resize(1366, 768)
    window.show()
    from app.ui.startup import after_window_shown, load_heavy_libraries_after_paint, when_first_painted

    when_first_painted(window, application)

    after_window_shown(window, store, None, quit_when_ready=True)  # no backup timer, no drafts offer
    load_heavy_libraries_after_paint(window)  # ...but what the app starts after its first paint
    loop.exec()
    painted = time.perf_counter()
    return (
        application,
        store,
        window,
        {"start_ms": (painted - started) * 1000, "window_ms": (painted - built) * 1000, "built_at": built},
    )


def _visit(application, window, title: str) -> float:
    """Seconds from the navigation click to the page painted."""
    row = _pages().index(title)
    start = time.perf_counter()
    window.ui.navigation.setCurrentRow(row)
    application.processEvents()
    window.grab()
    return time.perf_counter() - start


def _wait_filled(application, timeout: float = 60.0) -> float:
    from app.ui import tasks

    start = time.perf_counter()
    while tasks.running() and time.perf_counter() - start < timeout:
        _spin(application, 0.01)
    return time.perf_counter() - start


def _close(application, store, window) -> None:
    from app.ui import tasks

    for page in window.pages.values():  # leave nothing half-saved in the data file
        page.leave()
    tasks.wait_for_all(60_000)
    window.close()
    application.processEvents()
    store.close()


def child(data_dir: str, title: str, settle: float) -> dict:
    application, store, window, opened = _open_window(data_dir)
    pages = _pages()
    other = pages[1] if title == pages[0] else pages[0]
    if title == pages[0]:  # the sheet's sections follow the first paint: until they are all there
        page = window.pages[title]
        while not getattr(page, "sheet_built", True):
            _spin(application, 0.001)
        window.grab()
        opened["sheet_ms"] = (time.perf_counter() - opened.pop("built_at")) * 1000
    opened.pop("built_at", None)
    _spin(application, settle)
    if title == pages[0]:
        first = opened["window_ms"] / 1000
        filled = _wait_filled(application)
    else:
        first = _visit(application, window, title)
        filled = first + _wait_filled(application)
    _visit(application, window, other)
    _wait_filled(application)
    second = _visit(application, window, title)
    _close(application, store, window)
    return {"first_ms": first * 1000, "second_ms": second * 1000, "filled_ms": filled * 1000, **opened}


def typing_child(data_dir: str, seconds: float) -> dict:
    """Keystrokes into the sheet's notes from the first paint on, one every 30 ms: the slowest."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    application, store, window, opened = _open_window(data_dir)
    page = window.pages[_pages()[0]]
    closing = getattr(page, "closing", None)  # the sheet's closing section holds its notes
    box = getattr(closing.ui if closing is not None else page.ui, "notes", None)
    if not isinstance(box, QPlainTextEdit) or not box.isEnabled():
        raise SystemExit("no notes box to type into on the huddle page")
    box.setFocus()
    times, delays = [], []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        start = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_A)
        application.processEvents()
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        _spin(application, 0.03)  # what else the event loop runs meanwhile delays the next key
        delays.append(time.perf_counter() - start - 0.03)
    box.clear()
    page.leave()
    _close(application, store, window)
    return {
        "keys": len(times),
        "key_max_ms": max(times) * 1000,
        "key_median_ms": median(times) * 1000,
        "loop_delay_max_ms": max(delays) * 1000,
        "seconds": seconds,
    }


def run_child(args: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise SystemExit(f"page child {args} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(data_dir: str, settle: float, runs: int = 1) -> dict:
    load_before = load_average()
    run_child(["--child", data_dir, "--page", _pages()[0], "--settle", "0"])  # warm caches
    pages: dict[str, dict] = {}
    for title in _pages():
        visits = [run_child(["--child", data_dir, "--page", title, "--settle", str(settle)]) for _ in range(runs)]
        pages[title] = {
            key: median(v[key] for v in visits)
            for key in ("first_ms", "second_ms", "filled_ms", "start_ms", "sheet_ms")
            if key in visits[0]
        }
    typing = run_child(["--typing-child", data_dir])
    return {
        "pages": pages,
        "worst_first_ms": max(p["first_ms"] for p in pages.values()),
        "worst_second_ms": max(p["second_ms"] for p in pages.values()),
        "worst_first_page": max(pages, key=lambda t: pages[t]["first_ms"]),
        "worst_second_page": max(pages, key=lambda t: pages[t]["second_ms"]),
        "typing": typing,
        "settle_s": settle,
        "runs": runs,
        "load_before": load_before,
        "load_after": load_average(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", default=None, help="measure on this data folder (default: a fresh demo)")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds after the first paint before a visit")
    parser.add_argument("--runs", type=int, default=1, help="fresh processes per page (the median is reported)")
    parser.add_argument("--json", default=None, help="also write the results to this file")
    parser.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--typing-child", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--page", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.page, args.settle)))
        return 0
    if args.typing_child:
        print(json.dumps(typing_child(args.typing_child, 3.0)))
        return 0
    data = args.data_dir or tempfile.mkdtemp(prefix="wh-bench-pages-")
    if not args.data_dir:
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--data-dir", data],
            check=True,
            env=child_env(),
            capture_output=True,
            cwd=ROOT,
        )
    r = measure(data, args.settle, args.runs)
    print(f"{'page':<20} {'first':>8} {'second':>8} {'filled':>8}   (ms; targets {FIRST_MS} / {SECOND_MS})")
    for title, p in r["pages"].items():
        flag = "" if p["first_ms"] <= FIRST_MS and p["second_ms"] <= SECOND_MS else "  <- over"
        print(f"{title:<20} {p['first_ms']:>8.0f} {p['second_ms']:>8.0f} {p['filled_ms']:>8.0f}{flag}")
    sheet = r["pages"].get(_pages()[0], {}).get("sheet_ms")
    if sheet is not None:
        print(
            f"today's sheet complete (every section built, filled and painted) {sheet:.0f} ms after the window was built"
        )
    t = r["typing"]
    print(
        f"typing from the first paint: {t['keys']} keys, slowest {t['key_max_ms']:.0f} ms, median "
        f"{t['key_median_ms']:.1f} ms, longest event-loop delay {t['loop_delay_max_ms']:.0f} ms"
    )
    print(f"settle {r['settle_s']} s; load average {r['load_before']} -> {r['load_after']}")
    write_json(args.json, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
