"""The words a chart uses, on screen and on paper: line names, point kinds, icon meanings and the
technical detail kept for the "How this chart is worked out" note.

A ward team reads the first kind (plain English: "Average", "Upper limit", "Latest point: common
cause variation"); the rule sets, the reference packages and the statistics' own names appear
only in ``RULE_SETS`` / ``how_note``, which both screens and paper show on demand. Plain Python.
"""

from __future__ import annotations

#: Reference lines, as every chart labels them (never "UPL", "Mean" or "Centre line").
LINE_NAMES = {
    "centre_run": "Median",
    "centre": "Average",
    "upper": "Upper limit",
    "lower": "Lower limit",
    "target": "Target",
    "aim": "Aim",
}

#: The line styles in words, so a legend does not rely on colour.
STYLE_WORDS = {
    "solid": "solid line",
    "dashed": "dashed line",
    "dotted": "dotted line",
    "dashdot": "dash-dot line",
}

#: What each chart is, for the caption (plain English).
KIND_WORDS = {
    "run": "Run chart: each point is compared with the median, the middle value.",
    "xmr": "SPC chart: each point is compared with the average and with limits set by the data's own "
    "ups and downs. A point outside the limits, or a run of points, is a signal worth looking into.",
    "p": "SPC chart of a percentage: limits are wider where fewer were counted.",
    "u": "SPC chart of a rate: limits are wider where the count covers less.",
}

#: The rule set each chart uses: technical, for the "How this chart is worked out" note only.
RULE_SETS = {
    "run": "Run chart: IHI rules (shift of 6 or more points on one side of the median, trend of 5 or more "
    "points going up or down, too few or too many runs)",
    "xmr": "XmR: Making Data Count, NHSRplotthedots 0.2.2 rules (point outside the limits, 7-point trend, "
    "2 of 3 points near a limit, 7-point shift)",
    "p": "p chart: qicharts2 0.8.1 (points outside 3-sigma limits; Anhøj runs analysis)",
    "u": "u chart: qicharts2 0.8.1 (points outside 3-sigma limits; Anhøj runs analysis)",
}

#: How the lines are worked out, for the note (one paragraph per chart kind).
METHOD_WORDS = {
    "run": "The median is the middle of the values (of the baseline points when limits are fixed). "
    "Points on the median and missing periods neither start nor end a run.",
    "xmr": "The average is the mean of the values; the limits are the average plus and minus 2.66 times "
    "the average gap between neighbouring points (the mean moving range). Gaps of 3.267 times that "
    "average or more are left out first when 'screen outliers' is on (the Making Data Count Excel "
    "tool does not do this).",
    "p": "The average is all the numerators over all the denominators; each point's limits are 3 "
    "standard errors either side, so they widen when the denominator is small.",
    "u": "The average is all the events over all the exposure; each point's limits are 3 standard "
    "errors either side, so they widen when the exposure is small.",
}

RULE_WORDS = {
    "outside_limits": "a point outside the limits",
    "trend": "points going {updown} in a row",
    "two_in_three": "2 of 3 points close to a limit",
    "shift": "a run of points {side} the {centre}",
}

TYPE_WORDS = {
    "improvement": "Special cause improvement",
    "concern": "Special cause concern",
    "neutral": "Special cause (no direction set)",
}

#: The variation icon describes the LATEST point only, and says so.
VARIATION_TEXT = {
    "common_cause": "Latest point: common cause variation",
    "improvement_high": "Latest point: special cause improvement, higher (H)",
    "improvement_low": "Latest point: special cause improvement, lower (L)",
    "concern_high": "Latest point: special cause concern, higher (H)",
    "concern_low": "Latest point: special cause concern, lower (L)",
    "neutral_high": "Latest point: special cause variation, higher (H)",
    "neutral_low": "Latest point: special cause variation, lower (L)",
}

ASSURANCE_TEXT = {
    "consistent_pass": "Consistently passing the target (P): the whole range between the limits meets it",
    "consistent_fail": "Consistently failing the target (F): the process cannot meet it without a change",
    "inconsistent": "Hit and miss (?): the target lies between the limits, so it is met only some of the time",
}

#: Point classes as the legend names them (the shape first, so a grey print still tells them apart).
POINT_WORDS = {
    "common": "Common cause (grey circle)",
    "improvement": "Special cause improvement (blue diamond)",
    "concern": "Special cause concern (orange square)",
    "neutral_high": "Special cause, higher (purple triangle up)",
    "neutral_low": "Special cause, lower (purple triangle down)",
    "excluded": "Left out of the calculations (hollow circle)",
}

SIGNAL_WORDS = {
    "common": "Common cause variation",
    "improvement": "Special cause improvement",
    "concern": "Special cause concern",
    "neutral_high": "Special cause, higher (no direction set)",
    "neutral_low": "Special cause, lower (no direction set)",
    "excluded": "Left out of the calculations",
}

HOW_TITLE = "How this chart is worked out"


def short_date(text: str) -> str:
    """'Mon 12 Oct 2026' or 'w/c 12 Oct 2026' -> '12 Oct 2026'; other labels unchanged."""
    words = text.split(" (")[0].split()
    if len(words) > 2 and words[0] in ("w/c", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
        words = words[1:]
    return " ".join(words)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")
