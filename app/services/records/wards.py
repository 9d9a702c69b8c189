"""Use cases for wards and their staff lists."""

from __future__ import annotations

from app.domain.ward import StaffMember, Ward, WardDetails, validate_staff_name
from app.errors import ValidationError
from app.services.changes import Changes
from app.services.context import ServiceContext
from app.storage.repositories.wards import StaffRepository, WardRepository


class WardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.wards = WardRepository(ctx.database)
        self.staff = StaffRepository(ctx.database)

    # -- wards -------------------------------------------------------------------------
    def list_wards(self) -> list[Ward]:
        return self.wards.all()

    def get(self, ward_id: str) -> Ward:
        return self.wards.get(ward_id)

    def find(self, ward_id: str) -> Ward | None:
        return self.wards.find(ward_id)

    def find_by_code_or_name(self, text: str) -> Ward | None:
        wanted = text.strip().lower()
        for ward in self.wards.all():
            if wanted in (ward.details.ward_code.lower(), ward.name.lower(), ward.id):
                return ward
        return None

    def create_ward(self, details: WardDetails) -> tuple[Ward, Changes]:
        clean = details.validated()
        with self.ctx.database.write():
            ward = self.wards.add(clean, self.ctx.write_context())
            self.ctx.audit("ward created", {"wards": 1})
        return ward, Changes.WARDS

    def update_ward(self, ward_id: str, expected_rev: int, details: WardDetails) -> tuple[Ward, Changes]:
        clean = details.validated()
        with self.ctx.database.write():
            ward = self.wards.update(ward_id, expected_rev, clean, self.ctx.write_context())
        return ward, Changes.WARDS

    # -- staff -------------------------------------------------------------------------
    def staff_for(self, ward_id: str, *, include_retired: bool = False) -> list[StaffMember]:
        return self.staff.for_ward(ward_id, include_retired=include_retired)

    def _check_role(self, ward_id: str, role: str) -> str:
        ward = self.wards.get(ward_id)
        if role not in ward.details.staff_roles:
            raise ValidationError(f"'{role}' is not one of this ward's staff roles.", "role")
        return role

    def add_staff(self, ward_id: str, name: str, role: str) -> tuple[StaffMember, Changes]:
        clean = validate_staff_name(name)
        role = self._check_role(ward_id, role)
        existing = [s for s in self.staff.for_ward(ward_id) if s.name.lower() == clean.lower()]
        if existing:
            raise ValidationError(f"{clean} is already on this ward's staff list.", "name")
        with self.ctx.database.write():
            member = self.staff.add(ward_id, clean, role, self.ctx.write_context())
        return member, Changes.STAFF

    def update_staff(
        self, staff_id: str, expected_rev: int, *, name: str, role: str, retired: bool = False
    ) -> tuple[StaffMember, Changes]:
        clean = validate_staff_name(name)
        current = self.staff.get(staff_id)
        role = self._check_role(current.envelope.ward_id, role)
        with self.ctx.database.write():
            member = self.staff.update(
                staff_id, expected_rev, name=clean, role=role, retired=retired, ctx=self.ctx.write_context()
            )
        return member, Changes.STAFF

    def retire_staff(self, staff_id: str, expected_rev: int) -> tuple[StaffMember, Changes]:
        current = self.staff.get(staff_id)
        return self.update_staff(staff_id, expected_rev, name=current.name, role=current.role, retired=True)
