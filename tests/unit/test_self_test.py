"""``wardhuddle --self-test`` without Qt: every step of this build passes in-process, and anything
that breaks (a step that raises, a step module that will not import) makes the exit code non-zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.selftest import (
    SelfTestContext,
    SelfTestError,
    SelfTestStep,
    collect_steps,
    run_self_test,
    run_steps,
    step_module_names,
)


def _step(title: str, run, order: int = 50, **kwargs) -> SelfTestStep:
    return SelfTestStep(order, title, run, **kwargs)


def _run(steps: list[SelfTestStep], tmp_path: Path) -> tuple[int, list[str], Path]:
    lines: list[str] = []
    folder = tmp_path / "self-test"
    report = run_steps(steps, out=lines.append, folder=folder)
    return report.exit_code, lines, folder


def test_every_step_of_this_build_passes_in_a_throwaway_folder(tmp_path: Path, _isolated_data_dir: Path) -> None:
    steps, broken = collect_steps()
    assert broken == []
    lines: list[str] = []
    report = run_steps(steps, out=lines.append, folder=tmp_path / "st")
    failed = [f"{r.title}: {r.detail}" for r in report.results if r.status != "ok"]
    assert failed == [] and report.exit_code == 0, "\n".join(lines)
    statuses = {r.title: r.status for r in report.results}
    assert statuses["data file: create and migrate"] == "ok"
    assert statuses["ward and staff records: envelope, save, read back, stale save refused"] == "ok"
    assert statuses["integrity check"] == "ok"
    assert lines[-1].startswith("Self-test passed:")
    assert not _isolated_data_dir.exists(), "the self-test must never touch the real data folder"


def test_steps_run_in_order_with_the_integrity_check_after_the_features() -> None:
    steps, _ = collect_steps()
    orders = [s.order for s in steps]
    assert orders == sorted(orders)
    titles = [s.title for s in steps]
    assert titles[0] == "data file: create and migrate"
    features = [s for s in steps if s.module != "app.selftest"]
    assert all(s.order < 70 for s in features), "feature steps must run before the integrity check (70)"


def test_feature_modules_are_found_without_editing_a_shared_file() -> None:
    assert "app.selftest.huddles" in step_module_names()
    steps, _ = collect_steps()
    assert any(s.module == "app.selftest.huddles" for s in steps)


def test_a_step_that_fails_makes_the_exit_non_zero_and_the_others_still_run(tmp_path: Path) -> None:
    ran: list[str] = []

    def broken(_ctx: SelfTestContext) -> str:
        raise SelfTestError("the sheet read back differently")

    steps = [
        _step("present and broken", broken, order=10),
        _step("later step", lambda _ctx: ran.append("later") or "fine", order=20),
    ]
    code, lines, folder = _run(steps, tmp_path)
    assert code == 1
    assert "[1/2] present and broken: FAILED: SelfTestError: the sheet read back differently" in lines
    assert ran == ["later"], "a failed step that is not essential must not stop the others"
    assert lines[-2].startswith("Self-test FAILED: 1 ok, 1 failed")
    log = (folder / "self-test.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "the sheet read back differently" in log
    assert str(folder) in lines[-1], "the user is told where the details are"
    assert not any("Traceback" in line for line in lines), "the output is plain lines, never a traceback"


def test_an_essential_failure_stops_the_steps_that_depend_on_it(tmp_path: Path) -> None:
    def no_database(_ctx: SelfTestContext) -> str:
        raise OSError("disk full")

    steps = [
        _step("data file", no_database, order=10, essential=True),
        _step("records", lambda ctx: str(ctx.store), order=20),
    ]
    code, lines, _folder = _run(steps, tmp_path)
    assert code == 1
    assert "[1/2] data file: FAILED: OSError: disk full" in lines
    assert "[2/2] records: not run (an essential step failed)" in lines


def test_a_step_module_that_cannot_be_imported_is_a_failure(tmp_path: Path) -> None:
    lines: list[str] = []
    code = run_self_test(step_modules=["app.selftest.no_such_feature"], out=lines.append, folder=tmp_path)
    assert code == 1
    assert any(line.startswith("FAILED  load app.selftest.no_such_feature: ModuleNotFoundError") for line in lines)


def test_with_no_folder_given_the_temporary_folder_is_removed_on_success(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    report = run_steps([_step("data file", lambda ctx: ctx.open_store() and "opened", order=10)], out=lambda _l: None)
    assert report.ok and report.kept_folder is None
    assert list(tmp_path.iterdir()) == []
