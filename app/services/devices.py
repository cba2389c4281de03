"""The workstation's peripherals: their state for every officer; for the admin, test captures,
the last error of each device and its settings, written to the workstation config."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import config as config_module
from app.auth.permissions import Actor, Permission, require, require_any_role
from app.errors import DeviceError, NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext
from devices.base import DeviceKind, DeviceState, DeviceStatus, TestCapture
from devices.registry import DeviceSet, driver_options

log = logging.getLogger(__name__)

DRIVER_LABEL = QT_TRANSLATE_NOOP("gapura", "Driver")
SIMULATE_LABEL = QT_TRANSLATE_NOOP("gapura", "Perilaku simulator")
LABEL_PRINTER_LABEL = QT_TRANSLATE_NOOP("gapura", "Printer label (cap)")
INVALID_SETTING = QT_TRANSLATE_NOOP(
    "gapura", "Isian {field} tidak valid: {why}. Perbaiki isiannya lalu simpan lagi.")


@dataclass(frozen=True)
class SettingField:
    """One setting as the admin's form shows it; `label` is Indonesian, marked."""

    key: str
    label: str
    type: type
    value: Any
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    description: str = ""


@dataclass(frozen=True)
class LastError:
    """The latest failure of one device seen by this workstation: when and the message."""

    at: datetime
    message: str
    detail: str


@dataclass(frozen=True)
class PrinterChoice:
    """The printer of one document type: its template key, title, and the queue ("" none)."""

    document_type: str
    title: str
    printer: str


class DeviceService:
    def __init__(self, context: ServiceContext, devices: DeviceSet) -> None:
        self._ctx = context
        self._devices = devices
        self._last_errors: dict[DeviceKind, LastError] = {}

    @property
    def devices(self) -> DeviceSet:
        """The devices themselves, for services that capture or print."""
        return self._devices

    def statuses(self, actor: Actor) -> list[DeviceState]:
        """The state of every device, for any signed-in officer; a fault is remembered as
        the device's last error."""
        require_any_role(actor)
        states = [device.status() for device in self._devices.all()]
        for state in states:
            if state.status is not DeviceStatus.READY:
                self._remember(state.kind, state.message, f"status {state.status}")
        return states

    def last_errors(self, actor: Actor) -> dict[DeviceKind, LastError]:
        """The latest failure of each device that failed since start-up."""
        require(actor, Permission.DEVICES_MANAGE)
        return dict(self._last_errors)

    def _remember(self, kind: DeviceKind, message: str, detail: str) -> None:
        self._last_errors[kind] = LastError(self._ctx.clock(), message, detail)

    def _device(self, kind: str) -> Any:
        try:
            return self._devices.get(kind)
        except KeyError:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("gapura", "Jenis perangkat '{kind}' tidak dikenal. "
                                  "Pilih perangkat dari daftar di layar Admin."),
                detail=f"no device kind {kind!r}", kind=kind) from None

    def test_capture(self, actor: Actor, kind: str) -> TestCapture:
        """Capture once with the device of `kind` and audit the outcome.

        A device failure is reported in the result (not raised) with the device's message.

        Raises:
            PermissionDenied: the actor may not manage devices.
            NotFoundError: there is no device kind `kind`.
        """
        require(actor, Permission.DEVICES_MANAGE)
        device = self._device(kind)
        try:
            result = device.test_capture()
        except DeviceError as exc:
            log.warning("test capture of %s (%s) failed: %s", kind, device.driver, exc.detail)
            result = TestCapture(False, exc.message_template, exc.detail, exc.params)
        if not result.ok:
            self._remember(device.kind, result.summary_text, result.detail)
        with self._ctx.change(actor, Permission.DEVICES_MANAGE) as uow:
            uow.audit("device.test_capture", "device", device.kind.value,
                      after={"ok": result.ok, "summary": result.summary_text})
        return result

    # -- settings -----------------------------------------------------------------------------

    def settings(self, actor: Actor, kind: str) -> list[SettingField]:
        """The settings of one device kind as configured: driver, simulator mode, and the
        options of its drivers."""
        require(actor, Permission.DEVICES_MANAGE)
        kind = self._device(kind).kind.value
        labels = {"driver": DRIVER_LABEL, "simulate": SIMULATE_LABEL}
        labels |= {o.name: o.label or o.name for o in driver_options(kind)}
        prefix = f"devices.{kind}."
        return [self._field(setting.key, labels.get(setting.name, setting.name))
                for setting in config_module.SETTINGS if setting.key.startswith(prefix)]

    def _field(self, key: str, label: str) -> SettingField:
        setting = config_module.setting_for(key)
        assert setting is not None
        value = self._ctx.config.values.get(key, setting.default)
        return SettingField(key, label, setting.type, value, setting.choices, setting.minimum,
                            setting.maximum, setting.description)

    def printer_choices(self, actor: Actor) -> tuple[SettingField, list[PrinterChoice]]:
        """The label printer, and the printer chosen for every document type."""
        from printing.registry import TEMPLATES

        require(actor, Permission.DEVICES_MANAGE)
        chosen = self._ctx.config.printers()
        return (self._field("printing.label_printer", LABEL_PRINTER_LABEL),
                [PrinterChoice(key, template.title, chosen.get(key, ""))
                 for key, template in TEMPLATES.items()])

    def system_printers(self, actor: Actor) -> list[str]:
        """The names of the system (CUPS) printers, the default first."""
        from devices.printer import system_printers

        require(actor, Permission.DEVICES_MANAGE)
        printers = system_printers()
        return [p.name for p in sorted(printers, key=lambda p: not p.default)]

    def update_settings(self, actor: Actor, changes: Mapping[str, Any],
                        labels: Mapping[str, str] | None = None) -> config_module.Config:
        """Validate `changes` (dotted keys), write them to the config file and audit them.

        Printer choices apply to the next print at once; a changed driver or port applies when
        Gapura starts again (the devices are made at start-up).

        Raises:
            PermissionDenied: the actor may not manage devices.
            ValidationError: a value is invalid; the message names the field and why.
        """
        require(actor, Permission.DEVICES_MANAGE)
        labels = labels or {}
        config = self._ctx.config
        for key, value in changes.items():
            setting = config_module.setting_for(key)
            if setting is None or not (key.startswith(("devices.", "printing."))):
                raise ValidationError(detail=f"not a device setting: {key!r}")
            why = setting.validate(value)
            if why:
                raise ValidationError(INVALID_SETTING, detail=f"{key}={value!r}: {why}",
                                      field=labels.get(key, key), why=why)
        before = {key: config.values.get(key, "") for key in changes}
        after = {key: value for key, value in changes.items() if before[key] != value}
        if not after:
            return config
        config_module.write(config.path, {**config.values, **after})
        self._ctx.config = config_module.load(config.path)
        with self._ctx.change(actor, Permission.DEVICES_MANAGE) as uow:
            uow.audit("device.settings_changed", "config", str(config.path.name),
                      before={k: before[k] for k in after}, after=after)
        log.info("device settings changed by %s: %s", actor.username, after)
        return self._ctx.config
