"""Admin → Perangkat: last errors, device settings and printers per document, as an admin would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import config as config_module
from app.store.models import AuditEvent
from devices.base import SimulationMode
from ui import ops
from ui.admin.devices import DevicesPanel


def _wait(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


@pytest.fixture
def panel(qtbot, services, admin):
    widget = DevicesPanel(services, admin)
    qtbot.addWidget(widget)
    widget.show()
    _wait(qtbot)
    return widget


def _select(qtbot, panel, title: str) -> None:
    for row in range(panel.table.rowCount()):
        if panel.table.item(row, 0).text() == title:
            panel.table.selectRow(row)
            _wait(qtbot)
            return
    raise AssertionError(f"{title} not in table")


def _row(panel, title: str) -> int:
    return next(r for r in range(panel.table.rowCount())
                if panel.table.item(r, 0).text() == title)


def _audited(services, action: str) -> list[str]:
    with services.context.store.read() as session:
        return session.execute(select(AuditEvent.summary).where(
            AuditEvent.action == action)).scalars().all()


def test_a_failing_device_shows_its_last_error(qtbot, panel, services):
    assert panel.table.item(_row(panel, "Pemindai sidik jari"), 4).text() == ""
    services.devices.devices.fingerprint.mode = SimulationMode.TIMEOUT
    panel.refresh_button.click()
    _wait(qtbot)
    assert "tidak merespons" in panel.table.item(_row(panel, "Pemindai sidik jari"), 4).text()


def test_reader_settings_are_refused_with_the_reason_then_saved_to_the_config(qtbot, panel,
                                                                             services):
    _select(qtbot, panel, "Pembaca paspor")
    assert set(panel.editors) >= {"devices.document_reader.driver",
                                  "devices.document_reader.port",
                                  "devices.document_reader.baud"}
    panel.editors["devices.document_reader.driver"].setCurrentText("serial")
    port = panel.editors["devices.document_reader.port"]
    port.clear()
    qtbot.keyClicks(port, "/dev/serial/by-id/usb-Reader-if00")
    panel.editors["devices.document_reader.baud"].setValue(9601)
    panel.save_button.click()
    _wait(qtbot)
    assert "Kecepatan (baud) tidak valid: harus salah satu dari" in panel.settings_result.text()
    path = services.context.config.path
    assert config_module.load(path).device("document_reader")[0] == "simulator"  # unchanged
    panel.editors["devices.document_reader.baud"].setValue(115200)
    panel.save_button.click()
    _wait(qtbot)
    assert "tersimpan" in panel.settings_result.text()
    saved = config_module.load(path)
    assert saved.device("document_reader")[0] == "serial"
    assert saved.device_options("document_reader")["port"] == "/dev/serial/by-id/usb-Reader-if00"
    assert saved.device_options("document_reader")["baud"] == 115200
    [summary] = _audited(services, "device.settings_changed")
    assert "115200" in summary and "serial" in summary


def test_fingerprint_settings_offer_the_sbi_driver_and_its_address(qtbot, panel):
    _select(qtbot, panel, "Pemindai sidik jari")
    driver = panel.editors["devices.fingerprint.driver"]
    assert [driver.itemText(i) for i in range(driver.count())] == ["simulator", "sbi"]
    assert panel.editors["devices.fingerprint.ports"].text() == "4501-4600"
    panel.editors["devices.fingerprint.ports"].setText("4600-4501")
    panel.save_button.click()
    _wait(qtbot)
    assert "Port layanan SBI tidak valid" in panel.settings_result.text()


def test_printer_per_document_type_is_saved_and_used_at_once(qtbot, panel, services):
    box = panel.printer_boxes["stamp"]
    box.setEditText("Zebra GK420")
    qtbot.mouseClick(panel.save_printers_button, Qt.MouseButton.LeftButton)
    _wait(qtbot)
    assert "printer stamp tidak valid" in panel.settings_result.text()
    assert "spasi" in panel.settings_result.text()
    box.setEditText("Zebra_GK420")
    panel.label_printer.setEditText("Label_80x50")
    qtbot.mouseClick(panel.save_printers_button, Qt.MouseButton.LeftButton)
    _wait(qtbot)
    assert "berlaku untuk cetakan berikutnya" in panel.settings_result.text()
    assert services.context.config.printer_for("stamp") == "Zebra_GK420"  # the live config
    saved = config_module.load(services.context.config.path)
    assert saved.printers() == {"stamp": "Zebra_GK420"}
    assert saved["printing.label_printer"] == "Label_80x50"


def test_printer_lists_offer_the_system_printers(qtbot, services, admin, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "lpstat").write_text(
        "#!/bin/sh\necho 'printer HP_LaserJet_M404 is idle.  enabled since today'\n"
        "echo 'printer Zebra_GK420 is idle.  enabled since today'\n"
        "echo 'system default destination: Zebra_GK420'\n")
    (bin_dir / "lpstat").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    widget = DevicesPanel(services, admin)
    qtbot.addWidget(widget)
    _wait(qtbot)
    box = widget.printer_boxes["sk_deportasi"]
    offered = [box.itemText(i) for i in range(box.count())]
    assert offered[:3] == ["", "Zebra_GK420", "HP_LaserJet_M404"]  # none, the default first
    assert box.currentText() == ""
