"""Every device driver by kind and name, and building one device of each kind from the config.

`app.config` offers `DRIVERS`' names as the choices of `devices.<kind>.driver`, so adding a
driver here is all it takes to make it selectable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.errors import ConfigError
from app.i18n import QT_TRANSLATE_NOOP
from devices.barcode import SimulatedBarcodeScanner
from devices.base import (
    BarcodeScanner,
    Camera,
    Device,
    DeviceKind,
    DocumentReader,
    DriverSettings,
    FingerprintScanner,
    Printer,
    SimulationMode,
)
from devices.camera import OpenCvCamera, SimulatedCamera
from devices.document_reader import SimulatedDocumentReader
from devices.fingerprint import SimulatedFingerprintScanner
from devices.printer import SimulatedPrinter

_IMPLEMENTATIONS: tuple[type[Device], ...] = (
    SimulatedDocumentReader,
    SimulatedCamera,
    OpenCvCamera,
    SimulatedFingerprintScanner,
    SimulatedPrinter,
    SimulatedBarcodeScanner,
)

DRIVERS: Mapping[DeviceKind, Mapping[str, type[Device]]] = {
    kind: {cls.driver: cls for cls in _IMPLEMENTATIONS if cls.kind is kind}
    for kind in DeviceKind
}


class DeviceConfig(Protocol):
    """The part of `app.config.Config` that device building reads."""

    def device(self, kind: str) -> tuple[str, str]:
        """Driver name and simulation mode of one device kind."""
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
        config: the workstation configuration (`devices.<kind>.driver` and `.simulate`).
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
        devices[kind.value] = cls.from_settings(DriverSettings(SimulationMode(simulate),
                                                               Path(spool_dir)))
    return DeviceSet(**devices)
