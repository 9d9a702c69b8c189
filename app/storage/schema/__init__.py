"""Schema steps, one module per feature, named ``sNNN_<feature>.py``; importing this package
imports every such module, which registers its steps. Step numbers must run 1, 2, 3... without
gaps (checked in app/storage/migrations.py): take the next free number."""

import importlib
import pkgutil

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name[:1] == "s" and m.name[1:4].isdigit()):
    importlib.import_module(f"{__name__}.{_module}")
