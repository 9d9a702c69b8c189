"""app.export_format loads its parts on first use: every public name still resolves, and writing a
file atomically (what `wardhuddle print` needs from it) no longer imports the zip reader and
writer, json or csv (the print command's start-up time)."""

from __future__ import annotations

import subprocess
import sys

import app.export_format as exchange


def test_every_public_name_resolves_from_its_module() -> None:
    for name in exchange.__all__:
        value = getattr(exchange, name)
        assert value is not None and name in dir(exchange)
    assert exchange.read_export.__module__ == "app.export_format.package_reader"


def test_write_atomically_alone_leaves_the_zip_and_record_code_unloaded() -> None:
    code = (
        "import sys\n"
        "from app.export_format import write_atomically\n"
        "import app.services.printing\n"
        "heavy = {'zipfile', 'csv', 'app.export_format.package_reader', 'app.export_format.package_writer',\n"
        "         'app.export_format.record_lines', 'app.export_format.csv_writer'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
