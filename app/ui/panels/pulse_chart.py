"""One pulse question's % positive per quarter, drawn with pyqtgraph (imported when first drawn)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.pulse import MIN_RESPONSES, POSITIVE_WORDS, ItemSeries, short_quarter_label


class PulseChart(QWidget):
    """One question's % positive per quarter: points joined where quarters are next to each other;
    a hidden quarter (fewer than 5 answers) is a gap, labelled in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.charts.pyside_refcounts import pin_singletons

        pin_singletons()
        import pyqtgraph as pg

        self._pg = pg
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName("Chart of the chosen question over the quarters")
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        layout.addWidget(self.plot)
        self.series: ItemSeries | None = None

    def set_series(self, series: ItemSeries) -> None:
        pg = self._pg
        self.series = series
        plot = self.plot
        plot.clear()
        xs = list(range(len(series.quarters)))
        ys = [float("nan") if p is None else p for p in series.percents]
        import numpy as np

        values = np.array(ys, dtype=float)
        if np.isfinite(values).any():
            plot.plot(
                xs,
                values,
                pen=pg.mkPen("#005eb8", width=2),
                symbol="o",
                symbolBrush="#005eb8",
                symbolPen="#005eb8",
                symbolSize=9,
                connect="finite",
            )
        for x, percent, n in zip(xs, series.percents, series.responses, strict=False):
            if percent is None:
                words = "nothing entered" if n == 0 else f"hidden: fewer than {MIN_RESPONSES} answers"
                text = pg.TextItem(words, color="#404040", anchor=(0.5, 0.5))
                text.setPos(x, 50)
            else:
                text = pg.TextItem(f"{percent:.0f}%", color="#202020", anchor=(0.5, 1.2))
                text.setPos(x, percent)
            plot.addItem(text)
        axis = plot.getAxis("bottom")
        axis.setTicks([[(x, short_quarter_label(q)) for x, q in zip(xs, series.quarters, strict=False)]])
        plot.setYRange(0, 105, padding=0)
        plot.setXRange(-0.5, max(len(xs) - 0.5, 0.5), padding=0)
        plot.setLabel("left", f"% {POSITIVE_WORDS[series.question.scale]}")
        plot.setTitle(series.question.text, color="#202020")
        self.plot.setAccessibleDescription(self.summary_text())

    def summary_text(self) -> str:
        if self.series is None:
            return ""
        parts = []
        for quarter, percent, n in zip(self.series.quarters, self.series.percents, self.series.responses, strict=False):
            parts.append(
                f"{short_quarter_label(quarter)}: "
                + ("nothing entered" if n == 0 else ("hidden" if percent is None else f"{percent:.0f}%"))
            )
        return f"{self.series.question.text}. " + "; ".join(parts) + "."
