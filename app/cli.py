"""The ``wardhuddle`` command line. Every failure is one plain line on stderr and a non-zero exit:
2 for bad arguments or an unusable data folder, 1 for a failed check or operation."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from app import APP_NAME, __version__

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _add_data_dir(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="use this data folder instead of the default (or set WARDHUDDLE_DATA_DIR)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value


def build_parser() -> OneLineParser:
    parser = OneLineParser(prog="wardhuddle", description=f"{APP_NAME}: daily safety huddles for ward teams.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_data_dir(parser, top=True)
    parser.add_argument("--quit-when-ready", action="store_true", help="quit as soon as the window has painted")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=OneLineParser)

    demo = sub.add_parser("demo", help="fill a realistic demo trust")
    _add_data_dir(demo, top=False)
    demo.add_argument("--wards", type=_positive, default=1, help="number of demo wards (default 1)")
    demo.add_argument("--weeks", type=_positive, default=12, help="weeks of history (default 12)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.add_argument("--force", action="store_true", help="add demo data even beside real records")

    check = sub.add_parser("check", help="check the data file and print ok or the problems")
    _add_data_dir(check, top=False)
    return parser


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns AppStore (imported lazily)
    from app.paths import app_paths
    from app.services.store import open_store

    paths = app_paths(args.data_dir)
    return paths, open_store(paths.database, backups_dir=paths.backups)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import DemoPlan, build_demo

    _paths, store = _open(args)
    try:
        if store.read_only:
            raise UsageError(store.database.read_only_reason)
        counts = build_demo(store, DemoPlan(wards=args.wards, weeks=args.weeks, seed=args.seed), force=args.force)
    finally:
        store.close()
    summary = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items())
    print(f"Demo data added to {store.path}: {summary}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.paths import app_paths
    from app.services.checks import check_data_file

    paths = app_paths(args.data_dir)
    report = check_data_file(paths.database)
    print(report.plain_english())
    return EXIT_OK if report.ok else EXIT_FAILED


def run(argv: Sequence[str]) -> int:
    from app.errors import DataFolderError, WardHuddleError

    try:
        args = build_parser().parse_args(list(argv))
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "check":
            return cmd_check(args)
        from app.bootstrap import run_gui

        return run_gui(data_dir=args.data_dir, quit_when_ready=args.quit_when_ready)
    except UsageError as error:
        print(f"wardhuddle: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DataFolderError as error:
        print(f"wardhuddle: {error}", file=sys.stderr)
        return EXIT_USAGE
    except WardHuddleError as error:
        print(f"wardhuddle: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("wardhuddle: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001 - the user gets one line; the log gets the traceback
        log.exception("unexpected error")
        print(f"wardhuddle: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
