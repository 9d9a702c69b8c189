"""``wardhuddle pending``: files waiting for someone to say which ward they come from, and
``wardhuddle pending --map N [--to WARD]`` to link them and import them."""

from __future__ import annotations

import argparse

from app.cli import EXIT_FAILED, EXIT_OK, UsageError, add_data_dir, open_store_for, positive_int


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("pending", help="list import files waiting for a ward, or link them to one")
    add_data_dir(parser)
    parser.add_argument(
        "--map", type=positive_int, metavar="N", help="link group N of the list to a ward and import it"
    )
    parser.add_argument(
        "--to", metavar="WARD", help="ward code, name or id held here (default: the ward the files name, added as new)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.to and not args.map:
        raise UsageError("--to needs --map N.")
    _paths, store = open_store_for(args)
    try:
        imports = store.exchange.imports
        groups = imports.pending_groups()
        if not args.map:
            if not groups:
                print("No files are waiting.")
            for number, group in enumerate(groups, start=1):
                seqs = ", ".join(str(f.export_seq) for f in group.files)
                print(
                    f"{number}. {group.label}, device {group.device_id[:8]}: {len(group.files)} file(s), exports {seqs}"
                )
            return EXIT_OK
        if args.map > len(groups):
            raise UsageError(f"There is no group {args.map}: run 'wardhuddle pending' to see the list.")
        group = groups[args.map - 1]
        target = group.home_ward_id
        if args.to:
            ward = store.wards.find_by_code_or_name(args.to)
            if ward is None:
                raise UsageError(f"There is no ward '{args.to}' in this data file.")
            target = ward.id
        from app.errors import NotFound

        try:
            results = imports.map_device(group.device_id, group.home_ward_id, target)
        except NotFound as error:
            raise UsageError(str(error)) from None
    finally:
        store.close()
    for result in results:
        print(f"{result.file_name}: {result.status}. {result.message}")
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED
