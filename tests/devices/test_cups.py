"""System printers: lpstat parsing and the CUPS driver, with `lp`/`lpstat` as scripts on PATH."""

from __future__ import annotations

import pytest

from devices.base import DeviceStatus, DeviceUnplugged, DriverSettings, SimulationMode
from devices.printer import CupsPrinter, SystemPrinter, parse_lpstat, system_printers

LPSTAT = """\
printer HP_LaserJet_M404 is idle.  enabled since Thu 03 Dec 2026 08:01:12 AM WIB
printer Zebra_GK420 disabled since Thu 03 Dec 2026 09:15:40 AM WIB -
\tUnplugged or turned off
printer Loket_2 is now printing Loket_2-118.  enabled since Thu 03 Dec 2026 07:55:02 AM WIB
system default destination: HP_LaserJet_M404
"""


@pytest.fixture
def cups(tmp_path, monkeypatch):
    """Scripts playing lpstat (printing `lpstat.txt`) and lp (refusing unknown queues)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    listing = tmp_path / "lpstat.txt"
    listing.write_text(LPSTAT)
    (bin_dir / "lpstat").write_text(f"#!/bin/sh\ncat {listing}\n")
    (bin_dir / "lp").write_text(
        "#!/bin/sh\ncat > /dev/null\n"
        f'if grep -q "^printer $2 " {listing}; then echo "request id is $2-9 (1 file(s))"; '
        'else echo "lp: The printer or class does not exist." >&2; exit 1; fi\n')
    for script in bin_dir.iterdir():
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    return listing


def test_lpstat_output_gives_names_states_and_the_default():
    assert parse_lpstat(LPSTAT) == [
        SystemPrinter("HP_LaserJet_M404", "idle", True),
        SystemPrinter("Zebra_GK420", "disabled"),
        SystemPrinter("Loket_2", "printing"),
    ]
    assert parse_lpstat("No destinations added.\n") == []


def test_system_printers_runs_lpstat(cups):
    printers = system_printers()
    assert [p.name for p in printers] == ["HP_LaserJet_M404", "Zebra_GK420", "Loket_2"]
    assert printers[1].to_json_dict() == {"name": "Zebra_GK420", "state": "disabled",
                                          "enabled": False, "default": False}


def test_without_cups_there_are_no_printers_and_the_driver_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    assert system_printers() == []
    state = CupsPrinter("Loket_2").status()
    assert state.status is DeviceStatus.UNPLUGGED and "CUPS" in state.message


def test_status_follows_the_named_queue(cups):
    assert CupsPrinter("Loket_2").status().status is DeviceStatus.READY
    assert CupsPrinter("").status().status is DeviceStatus.READY  # the system default
    disabled = CupsPrinter("Zebra_GK420").status()
    assert disabled.status is DeviceStatus.ERROR and "dinonaktifkan" in disabled.message
    assert CupsPrinter("Gudang").status().status is DeviceStatus.UNPLUGGED


def test_the_configured_queue_prints_and_a_vanished_one_is_unplugged(cups):
    printer = CupsPrinter.from_settings(DriverSettings(SimulationMode.OK, None,
                                                       {"name": "Loket_2"}))
    assert printer.test_capture().detail == "job Loket_2-9 -> cups:Loket_2"
    cups.write_text(LPSTAT.replace("printer Loket_2", "printer Loket_3"))  # queue removed
    with pytest.raises(DeviceUnplugged) as raised:
        printer.print_pdf(b"%PDF-1.4\n%%EOF\n")
    assert "Loket_2 tidak ditemukan" in raised.value.user_message
    assert printer.status().status is DeviceStatus.UNPLUGGED
