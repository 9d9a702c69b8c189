"""Imports every ``app/services/demo_<feature>.py`` module; each registers its demo step with
``@demo_step`` (see app/services/demo.py), so adding a feature's demo data touches no shared file."""

import importlib
import pkgutil

import app.services as _services

for _module in sorted(m.name for m in pkgutil.iter_modules(_services.__path__) if m.name.startswith("demo_") and m.name != "demo_steps"):
    importlib.import_module(f"app.services.{_module}")
