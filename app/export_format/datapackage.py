"""datapackage.json: a Frictionless Data Package v2 descriptor of the CSV copies (R27).

Lets the improvement team validate and load the CSVs with Frictionless tools. Each resource
gives path, format, encoding ("utf-8": the BOM is recognised and skipped by readers), exact
size in bytes, ``sha256:``-prefixed hash and a Table Schema with ``uuid`` as primary key.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.export_format.canonical import sha256_hex
from app.export_format.csv_writer import CsvTable

DATAPACKAGE_NAME = "datapackage.json"
PROFILE_URL = "https://datapackage.org/profiles/2.0/datapackage.json"


def resource_descriptor(name: str, path: str, table: CsvTable) -> dict[str, object]:
    """One tabular resource describing ``table`` stored at ``path`` inside the zip."""
    fields = [{"name": column, "type": kind} for column, kind in zip(table.columns, table.field_types, strict=False)]
    return {
        "name": name,
        "type": "table",
        "path": path,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(table.data),
        "hash": f"sha256:{sha256_hex(table.data)}",
        "schema": {"fields": fields, "primaryKey": ["uuid"], "missingValues": [""]},
    }


def build_datapackage(resources: Sequence[dict[str, object]], *, created: str) -> dict[str, object]:
    """The package descriptor; ``created`` is the export's UTC timestamp."""
    return {
        "$schema": PROFILE_URL,
        "name": "ward-huddle-export",
        "title": "Ward Huddle weekly export (CSV copies for reading; import uses records/*.jsonl)",
        "created": created,
        "resources": list(resources),
    }
