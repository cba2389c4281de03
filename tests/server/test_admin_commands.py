"""`gapura server office|user|watchlist|reference|holiday|permit-type|range`: each publishes its
change, workstations pull it, and bad input is refused in Indonesian with nothing published."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import func, select

from app.auth.passwords import verify_password
from app.cli import main
from app.services.screening import entry_id
from server.models import Change, Office, User

HEADER = "list,full_name,birth_date,nationality,document_number,reference,valid_until\n"


@pytest.fixture
def gapura_server(live_server, capsys, monkeypatch):
    """Run `gapura server ARGS --database <live server's>` in-process: (status, out, err)."""

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        status = main(["server", *args, "--database", str(live_server.database)])
        out, err = capsys.readouterr()
        return status, out, err

    return run


def _changes(ws, kind: str) -> list[dict]:
    changes, cursor = [], 0
    with ws.client() as http:
        while True:
            page = http.get("/v1/pull", params={"cursor": cursor, "limit": 5000}).json()
            changes += [c for c in page["changes"] if c["kind"] == kind]
            cursor = page["cursor"]
            if not page["more"]:
                return changes


def _published(live_server) -> int:
    with live_server.db.read() as session:
        return session.scalar(select(func.count()).select_from(Change))


def test_office_set_creates_then_updates_and_publishes_to_every_office(live_server,
                                                                       gapura_server):
    other = live_server.enrol("DPS1", "ws-b")
    status, out, _ = gapura_server("office", "set", "MKS1", "--name", "Kanim Makassar",
                                   "--city", "Makassar", "--timezone", "Asia/Makassar")
    assert status == 0 and "MKS1" in out
    status, _, _ = gapura_server("office", "set", "MKS1", "--address", "Jl. Perintis 1")
    assert status == 0
    [created, updated] = _changes(other, "office")
    assert created["office_code"] is None and created["key"] == "MKS1"
    assert updated["payload"] == {
        "code": "MKS1", "name": "Kanim Makassar", "timezone": "Asia/Makassar",
        "ministry": "Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia",
        "directorate_general": "Direktorat Jenderal Imigrasi", "regional_office": "",
        "address": "Jl. Perintis 1", "city": "Makassar", "phone": "", "email": "",
        "website": ""}


def test_office_set_refuses_a_bad_zone_a_nameless_new_office_and_a_bad_code(live_server,
                                                                           gapura_server):
    before = _published(live_server)
    zone = gapura_server("office", "set", "MKS1", "--name", "X", "--timezone", "Asia/Bulan")
    nameless = gapura_server("office", "set", "MKS1")
    code = gapura_server("office", "set", "bukan kode", "--name", "X")
    assert zone[0] == nameless[0] == code[0] == 2
    assert "Zona waktu Asia/Bulan tidak dikenal" in zone[2]
    assert "beri namanya dengan --name" in nameless[2]
    assert "Kode kantor bukan kode tidak sah" in code[2]
    assert _published(live_server) == before
    with live_server.db.read() as session:
        assert session.get(Office, "MKS1") is None


def test_user_add_hashes_the_password_from_stdin_and_publishes_to_the_office_only(
        live_server, gapura_server):
    mine = live_server.enrol("JKT1", "ws-a")
    other = live_server.enrol("DPS1", "ws-b")
    status, out, err = gapura_server(
        "user", "add", "--office", "JKT1", "--username", "budi", "--full-name", "Budi Santoso",
        "--role", "supervisor", "--role", "counter_officer", "--nip", "198001012005011001",
        "--password-stdin", stdin="Rahasia123\n")
    assert status == 0, err
    assert "Rahasia123" not in out
    [change] = _changes(mine, "user")
    payload = change["payload"]
    assert change["office_code"] == "JKT1" and change["key"] == payload["id"]
    assert {k: payload[k] for k in ("username", "full_name", "nip", "office_code", "roles",
                                    "disabled", "must_change_password")} == {
        "username": "budi", "full_name": "Budi Santoso", "nip": "198001012005011001",
        "office_code": "JKT1", "roles": ["counter_officer", "supervisor"], "disabled": False,
        "must_change_password": True}
    assert payload["password_hash"].startswith("$argon2id$")
    assert verify_password(payload["password_hash"], "Rahasia123")
    assert _changes(other, "user") == []


def test_user_add_refuses_bad_input_in_indonesian(live_server, gapura_server):
    live_server.enrol("JKT1", "ws-a")
    base = ("user", "add", "--office", "JKT1", "--full-name", "Budi")
    role = gapura_server(*base, "--username", "budi", "--role", "raja", stdin="Rahasia123\n")
    weak = gapura_server(*base, "--username", "budi", "--role", "supervisor", stdin="pendek\n")
    empty = gapura_server(*base, "--username", "budi", "--role", "supervisor", stdin="")
    office = gapura_server("user", "add", "--office", "XXX1", "--full-name", "B",
                           "--username", "b", "--role", "supervisor", stdin="Rahasia123\n")
    assert [r[0] for r in (role, weak, empty, office)] == [2, 2, 2, 2]
    assert "Peran tidak dikenal: raja" in role[2]
    assert "minimal 8" in weak[2]
    assert "Kata sandi tidak dikirim" in empty[2]
    assert "Kantor XXX1 tidak ada di server" in office[2]
    assert gapura_server(*base, "--username", "budi", "--role", "supervisor",
                         stdin="Rahasia123\n")[0] == 0
    taken = gapura_server(*base, "--username", "budi", "--role", "supervisor",
                          stdin="Rahasia456\n")
    assert taken[0] == 2 and "Nama pengguna budi sudah dipakai" in taken[2]
    with live_server.db.read() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1


def test_user_disable_publishes_the_disabled_account(live_server, gapura_server):
    ws = live_server.enrol("JKT1", "ws-a")
    gapura_server("user", "add", "--office", "JKT1", "--username", "budi", "--full-name", "B",
                  "--role", "supervisor", stdin="Rahasia123\n")
    status, _, _ = gapura_server("user", "disable", "budi")
    missing = gapura_server("user", "disable", "siapa")
    assert status == 0
    [added, disabled] = _changes(ws, "user")
    assert added["key"] == disabled["key"]
    assert (added["payload"]["disabled"], disabled["payload"]["disabled"]) == (False, True)
    assert missing[0] == 2 and "Pengguna siapa tidak ditemukan" in missing[2]


def _csv(tmp_path, rows: list[str], name: str = "cekal.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def test_watchlist_import_publishes_each_entry_and_a_reimport_replaces_it(live_server,
                                                                          gapura_server,
                                                                          tmp_path):
    ws = live_server.enrol("JKT1", "ws-a")
    first = _csv(tmp_path, ["pencegahan,Budi Hartono,1980-01-02,IDN,B1234567,KEP-1,2027-01-01",
                            "interpol,John Doe,1975,USA,,RN-9,"])
    status, out, _ = gapura_server("watchlist", "import", str(first))
    assert status == 0 and "published 2" in out
    budi = entry_id("pencegahan", "KEP-1", "Budi Hartono", "1980-01-02", "B1234567")
    again = _csv(tmp_path, ["pencegahan,Budi Hartono,1980-01-02,IDN,B1234567,KEP-1,2028-06-30"],
                 "perpanjangan.csv")
    assert gapura_server("watchlist", "import", str(again))[0] == 0
    changes = _changes(ws, "watch_entry")
    assert [c["key"] for c in changes].count(budi) == 2
    newest = [c for c in changes if c["key"] == budi][-1]
    assert newest["office_code"] is None
    assert newest["payload"] == {
        "list_name": "pencegahan", "full_name": "Budi Hartono", "aliases": [],
        "birth_date": "1980-01-02", "nationality": "IDN", "document_numbers": ["B1234567"],
        "reference": "KEP-1", "legal_basis": "", "requesting_agency": "", "action": "",
        "valid_from": None, "valid_until": "2028-06-30"}


def test_watchlist_import_with_a_bad_row_publishes_nothing(live_server, gapura_server,
                                                           tmp_path):
    before = _published(live_server)
    bad = _csv(tmp_path, ["pencegahan,Budi,1980-01-02,IDN,B1,KEP-1,",
                          "daftar-lain,Ani,1980,IDN,,KEP-2,"])
    status, _, err = gapura_server("watchlist", "import", str(bad))
    missing = gapura_server("watchlist", "import", str(tmp_path / "tidak-ada.csv"))
    assert status == 1
    assert "tidak ada yang diimpor" in err and "baris 3" in err
    assert missing[0] == 2 and "tidak dapat dibaca" in missing[2]
    assert _published(live_server) == before


def test_watchlist_remove_publishes_a_deletion_once(live_server, gapura_server, tmp_path):
    ws = live_server.enrol("JKT1", "ws-a")
    gapura_server("watchlist", "import", str(_csv(tmp_path, ["interpol,John Doe,1975,USA,,RN-9,"])))
    john = entry_id("interpol", "RN-9", "John Doe", "1975", "")
    assert gapura_server("watchlist", "remove", john)[0] == 0
    twice = gapura_server("watchlist", "remove", john)
    assert twice[0] == 2 and "tidak ada" in twice[2]
    assert [(c["key"], c["deleted"]) for c in _changes(ws, "watch_entry")] == [
        (john, False), (john, True)]


def test_a_bulk_watchlist_import_is_pulled_whole_in_pages(live_server, gapura_server,
                                                          tmp_path):
    ws = live_server.enrol("JKT1", "ws-a")
    rows = [f"penangkalan,Orang Nomor {i},1970,MYS,A{i:07d},TK-{i},2030-01-01"
            for i in range(20_000)]
    status, out, err = gapura_server("watchlist", "import", str(_csv(tmp_path, rows)))
    assert status == 0, err
    assert "published 20000" in out
    changes = _changes(ws, "watch_entry")
    assert len(changes) == 20_000
    assert len({c["key"] for c in changes}) == 20_000
    assert changes[-1]["payload"]["full_name"] == "Orang Nomor 19999"


def test_reference_set_publishes_a_dated_value(live_server, gapura_server):
    ws = live_server.enrol("JKT1", "ws-a")
    status, _, _ = gapura_server("reference", "set", "fee.itas_1y", "3000000",
                                 "--effective-from", "2027-01-01", "--unit", "IDR",
                                 "--legal-basis", "PP 45/2024")
    bad = gapura_server("reference", "set", "fee.x", "1", "--effective-from", "1 Januari")
    assert status == 0
    [change] = _changes(ws, "reference_value")
    assert change["key"] == "fee.itas_1y@2027-01-01"
    assert change["payload"] == {"key": "fee.itas_1y", "effective_from": "2027-01-01",
                                 "value": "3000000", "unit": "IDR", "legal_basis": "PP 45/2024",
                                 "needs_confirmation": False, "note": ""}
    assert bad[0] == 2 and "Tanggal 1 Januari tidak sah" in bad[2]


def test_holiday_add_and_remove(live_server, gapura_server):
    ws = live_server.enrol("JKT1", "ws-a")
    assert gapura_server("holiday", "add", "2027-03-20", "Idul Fitri 1448 H")[0] == 0
    assert gapura_server("holiday", "remove", "2027-03-20")[0] == 0
    unknown = gapura_server("holiday", "remove", "2027-03-21")
    bad = gapura_server("holiday", "add", "20-03-2027", "Libur")
    assert [(c["key"], c["deleted"], c["payload"]) for c in _changes(ws, "holiday")] == [
        ("2027-03-20", False, {"date": "2027-03-20", "name": "Idul Fitri 1448 H"}),
        ("2027-03-20", True, {})]
    assert unknown[0] == 2 and "Tidak ada hari libur pada 2027-03-21" in unknown[2]
    assert bad[0] == 2 and "tulis sebagai YYYY-MM-DD" in bad[2]


def test_permit_type_set_publishes_its_rules(live_server, gapura_server):
    ws = live_server.enrol("JKT1", "ws-a")
    rules = {"max_days": 365, "extendable": True}
    status, _, _ = gapura_server("permit-type", "set", "C312", "--name", "ITAS Bekerja",
                                 "--rules", json.dumps(rules))
    bad = gapura_server("permit-type", "set", "C312", "--name", "X", "--rules", "{max_days")
    not_object = gapura_server("permit-type", "set", "C312", "--name", "X", "--rules", "[1]")
    assert status == 0
    [change] = _changes(ws, "permit_type")
    assert change["key"] == "C312"
    assert change["payload"] == {"code": "C312", "name": "ITAS Bekerja", "rules": rules}
    assert bad[0] == not_object[0] == 2
    assert "bukan JSON yang sah" in bad[2] and "harus berupa objek JSON ({...})" in not_object[2]


def test_range_lease_goes_to_the_workstations_office_and_refuses_overlaps(live_server,
                                                                          gapura_server):
    ws1 = live_server.enrol("JKT1", "ws-1")
    live_server.enrol("JKT1", "ws-2")
    other = live_server.enrol("DPS1", "ws-b")
    assert gapura_server("range", "lease", "--office", "JKT1", "--workstation", "ws-1",
                         "--first", "1", "--last", "1000")[0] == 0
    overlap = gapura_server("range", "lease", "--office", "JKT1", "--workstation", "ws-2",
                            "--first", "900", "--last", "1900")
    own_again = gapura_server("range", "lease", "--office", "JKT1", "--workstation", "ws-1",
                              "--first", "1000", "--last", "2000")
    other_office = gapura_server("range", "lease", "--office", "DPS1", "--workstation", "ws-b",
                                 "--first", "1", "--last", "1000")
    wrong_office = gapura_server("range", "lease", "--office", "DPS1", "--workstation", "ws-1",
                                 "--first", "5001", "--last", "6000")
    backwards = gapura_server("range", "lease", "--office", "JKT1", "--workstation", "ws-2",
                              "--first", "3000", "--last", "2000")
    assert overlap[0] == own_again[0] == wrong_office[0] == backwards[0] == 2
    assert ("Rentang nomor 900-1900 tumpang tindih dengan rentang 1-1000 yang sudah "
            "dipinjamkan ke workstation ws-1 di kantor JKT1") in overlap[2]
    assert "tumpang tindih" in own_again[2]
    assert "Workstation ws-1 tidak terdaftar di kantor DPS1" in wrong_office[2]
    assert "Rentang nomor 3000-2000 tidak sah" in backwards[2]
    assert other_office[0] == 0  # another office's numbering is its own
    [mine] = _changes(ws1, "number_range")
    assert (mine["key"], mine["office_code"], mine["payload"]) == (
        "ws-1", "JKT1", {"workstation_id": "ws-1", "first": 1, "last": 1000})
    assert [c["payload"]["workstation_id"] for c in _changes(other, "number_range")] == ["ws-b"]


def _ask_upstream(ws, request_id: str, party: str, answers: str) -> None:
    row = {"id": request_id, "status": "pending", "party": party, "case_number": "JKT1/B7/1",
           "step_id": "keputusan_ditjen", "title": "Keputusan Ditjen",
           "question": "Disetujui?" if answers else "", "answers": answers}
    record = {"id": f"rec-{request_id}", "entity_type": "approval", "entity_id": request_id,
              "operation": "upsert", "created_at": "2026-12-01T08:00:00+00:00",
              "payload": {"row": row, "base_version": 0}}
    with ws.client() as http:
        assert http.post("/v1/push", json={"records": [record]}).status_code == 200


def test_upstream_list_and_decide_publish_the_decision_to_the_office(live_server,
                                                                     gapura_server):
    ws = live_server.enrol("JKT1", "ws-1")
    _ask_upstream(ws, "up-1", "ditjen", "ya|tidak")
    _ask_upstream(ws, "up-2", "kanwil", "")
    status, out, _ = gapura_server("upstream", "list", "--party", "ditjen")
    assert status == 0 and "up-1" in out and "up-2" not in out and "(ya, tidak)" in out
    listed = json.loads(gapura_server("upstream", "list", "--json")[1])
    assert [i["id"] for i in listed] == ["up-1", "up-2"]

    wrong = gapura_server("upstream", "decide", "up-1", "--answer", "mungkin", "--by", "Dirjen",
                          "--reference", "IMI-1")
    assert wrong[0] == 2 and "harus salah satu dari: ya, tidak" in wrong[2]
    status, out, _ = gapura_server("upstream", "decide", "up-1", "--answer", "ya", "--by",
                                   "Direktur Izin Tinggal", "--reference", "IMI-1")
    assert status == 0 and "decided (ya); published to JKT1" in out
    [change] = [c for c in _changes(ws, "approval") if c["payload"]["version"] == 2]
    assert (change["key"], change["office_code"]) == ("up-1", "JKT1")
    assert {k: change["payload"]["row"][k] for k in ("status", "answer", "decided_by",
                                                      "reference")} == {
        "status": "decided", "answer": "ya", "decided_by": "Direktur Izin Tinggal",
        "reference": "IMI-1"}
    assert [i["id"] for i in json.loads(gapura_server("upstream", "list", "--json")[1])] == [
        "up-2"]
