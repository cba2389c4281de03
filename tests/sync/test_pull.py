"""Pulling reference data from a real server on 127.0.0.1: each kind of decision 0009 lands in
the local store (and the in-memory caches), scoped to this office and workstation."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.auth import passwords
from app.auth.permissions import Role
from app.domain.counter import Direction
from app.errors import AuthError, PermissionDenied, ValidationError
from app.services.base import system_actor
from app.services.counter import Scan
from app.services.documents import issue
from app.services.screening import entry_id
from app.store.counter_models import ReferenceValue, WatchListEntry, WatchListImport
from app.store.models import AuditEvent, Office, User
from app.store.sync_models import Holiday, NumberRange, ReferenceItem
from server.admin import publish_change
from tests.counter_support import TOURIST

ANNA = {"list_name": "penangkalan", "full_name": "ANNA MARIA ERIKSSON", "aliases": [],
        "birth_date": "1974-08-12", "nationality": "SWE", "document_numbers": ["L898902C3"],
        "reference": "KEP-TNG-101/2026", "legal_basis": "UU 6/2011 pasal 13",
        "requesting_agency": "Direktorat Jenderal Imigrasi", "action": "", "valid_from": None,
        "valid_until": None}
ANNA_ID = entry_id("penangkalan", "KEP-TNG-101/2026", "ANNA MARIA ERIKSSON", "1974-08-12",
                   "L898902C3")


def publish(live_server, kind: str, key: str, payload: dict | None = None, *,
            office: str | None = None, deleted: bool = False) -> int:
    with live_server.db.write() as session:
        return publish_change(session, kind, key, payload or {}, live_server.clock(),
                              office_code=office, deleted=deleted)


def _hits(services, officer, person=TOURIST) -> list[str]:
    check = services.counter.check(officer, Scan(person.mrz(), Direction.ARRIVAL))
    return [hit.reference for hit in check.hits]


def _count(services, model) -> int:
    with services.context.store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


# -- watch lists ------------------------------------------------------------------------------


def test_a_watch_entry_published_centrally_is_found_at_the_counter(services, enrolled, system,
                                                                   live_server, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER, username="konter1")
    assert services.screening.warm_up() == 0  # the index is built: sync must update it
    assert _hits(services, officer) == []

    seq = publish(live_server, "watch_entry", ANNA_ID, ANNA)
    result = enrolled.pull(system)

    assert (result.changes, result.applied, result.cursor) == (1, 1, seq)
    assert _hits(services, officer) == ["KEP-TNG-101/2026"]
    with services.context.store.read() as session:
        entry = session.get(WatchListEntry, ANNA_ID)
        [update] = session.scalars(select(WatchListImport))
    assert entry.document_numbers == "L898902C3" and entry.import_id == update.id
    assert (update.source, update.entries) == ("sync", 1)
    assert services.screening.status(officer).updated_at == services.context.clock()


def test_a_watch_entry_deleted_centrally_no_longer_hits(services, enrolled, system,
                                                        live_server, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER, username="konter1")
    publish(live_server, "watch_entry", ANNA_ID, ANNA)
    enrolled.pull(system)
    assert _hits(services, officer) == ["KEP-TNG-101/2026"]  # the index is built from it

    publish(live_server, "watch_entry", ANNA_ID, deleted=True)
    enrolled.pull(system)

    assert _hits(services, officer) == []
    assert _count(services, WatchListEntry) == 0


def test_the_newest_change_of_an_entry_in_one_page_wins(services, enrolled, system, live_server):
    publish(live_server, "watch_entry", ANNA_ID, ANNA)
    publish(live_server, "watch_entry", ANNA_ID, {**ANNA, "legal_basis": "dicabut"})
    other = entry_id("interpol", "X-1", "JOHN DOE", "", "")
    publish(live_server, "watch_entry", other, {**ANNA, "list_name": "interpol",
                                                "full_name": "JOHN DOE"})
    publish(live_server, "watch_entry", other, deleted=True)
    result = enrolled.pull(system)
    assert (result.changes, result.applied) == (4, 2)
    with services.context.store.read() as session:
        assert [e.legal_basis for e in session.scalars(select(WatchListEntry))] == ["dicabut"]


# -- users, offices, reference data -----------------------------------------------------------


def _user_payload(**changes: object) -> dict:
    return {"id": "u-server-1", "username": "rina", "full_name": "Rina Kartika",
            "nip": "199101012015032001", "office_code": "TEST",
            "password_hash": passwords.hash_password("Kantor-Pusat-2026"),
            "roles": ["supervisor"], "disabled": False, "must_change_password": False,
            **changes}


def test_a_user_published_centrally_signs_in_at_this_workstation(services, enrolled, system,
                                                                 live_server):
    publish(live_server, "user", "u-server-1", _user_payload(), office="TEST")
    enrolled.pull(system)

    signed = services.auth.sign_in("rina", "Kantor-Pusat-2026")
    assert signed.actor.user_id == "u-server-1"
    assert signed.actor.roles == frozenset({Role.SUPERVISOR})
    assert not signed.must_change_password


def test_the_server_changes_and_disables_a_user(services, enrolled, system, live_server):
    publish(live_server, "user", "u-server-1", _user_payload(), office="TEST")
    enrolled.pull(system)
    publish(live_server, "user", "u-server-1",
            _user_payload(roles=["counter_officer", "print_operator", "role_of_tomorrow"]),
            office="TEST")
    enrolled.pull(system)
    assert services.auth.sign_in("rina", "Kantor-Pusat-2026").actor.roles == frozenset(
        {Role.COUNTER_OFFICER, Role.PRINT_OPERATOR})  # a role this version lacks is left out

    publish(live_server, "user", "u-server-1", deleted=True, office="TEST")
    enrolled.pull(system)
    with pytest.raises(AuthError):
        services.auth.sign_in("rina", "Kantor-Pusat-2026")
    assert _count(services, User) == 1  # kept for the audit trail, disabled


def test_a_local_account_with_the_servers_username_is_moved_aside(services, enrolled, system,
                                                                 live_server):
    services.users.create_user(system, "rina", "Rina Lokal", [Role.ADMIN], password="Lokal2026x")
    publish(live_server, "user", "u-server-1", _user_payload(), office="TEST")
    enrolled.pull(system)
    assert services.auth.sign_in("rina", "Kantor-Pusat-2026").actor.user_id == "u-server-1"
    with services.context.store.read() as session:
        [local] = session.scalars(select(User).where(User.id != "u-server-1"))
    assert local.username.startswith("rina~") and local.disabled


def test_another_offices_changes_are_not_applied(services, enrolled, system, live_server):
    live_server.enrolment_code("OTHER")  # the server knows the office
    publish(live_server, "user", "u-other", _user_payload(id="u-other", username="oki",
                                                          office_code="OTHER"), office="OTHER")
    publish(live_server, "number_range", "WS-OTHER-01",
            {"workstation_id": "WS-OTHER-01", "first": 1, "last": 9}, office="OTHER")
    seq = publish(live_server, "holiday", "2026-12-25", {"date": "2026-12-25", "name": "Natal"})
    result = enrolled.pull(system)
    assert (result.changes, result.cursor) == (1, seq)  # the server sends this office's only
    with services.context.store.read() as session:
        assert session.scalar(select(User).where(User.username == "oki")) is None
        assert session.get(NumberRange, "WS-OTHER-01") is None


def test_an_office_published_centrally_updates_the_letterhead(services, enrolled, system,
                                                              live_server):
    office = {"code": "TEST", "name": "Kantor Imigrasi Kelas I Uji", "timezone": "Asia/Jakarta",
              "ministry": "Kementerian Imigrasi dan Pemasyarakatan",
              "directorate_general": "Direktorat Jenderal Imigrasi",
              "regional_office": "Kantor Wilayah Uji", "address": "Jl. Uji 1", "city": "Tangerang",
              "phone": "021-555", "email": "uji@imigrasi.go.id", "website": "uji.imigrasi.go.id"}
    publish(live_server, "office", "TEST", office)
    publish(live_server, "office", "DPS", {**office, "code": "DPS", "name": "Kanim Denpasar"})
    enrolled.pull(system)
    assert services.offices.current().name == "Kantor Imigrasi Kelas I Uji"
    assert services.offices.current().city == "Tangerang"
    with services.context.store.read() as session:
        assert session.get(Office, "DPS").name == "Kanim Denpasar"


def test_a_reference_value_published_centrally_is_in_force_at_once(services, enrolled, system,
                                                                   live_server):
    day = services.counter.today()
    before = services.reference.get("watchlist.max_age_hours", day)  # fills the cache
    publish(live_server, "reference_value", f"watchlist.max_age_hours@{day.isoformat()}",
            {"key": "watchlist.max_age_hours", "effective_from": day.isoformat(),
             "value": str(int(before.value) + 5), "unit": before.unit,
             "legal_basis": "SE Dirjen 2026", "needs_confirmation": False, "note": ""})
    enrolled.pull(system)
    now = services.reference.get("watchlist.max_age_hours", day)
    assert (now.value, now.legal_basis) == (str(int(before.value) + 5), "SE Dirjen 2026")

    publish(live_server, "reference_value", f"watchlist.max_age_hours@{day.isoformat()}",
            deleted=True)
    enrolled.pull(system)
    assert services.reference.get("watchlist.max_age_hours", day).value == before.value
    with services.context.store.read() as session:
        assert session.get(ReferenceValue, ("watchlist.max_age_hours", day)) is None


def test_permit_types_and_holidays_are_kept(services, enrolled, system, live_server):
    publish(live_server, "permit_type", "ITAS-E23",
            {"code": "ITAS-E23", "name": "ITAS Pekerja", "max_days": 365})
    publish(live_server, "holiday", "2026-12-25", {"date": "2026-12-25", "name": "Natal"})
    publish(live_server, "holiday", "2026-12-26", {"date": "2026-12-26", "name": "Cuti"})
    publish(live_server, "holiday", "2026-12-26", deleted=True)
    enrolled.pull(system)
    with services.context.store.read() as session:
        item = session.get(ReferenceItem, ("permit_type", "ITAS-E23"))
        natal = session.get(Holiday, date(2026, 12, 25)).name  # replaces the seeded name
        removed = session.get(Holiday, date(2026, 12, 26))
    assert json.loads(item.payload)["max_days"] == 365
    assert (natal, removed) == ("Natal", None)


def test_a_leased_number_range_numbers_the_next_document(services, enrolled, system,
                                                         live_server):
    def nota() -> str:
        with services.context.change(system_actor(services.context.config), None) as uow:
            return issue(uow, "nota_dinas", {
                "to": "Kepala Kantor", "sender": "Kepala Seksi", "subject": "Uji",
                "body": "Uji nomor.", "signer_name": "Budi",
                "signer_nip": "198001012005011001", "signer_position": "Kepala Seksi"},
                subject_type="test", subject_id="t").number

    assert nota().endswith("/000001")  # config's block: 1 on
    publish(live_server, "number_range", "WS-TEST-02",
            {"workstation_id": "WS-TEST-02", "first": 9000, "last": 9999}, office="TEST")
    publish(live_server, "number_range", "WS-TEST-01",
            {"workstation_id": "WS-TEST-01", "first": 5000, "last": 5001}, office="TEST")
    result = enrolled.pull(system)
    assert result.skipped == 1  # the other workstation's lease
    assert [nota()[-7:] for _ in range(2)] == ["/005000", "/005001"]
    with pytest.raises(ValidationError) as used_up:
        nota()
    assert "(5000-5001)" in used_up.value.user_message
    assert "server pusat" in used_up.value.user_message


def test_unknown_kinds_are_skipped_and_the_rest_applied(services, enrolled, system,
                                                        live_server):
    publish(live_server, "detention_cell", "C-1", {"capacity": 4})
    seq = publish(live_server, "holiday", "2026-12-25", {"date": "2026-12-25", "name": "Natal"})
    result = enrolled.pull(system)
    assert (result.applied, result.skipped, result.cursor) == (1, 1, seq)
    with services.context.store.read() as session:
        assert session.get(Holiday, date(2026, 12, 25)).name == "Natal"
    assert enrolled.status(system).cursor == seq


# -- pages, resumption, audit -----------------------------------------------------------------


def _publish_entries(live_server, count: int) -> list[int]:
    seqs = []
    with live_server.db.write() as session:
        for n in range(count):
            seqs.append(publish_change(session, "watch_entry", f"e-{n:03d}",
                                       {**ANNA, "full_name": f"ORANG KE {n}"},
                                       live_server.clock()))
    return seqs


def _pulled_events(services) -> list[dict]:
    with services.context.store.read() as session:
        return [json.loads(e.summary)["after"] for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "sync.pulled")
            .order_by(AuditEvent.seq))]


def test_an_interrupted_pull_resumes_at_the_first_page_not_applied(services, enrolled, system,
                                                                   live_server, monkeypatch):
    from app.sync import worker
    from app.sync.client import ServerUnreachable, SyncClient

    monkeypatch.setattr(worker, "PULL_LIMIT", 10)
    seqs = _publish_entries(live_server, 50)  # five pages
    real_pull = SyncClient.pull
    calls = []

    def cut_on_page_3(client, cursor, limit=500):
        calls.append(cursor)
        if len(calls) == 3:
            raise ServerUnreachable(detail="cable pulled", url=client.base_url)
        return real_pull(client, cursor, limit)

    monkeypatch.setattr(SyncClient, "pull", cut_on_page_3)
    with pytest.raises(ServerUnreachable):
        enrolled.pull(system)
    state = enrolled.status(system)
    assert state.cursor == seqs[19] and _count(services, WatchListEntry) == 20
    assert "tidak dapat dihubungi" in state.last_pull_error

    result = enrolled.pull(system)
    assert calls[3] == seqs[19]  # resumed after the last applied page, not from 0
    assert (result.pages, result.changes, result.cursor) == (3, 30, seqs[-1])
    assert _count(services, WatchListEntry) == 50
    events = _pulled_events(services)
    assert [(e["from"], e["to"], e["changes"]) for e in events] == [
        (0 if i == 0 else seqs[i * 10 - 1], seqs[i * 10 + 9], 10) for i in range(5)]
    with services.context.store.read() as session:  # each page imported once
        assert list(session.scalars(select(WatchListImport.entries))) == [10] * 5
    assert enrolled.status(system).last_pull_error == ""


def test_a_page_that_cannot_be_applied_writes_nothing_of_itself(services, enrolled, system,
                                                                live_server, monkeypatch):
    from app.sync import worker
    from app.sync.worker import PullRejected

    monkeypatch.setattr(worker, "PULL_LIMIT", 2)
    first = publish(live_server, "holiday", "2026-12-25", {"date": "2026-12-25", "name": "Natal"})
    publish(live_server, "holiday", "2026-12-24", {"date": "2026-12-24", "name": "Cuti"})
    publish(live_server, "holiday", "2026-12-31", {"date": "2026-12-31", "name": "Cuti"})
    publish(live_server, "holiday", "2027-01-01", {"date": "2027-01-01"})  # no name: malformed
    with pytest.raises(PullRejected) as rejected:
        enrolled.pull(system)
    assert "tidak dapat diterapkan" in rejected.value.user_message
    state = enrolled.status(system)
    assert state.cursor > first and state.last_pull_error == rejected.value.user_message
    with services.context.store.read() as session:  # page 2 (31 Dec and 1 Jan): nothing
        names = [getattr(session.get(Holiday, date.fromisoformat(day)), "name", None)
                 for day in ("2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01")]
    assert names == ["Cuti", "Natal", None, "Tahun Baru Masehi"]  # 1 Jan: as seeded


def test_pulling_needs_the_sync_permission(services, enrolled, make_actor):
    with pytest.raises(PermissionDenied):
        enrolled.pull(make_actor(Role.SUPERVISOR, username="spv9"))


def test_sync_once_pushes_then_pulls(services, enrolled, system, live_server):
    services.users.create_user(system, "budi", "Budi", [Role.COUNTER_OFFICER],
                               password="Rahasia2026")
    seq = publish(live_server, "holiday", "2026-12-25", {"date": "2026-12-25", "name": "Natal"})
    result = enrolled.sync_once(system)
    assert result.pushed.sent > 0 and result.pushed.accepted == result.pushed.sent
    assert (result.pulled.applied, result.pulled.cursor) == (1, seq)
    state = enrolled.status(system)
    assert state.last_pull == services.context.clock() and state.cursor == seq


def test_a_holiday_keeps_its_kind_when_a_newer_change_names_none(services, enrolled, system,
                                                                 live_server):
    publish(live_server, "holiday", "2026-12-24",
            {"date": "2026-12-24", "name": "Cuti Bersama Natal", "kind": "cuti_bersama"})
    publish(live_server, "holiday", "2026-12-25", {"date": "2026-12-25", "name": "Natal"})
    enrolled.pull(system)
    publish(live_server, "holiday", "2026-12-24", {"date": "2026-12-24", "name": "Cuti Natal"})
    enrolled.pull(system)
    with services.context.store.read() as session:
        assert (session.get(Holiday, date(2026, 12, 24)).kind,
                session.get(Holiday, date(2026, 12, 25)).kind) == ("cuti_bersama", "nasional")
