"""UI test fixtures. Every modal prompt goes through app.ui.prompts, which is replaced here by a
script of answers; a prompt with no scripted answer fails the test instead of hanging it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

try:  # Qt must load: a broken Qt install fails the run, it is never skipped
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
except ImportError as error:  # pragma: no cover
    raise RuntimeError(f"PySide6 could not be imported, so the UI cannot be tested: {error}") from error


@dataclass
class PromptScript:
    answers: dict[str, list[Any]] = field(default_factory=dict)
    shown: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def answer(self, kind: str, *values: Any) -> None:
        self.answers.setdefault(kind, []).extend(values)

    def _handler(self, kind: str, default: Any = None, needs_answer: bool = True):
        def handle(*args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, args[1:]))
            queue = self.answers.get(kind)
            if queue:
                return queue.pop(0)
            if needs_answer:
                pytest.fail(f"unexpected {kind} prompt: {args[1:]}")
            return default

        return handle

    def texts(self, kind: str | None = None) -> list[str]:
        return [" ".join(str(a) for a in args) for k, args in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def prompts(monkeypatch: pytest.MonkeyPatch) -> Iterator[PromptScript]:
    from app.ui import prompts as module

    script = PromptScript()
    for name in ("info", "warn", "error"):
        monkeypatch.setattr(module, name, script._handler(name, needs_answer=False))
    for name in ("ask_yes_no", "ask_text", "ask_choice", "save_file", "open_files"):
        monkeypatch.setattr(module, name, script._handler(name))

    def refuse_modal(*_args: Any, **_kwargs: Any) -> None:
        pytest.fail("a modal dialog was opened outside app.ui.prompts")

    monkeypatch.setattr(QMessageBox, "exec", refuse_modal)
    monkeypatch.setattr(QDialog, "exec", refuse_modal)
    yield script


@pytest.fixture(autouse=True)
def _synchronous_tasks() -> Iterator[None]:
    """app/ui/tasks.py work runs inline, so a test sees its result when the action returns
    (tests of real threading turn this off: tests/ui/test_backups_tasks.py)."""
    from app.ui import tasks

    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def main_window(qtbot, store):  # ANN201
    from app.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def demo_store(store):  # ANN201
    from datetime import date

    from app.demo import DemoPlan, build_demo

    build_demo(store, DemoPlan(weeks=4, end=date(2026, 11, 20)))
    return store


def app_instance() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance
