"""R4: the live database is refused on network paths, removable disks and in cloud-synced folders
(fake inputs describe each kind of PC; app/domain/data_location.py is pure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.data_location import (
    CLOUD,
    DRIVE_FIXED,
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    LOCAL,
    NETWORK,
    REMOVABLE,
    UnsafeDataLocation,
    classify_data_location,
)
from app.errors import DataFolderError

WINDOWS_ENV = {
    "OneDrive": r"C:\Users\sian.evans\OneDrive - Northshire NHS FT",
    "OneDriveCommercial": r"C:\Users\sian.evans\OneDrive - Northshire NHS FT",
    "OneDriveConsumer": r"C:\Users\sian.evans\OneDrive",
    "LOCALAPPDATA": r"C:\Users\sian.evans\AppData\Local",
}
DRIVES = {"C": DRIVE_FIXED, "D": DRIVE_FIXED, "H": DRIVE_REMOTE, "S": DRIVE_REMOTE, "E": DRIVE_REMOVABLE}


def windows(path: str, env: dict[str, str] | None = None, cloud_roots: tuple[str, ...] = ()) -> tuple[str, str]:
    verdict = classify_data_location(
        path,
        windows=True,
        env=WINDOWS_ENV if env is None else env,
        drive_type=lambda root: DRIVES.get(root[0].upper(), 0),
        cloud_roots=cloud_roots,
    )
    return verdict.kind, verdict.service


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"C:\Users\sian.evans\AppData\Local\WardHuddle\wardhuddle", LOCAL),
        (r"C:\ProgramData\WardHuddle", LOCAL),
        (r"D:\WardData", LOCAL),
        (r"c:\users\sian.evans\appdata\local\microsoft\onedrive\logs", LOCAL),  # OneDrive's program folder
        (r"\\trust-fs01\wards\ward7", NETWORK),
        ("//trust-fs01/wards/ward7", NETWORK),
        (r"\\?\UNC\trust-fs01\wards\ward7", NETWORK),
        (r"H:\My Documents\huddle", NETWORK),
        (r"s:\Ward 7", NETWORK),
        (r"E:\huddle", REMOVABLE),
        (r"C:\Users\sian.evans\OneDrive - Northshire NHS FT\Documents\huddle", CLOUD),
        (r"c:\users\SIAN.EVANS\onedrive - northshire nhs ft\Desktop", CLOUD),  # case-insensitive
        (r"C:\Users\sian.evans\OneDrive\huddle", CLOUD),
        (r"C:\Users\sian.evans\Dropbox\huddle", CLOUD),
        (r"C:\Users\sian.evans\Dropbox (Northshire)\huddle", CLOUD),
        (r"G:\My Drive\huddle", CLOUD),
        (r"C:\Users\sian.evans\Google Drive\huddle", CLOUD),
        (r"C:\Users\sian.evans\iCloudDrive\huddle", CLOUD),
        (r"\\?\C:\WardData", LOCAL),
    ],
)
def test_windows_paths_are_classified(path: str, kind: str) -> None:
    assert windows(path)[0] == kind


def test_onedrive_is_found_from_the_environment_even_when_renamed() -> None:
    env = {"OneDriveCommercial": r"D:\Sync\Trust files"}
    assert windows(r"D:\Sync\Trust files\huddle", env) == (CLOUD, "OneDrive")
    assert windows(r"D:\Sync\Other", env)[0] == LOCAL
    assert windows(r"D:\Sync\Trust files extra\huddle", env)[0] == LOCAL  # a prefix of a name is not "under"


def test_a_dropbox_folder_named_in_its_info_file_is_cloud() -> None:
    assert windows(r"D:\Team share\huddle", {}, cloud_roots=(r"D:\Team share",))[0] == CLOUD


@pytest.mark.parametrize(
    ("path", "fs_type", "kind"),
    [
        ("/home/sian/.local/share/wardhuddle", "ext4", LOCAL),
        ("/home/sian/.local/share/wardhuddle", "", LOCAL),
        ("/mnt/wards/ward7", "cifs", NETWORK),
        ("/mnt/wards/ward7", "nfs4", NETWORK),
        ("/home/sian/remote", "fuse.sshfs", NETWORK),
        ("/home/sian/Dropbox/huddle", "ext4", CLOUD),
        ("/Users/sian/Library/Mobile Documents/com~apple~CloudDocs/huddle", "apfs", CLOUD),
        ("/Users/sian/Library/CloudStorage/OneDrive-Northshire/huddle", "apfs", CLOUD),
        ("/Users/sian/Library/CloudStorage/GoogleDrive-sian@nhs.net/My Drive", "apfs", CLOUD),
    ],
)
def test_linux_and_mac_paths_are_classified(path: str, fs_type: str, kind: str) -> None:
    assert classify_data_location(path, windows=False, env={}, fs_type=fs_type).kind == kind


def test_the_explanation_is_plain_and_offers_the_local_folder() -> None:
    verdict = classify_data_location(r"\\trust-fs01\wards", windows=True, env={})
    text = verdict.explanation(r"\\trust-fs01\wards", r"C:\Users\sian\AppData\Local\WardHuddle\wardhuddle")
    assert "will not keep its data file on a network share" in text
    assert "damaged" in text
    assert text.endswith(r"The usual place on this computer is C:\Users\sian\AppData\Local\WardHuddle\wardhuddle.")


def test_open_store_refuses_a_cloud_synced_folder_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.store import open_store

    synced = tmp_path / "OneDrive - Northshire NHS FT"
    monkeypatch.setenv("OneDriveCommercial", str(synced))
    with pytest.raises(UnsafeDataLocation, match="keeps in sync") as caught:
        open_store(synced / "huddle" / "wardhuddle.sqlite3")
    assert isinstance(caught.value, DataFolderError)  # the CLI prints one line and exits 2
    assert not (synced / "huddle" / "wardhuddle.sqlite3").exists()


def test_the_cli_refuses_a_synced_data_folder_with_one_line_and_exit_2(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    folder = tmp_path / "Dropbox" / "ward"
    result = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Dropbox" in result.stderr


def test_linux_mount_table_lookup_picks_the_longest_mount_point(tmp_path: Path) -> None:
    from app.storage.paths_safety import _linux_fs_type

    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n//fs01/wards /mnt/wards cifs rw 0 0\nserver:/x /mnt/wards/nfs nfs4 rw 0 0\n"
    )
    assert _linux_fs_type(Path("/mnt/wards/ward7"), mounts) == "cifs"
    assert _linux_fs_type(Path("/mnt/wards/nfs/a"), mounts) == "nfs4"
    assert _linux_fs_type(Path("/mnt/wardsx"), mounts) == "ext4"
    assert _linux_fs_type(Path("/home"), tmp_path / "missing") == ""
