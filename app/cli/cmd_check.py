"""``wardhuddle check``: every integrity check, read-only, in plain English."""

from __future__ import annotations

import argparse

from app.cli import EXIT_FAILED, EXIT_OK, add_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="check the data file and print ok or the problems")
    add_data_dir(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.paths import app_paths
    from app.services.safety.checks import check_data_file

    report = check_data_file(app_paths(args.data_dir).database)
    print(report.plain_english())
    return EXIT_OK if report.ok else EXIT_FAILED
