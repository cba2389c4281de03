"""Keyboard-wedge detection: scanner bursts become scans, an officer's typing passes unchanged."""

from __future__ import annotations

import random
import threading

import pytest

from devices.barcode import DEFAULT_TEXT, WedgeBarcodeScanner, classify
from devices.base import DeviceTimeout, PoorQuality
from devices.document_reader import SPECIMENS, WedgeDocumentReader
from devices.wedge import ScanInbox, ScanKind, WedgeDetector, WedgeScan

TD3 = SPECIMENS[0].td3()
BACKSPACE = ""  # a key without text, as the UI feeds Backspace and arrows


def _play(detector: WedgeDetector, keys: list[tuple[str, float]]):
    """Feed (char, gap) keys; return what reached the window and the scans, as the UI would."""
    typed: list[str] = []
    scans: list[WedgeScan] = []
    now = 100.0

    def apply(result, char=None):
        typed.extend(result.replay)
        if result.scan:
            scans.append(result.scan)
        if char is not None and not result.held:
            typed.append(char if char else "⌫")

    for char, gap in keys:
        now += gap
        apply(detector.feed(char, now, token=char), char)
    apply(detector.expire())
    return "".join(typed), scans


def _burst(text: str, rng: random.Random, low: float = 0.002, high: float = 0.008):
    """A scanner's keys; the first comes half a second after whatever was typed before."""
    return [(char, 0.5 if i == 0 else rng.uniform(low, high)) for i, char in enumerate(text)]


def test_scanner_burst_of_a_td3_mrz_is_one_scan_and_nothing_is_typed():
    rng = random.Random(1)
    typed, scans = _play(WedgeDetector(), [("x", 1.0)] + _burst("\r".join(TD3) + "\r", rng))
    assert typed == "x"
    assert [s.kind for s in scans] == [ScanKind.MRZ] and scans[0].lines == TD3
    assert scans[0].duration_s < 90 * 0.008


def test_td1_three_lines_with_crlf_are_one_scan():
    td1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
           "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    typed, scans = _play(WedgeDetector(), _burst("\r\n".join(td1) + "\r\n", random.Random(2)))
    assert typed == "" and scans[0].lines == td1


def test_mrz_without_final_enter_completes_when_the_burst_ends():
    typed, scans = _play(WedgeDetector(), _burst("\r".join(TD3), random.Random(3)))
    assert typed == "" and scans[0].kind is ScanKind.MRZ


def test_fast_human_typing_with_typos_and_backspace_passes_unchanged():
    rng = random.Random(4)
    keys = []
    for char in "BUDI SANTOS0":
        keys.append((char, rng.uniform(0.060, 0.140)))
    keys += [(BACKSPACE, 0.150), ("O", 0.090), ("\r", 0.200)]
    typed, scans = _play(WedgeDetector(), keys)
    assert scans == []
    assert typed == "BUDI SANTOS0⌫O\r"


def test_an_officer_typing_an_mrz_by_hand_is_typing_not_a_scan():
    rng = random.Random(5)
    keys = [(char, rng.uniform(0.055, 0.120)) for char in "\r".join(TD3)]
    typed, scans = _play(WedgeDetector(), keys)
    assert scans == [] and typed == "\r".join(TD3)


def test_rollover_of_two_quick_keys_is_given_back_in_order():
    typed, scans = _play(WedgeDetector(), [("a", 1.0), ("s", 0.012), ("d", 0.080), ("\r", 0.1)])
    assert scans == [] and typed == "asd\r"


def test_a_held_key_repeating_fast_is_not_a_barcode():
    typed, scans = _play(WedgeDetector(), [("a", 1.0)] + [("a", 0.020)] * 11)
    assert scans == [] and typed == "a" * 12


def test_boarding_pass_burst_ended_by_enter_is_a_barcode_scan():
    typed, scans = _play(WedgeDetector(), _burst(DEFAULT_TEXT + "\r", random.Random(6)))
    assert typed == ""
    assert [s.kind for s in scans] == [ScanKind.BARCODE] and scans[0].text == DEFAULT_TEXT


def test_typing_then_a_scan_then_typing_keeps_each_apart():
    rng = random.Random(7)
    keys = [(c, 0.1) for c in "ab"] + _burst("GPR2:6BFOXN*TSMAHN-H3O8", rng) + [("\r", 0.005)]
    keys += [("c", 0.3)]
    typed, scans = _play(WedgeDetector(), keys)
    assert typed == "abc"
    assert scans[0].text == "GPR2:6BFOXN*TSMAHN-H3O8"


def test_burst_too_short_is_typing():
    typed, scans = _play(WedgeDetector(), _burst("OK12\r", random.Random(8)))
    assert scans == [] and typed == "OK12\r"


def test_classify_names_the_code_and_refuses_garbled_ones():
    assert classify(DEFAULT_TEXT).symbology == "PDF417"
    assert classify("GPR2:6BFOXN*TSMAHN").symbology == "QR"
    assert classify("BK-2026-000123").symbology == "unknown"
    with pytest.raises(PoorQuality):
        classify("M1ERIKSSON/ANNA")  # a boarding pass cut short
    with pytest.raises(PoorQuality):
        classify("GPR2:6bfoxn*tsmahn")  # a scanner on the wrong keyboard layout


def test_wedge_drivers_take_the_scan_handed_to_them_or_time_out():
    reader = WedgeDocumentReader(timeout_s=2)
    scanner = WedgeBarcodeScanner(timeout_s=0.05)
    scan = WedgeScan(ScanKind.MRZ, "\n".join(TD3), 0.0, 0.3)
    assert reader.accepts(scan) and not scanner.accepts(scan)
    threading.Timer(0.05, reader.inbox.put, (scan,)).start()
    assert reader.read().lines == TD3
    reader.inbox.put(scan)
    assert reader.test_capture().ok
    with pytest.raises(DeviceTimeout) as err:
        scanner.scan()
    assert "Tidak ada pindaian" in err.value.user_message
    scanner.inbox.put(WedgeScan(ScanKind.BARCODE, DEFAULT_TEXT, 0.0, 0.2))
    assert scanner.scan().text == DEFAULT_TEXT


def test_inbox_drops_a_scan_nobody_read_in_time():
    """A passport scanned while no read was waiting must not become the next read's document
    minutes later (another traveller's); a scan just before the read still counts."""
    now = [100.0]
    inbox = ScanInbox(max_age_s=15.0, clock=lambda: now[0])
    inbox.put(WedgeScan(ScanKind.MRZ, "\n".join(TD3), 0.0, 0.3))
    now[0] += 14.0
    assert inbox.take(0).text == "\n".join(TD3)
    inbox.put(WedgeScan(ScanKind.MRZ, "\n".join(TD3), 0.0, 0.3))
    now[0] += 15.5
    assert inbox.take(0) is None
    inbox.put(WedgeScan(ScanKind.BARCODE, DEFAULT_TEXT, 0.0, 0.2))  # a fresh one after it
    assert inbox.take(0).text == DEFAULT_TEXT


def test_inbox_gives_the_newest_scan_once():
    inbox = ScanInbox()
    for text in ("ONE12345", "TWO12345"):
        inbox.put(WedgeScan(ScanKind.BARCODE, text, 0.0, 0.1))
    assert inbox.take(0).text == "TWO12345"
    assert inbox.take(0) is None
