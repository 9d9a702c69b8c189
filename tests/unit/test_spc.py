"""Unit tests for the run-chart / SPC engine, written from the team charts spec (charts-spec.md).

Section numbers in the test names and comments refer to that spec.
"""

from __future__ import annotations

import math
import random
import time
from decimal import Decimal

import pytest

from app.domain.spc import analyse
from app.domain.spc.maths import crossings_min, longest_run_max, mean_of, median_of

# A stable XmR base used throughout: mean 10, every moving range 2, so
# UPL = 15.32, LPL = 4.68, 2-sigma lines 10 ± 3.5467 (13.5467 / 6.4533).
BASE = [11, 9] * 6  # ends below the mean at position 11


def special(result):
    return {p["index"]: (p["rule"], p["direction"], p["type"]) for p in result["special_cause_points"]}


def rules(result):
    return {p["index"]: p["rule"] for p in result["special_cause_points"]}


# ----------------------------------------------------------------------------------------------
# §2.1 / §2.2 run chart: centre line, useful observations, runs, crossings


def test_run_basic_counts_odd_series():
    r = analyse([1, 3, 2, 5, 4, 2, 6], "run")
    assert r["median"] == 3
    # signs: - 0 - + + - +  -> the point on the median is skipped
    assert r["n_useful"] == 6
    assert r["runs"] == 4
    assert r["crossings"] == 3
    assert r["longest_run"] == 2
    assert r["longest_run_max"] == 6  # round(log2 6) + 3
    assert r["crossings_min"] == 1  # qbinom(0.05, 5, 0.5)
    assert r["runs_signal"] is False


def test_run_required_keys_present():
    r = analyse([1, 2, 3, 4, 5], "run")
    for key in (
        "median",
        "n_useful",
        "longest_run",
        "crossings",
        "runs",
        "runs_signal",
        "longest_run_max",
        "crossings_min",
        "shift_points",
        "trend_points",
        "too_few_runs",
        "too_many_runs",
        "messages",
    ):
        assert key in r


def test_run_even_count_median_is_mean_of_middle_two():
    assert analyse([4, 1, 3, 2], "run")["median"] == 2.5


def test_run_odd_n_median_is_a_data_point_so_one_point_not_useful():
    r = analyse([5, 1, 9], "run")
    assert r["median"] == 5
    assert r["n_useful"] == 2


def test_run_points_on_median_neither_break_nor_extend_a_run():
    # baseline [0, 10] fixes the median at 5; the 5s are skipped inside the run of 10s
    r = analyse([0, 10, 5, 10, 5, 10], "run", baseline=2)
    assert r["median"] == 5
    assert r["n_useful"] == 4
    assert r["runs"] == 2
    assert r["longest_run"] == 3


def test_run_missing_values_dropped_and_runs_continue_across_gap():
    r = analyse([1, None, 1, 5, None, 5], "run")
    assert r["median"] == 3
    assert r["n_useful"] == 4
    assert r["runs"] == 2
    assert r["longest_run"] == 2


def test_run_nan_is_missing_never_zero():
    r = analyse([1, float("nan"), 3], "run")
    assert r["median"] == 2
    assert r["n_useful"] == 2


def test_run_all_equal_has_no_runs_and_no_signal():
    r = analyse([4.0] * 12, "run")
    assert r["median"] == 4.0
    assert r["n_useful"] == 0
    assert r["runs"] == 0
    assert r["longest_run"] is None
    assert r["crossings"] is None
    assert r["longest_run_max"] is None
    assert r["crossings_min"] is None
    assert r["runs_signal"] is False
    assert r["too_few_runs"] is None and r["too_many_runs"] is None
    assert r["shift_points"] == [] and r["trend_points"] == []
    assert any("useful" in m for m in r["messages"])


def test_run_many_points_on_median_collapse_n_so_no_rule_fires():
    # §2.5: 16 points, n = 5, no rule can fire -> "not enough useful data"
    values = [100] * 11 + [90, 95, 98, 99, 97]
    r = analyse(values, "run")
    assert r["median"] == 100
    assert r["n_useful"] == 5
    assert r["runs_signal"] is False
    assert r["shift_points"] == [] and r["trend_points"] == []
    assert r["too_few_runs"] is None and r["too_many_runs"] is None
    assert any("useful" in m for m in r["messages"])


def test_run_empty_series_is_expressible():
    r = analyse([], "run")
    assert r["median"] is None
    assert r["n_useful"] == 0
    assert r["segments"] == []
    assert r["messages"]


def test_run_all_missing():
    r = analyse([None, None, None], "run")
    assert r["median"] is None
    assert r["n_useful"] == 0
    assert r["runs_signal"] is False


def test_run_float_median_raw_doubles():
    # §1: (87.1 + 87.3) / 2 is not the double 87.2, so 87.2 is *above* the median (raw comparison)
    r = analyse([87.0, 87.1, 87.3, 87.4, 87.2], "run", baseline=4)
    assert r["median"] == (87.1 + 87.3) / 2
    assert r["median"] != 87.2
    assert r["n_useful"] == 5


# ----------------------------------------------------------------------------------------------
# §2.4 Anhøj rules


ANHOEJ_TABLE = {  # spec §6 columns 5-6: n -> (longest run max, crossings min)
    10: (6, 2), 11: (6, 2), 12: (7, 3), 13: (7, 3), 14: (7, 4), 15: (7, 4), 16: (7, 4), 17: (7, 5),
    18: (7, 5), 19: (7, 6), 20: (7, 6), 21: (7, 6), 22: (7, 7), 23: (8, 7), 24: (8, 8), 25: (8, 8),
    26: (8, 8), 27: (8, 9), 28: (8, 9), 29: (8, 10), 30: (8, 10), 31: (8, 11), 32: (8, 11), 33: (8, 11),
    34: (8, 12), 35: (8, 12), 36: (8, 13), 37: (8, 13), 38: (8, 14), 39: (8, 14), 40: (8, 14), 41: (8, 15),
    42: (8, 15), 43: (8, 16), 44: (8, 16), 45: (8, 17), 46: (9, 17), 47: (9, 17), 48: (9, 18), 49: (9, 18),
    50: (9, 19), 51: (9, 19), 52: (9, 20), 53: (9, 20), 54: (9, 21), 55: (9, 21), 56: (9, 21), 57: (9, 22),
    58: (9, 22), 59: (9, 23), 60: (9, 23), 100: (10, 41),
}  # fmt: skip


def test_anhoej_limits_match_spec_table():
    for n, (lr_max, cr_min) in ANHOEJ_TABLE.items():
        assert longest_run_max(n) == lr_max, n
        assert crossings_min(n) == cr_min, n


def test_anhoej_longest_run_uses_round_not_ceil():
    # pyqicharts uses ceil(log2 n + 3); they differ e.g. at n = 10 and n = 33
    assert longest_run_max(10) == 6
    assert longest_run_max(33) == 8


def test_anhoej_small_and_large_n():
    assert crossings_min(1) == 0 and longest_run_max(1) == 3
    assert crossings_min(2) == 0
    assert crossings_min(0) is None and longest_run_max(0) is None
    # the big-n path agrees with an exact integer search
    from app.domain.spc.maths import _qbinom_exact, _qbinom_float

    for m in (1501, 2047, 4999, 9999):
        assert _qbinom_float(m) == _qbinom_exact(m)


def test_anhoej_longest_run_equal_to_limit_is_not_a_signal():
    # n = 10, limit 6: a run of exactly 6 is not a signal
    r = analyse([0, 10, 10, 10, 10, 10, 10, 0, 10, 0], "run", baseline=2)
    assert (r["n_useful"], r["longest_run"], r["longest_run_max"]) == (10, 6, 6)
    assert r["longest_run_signal"] is False
    assert r["runs_signal"] is False


def test_anhoej_longest_run_above_limit_is_a_signal():
    r = analyse([0] + [10] * 7 + [0, 10], "run", baseline=2)
    assert (r["n_useful"], r["longest_run"]) == (10, 7)
    assert r["longest_run_signal"] is True
    assert r["crossings_signal"] is False  # 3 crossings >= 2
    assert r["runs_signal"] is True


def test_anhoej_crossings_equal_to_minimum_is_not_a_signal():
    r = analyse([0] * 4 + [10] * 5 + [0], "run")
    assert r["median"] == 5
    assert (r["n_useful"], r["crossings"], r["crossings_min"]) == (10, 2, 2)
    assert r["crossings_signal"] is False
    assert r["runs_signal"] is False


def test_anhoej_too_few_crossings_is_a_signal():
    r = analyse([0] * 5 + [10] * 5, "run")
    assert (r["crossings"], r["crossings_min"]) == (1, 2)
    assert r["crossings_signal"] is True
    assert r["longest_run_signal"] is False
    assert r["runs_signal"] is True


def test_anhoej_alternating_series_no_signal_but_ihi_too_many_runs():
    r = analyse([1, 2] * 10, "run")
    assert (r["n_useful"], r["runs"], r["crossings"]) == (20, 20, 19)
    assert r["runs_signal"] is False  # no "too many crossings" rule
    assert r["too_many_runs"] is True  # IHI: 20 > 16
    assert r["too_few_runs"] is False


def test_anhoej_applies_below_ten_useful_points():
    r = analyse([1, 2, 3, 4, 5, 6], "run")
    assert r["n_useful"] == 6
    assert r["longest_run_max"] == 6 and r["crossings_min"] == 1
    assert r["too_few_runs"] is None  # IHI table not applicable
    assert any("10" in m for m in r["messages"])


# ----------------------------------------------------------------------------------------------
# §2.3 IHI rules


def test_ihi_shift_six_useful_points_with_median_point_and_gap_inside():
    values = [0, 10, 0, 10, 10, 5, 10, 10, None, 10, 10, 0]
    r = analyse(values, "run", baseline=2)
    assert r["median"] == 5
    # the point on the median (5) and the missing one are skipped, not listed, and do not break it
    assert r["shift_points"] == [3, 4, 6, 7, 9, 10]


def test_ihi_five_useful_points_is_not_a_shift():
    values = [0, 10, 0, 10, 10, 5, 10, 10, None, 10, 0]
    r = analyse(values, "run", baseline=2)
    assert r["shift_points"] == []


def test_ihi_trend_spec_examples():
    # "18, 19, 21, 21, 23, 24, 26 is a 6-point trend"
    assert analyse([18, 19, 21, 21, 23, 24, 26], "run")["trend_points"] == [0, 1, 2, 3, 4, 5, 6]
    # "9, 8, 8, 7, 6 is only 4 points and is not a trend"
    assert analyse([9, 8, 8, 7, 6], "run")["trend_points"] == []


def test_ihi_trend_five_and_four_points():
    assert analyse([1, 2, 3, 4, 5], "run")["trend_points"] == [0, 1, 2, 3, 4]
    assert analyse([5, 4, 3, 2, 1], "run")["trend_points"] == [0, 1, 2, 3, 4]
    assert analyse([1, 2, 3, 4], "run")["trend_points"] == []


def test_ihi_trend_skips_missing_values():
    assert analyse([1, 2, None, 3, 4, 5], "run")["trend_points"] == [0, 1, 3, 4, 5]


def test_ihi_trend_up_then_down_shares_the_peak():
    assert analyse([1, 2, 3, 4, 5, 4, 3, 2, 1], "run")["trend_points"] == list(range(9))


def test_ihi_trend_ignores_the_median():
    # all points above a frozen median, the trend is still found
    r = analyse([0, 1, 20, 21, 22, 23, 24], "run", baseline=2)
    assert r["trend_points"] == [0, 1, 2, 3, 4, 5, 6]


def test_ihi_flat_stretch_off_the_median_is_shift_and_long_run_not_trend():
    r = analyse([1, 2, 1, 2, 1, 2] + [9] * 8, "run", baseline=6)
    assert r["median"] == 1.5
    assert r["shift_points"] == list(range(5, 14))
    assert r["longest_run"] == 9 and r["longest_run_signal"] is True
    assert r["trend_points"] == []


def _runs_series(blocks):
    """Series of alternating low (0) / high (10) blocks starting with [0, 10] for baseline=2."""
    out = []
    for i, length in enumerate(blocks):
        out += [0 if i % 2 == 0 else 10] * length
    return out


def test_ihi_too_few_runs_boundary():
    # n = 20: too few if runs < 6
    five = _runs_series([1, 4, 5, 5, 5])
    six = _runs_series([1, 4, 4, 4, 4, 3])
    r5, r6 = analyse(five, "run", baseline=2), analyse(six, "run", baseline=2)
    assert (r5["n_useful"], r5["runs"], r5["runs_lower"]) == (20, 5, 6)
    assert r5["too_few_runs"] is True
    assert (r6["n_useful"], r6["runs"]) == (20, 6)
    assert r6["too_few_runs"] is False


def test_ihi_too_many_runs_boundary():
    # n = 20: too many if runs > 16
    sixteen = [0, 10] * 7 + [0] + [10] * 5
    seventeen = [0, 10] * 8 + [0] * 4
    r16, r17 = analyse(sixteen, "run", baseline=2), analyse(seventeen, "run", baseline=2)
    assert (r16["n_useful"], r16["runs"], r16["runs_upper"]) == (20, 16, 16)
    assert r16["too_many_runs"] is False
    assert (r17["n_useful"], r17["runs"]) == (20, 17)
    assert r17["too_many_runs"] is True


def test_ihi_runs_table_not_applicable_outside_10_to_60():
    assert analyse([0, 10] * 4 + [0], "run", baseline=2)["too_few_runs"] is None  # n = 9
    r = analyse([0, 10] * 30 + [0], "run", baseline=2)  # n = 61
    assert r["n_useful"] == 61
    assert r["too_few_runs"] is None and r["too_many_runs"] is None
    assert r["runs_lower"] is None
    r60 = analyse([0, 10] * 30, "run", baseline=2)
    assert r60["runs_lower"] == 24 and r60["runs_upper"] == 38


# ----------------------------------------------------------------------------------------------
# §2.1 / §4 baseline and rebase on run charts


def test_run_baseline_freezes_median_and_all_points_are_analysed():
    r = analyse([1, 2, 3, 4, 2.5, 10, 10, 10], "run", baseline=4)
    assert r["median"] == 2.5
    # later points equal to the frozen median are not useful; the others all count
    assert r["n_useful"] == 7
    assert r["longest_run"] == 5  # 3, 4, 10, 10, 10


def test_run_baseline_longer_than_series_uses_all_points():
    assert analyse([1, 2, 3], "run", baseline=10)["median"] == 2


def test_run_rebase_gives_independent_segments():
    values = [1, 2, 3, 4, 5, 6, 10, 20, 30, 40]
    r = analyse(values, "run", rebase=[6])
    assert len(r["segments"]) == 2
    s0, s1 = r["segments"]
    assert (s0["start"], s0["end"], s0["median"]) == (0, 5, 3.5)
    assert (s1["start"], s1["end"], s1["median"]) == (6, 9, 25)
    assert s0["runs"] == 2 and s1["runs"] == 2  # runs do not cross the break
    assert r["median"] == 3.5  # top-level scalars are the first period's
    assert r["trend_points"] == [0, 1, 2, 3, 4, 5]  # the 4 points after the break are not a trend
    whole = analyse(values, "run")
    assert whole["trend_points"] == list(range(10))


def test_run_rebase_overrides_baseline_with_message():
    r = analyse([1, 2, 3, 4, 5, 6, 10, 20, 30, 40], "run", rebase=[6], baseline=2)
    assert r["segments"][0]["median"] == 3.5
    assert r["baseline"] is None
    assert any("baseline" in m.lower() for m in r["messages"])


def test_whole_number_floats_accepted_for_baseline_and_rebase():
    r = analyse([1, 2, 3, 4, 5, 6], "run", baseline=2.0, rebase=[3.0])
    assert [s["start"] for s in r["segments"]] == [0, 3]


def test_run_rebase_at_zero_is_a_no_op():
    assert len(analyse([1, 2, 3], "run", rebase=[0])["segments"]) == 1


# ----------------------------------------------------------------------------------------------
# §3.1 XmR calculations


def test_xmr_vignette_screened_and_unscreened_limits():
    data = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]
    on = analyse(data, "xmr")  # screen_outliers defaults to True
    off = analyse(data, "xmr", screen_outliers=False)
    assert round(on["mean"], 2) == 1.94 and round(off["mean"], 2) == 1.94
    assert on["mean"] == off["mean"] == 35 / 18  # screening does not recompute the mean
    assert (round(on["lower"], 2), round(on["upper"], 2)) == (-0.72, 4.60)
    assert (round(off["lower"], 2), round(off["upper"], 2)) == (-3.06, 6.95)
    assert on["mr_mean"] == 1.0 and off["mr_mean"] == 32 / 17


def test_xmr_limits_formula_and_two_sigma_lines():
    r = analyse(BASE, "xmr")
    assert r["mean"] == 10 and r["mr_mean"] == 2
    assert r["upper"] == 10 + 2.66 * 2 and r["lower"] == 10 - 2.66 * 2
    assert r["upper_2sigma"] == pytest.approx(10 + 1.77333 * 2, abs=1e-4)
    assert r["lower_2sigma"] == pytest.approx(10 - 1.77333 * 2, abs=1e-4)
    assert r["segments"] == [
        {"start": 0, "end": 11, "mean": 10.0, "mr_mean": 2.0, "upper": r["upper"], "lower": r["lower"]}
    ]


def test_xmr_required_keys_present():
    r = analyse(BASE, "xmr")
    for key in (
        "mean",
        "mr_mean",
        "upper",
        "lower",
        "segments",
        "special_cause_points",
        "variation_icon",
        "assurance",
        "messages",
    ):
        assert key in r


def test_xmr_screening_single_pass_strict():
    # MRs: nine 1s, one 5 and one 100 -> amr = 114/11; 100 >= 3.267 * amr is screened. The new
    # amr is 14/10 = 1.4 and 5 >= 3.267 * 1.4, but there is no second pass, so 5 stays in.
    data = [0, 1] * 5 + [6, 106]
    r = analyse(data, "xmr")
    assert r["mr_mean"] == 14 / 10
    assert r["mean"] == mean_of([float(v) for v in data])  # the mean keeps the outlier
    assert analyse(data, "xmr", screen_outliers=False)["mr_mean"] == 114 / 11


def test_xmr_moving_ranges_do_not_bridge_missing_values():
    r = analyse([1, 2, None, 10, 11], "xmr")
    assert r["mr_mean"] == 1.0  # bridging would add |10 - 2| = 8
    assert r["mean"] == 6.0


def test_xmr_all_equal_skips_screening_limits_equal_mean():
    for screen in (True, False):
        r = analyse([5.0] * 15, "xmr", screen_outliers=screen)
        assert r["mean"] == 5.0 and r["mr_mean"] == 0.0
        assert r["upper"] == 5.0 and r["lower"] == 5.0  # not NaN
        assert r["special_cause_points"] == []
        assert r["variation_icon"] == "common_cause"
        assert any("moving range" in m for m in r["messages"])


def test_xmr_exact_mean_keeps_points_on_the_mean():
    # naive sum/n gives 0.09999999999999999; R's mean() (and ours) gives 0.1
    assert mean_of([0.1] * 10) == 0.1
    r = analyse([0.1] * 10, "xmr")
    assert r["mean"] == 0.1
    assert median_of([1.0, 2.0]) == 1.5


def test_xmr_too_few_points_for_limits():
    r = analyse([5.0], "xmr")
    assert r["mean"] == 5.0
    assert r["upper"] is None and r["lower"] is None and r["mr_mean"] is None
    assert any("Not enough data for process limits" in m for m in r["messages"])
    r = analyse([5.0, None, 6.0], "xmr")  # no consecutive pair -> no moving range
    assert r["upper"] is None
    r = analyse([None, None], "xmr")
    assert r["mean"] is None and r["upper"] is None
    r = analyse([], "xmr")
    assert r["mean"] is None and r["segments"] == [] and r["variation_icon"] is None


def test_xmr_short_period_warns_trial_limits():
    assert any("trial limits" in m for m in analyse([1, 2, 3, 4], "xmr")["messages"])
    assert not any("trial limits" in m for m in analyse(BASE + [10], "xmr")["messages"])


def test_xmr_negative_lower_limit_is_not_clipped():
    assert analyse([0, 3, 0, 3, 0], "xmr")["lower"] < 0


# ----------------------------------------------------------------------------------------------
# §3.2 / §3.3 point classification and rules


def test_xmr_outside_limits_is_strict():
    upper = analyse(BASE, "xmr")["upper"]
    lower = analyse(BASE, "xmr")["lower"]
    on_limits = analyse(BASE + [upper, lower], "xmr", baseline=12)
    assert on_limits["special_cause_points"] == []
    beyond = analyse(BASE + [math.nextafter(upper, math.inf), math.nextafter(lower, -math.inf)], "xmr", baseline=12)
    assert special(beyond) == {12: ("outside_limits", "high", "improvement"), 13: ("outside_limits", "low", "concern")}


def test_xmr_shift_of_seven_flags_all_seven():
    r = analyse(BASE + [11] * 7, "xmr", baseline=12)
    assert special(r) == {i: ("shift", "high", "improvement") for i in range(12, 19)}


def test_xmr_six_on_one_side_is_not_a_shift():
    assert analyse(BASE + [11] * 6, "xmr", baseline=12)["special_cause_points"] == []


def test_xmr_shift_below_mean():
    r = analyse(BASE + [9.5] * 8, "xmr", baseline=12)
    # position 11 (9) is below the mean too, so the run is 11..19
    assert special(r) == {i: ("shift", "low", "concern") for i in range(11, 20)}


def test_xmr_point_on_mean_breaks_shift_unlike_run_chart():
    values = BASE + [11, 11, 11, 10, 11, 11, 11, 11]
    assert analyse(values, "xmr", baseline=12)["special_cause_points"] == []
    # the run chart skips the point on the centre line instead
    run = analyse(values, "run", baseline=12)
    assert run["median"] == 10
    assert run["shift_points"] == [12, 13, 14, 16, 17, 18, 19]


def test_xmr_missing_value_breaks_shift():
    values = BASE + [11, 11, 11, None, 11, 11, 11, 11]
    assert analyse(values, "xmr", baseline=12)["special_cause_points"] == []


def test_xmr_trend_of_seven():
    values = BASE + [9.0, 9.5, 10, 10.5, 11, 11.5, 12]  # 9 -> 9.0 is a tie, so the trend starts at 12
    r = analyse(values, "xmr", baseline=12)
    assert special(r) == {i: ("trend", "high", "improvement") for i in range(12, 19)}


def test_xmr_trend_tie_breaks_it():
    values = BASE + [9.0, 9.5, 10, 10, 10.5, 11, 11.5, 12]
    assert analyse(values, "xmr", baseline=12)["special_cause_points"] == []


def test_xmr_trend_missing_value_breaks_it():
    values = BASE + [9.0, 9.5, 10, None, 10.5, 11, 11.5, 12]
    assert analyse(values, "xmr", baseline=12)["special_cause_points"] == []


def test_xmr_nine_point_trend_flags_nine():
    values = BASE + [9.0, 9.25, 9.5, 9.75, 10.0, 10.25, 10.5, 10.75, 11.0]
    r = analyse(values, "xmr", baseline=12)
    assert sorted(rules(r)) == list(range(12, 21))
    assert set(rules(r).values()) == {"trend"}


def test_xmr_decreasing_trend_direction_and_type():
    values = BASE[:-1] + [11, 11, 10.5, 10, 9.5, 9, 8.5, 8]
    r = analyse(values, "xmr", baseline=12, improvement="decrease")
    assert special(r) == {i: ("trend", "low", "improvement") for i in range(12, 19)}
    r = analyse(values, "xmr", baseline=12, improvement="increase")
    assert {v[2] for v in special(r).values()} == {"concern"}


def test_xmr_trend_label_at_peak_follows_next_step():
    # up 7 then down 7 sharing the peak: the peak takes the direction of the step to the next point
    up = [1, 2, 3, 4, 5, 6, 7]
    values = BASE + [8.0 + v * 0.1 for v in up] + [8.0 + v * 0.1 for v in reversed(up[:-1])]
    r = analyse(values, "xmr", baseline=12)
    sp = special(r)
    peak = 18
    assert sp[peak][:2] == ("trend", "low")
    assert sp[peak - 1][:2] == ("trend", "high")
    assert sp[peak + 1][:2] == ("trend", "low")


def test_xmr_two_in_three_flags_only_close_points():
    r = analyse(BASE + [14, 10.5, 14], "xmr", baseline=12)
    assert special(r) == {12: ("two_in_three", "high", "improvement"), 14: ("two_in_three", "high", "improvement")}


def test_xmr_two_in_three_low_side():
    r = analyse(BASE + [6, 9.5, 6.2], "xmr", baseline=12)
    assert special(r) == {12: ("two_in_three", "low", "concern"), 14: ("two_in_three", "low", "concern")}


def test_xmr_two_in_three_needs_all_three_on_one_side():
    assert analyse(BASE + [14, 9.5, 14], "xmr", baseline=12)["special_cause_points"] == []


def test_xmr_two_in_three_needs_two_close_points_in_the_window():
    assert analyse(BASE + [14, 10.5, 10.5, 14], "xmr", baseline=12)["special_cause_points"] == []


def test_xmr_outside_points_are_not_close_for_two_in_three():
    r = analyse(BASE + [16, 10.5, 14], "xmr", baseline=12)
    assert rules(r) == {12: "outside_limits"}


def test_xmr_precedence_outside_over_trend():
    r = analyse(BASE + [9.0, 9.5, 10, 10.5, 11, 11.5, 16], "xmr", baseline=12)
    assert rules(r) == {**{i: "trend" for i in range(12, 18)}, 18: "outside_limits"}


def test_xmr_precedence_trend_over_two_in_three_and_shift():
    r = analyse(BASE + [9.0, 9.5, 10, 10.5, 11, 13.6, 14], "xmr", baseline=12)
    assert rules(r) == {i: "trend" for i in range(12, 19)}
    # 9 (position 11) -> 10.1 is a step up, so the trend is 11..18; 12..18 are also a shift
    r = analyse(BASE + [10.1, 10.2, 10.3, 10.4, 10.5, 10.6, 10.7], "xmr", baseline=12)
    assert rules(r) == {i: "trend" for i in range(11, 19)}


def test_xmr_precedence_two_in_three_over_shift():
    r = analyse(BASE + [11, 11, 14, 11, 14, 11, 11], "xmr", baseline=12)
    assert rules(r) == {
        12: "shift",
        13: "shift",
        14: "two_in_three",
        15: "shift",
        16: "two_in_three",
        17: "shift",
        18: "shift",
    }


def test_xmr_special_cause_points_shape_and_order():
    r = analyse(BASE + [16, 4, 16], "xmr", baseline=12)
    assert [p["index"] for p in r["special_cause_points"]] == [12, 13, 14]
    for p in r["special_cause_points"]:
        assert set(p) == {"index", "rule", "direction", "type"}
    assert r["point_types"][12] == "special_cause_improvement"
    assert r["point_types"][13] == "special_cause_concern"
    assert r["point_types"][0] == "common_cause"


def test_xmr_neutral_type():
    r = analyse(BASE + [16, 4], "xmr", baseline=12, improvement="neutral")
    assert special(r) == {12: ("outside_limits", "high", "neutral"), 13: ("outside_limits", "low", "neutral")}
    assert r["point_types"][12:] == ["special_cause_neutral_high", "special_cause_neutral_low"]


# ----------------------------------------------------------------------------------------------
# §3.4 icons and assurance


@pytest.mark.parametrize(
    ("improvement", "last", "icon"),
    [
        ("increase", 16, "improvement_high"),
        ("increase", 4, "concern_low"),
        ("decrease", 4, "improvement_low"),
        ("decrease", 16, "concern_high"),
        ("neutral", 16, "neutral_high"),
        ("neutral", 4, "neutral_low"),
        ("increase", 10.5, "common_cause"),
        ("decrease", 10.5, "common_cause"),
    ],
)
def test_variation_icon_for_each_direction(improvement, last, icon):
    r = analyse(BASE + [last], "xmr", baseline=12, improvement=improvement)
    assert r["variation_icon"] == icon


def test_variation_icon_uses_only_the_last_point():
    r = analyse(BASE + [16, 10.5], "xmr", baseline=12)
    assert r["special_cause_points"]  # position 12 is special cause
    assert r["variation_icon"] == "common_cause"


def test_variation_icon_last_point_missing_is_common_cause():
    r = analyse(BASE + [16, None], "xmr", baseline=12)
    assert r["variation_icon"] == "common_cause"


def test_default_improvement_is_increase():
    assert analyse(BASE + [16], "xmr", baseline=12)["variation_icon"] == "improvement_high"


@pytest.mark.parametrize(
    ("improvement", "target", "assurance"),
    [
        ("increase", 16, "consistent_fail"),
        ("increase", 4, "consistent_pass"),
        ("increase", 10, "inconsistent"),
        ("decrease", 16, "consistent_pass"),
        ("decrease", 4, "consistent_fail"),
        ("decrease", 10, "inconsistent"),
    ],
)
def test_assurance_against_target(improvement, target, assurance):
    assert analyse(BASE, "xmr", improvement=improvement, target=target)["assurance"] == assurance


def test_assurance_target_on_a_limit_is_inconsistent():
    r = analyse(BASE, "xmr")
    assert analyse(BASE, "xmr", target=r["upper"])["assurance"] == "inconsistent"
    assert analyse(BASE, "xmr", target=r["lower"])["assurance"] == "inconsistent"


def test_assurance_none_without_target_or_with_neutral_direction():
    assert analyse(BASE, "xmr")["assurance"] is None
    r = analyse(BASE, "xmr", improvement="neutral", target=16)
    assert r["assurance"] is None
    assert r["messages"]


def test_assurance_uses_last_period_limits():
    values = BASE + [21, 19] * 6
    r = analyse(values, "xmr", rebase=[12], target=16)
    assert r["segments"][1]["lower"] == 20 - 2.66 * 2
    assert r["assurance"] == "inconsistent"  # 14.68 <= 16 <= 25.32; the first period would say fail


def test_assurance_none_when_last_period_has_no_limits():
    r = analyse(BASE + [30], "xmr", rebase=[12], target=16)
    assert r["segments"][1]["upper"] is None
    assert r["assurance"] is None


# ----------------------------------------------------------------------------------------------
# §4 baseline (freeze) and rebase (recalculate) on XmR


def test_xmr_baseline_freezes_mean_and_limits():
    frozen = analyse(BASE + [30, 30, 30], "xmr", baseline=12)
    assert frozen["mean"] == 10 and frozen["mr_mean"] == 2
    assert rules(frozen) == {12: "outside_limits", 13: "outside_limits", 14: "outside_limits"}
    unfrozen = analyse(BASE + [30, 30, 30], "xmr")
    assert unfrozen["mean"] == 210 / 15


def test_xmr_shift_can_start_inside_the_baseline():
    values = [9, 11] * 4 + [10.5] * 4 + [10.5] * 3
    r = analyse(values, "xmr", baseline=12)
    assert r["mean"] == pytest.approx(122 / 12)
    assert rules(r) == {i: "shift" for i in range(7, 15)}


def test_xmr_baseline_counts_missing_rows_from_period_start():
    r = analyse([None, 11, 9, 30, 30], "xmr", baseline=3)
    assert r["mean"] == 10 and r["mr_mean"] == 2
    r = analyse([1, 2, 3, None, 11, 9, 50], "xmr", rebase=[3], baseline=3)
    assert r["segments"][1]["mean"] == 10  # the second period's first 3 rows: None, 11, 9


def test_xmr_short_baseline_is_allowed_with_a_message():
    r = analyse(BASE, "xmr", baseline=4)
    assert r["mean"] == 10
    assert any("12" in m for m in r["messages"])


def test_xmr_rebase_recalculates_each_period():
    values = BASE + [21, 19] * 6
    r = analyse(values, "xmr", rebase=[12])
    s0, s1 = r["segments"]
    assert (s0["start"], s0["end"], s0["mean"], s0["mr_mean"]) == (0, 11, 10, 2)
    # the first MR of a period is missing: |21 - 9| = 12 would otherwise be included
    assert (s1["start"], s1["end"], s1["mean"], s1["mr_mean"]) == (12, 23, 20, 2)
    assert (s1["upper"], s1["lower"]) == (20 + 2.66 * 2, 20 - 2.66 * 2)
    assert r["mean"] == 10 and r["upper"] == s0["upper"]  # top level = first period
    assert r["special_cause_points"] == []
    assert analyse(values, "xmr")["special_cause_points"]  # without the rebase it is special cause


def test_xmr_rebase_no_trend_across_the_break():
    values = BASE + [9.5, 10, 10.5] + [11, 11.5, 12, 12.5]
    assert "trend" in rules(analyse(values, "xmr", baseline=12)).values()
    r = analyse(values, "xmr", rebase=[15])
    assert "trend" not in rules(r).values()


def test_xmr_rebase_no_shift_across_the_break():
    values = BASE[:-1] + [11] * 4 + [1, 3, 1, 3] * 2
    # positions 10..14 above the first mean; the second period starts at 15
    r = analyse(values + [3, 3, 3, 3], "xmr", rebase=[15])
    assert all(p["index"] >= 15 or p["rule"] != "shift" for p in r["special_cause_points"])


def test_xmr_baseline_applies_per_period_with_rebase():
    values = BASE + [40, 21, 19] * 5
    r = analyse(values, "xmr", rebase=[12], baseline=12)
    assert len(r["segments"]) == 2
    assert r["baseline"] == 12


# ----------------------------------------------------------------------------------------------
# §5 p and u charts


def test_p_chart_centre_and_limits():
    r = analyse([], "p", numerators=[5, 10, 15], denominators=[100, 100, 100])
    assert r["centre"] == pytest.approx(0.1)
    assert r["ratios"] == [0.05, 0.1, 0.15]
    sd = math.sqrt(r["centre"] * (1 - r["centre"]) / 100)
    assert r["upper_limits"][0] == pytest.approx(0.1 + 3 * sd)
    assert r["lower_limits"][0] == pytest.approx(0.1 - 3 * sd)
    assert r["special_cause_points"] == []


def test_p_chart_limits_clipped_to_zero_and_one():
    r = analyse(None, "p", numerators=[1, 1, 0], denominators=[10, 10, 10])
    assert r["lower_limits"] == [0.0, 0.0, 0.0]
    r = analyse(None, "p", numerators=[2, 2, 1], denominators=[2, 2, 2])
    assert r["upper_limits"] == [1.0, 1.0, 1.0]
    assert r["special_cause_points"] == []  # p = 1 on a clipped limit is not outside


def test_p_chart_limits_vary_with_denominator_and_flag_outside():
    nums = [10] * 10 + [40]
    dens = [100] * 10 + [100]
    r = analyse(None, "p", numerators=nums, denominators=dens, baseline=10)
    assert r["centre"] == pytest.approx(0.1)
    assert special(r) == {10: ("outside_limits", "high", "improvement")}
    r = analyse(None, "p", numerators=[10, 10, 10], denominators=[100, 400, 25])
    assert r["upper_limits"][1] < r["upper_limits"][0] < r["upper_limits"][2]


def test_p_chart_missing_pair():
    r = analyse(None, "p", numerators=[5, None, 15], denominators=[100, 100, None])
    assert r["ratios"] == [0.05, None, None]
    assert r["upper_limits"][1] is None and r["upper_limits"][2] is None
    assert r["centre"] == 0.05


def test_p_chart_runs_analysis_around_centre():
    r = analyse(None, "p", numerators=[1] * 5 + [9] * 5, denominators=[10] * 10)
    assert r["centre"] == 0.5
    assert (r["n_useful"], r["crossings"], r["crossings_min"]) == (10, 1, 2)
    assert r["runs_signal"] is True


def test_u_chart_centre_limits_and_clipping():
    r = analyse([], "u", numerators=[2, 4, 30], denominators=[1, 2, 10])
    assert r["centre"] == pytest.approx(36 / 13)
    assert r["ratios"] == [2, 2, 3]
    assert r["lower_limits"][0] == 0.0  # 36/13 - 3 sqrt(36/13) < 0
    assert r["upper_limits"][2] == pytest.approx(36 / 13 + 3 * math.sqrt(36 / 13 / 10))
    assert r["upper_limits"][0] > 1  # no upper clip on a rate


def test_p_u_rebase_gives_segments():
    r = analyse(None, "u", numerators=[1, 1, 5, 5], denominators=[1, 1, 1, 1], rebase=[2])
    assert [s["centre"] for s in r["segments"]] == [1, 5]


# ----------------------------------------------------------------------------------------------
# bad input


@pytest.mark.parametrize("kind", ["c", "g", "xbar", "", None])
def test_unsupported_kind_raises_not_implemented(kind):
    with pytest.raises(NotImplementedError):
        analyse([1, 2, 3], kind)


@pytest.mark.parametrize("bad", ["3.2", "abc", True, [1], object(), complex(1, 1)])
def test_non_numeric_value_raises_value_error(bad):
    with pytest.raises(ValueError, match=r"values\[1\]"):
        analyse([1, bad, 3], "run")


def test_infinite_value_raises_value_error():
    with pytest.raises(ValueError, match="infinite"):
        analyse([1, math.inf], "xmr")


def test_values_must_be_a_list():
    for bad in (None, "123", 5):
        with pytest.raises(ValueError):
            analyse(bad, "run")


def test_decimal_and_int_values_accepted():
    r = analyse([Decimal("1.5"), 2, Decimal("2.5")], "run")
    assert r["median"] == 2.0


@pytest.mark.parametrize(
    "opts",
    [
        {"baseline": 0},
        {"baseline": -3},
        {"baseline": 2.5},
        {"baseline": True},
        {"improvement": "up"},
        {"target": "high"},
        {"screen_outliers": "yes"},
        {"rebase": [10]},
        {"rebase": [-1]},
        {"rebase": [1.5]},
        {"rebase": 3},
        {"improvment": "increase"},
        {"numerators": [1, 2, 3]},
    ],
)
def test_bad_options_raise_value_error(opts):
    with pytest.raises(ValueError):
        analyse([1, 2, 3], "xmr", **opts)


def test_p_u_bad_inputs():
    with pytest.raises(ValueError, match="denominators has"):
        analyse(None, "p", numerators=[1, 2], denominators=[10])
    with pytest.raises(ValueError, match="greater than 0"):
        analyse(None, "u", numerators=[1, 2], denominators=[10, 0])
    with pytest.raises(ValueError, match="larger than"):
        analyse(None, "p", numerators=[11], denominators=[10])
    with pytest.raises(ValueError, match="negative"):
        analyse(None, "u", numerators=[-1], denominators=[10])
    with pytest.raises(ValueError, match="needs both"):
        analyse(None, "p", numerators=[1])
    with pytest.raises(ValueError, match="values has"):
        analyse([1, 2, 3], "p", numerators=[1], denominators=[10])
    with pytest.raises(ValueError, match=r"numerators\[0\]"):
        analyse(None, "p", numerators=["x"], denominators=[10])


# ----------------------------------------------------------------------------------------------
# performance: 10,000 points (target <= 20 ms each; generous bound here to avoid flaky CI)


@pytest.mark.parametrize("kind", ["run", "xmr"])
def test_ten_thousand_points_is_fast(kind):
    rng = random.Random(7)
    values = [round(rng.gauss(50, 10), 1) for _ in range(10_000)]
    for i in range(0, 10_000, 97):
        values[i] = None
    analyse(values, kind, target=40)  # warm the critical-value cache
    best = min(_timed(lambda: analyse(values, kind, target=40)) for _ in range(3))
    assert best < 0.2


def _timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0
