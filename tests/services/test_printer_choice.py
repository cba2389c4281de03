"""The printer of each document type from the config, and a printer gone mid-job."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config as config_module
from devices.base import DeviceUnplugged
from tests.counter_support import pdf_text

GONE = "lp: The printer or class does not exist."


class FakeLp:
    """CUPS's `lp` as a script on PATH: records its arguments and the PDF, or refuses the
    job the way lp does for a queue that went away."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.bin = root / "bin"
        self.bin.mkdir()
        self.args, self.received, self.gone = root / "args", root / "received.pdf", root / "gone"
        script = (f'#!/bin/sh\nif [ -e {self.gone} ]; then echo "{GONE}" >&2; exit 1; fi\n'
                  f'echo "$@" > {self.args}\ncat > {self.received}\n'
                  'echo "request id is Q-41 (1 file(s))"\n')
        (self.bin / "lp").write_text(script)
        (self.bin / "lp").chmod(0o755)
        monkeypatch.setenv("PATH", f"{self.bin}:/usr/bin:/bin")

    def unplug(self, gone: bool = True) -> None:
        if gone:
            self.gone.touch()
        else:
            self.gone.unlink()


@pytest.fixture
def printers() -> dict:
    return {"printing.printers.stamp": "Zebra_GK420"}


@pytest.fixture
def config(tmp_path: Path, printers: dict) -> config_module.Config:
    path = tmp_path / "config.toml"
    config_module.write(path, {"office.code": "TEST", "office.name": "Kantor Imigrasi Uji",
                               "workstation.id": "WS-TEST-01", **printers})
    return config_module.load(path)


@pytest.fixture
def lp(tmp_path, monkeypatch) -> FakeLp:
    return FakeLp(tmp_path, monkeypatch)


def test_a_document_type_prints_on_its_configured_printer(services, operator, stamp, lp):
    [job] = services.documents.jobs(operator)
    sent = services.documents.print_job(operator, job.id)
    assert sent.destination == "cups:Zebra_GK420" and sent.job_id == "Q-41"
    assert lp.args.read_text().startswith("-d Zebra_GK420 -n 1")
    assert "MASUK" in pdf_text(lp.received.read_bytes())
    assert services.documents.jobs(operator)[0].printer == "cups:Zebra_GK420"


@pytest.mark.parametrize("printers", [{"printing.label_printer": "Label_80x50"}])
def test_stamps_go_to_the_label_printer_when_no_printer_is_named_for_them(
        services, operator, stamp, lp):
    [job] = services.documents.jobs(operator)
    assert services.documents.print_job(operator, job.id).destination == "cups:Label_80x50"


@pytest.mark.parametrize("printers", [{}])
def test_without_a_choice_the_workstation_printer_prints(services, operator, stamp, lp,
                                                         tmp_path):
    [job] = services.documents.jobs(operator)
    sent = services.documents.print_job(operator, job.id)
    assert Path(sent.destination).parent == tmp_path / "spool"  # the simulator's spool
    assert not lp.args.exists()


def test_a_printer_gone_mid_job_leaves_the_job_queued_with_why_and_it_prints_later(
        services, operator, stamp, lp):
    [job] = services.documents.jobs(operator)
    lp.unplug()
    with pytest.raises(DeviceUnplugged) as raised:
        services.documents.print_job(operator, job.id)
    assert "Zebra_GK420" in raised.value.user_message
    [failed] = services.documents.jobs(operator)
    assert failed.status == "failed" and "Zebra_GK420 tidak ditemukan" in failed.error
    lp.unplug(gone=False)  # plugged back in: the operator prints again from the queue
    services.documents.print_job(operator, job.id)
    [printed] = services.documents.jobs(operator)
    assert printed.status == "printed" and printed.error == ""
