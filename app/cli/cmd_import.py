"""``wardhuddle import FILE...``: check and merge weekly export files from the wards."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import EXIT_FAILED, EXIT_OK, UsageError, add_data_dir, open_store_for


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import", help="import weekly export files from the wards")
    add_data_dir(parser)
    parser.add_argument("files", nargs="+", metavar="FILE", help="export files (.zip)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    paths = [Path(name) for name in args.files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise UsageError(f"There is no file {missing[0]}.")
    _paths, store = open_store_for(args)
    try:
        if store.read_only:
            raise UsageError(store.database.read_only_reason or "The data file is open read-only.")
        results = store.exchange.imports.import_files(paths)
    finally:
        store.close()
    for result in results:
        print(f"{result.file_name}: {result.status}. {result.message}")
    totals = {status: sum(1 for r in results if r.status == status) for status in {r.status for r in results}}
    print("Summary: " + ", ".join(f"{count} {status}" for status, count in sorted(totals.items())) + ".")
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED
