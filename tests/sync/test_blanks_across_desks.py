"""The office's passport blanks across its desks (decision 0009): the print station receives a
batch, the passport counter allocates from it on its own workstation, the print station records
the production there, and the counter issues the passport; a blank allocated at one desk is
never allocated at another."""

from __future__ import annotations

import pytest

from app.auth.permissions import Role
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
