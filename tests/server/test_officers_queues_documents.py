"""Officer tokens, the shared office queues and document verification, scoped by office."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta

import pytest

from server.admin import add_user, disable_user

PASSWORD = "Rahasia123"


def _user(live_server, office: str, username: str, *roles: str) -> None:
    add_user(live_server.db, live_server.clock(), office_code=office, username=username,
             full_name=username.title(), roles=roles, password=PASSWORD)


def _officer_token(ws, username: str, password: str = PASSWORD):
    with ws.client() as http:
        return http.post("/v1/officer-token", json={"username": username, "password": password})


def _as(ws, token: str):
    client = ws.client()
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def _record(entity_type: str, entity_id: str, operation: str, payload: dict) -> dict:
    return {"id": str(uuid.uuid4()), "entity_type": entity_type, "entity_id": entity_id,
            "operation": operation, "payload": payload,
            "created_at": "2026-12-01T07:59:00+00:00"}


def _share(entity_type: str, entity_id: str, status: str) -> dict:
    return _record(entity_type, entity_id, "upsert",
                   {"row": {"id": entity_id, "status": status}, "base_version": 0})


def _push(ws, *records: dict) -> None:
    with ws.client() as http:
        answer = http.post("/v1/push", json={"records": list(records)})
    assert answer.status_code == 200, answer.text


# -- officer tokens -------------------------------------------------------------------------


def test_officer_token_names_the_officer_and_roles(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    _user(live_server, "JKT1", "budi", "supervisor", "counter_officer")
    answer = _officer_token(ws, "budi")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["username"], body["roles"]) == ("budi", ["counter_officer", "supervisor"])
    with _as(ws, body["access_token"]) as http:
        assert http.get("/v1/queues/referrals").status_code == 200


@pytest.mark.parametrize("case", ["wrong_password", "unknown", "disabled", "other_office"])
def test_officer_token_is_refused_with_one_message(live_server, case):
    ws = live_server.enrol("JKT1", "ws-1")
    live_server.enrol("DPS1", "ws-b")
    _user(live_server, "JKT1", "budi", "supervisor")
    _user(live_server, "DPS1", "wayan", "supervisor")
    if case == "disabled":
        disable_user(live_server.db, live_server.clock(), "budi")
    username, password = {"wrong_password": ("budi", "Salah12345"),
                          "unknown": ("siapa", PASSWORD), "disabled": ("budi", PASSWORD),
                          "other_office": ("wayan", PASSWORD)}[case]
    answer = _officer_token(ws, username, password)
    assert answer.status_code == 401
    assert answer.json() == {
        "error": "invalid_officer_credentials",
        "message": "Nama pengguna atau kata sandi salah, atau akun tidak aktif di kantor ini."}


def test_officer_token_needs_a_workstation_token_and_expires(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    _user(live_server, "JKT1", "budi", "supervisor")
    officer = _officer_token(ws, "budi").json()["access_token"]
    with _as(ws, officer) as http:
        again = http.post("/v1/officer-token", json={"username": "budi", "password": PASSWORD})
    assert again.status_code == 403
    assert again.json()["error"] == "workstation_token_required"
    with live_server.client() as http:
        anonymous = http.post("/v1/officer-token", json={"username": "budi",
                                                         "password": PASSWORD})
    assert anonymous.status_code == 401
    live_server.clock.advance(timedelta(minutes=15, seconds=1))
    with _as(ws, officer) as http:
        expired = http.get("/v1/queues/referrals")
    assert expired.status_code == 401 and "kedaluwarsa" in expired.json()["message"]


# -- queues ---------------------------------------------------------------------------------


def test_queues_list_the_offices_open_records_with_their_version(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    _user(live_server, "JKT1", "budi", "supervisor")
    _push(ws, _share("referral", "r-open", "open"), _share("referral", "r-busy", "in_progress"),
          _share("referral", "r-done", "closed"), _share("print_job", "p-1", "queued"))
    _push(ws, _share("referral", "r-busy", "in_progress"))  # same workstation: version 2
    token = _officer_token(ws, "budi").json()["access_token"]
    with _as(ws, token) as http:
        answer = http.get("/v1/queues/referrals")
    assert answer.status_code == 200
    records = {r["entity_id"]: r for r in answer.json()["records"]}
    assert sorted(records) == ["r-busy", "r-open"]
    assert records["r-busy"]["version"] == 2 and records["r-open"]["version"] == 1
    assert records["r-open"]["row"] == {"id": "r-open", "status": "open"}
    assert records["r-open"]["workstation_id"] == "ws-1"


@pytest.mark.parametrize(("roles", "queue", "allowed"), [
    (("supervisor",), "referrals", True),
    (("counter_officer",), "referrals", False),
    (("section_head",), "approvals", True),
    (("office_head",), "approvals", True),
    (("supervisor",), "approvals", False),
    (("print_operator",), "print_jobs", True),
    (("section_head",), "print_jobs", False),
])
def test_a_queue_needs_a_role_that_works_it(live_server, roles, queue, allowed):
    ws = live_server.enrol("JKT1", "ws-1")
    _user(live_server, "JKT1", "petugas", *roles)
    _push(ws, _share("case", "a-1", "waiting_approval"), _share("print_job", "p-1", "failed"),
          _share("referral", "r-1", "open"))
    token = _officer_token(ws, "petugas").json()["access_token"]
    with _as(ws, token) as http:
        answer = http.get(f"/v1/queues/{queue}")
    if allowed:
        assert answer.status_code == 200
        assert len(answer.json()["records"]) == 1
    else:
        assert answer.status_code == 403
        assert answer.json()["error"] == "forbidden" and queue in answer.json()["message"]


def test_a_workstation_token_cannot_read_a_queue(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    with ws.client() as http:
        answer = http.get("/v1/queues/referrals")
        unknown = http.get("/v1/queues/semua")
    assert answer.status_code == 403
    assert answer.json()["error"] == "officer_token_required"
    assert unknown.status_code in (403, 422)


def test_an_office_sees_only_its_own_queue(live_server):
    a = live_server.enrol("JKT1", "ws-a")
    b = live_server.enrol("DPS1", "ws-b")
    _user(live_server, "JKT1", "budi", "print_operator")
    _push(a, _share("print_job", "pj-a", "queued"))
    _push(b, _share("print_job", "pj-b", "queued"))
    token = _officer_token(a, "budi").json()["access_token"]
    with _as(a, token) as http:
        records = http.get("/v1/queues/print_jobs").json()["records"]
    assert [r["entity_id"] for r in records] == ["pj-a"]


def test_users_reach_only_their_own_office(live_server):
    a = live_server.enrol("JKT1", "ws-a")
    b = live_server.enrol("DPS1", "ws-b")
    _user(live_server, "JKT1", "budi", "supervisor")
    _user(live_server, "DPS1", "wayan", "supervisor")
    with a.client() as http_a, b.client() as http_b:
        users_a = [c["payload"]["username"] for c in http_a.get("/v1/pull").json()["changes"]
                   if c["kind"] == "user"]
        users_b = [c["payload"]["username"] for c in http_b.get("/v1/pull").json()["changes"]
                   if c["kind"] == "user"]
    assert (users_a, users_b) == (["budi"], ["wayan"])


# -- documents ------------------------------------------------------------------------------


PDF_HASH = hashlib.sha256(b"%PDF-1.7 surat keterangan").hexdigest()


def _issue(number: str, sha256: str = PDF_HASH) -> dict:
    return _record("document", number, "issue", {
        "number": number, "template": "skim", "sha256": sha256,
        "issued_at": "2026-12-01T15:00:00+08:00"})


def _verify(ws, number: str, sha256: str = PDF_HASH) -> dict:
    with ws.client() as http:
        answer = http.post("/v1/documents/verify", json={"number": number, "sha256": sha256})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_an_issued_document_verifies_with_its_hash_only_and_a_void_is_reported(live_server):
    a = live_server.enrol("JKT1", "ws-a")
    b = live_server.enrol("DPS1", "ws-b")
    _push(b, _issue("W1.IMI-DPS/2026/0001"))
    valid = _verify(a, "W1.IMI-DPS/2026/0001")  # any office verifies a document it holds
    assert valid == {"status": "valid", "template": "skim", "office_code": "DPS1",
                     "issued_at": "2026-12-01T07:00:00Z"}
    unknown = {"status": "unknown", "template": None, "office_code": None, "issued_at": None}
    assert _verify(a, "W1.IMI-DPS/2026/0001", "0" * 64) == unknown
    assert _verify(a, "W1.IMI-DPS/2026/9999") == unknown
    _push(b, _record("document", "W1.IMI-DPS/2026/0001", "void",
                     {"number": "W1.IMI-DPS/2026/0001"}))
    assert _verify(a, "W1.IMI-DPS/2026/0001")["status"] == "voided"


def test_verification_works_with_an_officer_token_and_needs_some_token(live_server):
    ws = live_server.enrol("JKT1", "ws-1")
    _user(live_server, "JKT1", "budi", "counter_officer")
    _push(ws, _issue("JKT/1"))
    token = _officer_token(ws, "budi").json()["access_token"]
    with _as(ws, token) as http:
        answer = http.post("/v1/documents/verify", json={"number": "JKT/1",
                                                         "sha256": PDF_HASH.upper()})
    assert answer.json()["status"] == "valid"
    with live_server.client() as http:
        anonymous = http.post("/v1/documents/verify", json={"number": "JKT/1",
                                                            "sha256": PDF_HASH})
    assert anonymous.status_code == 401


def test_an_office_cannot_void_or_reissue_another_offices_document(live_server):
    a = live_server.enrol("JKT1", "ws-a")
    b = live_server.enrol("DPS1", "ws-b")
    _push(b, _issue("DPS/1"))
    with a.client() as http:
        void = http.post("/v1/push", json={"records": [
            _record("document", "DPS/1", "void", {"number": "DPS/1"})]})
        reissue = http.post("/v1/push", json={"records": [_issue("DPS/1", "f" * 64)]})
    assert void.status_code == reissue.status_code == 409
    assert _verify(a, "DPS/1")["status"] == "valid"
