"""A PDF shown from bytes in memory (QtPdf), pages stacked and fitted to the width."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The document is created before the view so that it is destroyed first, as the
        # view expects (the other way round crashes).
        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self.pdf: bytes | None = None

    def load(self, pdf: bytes) -> None:
        """Show `pdf` (the buffer is kept while the document reads from it)."""
        self.pdf = pdf
        self.pdf_document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)

    def clear(self) -> None:
        self.pdf = None
        self.pdf_document.close()
