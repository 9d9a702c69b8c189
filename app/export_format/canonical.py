"""Canonical JSON and content hashes: the byte form every record line and hash is built from.

Canonical form: keys sorted, compact separators (``,`` and ``:``), every string (keys too)
NFC-normalised, non-ASCII kept as UTF-8 (``ensure_ascii=False``), NaN and infinity refused.
Equal content therefore always gives equal bytes, whichever device or Python wrote it.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping


def _normalise(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        out: dict[str, object] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"JSON object keys must be text, not {type(key).__name__}: {key!r}")
            nfc_key = unicodedata.normalize("NFC", key)
            if nfc_key in out:
                raise ValueError(f"Two keys are the same text after Unicode normalisation: {key!r}")
            out[nfc_key] = _normalise(item)
        return out
    if isinstance(value, (list, tuple)):
        return [_normalise(item) for item in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    raise ValueError(f"Cannot store a {type(value).__name__} in an export; use text, numbers, lists or objects")


def canonical_json(obj: object) -> bytes:
    """Canonical UTF-8 JSON bytes of ``obj`` (ValueError for values JSON cannot hold exactly)."""
    normalised = _normalise(obj)
    try:
        text = json.dumps(normalised, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return text.encode("utf-8")
    except (ValueError, OverflowError) as exc:  # NaN/infinity, or a lone surrogate in a string
        raise ValueError(f"Value cannot be written as canonical JSON: {exc}") from None


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def content_sha256(fields: Mapping[str, object]) -> str:
    """SHA-256 of the canonical JSON of a record's content fields (never its envelope)."""
    return sha256_hex(canonical_json(fields))
