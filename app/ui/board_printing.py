"""Print buttons of the Board page: the poster (A3 or A4, asked first) and the weekly improvement
huddle sheet, filled or blank. The PDF is made off the UI thread and opened in the viewer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.services.store import AppStore


def print_board_poster(parent: QWidget, store: AppStore, ward_id: str) -> None:
    from app.ui import prompts
    from app.ui.printing import print_pdf

    size = prompts.ask_choice(parent, "Print the board", "Paper size of the poster:", ["A3", "A4"], "A3")
    if not size:
        return

    def make() -> bytes:
        from app.services.board_printing import board_pdf

        return board_pdf(store, ward_id, None, size)

    print_pdf(parent, make, f"Improvement board {size}")


def print_improvement_huddle(parent: QWidget, store: AppStore, ward_id: str, day: date | None) -> None:
    from app.ui.printing import print_pdf

    def make() -> bytes:
        from app.services.board_printing import improvement_huddle_pdf

        return improvement_huddle_pdf(store, ward_id, day)

    title = f"Weekly improvement huddle {day:%d %b %Y}" if day else "Weekly improvement huddle (blank)"
    print_pdf(parent, make, title)
