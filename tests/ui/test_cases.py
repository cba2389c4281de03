"""Perkara driven by the officers: find cases, see the late ones, open a case, do its steps
(with a decision, or a step of the applicant), be refused a step of another role, and add a
note and a scanned document."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.auth.permissions import Role
from app.services.cases import OPEN, WAITING, SubjectForm
from app.store.case_models import CaseSubject
from tests.services.test_cases import APPLICANT, _to_approval
from tests.ui.modal import answer_modal
from tests.ui.test_approvals import _one_page_pdf
from ui import ops
from ui.cases.screen import CasesScreen
from ui.widgets.form_dialog import FormDialog

CTRL = Qt.KeyboardModifier.ControlModifier
TANAKA = SubjectForm("applicant", "TANAKA HIROSHI", "TK1234567", "JPN", date(1980, 2, 3))


@pytest.fixture
def people(make_actor):
    return {
        "loket": make_actor(Role.PERMIT_OFFICER, username="loket1"),
        "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
    }


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _screen(qtbot, services, actor) -> CasesScreen:
    widget = CasesScreen(services, actor)
    qtbot.addWidget(widget)
    widget.show()
    _wait_ops(qtbot)
    return widget


def _numbers(screen: CasesScreen) -> list[str]:
    return [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]


def _search(qtbot, screen: CasesScreen, text: str) -> list[str]:
    screen.text.clear()
    qtbot.keyClicks(screen.text, text)
    qtbot.keyClick(screen.text, Qt.Key.Key_Return)
    _wait_ops(qtbot)
    return _numbers(screen)


def _select(qtbot, screen: CasesScreen, number: str) -> None:
    screen.table.selectRow(_numbers(screen).index(number))
    qtbot.waitUntil(lambda: screen.current() is not None and number in screen.summary.text())
    _wait_ops(qtbot)


def _activate(qtbot, screen: CasesScreen) -> None:
    """Shortcuts work in the active window; the offscreen platform does not hand activation
    back to the screen when a dialog closes, as a window manager does."""
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)


def _answer(seen: list, **values):
    """Fill the dialog and press OK; `seen` gets the answers a decision offered."""
    def fill(dialog: FormDialog) -> None:
        answer = dialog.widgets.get("answer")
        seen.append([answer.itemText(i) for i in range(answer.count())] if answer else [])
        dialog.fill(**values)
        dialog.findChild(object, "ok").click()
    return fill


def test_search_by_number_name_passport_and_status(qtbot, services, people):
    itk = _to_approval(services, people["loket"])  # waits for the Kasi's paraf
    b2 = services.cases.open(people["loket"], "B2", [TANAKA])
    screen = _screen(qtbot, services, people["loket"])
    assert sorted(_numbers(screen)) == sorted([itk.number, b2.number])
    row = _numbers(screen).index(b2.number)
    assert screen.table.item(row, 2).text() == "TANAKA HIROSHI"
    assert screen.table.item(row, 4).text() == "Petugas Loket Izin Tinggal"
    assert screen.table.item(row, 7).text() == "Berjalan"

    assert _search(qtbot, screen, "tanaka") == [b2.number]
    assert _search(qtbot, screen, "L898902") == [itk.number]  # a passport number, in part
    assert _search(qtbot, screen, itk.number) == [itk.number]
    assert _search(qtbot, screen, "TIDAK ADA") == []

    screen.text.clear()
    screen.status.setCurrentText("Menunggu persetujuan")
    screen.buttons["refresh"].click()
    _wait_ops(qtbot)
    assert _numbers(screen) == [itk.number]
    assert screen.table.item(0, 7).text() == "Menunggu persetujuan"
    screen.status.setCurrentText("Selesai")
    screen.buttons["refresh"].click()
    _wait_ops(qtbot)
    assert _numbers(screen) == []


def test_search_by_the_day_a_case_was_opened(qtbot, services, people, clock):
    first = services.cases.open(people["loket"], "ITK", [APPLICANT])  # 25-11-2026
    clock.advance(days=1)
    second = services.cases.open(people["loket"], "B2", [TANAKA])  # 26-11-2026
    screen = _screen(qtbot, services, people["loket"])
    assert _numbers(screen) == [second.number, first.number]  # newest first
    screen.since.setDate(QDate(2026, 11, 26))
    qtbot.keyClick(screen.text, Qt.Key.Key_Return)
    _wait_ops(qtbot)
    assert _numbers(screen) == [second.number]
    screen.since.setDate(screen.since.minimumDate())  # "semua"
    screen.until.setDate(QDate(2026, 11, 25))
    qtbot.keyClick(screen.text, Qt.Key.Key_Return)
    _wait_ops(qtbot)
    assert _numbers(screen) == [first.number]


def test_a_late_case_is_flagged_and_counted(qtbot, services, people, clock):
    late = services.cases.open(people["loket"], "ITK", [APPLICANT])
    screen = _screen(qtbot, services, people["loket"])
    assert screen.late_rows() == []
    assert "Terlambat di kantor ini: 0" in screen.counts.text()

    clock.advance(minutes=30)  # the first step's standard is 10 minutes
    on_time = services.cases.open(people["loket"], "B2", [TANAKA])
    qtbot.keyClick(screen.table, Qt.Key.Key_F5)
    _wait_ops(qtbot)
    assert screen.late_rows() == [late.number]
    row = _numbers(screen).index(late.number)
    assert screen.table.item(row, 7).text() == "Berjalan — Terlambat"
    assert screen.table.item(row, 6).text().startswith("terlambat")
    assert screen.table.item(row, 0).foreground().color().name() == "#b00020"
    assert not screen.table.item(row, 7).icon().isNull()
    assert "Terlambat" not in screen.table.item(_numbers(screen).index(on_time.number), 7).text()
    assert "Terlambat di kantor ini: 1" in screen.counts.text()

    screen.overdue_only.setChecked(True)
    screen.buttons["refresh"].click()
    _wait_ops(qtbot)
    assert _numbers(screen) == [late.number]


def test_a_new_case_is_opened_through_the_dialog(qtbot, services, people):
    screen = _screen(qtbot, services, people["loket"])
    answer_modal(_answer([], sop="ITK — Penerbitan Izin Tinggal Kunjungan",
                         name="  Eriksson   Anna ", passport="l898902c3", nationality="swe",
                         birth=date(1974, 8, 12), phone="0812-1111-2222",
                         note="Datang sendiri"))
    qtbot.keyClick(screen.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: "dibuka" in screen.message.text())
    _wait_ops(qtbot)
    [case] = services.cases.search(people["loket"])
    assert case.sop_code == "ITK" and case.step_id == "terima_permohonan"
    assert case.subjects == ("Eriksson Anna",)
    with services.context.store.read() as session:
        subject = session.scalars(select(CaseSubject)).one()
        assert (subject.document_number, subject.nationality, subject.birth_date,
                subject.phone) == ("L898902C3", "SWE", date(1974, 8, 12), "+6281211112222")
    assert _numbers(screen) == [case.number]
    qtbot.waitUntil(lambda: case.number in screen.summary.text())
    assert "Menerima permohonan" in screen.summary.text()
    assert "Tanda terima permohonan" in screen.summary.text()  # the step's document
    assert "10 menit" in screen.summary.text()
    assert [screen.history.item(0, 5).text()] == ["Datang sendiri"]


def test_completing_a_step_asks_the_decision_and_follows_its_branch(qtbot, services, people):
    cases = services.cases
    case = cases.open(people["loket"], "ITK", [APPLICANT])
    for _ in range(2):
        case = cases.complete(people["loket"], case.id)
    assert case.step_id == "periksa_cekal"
    screen = _screen(qtbot, services, people["loket"])
    _select(qtbot, screen, case.number)
    assert "Apakah pemohon masuk dalam daftar cekal?" in screen.summary.text()

    seen: list = []
    answer_modal(_answer(seen, answer="tidak", note="Tidak ada hit"))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "berikutnya" in screen.message.text())
    _wait_ops(qtbot)
    assert seen == [["ya", "tidak"]]
    assert cases.get(people["loket"], case.id).step_id == "teliti_keabsahan"
    qtbot.waitUntil(lambda: "Meneliti keabsahan" in screen.summary.text())
    assert screen.table.item(0, 3).text().startswith("Meneliti keabsahan")
    done = [(screen.history.item(r, 2).text(), screen.history.item(r, 4).text())
            for r in range(screen.history.rowCount())]
    assert ("periksa_cekal", "tidak") in done


def test_a_step_of_another_role_is_refused_in_indonesian_and_the_note_is_kept(qtbot, services,
                                                                              people):
    case = services.cases.open(people["loket"], "ITK", [APPLICANT])
    screen = _screen(qtbot, services, people["kasi"])  # a Kasi works cases, not this step
    _select(qtbot, screen, case.number)
    answer_modal(_answer([], note="Berkas lengkap"))
    screen.buttons["complete"].click()
    qtbot.waitUntil(lambda: bool(screen.message.text()))
    assert "dikerjakan oleh peran permit_officer" in screen.message.text()
    assert "color: #b00020" in screen.message.styleSheet()
    after = services.cases.get(people["kasi"], case.id)
    assert (after.status, after.step_id) == (OPEN, "terima_permohonan")
    assert [e.action for e in services.cases.history(people["kasi"], case.id)] == ["opened"]

    kept: list[str] = []

    def look(dialog: FormDialog) -> None:
        kept.append(dialog.value("note"))
        dialog.reject()

    answer_modal(look)
    screen.buttons["complete"].click()
    assert kept == ["Berkas lengkap"]  # what was typed is offered again


def test_a_step_of_the_applicant_is_recorded_by_any_case_worker(qtbot, services, people):
    case = services.cases.open(people["loket"], "B1", [TANAKA])
    screen = _screen(qtbot, services, people["loket"])
    assert screen.table.item(0, 4).text() == "Pemohon"
    _select(qtbot, screen, case.number)
    assert "Langkah pihak luar: Pemohon" in screen.summary.text()
    answer_modal(_answer([]))
    screen.buttons["complete"].click()
    qtbot.waitUntil(lambda: "berikutnya" in screen.message.text())
    _wait_ops(qtbot)
    # the next step is the passport officer's: a permit officer may not do it
    assert services.cases.get(people["loket"], case.id).step_id == "loket_pendaftaran"
    answer_modal(_answer([], answer="ya"))
    screen.buttons["complete"].click()
    qtbot.waitUntil(lambda: "passport_officer" in screen.message.text())
    assert services.cases.get(people["loket"], case.id).step_id == "loket_pendaftaran"


def test_a_note_and_an_attachment_show_in_the_detail_with_the_hash(qtbot, services, people,
                                                                    tmp_path):
    case = services.cases.open(people["loket"], "ITK", [APPLICANT])
    screen = _screen(qtbot, services, people["loket"])
    _select(qtbot, screen, case.number)

    answer_modal(_answer([], text="Sponsor dihubungi"))
    qtbot.keyClick(screen.table, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: "Catatan disimpan" in screen.message.text())
    qtbot.waitUntil(lambda: ("catatan", "Sponsor dihubungi") in [
        (screen.history.item(r, 3).text(), screen.history.item(r, 5).text())
        for r in range(screen.history.rowCount())])

    _activate(qtbot, screen)
    scan = tmp_path / "sponsor.pdf"
    scan.write_bytes(_one_page_pdf())
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    screen.choose_file = lambda: str(scan)
    qtbot.keyClick(screen.table, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "dilampirkan" in screen.message.text())
    assert digest in screen.message.text()
    documents = screen.documents.table
    qtbot.waitUntil(lambda: documents.rowCount() == 1)
    assert (documents.item(0, 0).text(), documents.item(0, 3).text()) == ("sponsor.pdf", digest)
    pdf = screen.documents.preview.pdf_document
    qtbot.waitUntil(lambda: pdf.status() == QPdfDocument.Status.Ready)
    assert pdf.pageCount() == 1
    assert [a.sha256 for a in services.cases.attachments(people["loket"], case.id)] == [digest]


def test_a_scanned_image_is_previewed(qtbot, services, people, tmp_path):
    case = services.cases.open(people["loket"], "ITK", [APPLICANT])
    scan = tmp_path / "paspor.png"
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("navy"))
    assert picture.save(str(scan))
    screen = _screen(qtbot, services, people["loket"])
    _select(qtbot, screen, case.number)
    screen.choose_file = lambda: str(scan)
    screen.buttons["attach"].click()
    qtbot.waitUntil(lambda: screen.documents.table.rowCount() == 1)
    assert screen.documents.table.item(0, 1).text() == "image/png"
    qtbot.waitUntil(lambda: not screen.documents.image.pixmap().isNull())
    assert screen.documents.pages.currentWidget() is screen.documents.image


def test_assigning_and_ctrl_f(qtbot, services, people):
    case = services.cases.open(people["loket"], "ITK", [APPLICANT])
    screen = _screen(qtbot, services, people["loket"])
    _select(qtbot, screen, case.number)
    answer_modal(_answer([], username="Loket2"))
    screen.buttons["assign"].click()
    qtbot.waitUntil(lambda: "ditugaskan kepada loket2" in screen.message.text())
    _wait_ops(qtbot)
    assert services.cases.get(people["loket"], case.id).assignee == "loket2"
    assert screen.table.item(0, 4).text() == "Petugas Loket Izin Tinggal / loket2"

    _activate(qtbot, screen)
    qtbot.keyClick(screen.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is screen.text


def test_a_waiting_case_cannot_be_completed_from_here(qtbot, services, people):
    case = _to_approval(services, people["loket"])
    screen = _screen(qtbot, services, people["loket"])
    _select(qtbot, screen, case.number)
    assert "Perlu persetujuan: paraf (Kepala Seksi)" in screen.summary.text()
    assert not screen.buttons["complete"].isEnabled()
    assert services.cases.get(people["loket"], case.id).status == WAITING


def test_the_opener_cancels_a_case_with_a_reason(qtbot, services, people):
    case = services.cases.open(people["loket"], "ITK", [APPLICANT])
    screen = _screen(qtbot, services, people["loket"])
    _select(qtbot, screen, case.number)
    assert screen.buttons["cancel"].isEnabled()
    answer_modal(_answer([], reason="Pemohon menarik permohonan"))
    screen.buttons["cancel"].click()
    qtbot.waitUntil(lambda: "dibatalkan" in screen.message.text())
    _wait_ops(qtbot)
    assert services.cases.get(people["loket"], case.id).status == "cancelled"
    qtbot.waitUntil(lambda: "Dibatalkan" in screen.summary.text())
    assert not screen.buttons["cancel"].isEnabled()


def test_a_case_waiting_for_the_kanwil_says_so(qtbot, services, people, make_actor):
    from tests.conftest import PASSWORD

    kakanim = make_actor(Role.OFFICE_HEAD, username="kakanim1")
    cases = services.cases
    case = cases.open(people["loket"], "B7", [TANAKA])
    while case.step_id != "disposisi_kakanim":
        case = cases.complete(people["loket"], case.id,
                              answer="tidak" if case.step_id == "periksa_cekal" else None)
    [case] = cases.approve(kakanim, [case.id], PASSWORD)
    screen = _screen(qtbot, services, people["loket"])
    row = _numbers(screen).index(case.number)
    assert screen.table.item(row, 7).text() == "Menunggu Kanwil/Ditjen"
    _select(qtbot, screen, case.number)
    text = screen.summary.text()
    assert "Menunggu keputusan Kanwil Kemenkumham melalui server pusat" in text
    assert "menunggu keputusan" in text.split("<br>")[-1]
    assert not screen.buttons["complete"].isEnabled()  # the Kanwil decides, not the counter
