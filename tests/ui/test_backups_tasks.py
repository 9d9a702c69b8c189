"""app/ui/tasks.py: background work reports back on the UI thread, exactly once."""

from __future__ import annotations

import threading

import pytest

from app.ui import tasks


@pytest.fixture
def real_threads():
    previous = tasks.is_synchronous()
    tasks.set_synchronous(False)
    yield
    tasks.wait_for_all()
    tasks.set_synchronous(previous)


def test_work_runs_off_the_ui_thread_and_the_result_comes_back_on_it(qtbot, real_threads) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    task = tasks.run_in_background(work, done, serial=True)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == {"worker": seen["worker"], "result": 42, "callback": ui_thread}
    assert seen["worker"] != ui_thread
    assert tasks.running() == 0


def test_an_error_goes_to_on_error_and_never_to_on_done(qtbot, real_threads) -> None:
    calls: list[str] = []

    def work() -> None:
        raise ValueError("boom")

    task = tasks.run_in_background(work, lambda _r: calls.append("done"), lambda e: calls.append(f"error {e}"))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert calls == ["error boom"]


def test_synchronous_mode_runs_inline_for_tests() -> None:
    tasks.set_synchronous(True)
    try:
        got: list[int] = []
        task = tasks.run_in_background(lambda: 7, got.append)
        assert got == [7] and task.done and tasks.running() == 0
    finally:
        tasks.set_synchronous(False)


def test_without_on_error_a_plain_error_is_shown_in_plain_english(prompts) -> None:
    from app.errors import StorageError

    tasks.set_synchronous(True)
    try:
        tasks.run_in_background(lambda: (_ for _ in ()).throw(StorageError("The backup folder is full.")))
    finally:
        tasks.set_synchronous(False)
    assert prompts.texts("error") == ["Ward Huddle The backup folder is full."]
