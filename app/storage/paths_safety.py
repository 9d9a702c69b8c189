"""Gather the facts app/domain/data_location.py decides on, for a real path on this computer:
the drive type (Windows ``GetDriveTypeW``), the mount's file-system type (Linux), the sync folders
the environment and Dropbox name. Called by ``open_store`` before the live database is opened."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from app.domain.data_location import LocationVerdict, UnsafeDataLocation, classify_data_location

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the CLI prints its own one line; the GUI's log file still gets these


def _windows_drive_type(root: str) -> int:
    import ctypes

    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]
    except Exception:  # unknown is treated as local; the path checks still apply
        return 0


def _linux_fs_type(path: Path, mounts_file: Path = Path("/proc/self/mounts")) -> str:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, best_type = "", ""
    text = str(path)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (text == mount_point or text.startswith(prefix) or mount_point == "/") and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _dropbox_roots(env: Mapping[str, str]) -> list[str]:
    candidates = [Path(env[name]) / "Dropbox" / "info.json" for name in ("APPDATA", "LOCALAPPDATA") if env.get(name)]
    candidates.append(Path.home() / ".dropbox" / "info.json")
    roots: list[str] = []
    for candidate in candidates:
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for account in data.values() if isinstance(data, dict) else ():
            if isinstance(account, dict) and isinstance(account.get("path"), str):
                roots.append(account["path"])
    return roots


def classify_path(path: Path, env: Mapping[str, str] | None = None) -> LocationVerdict:
    """The verdict for ``path`` as written and as resolved (a symlink or a mapped drive may
    point somewhere else); the first unsafe one wins."""
    env = os.environ if env is None else env
    windows = os.name == "nt"
    literal = Path(os.path.abspath(path))
    try:
        resolved = Path(path).resolve()
    except OSError:
        resolved = literal
    cloud_roots = _dropbox_roots(env)
    for candidate in dict.fromkeys([literal, resolved]):
        verdict = classify_data_location(
            str(candidate),
            windows=windows,
            env=env,
            drive_type=_windows_drive_type if windows else None,
            fs_type=_linux_fs_type(candidate) if sys.platform.startswith("linux") else "",
            cloud_roots=cloud_roots,
        )
        if not verdict.safe:
            return verdict
    return LocationVerdict("local")


def check_live_database_location(database_path: Path, *, suggested: str = "") -> None:
    """Raise UnsafeDataLocation (a DataFolderError) if the live database may not live here."""
    verdict = classify_path(Path(database_path).parent)
    if verdict.safe:
        return
    folder = str(Path(database_path).parent)
    log.info("refused data folder on %s (%s)", verdict.kind, verdict.service)
    raise UnsafeDataLocation(verdict.explanation(folder, suggested), verdict, suggested)
