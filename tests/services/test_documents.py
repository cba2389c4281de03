"""The print queue: jobs, printer failures kept, reprints marked SALINAN with a reason, QC,
voids, and numbers that two writers never share."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.counter import Direction
from app.errors import DeviceError, PermissionDenied, ValidationError
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.services.counter import Scan
from app.services.documents import issue
from app.store.counter_models import IssuedDocument
from app.store.db import open_store
from devices.registry import build_devices
from tests.counter_support import TOURIST, pdf_text


def _spooled(tmp_path):
    return sorted((tmp_path / "spool").glob("*.pdf"), key=lambda p: p.stat().st_mtime)


def test_an_issued_document_waits_in_the_queue_until_printed(services, operator, stamp,
                                                             tmp_path):
    [job] = services.documents.jobs(operator)
    assert (job.number, job.status, job.template, job.copies) == (stamp.number, "queued",
                                                                  "stamp", 1)
    assert job.title  # the template's Indonesian title, for the queue screen
    services.documents.print_job(operator, job.id)
    assert services.documents.jobs(operator)[0].status == "printed"
    assert "MASUK" in pdf_text(_spooled(tmp_path)[-1].read_bytes())
    with pytest.raises(ValidationError):
        services.documents.print_job(operator, job.id)  # printed: a copy needs a reason


def test_a_printer_failure_keeps_the_job_with_the_error(services, operator, stamp):
    services.devices.devices.printer.mode = "unplugged"
    [job] = services.documents.jobs(operator)
    with pytest.raises(DeviceError):
        services.documents.print_job(operator, job.id)
    [failed] = services.documents.jobs(operator, status="failed")
    assert failed.error  # the officer's message, kept for the queue screen
    services.devices.devices.printer.mode = "ok"
    services.documents.print_job(operator, job.id)
    assert services.documents.jobs(operator)[0].status == "printed"


def test_a_reprint_needs_a_reason_and_is_marked_salinan(services, operator, stamp, tmp_path):
    services.documents.print_document(operator, stamp.id)
    with pytest.raises(ValidationError):
        services.documents.reprint(operator, stamp.id, " ")
    copy = services.documents.reprint(operator, stamp.id, "Label sobek")
    assert (copy.reprint, copy.reprint_reason, copy.status) == (1, "Label sobek", "queued")
    services.documents.print_job(operator, copy.id)
    text = pdf_text(_spooled(tmp_path)[-1].read_bytes())
    assert "SALINAN ke-1" in text and "MASUK" in text
    second = services.documents.reprint(operator, stamp.id, "Hilang")
    assert second.reprint == 2


def test_save_as_pdf_writes_the_file(services, operator, stamp, tmp_path):
    [job] = services.documents.jobs(operator)
    target = tmp_path / "cap.pdf"
    services.documents.print_job(operator, job.id, destination=f"pdf:{target}")
    assert "MASUK" in pdf_text(target.read_bytes())
    assert services.documents.jobs(operator)[0].printer == str(target)


def test_saving_into_a_missing_folder_keeps_the_job_with_the_reason(services, operator, stamp,
                                                                     tmp_path):
    [job] = services.documents.jobs(operator)
    with pytest.raises(ValidationError) as raised:
        services.documents.print_job(operator, job.id,
                                     destination=f"pdf:{tmp_path / 'gone' / 'cap.pdf'}")
    assert "Pilih folder lain" in raised.value.user_message
    [failed] = services.documents.jobs(operator, status="failed")
    assert failed.error == raised.value.user_message


def test_qc_fail_needs_a_note_and_pass_is_recorded(services, operator, stamp):
    [job] = services.documents.jobs(operator)
    with pytest.raises(ValidationError):
        services.documents.record_qc(operator, job.id, True)  # not printed yet
    services.documents.print_job(operator, job.id)
    with pytest.raises(ValidationError):
        services.documents.record_qc(operator, job.id, False)
    services.documents.record_qc(operator, job.id, False, "Tinta pudar")
    assert services.documents.jobs(operator)[0].qc == "fail"


def test_a_voided_document_cannot_print_and_fails_verification(services, operator, stamp,
                                                               officer):
    with pytest.raises(PermissionDenied):
        services.documents.void(officer, stamp.id, "salah")
    services.documents.void(operator, stamp.id, "Salah cetak arah")
    [job] = services.documents.jobs(operator)
    assert job.status == "voided" and job.voided
    with pytest.raises(ValidationError):
        services.documents.print_job(operator, job.id)
    with pytest.raises(ValidationError):
        services.documents.reprint(operator, stamp.id, "lagi")
    result = services.signing.verify_pdf(operator, stamp.pdf)
    assert result.status == "tampered" and "voided" in result.reason


def test_two_writers_never_get_the_same_number(services, config, clock, tmp_path):
    actor = system_actor(config)
    database = services.context.store.engine.url.database
    numbers: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        store = open_store(Path(database), tmp_path / "backups")
        other = Services.build(ServiceContext(store=store, config=config, clock=clock),
                               build_devices(config, tmp_path / "spool"))
        try:
            for _ in range(15):
                with other.context.change(actor, None) as uow:
                    numbers.append(issue(uow, "nota_dinas", {
                        "to": "Kepala Kantor", "sender": "Kepala Seksi", "subject": "Uji",
                        "body": "Uji nomor.", "signer_name": "Budi", "signer_nip":
                        "198001012005011001", "signer_position": "Kepala Seksi"},
                        subject_type="test", subject_id="t").number)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            store.close()

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(numbers) == 30 and len(set(numbers)) == 30


NOTA = {"to": "Kepala Kantor", "sender": "Kepala Seksi", "subject": "Uji", "body": "Uji nomor.",
        "signer_name": "Budi", "signer_nip": "198001012005011001",
        "signer_position": "Kepala Seksi"}


def _workstation(tmp_path, clock, name: str, first: int, last: int) -> Services:
    """A workstation with its own database and its own block of numbers."""
    from app import config as config_module

    home = tmp_path / name
    home.mkdir()
    config_module.write(home / "config.toml", {
        "office.code": "TEST", "office.name": "Kantor Imigrasi Uji", "workstation.id": name,
        "numbering.first": first, "numbering.last": last})
    config = config_module.load(home / "config.toml")
    store = open_store(home / "gapura.sqlite", home / "backups")
    services = Services.build(ServiceContext(store=store, config=config, clock=clock),
                              build_devices(config, home / "spool"))
    services.ensure_reference_data(system_actor(config))
    return services


def _issue_nota(services: Services) -> str:
    with services.context.change(system_actor(services.context.config), None) as uow:
        return issue(uow, "nota_dinas", NOTA, subject_type="test", subject_id="t").number


def test_workstations_with_their_own_databases_number_from_their_own_blocks(tmp_path, clock):
    first = _workstation(tmp_path, clock, "WS-1", 1, 4999)
    second = _workstation(tmp_path, clock, "WS-2", 5000, 9999)
    numbers = [_issue_nota(ws) for ws in (first, second, first, second)]
    assert len(set(numbers)) == 4
    assert [n.rsplit("/", 1)[1] for n in numbers] == ["000001", "005000", "000002", "005001"]


def test_a_used_up_block_is_refused_and_writes_nothing(tmp_path, clock):
    workstation = _workstation(tmp_path, clock, "WS-1", 7, 8)
    assert [_issue_nota(workstation)[-6:] for _ in range(2)] == ["000007", "000008"]
    with pytest.raises(ValidationError) as raised:
        _issue_nota(workstation)
    assert "(7-8)" in raised.value.user_message and "habis" in raised.value.user_message
    with workstation.context.store.read() as session:
        assert session.execute(select(func.count()).select_from(IssuedDocument)).scalar() == 2


def test_a_system_printer_gets_the_pdf_through_lp(services, operator, stamp, tmp_path,
                                                  monkeypatch):
    # `lp` of CUPS, as a script that keeps what it is given (no print server here).
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    received = tmp_path / "received.pdf"
    (bin_dir / "lp").write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {received}\n'
                                'echo "request id is Loket-7 (1 file(s))"\n')
    (bin_dir / "lp").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    [job] = services.documents.jobs(operator)
    sent = services.documents.print_job(operator, job.id, copies=2, destination="system:Loket")
    assert sent.job_id == "Loket-7" and sent.destination == "cups:Loket"
    assert "-d Loket -n 2" in (tmp_path / "args").read_text()
    assert "MASUK" in pdf_text(received.read_bytes())


def test_a_missing_print_system_is_a_clear_error_and_the_job_stays(services, operator, stamp,
                                                                   tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    [job] = services.documents.jobs(operator)
    with pytest.raises(DeviceError) as raised:
        services.documents.print_job(operator, job.id, destination="system:Loket")
    assert "CUPS" in raised.value.user_message
    assert services.documents.jobs(operator)[0].status == "failed"


def _set_pattern(services, key, value):
    from datetime import date as day

    from app.store.counter_models import ReferenceValue

    with services.context.store.write() as session:
        session.add(ReferenceValue(key=key, effective_from=day(2026, 1, 1), value=value,
                                   unit="pattern", legal_basis="uji"))


def test_an_office_pattern_shapes_the_numbers(services, officer):
    _set_pattern(services, "numbering.pattern.stamp",
                 "W10.IMI.1-{prefix}.{seq:04d}/{month}/{year}")
    crossing = services.counter.record_crossing(
        officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL)))
    assert crossing.stamp.number == "W10.IMI.1-CAP.0001/11/2026"


def test_a_broken_pattern_is_refused_with_its_key_and_nothing_is_recorded(services, officer):
    from app.store.counter_models import Crossing

    _set_pattern(services, "numbering.pattern", "{prefix}/{kanwil}/{seq}")
    check = services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL))
    with pytest.raises(ValidationError) as raised:
        services.counter.record_crossing(officer, check)
    assert "numbering.pattern" in raised.value.user_message
    with services.context.store.read() as session:
        assert session.query(Crossing).count() == 0
