"""Peripheral interfaces: what every document reader, camera, scanner and printer offers.

Each device kind is an abstract class here; `devices/<kind>.py` holds its drivers (a simulator
now, real drivers later) and `devices/registry.py` picks one per kind from the configuration.
Captures return plain frozen dataclasses; failures raise a `DeviceError` subclass whose message
names the device and tells the officer what to do next.

This package imports no Qt and never imports `app.config` (which derives its device choices from
`devices.registry`); drivers receive what they need through `DriverSettings`.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self

from app.errors import DeviceError
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from devices.chip.transport import ApduTransport


class DeviceKind(StrEnum):
    """The kinds of peripheral a workstation has, one of each; values are the config tables."""

    DOCUMENT_READER = "document_reader"
    CAMERA = "camera"
    FINGERPRINT = "fingerprint"
    PRINTER = "printer"
    BARCODE = "barcode"


DEVICE_TITLES: Mapping[DeviceKind, str] = {
    DeviceKind.DOCUMENT_READER: QT_TRANSLATE_NOOP("gapura", "Pembaca paspor"),
    DeviceKind.CAMERA: QT_TRANSLATE_NOOP("gapura", "Kamera"),
    DeviceKind.FINGERPRINT: QT_TRANSLATE_NOOP("gapura", "Pemindai sidik jari"),
    DeviceKind.PRINTER: QT_TRANSLATE_NOOP("gapura", "Printer"),
    DeviceKind.BARCODE: QT_TRANSLATE_NOOP("gapura", "Pemindai barcode"),
}


class SimulationMode(StrEnum):
    """What a simulator does: succeed, time out, act unplugged or read poorly."""

    OK = "ok"
    TIMEOUT = "timeout"
    UNPLUGGED = "unplugged"
    POOR = "poor"


class DeviceStatus(StrEnum):
    READY = "ready"
    UNPLUGGED = "unplugged"
    ERROR = "error"


@dataclass(frozen=True)
class DeviceState:
    """How one device is doing; `message` is Indonesian, marked for translation."""

    kind: DeviceKind
    driver: str
    status: DeviceStatus
    message: str

    @property
    def title(self) -> str:
        return DEVICE_TITLES[self.kind]

    @property
    def ready(self) -> bool:
        return self.status is DeviceStatus.READY


@dataclass(frozen=True)
class TestCapture:
    """Result of an officer's test of one device.

    `summary` is Indonesian text marked for translation that may hold `{name}` fields filled from
    `params` (as in `GapuraError`); `detail` is technical English for the log and the admin.
    """

    __test__ = False  # not a pytest test class despite the name

    ok: bool
    summary: str
    detail: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def summary_text(self) -> str:
        """The summary with its fields filled in."""
        return self.summary.format(**self.params)


@dataclass(frozen=True)
class DriverOption:
    """One setting a driver reads from `devices.<kind>.<name>` in the workstation config.

    Drivers declare their options next to their code (`Device.OPTIONS`); `app.config` turns
    them into validated settings and the admin's device panel into form fields, so a new
    driver needs no change to either.
    `check` returns why a value is invalid (Indonesian, for the config error) or None.
    """

    name: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[Any], str | None] | None = None
    label: str = ""  # Indonesian, marked for translation: the admin's device settings form


@dataclass(frozen=True)
class DriverSettings:
    """What `build_devices` hands a driver when it makes one.

    `options` holds the values of the kind's `DriverOption`s by name (defaults filled in).
    """

    simulate: SimulationMode
    spool_dir: Path
    options: Mapping[str, Any] = field(default_factory=dict)

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)


# -- errors -----------------------------------------------------------------------------------


class _DeviceFault(DeviceError):
    """A device failure whose default message depends on the kind of device."""

    messages: ClassVar[Mapping[DeviceKind, str]] = {}

    def __init__(self, kind: DeviceKind | str, message: str | None = None, detail: str = "",
                 **params: Any) -> None:
        self.kind = DeviceKind(kind)
        super().__init__(message or self.messages.get(self.kind), detail, **params)


class DeviceTimeout(_DeviceFault):
    """The device is connected but did not answer in time."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Perangkat tidak merespons. Cabut lalu pasang kembali kabelnya, lalu coba lagi.")
    messages = {
        DeviceKind.DOCUMENT_READER: QT_TRANSLATE_NOOP(
            "gapura", "Pembaca paspor tidak merespons. Letakkan halaman data paspor pada kaca "
                      "pembaca lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel "
                      "USB-nya."),
        DeviceKind.CAMERA: QT_TRANSLATE_NOOP(
            "gapura", "Kamera tidak merespons. Tutup aplikasi lain yang memakai kamera, lalu "
                      "coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya."),
        DeviceKind.FINGERPRINT: QT_TRANSLATE_NOOP(
            "gapura", "Pemindai sidik jari tidak merespons. Pastikan layanan pemindai berjalan, "
                      "lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya."),
        DeviceKind.PRINTER: QT_TRANSLATE_NOOP(
            "gapura", "Printer tidak merespons. Pastikan printer menyala dan tidak sedang "
                      "error (kertas macet, kertas habis), lalu cetak ulang."),
        DeviceKind.BARCODE: QT_TRANSLATE_NOOP(
            "gapura", "Pemindai barcode tidak merespons. Cabut lalu pasang kembali kabel USB-nya, "
                      "lalu pindai ulang."),
    }


class DeviceUnplugged(_DeviceFault):
    """The device is not connected (or switched off)."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Perangkat tidak terhubung. Periksa kabelnya lalu coba lagi.")
    messages = {
        DeviceKind.DOCUMENT_READER: QT_TRANSLATE_NOOP(
            "gapura", "Pembaca paspor tidak terhubung. Periksa kabel USB lalu coba lagi."),
        DeviceKind.CAMERA: QT_TRANSLATE_NOOP(
            "gapura", "Kamera tidak terhubung. Periksa kabel USB kamera lalu coba lagi."),
        DeviceKind.FINGERPRINT: QT_TRANSLATE_NOOP(
            "gapura", "Pemindai sidik jari tidak terhubung. Periksa kabel USB pemindai lalu "
                      "coba lagi."),
        DeviceKind.PRINTER: QT_TRANSLATE_NOOP(
            "gapura", "Printer tidak terhubung. Periksa kabel dan pastikan printer menyala, lalu "
                      "coba lagi."),
        DeviceKind.BARCODE: QT_TRANSLATE_NOOP(
            "gapura", "Pemindai barcode tidak terhubung. Periksa kabel USB lalu coba lagi."),
    }


class PoorQuality(_DeviceFault):
    """The device worked but what it captured is not good enough to use.

    Args (beyond those of DeviceError):
        result: what was captured anyway (e.g. the low-quality fingerprints), when there is
            something to show the officer.
    """

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Hasil perangkat kurang baik. Ulangi pengambilan.")
    messages = {
        DeviceKind.DOCUMENT_READER: QT_TRANSLATE_NOOP(
            "gapura", "MRZ paspor tidak terbaca dengan benar. Bersihkan kaca pembaca, letakkan "
                      "halaman data paspor rata, lalu pindai ulang."),
        DeviceKind.CAMERA: QT_TRANSLATE_NOOP(
            "gapura", "Foto wajah kurang baik ({reasons}). Perbaiki pencahayaan, minta pemohon "
                      "diam menghadap kamera, lalu ambil ulang."),
        DeviceKind.FINGERPRINT: QT_TRANSLATE_NOOP(
            "gapura", "Kualitas sidik jari terlalu rendah: {fingers} (nilai {quality}, minimal "
                      "{minimum}). Bersihkan jari dan kaca pemindai, lalu ulangi perekaman."),
        DeviceKind.BARCODE: QT_TRANSLATE_NOOP(
            "gapura", "Barcode tidak terbaca. Ratakan kertasnya, arahkan pemindai tegak lurus ke "
                      "kode, lalu pindai ulang."),
    }

    def __init__(self, kind: DeviceKind | str, message: str | None = None, detail: str = "",
                 *, result: object | None = None, **params: Any) -> None:
        self.result = result
        super().__init__(kind, message, detail, **params)


# -- what devices return ----------------------------------------------------------------------


@dataclass(frozen=True)
class MrzRead:
    """The machine-readable zone as read: 2 lines (TD2, TD3, MRV) or 3 lines (TD1).

    `chip` holds the data groups read from the document's chip (e.g. "DG1", "DG2"), or None
    when the reader has no chip support or the document has no chip.
    """

    lines: tuple[str, ...]
    chip: Mapping[str, bytes] | None = None

    def __post_init__(self) -> None:
        if len(self.lines) not in (2, 3):
            raise ValueError(f"an MRZ has 2 or 3 lines, got {len(self.lines)}")


@dataclass(frozen=True)
class Photo:
    """A face photo: JPEG bytes, its size in pixels and the quality measured on it.

    `quality` holds at least `ok` (bool) and `reasons` (Indonesian texts, marked for
    translation, of what is wrong); the camera module documents its measurements.
    """

    jpeg: bytes
    width: int
    height: int
    quality: Mapping[str, Any]


class Finger(IntEnum):
    """Finger positions as coded by ISO/IEC 19794-4 and ANSI/NIST-ITL."""

    RIGHT_THUMB = 1
    RIGHT_INDEX = 2
    RIGHT_MIDDLE = 3
    RIGHT_RING = 4
    RIGHT_LITTLE = 5
    LEFT_THUMB = 6
    LEFT_INDEX = 7
    LEFT_MIDDLE = 8
    LEFT_RING = 9
    LEFT_LITTLE = 10


FINGER_NAMES: Mapping[Finger, str] = {
    Finger.RIGHT_THUMB: QT_TRANSLATE_NOOP("gapura", "ibu jari kanan"),
    Finger.RIGHT_INDEX: QT_TRANSLATE_NOOP("gapura", "telunjuk kanan"),
    Finger.RIGHT_MIDDLE: QT_TRANSLATE_NOOP("gapura", "jari tengah kanan"),
    Finger.RIGHT_RING: QT_TRANSLATE_NOOP("gapura", "jari manis kanan"),
    Finger.RIGHT_LITTLE: QT_TRANSLATE_NOOP("gapura", "kelingking kanan"),
    Finger.LEFT_THUMB: QT_TRANSLATE_NOOP("gapura", "ibu jari kiri"),
    Finger.LEFT_INDEX: QT_TRANSLATE_NOOP("gapura", "telunjuk kiri"),
    Finger.LEFT_MIDDLE: QT_TRANSLATE_NOOP("gapura", "jari tengah kiri"),
    Finger.LEFT_RING: QT_TRANSLATE_NOOP("gapura", "jari manis kiri"),
    Finger.LEFT_LITTLE: QT_TRANSLATE_NOOP("gapura", "kelingking kiri"),
}


@dataclass(frozen=True)
class FingerprintImage:
    """One finger's impression: a grey-scale PNG and its quality score (0-100, higher is better)."""

    finger: Finger
    png: bytes
    width: int
    height: int
    quality: int


@dataclass(frozen=True)
class FingerprintSet:
    impressions: tuple[FingerprintImage, ...]

    @property
    def lowest_quality(self) -> int:
        return min(i.quality for i in self.impressions)

    def of(self, finger: Finger | int) -> FingerprintImage:
        """The impression of one finger (KeyError when it was not captured)."""
        for impression in self.impressions:
            if impression.finger == finger:
                return impression
        raise KeyError(finger)


@dataclass(frozen=True)
class PrintJob:
    """A document handed to a printer: the job id and where it went (a printer queue or a file)."""

    job_id: str
    destination: str
    copies: int
    title: str


@dataclass(frozen=True)
class Barcode:
    text: str
    symbology: str


# -- interfaces -------------------------------------------------------------------------------


class Device(abc.ABC):
    """What every peripheral offers. Implementations set `kind` (via their interface) and
    `driver` (the name the configuration selects them by)."""

    kind: ClassVar[DeviceKind]
    driver: ClassVar[str]
    # The settings this driver reads (`devices.<kind>.<option>`); drivers of one kind may share
    # an option by declaring the same one.
    OPTIONS: ClassVar[tuple[DriverOption, ...]] = ()

    @classmethod
    @abc.abstractmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        """Make the device from the configured settings."""

    @property
    def title(self) -> str:
        return DEVICE_TITLES[self.kind]

    @abc.abstractmethod
    def status(self) -> DeviceState:
        """Whether the device can be used now; reports faults in the state instead of raising."""

    @abc.abstractmethod
    def test_capture(self) -> TestCapture:
        """Capture once the way an officer would, for the admin's device check.

        Raises:
            DeviceError: when the device fails (timeout, unplugged, unusable capture).
        """


class DocumentReader(Device):
    kind = DeviceKind.DOCUMENT_READER

    @abc.abstractmethod
    def read(self) -> MrzRead:
        """Read the document on the reader.

        Raises:
            DeviceTimeout, DeviceUnplugged: the reader failed.
            PoorQuality: nothing readable was found.
        """

    def chip_transport(self) -> ApduTransport | None:
        """The contactless chip of the document now on the reader, to read with
        `devices.chip.reader.read_chip`; None when the reader has no chip support or the
        document has no chip (the default). Readers with an RFID antenna override it (the
        simulator answers with a software chip of its specimen).

        Raises:
            ChipError: the reader's chip interface failed (e.g. PC/SC unavailable).
        """
        return None


class Camera(Device):
    kind = DeviceKind.CAMERA

    @abc.abstractmethod
    def capture_photo(self) -> Photo:
        """Capture a face photo; a poor photo is returned with `quality["ok"]` False.

        Raises:
            DeviceTimeout, DeviceUnplugged: the camera failed.
        """


class FingerprintScanner(Device):
    kind = DeviceKind.FINGERPRINT

    @abc.abstractmethod
    def capture(self, fingers: Sequence[Finger | int], min_quality: int) -> FingerprintSet:
        """Capture the given fingers.

        Args:
            fingers: finger position codes (`Finger`), in the order to capture them.
            min_quality: the lowest acceptable quality score (0-100) of every finger.

        Raises:
            DeviceTimeout, DeviceUnplugged: the scanner failed.
            PoorQuality: a finger scored below `min_quality`; its `result` holds the set.
        """


class Printer(Device):
    kind = DeviceKind.PRINTER

    @abc.abstractmethod
    def print_pdf(self, pdf: bytes, copies: int = 1, title: str = "") -> PrintJob:
        """Send a PDF document to the printer.

        Raises:
            DeviceTimeout, DeviceUnplugged: the printer failed.
        """


class BarcodeScanner(Device):
    kind = DeviceKind.BARCODE

    @abc.abstractmethod
    def scan(self) -> Barcode:
        """Read one barcode or QR code.

        Raises:
            DeviceTimeout, DeviceUnplugged: the scanner failed.
            PoorQuality: the code could not be decoded.
        """
