"""`gapura demo` runs the local reference server beside the GUI and syncs the demo with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app import cli, demo
from app import config as config_module
from app.demo_server import DemoServer, connect, disconnect
from app.instance import open_instance
from app.paths import instance_paths
from app.services.base import system_actor
from server.db import open_database
from server.models import EnrolmentCode, ReceivedRecord, Workstation


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, cheap_password_hashing: None) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("demo-server") / "home"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GAPURA_HOME", str(home))
        demo.prepare()
        yield home


def _server_counts(server: DemoServer) -> dict[str, int]:
    db = open_database(str(server.database))
    try:
        with db.read() as session:
            return {name: session.scalar(select(func.count()).select_from(model))
                    for name, model in (("workstations", Workstation),
                                        ("codes", EnrolmentCode),
                                        ("records", ReceivedRecord))}
    finally:
        db.close()


def test_the_demo_server_enrols_the_workstation_once_and_receives_its_outbox(home):
    server = DemoServer(home, port=0)
    with server:
        assert server.running
        assert httpx.get(f"{server.url}/v1/health").json()["status"] == "ok"
        assert connect(home, server.url) == demo.WORKSTATION_ID
        assert config_module.load(instance_paths(home).config_file)["server.url"] == server.url

        instance = open_instance(home)
        try:
            sync = instance.services.sync
            actor = system_actor(instance.config, "demo")
            result = sync.push_pending(actor)
            assert result.sent > 0  # the demo's seeded users, persons and audit trail
            assert sync.status(actor).pending == 0
        finally:
            instance.close()
    assert not server.running

    # The next demo starts the server again over the same data: no second enrolment.
    again = DemoServer(home, port=0)
    with again:
        assert connect(home, again.url) == demo.WORKSTATION_ID
    counts = _server_counts(again)
    assert counts["workstations"] == 1 and counts["codes"] == 1
    assert counts["records"] >= result.sent

    disconnect(home)
    assert config_module.load(instance_paths(home).config_file)["server.url"] == ""


def test_gapura_demo_serves_while_the_gui_runs_and_stops_after(home, monkeypatch):
    seen: dict[str, object] = {}

    def fake_gui(gui_home):  # the GUI itself is tested in tests/ui; here: what runs beside it
        config = config_module.load(instance_paths(gui_home).config_file)
        url = config["server.url"]
        seen["url"] = url
        if url:
            seen["health"] = httpx.get(f"{url}/v1/health").json()["status"]
        # The fingerprint scanner is the SBI simulator beside the GUI (issue 12).
        port = config["devices.fingerprint.ports"]
        seen["sbi"] = (config["devices.fingerprint.driver"], httpx.request(
            "MOSIPDISC", f"http://127.0.0.1:{port}/device", json={"type": "Finger"},
            timeout=5).status_code)
        return 0

    monkeypatch.setattr("ui.app.run_gui", fake_gui)
    assert cli.main(["demo"]) == 0
    assert seen["health"] == "ok" and seen["sbi"] == ("sbi", 200)
    with pytest.raises(httpx.TransportError):  # stopped with the GUI
        httpx.get(f"{seen['url']}/v1/health", timeout=2)
    assert config_module.load(instance_paths(home).config_file)[
        "devices.fingerprint.driver"] == "simulator"  # the GUI gone, the service with it

    assert cli.main(["demo", "--no-server"]) == 0
    assert seen["url"] == ""  # the GUI opened offline
