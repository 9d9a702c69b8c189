"""Schema steps, one module per feature; importing this package registers them all in order."""

from app.storage.schema import s001_foundation  # noqa: F401
