"""Admin → Sertifikat Chip driven like an admin would: the trusted CSCAs and their CRLs listed,
an expired CRL flagged, and a file imported with Ctrl+I through the file dialog."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.services.base import system_actor
from app.store.chip_models import CscaCrl
from devices.document_reader import simulator_pki as pki
from ui import ops
from ui.admin.chip import ChipTrustPanel
from ui.admin.screen import AdminScreen

CTRL = Qt.KeyboardModifier.ControlModifier


def _wait(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


def _master_list(tmp_path: Path) -> Path:
    path = tmp_path / "utopia.ml"
    path.write_bytes(pki().master_list_file())
    return path


def _crl_file(tmp_path: Path, name: str = "utopia.crl", **kwargs) -> Path:
    path = tmp_path / name
    path.write_bytes(pki().crl(**kwargs).public_bytes(serialization.Encoding.DER))
    return path


def _cells(table) -> list[list[str]]:
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def _open_tab(qtbot, services, actor) -> AdminScreen:
    screen = AdminScreen(services, actor)
    qtbot.addWidget(screen)
    screen.show()
    screen.tabs.setCurrentWidget(screen.chip_trust)
    assert screen.tabs.tabText(screen.tabs.currentIndex()) == "Sertifikat &Chip"
    _wait(qtbot)
    return screen  # the caller holds it: the panel lives as long as its screen


@pytest.fixture
def chosen(monkeypatch):
    """The file the dialog answers with, and the filter it offered."""
    answer: dict[str, str] = {"path": ""}

    def get_open_file_name(parent, caption, directory, filters):
        answer["filters"] = filters
        return answer["path"], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    return answer


def _import_with_ctrl_i(qtbot, panel: ChipTrustPanel, path: Path, chosen) -> None:
    chosen["path"] = str(path)
    qtbot.waitUntil(panel.isActiveWindow)
    panel.certificates.setFocus()
    qtbot.keyClick(panel.certificates, Qt.Key.Key_I, CTRL)
    _wait(qtbot)
    _wait(qtbot)  # the refresh that follows the import


def test_tab_lists_the_trusted_cscas_and_flags_an_expired_crl(qtbot, services, admin,
                                                               tmp_path):
    system = system_actor(services.context.config)
    services.chip_trust.import_file(system, _master_list(tmp_path))
    services.chip_trust.import_file(system, _crl_file(  # the clock reads 25-11-2026
        tmp_path, number=4, last_update=datetime(2026, 1, 1, tzinfo=UTC),
        next_update=datetime(2026, 4, 1, tzinfo=UTC), revoked=(pki().expired_ds.certificate,)))
    screen = _open_tab(qtbot, services, admin)
    panel = screen.chip_trust

    [certificate] = _cells(panel.certificates)
    assert certificate[0] == "UT" and "CSCA Utopia Simulator" in certificate[1]
    assert certificate[2:] == ["01-01-2045", "utopia.ml"]
    [crl] = _cells(panel.crls)
    assert "CSCA Utopia Simulator" in crl[0]
    assert crl[1:] == ["01-01-2026", "01-04-2026 (kedaluwarsa)", "1", "utopia.crl"]
    assert panel.expired_rows() == [0]
    assert "1 CRL sudah lewat masa berlakunya" in panel.warning.text()


def test_ctrl_i_imports_the_chosen_files_and_shows_the_new_rows(qtbot, services, admin,
                                                                 tmp_path, chosen):
    screen = _open_tab(qtbot, services, admin)
    panel = screen.chip_trust
    assert _cells(panel.certificates) == [] and _cells(panel.crls) == []

    _import_with_ctrl_i(qtbot, panel, _master_list(tmp_path), chosen)
    assert "*.ml *.der *.cer *.crt *.pem *.crl" in chosen["filters"]
    assert panel.message.text() == "1 sertifikat CSCA diimpor dari utopia.ml (1 baru)."
    assert [row[2:] for row in _cells(panel.certificates)] == [["01-01-2045", "utopia.ml"]]

    _import_with_ctrl_i(qtbot, panel, _crl_file(tmp_path, number=8), chosen)
    assert panel.message.text() == "1 CRL diimpor dari utopia.crl (1 baru)."
    assert [row[1:] for row in _cells(panel.crls)] == [
        ["01-01-2026", "01-01-2036", "0", "utopia.crl"]]
    assert panel.expired_rows() == [] and panel.warning.text() == ""
    assert panel.import_button.isEnabled()


def test_a_refused_crl_is_explained_in_the_status_line(qtbot, services, admin, tmp_path,
                                                       chosen):
    screen = _open_tab(qtbot, services, admin)
    panel = screen.chip_trust
    _import_with_ctrl_i(qtbot, panel, _crl_file(tmp_path), chosen)  # its CSCA is not trusted
    assert "bukan CSCA tepercaya" in panel.message.text()
    assert "utopia.crl" in panel.message.text()
    assert _cells(panel.crls) == [] and panel.import_button.isEnabled()
    with services.context.store.read() as session:
        assert session.scalar(select(func.count()).select_from(CscaCrl)) == 0


def test_the_tab_is_only_for_who_manages_reference_data(qtbot, services, make_actor):
    section_head = make_actor(Role.SECTION_HEAD, username="kasi")  # sees the audit log only
    screen = AdminScreen(services, section_head)
    qtbot.addWidget(screen)
    tabs = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert "&Log audit" in tabs and "Sertifikat &Chip" not in tabs
    assert not hasattr(screen, "chip_trust")
