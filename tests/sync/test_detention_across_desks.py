"""The detainee's record travels between the desks of one office (decision 0009): received by
the Inteldakim officer at one workstation, the Kakanim approves the TAK at their own, and the
room, the detainee and the case come back to the officer's desk."""

from __future__ import annotations

import pytest

from app.auth.permissions import Role
from app.services.cases import OPEN, WAITING
from server.admin import lease_range
from tests.conftest import PASSWORD
from tests.services.test_detention import AHMED
from tests.sync.desks import make_desk


@pytest.fixture
def office(tmp_path, live_server, clock):
    intel_desk = make_desk(tmp_path / "intel", "WS-INTEL-01", live_server, clock)
    head = make_desk(tmp_path / "kakanim", "WS-KAKANIM-01", live_server, clock)
    for workstation, first in (("WS-INTEL-01", 1), ("WS-KAKANIM-01", 500_001)):
        lease_range(live_server.db, clock(), office_code="TEST", workstation_id=workstation,
                    first=first, last=first + 499_999)
    intel_desk.sync()
    head.sync()
    yield intel_desk, head
    intel_desk.close()
    head.close()


def test_a_detainee_received_at_one_desk_is_approved_at_the_kakanims(office):
    desk, head = office
    intel = desk.officer("intel1", Role.INTEL_OFFICER)
    kakanim = head.officer("kakanim1", Role.OFFICE_HEAD)
    room = desk.services.detention.add_room(intel, "A1", "Ruang A1", "pria", 4)
    detainee = desk.services.detention.receive(intel, AHMED)
    assert desk.services.cases.complete(intel, detainee.case_id).status == WAITING
    desk.sync()
    head.sync()
    there = head.services.detention.get(kakanim, detainee.id)
    assert (there.full_name, there.state, there.number) == (
        "AHMED KARIMOV", "proposed", detainee.number)
    assert [r.code for r in head.services.detention.rooms(kakanim)] == [room.code]
    [approved] = head.services.cases.approve(kakanim, [detainee.case_id], PASSWORD, answer="ya")
    assert (approved.status, approved.step_id) == (OPEN, "siapkan_calon_deteni")
    head.sync()
    desk.sync()
    back = desk.services.cases.get(intel, detainee.case_id)
    assert (back.status, back.step_id) == (OPEN, "siapkan_calon_deteni")
