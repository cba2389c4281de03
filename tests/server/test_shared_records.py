"""Shared office records pushed with a base version: versions, conflicts, office scope."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import func, select

from server.models import Change, Conflict, SharedRecord


def _share(entity_type: str, entity_id: str, row: dict, base_version: int, *,
           record_id: str | None = None) -> dict:
    return {"id": record_id or str(uuid.uuid4()), "entity_type": entity_type,
            "entity_id": entity_id, "operation": "upsert",
            "payload": {"row": row, "base_version": base_version},
            "created_at": "2026-12-01T07:59:00+00:00"}


def _push(ws, *records: dict) -> dict:
    with ws.client() as http:
        answer = http.post("/v1/push", json={"records": list(records)})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _pulled(ws, kind: str) -> list[dict]:
    with ws.client() as http:
        changes = http.get("/v1/pull", params={"limit": 5000}).json()["changes"]
    return [c for c in changes if c["kind"] == kind]


def _stored(live_server, entity_type: str, entity_id: str) -> SharedRecord | None:
    with live_server.db.read() as session:
        return session.get(SharedRecord, (entity_type, entity_id))


def test_a_new_record_is_version_1_and_every_workstation_of_the_office_pulls_it(live_server):
    ws1 = live_server.enrol("JKT1", "ws-1")
    ws2 = live_server.enrol("JKT1", "ws-2")
    row = {"id": "ref-1", "status": "open", "reason": "nama mirip daftar cekal"}
    answer = _push(ws1, _share("referral", "ref-1", row, 0))
    assert answer["conflicts"] == []
    [change] = _pulled(ws2, "referral")
    assert change["key"] == "ref-1" and change["office_code"] == "JKT1"
    assert change["payload"] == {"version": 1, "workstation_id": "ws-1", "row": row}
    assert _pulled(ws1, "referral") == [change]  # the writer learns its version too


def test_an_edit_based_on_the_current_version_bumps_it(live_server):
    ws1 = live_server.enrol("JKT1", "ws-1")
    ws2 = live_server.enrol("JKT1", "ws-2")
    _push(ws1, _share("referral", "ref-1", {"status": "open"}, 0))
    answer = _push(ws2, _share("referral", "ref-1", {"status": "in_progress"}, 1))
    assert answer["conflicts"] == []
    stored = _stored(live_server, "referral", "ref-1")
    assert (stored.version, stored.workstation_id, stored.status) == (2, "ws-2", "in_progress")
    assert [c["payload"]["version"] for c in _pulled(ws1, "referral")] == [1, 2]


def test_a_stale_edit_of_another_workstation_is_a_conflict_and_the_server_keeps_its_row(
        live_server):
    ws1 = live_server.enrol("JKT1", "ws-1")
    ws2 = live_server.enrol("JKT1", "ws-2")
    _push(ws1, _share("approval", "apr-1", {"status": "pending"}, 0))
    _push(ws1, _share("approval", "apr-1", {"status": "approved", "by": "kasi"}, 1))
    stale = _share("approval", "apr-1", {"status": "rejected", "by": "kakan"}, 1)
    answer = _push(ws2, stale)
    assert answer["accepted"] == 1
    assert answer["conflicts"] == [{"record_id": stale["id"], "entity_type": "approval",
                                    "entity_id": "apr-1", "server_version": 2}]
    stored = _stored(live_server, "approval", "apr-1")
    assert (stored.version, json.loads(stored.payload)) == (2, {"status": "approved",
                                                                "by": "kasi"})
    with live_server.db.read() as session:
        conflict = session.get(Conflict, stale["id"])
        assert (conflict.office_code, conflict.workstation_id, conflict.server_version,
                conflict.reviewed_at) == ("JKT1", "ws-2", 2, None)
        assert json.loads(conflict.payload) == {"status": "rejected", "by": "kakan"}
    assert [c["payload"]["version"] for c in _pulled(ws2, "approval")] == [1, 2]  # no v3


def test_successive_edits_of_one_workstation_do_not_conflict(live_server):
    ws1 = live_server.enrol("JKT1", "ws-1")
    # Offline, ws-1 queued three edits all based on the version it last pulled (0).
    edits = [_share("print_job", "pj-1", {"status": s}, 0)
             for s in ("queued", "printing", "printed")]
    answer = _push(ws1, *edits)
    assert answer == {"accepted": 3, "duplicates": 0, "conflicts": []}
    assert _stored(live_server, "print_job", "pj-1").version == 3
    assert _push(ws1, _share("print_job", "pj-1", {"status": "failed"}, 1))["conflicts"] == []
    assert _stored(live_server, "print_job", "pj-1").version == 4


def test_pushing_the_same_records_again_changes_no_version(live_server):
    ws1 = live_server.enrol("JKT1", "ws-1")
    ws2 = live_server.enrol("JKT1", "ws-2")
    first = _share("referral", "ref-1", {"status": "open"}, 0)
    second = _share("referral", "ref-1", {"status": "in_progress"}, 1)
    _push(ws1, first)
    stale = _share("referral", "ref-1", {"status": "closed"}, 0)
    _push(ws2, second)
    assert _push(ws1, stale)["conflicts"] != []
    again = _push(ws1, first, stale)
    assert again == {"accepted": 0, "duplicates": 2, "conflicts": []}
    assert _stored(live_server, "referral", "ref-1").version == 2
    with live_server.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Conflict)) == 1
        assert session.scalar(select(func.count()).select_from(Change)
                              .where(Change.kind == "referral")) == 2


def test_an_office_never_sees_nor_overwrites_another_offices_shared_records(live_server):
    a = live_server.enrol("JKT1", "ws-a")
    b = live_server.enrol("DPS1", "ws-b")
    _push(b, _share("referral", "ref-b", {"status": "open", "name": "Rahasia B"}, 0))
    assert _pulled(a, "referral") == []
    with a.client() as http:
        stolen = http.post("/v1/push", json={"records": [
            _share("referral", "ref-b", {"status": "closed"}, 1)]})
    assert stolen.status_code == 409
    assert stolen.json()["error"] == "record_id_conflict"
    assert "Rahasia" not in stolen.text
    stored = _stored(live_server, "referral", "ref-b")
    assert (stored.office_code, stored.version, stored.status) == ("DPS1", 1, "open")
    with live_server.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Conflict)) == 0


def test_a_malformed_shared_record_refuses_the_whole_batch(live_server):
    ws1 = live_server.enrol("JKT1", "ws-1")
    good = _share("referral", "ref-1", {"status": "open"}, 0)
    bad = {**_share("referral", "ref-2", {}, 0), "payload": {"status": "open"}}
    with ws1.client() as http:
        answer = http.post("/v1/push", json={"records": [good, bad]})
    assert answer.status_code == 422
    assert answer.json()["error"] == "invalid_record" and "row" in answer.json()["message"]
    assert _stored(live_server, "referral", "ref-1") is None
