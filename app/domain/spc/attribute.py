"""p and u charts (proportions and rates with varying denominators), as qicharts2 ``qic.p``/``qic.u``.

Part of the SPC engine; the public entry point is ``app.domain.spc.analyse`` and the return
shape is documented there. Formulas from charts-spec.md §5:

    p chart: p_i = y_i / n_i ; p̄ = Σy / Σn (baseline rows) ; limits p̄ ± 3·sqrt(p̄(1 - p̄)/n_i) in [0, 1]
    u chart: u_i = y_i / n_i ; ū = Σy / Σn                  ; limits ū ± 3·sqrt(ū/n_i), LCL clipped at 0

Signals are points outside their own limits (strict) plus the Anhøj runs analysis around p̄/ū.
"""

from __future__ import annotations

import math

from app.domain.spc.result import AttributeResult
from app.domain.spc.run import runs_analysis

__all__ = ["analyse_attribute"]


def analyse_attribute(
    kind: str,
    numerators: list[float | None],
    denominators: list[float | None],
    segments: list[tuple[int, int]],
    baseline: int | None,
    improvement: str,
    messages: list[str],
) -> AttributeResult:
    """p or u chart over validated inputs; ``segments`` are (start, stop) half-open ranges."""
    n_total = len(numerators)
    ratios: list[float | None] = [None] * n_total
    upper: list[float | None] = [None] * n_total
    lower: list[float | None] = [None] * n_total
    centre_line: list[float | None] = [None] * n_total
    for i in range(n_total):
        if numerators[i] is not None and denominators[i] is not None:
            ratios[i] = numerators[i] / denominators[i]

    special = []
    seg_results = []
    for start, stop in segments:
        base_stop = stop if baseline is None else min(stop, start + baseline)
        ys = [numerators[i] for i in range(start, base_stop) if ratios[i] is not None]
        ns = [denominators[i] for i in range(start, base_stop) if ratios[i] is not None]
        centre = math.fsum(ys) / math.fsum(ns) if ns else None
        for i in range(start, stop):
            centre_line[i] = centre
            if centre is None or ratios[i] is None:
                continue
            if kind == "p":
                sd = math.sqrt(centre * (1 - centre) / denominators[i])
            else:
                sd = math.sqrt(centre / denominators[i])
            ucl = centre + 3 * sd
            lcl = centre - 3 * sd
            if kind == "p" and ucl > 1:
                ucl = 1.0
            if lcl < 0:
                lcl = 0.0
            upper[i], lower[i] = ucl, lcl
            r = ratios[i]
            if r > ucl or r < lcl:
                direction = "high" if r > ucl else "low"
                if improvement == "neutral":
                    kind_of = "neutral"
                else:
                    kind_of = "improvement" if (direction == "high") == (improvement == "increase") else "concern"
                special.append({"index": i, "rule": "outside_limits", "direction": direction, "type": kind_of})
        result = {"start": start, "end": stop - 1, "centre": centre}
        result.update(runs_analysis(ratios[start:stop], centre, start))
        for key in ("shift_points", "shift", "runs_lower", "runs_upper", "too_few_runs", "too_many_runs"):
            result.pop(key)  # IHI run-chart rules are not applied to control charts
        seg_results.append(result)
        if centre is None:
            where = "" if len(segments) == 1 else f" for the period starting at position {start}"
            messages.append(f"No complete numerator/denominator pairs{where}: no centre line or limits.")

    first = dict(seg_results[0]) if seg_results else {}
    first.pop("start", None)
    first.pop("end", None)
    return {
        "kind": kind,
        **first,
        "ratios": ratios,
        "centre_line": centre_line,
        "upper_limits": upper,
        "lower_limits": lower,
        "segments": seg_results,
        "special_cause_points": special,
        "any_runs_signal": any(seg["runs_signal"] for seg in seg_results),
        "improvement": improvement,
    }
