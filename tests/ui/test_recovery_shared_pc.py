"""The shared ward PC (R7, R14): one Ward Huddle window per OS user (a second launch brings the
first forward, another user gets their own), and drafts left by a crash are offered back."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from app.domain.ward import WardDetails
from app.ui.main_window import MainWindow, PageEntry
from app.ui.pages.base import Page
from app.ui.single_instance import SingleInstance, claim_single_instance, instance_name

ROOT = Path(__file__).resolve().parents[2]


def test_the_instance_name_belongs_to_the_os_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARDHUDDLE_INSTANCE_NAME", raising=False)
    assert instance_name("sian.evans") == instance_name("SIAN.EVANS")  # Windows user names ignore case
    assert instance_name("sian.evans") != instance_name("lukasz.nowak")
    assert instance_name("sian.evans").startswith("wardhuddle-") and "sian" not in instance_name("sian.evans")


def test_a_second_launch_asks_the_first_to_come_forward_and_exits(qtbot) -> None:
    name = f"wardhuddle-test-{uuid.uuid4().hex[:12]}"
    first = claim_single_instance(name=name)
    assert isinstance(first, SingleInstance)
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from app.ui.single_instance import claim_single_instance;"
        f"print('handed over' if claim_single_instance(name={name!r}) is False else 'became first')"
    )
    with qtbot.waitSignal(first.activation_requested, timeout=15000):
        second = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    out, _ = second.communicate(timeout=30)
    assert (second.returncode, out.strip()) == (0, "handed over")
    first.close()


def test_switching_off_and_a_stale_name_are_handled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARDHUDDLE_NO_SINGLE_INSTANCE", "1")
    assert claim_single_instance(name="whatever") is None
    assert claim_single_instance(skip=True) is None
    monkeypatch.delenv("WARDHUDDLE_NO_SINGLE_INSTANCE")
    name = f"wardhuddle-test-{uuid.uuid4().hex[:12]}"
    first = claim_single_instance(name=name)
    first.close()  # the first one went away: the next launch becomes the first
    again = claim_single_instance(name=name)
    assert isinstance(again, SingleInstance)
    again.close()


@pytest.mark.skipif(os.name != "posix", reason="uses a process group to stop the GUI")
def test_launching_the_app_twice_brings_the_first_window_forward(tmp_path: Path) -> None:
    name = f"wardhuddle-test-{uuid.uuid4().hex[:12]}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WARDHUDDLE_INSTANCE_NAME": name}
    env.pop("WARDHUDDLE_NO_SINGLE_INSTANCE", None)
    data = tmp_path / "data"
    first = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data)], cwd=ROOT, env=env)
    try:
        probe = QLocalSocket()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # wait until the first window is listening
            probe.connectToServer(name)
            if probe.waitForConnected(200):
                probe.disconnectFromServer()
                break
            time.sleep(0.1)
        else:
            pytest.fail("the first instance never started listening")
        second = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data)], cwd=ROOT, env=env, timeout=30)
        assert second.returncode == 0
        log = data / "logs" / "wardhuddle.log"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "come forward" not in (log.read_text() if log.exists() else ""):
            time.sleep(0.1)
        assert "a second launch asked this window to come forward" in log.read_text()
        assert first.poll() is None  # the first window is still running
    finally:
        first.terminate()
        first.wait(15)


class NotesPage(Page):
    """A page that keeps drafts, as a real form page would."""

    title = "Notes"

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store
        self.restored: list = []

    def restore_draft(self, draft) -> None:
        self.restored.append(draft)


@pytest.fixture
def notes_window(qtbot, store):  # ANN201
    ward, _ = store.wards.create_ward(WardDetails(name="Ward 7"))
    window = MainWindow(store, pages=[PageEntry("notes", "Notes", NotesPage)])
    qtbot.addWidget(window)
    window.show()
    return window, ward


def test_drafts_left_by_a_crash_are_offered_back_and_handed_to_their_page(notes_window, store, prompts) -> None:
    from app.ui.dialogs.drafts_offer import offer_saved_drafts

    window, ward = notes_window
    store.drafts.save("notes:new", page="notes", payload={"text": "Bay 3 falls sensor"}, ward_id=ward.id)
    store.drafts.save("elsewhere", page="A page this build does not have", payload={})
    prompts.answer("ask_yes_no", True)
    assert offer_saved_drafts(window) == 1
    question = prompts.texts("ask_yes_no")[0]
    assert "closed before some typing was saved" in question and "Notes for Ward 7" in question
    page = window.pages["notes"]
    assert window.ui.pages.currentWidget() is page
    assert [d.payload for d in page.restored] == [{"text": "Bay 3 falls sensor"}]


def test_not_now_keeps_the_draft_for_next_time(notes_window, store, prompts) -> None:
    from app.ui.dialogs.drafts_offer import offer_saved_drafts

    window, _ward = notes_window
    store.drafts.save("notes:new", page="notes", payload={"text": "x"})
    prompts.answer("ask_yes_no", False)
    assert offer_saved_drafts(window) == 0
    assert [d.key for d in store.drafts.pending()] == ["notes:new"]
    prompts.answer("ask_yes_no", False)
    offer_saved_drafts(window)  # next start: asked again
    assert len(prompts.texts("ask_yes_no")) == 2


def test_no_drafts_no_question(notes_window, prompts) -> None:
    from app.ui.dialogs.drafts_offer import offer_saved_drafts

    window, _ward = notes_window
    assert offer_saved_drafts(window) == 0 and prompts.shown == []
