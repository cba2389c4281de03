"""Two workstations of one office and one server: a counter's referral reaches the supervisor's
desk, the supervisor's decision reaches the counter; a concurrent edit loses visibly."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.domain.counter import Direction, ReferralReason
from app.services.counter import Scan
from tests.counter_support import TOURIST
from tests.sync.desks import make_desk


@pytest.fixture
def desks(tmp_path, live_server, clock):
    counter = make_desk(tmp_path / "konter", "WS-KONTER-01", live_server, clock)
    supervisor = make_desk(tmp_path / "supervisor", "WS-SPV-01", live_server, clock)
    yield counter, supervisor
    counter.close()
    supervisor.close()


def test_a_referral_reaches_the_supervisor_and_the_decision_comes_back(desks):
    counter, desk = desks
    officer = counter.officer("konter1", Role.COUNTER_OFFICER)
    supervisor = desk.officer("spv1", Role.SUPERVISOR)

    check = counter.services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL,
                                                         flight_code="GA 881"))
    referral = counter.services.counter.refer(officer, check, ReferralReason.SUSPICION,
                                              "Tiket pulang tidak ada")
    assert desk.services.supervision.queue(supervisor) == []  # nothing before sync

    counter.sync()
    desk.sync()
    queue = desk.services.supervision.queue(supervisor)
    assert [r.id for r in queue] == [referral.id]
    assert queue[0].reason_text == "Tiket pulang tidak ada"

    desk.services.supervision.allow(supervisor, referral.id, "Tiket pulang ditunjukkan")
    assert desk.services.supervision.queue(supervisor) == []
    desk.sync()
    counter.sync()
    back = counter.referral(referral.id)
    assert back.status == "closed" and back.supervisor == "spv1"
    assert back.resolution == "allowed"
    # The round trip settled: a further round changes nothing and raises no conflict.
    assert desk.sync().pushed.conflicts == 0 and counter.sync().pushed.conflicts == 0
    assert desk.services.sync.conflicts(desk.system) == []


def test_a_concurrent_edit_loses_to_the_server_and_is_kept_for_review(desks, live_server):
    counter, desk = desks
    officer = counter.officer("konter1", Role.COUNTER_OFFICER)
    supervisor = desk.officer("spv1", Role.SUPERVISOR)
    other = counter.officer("spv2", Role.SUPERVISOR)
    check = counter.services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))
    referral = counter.services.counter.refer(officer, check, ReferralReason.SUSPICION, "Cek")
    counter.sync()
    desk.sync()

    # Both desks take the referral while apart; the supervisor's desk reaches the server first.
    desk.services.supervision.take(supervisor, referral.id)
    counter.services.supervision.take(other, referral.id)
    desk.sync()
    result = counter.sync()

    assert result.pushed.conflicts == 1
    conflicts = counter.services.sync.conflicts(counter.system)
    assert [c.entity_id for c in conflicts] == [referral.id]
    lost = conflicts[0].local_payload["row"]
    assert lost["supervisor"] == "spv2"  # the losing version is kept, not dropped
    assert counter.referral(referral.id).supervisor == "spv1"  # the server's version won
    counter.services.sync.mark_reviewed(counter.system, conflicts[0].id, "Sudah dibahas")
    assert counter.services.sync.conflicts(counter.system) == []
    with live_server.db.read() as session:
        from server.models import Conflict

        stored = session.scalars(select(Conflict)).all()
    assert [c.entity_id for c in stored] == [referral.id]
