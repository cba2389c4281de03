"""Passport readers: serial and keyboard-wedge readers, and a simulator of specimen passports.

The simulator writes genuine MRZ lines with `app.domain.mrz.check_digit`; its test read checks
only the TD3 check digits. Real readers hand their lines to `app.domain.mrz.parse_mrz`: lines
that are no MRZ at all (garbled, cut short) are a PoorQuality read; an MRZ whose check digits
fail is returned, as the simulator's poor reads are, for the counter to show what is wrong.
pyserial is imported when a serial reader first opens its port.

The simulator's passport last read stays on the reader, and its chip answers through
`chip_transport()`: a `devices.chip.testchip.SoftwareChip` made from the specimen's MRZ and
signed by `simulator_pki()`, genuine or forged as `ChipSimulation` says (decision 0026).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import os
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Self

from app.domain.mrz import MrzFormatError, check_digit, parse_mrz
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import (
    DeviceKind,
    DeviceState,
    DeviceStatus,
    DeviceTimeout,
    DeviceUnplugged,
    DocumentReader,
    DriverOption,
    DriverSettings,
    MrzRead,
    PoorQuality,
    SimulationMode,
    TestCapture,
)
from devices.simulation import Simulator
from devices.wedge import TIMEOUT_OPTION, ScanKind, WedgeInput, mrz_progress

if TYPE_CHECKING:
    from devices.chip.testchip import Signer, SoftwareChip, TestPassport, TestPki

log = logging.getLogger(__name__)

READY_MESSAGE = QT_TRANSLATE_NOOP("gapura", "Siap digunakan.")
READ_OK = QT_TRANSLATE_NOOP("gapura", "MRZ terbaca dan semua digit pemeriksanya cocok.")
READ_BAD = QT_TRANSLATE_NOOP(
    "gapura", "MRZ terbaca tetapi digit pemeriksanya tidak cocok. Bersihkan kaca pembaca lalu "
              "uji lagi dengan paspor yang lain.")

TD3_LENGTH = 44
_NAME_LENGTH = 39


def _pad(text: str, length: int) -> str:
    if len(text) > length:
        raise ValueError(f"{text!r} is longer than {length} characters")
    return text + "<" * (length - len(text))


@dataclass(frozen=True)
class _Specimen:
    """A specimen traveller: fields as they stand in the MRZ (dates YYMMDD)."""

    surname: str
    given_names: str
    number: str
    nationality: str
    birth: str
    sex: str
    expiry: str
    optional: str = ""
    issuer: str = ""

    def td3(self) -> tuple[str, str]:
        name = self.surname.replace(" ", "<")
        if self.given_names:
            name += "<<" + self.given_names.replace(" ", "<")
        line1 = "P<" + _pad(self.issuer or self.nationality, 3) + _pad(name, _NAME_LENGTH)
        number = _pad(self.number, 9)
        optional = _pad(self.optional, 14)
        # ICAO 9303 part 4 section 4.2.2: an unused optional data field may have '<' as its
        # check digit (Germany writes it so; the specimen below must match the real one).
        optional_check = check_digit(optional) if self.optional else "<"
        line2 = (number + check_digit(number) + _pad(self.nationality, 3)
                 + self.birth + check_digit(self.birth) + self.sex
                 + self.expiry + check_digit(self.expiry) + optional + optional_check)
        composite = line2[0:10] + line2[13:20] + line2[21:43]
        return line1, line2 + check_digit(composite)


SPECIMENS: tuple[_Specimen, ...] = (
    # ICAO 9303 part 4 appendix A: the specimen passport of Utopia.
    _Specimen("ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415",
              optional="ZE184226B"),
    _Specimen("SANTOSO", "BUDI HARTONO", "C4417821", "IDN", "850317", "M", "310915"),
    # A single-name Indonesian: the whole name is the primary identifier.
    _Specimen("SULASTRI", "", "E0562381", "IDN", "920604", "F", "290211"),
    # Malaysian passports write the full name, BIN included, as the primary identifier.
    _Specimen("MUHAMMAD FAIZAL BIN ISMAIL", "", "A51234870", "MYS", "880130", "M", "280707",
              optional="880130105523"),
    # The German specimen passport (Bundesdruckerei): one-letter state code "D".
    _Specimen("MUSTERMANN", "ERIKA", "C01X00T47", "D", "640812", "F", "270228"),
    _Specimen("NGUYEN", "THI MAI", "PB0487215", "AUS", "010921", "F", "330512"),
)

# Characters an OCR engine mistakes for one another in the OCR-B font.
_OCR_CONFUSIONS = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S",
                   "S": "5", "2": "Z", "Z": "2"}


def _misread(lines: tuple[str, str], count: int) -> tuple[str, str]:
    """A poor read: alternately an OCR confusion in the document number and a wrong check
    digit of the expiry date; either way a check digit no longer matches."""
    line1, line2 = lines
    if count % 2 == 0:
        at = next(i for i in range(9) if line2[i] in _OCR_CONFUSIONS)
        line2 = line2[:at] + _OCR_CONFUSIONS[line2[at]] + line2[at + 1:]
    else:
        wrong = str((int(line2[27]) + 3) % 10)
        line2 = line2[:27] + wrong + line2[28:]
    return line1, line2


def _td3_checks_pass(lines: tuple[str, ...]) -> bool:
    """Whether every check digit of TD3 lines matches (False for anything not TD3)."""
    if len(lines) != 2 or any(len(line) != TD3_LENGTH for line in lines):
        return False
    line2 = lines[1]
    try:
        fields_ok = all(check_digit(line2[start:end]) == line2[end]
                        for start, end in ((0, 9), (13, 19), (21, 27)))
        optional_ok = (check_digit(line2[28:42]) == line2[42]
                       or (line2[28:43] == "<" * 15))
        composite = line2[0:10] + line2[13:20] + line2[21:43]
        return fields_ok and optional_ok and check_digit(composite) == line2[43]
    except ValueError:
        return False


class ChipSimulation(StrEnum):
    """What the chip of the simulated reader's passport is: none, genuine, or forged in one of
    the ways the counter must catch (`devices.chip.testchip.Variant`, and an altered page)."""

    NONE = "none"  # no chip (an older passport, or a reader without an antenna)
    GENUINE = "genuine"
    ALTERED_DG1 = "altered_dg1"  # DG1 rewritten after signing: its hash fails
    BAD_SIGNATURE = "bad_signature"  # the SOD signed with a key not its DS's
    EXPIRED_DS = "expired_ds"  # the DS certificate expired
    UNKNOWN_CSCA = "unknown_csca"  # the DS issued by a CSCA no master list holds
    # The printed page's name changed after issue: the chip, genuinely signed, still holds the
    # original name, so passive authentication passes and only DG1 against the MRZ tells.
    PAGE_ALTERED = "page_altered"


# The order of NIST P-256, for private keys derived from a label.
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


@functools.cache
def simulator_pki() -> TestPki:
    """The test PKI whose Document Signers sign the simulated reader's chips.

    Unlike `devices.chip.testchip.test_pki()` its keys are derived from fixed labels, so every
    process makes the same CSCA key: the demo trusts the CSCA once (seeded into its master
    list) and a later run of the GUI, another process, still verifies its chips. Never trust
    it outside the demo and the tests: its private keys follow from this source.
    """
    from datetime import UTC, datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from devices.chip.testchip import Signer, TestPki

    def key(label: str) -> ec.EllipticCurvePrivateKey:
        number = int.from_bytes(hashlib.sha256(f"gapura simulator {label}".encode()).digest())
        return ec.derive_private_key(number % (_P256_ORDER - 1) + 1, ec.SECP256R1())

    def name(common_name: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "UT"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gapura Simulator"),
                          x509.NameAttribute(NameOID.COMMON_NAME, common_name)])

    def signer(common_name: str, issuer: Signer | None, start: int, end: int) -> Signer:
        own = key(common_name)
        ca = issuer is None
        builder = (x509.CertificateBuilder().subject_name(name(common_name))
                   .issuer_name(name(common_name) if ca else issuer.certificate.subject)
                   .public_key(own.public_key())
                   .serial_number(int.from_bytes(hashlib.sha256(common_name.encode())
                                                 .digest()[:16]) >> 1)
                   .not_valid_before(datetime(start, 1, 1, tzinfo=UTC))
                   .not_valid_after(datetime(end, 1, 1, tzinfo=UTC))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None),
                                  critical=True))
        if ca:
            builder = builder.add_extension(x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        return Signer(own, builder.sign(own if ca else issuer.key, hashes.SHA256()))

    csca = signer("CSCA Utopia Simulator", None, 2020, 2045)
    rogue = signer("CSCA Utopia Unlisted Simulator", None, 2020, 2045)
    return TestPki(csca=csca, ds=signer("DS Utopia Simulator", csca, 2025, 2040),
                   expired_ds=signer("DS Utopia Simulator 2014", csca, 2014, 2024),
                   rogue_csca=rogue, rogue_ds=signer("DS Utopia Unlisted Simulator", rogue,
                                                     2025, 2040),
                   list_signer=signer("Master List Signer Utopia Simulator", csca, 2020, 2045))


# The name the chip holds when the page was altered.
ORIGINAL_SURNAME, ORIGINAL_GIVEN_NAMES = "WIBOWO", "DEWI"


@functools.cache
def _passport(specimen: _Specimen, chip: ChipSimulation) -> TestPassport:
    """The chip contents of `specimen` (made once per process: signing and the face image
    take about 0.1 s)."""
    from devices.chip.testchip import Variant, build_passport

    printed = specimen.td3()
    if chip is ChipSimulation.PAGE_ALTERED:
        original = dataclasses.replace(specimen, surname=ORIGINAL_SURNAME,
                                       given_names=ORIGINAL_GIVEN_NAMES).td3()
        made = build_passport(original, dg11=None, dg12=None, face_bytes=12_000,
                              pki=simulator_pki())
        return dataclasses.replace(made, mrz_lines=printed)  # access keys: the page's
    variant = Variant.VALID if chip is ChipSimulation.GENUINE else Variant(chip.value)
    return build_passport(printed, dg11=None, dg12=None, face_bytes=12_000, variant=variant,
                          pki=simulator_pki())


class SimulatedDocumentReader(Simulator, DocumentReader):
    """Reads the specimen passports in turn. Poor mode returns lines with a failing check digit
    (an OCR confusion or a misread digit), as a dirty reader window does.

    `chip` (switchable while running, like `mode`) says what the chip of each passport is; the
    passport last read stays on the reader until the next read or `take_document()`.
    """

    def __init__(self, mode: SimulationMode | str = SimulationMode.OK,
                 chip: ChipSimulation | str = ChipSimulation.GENUINE) -> None:
        super().__init__(mode)
        self.chip = ChipSimulation(chip)
        self._reads = 0
        self._on_reader: _Specimen | None = None

    OPTIONS = (DriverOption(
        "chip", str, ChipSimulation.GENUINE.value,
        "The simulated passports' chips: none, genuine, or forged one way (altered_dg1, "
        "bad_signature, expired_ds, unknown_csca, page_altered)",
        choices=tuple(c.value for c in ChipSimulation),
        label=QT_TRANSLATE_NOOP("gapura", "Chip paspor simulasi")),)

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        return cls(settings.simulate, settings.option("chip", ChipSimulation.GENUINE))

    def read(self) -> MrzRead:
        self._respond("read")
        specimen = SPECIMENS[self._reads % len(SPECIMENS)]
        lines = specimen.td3()
        if self.mode is SimulationMode.POOR:
            lines = _misread(lines, self._reads)
        self._reads += 1
        self._on_reader = specimen
        return MrzRead(lines=lines)

    def take_document(self) -> None:
        """The officer hands the passport back: no chip on the reader any more."""
        self._on_reader = None

    def chip_transport(self) -> SoftwareChip | None:
        """A fresh session with the chip of the passport on the reader (None: no passport, no
        chip, or the reader unplugged or not answering)."""
        specimen = self._on_reader
        if (specimen is None or self.chip is ChipSimulation.NONE
                or self.mode in (SimulationMode.UNPLUGGED, SimulationMode.TIMEOUT)):
            return None
        from devices.chip.testchip import SoftwareChip

        return SoftwareChip(_passport(specimen, self.chip))

    def test_capture(self) -> TestCapture:
        read = self.read()
        detail = " / ".join(read.lines)
        if _td3_checks_pass(read.lines):
            return TestCapture(True, READ_OK, detail)
        return TestCapture(False, READ_BAD, detail)


# -- real readers -----------------------------------------------------------------------------

NO_PORT_MESSAGE = QT_TRANSLATE_NOOP(
    "gapura", "Port serial pembaca paspor belum diatur. Admin TIK: isi port-nya di Admin → "
              "Perangkat (misalnya /dev/ttyUSB0 atau COM3).")
STX, ETX = 0x02, 0x03
SERIAL_FRAMINGS = ("8N1", "8E1", "8O1", "8N2", "7E1", "7O1", "7E2")
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400)


def _check_baud(value: int) -> str | None:
    if value not in BAUD_RATES:
        return "harus salah satu dari: " + ", ".join(map(str, BAUD_RATES))
    return None


PORT_OPTION = DriverOption(
    "port", str, "",
    "Serial port of the passport reader: /dev/ttyUSB0, a stable /dev/serial/by-id/... path "
    "(it comes back under the same name after unplugging) or COM3",
    label=QT_TRANSLATE_NOOP("gapura", "Port serial"))
BAUD_OPTION = DriverOption("baud", int, 9600, "Baud rate of the passport reader's serial port",
                           check=_check_baud,
                           label=QT_TRANSLATE_NOOP("gapura", "Kecepatan (baud)"))
FRAMING_OPTION = DriverOption("framing", str, "8N1",
                              "Data bits, parity (N/E/O) and stop bits of the serial port",
                              choices=SERIAL_FRAMINGS,
                              label=QT_TRANSLATE_NOOP("gapura", "Format data (bit, paritas, stop)"))


def _test_read(reader: DocumentReader) -> TestCapture:
    """The admin's test read of a real reader: whether the MRZ's check digits match."""
    read = reader.read()
    detail = " / ".join(read.lines)
    if parse_mrz(read.lines).valid:
        return TestCapture(True, READ_OK, detail)
    return TestCapture(False, READ_BAD, detail)


def _mrz_of(lines: Sequence[str], reader: str) -> MrzRead:
    """The read as MrzRead, or PoorQuality when the lines are no MRZ (garbled, cut short)."""
    try:
        parsed = parse_mrz(lines)
    except MrzFormatError as error:
        raise PoorQuality(DeviceKind.DOCUMENT_READER,
                          detail=f"{reader}: not an MRZ ({error.detail}): {list(lines)!r}"
                          ) from error
    return MrzRead(lines=parsed.lines)


def split_frame(buffer: bytes, *, quiet: bool) -> tuple[list[str], bytes] | None:
    """The MRZ lines of the first complete frame in `buffer` and the bytes after it.

    A frame is STX ... ETX when the reader frames its output, else lines ended by CR, LF or
    CRLF: complete once they make a whole MRZ (2 x 44, 2 x 36, 3 x 30), or, when the reader
    has gone `quiet`, whatever arrived (a garbled or cut line, left for the caller to refuse).
    None while the frame is still coming.
    """
    start = buffer.find(bytes([STX]))
    if start >= 0:
        end = buffer.find(bytes([ETX]), start)
        if end < 0:
            return None
        body, rest = buffer[start + 1:end], buffer[end + 1:]
        return [line for line in _text(body).splitlines() if line.strip()], rest
    text = _text(buffer)
    lines, consumed = [], 0
    for match in re.finditer(r"([^\r\n]*)(\r\n|\r|\n)", text):
        consumed = match.end()
        if match.group(1).strip():
            lines.append(match.group(1).strip())
            if mrz_progress(lines) == "complete":
                return lines, buffer[consumed:]
    if quiet and text.strip():
        return [line for line in text.splitlines() if line.strip()], b""
    return None


def _text(raw: bytes) -> str:
    # Readers send ASCII; a byte outside it is line noise, kept visible as '?' so the MRZ
    # check refuses the line instead of silently dropping the byte.
    return raw.decode("ascii", errors="replace").replace("\ufffd", "?")


class SerialDocumentReader(DocumentReader):
    """A passport reader on a serial port (RS-232 or USB serial), read with pyserial.

    The reader sends the MRZ lines when a document is laid on it, each line ended by CR, LF or
    CRLF, some models framing the whole zone in STX/ETX. The port stays open between reads so
    that a document laid before the officer asks is not lost. Unplugging surfaces as a serial
    error: the port is closed, DeviceUnplugged raised, and the next read or status opens it
    again, so the reader works again as soon as its port is back.
    """

    driver = "serial"
    OPTIONS = (PORT_OPTION, BAUD_OPTION, FRAMING_OPTION, TIMEOUT_OPTION)
    POLL_S = 0.05
    QUIET_S = 0.3  # no byte for this long after a line: the reader has sent all it will

    def __init__(self, port: str, baud: int = 9600, framing: str = "8N1",
                 timeout_s: float = 15.0) -> None:
        if framing not in SERIAL_FRAMINGS:
            raise ValueError(f"unknown framing {framing!r}")
        self.port, self.baud, self.framing, self.timeout_s = port, baud, framing, timeout_s
        self._serial: Any = None
        self._pending = b""
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        return cls(settings.option("port", ""), int(settings.option("baud", 9600)),
                   settings.option("framing", "8N1"),
                   float(settings.option("timeout_seconds", 15)))

    def _unplugged(self, why: str) -> DeviceUnplugged:
        self._close()
        return DeviceUnplugged(self.kind, detail=f"serial reader {self.port}: {why}")

    def _open(self) -> None:
        if self._serial is not None:
            return
        if not self.port:
            raise DeviceUnplugged(self.kind, NO_PORT_MESSAGE, detail="no serial port configured")
        import serial

        bits, parity, stops = self.framing
        try:
            self._serial = serial.Serial(
                self.port, self.baud, bytesize=int(bits), parity=parity,
                stopbits=int(stops), timeout=self.POLL_S)
        except (serial.SerialException, OSError, ValueError) as error:
            raise self._unplugged(f"cannot open: {error}") from error
        self._pending = b""

    def _close(self) -> None:
        if self._serial is not None:
            try:
                self._serial.close()
            except OSError:
                log.debug("closing %s failed", self.port, exc_info=True)
        self._serial = None
        self._pending = b""

    def close(self) -> None:
        with self._lock:
            self._close()

    def status(self) -> DeviceState:
        if not self._lock.acquire(blocking=False):  # a read is running: the port is in use
            return DeviceState(self.kind, self.driver, DeviceStatus.READY, READY_MESSAGE)
        try:
            if self._serial is not None and not os.path.exists(self.port):
                self._close()  # the port vanished since the last read
            self._open()
        except DeviceUnplugged as error:
            return DeviceState(self.kind, self.driver, DeviceStatus.UNPLUGGED,
                               error.message_template)
        finally:
            self._lock.release()
        return DeviceState(self.kind, self.driver, DeviceStatus.READY, READY_MESSAGE)

    def read(self) -> MrzRead:
        with self._lock:
            self._open()
            lines = self._read_frame()
        return _mrz_of(lines, f"serial reader {self.port}")

    def _read_frame(self) -> list[str]:
        import serial

        deadline = time.monotonic() + self.timeout_s
        buffer, last = self._pending, time.monotonic()
        while True:
            try:
                # What has arrived, or wait up to POLL_S for the next byte.
                chunk = self._serial.read(max(1, self._serial.in_waiting))
            except (serial.SerialException, OSError) as error:
                raise self._unplugged(f"read failed: {error}") from error
            now = time.monotonic()
            if chunk:
                buffer, last = buffer + chunk, now
            frame = split_frame(buffer, quiet=bool(buffer) and now - last >= self.QUIET_S)
            if frame is not None:
                lines, self._pending = frame
                return lines
            if now >= deadline:
                self._pending = b""
                raise DeviceTimeout(self.kind, detail=f"serial reader {self.port}: no MRZ in "
                                                      f"{self.timeout_s} s ({buffer!r})")

    def test_capture(self) -> TestCapture:
        return _test_read(self)


class WedgeDocumentReader(WedgeInput, DocumentReader):
    """A keyboard-wedge passport reader: its MRZ arrives as typed keys, which the UI's key
    filter (`ui/widgets/wedge.py`) recognises and hands to `inbox`."""

    OPTIONS = (TIMEOUT_OPTION,)
    scan_kind = ScanKind.MRZ

    def read(self) -> MrzRead:
        return _mrz_of(self._next_scan().lines, "wedge reader")

    def test_capture(self) -> TestCapture:
        return _test_read(self)
