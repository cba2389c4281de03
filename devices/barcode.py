"""Barcode and QR scanners: a simulator that reads a configured code."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from devices.base import Barcode, BarcodeScanner, PoorQuality, SimulationMode, TestCapture
from devices.simulation import Simulator

# An IATA BCBP boarding pass (Resolution 792, mandatory items only, 60 characters) as on the
# PDF417 code a traveller shows at the TPI: the ICAO specimen traveller on GA 821 SIN-CGK.
DEFAULT_TEXT = "M1ERIKSSON/ANNA MARIA EABC123 SINCGKGA 0821 330Y012A0025 100"
DEFAULT_SYMBOLOGY = "PDF417"


class SimulatedBarcodeScanner(Simulator, BarcodeScanner):
    """Reads `text` every time. Poor mode cannot decode (a creased or faded code)."""

    def __init__(self, mode: SimulationMode | str = SimulationMode.OK, text: str = DEFAULT_TEXT,
                 symbology: str = DEFAULT_SYMBOLOGY) -> None:
        super().__init__(mode)
        self.text = text
        self.symbology = symbology

    def scan(self) -> Barcode:
        self._respond("scan")
        if self.mode is SimulationMode.POOR:
            raise PoorQuality(self.kind, detail=f"barcode simulator: {self.symbology} not decoded")
        return Barcode(self.text, self.symbology)

    def test_capture(self) -> TestCapture:
        code = self.scan()
        return TestCapture(True, QT_TRANSLATE_NOOP(
            "gapura", "Pemindai barcode berfungsi: kode {symbology} terbaca."),
            f"{code.symbology}: {code.text}", {"symbology": code.symbology})
