"""The GUI's peak memory on a data file: a child process opens the main window on it (offscreen,
1366x768), visits every page in the navigation (each built, shown and painted), runs a search
across all wards on the Search page, and reports its peak resident set (VmHWM from
/proc/self/status, and ru_maxrss). The floor is the same for the bare PySide6 window
(bare_qt_window.py). The parent also reads each child's ru_maxrss with os.wait4.

    uv run python tests/benchmarks/bench_memory.py --data-dir DIR [--json FILE]

Target (issue #11): at most 300 MB on the 20-ward, 5-year data file. Linux only (/proc, wait4).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _bench import HERE, ROOT, child_env, load_average, on_path, write_json

QUERY = "fall"  # common: thousands of hits across the wards


def vm_hwm_mb() -> float:
    """Peak resident set of this process, from the kernel."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(data_dir: str) -> int:
    """Open the window, visit every page, print the peak memory as JSON on stdout."""
    on_path()
    import resource

    from app.services.store import open_store
    from app.ui.application import apply_text_scale, create_application
    from app.ui.main_window import MainWindow, default_pages

    application = create_application([sys.argv[0]])
    store = open_store(Path(data_dir) / "wardhuddle.sqlite3")
    apply_text_scale(application, int(store.settings.get("text_scale_percent")))
    window = MainWindow(store)
    window.resize(1366, 768)
    window.show()
    application.processEvents()
    after_start = vm_hwm_mb()
    visited = []
    for title in [entry.key for entry in default_pages()]:
        page = window.show_page(title)
        for _ in range(3):
            application.processEvents()
        window.grab()  # paint it
        if title == "search" and hasattr(page, "search"):
            page.search(QUERY)
            application.processEvents()
            window.grab()
        visited.append(title)
    for page in window.pages.values():  # leave nothing half-saved in the data file
        page.leave()
    peak = vm_hwm_mb()
    window.close()
    application.processEvents()
    store.close()
    print(
        json.dumps(
            {
                "vm_hwm_mb": peak,
                "vm_hwm_after_start_mb": after_start,
                "pages": visited,
                "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    return 0


def bare_child() -> int:
    """The floor: the bare PySide6 window (bare_qt_window.py), then its peak memory."""
    import runpy

    try:
        runpy.run_path(str(HERE / "bare_qt_window.py"), run_name="__main__")
    except SystemExit:
        pass
    print(json.dumps({"vm_hwm_mb": vm_hwm_mb()}))
    return 0


def run_child(args: list[str]) -> tuple[dict, float]:
    """The child's own report, and its ru_maxrss in MB as the parent sees it (wait4)."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
        cwd=ROOT,
    )
    out = process.stdout.read() if process.stdout else b""
    err = process.stderr.read() if process.stderr else b""
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"memory child failed ({process.returncode}): {err.decode(errors='replace')[-2000:]}")
    report = json.loads(out.decode().strip().splitlines()[-1])
    return report, usage.ru_maxrss / 1024


def measure(data_dir: str) -> dict:
    load_before = load_average()
    bare, bare_rss = run_child(["--bare-child"])
    app, app_rss = run_child(["--child", data_dir])
    return {
        "gui_peak_mb": app["vm_hwm_mb"],
        "gui_peak_after_start_mb": app["vm_hwm_after_start_mb"],
        "gui_ru_maxrss_mb": app_rss,
        "pages": app["pages"],
        "bare_peak_mb": bare["vm_hwm_mb"],
        "bare_ru_maxrss_mb": bare_rss,
        "ratio": app["vm_hwm_mb"] / bare["vm_hwm_mb"],
        "load_before": load_before,
        "load_after": load_average(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", help="the data folder to open")
    parser.add_argument("--json", default=None, help="also write the results to this file")
    parser.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--bare-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    if args.bare_child:
        sys.argv = [sys.argv[0]]
        return bare_child()
    if not args.data_dir:
        parser.error("--data-dir is required")
    r = measure(args.data_dir)
    print(f"bare PySide6 window: peak {r['bare_peak_mb']:.0f} MB")
    print(
        f"Ward Huddle, every page visited: peak {r['gui_peak_mb']:.0f} MB (after the first paint "
        f"{r['gui_peak_after_start_mb']:.0f} MB) (target <= 300 MB); ratio {r['ratio']:.1f}x; "
        f"load average {r['load_before']} -> {r['load_after']}"
    )
    write_json(args.json, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
