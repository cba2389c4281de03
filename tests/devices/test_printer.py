"""The simulated printer: each job lands in the spool as the PDF it was given."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from devices.base import DeviceStatus, DeviceTimeout, DeviceUnplugged
from devices.printer import SimulatedPrinter


def _pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.drawString(72, 760, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_print_writes_the_pdf_to_the_spool_as_job_id(tmp_path):
    pdf = _pdf("Surat Tanda Penerimaan")
    job = SimulatedPrinter(tmp_path / "spool").print_pdf(pdf, copies=2, title="STP")
    path = tmp_path / "spool" / f"{job.job_id}.pdf"
    assert job.destination == str(path)
    assert path.read_bytes() == pdf
    assert path.read_bytes().startswith(b"%PDF")
    assert (job.copies, job.title) == (2, "STP")
    assert list((tmp_path / "spool").iterdir()) == [path]


def test_each_job_gets_its_own_file(tmp_path):
    printer = SimulatedPrinter(tmp_path)
    first, second = printer.print_pdf(_pdf("satu")), printer.print_pdf(_pdf("dua"))
    assert first.job_id != second.job_id
    assert len(list(tmp_path.glob("*.pdf"))) == 2


def test_refuses_what_is_not_a_pdf(tmp_path):
    with pytest.raises(ValueError):
        SimulatedPrinter(tmp_path).print_pdf(b"hello")
    with pytest.raises(ValueError):
        SimulatedPrinter(tmp_path).print_pdf(_pdf("x"), copies=0)


def test_test_capture_spools_a_test_page(tmp_path):
    result = SimulatedPrinter(tmp_path).test_capture()
    assert result.ok
    (page,) = tmp_path.glob("*.pdf")
    assert page.read_bytes().startswith(b"%PDF")
    assert str(page) in result.detail


def test_poor_prints_but_warns_of_low_toner(tmp_path):
    printer = SimulatedPrinter(tmp_path, "poor")
    printer.print_pdf(_pdf("x"))
    state = printer.status()
    assert state.ready and "toner hampir habis" in state.message


def test_timeout_and_unplugged_print_nothing(tmp_path):
    with pytest.raises(DeviceTimeout):
        SimulatedPrinter(tmp_path, "timeout").print_pdf(_pdf("x"))
    printer = SimulatedPrinter(tmp_path, "unplugged")
    with pytest.raises(DeviceUnplugged) as err:
        printer.print_pdf(_pdf("x"))
    assert err.value.user_message.startswith("Printer tidak terhubung.")
    assert printer.status().status is DeviceStatus.UNPLUGGED
    assert list(tmp_path.iterdir()) == []
