"""Reading an untrusted zip in memory: safe names, size limits, nothing ever written to disk (R29).

Every failure of the zipfile module on hostile or damaged bytes (BadZipFile, zlib errors,
EOFError, NotImplementedError for odd compression or versions, RuntimeError for encryption,
struct or Unicode errors from mangled headers, ...) means the same thing to a user: the file is
damaged. So the zipfile calls here, and only they, turn any exception into ExportCorrupt.
"""

from __future__ import annotations

import io
import re
import zipfile

from app.export_format.errors import ExportCorrupt, ExportFileError, ExportTooLarge, UnsafeMemberName

_DRIVE = re.compile(r"[A-Za-z]:")
_CHUNK = 64 * 1024
_ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name could escape the folder it is extracted into, or None if it is safe."""
    if not name:
        return "has an empty name"
    if name.startswith(("/", "\\")):
        return "has an absolute path"
    if _DRIVE.match(name):
        return "names a drive"
    if "\\" in name:
        return "uses a backslash in its path"
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        return "has control characters in its name"
    parts = name.split("/")
    if ".." in parts:
        return "points outside the archive ('..')"
    if any(part in ("", ".") for part in parts[:-1]):
        return "has an empty or '.' folder in its path"
    return None


class SafeZip:
    """An in-memory zip whose member names and declared sizes were checked on opening.

    ``read(name)`` decompresses one member, counting the bytes it actually produces against the
    remaining uncompressed budget, so a member that lies about its size is still stopped.
    """

    def __init__(self, data: bytes, *, max_uncompressed_bytes: int) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except Exception as exc:  # any parse failure of hostile bytes is "damaged"
            raise ExportCorrupt("The file is damaged or is not a zip file.") from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        for info in infos:
            for name in {info.filename, info.orig_filename}:
                reason = unsafe_name_reason(name)
                if reason:
                    raise UnsafeMemberName(f"The file is unsafe: a member {reason} ({name[:80]!r}).")
            if info.filename in self._infos:
                raise ExportCorrupt(f"The file is damaged: {info.filename!r} appears twice.")
            if info.flag_bits & 0x1:
                raise ExportCorrupt("The file is damaged: it contains encrypted members.")
            if info.compress_type not in _ALLOWED_COMPRESSION:
                raise ExportCorrupt(f"The file is damaged: {info.filename!r} uses an unsupported compression.")
            self._infos[info.filename] = info
            declared += info.file_size
        if declared > max_uncompressed_bytes:
            raise ExportTooLarge(
                f"The file unpacks to {declared:,} bytes, over the limit of {max_uncompressed_bytes:,}; "
                "it may be a zip bomb."
            )
        self._budget = max_uncompressed_bytes

    @property
    def names(self) -> list[str]:
        """Member names in archive order."""
        return list(self._infos)

    def size(self, name: str) -> int:
        """Declared uncompressed size of a member."""
        return self._infos[name].file_size

    def read(self, name: str) -> bytes:
        """The member's bytes (CRC checked by zipfile); ExportTooLarge past the size budget."""
        info = self._infos[name]
        chunks: list[bytes] = []
        produced = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    produced += len(chunk)
                    if produced > info.file_size or produced > self._budget:
                        raise ExportTooLarge("The file unpacks to more than it declares; it may be a zip bomb.")
                    chunks.append(chunk)
        except ExportFileError:
            raise
        except Exception as exc:  # zlib.error, BadZipFile (bad CRC), EOFError, ... on damaged data
            raise ExportCorrupt(f"The file is damaged: {name!r} cannot be unpacked.") from exc
        self._budget -= produced
        return b"".join(chunks)
