"""The printing fonts' cache (app/reports/fonts.py): what reportlab reads from a TrueType file is
kept and read back, giving the same face and the same embedded subset; a broken cache is read
past, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import resource
from app.reports import fonts


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(fonts, "cache_dir", lambda: folder)
    return folder


def same_face(read, cached) -> None:
    assert set(read.__dict__) == set(cached.__dict__)
    for key, value in read.__dict__.items():
        if key != "_pdfScale":
            assert cached.__dict__[key] == value, key
            assert type(cached.__dict__[key]) is type(value), key
    assert cached._pdfScale(1234) == read._pdfScale(1234)


def test_a_cached_face_is_the_face_read_from_the_file(cache: Path) -> None:
    path = resource("fonts", "DejaVuSans.ttf")
    first = fonts.read_face(path)  # read from the file, and cached
    assert len(list(cache.glob("DejaVuSans-*.marshal"))) == 1
    again = fonts.read_face(path)  # from the cache
    same_face(first, again)
    names = "Siân Zoë Łukasz Nguyễn Thị Lan – £ ✓ ☐ ☒"
    subset = [first.charToGlyph[ord(c)] and ord(c) for c in dict.fromkeys(names)]
    assert again.makeSubset(subset) == first.makeSubset(subset)  # the same font embedded in the PDF


def test_a_damaged_cache_is_read_past(cache: Path) -> None:
    path = resource("fonts", "DejaVuSans-Bold.ttf")
    first = fonts.read_face(path)
    (cached,) = cache.glob("DejaVuSans-Bold-*.marshal")
    cached.write_bytes(b"not a cache")
    same_face(first, fonts.read_face(path))
    assert cached.read_bytes() != b"not a cache"  # written again


def test_a_print_from_the_cache_still_embeds_its_fonts(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg-cache")}
    made = []
    for n in range(2):  # the first print fills the cache, the second reads from it
        out = tmp_path / f"blank-{n}.pdf"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(tmp_path / "data"),
                "print",
                "blank",
                "huddle",
                "--out",
                str(out),
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        made.append(out.read_bytes())
    assert len(list((tmp_path / "xdg-cache").rglob("DejaVuSans*.marshal"))) == 2
    for data in made:
        assert data.count(b"/FontFile2") == 2 and b"DejaVuSans" in data  # both faces embedded
