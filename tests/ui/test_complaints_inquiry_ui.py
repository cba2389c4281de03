"""A weekday report's intelligence inquiry (seed 002 C5) driven through the Pengaduan screen:
the Kasi sees only the Rencana Kegiatan action at his step and issues it in its form; after
the Kakanim signs the Surat Perintah in the inbox, the Inteldakim officer issues the Laporan
Kegiatan Penyelidikan and the Laporan Informasi from the list, refusals on the status line."""

from __future__ import annotations

import pytest

from app.auth.permissions import Role
from tests.conftest import PASSWORD
from tests.counter_support import pdf_text
from tests.services.test_complaints import FOREIGNERS
from tests.ui.modal import answer_form, answer_modal
from tests.ui.test_complaints_ui import _said, _screen, _wait_ops

INQUIRY_BUTTONS = ("plan", "inquiryReport", "information", "foreignerBap")


@pytest.fixture
def people(make_actor):
    return {"cs": make_actor(Role.CUSTOMER_SERVICE, username="cs1", nip="199203152019022001"),
            "intel": make_actor(Role.INTEL_OFFICER, username="intel1",
                                nip="199001012015031004"),
            "kasi": make_actor(Role.SECTION_HEAD, username="kasi1", nip="197502141998031002"),
            "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1",
                                  nip="197706261997031001")}


def _select(qtbot, screen, report) -> None:
    qtbot.waitUntil(lambda: screen.table.rowCount() >= 1)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen._detail is not None and screen._detail.id == report.id
                    and screen._detail.step_id == report.step_id)
    _wait_ops(qtbot)


def _enabled(screen) -> set[str]:
    return {name for name in INQUIRY_BUTTONS if screen.buttons[name].isEnabled()}


def test_the_c5_papers_are_made_from_the_screen_at_their_steps(qtbot, services, people):
    complaints = services.complaints
    report = complaints.receive(people["cs"], FOREIGNERS)  # Wednesday: C5
    kasi = _screen(qtbot, services, people["kasi"])
    _select(qtbot, kasi, report)
    assert _enabled(kasi) == {"plan"}

    # A refused plan (an officer who is no Inteldakim officer) is said, nothing is made.
    answer_modal(answer_form(purpose="Memastikan izin tinggal ketiga orang asing.",
                         method="Pengamatan tertutup dan wawancara mandor.", officers="kasi1"))
    kasi.buttons["plan"].click()
    _said(qtbot, kasi, "bukan petugas Inteldakim")
    assert complaints.documents(people["cs"], report.id) == []

    answer_modal(answer_form(purpose="Memastikan izin tinggal ketiga orang asing.",
                         method="Pengamatan tertutup dan wawancara mandor.", officers="intel1",
                         budget="DIPA 2026"))
    kasi.buttons["plan"].click()
    _said(qtbot, kasi, "Rencana Kegiatan")
    qtbot.waitUntil(lambda: kasi.papers.rowCount() == 1)
    kasi.papers.selectRow(0)
    qtbot.waitUntil(lambda: kasi.preview.pdf is not None)
    plan = pdf_text(kasi.preview.pdf)
    assert "RENCANA KEGIATAN PENYELIDIKAN" in plan and "Pengamatan tertutup" in plan
    assert "DIPA 2026" in plan and "Intel1" in plan

    waiting = complaints.complete(people["kasi"], report.id)
    services.cases.approve(people["kakanim"], [waiting.case_id], PASSWORD)
    complaints.complete(people["intel"], report.id)  # the inquiry is done

    intel = _screen(qtbot, services, people["intel"])
    _select(qtbot, intel, complaints.get(people["intel"], report.id))
    assert _enabled(intel) == {"inquiryReport", "information"}
    answer_modal(answer_form(findings="Satu orang asing memegang visa kunjungan namun bekerja.",
                         actions="Mengamati lokasi\nMewawancarai mandor",
                         conclusion="Dugaan penyalahgunaan izin tinggal."))
    intel.buttons["inquiryReport"].click()
    _said(qtbot, intel, "Laporan Kegiatan Penyelidikan")
    answer_modal(answer_form(source="Mandor proyek", obtained_where="Lokasi proyek",
                         information="Tiga orang asing bekerja sejak 16 November.",
                         reliability="C — Cukup dapat dipercaya",
                         credibility="3 — Mungkin benar",
                         recommendation="Pemeriksaan keimigrasian."))
    intel.buttons["information"].click()
    _said(qtbot, intel, "Laporan Informasi")
    qtbot.waitUntil(lambda: intel.papers.rowCount() == 4)  # plan, order, two reports
    templates = [t for _id, t, _n in complaints.documents(people["cs"], report.id)]
    assert sorted(templates) == ["laporan_informasi", "laporan_kegiatan", "rencana_kegiatan",
                                 "surat_perintah_tugas"]
    intel.papers.selectRow(templates.index("laporan_informasi"))
    qtbot.waitUntil(lambda: intel.preview.pdf is not None
                    and "LAPORAN INFORMASI" in pdf_text(intel.preview.pdf))
    assert "C3 — sumber: cukup dapat dipercaya" in pdf_text(intel.preview.pdf)
