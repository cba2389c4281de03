"""Building the workstation's devices from the configuration."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import config as config_module
from app.errors import ConfigError
from devices.base import (
    BarcodeScanner,
    Camera,
    DeviceKind,
    DeviceStatus,
    DocumentReader,
    FingerprintScanner,
    Printer,
    SimulationMode,
)
from devices.registry import DRIVERS, build_devices


def _config(tmp_path, **overrides):
    path = tmp_path / "config.toml"
    config_module.write(path, overrides)
    return config_module.load(path)


def test_builds_one_device_per_kind_with_its_configured_mode(tmp_path):
    cfg = _config(tmp_path, **{"devices.document_reader.simulate": "poor",
                               "devices.camera.simulate": "unplugged",
                               "devices.fingerprint.simulate": "timeout"})
    devices = build_devices(cfg, tmp_path / "spool")
    assert isinstance(devices.document_reader, DocumentReader)
    assert isinstance(devices.camera, Camera)
    assert isinstance(devices.fingerprint, FingerprintScanner)
    assert isinstance(devices.printer, Printer)
    assert isinstance(devices.barcode, BarcodeScanner)
    assert [d.kind for d in devices.all()] == list(DeviceKind)
    assert [d.status().status for d in devices.all()] == [
        DeviceStatus.READY, DeviceStatus.UNPLUGGED, DeviceStatus.ERROR, DeviceStatus.READY,
        DeviceStatus.READY]
    assert devices.document_reader.mode is SimulationMode.POOR
    assert devices.get("camera") is devices.camera


def test_printer_spools_to_the_given_dir(tmp_path):
    devices = build_devices(_config(tmp_path), tmp_path / "spool")
    job = devices.printer.print_pdf(b"%PDF-1.4\n%%EOF\n")
    assert (tmp_path / "spool" / f"{job.job_id}.pdf").exists()


def test_unknown_kind_is_a_key_error(tmp_path):
    with pytest.raises(KeyError):
        build_devices(_config(tmp_path), tmp_path).get("scanner")


def test_unknown_driver_is_a_config_error(tmp_path):
    class Config:
        def device(self, kind):
            return "twain", "ok"

        def device_options(self, kind):
            return {}

    with pytest.raises(ConfigError) as err:
        build_devices(Config(), tmp_path)
    assert "twain" in err.value.user_message


def test_config_offers_exactly_the_registered_kinds_drivers_and_modes():
    kinds, modes = config_module.DEVICE_KINDS, config_module.SIMULATION_MODES
    assert kinds == ("document_reader", "camera", "fingerprint", "printer", "barcode")
    assert modes == ("ok", "timeout", "unplugged", "poor")
    for kind in DeviceKind:
        setting = config_module.SETTINGS_BY_KEY[f"devices.{kind}.driver"]
        assert set(setting.choices) == set(DRIVERS[kind])
        assert "simulator" in setting.choices and setting.default == "simulator"
    assert set(DRIVERS[DeviceKind.DOCUMENT_READER]) == {"simulator", "serial", "wedge"}
    assert set(DRIVERS[DeviceKind.FINGERPRINT]) == {"simulator", "sbi"}
    assert set(DRIVERS[DeviceKind.PRINTER]) == {"simulator", "cups"}
    assert set(DRIVERS[DeviceKind.BARCODE]) == {"simulator", "wedge"}
    assert set(DRIVERS[DeviceKind.CAMERA]) == {"simulator", "opencv"}


def test_config_refuses_a_driver_that_is_not_registered(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[devices.camera]\ndriver = "twain"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        config_module.load(path)
    assert "devices.camera.driver" in err.value.user_message


def _modules_after_import(*modules: str) -> set[str]:
    code = (f"import sys\nimport {', '.join(modules)}\n"
            "print('\\n'.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return set(out.stdout.split())


def test_devices_import_no_qt_and_not_app_config():
    loaded = _modules_after_import("devices.registry")
    assert not any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in loaded)
    assert "app.config" not in loaded  # app.config imports devices; the reverse would cycle


def test_device_service_imports_no_qt_nor_opencv_at_start():
    loaded = _modules_after_import("app.services", "app.instance")
    assert not any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in loaded)
    assert "cv2" not in loaded  # OpenCV loads on first capture, not at start-up
