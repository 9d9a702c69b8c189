"""``wardhuddle print``, run as a user runs it: PDFs written atomically, one-line errors with exit 2
for an unknown date, ward, week or id, and no Qt loaded on the way."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

END = date(2026, 11, 20)


def wardhuddle(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120)


def text_of(path: Path, first_pages: int = 99) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages[:first_pages])


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store

    folder = tmp_path_factory.mktemp("ward")
    store = open_store(folder / "wardhuddle.sqlite3", clock=lambda: datetime(2026, 11, 20, 15, tzinfo=UTC))
    build_demo(store, DemoPlan(weeks=2, end=END))
    store.close()
    return folder


def one_line_exit_2(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_print_huddle_writes_the_days_sheet(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = wardhuddle(
        "print", "huddle", "--date", "2026-11-19", "--ward", "W7", "--out", str(out), "--data-dir", str(data_dir)
    )
    assert result.returncode == 0, result.stderr
    assert "huddle sheet for 19 Nov 2026 written to" in result.stdout
    text = text_of(out)
    assert "Thu 19 Nov 2026" in text and "Ward 7 (Respiratory)" in text and "Page 1 of 1" in text
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # the temporary file was renamed away


def test_print_week_and_the_blank_forms(data_dir: Path, tmp_path: Path) -> None:
    week = wardhuddle(
        "--data-dir", str(data_dir), "print", "week", "--week", "2026-W47", "--out", str(tmp_path / "w.pdf")
    )
    assert week.returncode == 0, week.stderr
    assert "Weekly huddle pack" in text_of(tmp_path / "w.pdf", first_pages=1)
    for form, words in (("huddle", "Daily safety huddle"), ("reflection", "Later reflection huddle")):
        out = tmp_path / f"{form}.pdf"
        result = wardhuddle("print", "blank", form, "--out", str(out), "--data-dir", str(tmp_path / "no-data-yet"))
        assert result.returncode == 0, result.stderr
        assert words in text_of(out)
    assert not (tmp_path / "no-data-yet").exists()  # a blank form never creates a data file


def test_print_reflection_by_id(data_dir: Path, tmp_path: Path) -> None:
    from app.services.printing import reading_store

    with reading_store(data_dir / "wardhuddle.sqlite3") as store:
        item = store.reflections.search(store.current_ward_id())[0].reflection
    result = wardhuddle(
        "print", "reflection", "--id", item.id, "--out", str(tmp_path / "r.pdf"), "--data-dir", str(data_dir)
    )
    assert result.returncode == 0, result.stderr
    assert item.learned.split()[0] in text_of(tmp_path / "r.pdf")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["huddle", "--date", "2025-01-01"], "There is no huddle sheet for Ward 7 (Respiratory) on 01 Jan 2025."),
        (["huddle", "--date", "2026-11-19", "--slot", "Night"], "There is no night huddle sheet"),
        (["huddle", "--date", "2026-11-19", "--ward", "Ward 99"], "There is no ward called 'Ward 99'"),
        (["huddle", "--date", "19/11/2026"], "'19/11/2026' is not a date: write it like 2026-11-19"),
        (["week", "--week", "2026-W60"], "2026 has no week 60."),
        (["reflection", "--id", "no-such-id"], "There is no reflection with the id 'no-such-id'."),
        (["blank", "pdsa"], "invalid choice: 'pdsa'"),
    ],
)
def test_unknown_dates_wards_weeks_and_ids_give_one_line_and_exit_2(
    data_dir: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    out = tmp_path / "x.pdf"
    one_line_exit_2(wardhuddle("print", *args, "--out", str(out), "--data-dir", str(data_dir)), words)
    assert not out.exists()


def test_a_missing_folder_or_data_file_gives_one_line_and_exit_2(data_dir: Path, tmp_path: Path) -> None:
    one_line_exit_2(wardhuddle("print", "blank", "huddle", "--out", str(tmp_path / "nope" / "b.pdf")), "does not exist")
    one_line_exit_2(
        wardhuddle(
            "print",
            "huddle",
            "--date",
            "2026-11-19",
            "--out",
            str(tmp_path / "a.pdf"),
            "--data-dir",
            str(tmp_path / "empty"),
        ),
        "There is no Ward Huddle data in",
    )
    assert not (tmp_path / "empty").exists()


def test_the_print_command_never_loads_qt(data_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "app",
            "print",
            "huddle",
            "--date",
            "2026-11-19",
            "--out",
            str(tmp_path / "s.pdf"),
            "--data-dir",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert not {m for m in imported if m.startswith(("PySide6", "shiboken6", "pyqtgraph", "sqlite_utils"))}


def test_print_a_pdsa_cycle_and_a_project_by_id(tmp_path) -> None:
    import subprocess
    import sys

    from pypdf import PdfReader

    from app.services.store import open_store

    data = tmp_path / "demo"
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    assert subprocess.run([sys.executable, "-m", "app", "demo", "--data-dir", str(data)], env=env).returncode == 0
    store = open_store(data / "wardhuddle.sqlite3")
    ward_id = store.current_ward_id()
    project = store.projects.list_for_ward(ward_id)[0]
    assert project is not None
    cycle = store.projects.cycles_for(project.id)[0]
    store.close()
    for what, record_id, words in (
        ("pdsa", cycle.id, cycle.change_tested or project.title),
        ("project", project.id, project.title),
    ):
        out = tmp_path / f"{what}.pdf"
        result = subprocess.run(
            [sys.executable, "-m", "app", "print", what, "--id", record_id, "--out", str(out), "--data-dir", str(data)],
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        text = " ".join(page.extract_text() for page in PdfReader(out).pages)
        assert " ".join(words.split())[:30] in " ".join(text.split())
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "print",
            "project",
            "--id",
            "no-such-id",
            "--out",
            str(tmp_path / "x.pdf"),
            "--data-dir",
            str(data),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_a_week_with_nothing_recorded_prints_nothing_says_so_and_exits_1(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "w.pdf"
    result = wardhuddle("print", "week", "--week", "2020-W01", "--out", str(out), "--data-dir", str(data_dir))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Nothing was recorded for Ward 7 (Respiratory) in 2020-W01" in lines[0]
    assert not out.exists()


def test_out_follows_a_symlink_and_replaces_its_target_with_the_users_permissions(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "real" / "sheet.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    target.chmod(0o644)
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    result = wardhuddle("print", "huddle", "--date", "2026-11-19", "--out", str(link), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == target  # the link is still a link
    assert target.read_bytes().startswith(b"%PDF") and (target.stat().st_mode & 0o777) == 0o644
    assert sorted(p.name for p in target.parent.iterdir()) == ["sheet.pdf"]  # no temporary file left
    new = tmp_path / "new.pdf"
    old_mask = os.umask(0o022)
    try:
        assert wardhuddle("print", "blank", "huddle", "--out", str(new)).returncode == 0
    finally:
        os.umask(old_mask)
    assert (new.stat().st_mode & 0o777) == 0o644  # the umask's permissions, not 0600


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full", "/dev/zero"])
def test_out_refuses_a_device_with_one_line(tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} is not on this system")
    before = os.stat(device)
    result = wardhuddle("print", "blank", "huddle", "--out", device)
    one_line_exit_2(result, "is a device, not a file")
    after = os.stat(device)
    assert (after.st_mode, after.st_rdev) == (before.st_mode, before.st_rdev)  # still the device


def test_out_refuses_a_folder_and_a_link_to_a_device_with_one_line(tmp_path: Path) -> None:
    one_line_exit_2(wardhuddle("print", "blank", "huddle", "--out", str(tmp_path)), "is a folder: give a file name")
    link = tmp_path / "sneaky.pdf"
    link.symlink_to("/dev/null")
    one_line_exit_2(wardhuddle("print", "blank", "huddle", "--out", str(link)), "is a device, not a file")
    assert link.is_symlink()


def test_an_id_that_never_existed_is_not_called_deleted(data_dir: Path, tmp_path: Path) -> None:
    for kind in ("pdsa", "project"):
        result = wardhuddle(
            "print", kind, "--id", "nope", "--out", str(tmp_path / "x.pdf"), "--data-dir", str(data_dir)
        )
        one_line_exit_2(result, "with the id 'nope'")
        assert "deleted" not in result.stderr
