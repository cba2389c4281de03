"""Detensi register (issue 10): a detainee from the referral through the C2 steps, the search
with cash in two currencies, the room (a refused placement), the register's alerts, the release
(C3) with a discrepancy that must be explained, the deportation (C4) and the penangkalan
proposal that, once the Kakanim approves it, turns the person back at the counter. Every berita
acara is read back from its PDF."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.domain.detention import CashLine
from app.errors import PermissionDenied, ValidationError
from app.services.cases import CLOSED, WAITING
from app.services.detention import (
    DeportationPlan,
    DetentionIntake,
    ItemForm,
    Receiver,
    ReturnLine,
)
from app.store.detention_models import DetentionItem
from app.store.models import OutboxRecord
from tests.conftest import PASSWORD
from tests.counter_support import Person, pdf_text

NIP = "198501012010121001"
AHMED = DetentionIntake(
    "nota_dinas", "ND-017/INTEL/2026", "Seksi Intelijen Keimigrasian", "Ahmed Karimov",
    date(1988, 4, 2), "M", "UZB", "tanpa_izin_tinggal",
    "tinggal melampaui izin tinggal kunjungan selama 94 hari", passport_number="FA1234567",
    birth_place="Tashkent", address="Jl. Kenari 7, Tangerang")
LENA = DetentionIntake(
    "surat_titipan", "ST-004/DIVKIM/2026", "Divisi Keimigrasian Kanwil Banten", "Lena Petrova",
    date(1992, 9, 9), "F", "RUS", "pembatalan_izin_tinggal",
    "izin tinggalnya dibatalkan karena bekerja tanpa izin", passport_number="753111222")


@pytest.fixture
def people(make_actor):
    return {"intel": make_actor(Role.INTEL_OFFICER, username="intel1", nip=NIP),
            "pengawal": make_actor(Role.INTEL_OFFICER, username="intel2",
                                   nip="199002022015031002"),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
            "kasi2": make_actor(Role.SECTION_HEAD, username="kasi2"),
            "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim",
                                  nip="197001011995031001"),
            "konter": make_actor(Role.COUNTER_OFFICER, username="konter1")}


@pytest.fixture
def rooms(services, people):
    add = services.detention.add_room
    return {"pria": add(people["intel"], "A1", "Ruang A1", "pria", 4),
            "wanita": add(people["intel"], "B1", "Ruang B1", "wanita", 1),
            "anak": add(people["intel"], "C1", "Ruang C1", "anak", 2)}


def step(services, actor, case_id, answer=None):
    return services.cases.complete(actor, case_id, answer=answer)


def approve(services, actor, case_id, answer=None):
    [case] = services.cases.approve(actor, [case_id], PASSWORD, answer=answer)
    return case


def ordered(services, people, intake=AHMED):
    """Received, the TAK approved, the order and the BA issued, the order approved: at the
    search (SOP C2 step 6)."""
    detention, intel = services.detention, people["intel"]
    detainee = detention.receive(intel, intake)
    case = step(services, intel, detainee.case_id)
    assert (case.step_id, case.status) == ("persetujuan_tak", WAITING)
    approve(services, people["kakanim"], detainee.case_id, "ya")
    assert step(services, intel, detainee.case_id).step_id == "pra_pendetensian"
    detainee = detention.issue_detention_order(intel, detainee.id, "KEP-TAK-031/2026",
                                               date(2026, 11, 25))
    assert step(services, intel, detainee.case_id).step_id == "persetujuan_sp"
    assert approve(services, people["kasi"], detainee.case_id, "ya").step_id == "penggeledahan"
    return detainee


def searched(services, people, intake=AHMED):
    detainee = ordered(services, people, intake)
    return services.detention.record_search(
        people["intel"], detainee.id,
        [ItemForm("Telepon genggam Samsung A54", 1, condition="Baik, layar retak"),
         ItemForm("Jam tangan Seiko", 1, seal_number="SGL-0091"),
         ItemForm("Kaos", 3, unit="helai", carried=True)],
        [CashLine("USD", 100, 3), CashLine("USD", 20, 2), CashLine("IDR", 50_000, 4)],
        cash_seal_number="SGL-0092", outcome="Tidak ditemukan barang terlarang.",
        witnesses=["Bripka Sutrisno"])


def detained(services, people, rooms, intake=AHMED, room="pria"):
    """Through SOP C2 to its end: placed in `room`."""
    detention, intel = services.detention, people["intel"]
    detainee = searched(services, people, intake)
    assert step(services, intel, detainee.case_id).step_id == "amankan_barang"
    assert step(services, intel, detainee.case_id).step_id == "pemeriksaan_kesehatan"
    detention.record_health(intel, detainee.id, "dr. Ratna Sari",
                            "Sehat, tidak ditemukan penyakit menular.", scan=b"%PDF-1.4 scan")
    assert step(services, intel, detainee.case_id).step_id == "keperluan_deteni"
    detention.hand_necessities(intel, detainee.id, [ItemForm("Selimut"), ItemForm(
        "Perlengkapan mandi", 1, unit="paket")])
    assert step(services, intel, detainee.case_id).step_id == "tempatkan"
    detention.place(intel, detainee.id, rooms[room].id)
    detention.capture_biometrics(intel, detainee.id)
    case = step(services, intel, detainee.case_id)
    assert (case.status, case.outcome) == (CLOSED, "end:didetensi")
    return detention.get(intel, detainee.id)


def test_intake_through_sop_c2_with_every_paper(services, people, rooms):
    intel = people["intel"]
    detainee = detained(services, people, rooms)
    assert (detainee.state, detainee.room_code, detainee.days, detainee.category) == (
        "detained", "A1", 1, "pria")
    assert set(detainee.documents) == {"sp_pendetensian", "ba_pendetensian",
                                       "ba_penggeledahan", "tanda_terima_deteni"}
    order = pdf_text(services.detention.document_pdf(intel, detainee.id, "sp_pendetensian"))
    assert "Surat Perintah Pendetensian".upper() in order.upper() and "MEMERINTAHKAN" in order
    assert "KEP-TAK-031/2026" in order and "Kakanim" in order  # signed by the office head
    record = pdf_text(services.detention.document_pdf(intel, detainee.id, "ba_pendetensian"))
    assert "Berita Acara Pendetensian".upper() in record.upper()
    assert "AHMED KARIMOV" in record and "KEP-TAK-031/2026" in record
    assert "ND-017/INTEL/2026" in record and "FA1234567" in record
    search = pdf_text(services.detention.document_pdf(intel, detainee.id, "ba_penggeledahan"))
    assert "Telepon genggam Samsung A54" in search and "segel SGL-0091" in search
    assert "USD 340" in search and "Rp200.000" in search and "Bripka Sutrisno" in search
    receipt = pdf_text(services.detention.document_pdf(intel, detainee.id,
                                                       "tanda_terima_deteni"))
    assert "Selimut" in receipt and "SGL-0092" in receipt and "Jam tangan Seiko" in receipt
    watch = services.detention.belongings(intel, detainee.id).items[1]
    photographed = services.detention.photograph_item(intel, detainee.id, watch.id)
    [photo] = [a for a in services.cases.attachments(intel, detainee.case_id)
               if a.id == photographed.photo_attachment_id]
    assert (photo.name, photo.content_type) == ("barang_02.jpg", "image/jpeg")
    assert services.cases.attachment_data(intel, photo.id)[:2] == b"\xff\xd8"  # a JPEG
    belongings = services.detention.belongings(intel, detainee.id)
    assert belongings.totals == {"IDR": 200_000, "USD": 340}
    assert [(i.kind, i.description) for i in belongings.items] == [
        ("barang", "Telepon genggam Samsung A54"), ("berharga", "Jam tangan Seiko"),
        ("barang", "Kaos"), ("keperluan", "Selimut"), ("keperluan", "Perlengkapan mandi")]
    with services.context.store.read() as session:  # shared with the other desks
        shared = session.scalars(select(OutboxRecord.payload).where(
            OutboxRecord.entity_type == "detainee")).all()
    assert any('"detainee_items"' in p and "Jam tangan Seiko" in p and '"room_id": "' +
               rooms["pria"].id in p for p in shared)


def test_a_step_waits_for_its_paper_and_the_counter_officer_is_refused(services, people):
    intel = people["intel"]
    with pytest.raises(PermissionDenied):
        services.detention.receive(people["konter"], AHMED)
    detainee = services.detention.receive(intel, AHMED)
    step(services, intel, detainee.case_id)
    approve(services, people["kakanim"], detainee.case_id, "ya")
    step(services, intel, detainee.case_id)
    with pytest.raises(ValidationError) as refused:  # no order issued yet
        step(services, intel, detainee.case_id)
    assert "Surat Perintah dan Berita Acara Pendetensian" in refused.value.user_message
    with pytest.raises(ValidationError) as early:  # the search belongs to a later step
        services.detention.record_search(intel, detainee.id, [], [], outcome="x",
                                         witnesses=["y"])
    assert "penggeledahan" in early.value.user_message.lower()


def test_a_placement_in_a_wrong_or_full_room_is_refused_with_the_reason(services, people,
                                                                        rooms):
    intel = people["intel"]
    detained(services, people, rooms, LENA, room="wanita")  # B1 (capacity 1) now full
    ahmed = ordered(services, people)
    with pytest.raises(ValidationError) as wrong:
        services.detention.place(intel, ahmed.id, rooms["wanita"].id)
    assert "perempuan dewasa" in wrong.value.user_message
    assert "laki-laki dewasa" in wrong.value.user_message
    other = ordered(services, people, DetentionIntake(**{
        **LENA.__dict__, "full_name": "Olga Sidorova", "passport_number": "753999000"}))
    with pytest.raises(ValidationError) as full:
        services.detention.place(intel, other.id, rooms["wanita"].id)
    assert "sudah penuh (1 dari kapasitas 1)" in full.value.user_message
    placed = services.detention.place(intel, ahmed.id, rooms["pria"].id)
    assert placed.room_code == "A1"
    with pytest.raises(ValidationError):  # a move needs its reason
        services.detention.place(intel, ahmed.id, rooms["anak"].id)
    with pytest.raises(ValidationError) as minors:
        services.detention.place(intel, ahmed.id, rooms["anak"].id, "ruang A1 diperbaiki")
    assert "anak" in minors.value.user_message
    assert services.detention.get(intel, ahmed.id).room_code == "A1"
    assert [r.occupants for r in services.detention.rooms(intel)] == [1, 1, 0]


def test_the_register_alerts_a_review_and_the_legal_limit(services, people, rooms, clock):
    intel = people["intel"]
    detainee = detained(services, people, rooms)
    [row] = services.detention.register(intel)
    assert (row.id, row.alerts) == (detainee.id, ())
    clock.advance(days=26)  # the review is due on day 31: within the 5-day warning
    [row] = services.detention.register(intel)
    assert row.days == 27
    assert row.alerts == ("Peninjauan jatuh tempo 25-12-2026 (4 hari lagi)",)
    services.detention.review(intel, detainee.id, "Menunggu tiket dari keluarga.")
    assert services.detention.register(intel)[0].alerts == ()
    clock.advance(days=3650 - 27 - 30)  # 30 days before the 10-year limit (pasal 85)
    [row] = services.detention.register(intel)
    assert any(a.startswith("Batas waktu detensi") and "(30 hari lagi)" in a
               for a in row.alerts), row.alerts
    printed = pdf_text(services.detention.print_daily_register(intel))
    assert "REGISTER HARIAN DETENI" in printed.upper() and "AHMED KARIMOV" in printed
    assert "Ruang A1" in printed and "Batas waktu detensi" in printed
    assert "Uzbekistan" in printed and " 3620 " in printed  # hari ke-3620
    services.detention.log(intel, detainee.id, "kunjungan", "Dikunjungi konsul Uzbekistan.")
    assert [(e.kind, e.text) for e in services.detention.logbook(intel, detainee.id)][-2:] == [
        ("tinjauan", "Menunggu tiket dari keluarga."),
        ("kunjungan", "Dikunjungi konsul Uzbekistan.")]


def released(services, people, rooms):
    """Detained, then the deportation decided and the release order approved: at the
    Berita Acara Pengeluaran (SOP C3 step 6)."""
    intel, detention = people["intel"], services.detention
    detainee = detained(services, people, rooms)
    detainee = detention.decide_release(intel, detainee.id, "deportasi",
                                        "TPI Bandara Soekarno-Hatta")
    case_id = detainee.release_case_id
    assert step(services, intel, case_id).step_id == "tandatangan_sk"
    assert approve(services, people["kakanim"], case_id, "ya").step_id == "terima_sk"
    assert step(services, intel, case_id).step_id == "konsep_sp"
    detention.issue_release_order(intel, detainee.id, "KEP-DEP-044/2026", date(2026, 11, 26))
    step(services, intel, case_id)
    assert approve(services, people["kasi"], case_id, "ya").step_id == "berita_acara"
    return detention.get(intel, detainee.id)


def test_a_release_returns_cash_in_two_currencies_with_an_explained_difference(
        services, people, rooms):
    intel, detention = people["intel"], services.detention
    detainee = released(services, people, rooms)
    phone = next(i for i in detention.belongings(intel, detainee.id).items
                 if i.description.startswith("Telepon"))
    detention.hand_over_item(intel, detainee.id, phone.id, "Dilnoza Karimova (istri)",
                             "atas permintaan deteni, KTP penerima diperiksa")
    with pytest.raises(ValidationError):  # handed over once: never again
        detention.hand_over_item(intel, detainee.id, phone.id, "X", "y")
    belongings = detention.belongings(intel, detainee.id)
    items = {i.description: i for i in belongings.items}
    assert (items[phone.description].state, items[phone.description].return_note) == (
        "handed_over", "diserahkan kepada Dilnoza Karimova (istri): atas permintaan deteni, "
                       "KTP penerima diperiksa")
    all_back = {i.id: ReturnLine(i.quantity) for i in belongings.items if i.state == "held"}
    cash = {c.id: c.count for c in belongings.cash}
    usd_100 = next(c for c in belongings.cash if (c.currency, c.denomination) == ("USD", 100))
    short = {**cash, usd_100.id: 2}  # one USD 100 note not given back
    worn = {**all_back, items["Kaos"].id: ReturnLine(2)}
    with pytest.raises(ValidationError) as refused:
        detention.release(intel, detainee.id, worn, short, {})
    message = refused.value.user_message
    assert "3. Kaos (3 → 2)" in message and "USD (340 → 240)" in message
    with services.context.store.read() as session:  # nothing written
        assert session.scalar(select(func.count()).select_from(DetentionItem).where(
            DetentionItem.state == "returned")) == 0
    with pytest.raises(ValidationError) as over:  # more than was kept
        detention.release(intel, detainee.id, {**all_back, items["Kaos"].id: ReturnLine(4)},
                          cash, {})
    assert "lebih dari yang dititipkan: 3. Kaos" in over.value.user_message
    with pytest.raises(ValidationError):  # one explained is not enough
        detention.release(intel, detainee.id, {
            **worn, items["Kaos"].id: ReturnLine(2, "satu helai rusak, dibuang atas "
                                                    "persetujuan deteni")}, short, {})
    done = detention.release(intel, detainee.id, {
        **worn, items["Kaos"].id: ReturnLine(2, "satu helai rusak, dibuang atas persetujuan "
                                                "deteni")}, short,
        {"USD": "USD 100 dipakai membeli tiket atas permintaan deteni, kuitansi terlampir"})
    assert done.room_code == "" and "ba_pengeluaran" in done.documents
    text = pdf_text(detention.document_pdf(intel, detainee.id, "ba_pengeluaran"))
    assert "Berita Acara Pengeluaran Deteni".upper() in text.upper()
    assert "Uang USD 240" in text and "Uang Rp200.000" in text
    assert "satu helai rusak" in text and "KEP-DEP-044/2026" in text
    assert "Telepon" not in text  # handed over earlier, not returned here
    order = pdf_text(detention.document_pdf(intel, detainee.id, "sp_pengeluaran"))
    assert "Surat Perintah Pengeluaran Deteni".upper() in order.upper()
    assert "KEP-DEP-044/2026" in order
    decision = pdf_text(detention.document_pdf(intel, detainee.id, "sk_deportasi"))
    assert "AHMED KARIMOV" in decision and "TPI Bandara Soekarno-Hatta" in decision
    after = detention.belongings(intel, detainee.id)
    assert {i.description: (i.state, i.returned_quantity) for i in after.items}["Kaos"] == (
        "returned", 2)
    assert {(c.currency, c.denomination): c.returned_count for c in after.cash}[
        ("USD", 100)] == 2
    with pytest.raises(ValidationError) as again:  # returned once: never again
        detention.release(intel, detainee.id, all_back, cash, {})
    assert "sudah dibuat" in again.value.user_message
    assert len(after.items) == 5  # nothing deleted


def test_a_transfer_to_a_rudenim_has_its_decision_and_hands_the_detainee_over(
        services, people, rooms):
    """SOP C3 for a transfer: the Keputusan Pemindahan drafted with the proposal, then at the
    Berita Acara the Rudenim's officer receives the detainee and the belongings and signs."""
    intel, detention = people["intel"], services.detention
    detainee = detained(services, people, rooms)
    with pytest.raises(ValidationError) as why:  # a transfer's decision states its reason
        detention.decide_release(intel, detainee.id, "pemindahan", "Rudenim Jakarta")
    assert "alasan pemindahan" in why.value.user_message
    detainee = detention.decide_release(
        intel, detainee.id, "pemindahan", "Rumah Detensi Imigrasi Jakarta",
        "pendeportasiannya menunggu tiket dan dokumen perjalanan dari kedutaan")
    decision = pdf_text(detention.document_pdf(intel, detainee.id, "sk_pemindahan"))
    assert "PEMINDAHAN DETENI DARI RUANG DETENSI IMIGRASI KE RUMAH DETENSI IMIGRASI" in decision
    assert "AHMED KARIMOV" in decision.upper() and "FA1234567" in decision
    assert "dilaksanakan ke Rumah Detensi Imigrasi Jakarta" in decision
    assert "menunggu tiket dan dokumen perjalanan dari kedutaan" in decision
    case_id = detainee.release_case_id
    assert step(services, intel, case_id).step_id == "tandatangan_sk"
    assert approve(services, people["kakanim"], case_id, "ya").step_id == "terima_sk"
    step(services, intel, case_id)
    detention.issue_release_order(intel, detainee.id, "KEP-PIN-007/2026", date(2026, 11, 26))
    step(services, intel, case_id)
    assert approve(services, people["kasi"], case_id, "ya").step_id == "berita_acara"

    belongings = detention.belongings(intel, detainee.id)
    all_back = {i.id: ReturnLine(i.quantity) for i in belongings.items if i.state == "held"}
    cash = {c.id: c.count for c in belongings.cash}
    for receivers, expected in (((), "memerlukan nama dan NIP petugas Rudenim"),
                                ((Receiver("Stefanus Gaol", "1987"),), "(18 angka)")):
        with pytest.raises(ValidationError) as refused:
            detention.release(intel, detainee.id, all_back, cash, {}, receivers)
        assert expected in refused.value.user_message
    assert detention.get(intel, detainee.id).room_code  # nothing written: still in the room
    done = detention.release(intel, detainee.id, all_back, cash, {}, [Receiver(
        " Stefanus  Lumban Gaol ", "19870415 200801 1 002", "Petugas Registrasi")])
    assert done.room_code == ""
    text = pdf_text(detention.document_pdf(intel, detainee.id, "ba_pengeluaran"))
    assert "pemindahan Deteni ke Rumah Detensi Imigrasi" in text
    assert "diserahkan kepada petugas Rumah Detensi Imigrasi Jakarta" in text
    assert "Stefanus Lumban Gaol" in text and "19870415 200801 1 002" in text
    assert "Yang menerima," in text and "Petugas penerima menyatakan telah menerima" in text
    assert "Uang USD 340" in text and "KEP-PIN-007/2026" in text


def test_deportation_with_an_approved_penangkalan_then_hits_at_the_counter(
        services, people, rooms, clock):
    from app.domain.counter import Direction
    from app.services.counter import Scan

    intel, detention, kakanim = people["intel"], services.detention, people["kakanim"]
    detainee = released(services, people, rooms)
    belongings = detention.belongings(intel, detainee.id)
    detention.release(intel, detainee.id, {i.id: ReturnLine(i.quantity)
                                           for i in belongings.items},
                      {c.id: c.count for c in belongings.cash}, {})
    assert step(services, intel, detainee.release_case_id).step_id == "dokumentasi"
    detention.document_release(intel, detainee.id)
    assert step(services, intel, detainee.release_case_id).outcome == "end:dikeluarkan"
    assert detention.get(intel, detainee.id).state == "deporting"
    departure = clock() + timedelta(days=1)
    detainee = detention.plan_deportation(intel, detainee.id, DeportationPlan(
        ("intel2",), "Uzbekistan Airways", "HY552", departure, "TPI Bandara Soekarno-Hatta",
        "Tashkent", propose_ban=True))
    case_id = detainee.deportation_case_id
    escort = pdf_text(detention.document_pdf(intel, detainee.id, "sp_pengawalan"))
    assert "Surat Perintah Pengawalan Deteni".upper() in escort.upper() and "Intel2" in escort
    supervision = pdf_text(detention.document_pdf(intel, detainee.id,
                                                  "surat_pengawasan_keberangkatan"))
    assert "HY552" in supervision and "Tashkent" in supervision
    step(services, intel, case_id)
    assert approve(services, people["kasi"], case_id, "ya").step_id == "periksa_konsep_kasi"
    with pytest.raises(PermissionDenied):  # the same Kasi twice: four eyes
        approve(services, people["kasi"], case_id, "ya")
    assert approve(services, people["kasi2"], case_id, "ya").step_id == "persetujuan"
    assert approve(services, kakanim, case_id).step_id == "keluarkan_deteni"
    detention.mark_passport(intel, detainee.id)
    assert step(services, intel, case_id).step_id == "pengawalan"
    assert step(services, intel, case_id).step_id == "masuk_alat_angkut"
    detention.record_boarding(intel, detainee.id)
    assert step(services, intel, case_id).step_id == "susun_laporan"
    detention.report_deportation(intel, detainee.id)
    report = pdf_text(detention.document_pdf(intel, detainee.id, "nota_dinas"))
    assert "Laporan Pelaksanaan Pendeportasian" in report and "penangkalan" in report
    assert step(services, intel, case_id).step_id == "sampaikan_laporan"
    with pytest.raises(ValidationError):  # the plan proposed a ban: the answer is "ya"
        step(services, intel, case_id, "tidak")
    closed = step(services, intel, case_id, "ya")
    assert closed.outcome == "end:usul_penangkalan"
    deported = detention.get(intel, detainee.id)
    assert (deported.state, deported.ban_listed) == ("deported", False)
    register = pdf_text(detention.deportation_register(intel, departure.date()))
    assert "AHMED KARIMOV" in register and "HY552" in register and "Terlaksana" in register

    counter = people["konter"]
    ahmed = Person("KARIMOV", "AHMED", "UZB", date(1988, 4, 2), "M", "FA1234567")
    assert services.counter.check(counter, Scan(ahmed.mrz(), Direction.ARRIVAL)).hits == ()
    assert step(services, intel, deported.ban_case_id).status == WAITING  # the inbox
    assert deported.ban_case_id in [c.id for c in services.cases.inbox(kakanim)]
    approve(services, kakanim, deported.ban_case_id, "ya")
    assert detention.get(intel, detainee.id).ban_listed
    check = services.counter.check(counter, Scan(ahmed.mrz(), Direction.ARRIVAL))
    assert check.hits and check.hits[0].list_name == "penangkalan"
    assert not check.verdict.may_pass


def test_the_reports_count_detainees_by_nationality(services, people, rooms):
    """Issue 11 point 5 (detainees on the Laporan screen): taken in today, in custody now."""
    today = services.context.clock().astimezone(services.context.config.timezone).date()
    detained(services, people, rooms)
    detained(services, people, rooms, LENA, room="wanita")
    report = services.reports.section(people["kakanim"], "detainees", today, today)
    rows = {row[0]: row[1:] for row in report.table.rows}
    # (taken in, deported, transferred, freed, in custody now)
    assert rows == {"RUS": (1, 0, 0, 0, 1), "UZB": (1, 0, 0, 0, 1)}
    assert report.table.totals == ("Jumlah", 2, 0, 0, 0, 2)
    from datetime import timedelta

    yesterday = today - timedelta(days=1)  # nobody taken in then, both in custody now
    before = services.reports.section(people["kakanim"], "detainees", yesterday, yesterday)
    assert {row[0]: row[1:] for row in before.table.rows} == {
        "RUS": (0, 0, 0, 0, 1), "UZB": (0, 0, 0, 0, 1)}
