"""Known records for the Laporan tests: crossings, referrals, overstay charges, applications and
passport blanks around the office day 25 November 2026 (WIB), some just outside it.

Times are UTC; WIB is UTC+7, so 24-11 17:00 UTC is the first minute of 25-11 at the office and
25-11 16:59 UTC its last. Records of another office must never count.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.services import Services
from app.store.blank_models import BlankBatch, PassportBlank
from app.store.case_models import Case
from app.store.counter_models import Crossing, OverstayPayment, Referral
from app.store.models import new_id
from app.store.passport_models import PassportApplication
from app.store.permit_models import PermitApplication

OFFICE = "TEST"  # the tests' config
OTHER = "LAIN"
DAY = date(2026, 11, 25)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


# (UTC time, direction, lane, outcome, office)
CROSSINGS = (
    (utc(24, 16, 59), "arrival", "regular", "admitted", OFFICE),  # 23.59 WIB on the 24th
    (utc(24, 17, 0), "arrival", "regular", "admitted", OFFICE),  # 00.00 WIB on the 25th
    (utc(25, 1, 30), "arrival", "priority", "admitted", OFFICE),  # 08.30
    (utc(25, 1, 40), "arrival", "priority", "admitted", OFFICE),  # 08.40
    (utc(25, 1, 45), "departure", "regular", "departed", OFFICE),  # 08.45
    (utc(25, 2, 10), "departure", "pmi", "departed", OFFICE),  # 09.10
    (utc(25, 2, 20), "arrival", "regular", "refused", OFFICE),
    (utc(25, 2, 30), "departure", "regular", "departure_delayed", OFFICE),
    (utc(25, 16, 59), "departure", "vip", "departed", OFFICE),  # 23.59 on the 25th
    (utc(25, 17, 0), "arrival", "regular", "admitted", OFFICE),  # 00.00 on the 26th
    (utc(25, 3, 0), "arrival", "regular", "admitted", OTHER),
)

# (UTC time referred, reason, resolution, office)
REFERRALS = (
    (utc(25, 1, 0), "cekal", "departure_delayed", OFFICE),
    (utc(25, 1, 5), "cekal", "allowed", OFFICE),
    (utc(25, 2, 0), "interpol", "handed_over", OFFICE),
    (utc(25, 2, 20), "document", "refused", OFFICE),
    (utc(25, 4, 0), "document", "", OFFICE),  # still open
    (utc(24, 10, 0), "cekal", "allowed", OFFICE),  # the 24th
    (utc(25, 3, 0), "interpol", "handed_over", OTHER),
)

# (UTC time billed, days, paid): each on an overstay referral of its own, referred when billed
OVERSTAYS = (
    (utc(24, 17, 30), 2, False),  # 00.30 on the 25th
    (utc(25, 5, 0), 3, True),
    (utc(24, 16, 0), 4, True),  # 23.00 on the 24th
)
DAILY_RATE = 1_000_000

# (UTC time received, type code, state)
PERMITS = (
    (utc(25, 2, 0), "ITK_EXTENSION", "received"),
    (utc(25, 3, 0), "ITK_EXTENSION", "issued"),
    (utc(25, 4, 0), "ITAS_EXTENSION", "rejected"),
    (utc(24, 16, 0), "ITK_EXTENSION", "handed_over"),  # the 24th
)

# (UTC time received, reason, state)
PASSPORTS = (
    (utc(25, 1, 0), "baru", "paid"),
    (utc(25, 1, 10), "baru", "paid"),
    (utc(25, 2, 0), "penggantian_hilang", "held"),
    (utc(25, 3, 0), "baru", "handed_over"),
    (utc(24, 15, 0), "baru", "cancelled"),  # the 24th
)

# Blanks E2410001-E2410010 of elektronik_48: (status, when issued or spoiled)
BLANKS = (["available"] * 6 + ["allocated"]
          + [("issued", utc(25, 6)), ("issued", utc(20, 6)), ("spoiled", utc(25, 7))])


def _case(session, office: str, received: datetime, n: int) -> str:
    case = Case(id=new_id(), number=f"REPORT/{n:04d}", office_code=office, sop_code="ITK",
                title="Perkara", status="closed", step_id="", step_started_at=received,
                opened_at=received, opened_by="loket1", closed_at=received,
                outcome="end:selesai")
    session.add(case)
    session.flush()
    return case.id


def seed(services: Services) -> None:
    """Write every record above into the store."""
    with services.context.store.write() as session:
        for at, direction, lane, outcome, office in CROSSINGS:
            session.add(Crossing(
                office_code=office, workstation_id="WS-TEST-01", officer_username="konter1",
                direction=direction, lane=lane, outcome=outcome, document_type="P",
                document_number="L898902C3", issuing_state="SWE", nationality="SWE",
                surname="ERIKSSON", given_names="ANNA", decided_at=at))
        for at, reason, resolution, office in REFERRALS:
            session.add(_referral(at, reason, resolution, office))
        for at, days, paid in OVERSTAYS:
            referral = _referral(at, "overstay", "allowed" if paid else "", OFFICE)
            session.add(referral)
            session.flush()
            session.add(OverstayPayment(
                referral_id=referral.id, days=days, daily_rate=DAILY_RATE,
                amount=days * DAILY_RATE, billing_code="820261125000001", billed_at=at,
                paid_at=at if paid else None, payment_reference="NTPN1" if paid else ""))
        for n, (at, type_code, state) in enumerate(PERMITS):
            session.add(PermitApplication(
                office_code=OFFICE, case_id=_case(session, OFFICE, at, n), type_code=type_code,
                state=state, received_at=at, received_by="loket1", applicant_name="ANNA",
                nationality="SWE", passport_number=f"L89890{n}", passport_expiry=date(2030, 1, 1),
                birth_date=date(1974, 8, 12)))
        for n, (at, reason, state) in enumerate(PASSPORTS, start=100):
            session.add(PassportApplication(
                office_code=OFFICE, case_id=_case(session, OFFICE, at, n), reason=reason,
                passport_type="elektronik_10", service="reguler", state=state, received_at=at,
                received_by="paspor1", full_name="BUDI SANTOSO", nik=f"3173000000000{n}",
                birth_place="Jakarta", birth_date=date(1980, 2, 3), sex="M", address="Jakarta"))
        batch = BlankBatch(office_code=OFFICE, kind="elektronik_48", prefix="E",
                           first_number=2410001, last_number=2410010, received_at=utc(1, 2),
                           received_by="cetak1", delivery_note="SP-1", received_from="Ditjen")
        session.add(batch)
        session.flush()
        for n, status in enumerate(BLANKS, start=2410001):
            state, when = status if isinstance(status, tuple) else (status, None)
            session.add(PassportBlank(
                serial=f"E{n}", batch_id=batch.id, office_code=OFFICE, kind="elektronik_48",
                status=state, issued_at=when if state == "issued" else None,
                spoiled_at=when if state == "spoiled" else None))


def _referral(at: datetime, reason: str, resolution: str, office: str) -> Referral:
    return Referral(office_code=office, workstation_id="WS-TEST-01", direction="arrival",
                    lane="regular", reason=reason, traveller="{}", referred_by="konter1",
                    referred_at=at, status="closed" if resolution else "open",
                    resolution=resolution, resolved_at=at if resolution else None)
