"""Offices and their letterhead (kop surat) data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.auth.permissions import Actor, Permission
from app.services.base import ServiceContext
from app.store.models import Office

MINISTRY = "Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia"
DIRECTORATE_GENERAL = "Direktorat Jenderal Imigrasi"


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    name: str
    timezone: str
    ministry: str
    directorate_general: str
    regional_office: str
    address: str
    city: str
    phone: str
    email: str
    website: str

    @classmethod
    def of(cls, office: Office) -> OfficeInfo:
        return cls(office.code, office.name, office.timezone, office.ministry,
                   office.directorate_general, office.regional_office, office.address,
                   office.city, office.phone, office.email, office.website)


class OfficeService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def current(self) -> OfficeInfo | None:
        """The office this workstation is configured for (reference data, readable by all)."""
        with self._ctx.store.read() as session:
            office = session.get(Office, self._ctx.config.office_code)
            return OfficeInfo.of(office) if office else None

    def list_offices(self) -> list[OfficeInfo]:
        with self._ctx.store.read() as session:
            return [OfficeInfo.of(o) for o in session.execute(
                select(Office).order_by(Office.code)).scalars()]

    def save(self, actor: Actor, info: OfficeInfo) -> OfficeInfo:
        """Create or update an office's reference data."""
        with self._ctx.change(actor, Permission.ADMIN_ACCESS) as uow:
            office = uow.session.get(Office, info.code)
            before = OfficeInfo.of(office).__dict__ if office else None
            if office is None:
                office = Office(code=info.code)
                uow.session.add(office)
            for name, value in info.__dict__.items():
                setattr(office, name, value)
            uow.audit("office.saved", "office", info.code, before=before, after=info.__dict__)
            uow.outbox("office", info.code, "upsert", info.__dict__)
            return info

    def ensure_configured(self, actor: Actor) -> OfficeInfo:
        """Make sure the configured office exists, created from the config when missing."""
        existing = self.current()
        if existing is not None:
            return existing
        cfg = self._ctx.config
        return self.save(actor, OfficeInfo(
            code=cfg.office_code, name=cfg["office.name"], timezone=cfg["office.timezone"],
            ministry=MINISTRY, directorate_general=DIRECTORATE_GENERAL, regional_office="",
            address="", city="", phone="", email="", website=""))
