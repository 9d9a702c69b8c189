"""Make the fixture database of a released schema version, for tests/unit/test_migrations_fixtures.py.

    uv run python tests/data/make_fixtures.py 1        # writes tests/data/schema_v1.db

Run it ONCE, when a schema version is released, and commit the file: a fixture is a frozen
example of what users' files looked like at that version, so it must never be regenerated from
newer code (the script refuses to overwrite one unless --force).

How: a deterministic demo trust is built at the current schema in a temporary folder; a fresh
file is migrated to step N only; every row of every table that exists at step N is copied across
(only the columns that existed then). So the fixture holds realistic records of that version.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent


def make_fixture(version: int, out: Path) -> dict[str, int]:
    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store
    from app.storage.database import open_database
    from app.storage.migrations import migrate

    with tempfile.TemporaryDirectory() as folder:
        demo_path = Path(folder) / "demo.sqlite3"
        store = open_store(demo_path)
        build_demo(store, DemoPlan(wards=2, weeks=4, seed=20261103, end=date(2026, 11, 3)))
        store.close()

        fresh = Path(folder) / "fixture.sqlite3"
        database = open_database(fresh, max_schema=version)
        migrate(database, stop_after=version)
        assert database.user_version() == version
        database.close()

        conn = sqlite3.connect(fresh, isolation_level=None)
        conn.execute("ATTACH DATABASE ? AS demo", [str(demo_path)])
        counts: dict[str, int] = {}
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for table in tables:
            mine = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
            theirs = {r[1] for r in conn.execute(f'PRAGMA demo.table_info("{table}")')}
            columns = ", ".join(f'"{c}"' for c in mine if c in theirs)
            conn.execute(f'DELETE FROM main."{table}"') if table == "device" else None
            conn.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM demo."{table}"')
            counts[table] = int(conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0])
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE demo")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in git
        conn.execute("VACUUM")
        conn.close()
        out.write_bytes(fresh.read_bytes())
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", type=int, help="the released schema version, e.g. 1")
    parser.add_argument("--force", action="store_true", help="overwrite an existing fixture (almost never right)")
    args = parser.parse_args(argv)
    out = HERE / f"schema_v{args.version}.db"
    if out.exists() and not args.force:
        print(f"{out.name} exists; fixtures are frozen once released (use --force to remake it).", file=sys.stderr)
        return 1
    counts = make_fixture(args.version, out)
    print(f"wrote {out.relative_to(ROOT)}: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
