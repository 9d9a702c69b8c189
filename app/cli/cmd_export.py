"""``wardhuddle export``: write this ward's weekly export file (a full snapshot), after the
patient-identifier check."""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, UsageError, add_data_dir, open_store_for


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="write the weekly export file for a ward")
    add_data_dir(parser)
    parser.add_argument(
        "--out",
        required=True,
        metavar="DIR_OR_FILE",
        help="an existing folder (the file gets its standard name) or a file name ending .zip",
    )
    parser.add_argument("--ward", metavar="WARD", help="ward code, name or id (default: the current ward)")
    parser.add_argument(
        "--week",
        metavar="YYYY-Www",
        help="the ISO week the export is for (default: this week); for a past week, records made after it are left out",
    )
    parser.add_argument(
        "--acknowledge-warnings",
        action="store_true",
        help="mark every possible identifier found (not NHS numbers) as checked: not an identifier",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.errors import ValidationError

    _paths, store = open_store_for(args)
    try:
        ward_id = _ward_id(store, args.ward)
        try:
            result, prepared = store.exchange.exports.export(
                ward_id, args.out, week=args.week, acknowledge_warnings=args.acknowledge_warnings
            )
        except ValidationError as error:
            if error.field in ("week", "out"):
                raise UsageError(str(error)) from None
            raise
        if result is None:
            for issue in prepared.pii.unresolved:
                what = "BLOCKS EXPORT" if issue.blocks else "check"
                print(f"  {what}: {issue.label} in {issue.title} ({issue.field})")
            blocked = len(prepared.pii.blocked)
            if blocked:
                raise ValidationError(
                    f"The export was not written: {prepared.pii.summary()} Redact each NHS, CHI or Health and Care "
                    "number in the app (Export and import > Check and export); there is no override."
                )
            raise ValidationError(
                f"The export was not written: {prepared.pii.summary()} Review them in the app, or run again with "
                "--acknowledge-warnings if none is a patient identifier."
            )
        print(result.summary())
        print(f"File: {result.path}")
        return EXIT_OK
    finally:
        store.close()


def _ward_id(store, wanted: str | None) -> str:  # AppStore, imported lazily
    if wanted:
        ward = store.wards.find_by_code_or_name(wanted)
        if ward is None:
            raise UsageError(f"There is no ward '{wanted}' in this data file.")
        return ward.id
    current = store.current_ward_id()
    if current is None:
        raise UsageError("This data file has no ward yet, so there is nothing to export.")
    return current
