"""The panels under the board's columns: this week's focus, the key measures as small charts with
their Making Data Count icons and words, days since the last harm for each focus harm,
celebrations and thanks, the open improvement actions with owners and "You said, we did"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.idea import you_said_line
from app.services.records.board import Board
from app.ui.generated.ui_board_page import Ui_BoardPage
from app.ui.widgets.form_helpers import escape


class BoardPanels:
    """Fills the lower panels of the board page's form (``ui``); the measure tiles are made as
    they are needed, children of ``parent``."""

    def __init__(self, ui: Ui_BoardPage, parent: QWidget) -> None:
        self.ui = ui
        self.parent = parent
        self.tiles: list = []  # MeasureTile, imported with pyqtgraph on first use
        for label in (ui.focusText, ui.harmsText, ui.celebrationsText, ui.actionsText, ui.youSaidText):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def draw(self, board: Board) -> None:
        ui = self.ui
        focus = [
            f"<b>{_esc(f.idea.text)}</b><br>{_esc(f.cycle_label or 'No PDSA cycle')}"
            + (f" ({_esc(f.project_title)})" if f.project_title else "")
            for f in board.focus
        ]
        ui.focusText.setText(
            "<br><br>".join(focus) or "No focus chosen. Pick one or two ideas in Testing and press 'This week's focus'."
        )
        harms = [f"<b>{h.days if h.days is not None else '–'}</b> {_days(h)}" for h in board.harms]
        ui.harmsText.setText("<br>".join(harms) or "No focus harms set up for this ward.")
        when = f" (weekly huddle {board.celebrations_from:%d %b})" if board.celebrations_from else ""
        ui.celebrationsText.setText(
            _esc(board.celebrations) + _esc(when) if board.celebrations else "Nothing recorded yet at a weekly huddle."
        )
        actions = [
            f"{_esc(a.text)}: <b>{_esc(a.owner or 'no owner yet')}</b>" + (f", by {a.due:%d %b}" if a.due else "")
            for a in board.actions
        ]
        ui.actionsText.setText("<br>".join(actions) or "No open improvement actions.")
        ui.youSaidText.setText("<br><br>".join(_esc(you_said_line(i)) for i in board.you_said) or "Nothing closed yet.")
        self.draw_measures(board)

    def draw_measures(self, board: Board) -> None:
        from app.ui.widgets.measure_sparkline import MeasureTile

        host = self.ui.measuresHost
        while len(self.tiles) < len(board.measures):
            tile = MeasureTile(self.parent)
            host.addWidget(tile)
            self.tiles.append(tile)
        for index, tile in enumerate(self.tiles):
            if index < len(board.measures):
                key = board.measures[index]
                tile.set_measure(key.name, key.chart, key.problem)
                tile.show()
            else:
                tile.hide()
        if not board.measures:
            self.ui.measuresBox.setToolTip("Link measures to an active improvement project to show them here.")


def _esc(text: str) -> str:
    return escape(text).replace("\n", "<br>")  # line breaks kept in a rich-text label


def _days(harm) -> str:
    if harm.days is None:
        return f"{harm.name}: no harm recorded yet"
    return f"day{'s' if harm.days != 1 else ''} since the last {harm.name.lower()}"
