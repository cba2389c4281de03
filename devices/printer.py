"""Printers: system (CUPS) printers, and a simulator that spools each job as a PDF file.

reportlab (for the test page) is imported when the test page is printed, not at start-up.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from app.errors import DeviceError
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import (
    DeviceState,
    DeviceStatus,
    DeviceTimeout,
    DeviceUnplugged,
    DriverOption,
    DriverSettings,
    Printer,
    PrintJob,
    SimulationMode,
    TestCapture,
)
from devices.simulation import Simulator

log = logging.getLogger(__name__)

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


def check_printer_name(value: str) -> str | None:
    """Why `value` is no CUPS queue name (for the config's error), or None; "" is allowed."""
    if value and not re.fullmatch(r"[^\s/\\#]{1,127}", value):
        return "nama printer tidak boleh memuat spasi, '/', '\\' atau '#' (maksimal 127 karakter)"
    return None


NAME_OPTION = DriverOption(
    "name", str, "", "CUPS queue of the workstation printer; empty for the system's default",
    check=check_printer_name, label=QT_TRANSLATE_NOOP("gapura", "Printer sistem (CUPS)"))

NOT_FOUND_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Printer yang dipilih tidak ada di daftar printer sistem. Periksa kabel dan "
              "daya printer, atau pilih printer lain di Admin → Perangkat.")
DISABLED_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Printer dinonaktifkan oleh sistem (biasanya setelah kertas macet atau kabel "
              "lepas). Perbaiki printernya lalu aktifkan lagi di pengaturan printer sistem.")
GONE_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Printer {printer} tidak ditemukan atau tidak menerima pekerjaan cetak. Periksa "
              "kabel dan daya printer, lalu cetak lagi dari antrian.")
_GONE = re.compile(r"does not exist|unknown destination|not accepting|no such", re.IGNORECASE)


@dataclass(frozen=True)
class SystemPrinter:
    """A system (CUPS) printer as `lpstat` reports it."""

    name: str
    state: str  # idle, printing, disabled
    default: bool = False

    @property
    def enabled(self) -> bool:
        return self.state != "disabled"

    def to_json_dict(self) -> dict[str, Any]:
        return {"name": self.name, "state": self.state, "enabled": self.enabled,
                "default": self.default}


def parse_lpstat(text: str) -> list[SystemPrinter]:
    """The printers in the output of `LC_ALL=C lpstat -p -d`."""
    default = ""
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        match = re.match(r"printer (\S+) (?:is (idle|now printing)|(disabled))", line)
        if match:
            state = "disabled" if match.group(3) else (
                "printing" if match.group(2) == "now printing" else "idle")
            found.append((match.group(1), state))
            continue
        match = re.match(r"system default destination: (\S+)", line)
        if match:
            default = match.group(1)
    return [SystemPrinter(name, state, name == default) for name, state in found]


def system_printers(timeout_s: float = 10.0) -> list[SystemPrinter]:
    """The printers this workstation's CUPS knows; empty without CUPS or printers."""
    if shutil.which("lpstat") is None:
        return []
    try:
        done = subprocess.run(["lpstat", "-p", "-d"], capture_output=True, timeout=timeout_s,
                              check=False, env={**os.environ, "LC_ALL": "C", "LANG": "C"})
    except (subprocess.TimeoutExpired, OSError):
        log.warning("lpstat failed", exc_info=True)
        return []
    # lpstat exits 1 with "No destinations added." when there is no printer at all.
    return parse_lpstat(done.stdout.decode(errors="replace"))


class CupsPrinter(Printer):
    """A system printer by its CUPS queue name, printed to with `lp` (Linux and macOS).

    Windows workstations print through Qt print support in the UI instead (installer issue).
    A queue that has gone away (unplugged USB printer, removed queue) refuses the job:
    DeviceUnplugged with the printer's name, and the print queue keeps the job as failed.
    """

    driver = "cups"
    OPTIONS = (NAME_OPTION,)
    TIMEOUT_S = 30

    def __init__(self, name: str = "") -> None:
        self.name = name

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        return cls(settings.option("name", ""))

    def _state(self, status: DeviceStatus, message: str) -> DeviceState:
        return DeviceState(self.kind, self.driver, status, message)

    def status(self) -> DeviceState:
        if shutil.which("lp") is None:
            return self._state(DeviceStatus.UNPLUGGED, NO_CUPS_MESSAGE)
        printers = {p.name: p for p in system_printers()}
        found = printers.get(self.name) if self.name else next(
            (p for p in printers.values() if p.default), None)
        if found is None:
            return self._state(DeviceStatus.UNPLUGGED, NOT_FOUND_MESSAGE)
        if not found.enabled:
            return self._state(DeviceStatus.ERROR, DISABLED_MESSAGE)
        return self._state(DeviceStatus.READY, READY_MESSAGE)

    def print_pdf(self, pdf: bytes, copies: int = 1, title: str = "") -> PrintJob:
        if shutil.which("lp") is None:
            raise DeviceUnplugged(self.kind, NO_CUPS_MESSAGE, detail="lp not found")
        try:
            queue = ["-d", self.name] if self.name else []  # none: the default printer
            done = subprocess.run(["lp", *queue, "-n", str(copies), "-t", title or "-"],
                                  input=pdf, capture_output=True, timeout=self.TIMEOUT_S,
                                  check=False, env={**os.environ, "LC_ALL": "C", "LANG": "C"})
        except subprocess.TimeoutExpired as error:
            raise DeviceTimeout(self.kind, detail=f"lp -d {self.name}: {error}") from error
        if done.returncode != 0:
            reason = done.stderr.decode(errors="replace").strip()
            detail = f"lp -d {self.name} exit {done.returncode}: {reason!r}"
            if _GONE.search(reason):
                raise DeviceUnplugged(self.kind, GONE_MESSAGE, detail=detail,
                                      printer=self.name or "bawaan")
            raise DeviceError(QT_TRANSLATE_NOOP(
                "gapura", "Printer {printer} menolak pekerjaan cetak: {reason}. Periksa printer "
                          "lalu cetak lagi dari antrian."),
                detail=detail, printer=self.name, reason=reason[:200])
        # lp says "request id is <queue>-<n> (1 file(s))"
        request = done.stdout.decode(errors="replace").split("request id is ")[-1].split(" ")[0]
        return PrintJob(job_id=request.strip() or uuid.uuid4().hex,
                        destination=f"cups:{self.name}", copies=copies, title=title)

    def test_capture(self) -> TestCapture:
        job = self.print_pdf(printer_test_page(), title=TEST_PAGE_TITLE)
        return TestCapture(True, QT_TRANSLATE_NOOP("gapura", "Halaman uji terkirim ke printer."),
                           f"job {job.job_id} -> {job.destination}")
