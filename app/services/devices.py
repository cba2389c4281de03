"""The workstation's peripherals: their state for every officer, test captures for the admin."""

from __future__ import annotations

import logging

from app.auth.permissions import Actor, Permission, require, require_any_role
from app.errors import DeviceError, NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext
from devices.base import DeviceState, TestCapture
from devices.registry import DeviceSet

log = logging.getLogger(__name__)


class DeviceService:
    def __init__(self, context: ServiceContext, devices: DeviceSet) -> None:
        self._ctx = context
        self._devices = devices

    @property
    def devices(self) -> DeviceSet:
        """The devices themselves, for services that capture or print."""
        return self._devices

    def statuses(self, actor: Actor) -> list[DeviceState]:
        """The state of every device, for any signed-in officer."""
        require_any_role(actor)
        return [device.status() for device in self._devices.all()]

    def test_capture(self, actor: Actor, kind: str) -> TestCapture:
        """Capture once with the device of `kind` and audit the outcome.

        A device failure is reported in the result (not raised) with the device's message.

        Raises:
            PermissionDenied: the actor may not manage devices.
            NotFoundError: there is no device kind `kind`.
        """
        require(actor, Permission.DEVICES_MANAGE)
        try:
            device = self._devices.get(kind)
        except KeyError:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("gapura", "Jenis perangkat '{kind}' tidak dikenal. "
                                  "Pilih perangkat dari daftar di layar Admin."),
                detail=f"no device kind {kind!r}", kind=kind) from None
        try:
            result = device.test_capture()
        except DeviceError as exc:
            log.warning("test capture of %s (%s) failed: %s", kind, device.driver, exc.detail)
            result = TestCapture(False, exc.message_template, exc.detail, exc.params)
        with self._ctx.change(actor, Permission.DEVICES_MANAGE) as uow:
            uow.audit("device.test_capture", "device", device.kind.value,
                      after={"ok": result.ok, "summary": result.summary_text})
        return result
