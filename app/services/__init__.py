"""Use cases. Each checks the caller's permission and audits its changes in one transaction."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.auth.permissions import Actor
from app.messaging.gateway import build_gateway
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.base import ServiceContext
from app.services.blanks import BlankService
from app.services.cases import CaseService
from app.services.counter import CounterService
from app.services.devices import DeviceService
from app.services.documents import DocumentService
from app.services.holidays import HolidayService
from app.services.messaging import MessagingService
from app.services.offices import OfficeService
from app.services.permits import PermitService
from app.services.queue import QueueService
from app.services.reference import ReferenceService
from app.services.registers import RegisterService
from app.services.screening import ScreeningService
from app.services.signing import SigningService
from app.services.supervision import SupervisionService
from app.services.users import UserService
from devices.registry import DeviceSet

if TYPE_CHECKING:
    from app.sync.worker import SyncService


_SYNC_LOCK = threading.Lock()


@dataclass(frozen=True)
class Services:
    """Every service of one instance; screens receive this in their constructor."""

    context: ServiceContext
    auth: AuthService
    users: UserService
    audit: AuditService
    devices: DeviceService
    offices: OfficeService
    reference: ReferenceService
    holidays: HolidayService
    screening: ScreeningService
    counter: CounterService
    supervision: SupervisionService
    documents: DocumentService
    signing: SigningService
    registers: RegisterService
    cases: CaseService
    messaging: MessagingService
    permits: PermitService
    queue: QueueService
    blanks: BlankService

    def ensure_reference_data(self, actor: Actor) -> None:
        """Write the office from config, the shipped reference defaults and the holidays of last
        year to next year that the store lacks."""
        self.offices.ensure_configured(actor)
        self.reference.ensure_defaults(actor)
        self.holidays.ensure_defaults(actor)

    @classmethod
    def build(cls, context: ServiceContext, devices: DeviceSet) -> Services:
        reference = ReferenceService(context)
        screening = ScreeningService(context, reference)
        counter = CounterService(context, reference, screening, devices)
        supervision = SupervisionService(context, counter, reference)
        auth = AuthService(context)
        holidays = HolidayService(context, reference)
        # The instance's data dir holds the database (and the simulator's record of messages).
        data_dir = Path(context.store.engine.url.database or ".").parent
        messaging = MessagingService(context, build_gateway(context.config, data_dir,
                                                            context.secrets))
        cases = CaseService(context, holidays, auth, messaging=messaging)
        permits = PermitService(context, cases, screening, reference, devices)
        blanks = BlankService(context)
        return cls(context, auth, UserService(context), AuditService(context),
                   DeviceService(context, devices), OfficeService(context), reference,
                   holidays, screening, counter, supervision,
                   DocumentService(context, devices), SigningService(context),
                   RegisterService(context, supervision, blanks), cases, messaging, permits,
                   QueueService(context), blanks)

    @property
    def sync(self) -> SyncService:
        """Sync with the central server, made on first use (by whichever thread comes first):
        its HTTP stack stays out of the start-up path."""
        with _SYNC_LOCK:
            if "_sync" not in self.__dict__:
                from app.sync.worker import SyncService

                object.__setattr__(self, "_sync", SyncService(
                    self.context, self.screening, self.reference,
                    after_pull=(self.cases.resolve_upstream,)))
            return self.__dict__["_sync"]

    def close(self) -> None:
        """Release what the services hold beyond the store (the sync client's and the
        messaging gateway's connections)."""
        with _SYNC_LOCK:
            made = self.__dict__.get("_sync")
        if made is not None:
            made.close()
        self.messaging.close()
