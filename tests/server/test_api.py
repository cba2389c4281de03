"""The /v1 API over real HTTP: enrolment, tokens, idempotent push, pull by cursor, scoping."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select

from server.admin import publish_change
from server.models import ReceivedRecord, Workstation
from server.schemas import PullResponse


def _records(n: int, *, prefix: str = "") -> list[dict]:
    return [{"id": f"{prefix}{uuid.uuid4()}", "entity_type": "crossing", "entity_id": str(i),
             "operation": "create", "payload": {"n": i, "nama": "Budi"},
             "created_at": "2026-12-01T07:59:00+00:00"} for i in range(n)]


def _stored(live_server, **where) -> int:
    with live_server.db.read() as session:
        query = select(func.count()).select_from(ReceivedRecord).filter_by(**where)
        return session.scalar(query)


def test_health_reports_the_database(live_server):
    with live_server.client() as http:
        answer = http.get("/v1/health")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "database": "ok"}


def test_enrolment_code_works_once_and_only_the_credential_hash_is_kept(live_server):
    code = live_server.enrolment_code("JKT1")
    with live_server.client() as http:
        first = http.post("/v1/enrol", json={"code": code.lower(), "workstation_id": "ws-1"})
        second = http.post("/v1/enrol", json={"code": code, "workstation_id": "ws-2"})
    assert first.status_code == 200
    assert first.json()["office_code"] == "JKT1"
    assert second.status_code == 403
    assert second.json()["error"] == "invalid_enrolment_code"
    assert "sudah dipakai" in second.json()["message"]
    with live_server.db.read() as session:
        stored = session.get(Workstation, "ws-1")
        assert stored.office_code == "JKT1"
        assert first.json()["credential"] not in stored.credential_hash
        assert session.get(Workstation, "ws-2") is None


def test_expired_or_unknown_enrolment_code_is_refused(live_server):
    code = live_server.enrolment_code("JKT1")
    live_server.clock.advance(timedelta(hours=25))
    with live_server.client() as http:
        expired = http.post("/v1/enrol", json={"code": code, "workstation_id": "ws-1"})
        unknown = http.post("/v1/enrol", json={"code": "AAAA-BBBB-CCCC", "workstation_id": "x"})
    assert expired.status_code == unknown.status_code == 403
    assert expired.json()["error"] == "invalid_enrolment_code"


def test_token_needs_the_right_credential_by_basic_or_json(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    with live_server.client() as http:
        by_json = http.post("/v1/token", json={"workstation_id": "ws-1",
                                                "credential": ws.credential})
        wrong = http.post("/v1/token", auth=("ws-1", "salah"))
        missing = http.post("/v1/token")
    assert by_json.status_code == 200 and by_json.json()["token_type"] == "bearer"
    assert wrong.status_code == missing.status_code == 401
    assert wrong.json()["error"] == "invalid_credential"


def test_push_then_the_same_batch_again_is_stored_once(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    batch = _records(5)
    with ws.client() as http:
        first = http.post("/v1/push", json={"records": batch})
        again = http.post("/v1/push", json={"records": batch + batch[:1]})
    assert first.json() == {"accepted": 5, "duplicates": 0, "conflicts": []}
    assert again.json() == {"accepted": 0, "duplicates": 6, "conflicts": []}
    assert _stored(live_server, office_code="JKT1", workstation_id="ws-1") == 5


def test_push_of_more_than_1000_records_is_refused_whole(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    with ws.client() as http:
        answer = http.post("/v1/push", json={"records": _records(1001)})
    assert answer.status_code == 422
    assert _stored(live_server) == 0


def test_requests_without_a_valid_token_are_refused(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    with live_server.client() as http:
        none = http.get("/v1/pull")
        forged = http.get("/v1/pull", headers={"Authorization": f"Bearer {ws.token}x"})
    assert none.status_code == forged.status_code == 401
    assert forged.json()["error"] == "invalid_token"


def test_expired_token_is_refused_and_a_new_one_works(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    live_server.clock.advance(timedelta(minutes=15, seconds=1))
    with ws.client() as http:
        expired = http.post("/v1/push", json={"records": _records(1)})
        assert expired.status_code == 401
        assert expired.headers["www-authenticate"] == "Bearer"
        assert "kedaluwarsa" in expired.json()["message"]
        fresh = http.post("/v1/token", auth=(ws.id, ws.credential)).json()["access_token"]
        pushed = http.post("/v1/push", json={"records": _records(1)},
                           headers={"Authorization": f"Bearer {fresh}"})
    assert pushed.status_code == 200


def test_pull_pages_by_cursor(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    seqs = [live_server.publish(f"fee.{i}", amount=i * 1000) for i in range(5)]
    with ws.client() as http:
        first = http.get("/v1/pull", params={"cursor": 0, "limit": 2}).json()
        second = http.get("/v1/pull", params={"cursor": first["cursor"], "limit": 2}).json()
        third = http.get("/v1/pull", params={"cursor": second["cursor"], "limit": 2}).json()
        empty = http.get("/v1/pull", params={"cursor": third["cursor"]}).json()
    assert [c["seq"] for c in first["changes"] + second["changes"] + third["changes"]] == seqs
    assert (first["more"], second["more"], third["more"]) == (True, True, False)
    assert first["changes"][0]["payload"] == {"amount": 0}
    assert empty == {"changes": [], "cursor": seqs[-1], "more": False}
    # The page is written by hand for speed; it still is exactly the documented schema.
    for page in (first, second, third, empty):
        assert PullResponse.model_validate(page).model_dump() == page


def test_a_pulled_page_carries_text_that_needs_escaping(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    with live_server.db.write() as session:
        publish_change(session, "holiday", 'Tahun "Baru"\\n', {"name": "Tahun Baru \u2603 \"x\""},
                       live_server.clock())
    with ws.client() as http:
        change = http.get("/v1/pull").json()["changes"][0]
    assert change["key"] == 'Tahun "Baru"\\n'
    assert change["payload"]["name"] == 'Tahun Baru \u2603 "x"'
    assert change["office_code"] is None and change["deleted"] is False


def test_an_office_reads_nothing_of_another_office(live_server):
    a = live_server.enrol("JKT1", "ws-a")
    b = live_server.enrol("DPS1", "ws-b")
    everyone = live_server.publish("fee.visa", amount=500000)
    only_a = live_server.publish("numbering.range", office="JKT1", start=1)
    only_b = live_server.publish("numbering.range", office="DPS1", start=1)
    with a.client() as http_a, b.client() as http_b:
        seen_a = [c["seq"] for c in http_a.get("/v1/pull").json()["changes"]]
        seen_b = [c["seq"] for c in http_b.get("/v1/pull").json()["changes"]]
    assert seen_a == [everyone, only_a]
    assert seen_b == [everyone, only_b]


def test_an_office_cannot_overwrite_another_offices_record_ids(live_server):
    a = live_server.enrol("JKT1", "ws-a")
    b = live_server.enrol("DPS1", "ws-b")
    batch_b = _records(2)
    with a.client() as http_a, b.client() as http_b:
        assert http_b.post("/v1/push", json={"records": batch_b}).status_code == 200
        stolen = [{**batch_b[0], "payload": {"ditimpa": True}}, *_records(1)]
        refused = http_a.post("/v1/push", json={"records": stolen})
    assert refused.status_code == 409
    assert refused.json()["error"] == "record_id_conflict"
    assert "Budi" not in refused.text
    assert _stored(live_server, office_code="JKT1") == 0  # nothing of the batch was stored
    with live_server.db.read() as session:
        kept = session.get(ReceivedRecord, batch_b[0]["id"])
        assert (kept.office_code, kept.payload) == ("DPS1", '{"n":0,"nama":"Budi"}')

