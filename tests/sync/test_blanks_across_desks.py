"""The office's passport blanks across its desks (decision 0009): the print station receives a
batch, the passport counter allocates from it on its own workstation, the print station records
the production there, and the counter issues the passport; a blank allocated at one desk is
never allocated at another. Two counters that have not synced allocate the booklets in their
officers' hands, by serial, without a conflict."""

from __future__ import annotations

import pytest

from app.auth.permissions import Role
from server.admin import lease_range
from tests.services.test_passports import SITI, _other
from tests.sync.desks import make_desk


@pytest.fixture
def office(tmp_path, live_server, clock):
    counter = make_desk(tmp_path / "loket", "WS-PASPOR-01", live_server, clock)
    station = make_desk(tmp_path / "cetak", "WS-CETAK-01", live_server, clock)
    counter.sync()
    station.sync()
    yield counter, station
    counter.close()
    station.close()


def _paid(desk, officer, intake):
    passports = desk.services.passports
    application = passports.receive(officer, intake)
    passports.interview(officer, application.id, "Untuk umrah; dokumen asli sesuai", True)
    passports.capture_biometrics(officer, application.id)
    billed = passports.bill(officer, application.id)
    return passports.record_payment(officer, billed.id, desk.services.context.clock(),
                                    "NTPN0A1B2C3D4E5F")


def test_blanks_received_at_the_print_station_are_allocated_and_produced_across_desks(office):
    counter, station = office
    paspor = counter.officer("paspor1", Role.PASSPORT_OFFICER)
    cetak = station.officer("cetak1", Role.PRINT_OPERATOR)
    station.services.blanks.receive(cetak, "elektronik_48", "E2410001", "E2410003",
                                    delivery_note="SP-001", received_from="Direktorat Dokjal")
    paid = _paid(counter, paspor, SITI)
    station.sync()
    counter.sync()
    [line] = [s for s in counter.services.blanks.stock(paspor) if s.kind == "elektronik_48"]
    assert line.available == 3
    allocated = counter.services.passports.allocate(paspor, paid.id)
    assert allocated.blank_serial == "E2410001"
    counter.sync()
    station.sync()
    assert station.services.blanks.blank(cetak, "E2410001").status == "allocated"
    station.services.blanks.record_production(cetak, "E2410001", printed=True,
                                              qc_passed=True, laminated=True)
    station.sync()
    counter.sync()
    issued = counter.services.passports.issue(paspor, paid.id)
    assert issued.passport_number == "E2410001"
    second = _paid(counter, paspor, _other("Dewi Lestari", "3174015708900003"))
    assert counter.services.passports.allocate(paspor, second.id).blank_serial == "E2410002"
    counter.sync()
    station.sync()
    [line] = [s for s in station.services.blanks.stock(cetak) if s.kind == "elektronik_48"]
    assert (line.available, line.issued) == (1, 1)


def test_two_counters_not_synced_allocate_their_own_booklets_without_a_conflict(
        tmp_path, live_server, clock):
    station = make_desk(tmp_path / "cetak", "WS-CETAK-01", live_server, clock)
    first = make_desk(tmp_path / "loket1", "WS-PASPOR-01", live_server, clock)
    second = make_desk(tmp_path / "loket2", "WS-PASPOR-02", live_server, clock)
    # Each desk numbers its documents (the receipts at intake) from its own leased block.
    for workstation, first_number in (("WS-CETAK-01", 1), ("WS-PASPOR-01", 100_001),
                                      ("WS-PASPOR-02", 200_001)):
        lease_range(live_server.db, clock(), office_code="TEST", workstation_id=workstation,
                    first=first_number, last=first_number + 99_999)
    try:
        cetak = station.officer("cetak1", Role.PRINT_OPERATOR)
        station.services.blanks.receive(cetak, "elektronik_48", "E2410001", "E2410003",
                                        delivery_note="SP-001",
                                        received_from="Direktorat Dokjal")
        station.sync()
        paspor1 = first.officer("paspor1", Role.PASSPORT_OFFICER)
        paspor2 = second.officer("paspor2", Role.PASSPORT_OFFICER)
        first.sync()
        second.sync()
        siti = _paid(first, paspor1, SITI)
        dewi = _paid(second, paspor2, _other("Dewi Lestari", "3174015708900003"))
        # Neither desk knows of the other's allocation: both expect the same FIFO booklet,
        # the window in which a desk's own pick used to be a conflict.
        assert first.services.passports.suggested_blank(paspor1, siti.id).serial == "E2410001"
        assert second.services.passports.suggested_blank(paspor2, dewi.id).serial == "E2410001"
        # Each officer took a booklet from the box and scans it.
        assert first.services.passports.allocate(paspor1, siti.id, "E2410002").blank_serial \
            == "E2410002"
        assert second.services.passports.allocate(paspor2, dewi.id, "E2410001").blank_serial \
            == "E2410001"
        assert first.sync().pushed.conflicts == 0
        assert second.sync().pushed.conflicts == 0
        first.sync()
        station.sync()
        for desk, officer in ((first, paspor1), (second, paspor2), (station, cetak)):
            assert desk.services.sync.conflicts(desk.system) == []
            blanks = desk.services.blanks
            assert [(b.status, b.application_id) for b in (
                blanks.blank(officer, "E2410001"), blanks.blank(officer, "E2410002"),
                blanks.blank(officer, "E2410003"))] == [
                ("allocated", dewi.id), ("allocated", siti.id), ("available", None)]
            [line] = blanks.stock(officer, "elektronik_48")
            assert (line.allocated, line.available) == (2, 1)
    finally:
        for desk in (first, second, station):
            desk.close()
