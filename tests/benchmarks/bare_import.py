"""The floor for the import benchmark (issue 19 item 4): what reading the same weekly files and
storing every record costs with nothing checked. It opens each zip, ``json.loads`` every line of
every ``records/*.jsonl`` member, and inserts every record into one plain SQLite table in ONE
transaction with ``synchronous=FULL`` (WAL), the app's own durability setting. No checksum, no
manifest, no merge rule, no identifier scan, no ledger: the app's import (bench_exchange.py)
does all of those, and its time is compared with this one.

    uv run python tests/benchmarks/bare_import.py FILE.zip ...     # prints the seconds
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path


def floor_import(paths: list[Path], database: Path) -> dict[str, float]:
    """Seconds to load every record line of ``paths`` into a fresh table in ``database``."""
    database.unlink(missing_ok=True)
    started = time.perf_counter()
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE records (record_type TEXT, uuid TEXT, epoch INTEGER, rev INTEGER, line TEXT)")
    lines = 0
    conn.execute("BEGIN")
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not (name.startswith("records/") and name.endswith(".jsonl")):
                    continue
                for raw in archive.read(name).splitlines():
                    record = json.loads(raw)
                    conn.execute(
                        "INSERT INTO records VALUES (?, ?, ?, ?, ?)",
                        [record.get("record_type"), record.get("uuid"), record.get("epoch"), record.get("rev"), raw],
                    )
                    lines += 1
    conn.execute("COMMIT")
    conn.close()
    return {"seconds": time.perf_counter() - started, "lines": float(lines), "files": float(len(paths))}


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv]
    with tempfile.TemporaryDirectory(prefix="bare-import-") as folder:
        result = floor_import(paths, Path(folder) / "floor.sqlite3")
    print(f"{result['files']:.0f} files, {result['lines']:.0f} lines: {result['seconds']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
