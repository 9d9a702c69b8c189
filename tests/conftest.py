"""Shared test set-up.

Qt runs offscreen, and a Qt that cannot load FAILS the run (never a silent skip). No test touches
real user data: the data folder is pointed at a temporary folder for every test. An empty
current-schema database is built once per session and copied per test (Anki's getEmptyCol()).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("WARDHUDDLE_DATA_DIR", str(data))
    return data


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.store import open_store

    path = tmp_path_factory.mktemp("template") / "wardhuddle.sqlite3"
    store = open_store(path)
    store.close()
    return path


@pytest.fixture
def database_path(tmp_path: Path, template_database: Path) -> Path:
    target = tmp_path / "data" / "wardhuddle.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_database, target)
    return target


@pytest.fixture
def store(database_path: Path) -> Iterator:
    from app.services.store import open_store

    opened = open_store(database_path)
    yield opened
    opened.close()


@pytest.fixture
def ward(store):  # ANN201
    from app.domain.ward import WardDetails

    created, _ = store.wards.create_ward(
        WardDetails(name="Ward 7 (Respiratory)", trust_name="Test Trust", trust_code="RX9", ward_code="W7")
    )
    store.settings.set("current_ward_id", created.id)
    return created


@pytest.fixture(scope="session")
def demo_charts(tmp_path_factory: pytest.TempPathFactory, template_database: Path) -> list:
    """Every measure chart of a 12-week demo ward (with its PDSA cycles), built once: the
    chart-layout tests draw each on screen and on paper."""
    from datetime import date

    from app.demo import DemoPlan, build_demo
    from app.services.store import open_store

    path = tmp_path_factory.mktemp("demo-charts") / "wardhuddle.sqlite3"
    shutil.copyfile(template_database, path)
    store = open_store(path)
    try:
        build_demo(store, DemoPlan(weeks=12, end=date(2026, 12, 4)))
        ward_id = store.current_ward_id()
        return [
            (chart, store.projects.annotations_for_measure(measure.id))
            for measure, chart in store.measures.overview(ward_id)
        ]
    finally:
        store.close()
