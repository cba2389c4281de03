"""The chip panel of the counter screen (issue 14 point 4), driven by keys: the passport read with
F2, its chip read in the worker with progress, the verdict, the field-by-field comparison and the
photos shown, and a mismatch referred with F10."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from app.auth.permissions import Role
from app.services.base import system_actor
from app.store.counter_models import Referral
from devices.document_reader import ChipSimulation
from devices.document_reader import simulator_pki as pki
from tests.ui.modal import answer_modal
from tests.ui.test_counter import _key
from ui import ops
from ui.counter.screen import CounterScreen


@pytest.fixture
def trusted(services, tmp_path):
    """The simulator's CSCA imported as an ICAO master list."""
    path = tmp_path / "utopia.ml"
    path.write_bytes(pki().master_list_file())
    services.chip_trust.import_file(system_actor(services.context.config), path)


@pytest.fixture
def counter_screen(qtbot, services, make_actor, trusted):
    screen = CounterScreen(services, make_actor(Role.COUNTER_OFFICER, username="konter1"))
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: ops.pending() == 0)
    return screen


def _read_passport(qtbot, services, screen, chip: ChipSimulation) -> list[tuple[int, int]]:
    """F2 with SANTOSO's passport (the reader's second specimen) on the reader; returns the
    progress the screen received while the chip was read."""
    reader = services.device_set.document_reader
    reader.chip = chip
    reader.read()  # the first specimen goes by
    progress: list[tuple[int, int]] = []
    screen._chip_progress.progressed.connect(lambda done, total, _name: progress.append(
        (done, total)))
    _key(qtbot, screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: screen.check is not None, timeout=10_000)
    qtbot.waitUntil(lambda: ops.pending() == 0)
    return progress


def test_genuine_chip_shows_read_and_authentic_with_both_photos(qtbot, services,
                                                                counter_screen):
    screen = counter_screen
    progress = _read_passport(qtbot, services, screen, ChipSimulation.GENUINE)
    panel = screen.chip_panel
    assert panel.isVisible() and not panel.progress.isVisible()
    assert panel.status.text().startswith("Chip: terbaca dan asli (PACE)")
    assert progress and progress[-1][0] == progress[-1][1]  # reported from the worker
    assert panel.mismatched_rows() == []
    assert panel.fields.rowCount() >= 8
    assert not panel.chip_photo.pixmap().isNull()
    assert "BOLEH MASUK" in screen.verdict.text()
    _key(qtbot, screen, Qt.Key.Key_F5)  # the live photo beside the chip's
    qtbot.waitUntil(lambda: screen.face is not None)
    assert not panel.live_photo.pixmap().isNull()


def test_dg1_mrz_mismatch_is_flagged_and_the_traveller_referred(qtbot, services,
                                                                counter_screen):
    screen = counter_screen
    _read_passport(qtbot, services, screen, ChipSimulation.PAGE_ALTERED)
    panel = screen.chip_panel
    assert "BERBEDA" in panel.status.text() and "Nama keluarga" in panel.status.text()
    assert panel.mismatched_rows() == [("Nama keluarga", "SANTOSO", "WIBOWO"),
                                       ("Nama depan", "BUDI HARTONO", "DEWI")]
    surname = next(r for r in range(panel.fields.rowCount())
                   if panel.fields.item(r, 0).text() == "Nama keluarga")
    assert panel.fields.item(surname, 2).font().bold()
    assert screen.verdict.text() == "RUJUK KE SUPERVISOR"
    assert not screen.pass_button.isEnabled()
    codes = [screen.findings.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(screen.findings.count())]
    assert "chip_mrz_mismatch" in codes

    chosen: list[str] = []

    def send(dialog) -> None:
        chosen.append(dialog.findChild(QComboBox, "reason").currentData())
        dialog.findChild(QPushButton, "send").click()

    answer_modal(send)
    _key(qtbot, screen, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: screen.last_referral is not None)
    assert chosen == ["chip"]  # the dialog offered the chip as the reason
    with services.context.store.read() as session:
        referral = session.query(Referral).one()
    assert referral.reason == "chip"
    assert '"field": "surname"' in referral.traveller and "WIBOWO" in referral.traveller
    assert not panel.isVisible()  # cleared for the next traveller


def test_forged_chip_names_the_failed_check(qtbot, services, counter_screen):
    screen = counter_screen
    _read_passport(qtbot, services, screen, ChipSimulation.BAD_SIGNATURE)
    panel = screen.chip_panel
    assert "TIDAK ASLI" in panel.status.text() and "tanda tangan SOD" in panel.status.text()
    assert "Tanda tangan data chip tidak sah" in panel.checks.text()
    assert screen.verdict.text() == "RUJUK KE SUPERVISOR"


def test_permit_desk_shows_the_chip_of_the_passport_read(qtbot, services, trusted, make_actor):
    from ui.permits.screen import PermitsScreen

    services.device_set.document_reader.chip = ChipSimulation.EXPIRED_DS
    screen = PermitsScreen(services, make_actor(Role.PERMIT_OFFICER, username="loket1"))
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.form.name, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: screen.chip_panel.chip is not None, timeout=10_000)
    qtbot.waitUntil(lambda: ops.pending() == 0)
    panel = screen.chip_panel
    assert "TIDAK ASLI" in panel.status.text()
    assert "masa berlaku sertifikat" in panel.status.text()
    assert panel.mismatched_rows() == [] and not panel.chip_photo.pixmap().isNull()
    assert "Paspor L898902C3 terbaca" in screen.message.text()
