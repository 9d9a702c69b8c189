"""``wardhuddle check`` and the Check data menu item."""

from __future__ import annotations

from pathlib import Path

from app.errors import StorageError
from app.storage.database import open_database
from app.storage.integrity import IntegrityReport, check_database
from app.storage.migrations import current_schema_version


def check_data_file(database_path: Path) -> IntegrityReport:
    """Run every check on a data file, read-only: the check itself never changes the file."""
    expected = current_schema_version()
    if not Path(database_path).exists():
        report = IntegrityReport(schema_expected=expected)
        report.problems.append(f"There is no data file at {database_path}.")
        return report
    try:
        database = open_database(Path(database_path), max_schema=expected, read_only=True)
    except StorageError as error:
        report = IntegrityReport(schema_expected=expected, quick_ok=False)
        report.problems.append(str(error))
        return report
    try:
        return check_database(database, expected_schema=expected)
    finally:
        database.close()
