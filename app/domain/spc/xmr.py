"""XmR (individuals) charts with the NHS "Making Data Count" rules, as NHSRplotthedots 0.2.2.

Part of the SPC engine; the public entry point is ``app.domain.spc.analyse`` and the return
shape is documented there. Rules follow charts-spec.md §3 and §4. The rule
logic is a port of NHSRplotthedots (MIT licence, NHS-R community): ``ptd_spc_standard``,
``ptd_calculate_point_type`` and ``ptd_calculate_assurance_type``.
"""

from __future__ import annotations

from app.domain.spc.maths import mean_of
from app.domain.spc.result import XmrResult

__all__ = ["POINT_TYPE_COLOURS", "analyse_xmr"]

LIMIT = 2.66  # 3 / d2, rounded as in the MDC tools
LIMIT_CLOSE = 2 * (LIMIT / 3)  # the 2-sigma line, computed exactly as the R package does
MR_SCREEN = 3.267  # moving ranges >= 3.267 x mean MR are screened out (single pass)
RUN_LENGTH = 7  # shift and trend lengths are fixed at 7 in NHSRplotthedots 0.2.2
SHORT_PERIOD = 13  # fewer points than this: limits are "trial limits" (spec §3.1)

#: Point colours from NHSRplotthedots ``ptd_spc_colours`` (spec §3.4).
POINT_TYPE_COLOURS = {
    "common_cause": "#a6a6a6",
    "special_cause_improvement": "#00b0f0",
    "special_cause_concern": "#e46c0a",
    "special_cause_neutral_high": "#490092",
    "special_cause_neutral_low": "#490092",
}

#: Plain-English labels for the assurance icon names (spec §3.4).
ASSURANCE_LABELS = {
    "consistent_pass": "consistent pass",
    "consistent_fail": "consistent fail",
    "inconsistent": "inconsistent (hit and miss)",
}

RULE_OUTSIDE = "outside_limits"
RULE_TREND = "trend"
RULE_TWO_IN_THREE = "two_in_three"
RULE_SHIFT = "shift"


def _period_limits(ys: list[float | None], baseline: int | None, screen: bool) -> dict:
    """Mean, mean moving range and limits of one period (spec §3.1)."""
    fix = ys if baseline is None else ys[:baseline]
    mean = mean_of([y for y in fix if y is not None])
    mrs = [abs(b - a) for a, b in zip(fix, fix[1:], strict=False) if a is not None and b is not None]
    amr = mean_of(mrs)
    screened = 0
    if screen and amr is not None and amr > 0:
        # strict "<", single pass; the mean itself is not recomputed. When every moving range is
        # 0 the package would drop them all (0 < 0 is false) and get NaN limits; the spec
        # recommends skipping the screen then, so the limits equal the mean.
        threshold = MR_SCREEN * amr
        kept = [mr for mr in mrs if mr < threshold]
        screened = len(mrs) - len(kept)
        amr = mean_of(kept)
    if mean is None or amr is None:
        upper = lower = upper_2s = lower_2s = None
    else:
        upper = mean + LIMIT * amr
        lower = mean - LIMIT * amr
        upper_2s = mean + LIMIT_CLOSE * amr
        lower_2s = mean - LIMIT_CLOSE * amr
    return {
        "mean": mean,
        "mr_mean": amr,
        "upper": upper,
        "lower": lower,
        "upper_2sigma": upper_2s,
        "lower_2sigma": lower_2s,
        "n_moving_ranges": len(mrs),
        "n_screened": screened,
    }


def _classify_period(ys: list[float | None], lim: dict, start: int, labels: list, directions: list) -> None:
    """Special-cause rules within one period; fills ``labels``/``directions`` at series positions."""
    n = len(ys)
    mean, upper, lower = lim["mean"], lim["upper"], lim["lower"]
    upper_2s, lower_2s = lim["upper_2sigma"], lim["lower_2sigma"]
    side: list[int | None] = [None] * n  # relative to mean: 1, -1, 0; None when missing/undefined
    outside = [False] * n
    close = [False] * n
    for i, y in enumerate(ys):
        if y is None:
            continue
        if mean is not None:
            side[i] = 1 if y > mean else (-1 if y < mean else 0)
        if upper is not None:
            if y > upper or y < lower:
                outside[i] = True
            elif y < lower_2s or y > upper_2s:
                close[i] = True

    # 7-point trend: maximal stretches of 6+ strict steps in one direction; a tie or a missing
    # value breaks the stretch. Every point of every qualifying 7-window is part of the trend.
    in_trend = [False] * n
    run_start = 0
    run_dir = 0
    for i in range(1, n + 1):
        step = 0
        if i < n and ys[i] is not None and ys[i - 1] is not None:
            step = 1 if ys[i] > ys[i - 1] else (-1 if ys[i] < ys[i - 1] else 0)
        if step != 0 and step == run_dir:
            continue
        if run_dir != 0 and i - 1 - run_start >= RUN_LENGTH - 1:
            for j in range(run_start, i):
                in_trend[j] = True
        run_dir = step
        run_start = i - 1

    # 2 in 3: a window of three points all strictly on one side of the mean with 2+ "close"
    # points (outside the limits is not "close"); only the close points are flagged.
    in_two_of_three = [False] * n
    for i in range(n - 2):
        s = side[i]
        if s and side[i + 1] == s and side[i + 2] == s and close[i] + close[i + 1] + close[i + 2] >= 2:
            for j in (i, i + 1, i + 2):
                if close[j]:
                    in_two_of_three[j] = True

    # shift: 7 consecutive points strictly on one side; on the mean or missing breaks it.
    in_shift = [False] * n
    i = 0
    while i < n:
        s = side[i]
        j = i + 1
        if s:
            while j < n and side[j] == s:
                j += 1
            if j - i >= RUN_LENGTH:
                for k in range(i, j):
                    in_shift[k] = True
        i = j

    # One label per point, precedence outside > trend > two-in-three > shift (spec §3.3).
    for i in range(n):
        if outside[i]:
            rule, high = RULE_OUTSIDE, side[i] == 1
        elif in_trend[i]:
            # direction from the step to the next point if that point is also in a trend, otherwise
            # from the step from the previous one (NHSRplotthedots: "Increasing" only if that step is up)
            if i + 1 < n and in_trend[i + 1]:
                high = ys[i + 1] > ys[i]
            else:
                high = i > 0 and ys[i] > ys[i - 1]
            rule = RULE_TREND
        elif in_two_of_three[i]:
            rule, high = RULE_TWO_IN_THREE, side[i] == 1
        elif in_shift[i]:
            rule, high = RULE_SHIFT, side[i] == 1
        else:
            continue
        labels[start + i] = rule
        directions[start + i] = "high" if high else "low"


def analyse_xmr(
    values: list[float | None],
    segments: list[tuple[int, int]],
    baseline: int | None,
    improvement: str,
    target: float | None,
    screen: bool,
    messages: list[str],
) -> XmrResult:
    """XmR chart over already validated values; ``segments`` are (start, stop) half-open ranges."""
    n_total = len(values)
    labels: list[str | None] = [None] * n_total
    directions: list[str | None] = [None] * n_total
    seg_public = []
    seg_details = []
    for start, stop in segments:
        ys = values[start:stop]
        lim = _period_limits(ys, baseline, screen)
        _classify_period(ys, lim, start, labels, directions)
        seg_public.append(
            {
                "start": start,
                "end": stop - 1,
                "mean": lim["mean"],
                "mr_mean": lim["mr_mean"],
                "upper": lim["upper"],
                "lower": lim["lower"],
            }
        )
        seg_details.append({"start": start, "end": stop - 1, **lim})
        where = "" if len(segments) == 1 else f" for the period starting at position {start}"
        if lim["mean"] is None:
            if stop > start:
                messages.append(f"No values{where}: no mean and no process limits.")
        elif lim["upper"] is None:
            messages.append(
                f"Not enough data for process limits{where}: at least two consecutive values "
                "are needed for a moving range."
            )
        used = len(ys) if baseline is None else min(baseline, len(ys))
        if 0 < used < SHORT_PERIOD and lim["mean"] is not None:
            messages.append(
                f"Limits{where} are based on only {used} points; treat them as trial limits "
                f"(Making Data Count recommends at least {SHORT_PERIOD - 1})."
            )
        if lim["mr_mean"] == 0 and lim["n_moving_ranges"]:
            messages.append(
                f"Every moving range{where} is 0 (all values equal), so the limits equal the mean"
                + (" and screening was skipped." if screen else ".")
            )
        if lim["n_screened"]:
            messages.append(
                f"{lim['n_screened']} moving range(s){where} were 3.267 times the mean moving "
                "range or more and were left out of the limits (screen outliers is on)."
            )

    special = []
    point_types = []
    for i in range(n_total):
        rule = labels[i]
        if rule is None:
            point_types.append("common_cause")
            continue
        direction = directions[i]
        if improvement == "neutral":
            kind = "neutral"
            point_types.append(f"special_cause_neutral_{direction}")
        else:
            good = (direction == "high") == (improvement == "increase")
            kind = "improvement" if good else "concern"
            point_types.append(f"special_cause_{kind}")
        special.append({"index": i, "rule": rule, "direction": direction, "type": kind})

    variation_icon = None
    if n_total:
        last = point_types[-1]
        if last == "common_cause":
            variation_icon = "common_cause"
        elif improvement == "neutral":
            variation_icon = last.removeprefix("special_cause_")  # neutral_high / neutral_low
        elif last == "special_cause_improvement":
            variation_icon = "improvement_high" if improvement == "increase" else "improvement_low"
        else:
            variation_icon = "concern_low" if improvement == "increase" else "concern_high"
        if values[-1] is None:
            messages.append("The last period is missing, so the variation icon shows common cause.")

    assurance = None
    if target is not None and improvement != "neutral" and n_total:
        last_seg = seg_public[-1]
        upper, lower = last_seg["upper"], last_seg["lower"]
        if upper is None:
            messages.append("No assurance icon: the last period has no process limits.")
        elif target > upper:
            assurance = "consistent_fail" if improvement == "increase" else "consistent_pass"
        elif target < lower:
            assurance = "consistent_pass" if improvement == "increase" else "consistent_fail"
        else:
            assurance = "inconsistent"
    elif target is not None and improvement == "neutral":
        messages.append("No assurance icon: a target needs an improvement direction (increase or decrease).")

    first = seg_details[0] if seg_details else {}
    return {
        "kind": "xmr",
        "mean": first.get("mean"),
        "mr_mean": first.get("mr_mean"),
        "upper": first.get("upper"),
        "lower": first.get("lower"),
        "upper_2sigma": first.get("upper_2sigma"),
        "lower_2sigma": first.get("lower_2sigma"),
        "segments": seg_public,
        "segment_details": seg_details,
        "special_cause_points": special,
        "point_types": point_types,
        "variation_icon": variation_icon,
        "assurance": assurance,
        "assurance_label": ASSURANCE_LABELS.get(assurance),
        "improvement": improvement,
        "target": target,
    }
