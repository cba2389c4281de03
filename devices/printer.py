"""Printers: a simulator that spools each job as a PDF file, as a PDF printer would.

reportlab (for the test page) is imported when the test page is printed, not at start-up.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Self

from app.errors import DeviceError
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import (
    DeviceState,
    DeviceStatus,
    DeviceTimeout,
    DeviceUnplugged,
    DriverSettings,
    Printer,
    PrintJob,
    SimulationMode,
    TestCapture,
)
from devices.simulation import Simulator

TEST_PAGE_TITLE = "Halaman uji Gapura"

READY_MESSAGE = QT_TRANSLATE_NOOP("gapura", "Siap digunakan.")
NO_CUPS_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Layanan cetak sistem (CUPS) tidak terpasang di komputer ini. Pilih printer "
              "workstation atau simpan sebagai PDF.")
LOW_TONER_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Siap digunakan (simulator), tetapi toner hampir habis sehingga hasil cetak bisa "
              "pudar. Siapkan toner pengganti.")


def printer_test_page() -> bytes:
    """A one-page A4 PDF that says it is Gapura's printer test page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setTitle(TEST_PAGE_TITLE)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, 770, TEST_PAGE_TITLE)
    page.setFont("Helvetica", 11)
    page.drawString(72, 745, "Bila halaman ini terbaca jelas, printer siap dipakai.")
    page.showPage()
    page.save()
    return buffer.getvalue()



class SimulatedPrinter(Simulator, Printer):
    """Writes each job to `<spool_dir>/<job id>.pdf`. Poor mode prints, but reports low toner
    in its status (a printer's 'poor' is faint output, which it cannot see itself)."""

    def __init__(self, spool_dir: Path, mode: SimulationMode | str = SimulationMode.OK) -> None:
        super().__init__(mode)
        self.spool_dir = Path(spool_dir)

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        return cls(settings.spool_dir, settings.simulate)

    def ready_message(self) -> str:
        return LOW_TONER_MESSAGE if self.mode is SimulationMode.POOR else super().ready_message()

    def print_pdf(self, pdf: bytes, copies: int = 1, title: str = "") -> PrintJob:
        if not pdf.startswith(b"%PDF-"):
            raise ValueError("print_pdf needs a PDF document (bytes starting with %PDF-)")
        if copies < 1:
            raise ValueError(f"copies must be at least 1, got {copies}")
        self._respond("print_pdf")
        job_id = uuid.uuid4().hex
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        path = self.spool_dir / f"{job_id}.pdf"
        # Written aside then renamed, so a power cut never leaves half a document in the spool.
        partial = path.with_suffix(".part")
        partial.write_bytes(pdf)
        partial.replace(path)
        return PrintJob(job_id=job_id, destination=str(path), copies=copies, title=title)

    def test_capture(self) -> TestCapture:
        job = self.print_pdf(printer_test_page(), title=TEST_PAGE_TITLE)
        if self.mode is SimulationMode.POOR:
            return TestCapture(True, LOW_TONER_MESSAGE, f"job {job.job_id} -> {job.destination}")
        return TestCapture(True, QT_TRANSLATE_NOOP(
            "gapura", "Halaman uji terkirim ke printer."), f"job {job.job_id} -> {job.destination}")


class CupsPrinter(Printer):
    """A system printer by its CUPS queue name, printed to with `lp` (Linux and macOS).

    Windows workstations print through Qt print support in the UI instead (installer issue).
    """

    driver = "cups"
    TIMEOUT_S = 30

    def __init__(self, name: str = "") -> None:
        self.name = name

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        """The system's default printer (config names no queue yet)."""
        return cls("")

    def status(self) -> DeviceState:
        ready = shutil.which("lp") is not None
        return DeviceState(self.kind, self.driver, DeviceStatus.READY if ready
                           else DeviceStatus.UNPLUGGED,
                           READY_MESSAGE if ready else NO_CUPS_MESSAGE)

    def print_pdf(self, pdf: bytes, copies: int = 1, title: str = "") -> PrintJob:
        if shutil.which("lp") is None:
            raise DeviceUnplugged(self.kind, NO_CUPS_MESSAGE, detail="lp not found")
        try:
            queue = ["-d", self.name] if self.name else []  # none: the default printer
            done = subprocess.run(["lp", *queue, "-n", str(copies), "-t", title or "-"],
                                  input=pdf, capture_output=True, timeout=self.TIMEOUT_S,
                                  check=False)
        except subprocess.TimeoutExpired as error:
            raise DeviceTimeout(self.kind, detail=f"lp -d {self.name}: {error}") from error
        if done.returncode != 0:
            raise DeviceError(QT_TRANSLATE_NOOP(
                "gapura", "Printer {printer} menolak pekerjaan cetak: {reason}. Periksa printer "
                          "lalu cetak lagi dari antrian."),
                detail=f"lp -d {self.name} exit {done.returncode}: {done.stderr!r}",
                printer=self.name, reason=done.stderr.decode(errors="replace").strip()[:200])
        # lp says "request id is <queue>-<n> (1 file(s))"
        request = done.stdout.decode(errors="replace").split("request id is ")[-1].split(" ")[0]
        return PrintJob(job_id=request.strip() or uuid.uuid4().hex,
                        destination=f"cups:{self.name}", copies=copies, title=title)

    def test_capture(self) -> TestCapture:
        job = self.print_pdf(printer_test_page(), title=TEST_PAGE_TITLE)
        return TestCapture(True, QT_TRANSLATE_NOOP("gapura", "Halaman uji terkirim ke printer."),
                           f"job {job.job_id} -> {job.destination}")
