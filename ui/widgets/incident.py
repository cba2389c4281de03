"""The dialog for unexpected errors, and the hook that shows it instead of crashing."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.logs import report_incident


class IncidentDialog(QDialog):
    """Says that something went wrong, with an incident id to quote to Admin TIK."""

    def __init__(self, incident_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incident_id = incident_id
        self.setWindowTitle(self.tr("Terjadi kesalahan tak terduga"))
        layout = QVBoxLayout(self)
        message = QLabel(self.tr(
            "Gapura menemui kesalahan yang tidak terduga. Pekerjaan yang terbuka tetap ada; "
            "simpan lalu lanjutkan. Jika terulang, laporkan kode insiden ini ke Admin TIK:"))
        message.setWordWrap(True)
        layout.addWidget(message)
        code = QLabel(incident_id)
        code.setObjectName("incidentId")
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code.setStyleSheet("font-weight: bold; font-size: 14pt;")
        code.setProperty("gapura_data", True)
        layout.addWidget(code)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def show_incident(exc: BaseException, where: str = "") -> IncidentDialog:
    """Log `exc` under a new incident id and show the dialog (non-blocking)."""
    incident = report_incident(exc, where)
    dialog = IncidentDialog(incident, QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    show_incident(exc, "event loop")


def install_excepthook() -> None:
    """Exceptions escaping a slot show the incident dialog; the windows stay open."""
    sys.excepthook = _hook
