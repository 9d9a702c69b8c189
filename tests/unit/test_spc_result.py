"""The types of ``analyse``'s results (app/domain/spc/result.py) match what it returns: every key
of each kind, no other key, and each value of the declared type, for short, empty, missing,
baselined, rebased and signalling series."""

from __future__ import annotations

import types
import typing

import pytest

from app.domain.spc import analyse
from app.domain.spc.result import AttributeResult, RunResult, XmrResult

RISING = [1, 3, 2, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8, 10, 30, 31, 32, 33, 34, 35, 36, 37]
SERIES = [
    [],
    [None, None, None],
    [4.0],
    RISING,
    [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
    [3, None, 4, 2, 5, None, 3, 4, 2, 3, 4, 5, 2, 3],
]
OPTIONS = [{}, {"baseline": 6}, {"rebase": [8]}, {"improvement": "decrease", "target": 6}, {"improvement": "neutral"}]
COUNTS = [
    ([], []),
    ([None, 2], [10, None]),
    ([1, 2, 3, 2, 1, 2, 3, 4, 2, 1, 2, 3, 9, 9, 9], [10] * 15),
]


def _check(value: object, annotation: object, where: str) -> None:
    origin = typing.get_origin(annotation)
    if isinstance(annotation, types.UnionType) or origin is typing.Union:
        for option in typing.get_args(annotation):
            try:
                _check(value, option, where)
                return
            except AssertionError:
                continue
        raise AssertionError(f"{where}: {value!r} is none of {annotation}")
    if annotation is type(None):
        assert value is None, f"{where}: {value!r} is not None"
    elif annotation is float:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), f"{where}: {value!r} is not a number"
    elif annotation in (int, str, bool):
        assert isinstance(value, annotation), f"{where}: {value!r} is not {annotation.__name__}"
    elif origin is list:
        assert isinstance(value, list), f"{where}: {value!r} is not a list"
        (item,) = typing.get_args(annotation)
        for index, element in enumerate(value):
            _check(element, item, f"{where}[{index}]")
    elif typing.is_typeddict(annotation):
        _check_dict(value, annotation, where)
    else:
        raise AssertionError(f"{where}: the test cannot check {annotation}")


def _check_dict(value: object, typed: type, where: str) -> None:
    assert isinstance(value, dict), f"{where}: {value!r} is not a dict"
    hints = typing.get_type_hints(typed)
    assert set(value) == set(hints), (
        f"{where} ({typed.__name__}): extra {sorted(set(value) - set(hints))}, missing {sorted(set(hints) - set(value))}"
    )
    for key, annotation in hints.items():
        _check(value[key], annotation, f"{where}.{key}")


def _fits(values: list, options: dict) -> bool:
    """Leave out a baseline or rebase past the series' end (refused; tested in test_spc.py)."""
    return len(values) >= options.get("baseline", 0) and len(values) > max(options.get("rebase", [-1]))


@pytest.mark.parametrize(("values", "options"), [(v, o) for v in SERIES for o in OPTIONS if _fits(v, o)])
def test_run_and_xmr_results_are_what_their_types_say(values: list, options: dict) -> None:
    run_options = {k: v for k, v in options.items() if k != "target"}
    _check_dict(analyse(values, "run", **run_options), RunResult, "run")
    _check_dict(analyse(values, "xmr", **options), XmrResult, "xmr")


@pytest.mark.parametrize("kind", ["p", "u"])
@pytest.mark.parametrize(("numerators", "denominators"), COUNTS)
def test_p_and_u_results_are_what_their_type_says(kind: str, numerators: list, denominators: list) -> None:
    result = analyse(None, kind, numerators=numerators, denominators=denominators)
    _check_dict(result, AttributeResult, kind)
