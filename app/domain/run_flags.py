"""Run-chart signals with a direction: which IHI shift and trend points are improvement or
concern, classified as the XmR rules are (used by every run chart, on screen and on paper)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FlaggedPoint:
    index: int
    rule: str  # outside_limits / trend / two_in_three / shift
    direction: str  # high / low
    type: str  # improvement / concern / neutral


def run_flags(result: dict, values: list[float | None], improvement: str) -> list[FlaggedPoint]:
    """IHI shift and trend points with a direction: a shift is above or below its period's
    median; a trend goes up or down (from the step to the next trend point, else from the
    previous one, as the XmR rules do). Trend is listed before shift, as Making Data Count ranks them."""
    medians = {}
    for seg in result["segments"]:
        for i in range(seg["start"], seg["end"] + 1):
            medians[i] = seg["median"]
    trend = sorted(set(result["trend_points"]))
    trend_set = set(trend)
    shift = set(result["shift_points"])
    flags = []
    for i in sorted(trend_set | shift):
        if i in trend_set:
            rule = "trend"
            high = _trend_goes_up(i, values, trend_set)
        else:
            rule = "shift"
            high = values[i] is not None and medians.get(i) is not None and values[i] > medians[i]
        direction = "high" if high else "low"
        if improvement == "neutral":
            kind = "neutral"
        else:
            kind = "improvement" if high == (improvement == "increase") else "concern"
        flags.append(FlaggedPoint(i, rule, direction, kind))
    return flags


def _trend_goes_up(i: int, values: list[float | None], trend: set[int]) -> bool:
    here = values[i]
    j = i + 1
    while j < len(values) and (values[j] is None or values[j] == here):
        j += 1
    if j < len(values) and j in trend and here is not None:
        return values[j] > here  # type: ignore[operator]
    k = i - 1
    while k >= 0 and (values[k] is None or values[k] == here):
        k -= 1
    return k >= 0 and here is not None and values[k] is not None and here > values[k]  # type: ignore[operator]
