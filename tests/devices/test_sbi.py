"""The SBI fingerprint client against the SBI simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest

from app.errors import DeviceError
from devices.base import (
    DeviceStatus,
    DeviceTimeout,
    DeviceUnplugged,
    DriverSettings,
    Finger,
    PoorQuality,
    SimulationMode,
)
from devices.sbi import SbiFingerprintScanner, decode_data, parse_ports
from devices.sbi_simulator import DEVICE_ID, SbiSimulator


@pytest.fixture
def simulator():
    with SbiSimulator() as running:
        yield running


def _client(simulator: SbiSimulator, timeout_s: float = 5) -> SbiFingerprintScanner:
    return SbiFingerprintScanner("http://127.0.0.1", [simulator.port], timeout_s)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_capture_returns_each_finger_as_png_with_its_score(simulator):
    client = _client(simulator)
    result = client.capture([Finger.RIGHT_INDEX, Finger.LEFT_INDEX], 40)
    assert [i.finger for i in result.impressions] == [Finger.RIGHT_INDEX, Finger.LEFT_INDEX]
    assert all(i.png.startswith(b"\x89PNG") and (i.width, i.height) == (256, 320)
               for i in result.impressions)
    assert 50 <= result.lowest_quality <= 100
    verb, path, body = simulator.requests[-1]
    assert (verb, path) == ("RCAPTURE", "/capture")
    bio = body["bio"][0]
    assert bio["type"] == "Finger" and bio["count"] == "2" and bio["requestedScore"] == "40"
    assert bio["bioSubType"] == ["Right IndexFinger", "Left IndexFinger"]
    assert bio["deviceId"] == DEVICE_ID and body["timeout"] == 5000


def test_low_quality_capture_is_poor_quality_naming_fingers_and_scores(simulator):
    simulator.mode = "poor"
    with pytest.raises(PoorQuality) as err:
        _client(simulator).capture([Finger.RIGHT_THUMB, Finger.LEFT_THUMB], 40)
    message = err.value.user_message
    assert "ibu jari kanan, ibu jari kiri" in message and "minimal 40" in message
    result = err.value.result
    assert len(result.impressions) == 2 and result.lowest_quality < 40
    assert f"nilai {result.lowest_quality}" in message


def test_missing_fingers_are_sent_as_exceptions_and_not_captured(simulator):
    client = _client(simulator)
    result = client.capture([Finger.RIGHT_INDEX], 40, missing=[Finger.RIGHT_THUMB])
    assert [i.finger for i in result.impressions] == [Finger.RIGHT_INDEX]
    assert simulator.requests[-1][2]["bio"][0]["exception"] == ["Right Thumb"]
    with pytest.raises(ValueError):
        client.capture([Finger.RIGHT_THUMB], 40, missing=[Finger.RIGHT_THUMB])


def test_slow_capture_is_a_timeout_after_the_requested_time(simulator):
    simulator.mode = "slow"
    with pytest.raises(DeviceTimeout) as err:
        _client(simulator, timeout_s=0.3).capture([Finger.RIGHT_INDEX], 40)
    assert "tidak merespons" in err.value.user_message
    assert "701" in err.value.detail


def test_discovery_finds_the_service_in_a_port_range_past_other_servers(simulator):
    class NotSbi(BaseHTTPRequestHandler):
        def do_MOSIPDISC(self) -> None:  # a web server that answers anything with HTML
            self.send_response(200)
            self.send_header("Content-Length", "6")
            self.end_headers()
            self.wfile.write(b"<html>")

        def log_message(self, *args) -> None:
            pass

    other = ThreadingHTTPServer(("127.0.0.1", 0), NotSbi)
    Thread(target=other.serve_forever, daemon=True).start()
    try:
        ports = [_free_port(), other.server_address[1], _free_port(), simulator.port]
        client = SbiFingerprintScanner("http://127.0.0.1", ports, 5)
        found = client.discover()
        assert [(d.port, d.device_id, d.ready) for d in found] == [
            (simulator.port, DEVICE_ID, True)]
        assert client.status().status is DeviceStatus.READY
        info = client.device_info()
        assert info["deviceStatus"] == "Ready" and info["digitalId"]["type"] == "Finger"
    finally:
        other.shutdown()
        other.server_close()


def test_no_service_is_unplugged_and_a_restarted_service_is_found_again():
    port = _free_port()
    client = SbiFingerprintScanner("http://127.0.0.1", [port], 5)
    state = client.status()
    assert state.status is DeviceStatus.UNPLUGGED and str(port) in state.message
    with pytest.raises(DeviceUnplugged):
        client.capture([Finger.RIGHT_INDEX], 40)
    with SbiSimulator(port=port):
        assert client.capture([Finger.RIGHT_INDEX], 40).impressions[0].quality >= 40


def test_service_stopping_between_captures_is_unplugged(simulator):
    client = _client(simulator)
    client.capture([Finger.LEFT_INDEX], 40)
    simulator.stop()
    with pytest.raises(DeviceUnplugged):
        client.capture([Finger.LEFT_INDEX], 40)


def test_test_capture_reports_the_quality(simulator):
    result = _client(simulator).test_capture()
    assert result.ok and str(result.params["quality"]) in result.summary_text


def test_device_error_code_is_shown_with_the_code(simulator, monkeypatch):
    monkeypatch.setattr(simulator, "capture", lambda request: {"biometrics": [
        {"data": "", "error": {"errorCode": "103", "errorInfo": "Device tamper detected"}}]})
    with pytest.raises(DeviceError) as err:
        _client(simulator).capture([Finger.LEFT_INDEX], 40)
    assert "Device tamper detected" in err.value.user_message
    assert "103" in err.value.user_message


def test_built_from_config_options():
    scanner = SbiFingerprintScanner.from_settings(DriverSettings(
        SimulationMode.OK, None, {"url": "http://127.0.0.1", "ports": "4510-4512",
                                  "capture_timeout_seconds": 9}))
    assert list(scanner.ports) == [4510, 4511, 4512] and scanner.capture_timeout_s == 9
    assert parse_ports("4501") == range(4501, 4502)
    with pytest.raises(ValueError):
        parse_ports("4600-4501")


def test_payloads_decode_from_jwt_base64_or_json():
    assert decode_data('{"a": 1}') == {"a": 1}
    assert decode_data("eyJhbGciOiJub25lIn0.eyJhIjogMX0.") == {"a": 1}
    assert decode_data({"a": 1}) == {"a": 1}
