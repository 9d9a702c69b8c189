"""Run-chart and SPC analysis engine: ``analyse(values, kind, **opts) -> SpcResult``.

Implements the team charts spec (charts-spec.md) literally: median run charts with the Anhøj rules
(as R qicharts2 0.8.1) and the IHI/Perla rules, XmR charts with the NHS "Making Data Count" rules
(as R NHSRplotthedots 0.2.2, MIT licence, whose logic is ported) and, optionally, qicharts2's p and
u charts. Plain Python, standard library only; no I/O. The work is split across ``maths``
(means, medians, Anhøj limits), ``run``, ``xmr`` and ``attribute`` in this package.

Arguments
---------
values
    Sequence of numbers, one per period; ``None`` (or NaN) for a missing period, which is never
    treated as 0. For ``p``/``u`` it may be ``None`` or empty (the data are in the options); if
    given it must have the same length as ``numerators``.
kind
    ``"run"``, ``"xmr"``, ``"p"`` or ``"u"``; anything else raises ``NotImplementedError``.
opts
    ``baseline`` (int >= 1): the first k points (counted from the start of a period, missing
    positions included) fix the centre line and limits; every point is then tested against them.
    ``improvement``: ``"increase"`` (default, as NHSRplotthedots), ``"decrease"`` or ``"neutral"``.
    ``target`` (number): for the XmR assurance icon.
    ``screen_outliers`` (bool, default True): XmR moving-range screening.
    ``rebase``: 0-based positions where a new period starts (each period gets its own centre line,
    limits and rules; no run, trend or window crosses a break). For run, p and u charts a rebase
    overrides ``baseline`` (as qicharts2, where ``part`` disables ``freeze``); for XmR the baseline
    applies within each period (as NHSRplotthedots).
    ``numerators`` / ``denominators``: for ``p`` and ``u`` (``None`` in either = missing period).
    Bad input raises ``ValueError`` with a plain-English message.

The result types (``RunResult``, ``XmrResult``, ``AttributeResult``) are in ``result.py``.
All index lists are 0-based positions in ``values`` (missing positions included). Every result
has ``kind``, ``n_points`` and ``messages`` (plain-English notes: not enough data, trial limits,
screened moving ranges, ...). Segment ``end`` values are inclusive (the last position of the period).

Run chart (``kind="run"``)
--------------------------
Scalar statistics are those of the first period (the whole series unless rebased); index lists
cover all periods; ``segments`` has one dict per period with every key below plus ``start``/``end``.

* ``median``: centre line (``None`` when there are no values).
* ``n_useful``: observations not missing and not on the median.
* ``runs``, ``crossings`` (= runs - 1), ``longest_run``: ``crossings``/``longest_run`` are ``None``
  when ``n_useful`` is 0.
* Anhøj: ``longest_run_max`` (round(log2 n) + 3), ``crossings_min`` (qbinom(0.05, n - 1, 0.5)),
  ``longest_run_signal`` (longest_run > max), ``crossings_signal`` (crossings < min),
  ``runs_signal`` (either); limits ``None`` and signals False when ``n_useful`` is 0.
* IHI: ``shift_points`` (useful points in runs of 6+ on one side of the median; points on the
  median inside the span are not listed), ``shift``; ``trend_points`` (5+ points all going up or
  down, equal neighbours counted once, missing skipped), ``trend``; ``runs_lower``/``runs_upper``
  (spec §6 table), ``too_few_runs``/``too_many_runs`` (``None`` = not applicable, n outside 10-60);
  ``ihi_signal`` (any IHI rule).
* ``any_runs_signal`` / ``any_ihi_signal``: across all periods.

XmR chart (``kind="xmr"``)
--------------------------
* ``mean``, ``mr_mean`` (after screening), ``upper``, ``lower``, ``upper_2sigma``, ``lower_2sigma``:
  first period; limits are ``None`` (with a message) when a period has no moving range.
* ``segments``: ``[{start, end, mean, mr_mean, upper, lower}]``, one per period;
  ``segment_details`` adds ``upper_2sigma``, ``lower_2sigma``, ``n_moving_ranges``, ``n_screened``.
* ``special_cause_points``: ``[{index, rule, direction, type}]`` sorted by index, one per flagged
  point with its highest-precedence rule (outside > trend > two-in-three > shift); ``rule`` is
  ``"outside_limits"``, ``"trend"``, ``"two_in_three"`` or ``"shift"``; ``direction`` ``"high"``/``"low"``;
  ``type`` ``"improvement"``, ``"concern"`` or ``"neutral"``.
* ``point_types``: per position, NHSRplotthedots names (``"common_cause"``,
  ``"special_cause_improvement"``, ``"special_cause_concern"``, ``"special_cause_neutral_high"``,
  ``"special_cause_neutral_low"``); colours in ``xmr.POINT_TYPE_COLOURS``.
* ``variation_icon``: from the last position of the series: ``"common_cause"``,
  ``"improvement_high"``/``"concern_low"`` (increase), ``"improvement_low"``/``"concern_high"``
  (decrease), ``"neutral_high"``/``"neutral_low"``; ``None`` for an empty series.
* ``assurance``: ``"consistent_pass"``, ``"consistent_fail"``, ``"inconsistent"`` or ``None`` (no
  target, neutral direction, or no limits in the last period); ``assurance_label`` in plain words.

p / u charts (``kind="p"``/``"u"``)
-----------------------------------
``centre`` (first period), ``ratios``, ``centre_line``, ``upper_limits``, ``lower_limits`` (per
position, ``None`` when missing), ``segments`` (``start``, ``end``, ``centre`` and the Anhøj fields),
``special_cause_points`` (rule ``"outside_limits"`` only), the Anhøj fields of the first period
(``n_useful``, ``runs``, ``crossings``, ``longest_run``, ``longest_run_max``, ``crossings_min``,
``longest_run_signal``, ``crossings_signal``, ``runs_signal``) and ``any_runs_signal``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from app.domain.spc.attribute import analyse_attribute
from app.domain.spc.result import SpcResult
from app.domain.spc.run import analyse_run
from app.domain.spc.xmr import POINT_TYPE_COLOURS, analyse_xmr

__all__ = ["KINDS", "POINT_TYPE_COLOURS", "analyse"]

KINDS = ("run", "xmr", "p", "u")
IMPROVEMENT_DIRECTIONS = ("increase", "decrease", "neutral")
_OPTIONS = {"baseline", "improvement", "target", "screen_outliers", "rebase", "numerators", "denominators"}


def analyse(values, kind: str, **opts) -> SpcResult:
    """Analyse a series as a run chart, XmR chart, p chart or u chart (see the module docstring)."""
    if kind not in KINDS:
        raise NotImplementedError(f"Chart kind {kind!r} is not supported; use one of: {', '.join(KINDS)}.")
    unknown = sorted(set(opts) - _OPTIONS)
    if unknown:
        raise ValueError(f"Unknown option(s) {', '.join(unknown)}; expected some of: {', '.join(sorted(_OPTIONS))}.")

    baseline = _check_baseline(opts.get("baseline"))
    improvement = opts.get("improvement")
    if improvement is None:
        improvement = "increase"
    if improvement not in IMPROVEMENT_DIRECTIONS:
        raise ValueError(f"Improvement direction must be 'increase', 'decrease' or 'neutral', not {improvement!r}.")
    target = opts.get("target")
    if target is not None:
        target = _number(target, "The target", "")
        if target is None:
            raise ValueError("The target must be a finite number, or None for no target.")
    screen = opts.get("screen_outliers")
    if screen is None:
        screen = True
    if not isinstance(screen, bool):
        raise ValueError(f"screen_outliers must be True or False, not {screen!r}.")

    messages: list[str] = []
    if kind in ("p", "u"):
        numerators, denominators = _check_ratio_inputs(kind, values, opts)
        n_points = len(numerators)
    else:
        for name in ("numerators", "denominators"):
            if opts.get(name) is not None:
                raise ValueError(f"{name} only apply to p and u charts, not to a {kind} chart.")
        clean = _clean_series(values, "values")
        n_points = len(clean)

    rebase = _check_rebase(opts.get("rebase"), n_points)
    segments = _segments(rebase, n_points)
    if rebase and baseline is not None and kind != "xmr":
        # qicharts2: 'part' switches 'freeze' off; NHSRplotthedots fixes limits within each period.
        messages.append(
            "The baseline is ignored because the chart is rebased: each period's centre line "
            "uses all of that period's points."
        )
        baseline = None
    if n_points == 0:
        messages.append("No data: there is nothing to analyse.")

    if kind == "run":
        result = analyse_run(clean, segments, baseline, messages)
    elif kind == "xmr":
        if baseline is not None and baseline < 12:
            messages.append(
                f"A baseline of {baseline} points is short: Making Data Count fixes limits on at least 12 points."
            )
        result = analyse_xmr(clean, segments, baseline, improvement, target, screen, messages)
    else:
        result = analyse_attribute(kind, numerators, denominators, segments, baseline, improvement, messages)
    if n_points == 0:
        result["segments"] = []
        if "segment_details" in result:
            result["segment_details"] = []
    result["n_points"] = n_points
    result["baseline"] = baseline
    result["rebase"] = sorted({r for r in rebase if r > 0})
    result["messages"] = messages
    return result


# ----------------------------------------------------------------------------------------------
# input checking


def _number(v, what: str, hint: str = " (use None for a missing period)") -> float | None:
    """``float(v)`` for a real number, ``None`` for None/NaN; ValueError for anything else."""
    if v is None:
        return None
    if type(v) is float or type(v) is int:
        f = float(v)
    elif isinstance(v, bool) or isinstance(v, (str, bytes)):
        raise ValueError(f"{what} is {v!r}, which is not a number{hint}.")
    else:
        try:
            f = float(v)
        except (TypeError, ValueError, OverflowError):
            raise ValueError(f"{what} is {v!r}, which is not a number{hint}.") from None
    if f != f:  # NaN: treated as missing, like R's NA
        return None
    if math.isinf(f):
        raise ValueError(f"{what} is infinite; only finite numbers can be charted.")
    return f


def _clean_series(values, name: str) -> list[float | None]:
    if values is None or isinstance(values, (str, bytes, dict)) or not isinstance(values, Iterable):
        raise ValueError(f"{name} must be a list of numbers (None for a missing period), not {type(values).__name__}.")
    out: list[float | None] = []
    append = out.append
    for i, v in enumerate(values):
        if type(v) is float and v == v and v - v == 0.0:  # fast path: finite float
            append(v)
        else:
            append(_number(v, f"{name}[{i}]"))
    return out


def _whole_number(v) -> int | None:
    """``v`` as an int if it is a whole number (int, or a float such as 12.0); otherwise None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


def _check_baseline(baseline) -> int | None:
    if baseline is None:
        return None
    if _whole_number(baseline) is None:
        raise ValueError(f"The baseline must be a whole number of points, not {baseline!r}.")
    baseline = _whole_number(baseline)
    if baseline < 1:
        raise ValueError(f"The baseline must be at least 1 point, not {baseline}.")
    return baseline


def _check_rebase(rebase, n_points: int) -> list[int]:
    if rebase is None:
        return []
    if isinstance(rebase, (str, bytes)) or not isinstance(rebase, Iterable):
        raise ValueError("rebase must be a list of positions (0-based) where a new period starts.")
    out = []
    for r in rebase:
        if _whole_number(r) is None:
            raise ValueError(f"Rebase positions must be whole numbers, not {r!r}.")
        r = _whole_number(r)
        if r < 0 or r >= n_points:
            raise ValueError(f"Rebase position {r} is outside the series (positions 0 to {n_points - 1}).")
        out.append(r)
    return out


def _segments(rebase: list[int], n_points: int) -> list[tuple[int, int]]:
    starts = sorted({0, *rebase})
    return [(s, e) for s, e in zip(starts, [*starts[1:], n_points], strict=False)] or [(0, 0)]


def _check_ratio_inputs(kind: str, values, opts) -> tuple[list[float | None], list[float | None]]:
    num_raw, den_raw = opts.get("numerators"), opts.get("denominators")
    if num_raw is None or den_raw is None:
        raise ValueError(f"A {kind} chart needs both numerators and denominators.")
    numerators = _clean_series(num_raw, "numerators")
    denominators = _clean_series(den_raw, "denominators")
    if len(numerators) != len(denominators):
        raise ValueError(
            f"numerators has {len(numerators)} values but denominators has {len(denominators)}; "
            "they must have one value each per period."
        )
    if values is not None and not isinstance(values, (str, bytes)) and isinstance(values, Iterable):
        values = list(values)
        if values and len(values) != len(numerators):
            raise ValueError(
                f"values has {len(values)} entries but numerators has {len(numerators)}; pass an "
                "empty list or one entry per period."
            )
    elif values is not None:
        raise ValueError("values must be a list (it may be empty for p and u charts).")
    for i, (y, n) in enumerate(zip(numerators, denominators, strict=False)):
        if n is not None and n <= 0:
            raise ValueError(
                f"denominators[{i}] is {n:g}; a denominator must be greater than 0 (use None for a missing period)."
            )
        if y is not None and y < 0:
            raise ValueError(f"numerators[{i}] is {y:g}; a count cannot be negative.")
        if kind == "p" and y is not None and n is not None and y > n:
            raise ValueError(
                f"numerators[{i}] ({y:g}) is larger than denominators[{i}] ({n:g}); a proportion cannot exceed 1."
            )
        if (y is None) != (n is None):  # qicharts2: incomplete pairs are missing
            numerators[i] = denominators[i] = None
    return numerators, denominators
