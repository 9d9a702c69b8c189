"""app.exchange loads its parts on first use: every public name still resolves, and writing a
file atomically (what `wardhuddle print` needs from it) no longer imports the zip reader and
writer, json or csv (the print command's start-up time)."""

from __future__ import annotations

import subprocess
import sys

import app.exchange as exchange


def test_every_public_name_resolves_from_its_module() -> None:
    for name in exchange.__all__:
        value = getattr(exchange, name)
        assert value is not None and name in dir(exchange)
    assert exchange.read_export.__module__ == "app.exchange.package_reader"


def test_write_atomically_alone_leaves_the_zip_and_record_code_unloaded() -> None:
    code = (
        "import sys\n"
        "from app.exchange import write_atomically\n"
        "import app.services.printing\n"
        "heavy = {'zipfile', 'csv', 'app.exchange.package_reader', 'app.exchange.package_writer',\n"
        "         'app.exchange.records', 'app.exchange.csv_writer'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
