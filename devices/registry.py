"""Every device driver by kind and name, and building one device of each kind from the config.

`app.config` offers `DRIVERS`' names as the choices of `devices.<kind>.driver` and each kind's
`driver_options` as its `devices.<kind>.<option>` settings, so adding a driver's class to
`_IMPLEMENTATIONS` is all it takes to make it selectable and configurable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.errors import ConfigError
from app.i18n import QT_TRANSLATE_NOOP
from devices.barcode import SimulatedBarcodeScanner, WedgeBarcodeScanner
from devices.base import (
    BarcodeScanner,
    Camera,
    Device,
    DeviceKind,
    DocumentReader,
    DriverOption,
    DriverSettings,
    FingerprintScanner,
    Printer,
    SimulationMode,
)
from devices.camera import OpenCvCamera, SimulatedCamera
from devices.document_reader import (
    SerialDocumentReader,
    SimulatedDocumentReader,
    WedgeDocumentReader,
)
from devices.fingerprint import SimulatedFingerprintScanner
from devices.printer import CupsPrinter, SimulatedPrinter
from devices.sbi import SbiFingerprintScanner

# One line per driver; the simulator of each kind stays first (it is the default).
_IMPLEMENTATIONS: tuple[type[Device], ...] = (
    SimulatedDocumentReader,
    SerialDocumentReader,
    WedgeDocumentReader,
    SimulatedCamera,
    OpenCvCamera,
    SimulatedFingerprintScanner,
    SbiFingerprintScanner,
    SimulatedPrinter,
    CupsPrinter,
    SimulatedBarcodeScanner,
    WedgeBarcodeScanner,
)

DRIVERS: Mapping[DeviceKind, Mapping[str, type[Device]]] = {
    kind: {cls.driver: cls for cls in _IMPLEMENTATIONS if cls.kind is kind}
    for kind in DeviceKind
}


def driver_options(kind: DeviceKind | str) -> tuple[DriverOption, ...]:
    """The options of every driver of `kind`, each once, in the order drivers declare them.

    Raises:
        ValueError: two drivers of the kind declare different options under one name.
    """
    found: dict[str, DriverOption] = {}
    for cls in DRIVERS[DeviceKind(kind)].values():
        for option in cls.OPTIONS:
            if found.setdefault(option.name, option) != option:
                raise ValueError(f"devices.{kind}.{option.name} declared twice, differently")
    return tuple(found.values())


class DeviceConfig(Protocol):
    """The part of `app.config.Config` that device building reads."""

    def device(self, kind: str) -> tuple[str, str]:
        """Driver name and simulation mode of one device kind."""
        ...

    def device_options(self, kind: str) -> Mapping[str, Any]:
        """The values of the kind's driver options, by option name."""
        ...


@dataclass(frozen=True)
class DeviceSet:
    """One device of each kind, as the workstation's services use them."""

    document_reader: DocumentReader
    camera: Camera
    fingerprint: FingerprintScanner
    printer: Printer
    barcode: BarcodeScanner

    def all(self) -> tuple[Device, ...]:
        """Every device, in the order of `DeviceKind`."""
        return tuple(getattr(self, kind.value) for kind in DeviceKind)

    def get(self, kind: DeviceKind | str) -> Device:
        """The device of one kind; KeyError for an unknown kind."""
        try:
            return getattr(self, DeviceKind(kind).value)
        except ValueError:
            raise KeyError(kind) from None


def build_devices(config: DeviceConfig, spool_dir: Path) -> DeviceSet:
    """Make the configured driver of each kind.

    Args:
        config: the workstation configuration (`devices.<kind>.driver`, `.simulate` and the
            driver's options).
        spool_dir: where printers that write files put their jobs (the instance's spool).

    Raises:
        ConfigError: a configured driver does not exist.
    """
    devices: dict[str, Device] = {}
    for kind in DeviceKind:
        driver, simulate = config.device(kind.value)
        cls = DRIVERS[kind].get(driver)
        if cls is None:
            raise ConfigError(
                QT_TRANSLATE_NOOP("gapura", "Driver perangkat '{driver}' untuk '{kind}' tidak "
                                            "dikenal. Perbaiki konfigurasi lalu jalankan Gapura "
                                            "lagi."),
                detail=f"unknown driver {driver!r} for devices.{kind.value}",
                driver=driver, kind=kind.value)
        settings = DriverSettings(SimulationMode(simulate), Path(spool_dir),
                                  dict(config.device_options(kind.value)))
        devices[kind.value] = cls.from_settings(settings)
    return DeviceSet(**devices)
