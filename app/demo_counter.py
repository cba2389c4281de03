"""The demo's border-counter data: watch lists and stay permits that make every SOP path show.

The simulated passport reader reads its specimen passports in turn (devices/document_reader.py);
the lists and permits here give them their stories at the demo counter:
- SANTOSO BUDI HARTONO (IDN) is under pencegahan: on departure, held with an STP (SOP A3);
- MUHAMMAD FAIZAL BIN ISMAIL (MYS) is under penangkalan, listed without BIN: refused entry (A5);
- MUSTERMANN ERIKA (D) held an ITAS that ended 12 days ago: overstay on departure (A7);
- NGUYEN THI MAI (AUS) has a valid ITAP; ERIKSSON's specimen passport expired in 2012 (A1).
Each specimen carries a chip signed by the test CSCA, which the demo trusts (decision 0026).
Around them, a few thousand other listed people named like the demo's travellers, so that screening
has a realistic list to search, and stay permits for some of the demo's foreign persons.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import func, select

from app.auth.permissions import Actor, Permission
from app.domain.screening import WatchEntry
from app.services import Services
from app.services.screening import entry_id
from app.store.counter_models import StayPermit, WatchListEntry
from app.store.models import Person

PERMITS_SEEDED = "demo.permits_seeded"
FILLER_ENTRIES = 3000
SEED = 2027
def _story_entries(today: date) -> list[WatchEntry]:
    stories = [
        ("pencegahan", "BUDI HARTONO SANTOSO", "1985-03-17", "IDN", "C4417821",
         "KEP-PCG-0117/KJA/2026", "Kejaksaan Agung", today + timedelta(days=150)),
        ("penangkalan", "MUHAMMAD FAIZAL ISMAIL", "1988", "MYS", "",
         "KEP-TNG-0042/2025", "Direktorat Jenderal Imigrasi", None),
    ]
    return [WatchEntry(
        id=entry_id(list_name, reference, name, birth, number), list_name=list_name,
        full_name=name, birth_date=birth, nationality=nationality,
        document_numbers=(number,) if number else (), reference=reference,
        requesting_agency=agency, valid_until=until,
        legal_basis="UU 6/2011 pasal 91" if list_name == "pencegahan" else "UU 6/2011 pasal 102")
        for list_name, name, birth, nationality, number, reference, agency, until in stories]


def _filler_entries(today: date) -> list[WatchEntry]:
    """Other listed people, named the way the demo names its travellers (app.demo)."""
    from app.demo import _Fakers, _origins  # app.demo imports this module

    rng = random.Random(SEED)
    origins = _origins(_Fakers())
    weights = [origin.weight for origin in origins]
    entries = []
    for number in range(FILLER_ENTRIES):
        origin = rng.choices(origins, weights)[0]
        surname, given = origin.names(rng, rng.random() < 0.5)
        name = f"{given} {surname}".strip()
        list_name = ("pencegahan" if origin.code == "IDN" else "penangkalan") \
            if rng.random() < 0.85 else "interpol"
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(55 * 365))
        birth = born.isoformat() if rng.random() < 0.85 else str(born.year)
        until = today + timedelta(days=rng.randint(-200, 1500)) if rng.random() < 0.6 else None
        reference = f"{list_name[:3].upper()}-{number:05d}/{today.year}"
        entries.append(WatchEntry(
            id=entry_id(list_name, reference, name, birth, ""), list_name=list_name,
            full_name=name, birth_date=birth, nationality=origin.code, reference=reference,
            valid_until=until))
    return entries


def _permits(services: Services, actor: Actor, today: date) -> list[StayPermit]:
    office = actor.office_code
    story = [
        StayPermit(permit_number="2C21JE0012-W", permit_type="ITAS", index_code="E23",
                   holder_name="ERIKA MUSTERMANN", nationality="D", document_number="C01X00T47",
                   birth_date=date(1964, 8, 12), valid_from=today - timedelta(days=377),
                   valid_until=today - timedelta(days=12), sponsor="PT Sinar Teknik Abadi",
                   office_code=office),
        StayPermit(permit_number="2D11AA0450-T", permit_type="ITAP", index_code="E31A",
                   holder_name="THI MAI NGUYEN", nationality="AUS", document_number="PB0487215",
                   birth_date=date(2001, 9, 21), valid_from=today - timedelta(days=400),
                   valid_until=today + timedelta(days=1425), sponsor="Suami WNI",
                   office_code=office),
    ]
    rng = random.Random(SEED + 1)
    with services.context.query(actor, Permission.ADMIN_ACCESS) as session:
        foreigners = session.execute(select(Person).where(Person.nationality != "IDN")
                                     .order_by(Person.document_number)).scalars().all()
        rows = [(p.surname, p.given_names, p.nationality, p.document_number, p.birth_date)
                for p in foreigners]
    permits = list(story)
    for number, (surname, given, nationality, document, born) in enumerate(rows[::3]):
        kind, index, length = rng.choice((("ITAS", "E23", 365), ("ITAS", "E33G", 365),
                                          ("ITAP", "E28A", 1825), ("ITK", "C1", 60)))
        start = today - timedelta(days=rng.randint(1, length))
        permits.append(StayPermit(
            permit_number=f"2C{number:04d}{kind[-1]}{today:%y}", permit_type=kind,
            index_code=index, holder_name=f"{given} {surname}".strip(), nationality=nationality,
            document_number=document, birth_date=born, valid_from=start,
            valid_until=start + timedelta(days=length), office_code=office))
    return permits


CHIP_TRUST_SOURCE = "demo: CSCA Utopia (uji)"
CHIP_TRUST_SEEDED = "demo.csca_seeded"


def seed_chip_trust(services: Services, actor: Actor) -> None:
    """Trust the CSCA that signs the simulated reader's chips (decision 0026); a demo CSCA of
    an older version (another key) is replaced."""
    from app.services.chip import TrustedCertificate, store_certificate
    from app.store.chip_models import CscaCertificate
    from devices.document_reader import simulator_pki

    cert = TrustedCertificate.of(simulator_pki().csca.certificate)
    with services.context.change(actor, Permission.REFERENCE_MANAGE) as uow:
        stale = uow.session.scalars(select(CscaCertificate).where(
            CscaCertificate.source == CHIP_TRUST_SOURCE,
            CscaCertificate.fingerprint != cert.fingerprint)).all()
        for row in stale:
            uow.session.delete(row)
        if store_certificate(uow, cert, CHIP_TRUST_SOURCE):
            uow.audit(CHIP_TRUST_SEEDED, "csca_certificate", cert.fingerprint,
                      after={"subject": cert.subject, "replaced": len(stale)})


def seed_counter(services: Services, actor: Actor, today: date) -> None:
    """Watch lists and stay permits, each once (an interrupted seed completes on the next run)."""
    with services.context.store.read() as session:
        listed = session.execute(select(func.count()).select_from(WatchListEntry)).scalar()
        permits = session.execute(select(func.count()).select_from(StayPermit)).scalar()
    if not listed:
        services.screening.import_entries(
            actor, [*_story_entries(today), *_filler_entries(today)],
            source="demo: daftar cekal dan Interpol")
    if not permits:
        rows = _permits(services, actor, today)
        with services.context.change(actor, Permission.ADMIN_ACCESS) as uow:
            uow.session.add_all(rows)
            uow.audit(PERMITS_SEEDED, "stay_permit", "demo", after={"count": len(rows)})
