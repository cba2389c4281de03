"""An entry listed by one desk within its own change reaches every counter (decision 0025): a
passport reported lost at the passport office is on the airport counter's list after sync, and
the server refuses a malformed entry."""

from __future__ import annotations

from datetime import date

import pytest

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.services.counter import Scan
from tests.counter_support import Person as Traveller
from tests.services.test_passports import LOST
from tests.sync.desks import make_desk


@pytest.fixture
def office(tmp_path, live_server, clock):
    passports = make_desk(tmp_path / "paspor", "WS-PASPOR-01", live_server, clock)
    counter = make_desk(tmp_path / "konter", "WS-KONTER-01", live_server, clock)
    passports.sync()
    counter.sync()
    yield passports, counter
    passports.close()
    counter.close()


def test_a_lost_passport_listed_at_the_passport_office_is_held_at_the_counter(office):
    passports, counter = office
    paspor = passports.officer("paspor1", Role.PASSPORT_OFFICER)
    konter = counter.officer("konter1", Role.COUNTER_OFFICER)
    carrier = Traveller("NURHALIZA", "SITI", "IDN", date(1990, 8, 17), "F", "B7654321")
    scan = Scan(carrier.mrz(), Direction.DEPARTURE)
    assert counter.services.counter.check(konter, scan).hits == ()

    passports.services.passports.receive(paspor, LOST)
    passports.sync()
    counter.sync()
    check = counter.services.counter.check(konter, scan)
    assert [hit.reference for hit in check.hits] == ["PASPOR HILANG B7654321"]
    assert not check.verdict.may_pass


def test_a_listed_entry_reaches_other_offices_and_a_malformed_one_is_refused(live_server):
    """Watch lists are national: an entry one office lists reaches every office's pull."""
    entry = {"id": "o1", "entity_type": "watch_entry", "entity_id": "hilang-X1234567",
             "operation": "list", "created_at": "2026-11-25T03:00:00+00:00",
             "payload": {"list_name": "interpol", "full_name": "PASPOR HILANG X1234567",
                         "action": "hold", "document_numbers": ["X1234567"],
                         "reference": "PASPOR HILANG X1234567"}}
    jakarta, bali = live_server.enrol("JKT1", "ws-1"), live_server.enrol("DPS1", "ws-2")
    bad = {**entry, "id": "o2", "entity_id": "hilang-Y1",
           "payload": {**entry["payload"], "list_name": "daftar-lain"}}
    with jakarta.client() as http:
        refused = http.post("/v1/push", json={"records": [bad]})
        assert refused.status_code == 422 and "daftar-lain" in refused.json()["message"]
        assert http.post("/v1/push", json={"records": [entry]}).status_code == 200
    with bali.client() as http:
        changes = http.get("/v1/pull", params={"limit": 5000}).json()["changes"]
    listed = [c for c in changes if c["kind"] == "watch_entry"]
    assert [(c["key"], c["payload"]["document_numbers"]) for c in listed] == [
        ("hilang-X1234567", ["X1234567"])]
