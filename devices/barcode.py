"""Barcode and QR scanners: keyboard-wedge scanners, and a simulator that reads a configured code.

What a traveller or officer shows at the desk: IATA boarding passes (BCBP, PDF417 or Aztec,
parsed by `app.domain.bcbp`), the seals Gapura prints as QR codes on its documents
(`printing/seal.py`: `GPR2:` and Base45) and plain codes such as booking numbers.
"""

from __future__ import annotations

import re

from app.domain.bcbp import BoardingPassError, parse_boarding_pass
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import Barcode, BarcodeScanner, PoorQuality, SimulationMode, TestCapture
from devices.simulation import Simulator
from devices.wedge import TIMEOUT_OPTION, ScanKind, WedgeInput

# An IATA BCBP boarding pass (Resolution 792, mandatory items only, 60 characters) as on the
# PDF417 code a traveller shows at the TPI: the ICAO specimen traveller on GA 821 SIN-CGK.
DEFAULT_TEXT = "M1ERIKSSON/ANNA MARIA EABC123 SINCGKGA 0821 330Y012A0025 100"
DEFAULT_SYMBOLOGY = "PDF417"

# Prefixes of Gapura's document seals (printing/seal.py PREFIX and LEGACY_PREFIX), repeated
# here so that devices does not load the signature library to recognise a scan.
SEAL_PREFIXES = ("GPR2:", "GPR1.")
_BASE45 = re.compile(r"[0-9A-Z $%*+\-./:]*")
_BCBP = re.compile(r"(\][A-Za-z][0-9A-Za-z])?M[1-4]")


def classify(text: str) -> Barcode:
    """The scanned `text` as a Barcode with the symbology its content implies.

    Raises:
        PoorQuality: the text starts as a boarding pass or a seal but is not one (a scanner
            set to another keyboard layout, or a code read partly).
    """
    if text.startswith(SEAL_PREFIXES):
        body = text[len(SEAL_PREFIXES[0]):]
        if text.startswith(SEAL_PREFIXES[0]) and not _BASE45.fullmatch(body):
            raise PoorQuality("barcode", detail=f"seal with non-Base45 characters: {text!r}")
        return Barcode(text, "QR")
    if _BCBP.match(text):
        try:
            parse_boarding_pass(text)
        except BoardingPassError as error:
            raise PoorQuality("barcode", detail=f"garbled boarding pass ({error.detail}): "
                                                f"{text!r}") from error
        return Barcode(text, "PDF417")
    return Barcode(text, "unknown")


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
        return _scanned(code)


def _scanned(code: Barcode) -> TestCapture:
    return TestCapture(True, QT_TRANSLATE_NOOP(
        "gapura", "Pemindai barcode berfungsi: kode {symbology} terbaca."),
        f"{code.symbology}: {code.text}", {"symbology": code.symbology})


class WedgeBarcodeScanner(WedgeInput, BarcodeScanner):
    """A keyboard-wedge barcode/QR scanner: its codes arrive as typed keys, which the UI's key
    filter (`ui/widgets/wedge.py`) recognises and hands to `inbox`."""

    OPTIONS = (TIMEOUT_OPTION,)
    scan_kind = ScanKind.BARCODE

    def scan(self) -> Barcode:
        # A scanner sends a multi-line code (rare) as lines; the code is their text joined.
        return classify("\r".join(self._next_scan().lines))

    def test_capture(self) -> TestCapture:
        return _scanned(self.scan())
