"""Device and printer settings: declared by the drivers, validated with Indonesian reasons."""

from __future__ import annotations

import pytest

from app import config as config_module
from app.errors import ConfigError
from devices.base import DeviceKind
from devices.document_reader import SerialDocumentReader
from devices.registry import build_devices
from devices.sbi import SbiFingerprintScanner


def _load(tmp_path, text: str) -> config_module.Config:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return config_module.load(path)


def _refusal(tmp_path, text: str) -> str:
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, text)
    return err.value.user_message


def test_driver_options_become_settings_with_their_defaults(tmp_path):
    cfg = _load(tmp_path, "")
    assert cfg.device_options("document_reader") == {
        "chip": "genuine", "port": "", "baud": 9600, "framing": "8N1", "timeout_seconds": 15}
    assert cfg.device_options("fingerprint") == {
        "url": "http://127.0.0.1", "ports": "4501-4600", "capture_timeout_seconds": 30}
    assert cfg.device_options("printer") == {"name": ""}
    assert cfg.device_options("camera") == {"source": "0", "width": 1280, "height": 720}


def test_real_drivers_are_built_with_their_configured_options(tmp_path):
    cfg = _load(tmp_path, '[devices.document_reader]\ndriver = "serial"\n'
                          'port = "/dev/serial/by-id/usb-Reader-if00"\nbaud = 115200\n'
                          'framing = "7E1"\n'
                          '[devices.fingerprint]\ndriver = "sbi"\nports = "4501-4510"\n')
    devices = build_devices(cfg, tmp_path / "spool")
    reader, scanner = devices.get(DeviceKind.DOCUMENT_READER), devices.fingerprint
    assert isinstance(reader, SerialDocumentReader)
    assert (reader.port, reader.baud, reader.framing) == (
        "/dev/serial/by-id/usb-Reader-if00", 115200, "7E1")
    assert isinstance(scanner, SbiFingerprintScanner) and list(scanner.ports)[-1] == 4510


@pytest.mark.parametrize(("text", "key", "why"), [
    ("[devices.document_reader]\nbaud = 9601\n", "devices.document_reader.baud",
     "harus salah satu dari: 1200"),
    ('[devices.document_reader]\nframing = "9X1"\n', "devices.document_reader.framing",
     "harus salah satu dari: 8N1"),
    ('[devices.fingerprint]\nports = "4600-4501"\n', "devices.fingerprint.ports",
     "rentang port"),
    ('[devices.fingerprint]\nurl = "http://127.0.0.1:4501/"\n', "devices.fingerprint.url",
     "tanpa port"),
    ('[devices.printer]\nname = "HP LaserJet"\n', "devices.printer.name", "spasi"),
    ('[printing.printers]\nstamp = "Zebra/GK"\n', "printing.printers.stamp", "spasi"),
    ('[printing.printers]\nSK-Deportasi = "HP"\n', "printing.printers.SK-Deportasi",
     "kunci tidak dikenal"),
])
def test_invalid_device_settings_are_refused_naming_the_key(tmp_path, text, key, why):
    message = _refusal(tmp_path, text)
    assert f"'{key}'" in message and why in message and "baris" in message


def test_printer_per_document_type_survives_writing_and_falls_back_to_labels(tmp_path):
    path = tmp_path / "config.toml"
    config_module.write(path, {"printing.printers.sk_deportasi": "HP_LaserJet_M404",
                               "printing.label_printer": "Zebra_GK420"})
    cfg = config_module.load(path)
    assert cfg.printers() == {"sk_deportasi": "HP_LaserJet_M404"}
    assert cfg.printer_for("sk_deportasi") == "HP_LaserJet_M404"
    assert cfg.printer_for("stamp", label=True) == "Zebra_GK420"
    assert cfg.printer_for("stp") == ""
    config_module.write(path, {**cfg.values, "printing.printers.sk_deportasi": ""})
    assert config_module.load(path).printers() == {}
