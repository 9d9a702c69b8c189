"""Every location the app uses, resolved in one place.

Order for the data folder: an explicit ``--data-dir`` argument, then the ``WARDHUDDLE_DATA_DIR``
environment variable, then platformdirs' per-user data folder. Other layers receive the paths
they need as arguments; only bootstrap and the CLI call this module.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app import APP_ID, ORG_NAME

DATA_DIR_ENV = "WARDHUDDLE_DATA_DIR"
DATABASE_NAME = "wardhuddle.sqlite3"
DEMO_FOLDER = "demo-ward"  # the demo ward lives in its own data file, inside the real data folder


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"

    @property
    def is_demo(self) -> bool:
        return self.data_dir.name == DEMO_FOLDER

    def demo(self) -> AppPaths:
        """The demo ward's own data folder (and file), apart from real data."""
        return self if self.is_demo else AppPaths(self.data_dir / DEMO_FOLDER)

    def real(self) -> AppPaths:
        """The real data folder this demo sits in (itself, if this is not the demo)."""
        return AppPaths(self.data_dir.parent) if self.is_demo else self


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_ID, ORG_NAME, roaming=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_data_dir()


def app_paths(explicit: str | os.PathLike[str] | None = None) -> AppPaths:
    return AppPaths(resolve_data_dir(explicit))


def resource_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
