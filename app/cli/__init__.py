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
COMMAND_PREFIX = "cmd_"


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


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Every sub-command accepts --data-dir after its name as well as before it."""
    _add_data_dir(parser, top=False)


def positive_int(text: str) -> int:
    return _positive(text)


def command_modules() -> list[str]:
    """Each module ``app/cli/cmd_<command>.py`` is a sub-command: it defines
    ``register(subparsers)``, which adds its parser and sets ``handler=`` as a default."""
    import pkgutil

    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith(COMMAND_PREFIX))


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token == "--data-dir":
            skip = True
            continue
        if not token.startswith("-"):
            return token
    return None


def modules_needed(argv: Sequence[str] | None) -> list[str]:
    """Import only the sub-command being run: opening the GUI imports none of them (start-up
    time), a named command imports its own module, and help or an unknown command imports all
    so argparse can list the choices. The module ``cmd_import.py`` is the command ``import``."""
    names = command_modules()
    if argv is None:
        return names
    command = _first_positional(argv)
    if command is None:
        return names if any(t in ("-h", "--help") for t in argv) else []
    matching = [m for m in names if m.removeprefix(COMMAND_PREFIX) == command]
    return matching or names


def build_parser(argv: Sequence[str] | None = None) -> OneLineParser:
    import importlib

    parser = OneLineParser(prog="wardhuddle", description=f"{APP_NAME}: daily safety huddles for ward teams.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_data_dir(parser, top=True)
    parser.add_argument("--quit-when-ready", action="store_true", help="quit as soon as the window has painted")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation works (temporary files only) and exit"
    )
    sub = parser.add_subparsers(dest="command", parser_class=OneLineParser, metavar="COMMAND")
    for name in modules_needed(argv):
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def open_store_for(args: argparse.Namespace):  # (AppPaths, AppStore), imported lazily
    from app.paths import app_paths
    from app.services.store import open_store

    paths = app_paths(args.data_dir)
    return paths, open_store(paths.database, backups_dir=paths.backups)


def run(argv: Sequence[str]) -> int:
    from app.errors import DataFolderError, WardHuddleError

    try:
        args = build_parser(argv).parse_args(list(argv))
        if args.self_test:
            from app.selftest import run_self_test

            return run_self_test(step_modules=["app.ui.selftest_window"])
        handler = getattr(args, "handler", None)
        if handler is not None:
            return int(handler(args))
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
    except Exception as error:  # the user gets one line; the log gets the traceback
        log.exception("unexpected error")
        print(f"wardhuddle: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
