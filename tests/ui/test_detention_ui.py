"""Detensi driven by the Inteldakim officer: one detainee from the referral typed into the form
(identity read from the MRZ) through SOP C2, a refused placement said on the status line, the
register's alert in red, the release with a difference that must be explained, the deportation,
and the penangkalan proposal approved by the Kakanim in the Persetujuan screen, after which the
counter turns the person back. The Kasi's and the Kakanim's other approvals are given at their
own desks (the service, as their screens would)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.counter_support import Person, pdf_text
from tests.services.test_detention import NIP, people  # noqa: F401 (the same officers)
from tests.ui.modal import answer_form, answer_modal
from ui import ops
from ui.approvals.screen import ApprovalsScreen
from ui.detention.screen import DetentionScreen

CTRL = Qt.KeyboardModifier.ControlModifier
AHMED = Person("KARIMOV", "AHMED", "UZB", date(1988, 4, 2), "M", "FA1234567")


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _screen(qtbot, services, actor) -> DetentionScreen:
    widget = DetentionScreen(services, actor)
    qtbot.addWidget(widget)
    widget.show()
    _wait_ops(qtbot)
    return widget


def _click(qtbot, screen: DetentionScreen, name: str, said: str, *, error: bool = False,
           **answers) -> None:
    if answers:
        answer_modal(answer_form(**answers))
    screen.message.clear()
    qtbot.waitUntil(lambda: screen.buttons[name].isEnabled())
    screen.buttons[name].click()
    qtbot.waitUntil(lambda: said in screen.message.text())
    _wait_ops(qtbot)
    is_error = "color: #b00020" in screen.message.styleSheet()
    assert is_error == error, screen.message.text()


def _refresh(qtbot, screen: DetentionScreen) -> None:
    """F5, as the officer does after an approval given at another desk."""
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F5)
    _wait_ops(qtbot)


def _step(qtbot, screen: DetentionScreen, said: str = "", **answers) -> None:
    """Complete the current case step through its dialog."""
    number = screen._case.number  # noqa: SLF001 - the case the button acts on
    _click(qtbot, screen, "complete", said or number, note="sesuai SOP", **answers)


def _approve(services, actor, case_id, answer="ya"):
    [case] = services.cases.approve(actor, [case_id], PASSWORD, answer=answer)
    return case


def test_a_detainee_from_intake_to_deportation_through_the_screens(
        qtbot, services, people, clock):  # noqa: F811
    from app.domain.counter import Direction
    from app.services.counter import Scan

    intel, kakanim, kasi = people["intel"], people["kakanim"], people["kasi"]
    detention = services.detention
    for code, name, category, capacity in (("A1", "Ruang A1", "pria", 4),
                                           ("B1", "Ruang B1", "wanita", 2)):
        detention.add_room(intel, code, name, category, capacity)
    screen = _screen(qtbot, services, intel)

    # Penerimaan: the referral, the identity from the passport's MRZ.
    screen.tabs.setCurrentWidget(screen.intake_page)
    qtbot.keyClicks(screen.referral_number, "ND-017/INTEL/2026")
    qtbot.keyClicks(screen.referring_unit, "Seksi Intelijen Keimigrasian")
    screen.mrz.setPlainText(AHMED.mrz())
    screen.buttons["readMrz"].click()
    qtbot.waitUntil(lambda: screen.full_name.text() == "AHMED KARIMOV")
    assert (screen.nationality.text(), screen.passport_number.text()) == ("UZB", "FA1234567")
    assert screen.birth_date.date().toPython() == date(1988, 4, 2)
    screen.violation.setPlainText("tinggal melampaui izin tinggal kunjungan selama 94 hari")
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.full_name.setFocus()
    qtbot.keyClick(screen.full_name, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "diterima" in screen.message.text())
    _wait_ops(qtbot)
    [detainee] = detention.register(intel)
    assert (detainee.full_name, detainee.state) == ("AHMED KARIMOV", "proposed")
    assert screen.tabs.currentWidget() is screen.register_page
    qtbot.waitUntil(lambda: screen.current() is not None and detainee.number
                    in screen.summary.text())

    # SOP C2: the TAK, the order, the search, the doctor, the necessities, the room.
    _step(qtbot, screen, "menunggu")
    _approve(services, kakanim, detainee.case_id)
    _refresh(qtbot, screen)
    _step(qtbot, screen)
    _click(qtbot, screen, "order", "diterbitkan", decision_number="KEP-TAK-031/2026")
    _step(qtbot, screen, "menunggu")
    _approve(services, kasi, detainee.case_id)
    _refresh(qtbot, screen)
    _click(qtbot, screen, "searchGoods", "Berita Acara Penggeledahan",
           items="Telepon genggam Samsung; 1\nJam tangan Seiko; 1; buah; SGL-0091\n"
                 "Kaos; 3; helai; ; dibawa",
           cash="USD 100 x 3\nUSD 20 x 2\nIDR 50000 x 4", seal="SGL-0092",
           outcome="Tidak ditemukan barang terlarang.", witnesses="Bripka Sutrisno")
    assert screen.belongings_view.rowCount() == 6  # three items, three cash lines
    screen.belongings_view.selectRow(1)
    _click(qtbot, screen, "itemPhoto", "Foto barang “Jam tangan Seiko” disimpan")
    assert detention.belongings(intel, detainee.id).items[1].photo_attachment_id
    _step(qtbot, screen)
    _step(qtbot, screen)
    _click(qtbot, screen, "health", "Keterangan kesehatan", doctor="dr. Ratna Sari",
           statement="Sehat, tidak ditemukan penyakit menular.")
    _step(qtbot, screen)
    _click(qtbot, screen, "necessities", "Tanda Terima", items="Selimut; 1\nSabun; 2; batang")
    _step(qtbot, screen)
    _click(qtbot, screen, "place", "perempuan dewasa", error=True,
           room="B1 — Ruang B1 (wanita, 0/2)")  # a man in the women's room: refused
    assert detention.get(intel, detainee.id).room_code == ""
    _click(qtbot, screen, "place", "ditempatkan di Ruang A1", room="A1 — Ruang A1 (pria, 0/4)")
    _click(qtbot, screen, "biometrics", "Foto dan sidik jari")
    _step(qtbot, screen, "didetensi")
    assert detention.get(intel, detainee.id).state == "detained"
    receipt = pdf_text(detention.document_pdf(intel, detainee.id, "tanda_terima_deteni"))
    assert "Sabun" in receipt and "SGL-0092" in receipt and "USD 340" in receipt

    # The register: a review falls due, the row turns red.
    assert screen.alert_rows() == []
    clock.advance(days=27)
    _refresh(qtbot, screen)
    qtbot.waitUntil(lambda: screen.alert_rows() == [detainee.number])
    assert "Peninjauan jatuh tempo" in screen.table.item(0, 7).text()
    assert screen.table.item(0, 5).text() == "28"
    _click(qtbot, screen, "dailyRegister", "Register Harian Deteni")
    _click(qtbot, screen, "log", "Dicatat", kind="Kunjungan", text="Dikunjungi konsul.")
    _click(qtbot, screen, "review", "Peninjauan", note="Menunggu tiket dari keluarga.")
    qtbot.waitUntil(lambda: screen.alert_rows() == [])

    # A belonging handed over while held: recorded, never deleted.
    _click(qtbot, screen, "handOver", "diserahkan", item="1. Telepon genggam Samsung (1 buah)",
           recipient="Dilnoza Karimova (istri)", note="atas permintaan deteni")
    phone = detention.belongings(intel, detainee.id).items[0]
    assert (phone.state, phone.description) == ("handed_over", "Telepon genggam Samsung")
    qtbot.waitUntil(lambda: screen.belongings_view.item(0, 5).text().startswith("Diserahkan"))

    # SOP C3: the release, every belonging ticked off; a difference must be explained.
    _click(qtbot, screen, "decideRelease", "diajukan", reason="Deportasi",
           destination="TPI Bandara Soekarno-Hatta")
    detainee = detention.get(intel, detainee.id)
    _step(qtbot, screen, "menunggu")
    _approve(services, kakanim, detainee.release_case_id)
    _refresh(qtbot, screen)
    _step(qtbot, screen)
    _click(qtbot, screen, "releaseOrder", "diterbitkan", decision_number="KEP-DEP-044/2026")
    _step(qtbot, screen, "menunggu")
    _approve(services, kasi, detainee.release_case_id)
    _refresh(qtbot, screen)
    belongings = detention.belongings(intel, detainee.id)
    kaos = next(i for i in belongings.items if i.description == "Kaos")
    usd_100 = next(c for c in belongings.cash if c.denomination == 100)
    _click(qtbot, screen, "release", "belum dijelaskan", error=True,
           **{f"q_{kaos.id}": "2", f"c_{usd_100.id}": "2"})
    _click(qtbot, screen, "release", "dikeluarkan",  # the refused try's values offered again
           **{f"n_{kaos.id}": "satu helai rusak, dibuang atas persetujuan deteni",
              "cur_USD": "USD 100 dipakai membeli tiket atas permintaan deteni"})
    released = pdf_text(detention.document_pdf(intel, detainee.id, "ba_pengeluaran"))
    assert "Uang USD 240" in released and "satu helai rusak" in released
    _step(qtbot, screen)
    _click(qtbot, screen, "releasePhoto", "Foto pengeluaran")
    _step(qtbot, screen, "dikeluarkan")
    qtbot.waitUntil(lambda: screen.buttons["deport"].isEnabled())

    # SOP C4: the escort and the flight, the passport stamped, aboard, the report, the ban.
    _click(qtbot, screen, "deport", "diterbitkan", escorts="intel2",
           carrier="Uzbekistan Airways", flight="HY552", time="21:40",
           checkpoint="TPI Bandara Soekarno-Hatta", destination="Tashkent", ban=True)
    detainee = detention.get(intel, detainee.id)
    _step(qtbot, screen, "menunggu")
    _approve(services, kasi, detainee.deportation_case_id)
    _approve(services, people["kasi2"], detainee.deportation_case_id)
    _approve(services, kakanim, detainee.deportation_case_id, None)
    _refresh(qtbot, screen)
    _click(qtbot, screen, "markPassport", "Register Deportasi")
    _step(qtbot, screen)
    _step(qtbot, screen)
    screen.view.setCurrentIndex(screen.view.findData("all"))  # a deportee leaves the register
    _wait_ops(qtbot)
    assert screen.current() is not None and screen.current().id == detainee.id
    _click(qtbot, screen, "boarding", "dideportasi")
    _step(qtbot, screen)
    _click(qtbot, screen, "report", "Kanwil")
    _step(qtbot, screen)
    _step(qtbot, screen, "usul_penangkalan", answer="ya")
    assert detention.get(intel, detainee.id).state == "deported"
    _step(qtbot, screen, "menunggu")  # the proposal goes to the Kakanim's inbox

    # The Kakanim approves the proposal in Persetujuan; the counter then turns him back.
    ahmed_arrives = Scan(AHMED.mrz(), Direction.ARRIVAL)
    assert services.counter.check(people["konter"], ahmed_arrives).hits == ()
    inbox = ApprovalsScreen(services, kakanim)
    qtbot.addWidget(inbox)
    inbox.show()
    _wait_ops(qtbot)
    assert inbox.table.rowCount() == 1
    inbox.table.selectRow(0)
    answer_modal(answer_form(answer="ya", password=PASSWORD))
    inbox.buttons["approve"].click()
    qtbot.waitUntil(lambda: "disetujui" in inbox.message.text())
    _wait_ops(qtbot)
    assert detention.get(intel, detainee.id).ban_listed
    check = services.counter.check(people["konter"], ahmed_arrives)
    assert [hit.list_name for hit in check.hits] == ["penangkalan"]
    assert not check.verdict.may_pass


def test_a_transfer_to_a_rudenim_through_the_screen_is_signed_for_by_its_officer(
        qtbot, services, people):  # noqa: F811
    from tests.services.test_detention import detained

    intel, detention = people["intel"], services.detention
    rooms = {"pria": detention.add_room(intel, "A1", "Ruang A1", "pria", 4)}
    detainee = detained(services, people, rooms)
    screen = _screen(qtbot, services, intel)
    screen.table.select_key(detainee.id)
    qtbot.waitUntil(lambda: screen.current() is not None and detainee.number
                    in screen.summary.text())
    _click(qtbot, screen, "decideRelease", "wajib diisi", error=True,
           reason="Pemindahan ke Rudenim", destination="Rumah Detensi Imigrasi Jakarta")
    _click(qtbot, screen, "decideRelease", "diajukan",  # the refused try offered again
           why="pendeportasiannya menunggu dokumen perjalanan dari kedutaan")
    detainee = detention.get(intel, detainee.id)
    assert "sk_pemindahan" in detainee.documents
    _step(qtbot, screen, "menunggu")
    _approve(services, people["kakanim"], detainee.release_case_id)
    _refresh(qtbot, screen)
    _step(qtbot, screen)
    _click(qtbot, screen, "releaseOrder", "diterbitkan", decision_number="KEP-PIN-007/2026")
    _step(qtbot, screen, "menunggu")
    _approve(services, people["kasi"], detainee.release_case_id)
    _refresh(qtbot, screen)
    _click(qtbot, screen, "release", "18 angka", error=True,
           receiver="Stefanus Lumban Gaol", receiver_nip="1987")
    _click(qtbot, screen, "release", "dikeluarkan", receiver_nip="198704152008011002")
    text = pdf_text(detention.document_pdf(intel, detainee.id, "ba_pengeluaran"))
    assert "Stefanus Lumban Gaol" in text and "Yang menerima," in text
    assert "diserahkan kepada petugas Rumah Detensi Imigrasi Jakarta" in text
