"""Typed app settings: defaults from the catalogue, stored values from the database."""

from __future__ import annotations

from typing import Any

from app.domain.envelope import utc_iso
from app.domain.settings_catalog import SETTINGS, spec_for
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.storage.repositories.settings import SettingsRepository


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.repo = SettingsRepository(ctx.database)

    def all(self) -> dict[str, Any]:
        stored = self.repo.stored()
        values: dict[str, Any] = {}
        for spec in SETTINGS:
            try:
                values[spec.key] = spec.coerce(stored[spec.key]) if spec.key in stored else spec.default
            except Exception:  # a bad stored value falls back to the default
                values[spec.key] = spec.default
        return values

    def get(self, key: str) -> Any:
        return self.all()[spec_for(key).key]

    def set(self, key: str, value: Any) -> Changes:
        return self.set_many({key: value})

    def set_many(self, values: dict[str, Any]) -> Changes:
        clean = {key: spec_for(key).coerce(value) for key, value in values.items()}
        now = utc_iso(self.ctx.now())
        with self.ctx.database.write():
            for key, value in clean.items():
                self.repo.put(key, value, now)
        return Changes.SETTINGS
