"""What every simulator shares: the configured mode, the status it implies, and its failures."""

from __future__ import annotations

from typing import ClassVar, Self

from app.i18n import QT_TRANSLATE_NOOP
from devices.base import (
    DeviceKind,
    DeviceState,
    DeviceStatus,
    DeviceTimeout,
    DeviceUnplugged,
    DriverSettings,
    SimulationMode,
)

READY_MESSAGE = QT_TRANSLATE_NOOP("gapura", "Siap digunakan (simulator).")


class Simulator:
    """Mixed into a simulated device before its interface (`class X(Simulator, Camera)`).

    Modes: ok succeeds; timeout raises DeviceTimeout at once (a simulator never waits);
    unplugged reports UNPLUGGED and raises DeviceUnplugged on every capture; poor captures
    badly in the way of the device kind (each simulator documents how).
    """

    driver: ClassVar[str] = "simulator"
    kind: ClassVar[DeviceKind]

    def __init__(self, mode: SimulationMode | str = SimulationMode.OK) -> None:
        self.mode = mode

    @property
    def mode(self) -> SimulationMode:
        return self._mode

    @mode.setter
    def mode(self, mode: SimulationMode | str) -> None:
        """Switchable while running, so the demo and tests can unplug a device."""
        self._mode = SimulationMode(mode)

    @classmethod
    def from_settings(cls, settings: DriverSettings) -> Self:
        return cls(settings.simulate)

    def status(self) -> DeviceState:
        if self.mode is SimulationMode.UNPLUGGED:
            return self._state(DeviceStatus.UNPLUGGED, DeviceUnplugged.messages[self.kind])
        if self.mode is SimulationMode.TIMEOUT:
            # The device is attached but does not answer: an error the officer should see
            # before the first capture, not after it.
            return self._state(DeviceStatus.ERROR, DeviceTimeout.messages[self.kind])
        return self._state(DeviceStatus.READY, self.ready_message())

    def ready_message(self) -> str:
        return READY_MESSAGE

    def _state(self, status: DeviceStatus, message: str) -> DeviceState:
        return DeviceState(self.kind, self.driver, status, message)

    def _respond(self, action: str) -> None:
        """Fail the way the mode says before `action` (e.g. "read") does anything."""
        if self.mode is SimulationMode.UNPLUGGED:
            raise DeviceUnplugged(self.kind, detail=f"{self.kind} simulator: unplugged ({action})")
        if self.mode is SimulationMode.TIMEOUT:
            raise DeviceTimeout(self.kind, detail=f"{self.kind} simulator: timed out ({action})")
