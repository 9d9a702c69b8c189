"""``wardhuddle print``: PDFs from the command line, written atomically.

    wardhuddle print huddle --date 2026-11-19 [--slot Morning] [--with-cross] [--ward W7] --out sheet.pdf
    wardhuddle print blank huddle|safety-cross|reflection|post-event|later-reflection [--ward W7] --out blank.pdf
    wardhuddle print week --week 2026-W47 [--with-sheets] [--ward W7] --out pack.pdf
    wardhuddle print reflection --id ID --out reflection.pdf
    wardhuddle print pdsa --id ID --out cycle.pdf
    wardhuddle print project --id ID --out project.pdf
    wardhuddle print board [--ward W7] [--date 2026-11-19] [--size A3|A4] --out poster.pdf
    wardhuddle print improvement-huddle --date 2026-11-19 [--ward W7] --out weekly.pdf
    wardhuddle print blank improvement-huddle [--ward W7] --out blank.pdf

An unknown date, ward, week or id prints one line and exits 2; a week with nothing recorded prints
one line and exits 1. ``--out`` must be a new name or an ordinary file (a link is followed);
a folder or device is refused before anything is laid out. No Qt is imported on this path.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli import EXIT_OK, OneLineParser, UsageError, add_data_dir
from app.domain.weeks import parse_week, week_label

BLANK_CHOICES = ("huddle", "safety-cross", "reflection", "post-event", "later-reflection", "improvement-huddle")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it like 2026-11-19") from None


def _out(text: str) -> Path:
    """A new name in an existing folder, or an ordinary file (a link is followed): checked before
    any layout, so a device or folder is refused at once."""
    from app.export_format.atomic_file import target_problem

    path = Path(text).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"'{text}' is a folder: give a file name, e.g. {Path(text) / 'sheet.pdf'}")
    problem = target_problem(path)
    if problem is not None:
        raise argparse.ArgumentTypeError(f"cannot write '{text}': {problem}")
    return path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("print", help="print a huddle sheet, a blank form or a weekly pack to PDF")
    add_data_dir(parser)
    kinds = parser.add_subparsers(dest="what", parser_class=OneLineParser, metavar="WHAT")
    kinds.required = True

    huddle = kinds.add_parser("huddle", help="one day's huddle sheet")
    huddle.add_argument("--date", type=_day, required=True, metavar="YYYY-MM-DD", help="the huddle's date")
    huddle.add_argument("--slot", default=None, help="Morning, Evening... (needed if the day has several sheets)")
    huddle.add_argument("--with-cross", action="store_true", help="add the month's safety cross on a page of its own")
    _common(huddle)
    huddle.set_defaults(handler=run_huddle)

    blank = kinds.add_parser("blank", help="a blank form to print for paper use")
    blank.add_argument("form", choices=BLANK_CHOICES, help="which form")
    _common(blank)
    blank.set_defaults(handler=run_blank)

    reflection = kinds.add_parser("reflection", help="a hot debrief or later reflection, by its id")
    reflection.add_argument("--id", required=True, dest="record_id", metavar="ID", help="the reflection's id")
    _common(reflection, ward=False)
    reflection.set_defaults(handler=run_reflection)

    pdsa = kinds.add_parser("pdsa", help="a PDSA cycle, by its id")
    pdsa.add_argument("--id", required=True, dest="record_id", metavar="ID", help="the PDSA cycle's id")
    _common(pdsa, ward=False)
    pdsa.set_defaults(handler=run_pdsa)

    project = kinds.add_parser("project", help="a project on a page (aim, driver diagram, charts), by its id")
    project.add_argument("--id", required=True, dest="record_id", metavar="ID", help="the project's id")
    _common(project, ward=False)
    project.set_defaults(handler=run_project)

    board = kinds.add_parser("board", help="the improvement board as an A3 or A4 poster")
    board.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD", help="the week (default: today)")
    board.add_argument("--size", choices=("A3", "A4"), default="A3", help="paper size (default A3)")
    _common(board)
    board.set_defaults(handler=run_board)

    weekly = kinds.add_parser("improvement-huddle", help="one weekly improvement huddle")
    weekly.add_argument("--date", type=_day, required=True, metavar="YYYY-MM-DD", help="the huddle's date")
    _common(weekly)
    weekly.set_defaults(handler=run_improvement_huddle)

    week = kinds.add_parser("week", help="the weekly pack: the week at a glance, actions, safety cross and charts")
    week.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W47")
    week.add_argument("--with-sheets", action="store_true", help="add the week's daily sheets after the summary")
    _common(week)
    week.set_defaults(handler=run_week)


def _common(parser: argparse.ArgumentParser, *, ward: bool = True) -> None:
    if ward:
        parser.add_argument("--ward", default=None, help="ward code or name (default: the current ward)")
    parser.add_argument("--out", type=_out, required=True, metavar="FILE", help="the PDF file to write")
    add_data_dir(parser)


def _with_store(args: argparse.Namespace, make):  # ANN202 - make(store, printing) -> (bytes, what
    from app.errors import NotFound, ValidationError
    from app.paths import app_paths
    from app.services import printing

    paths = app_paths(args.data_dir)
    if not paths.database.exists():  # printing never creates a data file as a side effect
        raise UsageError(f"There is no Ward Huddle data in {paths.data_dir} yet, so there is nothing to print.")
    with printing.printable_store(paths.database, backups_dir=paths.backups) as store:
        try:
            data, what = make(store, printing)
        except (NotFound, ValidationError) as error:
            raise UsageError(str(error)) from None
    _write(args.out, data, what)
    return EXIT_OK


def _database(args: argparse.Namespace) -> Path:
    from app.paths import app_paths

    return app_paths(args.data_dir).database


def _write(out: Path, data: bytes, what: str) -> None:
    from app.errors import WardHuddleError
    from app.services.printing import write_pdf

    try:
        written = write_pdf(out, data)
    except OSError as error:
        raise WardHuddleError(f"Could not write {out}: {error.strerror or error}.") from None
    via = f" (the file {written} that {out} links to)" if written != out.absolute() else ""
    print(f"{what} written to {out}{via}.")


def run_huddle(args: argparse.Namespace) -> int:
    def make(store, printing):  # ANN202
        ward = printing.resolve_ward(store, args.ward)
        sheet = printing.find_sheet(store, ward, args.date, args.slot)
        data = printing.sheet_pdf(store, sheet, with_month_cross=args.with_cross)
        return data, f"The {sheet.slot.lower()} huddle sheet for {args.date:%d %b %Y}"

    return _with_store(args, make)


def run_week(args: argparse.Namespace) -> int:
    def make(store, printing):  # ANN202
        monday = parse_week(args.week)
        ward = printing.resolve_ward(store, args.ward)
        data = printing.week_pack_pdf(store, ward.id, monday, with_sheets=args.with_sheets)
        return data, f"The weekly pack for {week_label(monday)}"

    return _with_store(args, make)


def run_reflection(args: argparse.Namespace) -> int:
    def make(store, printing):  # ANN202
        data = printing.reflection_pdf(store, args.record_id)
        return data, f"The reflection ({store.reflections.get(args.record_id).title()})"

    return _with_store(args, make)


def run_pdsa(args: argparse.Namespace) -> int:
    def make(store, printing):  # ANN202
        cycle = store.projects.get_cycle(args.record_id)
        project = store.projects.get(cycle.project_id)
        return printing.pdsa_pdf(store, cycle, project), f"PDSA cycle {cycle.cycle_number} of '{project.title}'"

    return _with_store(args, make)


def run_project(args: argparse.Namespace) -> int:
    def make(store, printing):  # ANN202
        project = store.projects.get(args.record_id)
        cycles = tuple(store.projects.cycles_for(project.id))
        return printing.project_pdf(store, project, cycles), f"The project '{project.title}'"

    return _with_store(args, make)


def run_board(args: argparse.Namespace) -> int:
    def make(store, printing):  # ANN202
        from app.services.board_printing import board_pdf

        ward = printing.resolve_ward(store, args.ward)
        return board_pdf(store, ward.id, args.date, args.size), f"The {args.size} improvement board poster"

    return _with_store(args, make)


def run_improvement_huddle(args: argparse.Namespace) -> int:
    def make(store, printing):  # ANN202
        from app.services.board_printing import improvement_huddle_pdf

        ward = printing.resolve_ward(store, args.ward)
        return improvement_huddle_pdf(
            store, ward.id, args.date
        ), f"The weekly improvement huddle of {args.date:%d %b %Y}"

    return _with_store(args, make)


def run_blank(args: argparse.Namespace) -> int:
    from app.services import printing

    if args.form == "improvement-huddle":
        return _blank_improvement_huddle(args)

    what = f"The blank {args.form.replace('-', ' ')} form"
    if args.ward is None and (args.form not in ("huddle", "safety-cross") or not _database(args).exists()):
        # the default form needs no data file: it prints even when the ward's data cannot be read
        _write(args.out, printing.blank_pdf(args.form), what)
        return EXIT_OK

    def make(store, printing):  # ANN202
        ward = None
        if args.ward is not None or store.current_ward_id() is not None:
            ward = printing.resolve_ward(store, args.ward)
        return printing.blank_pdf(args.form, store, ward.id if ward else None), what

    return _with_store(args, make)


def _blank_improvement_huddle(args: argparse.Namespace) -> int:
    from app.services.board_printing import improvement_huddle_pdf

    what = "The blank weekly improvement huddle sheet"
    if args.ward is None and not _database(args).exists():
        _write(args.out, improvement_huddle_pdf(None), what)
        return EXIT_OK

    def make(store, printing):  # ANN202
        ward_id = printing.resolve_ward(store, args.ward).id if args.ward or store.current_ward_id() else None
        return improvement_huddle_pdf(store, ward_id), what

    return _with_store(args, make)
