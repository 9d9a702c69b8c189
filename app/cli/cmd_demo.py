"""``wardhuddle demo``: fill a realistic, deterministic demo trust."""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, UsageError, add_data_dir, open_store_for, positive_int


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="fill a realistic demo trust")
    add_data_dir(parser)
    parser.add_argument("--wards", type=positive_int, default=1, help="number of demo wards (default 1)")
    parser.add_argument("--weeks", type=positive_int, default=12, help="weeks of history (default 12)")
    parser.add_argument("--years", type=positive_int, default=None, help="years of history (overrides --weeks)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    parser.add_argument("--force", action="store_true", help="add demo data even beside real records")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.demo import DemoPlan, build_demo

    weeks = args.years * 52 + args.years // 7 if args.years else args.weeks
    _paths, store = open_store_for(args)
    try:
        if store.read_only:
            raise UsageError(store.database.read_only_reason)
        if any(w.details.is_demo for w in store.wards.list_wards()):
            raise UsageError(
                "This data file already holds the demo, so nothing was added (with or without --force). "
                "Point --data-dir at an empty folder for another demo."
            )
        counts = build_demo(store, DemoPlan(wards=args.wards, weeks=weeks, seed=args.seed), force=args.force)
    finally:
        store.close()
    summary = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items())
    print(f"Demo data added to {store.path}: {summary}.")
    return EXIT_OK
