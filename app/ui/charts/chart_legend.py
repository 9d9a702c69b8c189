"""The legend under a screen chart, as rich text: each marker's glyph and each line's dash
pattern in its colour, with words that name the shape and the line style (never colour alone)."""

from __future__ import annotations

from app.domain.chart_figure import ChartFigure

GLYPHS = {
    "common": "●",
    "improvement": "◆",
    "concern": "■",
    "neutral_high": "▲",
    "neutral_low": "▼",
    "excluded": "○",
}
DASH_GLYPHS = {"solid": "━━", "dashed": "╍╍", "dotted": "┈┈", "dashdot": "━·━"}


def legend_html(figure: ChartFigure) -> str:
    bits = []
    for entry in figure.legend:
        glyph = GLYPHS[entry.key] if entry.kind == "point" else DASH_GLYPHS[entry.key]
        colour = entry.colour if entry.key != "excluded" else "#404040"
        bits.append(f"<span style='color:{colour}'>{glyph}</span>&nbsp;{_html(entry.text)}")
    text = " &nbsp; ".join(bits)
    if figure.problem:
        text = f"<b style='color:#a4000f'>{_html(figure.problem)}</b><br>" + text
    return text


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
