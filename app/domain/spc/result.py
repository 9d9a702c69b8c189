"""What :func:`app.domain.spc.analyse` returns, as types: one ``TypedDict`` per chart kind.

The keys and their meaning are described in the package docstring; these say which keys each
kind has and what they hold, so a reader (and an editor's completion) need not run the engine to
find out. ``tests/unit/test_spc_result.py`` fails if a result and its type disagree.
"""

from __future__ import annotations

from typing import TypedDict


class _Common(TypedDict):
    kind: str  # "run", "xmr", "p" or "u"
    n_points: int
    baseline: int | None
    rebase: list[int]
    messages: list[str]  # plain-English notes: not enough data, trial limits, screened ranges


class AnhojRules(TypedDict):
    n_useful: int  # observations not missing and not on the centre line
    runs: int
    crossings: int | None
    longest_run: int | None
    longest_run_max: int | None
    crossings_min: int | None
    longest_run_signal: bool
    crossings_signal: bool
    runs_signal: bool


class IhiRules(TypedDict):
    shift_points: list[int]
    shift: bool
    trend_points: list[int]
    trend: bool
    runs_lower: int | None
    runs_upper: int | None
    too_few_runs: bool | None  # None: not applicable (n outside 10-60)
    too_many_runs: bool | None
    ihi_signal: bool


class RunSegment(AnhojRules, IhiRules):
    start: int
    end: int  # inclusive
    median: float | None


class RunResult(_Common, AnhojRules, IhiRules):
    """``kind="run"``: scalar statistics of the first period, index lists across all periods."""

    median: float | None
    segments: list[RunSegment]
    any_runs_signal: bool
    any_ihi_signal: bool


class SpecialCausePoint(TypedDict):
    index: int
    rule: str  # "outside_limits", "trend", "two_in_three" or "shift"
    direction: str  # "high" or "low"
    type: str  # "improvement", "concern" or "neutral"


class XmrSegment(TypedDict):
    start: int
    end: int  # inclusive
    mean: float | None
    mr_mean: float | None
    upper: float | None
    lower: float | None


class XmrSegmentDetail(XmrSegment):
    upper_2sigma: float | None
    lower_2sigma: float | None
    n_moving_ranges: int
    n_screened: int


class XmrResult(_Common):
    """``kind="xmr"``: limits of the first period; points, types and icons across the series."""

    improvement: str
    target: float | None
    mean: float | None
    mr_mean: float | None
    upper: float | None
    lower: float | None
    upper_2sigma: float | None
    lower_2sigma: float | None
    segments: list[XmrSegment]
    segment_details: list[XmrSegmentDetail]
    special_cause_points: list[SpecialCausePoint]
    point_types: list[str]  # NHSRplotthedots names, one per position
    variation_icon: str | None
    assurance: str | None
    assurance_label: str | None


class AttributeSegment(AnhojRules):
    start: int
    end: int  # inclusive
    centre: float | None


class AttributeResult(_Common, AnhojRules):
    """``kind="p"`` or ``"u"``: the centre of the first period, limits per position."""

    improvement: str
    centre: float | None
    ratios: list[float | None]
    centre_line: list[float | None]
    upper_limits: list[float | None]
    lower_limits: list[float | None]
    segments: list[AttributeSegment]
    special_cause_points: list[SpecialCausePoint]
    any_runs_signal: bool


SpcResult = RunResult | XmrResult | AttributeResult
