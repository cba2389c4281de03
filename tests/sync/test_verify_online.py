"""A document verified online: the server knows it by number and hash, endorsed or voided."""

from __future__ import annotations

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.services.counter import Scan
from tests.counter_support import TOURIST


def test_the_server_knows_each_document_by_its_current_file(services, enrolled, system,
                                                             officer, make_actor):
    stamp = services.counter.record_crossing(
        officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))).stamp
    sync = services.sync
    sync.push_pending(system)
    answer = sync.verify_document(officer, stamp.number, stamp.pdf)
    assert answer["status"] == "valid" and answer["office_code"] == "TEST"
    assert answer["template"] == stamp.template

    head = make_actor(Role.OFFICE_HEAD, username="kakanim1")
    endorsed = services.documents.endorse(head, stamp.id)
    sync.push_pending(system)
    assert sync.verify_document(officer, stamp.number, endorsed.pdf)["status"] == "valid"
    # The unendorsed file is no longer the document, and reveals nothing.
    old = sync.verify_document(officer, stamp.number, stamp.pdf)
    assert old == {"status": "unknown", "template": None, "office_code": None,
                   "issued_at": None}

    services.documents.void(make_actor(Role.PRINT_OPERATOR, username="cetak9"), stamp.id,
                            "Salah cap")
    sync.push_pending(system)
    assert sync.verify_document(officer, stamp.number, endorsed.pdf)["status"] == "voided"
