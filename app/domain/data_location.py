"""Is this a safe place for the live database? A pure decision on a path and facts about it.

SQLite's locking and syncing are unreliable over network file systems, and sync clients
(OneDrive, Dropbox, Google Drive, iCloud) copy files while they are in use: both have corrupted
other apps' databases (data-safety-and-exchange.md §1.2). The live file must sit on this PC's own
disk; network drives and synced folders are fine for *copies* of verified backups.

Everything this module needs is passed in (the environment, the drive type of a Windows drive
letter, the file-system type of a mount), so tests can describe any PC. app/storage/paths_safety.py
gathers the real facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from app.errors import DataFolderError

LOCAL, NETWORK, CLOUD, REMOVABLE = "local", "network", "cloud", "removable"

# Windows GetDriveTypeW results
DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM, DRIVE_RAMDISK = range(7)

# Environment variables the sync clients set to their folders (OneDrive sets all three on Windows).
CLOUD_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

# Linux / macOS file-system types that live on another machine.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "fuse.rclone",
        "fuse.s3fs",
    }
)


class UnsafeDataLocation(DataFolderError):
    """The live database was asked to live on a network drive, a removable disk or inside a
    cloud-synced folder. ``verdict`` says which; ``suggested`` is the local folder to offer."""

    def __init__(self, message: str, verdict: LocationVerdict, suggested: str = "") -> None:
        super().__init__(message)
        self.verdict = verdict
        self.suggested = suggested


@dataclass(frozen=True)
class LocationVerdict:
    kind: str  # LOCAL, NETWORK, CLOUD or REMOVABLE
    service: str = ""  # "OneDrive", "Dropbox", "a network drive"...: for the explanation

    @property
    def safe(self) -> bool:
        return self.kind == LOCAL

    def explanation(self, folder: str, suggested: str = "") -> str:
        if self.safe:
            return ""
        where = {
            NETWORK: f"on {self.service or 'a network drive'}",
            CLOUD: f"inside a folder that {self.service or 'a cloud service'} keeps in sync",
            REMOVABLE: "on a removable disk such as a USB stick",
        }[self.kind]
        why = {
            NETWORK: "Over a network the file can be damaged when the connection drops or two computers write at once.",
            CLOUD: "Sync software copies the file while Ward Huddle is writing it, which can damage it or lose recent work.",
            REMOVABLE: (
                "A removable disk can be pulled out mid-save, and many do not really save when asked, "
                "which damages the file."
            ),
        }[self.kind]
        text = (
            f"Ward Huddle will not keep its data file {where} ({folder}). {why} "
            "Keep the data file on this computer's own disk; a network drive is fine for the second backup folder."
        )
        if suggested:
            text += f" The usual place on this computer is {suggested}."
        return text


def _windows_parts(path: str) -> tuple[str, list[str]]:
    """(drive or UNC prefix, lower-cased folder names) of a Windows path."""
    text = path.replace("/", "\\")
    if text.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]
    if text.startswith("\\\\"):
        return "unc", [p.casefold() for p in text[2:].split("\\") if p]
    match = re.match(r"^([A-Za-z]):", text)
    drive = match.group(1).upper() if match else ""
    rest = text[2:] if match else text
    return drive, [p.casefold() for p in rest.split("\\") if p]


def _posix_parts(path: str) -> list[str]:
    return [p for p in path.split("/") if p]


def _is_under(path: str, root: str, *, windows: bool) -> bool:
    if not root.strip():
        return False
    if windows:
        _d1, p = _windows_parts(path)
        _d2, r = _windows_parts(root)
        return _d1 == _d2 and len(p) >= len(r) and p[: len(r)] == r
    p, r = _posix_parts(path), _posix_parts(root)
    return len(p) >= len(r) and p[: len(r)] == r


def _cloud_by_name(parts: Iterable[str]) -> str:
    """Folder names the sync clients create (compared case-insensitively)."""
    names = [p.casefold() for p in parts]
    for index, name in enumerate(names):
        if name == "dropbox" or name.startswith("dropbox (") or name.startswith("dropbox-"):
            return "Dropbox"
        if name == "onedrive" or name.startswith("onedrive - ") or name.startswith("onedrive-"):
            if index > 0 and names[index - 1] == "microsoft":
                continue  # AppData\Local\Microsoft\OneDrive is the program, not a synced folder
            return "OneDrive"
        if name in {"google drive", "googledrive", "my drive", "shared drives"} or name.startswith("googledrive-"):
            return "Google Drive"
        if name in {"icloud drive", "iclouddrive", "icloud~com~apple~clouddocs", "com~apple~clouddocs"}:
            return "iCloud"
        if name == "mobile documents" and index > 0 and names[index - 1] == "library":
            return "iCloud"
        if name == "cloudstorage" and index > 0 and names[index - 1] == "library":
            return "a cloud storage service"  # macOS File Provider: OneDrive, Dropbox, Google Drive, Box...
    return ""


def classify_data_location(
    path: str,
    *,
    windows: bool,
    env: Mapping[str, str],
    drive_type: Callable[[str], int] | None = None,
    fs_type: str = "",
    cloud_roots: Iterable[str] = (),
) -> LocationVerdict:
    """Where would a database at ``path`` live? ``path`` should be absolute and resolved.

    * ``windows``: interpret the path the Windows way (UNC, drive letters, case-insensitive).
    * ``env``: the environment (OneDrive, OneDriveCommercial, OneDriveConsumer folders).
    * ``drive_type``: GetDriveTypeW for a root such as ``"S:\\"`` (Windows only).
    * ``fs_type``: the file-system type of the mount holding the path (Linux/macOS), if known.
    * ``cloud_roots``: other known sync folders (Dropbox's info.json, for example).
    """
    if windows:
        drive, parts = _windows_parts(path)
        if drive == "unc":
            server = parts[0] if parts else ""
            return LocationVerdict(NETWORK, f"a network share (\\\\{server})" if server else "a network share")
    else:
        drive, parts = "", [p.casefold() for p in _posix_parts(path)]
        if path.startswith("//"):
            return LocationVerdict(NETWORK, "a network share")
    for name in CLOUD_ENV_VARS:
        root = env.get(name, "")
        if root and _is_under(path, root, windows=windows):
            return LocationVerdict(CLOUD, "OneDrive")
    for root in cloud_roots:
        if root and _is_under(path, root, windows=windows):
            return LocationVerdict(CLOUD, "a cloud sync service")
    service = _cloud_by_name(parts)
    if service:
        return LocationVerdict(CLOUD, service)
    if windows and drive and drive_type is not None:
        kind = drive_type(f"{drive}:\\")
        if kind == DRIVE_REMOTE:
            return LocationVerdict(NETWORK, f"a network drive ({drive}:)")
        if kind in (DRIVE_REMOVABLE, DRIVE_CDROM):
            return LocationVerdict(REMOVABLE, f"a removable disk ({drive}:)")
    if fs_type and (fs_type.casefold() in NETWORK_FS_TYPES or fs_type.casefold().startswith("nfs")):
        return LocationVerdict(NETWORK, f"a network file system ({fs_type})")
    return LocationVerdict(LOCAL)
