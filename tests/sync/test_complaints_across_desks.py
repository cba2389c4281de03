"""A Lada Tunggu report across the desks of one office (decisions 0009, 0027): recorded with its
Laporan Kejadian at customer service, taken up by the Inteldakim officer at another
workstation (Surat Perintah, the Kakanim's signature), and seen back at customer service."""

from __future__ import annotations

import pytest

from app.auth.permissions import Role
from server.admin import lease_range
from tests.conftest import PASSWORD
from tests.services.test_complaints import FOREIGNERS
from tests.sync.desks import make_desk


@pytest.fixture
def desks(tmp_path, live_server, clock):
    clock.advance(days=3)  # Saturday
    front = make_desk(tmp_path / "pengaduan", "WS-PENGADUAN-01", live_server, clock)
    intel = make_desk(tmp_path / "inteldakim", "WS-INTELDAKIM-01", live_server, clock)
    for workstation, first in (("WS-PENGADUAN-01", 1), ("WS-INTELDAKIM-01", 500_001)):
        lease_range(live_server.db, clock(), office_code="TEST", workstation_id=workstation,
                    first=first, last=first + 499_999)
    front.sync()
    intel.sync()
    yield front, intel
    front.close()
    intel.close()


def test_a_weekend_report_moves_from_customer_service_to_the_inteldakim_desk(desks):
    front, intel = desks
    cs = front.officer("cs1", Role.CUSTOMER_SERVICE)
    officer = intel.officer("intel1", Role.INTEL_OFFICER)
    kakanim = intel.officer("kakanim1", Role.OFFICE_HEAD)
    report = front.services.complaints.receive(cs, FOREIGNERS)
    report = front.services.complaints.report_incident(cs, report.id, "Foto lokasi diterima.")
    front.services.complaints.complete(cs, report.id)
    assert intel.services.complaints.search(officer) == []  # not there before sync

    front.sync()
    intel.sync()
    [there] = intel.services.complaints.search(officer)
    assert (there.id, there.number, there.step_id, there.lada_tunggu) == (
        report.id, report.number, "teruskan_kakanim", True)
    assert there.incident_report_number == report.incident_report_number
    intel.services.complaints.draft_order(officer, report.id, ["intel1"])
    intel.services.complaints.complete(officer, report.id)
    intel.services.cases.approve(kakanim, [report.case_id], PASSWORD)
    intel.sync()
    front.sync()

    back = front.services.complaints.get(cs, report.id)
    assert (back.step_id, back.status) == ("periksa_lapangan", "open")
    assert back.order_number and back.order_number != report.incident_report_number
