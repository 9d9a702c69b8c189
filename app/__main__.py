"""``python -m app`` and the ``wardhuddle`` command: parse arguments, hand over; nothing else."""

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
