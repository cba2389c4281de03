"""A screen whose module has not been built yet: says so plainly, shows no data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderScreen(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("screenTitle")
        heading.setProperty("gapura_data", True)  # already translated by the registry
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        note = QLabel(self.tr(
            "Layar ini belum tersedia pada versi Gapura ini. Fiturnya sedang dikembangkan; "
            "tidak ada data yang ditampilkan di sini."))
        note.setObjectName("notBuilt")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
