"""Travellers, watch lists and stay permits for the counter's service and screen tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta

from pypdf import PdfReader

from app.domain.mrz_compose import compose_td3
from app.domain.screening import WatchEntry
from app.services import Services
from app.services.base import system_actor
from app.store.counter_models import StayPermit

TODAY = date(2026, 11, 25)  # the FakeClock's day (03:00 UTC is 10:00 WIB)


@dataclass(frozen=True)
class Person:
    surname: str
    given_names: str
    nationality: str
    birth_date: date
    sex: str
    document_number: str
    expiry_date: date = TODAY + timedelta(days=3 * 365)

    def mrz(self) -> str:
        return "\n".join(compose_td3(
            surname=self.surname, given_names=self.given_names,
            document_number=self.document_number, nationality=self.nationality,
            birth_date=self.birth_date, sex=self.sex, expiry_date=self.expiry_date))


TOURIST = Person("ERIKSSON", "ANNA MARIA", "SWE", date(1974, 8, 12), "F", "L898902C3")
CITIZEN = Person("SANTOSO", "BUDI", "IDN", date(1980, 2, 3), "M", "C1234567")
BANNED_WNI = Person("WIJAYA", "AGUS", "IDN", date(1971, 7, 17), "M", "B7654321")
BANNED_WNA = Person("AL RASHID", "MOHAMMED", "SAU", date(1975, 5, 5), "M", "S0998877")
WANTED = Person("SMITH", "JOHN PETER", "GBR", date(1969, 11, 30), "M", "533401234")
RESIDENT = Person("MUELLER", "KLAUS", "DEU", date(1985, 3, 9), "M", "C01X00T47")
EXPIRED = Person("DUPONT", "MARIE", "FRA", date(1990, 1, 1), "F", "09FD12345",
                 expiry_date=TODAY - timedelta(days=2))

WATCH_ENTRIES = (
    WatchEntry(id="w-pencegahan", list_name="pencegahan", full_name="AGUS WIJAYA",
               birth_date="1971-07-17", nationality="IDN", reference="KEP-PCG-017/2026",
               requesting_agency="Kejaksaan Agung", valid_until=TODAY + timedelta(days=120)),
    WatchEntry(id="w-penangkalan", list_name="penangkalan", full_name="MUHAMMAD AL RASYID",
               birth_date="1975", nationality="SAU", reference="KEP-TNG-009/2025"),
    WatchEntry(id="w-interpol", list_name="interpol", full_name="JOHN PETER SMITH",
               birth_date="1969-11-30", nationality="GBR", reference="A-1234/11-2025"),
)


def load_watch_lists(services: Services) -> None:
    services.screening.import_entries(system_actor(services.context.config), WATCH_ENTRIES,
                                      source="test lists")


def add_permit(services: Services, person: Person, *, valid_until: date,
               permit_type: str = "ITAS", valid_from: date | None = None) -> None:
    """A stay permit known locally (issued by the permit counter, issue 8's work)."""
    with services.context.store.write() as session:
        session.add(StayPermit(
            permit_number=f"{permit_type}-{person.document_number}", permit_type=permit_type,
            index_code="E23", holder_name=f"{person.given_names} {person.surname}",
            nationality=person.nationality, document_number=person.document_number,
            birth_date=person.birth_date,
            valid_from=valid_from or valid_until - timedelta(days=365), valid_until=valid_until,
            office_code=services.context.config.office_code))


def boarding_pass(name_field: str, flight: str = "0881") -> str:
    """A one-leg IATA BCBP for CGK -> SIN on GA `flight`."""
    return f"M1{name_field:<20}EABC123 CGKSINGA {flight} 330Y012A0025 100"


def pdf_text(pdf: bytes) -> str:
    """The text of every page, whitespace runs made one space."""
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
