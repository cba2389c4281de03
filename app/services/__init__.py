"""Use cases. Each checks the caller's permission and audits its changes in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.base import ServiceContext
from app.services.devices import DeviceService
from app.services.offices import OfficeService
from app.services.users import UserService
from devices.registry import DeviceSet


@dataclass(frozen=True)
class Services:
    """Every service of one instance; screens receive this in their constructor."""

    context: ServiceContext
    auth: AuthService
    users: UserService
    audit: AuditService
    devices: DeviceService
    offices: OfficeService

    @classmethod
    def build(cls, context: ServiceContext, devices: DeviceSet) -> Services:
        return cls(context, AuthService(context), UserService(context), AuditService(context),
                   DeviceService(context, devices), OfficeService(context))
