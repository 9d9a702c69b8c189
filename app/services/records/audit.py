"""Reading the audit log (writing happens inside each audited action's transaction)."""

from __future__ import annotations

from app.domain.audit import AuditEntry
from app.services.context import ServiceContext
from app.storage.repositories.audit import AuditRepository


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.repo = AuditRepository(ctx.database)

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        return self.repo.recent(limit)
