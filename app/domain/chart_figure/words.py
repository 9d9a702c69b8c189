"""A chart's words: the summary beside the icons, the plain-English caption under the chart and
the technical "How this chart is worked out" note (rule sets, reference packages, the engine's
own notes), which is shown only on demand."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.domain.chart_words import KIND_WORDS, METHOD_WORDS, RULE_SETS, VARIATION_TEXT, plural, short_date
from app.domain.measure import format_value

if TYPE_CHECKING:
    from app.domain.chart_figure.model import AimTarget, ChartFigure
    from app.domain.measure_series import MeasureChart


def summary_lines(chart: MeasureChart) -> list[str]:
    """What the icons say, in words that say what they describe."""
    out = []
    if chart.variation_icon:
        out.append(VARIATION_TEXT[chart.variation_icon] + ".")
    else:
        out.append(f"No variation icon: {chart.why_no_icon}.")
    if chart.result is not None:
        flagged = [f for f in chart.flagged if not chart.points[f.index].excluded]
        if flagged:
            last = chart.points[flagged[-1].index]
            out.append(f"Special cause: {plural(len(flagged), 'point')}, most recent {short_date(last.label)}.")
        else:
            out.append("No special cause points: common cause variation only.")
    text = chart.assurance_text
    out.append(text if text.endswith(".") else text + ".")
    latest = chart.latest
    if latest is not None:
        out.append(f"Latest value: {format_value(latest.value, chart.details)} ({short_date(latest.label)}).")
    return out


def caption_lines(chart: MeasureChart, figure: ChartFigure, aim: AimTarget | None) -> list[str]:
    """Plain English under the chart: what it is, what was fixed or rebased, what is shown."""
    out = [KIND_WORDS[chart.kind]]
    if chart.problem:
        out.append(chart.problem)
    result = chart.result or {}
    baseline = result.get("baseline")
    centre = "median" if chart.kind == "run" else "average"
    if baseline:
        out.append(
            f"The {centre} and limits are fixed on the first {baseline} points; later points are compared with them."
        )
    for pos, reason in zip(chart.rebase_positions, chart.rebase_reasons, strict=False):
        why = f": {reason}" if reason else ""
        out.append(f"Rebased from {short_date(chart.points[pos].label)}{why}. A new {centre} and limits start there.")
    screened = sum(seg.get("n_screened") or 0 for seg in result.get("segment_details") or [])
    if screened:
        jumps = "jump" if screened == 1 else "jumps"
        out.append(
            f"{screened} unusually big {jumps} between neighbouring points {'was' if screened == 1 else 'were'} "
            "left out when setting the limits, so one bad day does not widen them."
        )
    short = [
        seg
        for seg in result.get("segment_details") or []
        if 0 < (seg["end"] - seg["start"] + 1) < 13 and seg.get("upper") is not None
    ]
    if short and not baseline:
        out.append("Some limits rest on fewer than 13 points: treat them as provisional.")
    if figure.windowed:
        first = short_date(chart.points[figure.window[0]].label)
        shown = figure.window[1] - figure.window[0] + 1
        out.append(
            f"Showing the latest {shown} of {figure.n} points (from {first}); the {centre}, limits and "
            "signals are worked out on the whole series."
        )
    if aim is not None:
        out.append(f"The aim line is the project's aim: {aim.text}.")
    excluded = sum(1 for p in chart.points if p.excluded and p.value is not None)
    if excluded:
        out.append(
            f"{plural(excluded, 'point')} left out of the calculations (hollow circles): see each point's reason."
        )
    far = figure.off_scale()
    if far:
        where = "; ".join(f"{p.value_text} on {short_date(p.date_text)}" for p in far[:3])
        out.append(f"Off the scale, drawn at its edge as a hollow triangle: {where}.")
    return out


_POSITION = re.compile(r"(?:for |in )?the period starting at position (\d+)")


def how_lines(chart: MeasureChart, dates: dict[int, str]) -> tuple[list[str], int]:
    """The technical note: the rules, the method, the reference packages and the engine's notes
    (positions turned into dates), and how many of the lines are the same for every chart of
    this kind."""
    out = [RULE_SETS[chart.kind] + ".", METHOD_WORDS[chart.kind]]
    if chart.kind == "xmr":
        out.append(
            "Screen outliers is "
            + (
                "on (as NHSRplotthedots)."
                if chart.details.screen_outliers
                else "off (as the Making Data Count Excel tool)."
            )
        )
        out.append(
            "The variation icon describes the latest point only; the assurance icon compares the target "
            "with the limits of the latest period."
        )
    else:
        out.append("The variation icon describes the latest point only.")
    general = len(out)

    def dated(match: re.Match) -> str:
        pos = int(match.group(1))
        return f"from {dates[pos]}" if pos in dates else match.group(0)

    for message in chart.messages:
        if message:
            out.append(_POSITION.sub(dated, message))
    return out, general
