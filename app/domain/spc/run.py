"""Median run charts: runs analysis (Anhøj rules, as qicharts2) and the IHI/Perla rules.

Part of the SPC engine; the public entry point is ``app.domain.spc.analyse`` and the return
shape is documented there. Rules follow charts-spec.md §2 and §6.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.spc.maths import crossings_min, longest_run_max, median_of
from app.domain.spc.result import RunResult

__all__ = ["IHI_RUNS_TABLE", "analyse_run", "runs_analysis", "ihi_trend_points"]

#: IHI/Perla runs table (spec §6): n useful -> (too few if runs < lower, too many if runs > upper).
#: Rows marked ‡/† in the spec use the first reproduction's values; see spec §2.3 and §8.
IHI_RUNS_TABLE: dict[int, tuple[int, int]] = {
    10: (3, 9), 11: (3, 10), 12: (3, 11), 13: (4, 11), 14: (4, 12), 15: (5, 12), 16: (5, 13),
    17: (5, 13), 18: (6, 14), 19: (6, 15), 20: (6, 16), 21: (7, 16), 22: (7, 17), 23: (7, 17),
    24: (8, 18), 25: (8, 18), 26: (9, 19), 27: (10, 19), 28: (10, 20), 29: (10, 20), 30: (11, 21),
    31: (11, 22), 32: (11, 23), 33: (12, 23), 34: (12, 24), 35: (13, 24), 36: (13, 25), 37: (13, 25),
    38: (14, 26), 39: (14, 26), 40: (15, 27), 41: (16, 27), 42: (16, 28), 43: (17, 28), 44: (17, 29),
    45: (17, 30), 46: (17, 31), 47: (18, 31), 48: (18, 32), 49: (19, 32), 50: (19, 33), 51: (20, 33),
    52: (20, 34), 53: (21, 34), 54: (21, 35), 55: (22, 35), 56: (22, 36), 57: (23, 36), 58: (23, 37),
    59: (24, 38), 60: (24, 38),
}  # fmt: skip

IHI_SHIFT_LENGTH = 6  # 6 or more useful observations on one side of the median
IHI_TREND_LENGTH = 5  # 5 or more points all going up or all going down (equal values count once)


def runs_analysis(values: Sequence[float | None], centre: float | None, start: int = 0) -> dict:
    """Anhøj runs analysis of ``values`` around ``centre`` plus the IHI shift and runs-table rules.

    ``start`` is the series position of ``values[0]`` (for the index lists). Missing values and
    values exactly on the centre line are skipped: they neither break nor extend a run.
    """
    run_lengths: list[int] = []
    run_members: list[list[int]] = []
    last = 0
    if centre is not None:
        for offset, y in enumerate(values):
            if y is None:
                continue
            if y > centre:
                side = 1
            elif y < centre:
                side = -1
            else:
                continue
            if side == last:
                run_lengths[-1] += 1
                run_members[-1].append(start + offset)
            else:
                run_lengths.append(1)
                run_members.append([start + offset])
                last = side
    n_useful = sum(run_lengths)
    runs = len(run_lengths)
    shift_points = [
        i
        for length, members in zip(run_lengths, run_members, strict=False)
        if length >= IHI_SHIFT_LENGTH
        for i in members
    ]
    if n_useful:
        longest = max(run_lengths)
        crossings = runs - 1
        lr_max = longest_run_max(n_useful)
        cr_min = crossings_min(n_useful)
        longest_signal = longest > lr_max
        crossings_signal = crossings < cr_min
    else:
        longest = crossings = lr_max = cr_min = None
        longest_signal = crossings_signal = False
    table = IHI_RUNS_TABLE.get(n_useful)
    if table is None:
        too_few = too_many = None
        runs_lower = runs_upper = None
    else:
        runs_lower, runs_upper = table
        too_few = runs < runs_lower
        too_many = runs > runs_upper
    return {
        "n_useful": n_useful,
        "runs": runs,
        "longest_run": longest,
        "crossings": crossings,
        "longest_run_max": lr_max,
        "crossings_min": cr_min,
        "longest_run_signal": longest_signal,
        "crossings_signal": crossings_signal,
        "runs_signal": longest_signal or crossings_signal,
        "shift_points": shift_points,
        "shift": bool(shift_points),
        "runs_lower": runs_lower,
        "runs_upper": runs_upper,
        "too_few_runs": too_few,
        "too_many_runs": too_many,
    }


def ihi_trend_points(values: Sequence[float | None], start: int = 0) -> list[int]:
    """Positions in IHI trends: 5 or more points all going up or all going down.

    Missing values are skipped; consecutive equal values count once ("like values do not make or
    break a trend") but every position holding such a value is reported. The median plays no part.
    """
    # Collapse consecutive equal values (ignoring missing ones) into groups of positions.
    group_values: list[float] = []
    group_members: list[list[int]] = []
    for offset, y in enumerate(values):
        if y is None:
            continue
        if group_values and group_values[-1] == y:
            group_members[-1].append(start + offset)
        else:
            group_values.append(y)
            group_members.append([start + offset])
    flagged: list[int] = []
    last_flagged_group = -1
    g = len(group_values)
    k = 0
    while k < g - 1:
        up = group_values[k + 1] > group_values[k]
        e = k + 1
        while e < g - 1 and (group_values[e + 1] > group_values[e]) == up:
            e += 1
        if e - k + 1 >= IHI_TREND_LENGTH:
            # groups k..e form a strictly monotone sequence; neighbouring trends share an end group
            for grp in range(max(k, last_flagged_group + 1), e + 1):
                flagged.extend(group_members[grp])
            last_flagged_group = e
        k = e
    return flagged


def analyse_run(
    values: list[float | None], segments: list[tuple[int, int]], baseline: int | None, messages: list[str]
) -> RunResult:
    """Run chart over already validated values; ``segments`` are (start, stop) half-open ranges."""
    seg_results = []
    for start, stop in segments:
        seg_values = values[start:stop]
        base_values = seg_values if baseline is None else seg_values[:baseline]
        median = median_of([y for y in base_values if y is not None])
        result = {"start": start, "end": stop - 1, "median": median}
        result.update(runs_analysis(seg_values, median, start))
        trend_points = ihi_trend_points(seg_values, start)
        result["trend_points"] = trend_points
        result["trend"] = bool(trend_points)
        result["ihi_signal"] = bool(
            result["shift"] or result["trend"] or result["too_few_runs"] or result["too_many_runs"]
        )
        label = "" if len(segments) == 1 else f" in the period starting at position {start}"
        if median is None:
            if stop > start:
                messages.append(f"No values{label}: no centre line and no runs analysis.")
        elif result["n_useful"] == 0:
            messages.append(
                f"Not enough useful data{label}: every value is missing or on the median, "
                "so there are no runs to analyse."
            )
        elif result["n_useful"] < 10:
            messages.append(
                f"Only {result['n_useful']} useful observations{label} (not missing, not on the "
                "median): the IHI runs table needs at least 10; the Anhøj limits are shown but "
                "are weak with so few points."
            )
        elif result["too_few_runs"] is None:
            messages.append(
                f"{result['n_useful']} useful observations{label}: the IHI runs table stops at 60, "
                "so too few / too many runs is not applicable."
            )
        seg_results.append(result)

    first = dict(seg_results[0])
    first.pop("start")
    first.pop("end")
    first["shift_points"] = [i for seg in seg_results for i in seg["shift_points"]]
    first["trend_points"] = [i for seg in seg_results for i in seg["trend_points"]]
    out = {"kind": "run", **first}
    out["shift"] = bool(out["shift_points"])
    out["trend"] = bool(out["trend_points"])
    out["any_runs_signal"] = any(seg["runs_signal"] for seg in seg_results)
    out["any_ihi_signal"] = any(seg["ihi_signal"] for seg in seg_results)
    out["segments"] = seg_results
    return out
