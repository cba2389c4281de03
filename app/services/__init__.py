"""Use cases. Each checks the caller's permission and audits its changes in one transaction."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.auth.permissions import Actor
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.base import ServiceContext
from app.services.devices import DeviceService
from app.services.holidays import HolidayService
from app.services.offices import OfficeService
from app.services.reference import ReferenceService
from app.services.screening import ScreeningService
from app.services.users import UserService
from devices.registry import DeviceSet

if TYPE_CHECKING:
    from app.services.blanks import BlankService
    from app.services.cases import CaseService
    from app.services.chip import ChipTrustService
    from app.services.complaints import ComplaintService
    from app.services.counter import CounterService
    from app.services.detention import DetentionService
    from app.services.documents import DocumentService
    from app.services.messaging import MessagingService
    from app.services.passports import PassportService
    from app.services.permits import PermitService
    from app.services.queue import QueueService
    from app.services.registers import RegisterService
    from app.services.reports import ReportService
    from app.services.signing import SigningService
    from app.services.supervision import SupervisionService
    from app.sync.runner import RunnerState, SyncRunner
    from app.sync.worker import SyncService


JOBS_AGENT = "jobs"  # the audit trail's name for the office's background jobs


@dataclass(frozen=True)
class Services:
    """Every service of one instance; screens receive this in their constructor.

    The services the sign-in window needs are made with the instance; the others on first use
    (by whichever thread comes first), so their modules, models and libraries stay out of the
    start-up path (benchmarks.startup)."""

    context: ServiceContext
    auth: AuthService
    users: UserService
    audit: AuditService
    devices: DeviceService
    offices: OfficeService
    reference: ReferenceService
    holidays: HolidayService
    screening: ScreeningService
    device_set: DeviceSet
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False,
                                   compare=False)

    def ensure_reference_data(self, actor: Actor) -> None:
        """Write the office from config, the shipped reference defaults and the holidays of last
        year to next year that the store lacks."""
        self.offices.ensure_configured(actor)
        self.reference.ensure_defaults(actor)
        self.holidays.ensure_defaults(actor)

    @classmethod
    def build(cls, context: ServiceContext, devices: DeviceSet) -> Services:
        reference = ReferenceService(context)
        return cls(context, AuthService(context), UserService(context), AuditService(context),
                   DeviceService(context, devices), OfficeService(context), reference,
                   HolidayService(context, reference), ScreeningService(context, reference),
                   devices)

    def _made(self, name: str, make: Callable[[], Any]) -> Any:
        with self._lock:
            if name not in self.__dict__:
                object.__setattr__(self, name, make())
            return self.__dict__[name]

    # -- made on first use ---------------------------------------------------------------------

    @property
    def counter(self) -> CounterService:
        from app.services.counter import CounterService

        return self._made("_counter", lambda: CounterService(
            self.context, self.reference, self.screening, self.device_set,
            chip_trust=self.chip_trust))

    @property
    def chip_trust(self) -> ChipTrustService:
        """The trusted CSCA certificates (ePassport chips, decision 0026)."""
        from app.services.chip import ChipTrustService

        return self._made("_chip_trust", lambda: ChipTrustService(self.context))

    @property
    def supervision(self) -> SupervisionService:
        from app.services.supervision import SupervisionService

        return self._made("_supervision", lambda: SupervisionService(
            self.context, self.counter, self.reference))

    @property
    def documents(self) -> DocumentService:
        from app.services.documents import DocumentService

        return self._made("_documents", lambda: DocumentService(self.context, self.device_set))

    @property
    def signing(self) -> SigningService:
        from app.services.signing import SigningService

        return self._made("_signing", lambda: SigningService(self.context))

    @property
    def registers(self) -> RegisterService:
        from app.services.registers import RegisterService

        return self._made("_registers", lambda: RegisterService(
            self.context, self.supervision, self.blanks))

    @property
    def reports(self) -> ReportService:
        """The Laporan screen's sections (the SLA section reads through the case service)."""
        from app.services.reports import ReportService

        return self._made("_reports", lambda: ReportService(self.context, lambda: self.cases))

    @property
    def messaging(self) -> MessagingService:
        from app.messaging.gateway import build_gateway
        from app.services.messaging import MessagingService

        # The instance's data dir holds the database (and the simulator's record of messages).
        data_dir = Path(self.context.store.engine.url.database or ".").parent
        return self._made("_messaging", lambda: MessagingService(
            self.context, build_gateway(self.context.config, data_dir, self.context.secrets)))

    @property
    def cases(self) -> CaseService:
        """Case work, with the modules that guard their cases' steps (the permit counter, the
        passport office) attached before anyone can complete a step."""
        return self._made("_cases", self._make_cases)

    def _make_cases(self) -> CaseService:
        from app.services.cases import CaseService
        from app.services.complaints import ComplaintService
        from app.services.detention import DetentionService
        from app.services.passports import PassportService
        from app.services.permits import PermitService

        cases = CaseService(self.context, self.holidays, self.auth, messaging=self.messaging)
        object.__setattr__(self, "_permits", PermitService(
            self.context, cases, self.screening, self.reference, self.device_set,
            chip_trust=self.chip_trust))
        object.__setattr__(self, "_passports", PassportService(
            self.context, cases, self.screening, self.reference, self.holidays,
            self.device_set, self.messaging, self.queue))
        object.__setattr__(self, "_detention", DetentionService(
            self.context, cases, self.screening, self.reference, self.device_set))
        object.__setattr__(self, "_complaints", ComplaintService(
            self.context, cases, self.holidays))
        return cases

    @property
    def permits(self) -> PermitService:
        self.cases  # noqa: B018 - makes the permit service with the case service
        return self.__dict__["_permits"]

    @property
    def passports(self) -> PassportService:
        self.cases  # noqa: B018 - makes the passport service with the case service
        return self.__dict__["_passports"]

    @property
    def detention(self) -> DetentionService:
        self.cases  # noqa: B018 - makes the detention service with the case service
        return self.__dict__["_detention"]

    @property
    def complaints(self) -> ComplaintService:
        self.cases  # noqa: B018 - makes the complaint service with the case service
        return self.__dict__["_complaints"]

    @property
    def queue(self) -> QueueService:
        from app.services.queue import QueueService

        return self._made("_queue", lambda: QueueService(self.context))

    @property
    def blanks(self) -> BlankService:
        from app.services.blanks import BlankService

        return self._made("_blanks", lambda: BlankService(self.context))

    @property
    def sync(self) -> SyncService:
        """Sync with the central server; its HTTP stack stays out of the start-up path."""
        from app.sync.worker import SyncService

        return self._made("_sync", lambda: SyncService(
            self.context, self.screening, self.reference,
            after_pull=(self.cases.resolve_upstream,)))

    def background_jobs(self, *, first_delay: float = 0.0,
                        on_state: Callable[[RunnerState], None] | None = None) -> SyncRunner:
        """A runner (not started) for the office's timed work, every
        `messaging.interval_seconds`, backing off while it fails: send the queued applicant
        notifications, and expire the passport billings left unpaid past their days. The GUI
        runs it from start to quit; the services it needs are made in its thread."""
        from app.services.base import system_actor
        from app.sync.runner import SyncRunner

        agent = system_actor(self.context.config, JOBS_AGENT)

        def one_round() -> object:
            sent = self.messaging.dispatch(agent)
            self.passports.expire_unpaid(agent)
            return sent

        return SyncRunner(one_round, interval=self.context.config["messaging.interval_seconds"],
                          clock=self.context.clock, on_state=on_state, name="gapura-jobs",
                          first_delay=first_delay)

    def close(self) -> None:
        """Release what the services hold beyond the store (the sync client's and the
        messaging gateway's connections), for those that were made."""
        with self._lock:
            made = [self.__dict__.get(name) for name in ("_sync", "_messaging")]
        for service in made:
            if service is not None:
                service.close()
