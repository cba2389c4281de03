"""Message boxes with our own translated buttons (Qt ships no Indonesian for its standard ones)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("messageBox")
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QCoreApplication.translate("messages", "OK"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QCoreApplication.translate("messages", "OK"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Critical, title, text)
    box.addButton(QCoreApplication.translate("messages", "Tutup"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, text: str) -> bool:
    """Ask yes/no; 'Tidak' is the default so Enter never confirms by accident."""
    box = _box(parent, QMessageBox.Icon.Question,
               QCoreApplication.translate("messages", "Konfirmasi"), text)
    yes = box.addButton(QCoreApplication.translate("messages", "Ya"),
                        QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("messages", "Tidak"),
                       QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class StatusLine(QLabel):
    """The line under a screen's buttons saying what the last action did (green) or why it
    was refused (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.setText(text)
