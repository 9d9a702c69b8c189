"""Numeric helpers for the SPC engine (see app/domain/spc/): means, medians and Anhøj limits.

Plain Python, standard library only. The reference implementations are R packages, so the
helpers here reproduce R's arithmetic where it matters for "on the line" comparisons:

* ``mean_of`` returns the correctly rounded mean of the exact sum of the doubles, which is what
  R's two-pass long-double ``mean()`` gives in practice (a naive ``sum(x) / n`` can be one ulp
  off, and a point that R sees exactly on the mean would then be above or below it).
* ``median_of`` averages the two middle values like R's ``median()`` (``mean`` of two doubles,
  i.e. the correctly rounded ``(a + b) / 2``).
* ``crossings_min`` is R's ``qbinom(0.05, n - 1, 0.5)``; ``longest_run_max`` is
  ``round(log2(n)) + 3`` with R's half-to-even rounding. Both are cached and cost O(sqrt(n))
  at most (never O(n^2)).
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache

__all__ = ["crossings_min", "longest_run_max", "mean_of", "median_of", "sign"]


def sign(x: float) -> int:
    """-1, 0 or 1, like R's ``sign`` for finite doubles."""
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def mean_of(xs: list[float]) -> float | None:
    """Correctly rounded mean of finite floats; ``None`` for an empty list.

    ``math.fsum`` gives the correctly rounded sum ``s``; the (tiny) remainder of the exact sum is
    recovered with a second ``fsum`` and the division is then done in exact rational arithmetic
    only when that remainder is not zero. Linear time, no per-element Fractions.
    """
    n = len(xs)
    if n == 0:
        return None
    s = math.fsum(xs)
    if not math.isfinite(s):
        return s / n
    tail = list(xs)
    tail.append(-s)
    r = math.fsum(tail)
    if r == 0.0:
        return s / n  # the sum is exact, so one rounding in the division
    return float((Fraction(s) + Fraction(r)) / n)


def median_of(xs: list[float]) -> float | None:
    """Median of finite floats as R computes it; ``None`` for an empty list."""
    n = len(xs)
    if n == 0:
        return None
    ordered = sorted(xs)
    half = n // 2
    if n % 2:
        return ordered[half]
    # (a + b) / 2: the division by two is exact, so this is the correctly rounded mean of the
    # two middle values, as R's mean() of two doubles.
    return (ordered[half - 1] + ordered[half]) / 2


@lru_cache(maxsize=4096)
def longest_run_max(n_useful: int) -> int | None:
    """Anhøj: a run longer than this is a signal. ``round(log2(n)) + 3`` (half-to-even, as R)."""
    if n_useful < 1:
        return None
    # log2 of an integer never has a fractional part of exactly .5, so the rounding mode only
    # matters in principle; Python's round() is half-to-even like R's.
    return round(math.log2(n_useful)) + 3


@lru_cache(maxsize=4096)
def crossings_min(n_useful: int) -> int | None:
    """Anhøj: fewer crossings than this is a signal. R's ``qbinom(0.05, n - 1, 0.5)``.

    That is the smallest ``c`` with ``P(Binom(n - 1, 1/2) <= c) >= 0.05``.
    """
    if n_useful < 1:
        return None
    return _qbinom_05_half(n_useful - 1)


_EXACT_LIMIT = 1500  # below this an exact integer search is cheap (well under a millisecond)


def _qbinom_05_half(m: int) -> int:
    if m <= _EXACT_LIMIT:
        return _qbinom_exact(m)
    return _qbinom_float(m)


def _qbinom_exact(m: int, start: int = 0) -> int:
    """Exact search with integers: smallest c with 20 * sum_{k<=c} C(m, k) >= 2**m."""
    total = 1 << m
    term = math.comb(m, start)
    cum = sum(math.comb(m, k) for k in range(start)) if start else 0
    for c in range(start, m + 1):
        cum += term
        if 20 * cum >= total:
            return c
        term = term * (m - c) // (c + 1)
    return m  # not reached: the full sum is 2**m


def _qbinom_float(m: int) -> int:
    """Incremental CDF in floating point, starting near the normal approximation.

    The probability mass at the starting point comes from an exact binomial coefficient
    (correctly rounded ratio of integers), the CDF is summed downwards until the terms are
    negligible (O(sqrt(m)) terms) and then stepped up or down to the quantile. If the CDF lands
    within a hair of 0.05 the answer is confirmed with exact integers.
    """
    c = max(0, int(m / 2 - 1.6448536269514722 * math.sqrt(m) / 2))
    pmf_c = math.comb(m, c) / (1 << m)
    # CDF at c: sum pmf(k) for k = c, c-1, ... while the terms still matter.
    cdf = 0.0
    term = pmf_c
    k = c
    while k >= 0:
        cdf += term
        if term < cdf * 1e-18:
            break
        term = term * k / (m - k + 1)  # pmf(k - 1) from pmf(k)
        k -= 1
    pmf = pmf_c
    if cdf >= 0.05:
        # step down while the CDF at c - 1 is still >= 0.05
        while c > 0:
            below = cdf - pmf
            if below < 0.05:
                break
            pmf = pmf * c / (m - c + 1)
            cdf = below
            c -= 1
    else:
        while cdf < 0.05 and c < m:
            pmf = pmf * (m - c) / (c + 1)
            cdf += pmf
            c += 1
    if abs(cdf - 0.05) < 1e-9 or abs(cdf - pmf - 0.05) < 1e-9:
        return _qbinom_exact(m, start=max(0, c - 2))
    return c
