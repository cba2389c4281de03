"""The demo's stay-permit counter: applications at the points of the SOP an officer meets first.

Signed in as `izintinggal` the officer finds today's applications: one just received, one
waiting for the Kasi's paraf (in `kasi`'s Persetujuan inbox and work badge), one issued and
waiting for the applicant (ready for pickup), and an ITAP by alih status waiting for the Kanwil
(`gapura server upstream decide` on the demo server moves it on). Each is made through the
services, as the counter would, so every fact, document and audit event is real.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from app.auth.permissions import Actor, Role
from app.services import Services
from app.services.cases import OPEN, UPSTREAM, WAITING
from app.services.permits import (
    ApplicantForm,
    ApplicationInfo,
    CurrentPermitForm,
    PermitIntake,
    SponsorForm,
)
from app.store.models import User
from app.store.permit_models import PermitApplication

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Demo:
    intake: PermitIntake
    stop: str  # the step id (or "" for just received) where the demo leaves it


def _demos(today: date) -> tuple[_Demo, ...]:
    sponsor = SponsorForm("company", "PT Cahaya Nusantara Teknologi", "9120301234567",
                          "Jl. Jend. Sudirman Kav. 52, Jakarta Selatan", "0215150123")
    spouse = SponsorForm("person", "Dewi Lestari", "3171014506880002",
                         "Jl. Kemang Raya 12, Jakarta Selatan", "081311223344")
    return (
        _Demo(PermitIntake(
            "ITAS_FROM_VITAS",
            ApplicantForm("Tanaka Hiroshi", "JPN", "TR4827163", today + timedelta(days=2900),
                          date(1980, 2, 3), "M", "081377788899",
                          "Apartemen Sudirman Park Tower B 1203, Jakarta"),
            requested_index="E23", sponsor=sponsor), ""),
        _Demo(PermitIntake(
            "ITK_EXTENSION",
            ApplicantForm("Eriksson Anna Maria", "SWE", "L898902C3", today + timedelta(days=1800),
                          date(1974, 8, 12), "F", "081234567890", "Jl. Kemang Raya 10, Jakarta"),
            CurrentPermitForm("2C11AB0001-K", "ITK", "C1", today - timedelta(days=55),
                              today + timedelta(days=4), total_days=60),
            sponsor=SponsorForm("person", "Budi Santoso", "3174010101800001",
                                "Jl. Melati 5, Jakarta", "081298765432")), "teliti_keabsahan"),
        _Demo(PermitIntake(
            "ITAS_EXTENSION",
            ApplicantForm("Mueller Klaus", "DEU", "C01X00T47", today + timedelta(days=2500),
                          date(1985, 3, 9), "M", "081255566677",
                          "Jl. Kebon Sirih 30, Jakarta Pusat"),
            CurrentPermitForm("2C21JE0012-W", "ITAS", "E23", today - timedelta(days=358),
                              today + timedelta(days=7), total_days=365),
            requested_index="E23", sponsor=sponsor), "serahkan_dokim"),
        _Demo(PermitIntake(
            "ITAP_FROM_ITAS",
            ApplicantForm("Dupont Marie", "FRA", "09FD12345", today + timedelta(days=3000),
                          date(1990, 1, 1), "F", "081366677788",
                          "Jl. Cipete Raya 8, Jakarta Selatan"),
            CurrentPermitForm("2C31EA0077-W", "ITAS", "E31A", today - timedelta(days=300),
                              today + timedelta(days=60), total_days=365),
            requested_index="ITAP", married_years=2.5, sponsor=spouse), "disposisi_kanwil"),
    )


CONTINUE = {"periksa_cekal": "tidak", "periksa_penjamin": "ya", "cek_keabsahan": "tidak",
            "persetujuan": "tidak", "keputusan_ditjen": "ya"}  # the answers that go on


def seed_permits(services: Services, today: date) -> None:
    """Make the demo applications once (an interrupted seed completes on the next run)."""
    with services.context.store.read() as session:
        if session.scalar(select(func.count()).select_from(PermitApplication)):
            return
        people = {role: _actor(session, services, username) for role, username in (
            (Role.PERMIT_OFFICER, "izintinggal"), (Role.SECTION_HEAD, "kasi"),
            (Role.OFFICE_HEAD, "kakanim"))}
    for demo in _demos(today):
        application = services.permits.receive(people[Role.PERMIT_OFFICER], demo.intake)
        services.permits.print_receipt(people[Role.PERMIT_OFFICER], application.id)
        if demo.stop:
            _walk(services, people, application, demo.stop)
    log.info("demo stay-permit applications seeded")


def _actor(session, services: Services, username: str) -> Actor:  # noqa: ANN001 - a Session
    user = session.scalar(select(User).where(User.username == username))
    config = services.context.config
    return Actor(user_id=user.id, username=user.username, full_name=user.full_name,
                 roles=frozenset(Role(r.role) for r in user.roles),
                 office_code=user.office_code, workstation_id=config.workstation_id)


def _walk(services: Services, people: dict[Role, Actor], application: ApplicationInfo,
          stop: str) -> None:
    """Move the case on as the counter and the heads would, until it reaches `stop`."""
    cases, loket = services.cases, people[Role.PERMIT_OFFICER]
    sop = cases.sop(services.permits.catalog.type(application.type_code).sop)
    for _ in range(len(sop.steps) + 5):
        case = cases.get(loket, application.case_id)
        if case.step_id == stop or case.status not in (OPEN, WAITING, UPSTREAM):
            return
        step = sop.step(case.step_id)
        answer = CONTINUE.get(step.id) if step.decision else None
        if case.status == WAITING:
            head = people[step.approval.role]  # type: ignore[union-attr]
            cases.approve(head, [case.id], "Gapura2026", answer=answer)
            continue
        for fact in step.needs:
            _FACTS.get(fact, lambda *_: None)(services, loket, application)
        cases.complete(loket, case.id, answer=answer)


def _pay(services: Services, loket: Actor, application: ApplicationInfo) -> None:
    if not services.permits.get(loket, application.id).paid:
        services.permits.record_payment(loket, application.id, "820261203000001",
                                        application.fee_amount, services.context.clock(),
                                        "NTPN7A3F21C0DE99")


def _requirements(services: Services, loket: Actor, application: ApplicationInfo) -> None:
    for line in services.permits.get(loket, application.id).requirements:
        services.permits.check_requirement(loket, application.id, line.requirement_id, True)


_FACTS: dict[str, Callable[[Services, Actor, ApplicationInfo], object]] = {
    "requirements": _requirements,
    "archive": lambda s, a, app: s.permits.archive(a, app.id, "arsip.pdf", "application/pdf",
                                                   b"%PDF-1.4 demo archive scan"),
    "payment": _pay,
    "sponsor": lambda s, a, app: s.permits.check_sponsor(a, app.id, True),
    "biometrics": lambda s, a, app: s.permits.capture_biometrics(a, app.id),
    "register": lambda s, a, app: s.permits.register(a, app.id),
}
