"""The passport blank inventory (issue 9 point 6): receipt by serial range, FIFO allocation that
never gives one serial twice, counts that add up, spoiled blanks with their berita acara,
production steps before issue, and the daily register of passports issued."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.errors import PermissionDenied, ValidationError
from app.services import Services
from app.services.base import ServiceContext
from app.services.blanks import BlankService, BlankSuggestion, PassportFacts
from app.store.blank_models import PassportBlank
from app.store.db import open_store
from app.store.models import AuditEvent, OutboxRecord
from tests.counter_support import TODAY, pdf_text
from tests.services.conftest import OPERATOR_NIP

E = "elektronik_48"


@pytest.fixture
def passport_officer(make_actor):
    return make_actor(Role.PASSPORT_OFFICER, username="paspor1")


def _receive(services, operator, first="E2410001", last="E2410010", kind=E, note="SP-001"):
    return services.blanks.receive(operator, kind, first, last, delivery_note=note,
                                   received_from="Direktorat Dokumen Perjalanan")


def _facts(application="2026112500001", name="Muhammad Rizky Fadhilah Nasution"):
    return PassportFacts(application_number=application, holder_name=name,
                         passport_type="Paspor biasa elektronik 10 tahun",
                         application_kind="Baru", valid_until=date(2036, 11, 24),
                         fee=950_000)


def _counts_add_up(services, actor):
    for line in services.blanks.stock(actor):
        assert line.available + line.allocated + line.spoiled + line.issued == line.received
    with services.context.store.read() as session:
        rows = session.execute(select(func.count()).select_from(PassportBlank)).scalar_one()
    assert sum(line.received for line in services.blanks.stock(actor)) == rows


def _produce(services, operator, serial):
    return services.blanks.record_production(operator, serial, printed=True, qc_passed=True,
                                             laminated=True)


def test_a_receipt_stocks_every_serial_and_issues_its_berita_acara(services, operator):
    batch = _receive(services, operator, "E2410001", "E2420000")
    assert batch.count == 10_000
    [line] = services.blanks.stock(operator)
    assert (line.kind, line.received, line.available) == (E, 10_000, 10_000)
    text = pdf_text(batch.document.pdf)
    assert "BERITA ACARA SERAH TERIMA BLANGKO PASPOR" in text
    assert "E2410001 E2420000 10.000" in text
    assert "Surat pengantar : SP-001" in text and OPERATOR_NIP[:8] in text
    assert services.blanks.blank(operator, "E2415000").status == "available"


def test_an_overlapping_receipt_is_refused_naming_the_overlap(services, operator):
    _receive(services, operator, "E2410001", "E2410010", note="SP-001")
    _receive(services, operator, "E2410011", "E2410020", note="SP-002")
    with pytest.raises(ValidationError) as raised:
        _receive(services, operator, "E2410018", "E2410030", note="SP-003")
    message = raised.value.user_message
    assert "E2410018 s.d. E2410020" in message and "SP-002" in message
    [line] = services.blanks.stock(operator)
    assert line.received == 20  # nothing of the refused receipt was written
    _receive(services, operator, "F2410018", "F2410030")  # another prefix is another range


@pytest.mark.parametrize(("first", "last"), [("E2410010", "E2410001"), ("E2410001", "F2410010"),
                                             ("E241001", "E2410010")])
def test_a_malformed_range_is_refused(services, operator, first, last):
    with pytest.raises(ValidationError):
        _receive(services, operator, first, last)
    assert services.blanks.stock(operator) == []


def test_allocation_is_fifo_by_batch_then_serial_and_idempotent(services, operator,
                                                                passport_officer, clock):
    _receive(services, operator, "E2410001", "E2410003")
    clock.advance(hours=1)
    _receive(services, operator, "B1000001", "B1000003")  # later batch, lower serials
    allocate = services.blanks.allocate
    got = [allocate(passport_officer, E, f"app-{i}") for i in range(5)]
    assert got == ["E2410001", "E2410002", "E2410003", "B1000001", "B1000002"]
    assert allocate(passport_officer, E, "app-1") == "E2410002"
    assert services.blanks.blank(operator, "E2410002").application_id == "app-1"
    [line] = services.blanks.stock(passport_officer, E)
    assert (line.allocated, line.available) == (5, 1)
    with pytest.raises(ValidationError) as raised:  # one application, one kind
        allocate(passport_officer, "biasa_48", "app-1")
    assert "E2410002" in raised.value.user_message


def test_allocation_refuses_when_the_stock_is_used_up(services, operator, passport_officer):
    _receive(services, operator, "E2410001", "E2410001")
    services.blanks.allocate(passport_officer, E, "app-1")
    with pytest.raises(ValidationError) as raised:
        services.blanks.allocate(passport_officer, E, "app-2")
    assert "habis" in raised.value.user_message


def _allocation_audit(services, serial):
    with services.context.store.read() as session:
        [summary] = session.execute(select(AuditEvent.summary).where(
            AuditEvent.action == "blank.allocated", AuditEvent.entity_id == serial)).scalars()
    return json.loads(summary)["after"]


def test_the_scanned_booklet_is_the_one_allocated_and_a_non_fifo_one_is_audited(
        services, operator, passport_officer):
    _receive(services, operator, "E2410001", "E2410010")
    assert services.blanks.suggested(passport_officer, E) == BlankSuggestion(
        E, "Paspor biasa elektronik 48 halaman", "E2410001", 10)
    # Typed or scanned: spaces and lower case are the same serial.
    assert services.blanks.allocate(passport_officer, E, "app-1", " e2410004\n") == "E2410004"
    blank = services.blanks.blank(operator, "E2410004")
    assert (blank.status, blank.application_id) == ("allocated", "app-1")
    assert services.blanks.blank(operator, "E2410001").status == "available"
    after = _allocation_audit(services, "E2410004")
    assert (after["fifo"], after["expected"]) == (False, "E2410001")
    assert services.blanks.allocate(passport_officer, E, "app-2", "E2410001") == "E2410001"
    assert _allocation_audit(services, "E2410001")["fifo"] is True
    # Asked again with its own booklet: the same blank, nothing new.
    assert services.blanks.allocate(passport_officer, E, "app-1", "E2410004") == "E2410004"
    assert services.blanks.suggested(passport_officer, E).serial == "E2410002"
    assert services.blanks.suggested(passport_officer, E).available == 8
    _counts_add_up(services, operator)


def _written(services):
    """What an allocation writes: every blank's status and application, the audit events and
    the outbox."""
    with services.context.store.read() as session:
        blanks = session.execute(select(PassportBlank.serial, PassportBlank.status,
                                        PassportBlank.application_id)
                                 .order_by(PassportBlank.serial)).all()
        audit = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
        outbox = session.execute(select(func.count()).select_from(OutboxRecord)).scalar_one()
    return blanks, audit, outbox


@pytest.mark.parametrize(("serial", "application", "says"), [
    ("E2419999", "app-9", "Blangko E2419999 tidak dikenal dalam persediaan kantor ini"),
    ("B1000001", "app-9", "Blangko B1000001 adalah Paspor biasa non-elektronik 48 halaman, "
                          "sedangkan permohonan ini memerlukan Paspor biasa elektronik"),
    ("E2410001", "app-9", "Blangko E2410001 sudah dialokasikan untuk permohonan app-1"),
    ("E2410002", "app-9", "Blangko E2410002 tercatat rusak (Sampul sobek)"),
    ("E2410003", "app-9", "Blangko E2410003 sudah diterbitkan sebagai paspor E2410003"),
    ("E2410004", "app-1", "Permohonan app-1 sudah mendapat blangko E2410001"),
    ("E241000", "app-9", "Nomor seri blangko \"E241000\" tidak sah"),
])
def test_a_booklet_that_cannot_be_allocated_is_refused_naming_why_and_nothing_is_written(
        services, operator, passport_officer, serial, application, says):
    _receive(services, operator, "E2410001", "E2410010")
    _receive(services, operator, "B1000001", "B1000003", kind="biasa_48", note="SP-002")
    services.blanks.allocate(passport_officer, E, "app-1", "E2410001")
    services.blanks.spoil(operator, "E2410002", "Sampul sobek", witness="Rahmat")
    services.blanks.allocate(passport_officer, E, "app-3", "E2410003")
    _produce(services, operator, "E2410003")
    services.blanks.mark_issued(operator, "E2410003", "E2410003", facts=_facts())
    before = _written(services)
    with pytest.raises(ValidationError) as refused:
        services.blanks.allocate(passport_officer, E, application, serial)
    assert says in refused.value.user_message
    assert _written(services) == before


def test_concurrent_allocators_on_one_store_never_share_a_serial(services, operator,
                                                                 passport_officer, tmp_path):
    _receive(services, operator, "E2410001", "E2410100")
    # A second set of services on the same store file: another connection pool, as a second
    # process would have.
    other_store = open_store(tmp_path / "gapura.sqlite", tmp_path / "backups")
    try:
        other = BlankService(ServiceContext(store=other_store, config=services.context.config,
                                            clock=services.context.clock))
        results: dict[str, list[str]] = {"a": [], "b": []}
        errors: list[BaseException] = []
        barrier = threading.Barrier(2)

        def run(name: str, service: BlankService) -> None:
            try:
                barrier.wait()
                for i in range(40):
                    # Both ask for the same applications too: each must still get one serial.
                    results[name].append(service.allocate(passport_officer, E, f"app-{i % 30}"))
            except BaseException as error:  # noqa: BLE001 - reported by the test below
                errors.append(error)

        threads = [threading.Thread(target=run, args=("a", services.blanks)),
                   threading.Thread(target=run, args=("b", other))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        other_store.close()
    assert errors == []
    by_application: dict[str, set[str]] = {}
    for name in results:
        for i, serial in enumerate(results[name]):
            by_application.setdefault(f"app-{i % 30}", set()).add(serial)
    assert all(len(serials) == 1 for serials in by_application.values())
    assert len({s for serials in by_application.values() for s in serials}) == 30
    with services.context.store.read() as session:
        allocated = session.execute(
            select(PassportBlank.serial).where(PassportBlank.status == "allocated")).all()
    assert len(allocated) == 30
    [line] = services.blanks.stock(operator)
    assert (line.allocated, line.available) == (30, 70)


def test_counts_add_up_after_allocate_spoil_and_issue(services, operator, passport_officer):
    _receive(services, operator, "E2410001", "E2410010")
    _receive(services, operator, "C9180001", "C9180005", kind="biasa_48")
    serial = services.blanks.allocate(passport_officer, E, "app-1")
    services.blanks.allocate(passport_officer, E, "app-2")
    services.blanks.allocate(passport_officer, "biasa_48", "app-3")
    services.blanks.spoil(operator, "E2410010", "Tergores di gudang", witness="Rahmat")
    _produce(services, operator, serial)
    services.blanks.mark_issued(operator, serial, "E2410001", facts=_facts())
    lines = {line.kind: line for line in services.blanks.stock(operator)}
    e, c = lines[E], lines["biasa_48"]
    assert (e.received, e.available, e.allocated, e.spoiled, e.issued) == (10, 7, 1, 1, 1)
    assert (c.received, c.available, c.allocated, c.spoiled, c.issued) == (5, 4, 1, 0, 0)
    _counts_add_up(services, operator)


def test_spoiling_issues_its_berita_acara_and_the_application_gets_the_next_blank(
        services, operator, passport_officer):
    _receive(services, operator, "E2410001", "E2410010")
    serial = services.blanks.allocate(passport_officer, E, "app-1")
    services.blanks.record_production(operator, serial, printed=True, qc_passed=False,
                                      laminated=False)
    document = services.blanks.spoil(operator, serial, "Halaman data tercetak bergaris",
                                     witness="Rahmat Hidayatullah")
    text = pdf_text(document.pdf)
    assert "BERITA ACARA KERUSAKAN BLANGKO PASPOR" in text and document.number in text
    assert f"Nomor seri blangko : {serial}" in text
    assert "Nomor permohonan : app-1" in text
    assert "Halaman data tercetak bergaris" in text
    assert "Saksi: Saksi Rahmat Hidayatullah" in text
    assert "Mengetahui, Kepala Seksi Lalu Lintas Keimigrasian" in text
    assert OPERATOR_NIP[:8] in text
    blank = services.blanks.blank(operator, serial)
    assert (blank.status, blank.spoiled_document_id) == ("spoiled", document.id)
    assert services.blanks.allocate(passport_officer, E, "app-1") == "E2410002"
    with pytest.raises(ValidationError):  # a spoiled blank stays spoiled
        services.blanks.spoil(operator, serial, "Lagi", witness="Rahmat")
    queued = {j.number for j in services.documents.jobs(operator, status="queued")}
    assert document.number in queued


def test_production_steps_are_recorded_and_issue_waits_for_qc(services, operator,
                                                              passport_officer):
    _receive(services, operator)
    serial = services.blanks.allocate(passport_officer, E, "app-1")
    with pytest.raises(ValidationError):  # QC before the print
        services.blanks.record_production(operator, serial, printed=False, qc_passed=True,
                                          laminated=False)
    blank = services.blanks.record_production(operator, serial, printed=True, qc_passed=False,
                                              laminated=True, note="Printer 2")
    assert (blank.printed, blank.laminated, blank.qc_passed) == (True, True, False)
    with pytest.raises(ValidationError) as raised:
        services.blanks.mark_issued(operator, serial, "E2410001", facts=_facts())
    assert "uji kualitas" in raised.value.user_message
    blank = services.blanks.record_production(operator, serial, printed=False, qc_passed=True,
                                              laminated=False)
    assert (blank.printed, blank.qc_passed, blank.production_note) == (True, True, "Printer 2")
    issued = services.blanks.mark_issued(operator, serial, "E2410001", facts=_facts())
    assert (issued.status, issued.passport_number) == ("issued", "E2410001")
    with pytest.raises(ValidationError):  # not an allocated blank any more
        _produce(services, operator, serial)
    unallocated = "E2410005"
    with pytest.raises(ValidationError):
        services.blanks.mark_issued(operator, unallocated, "E2410005", facts=_facts())


def test_the_daily_register_lists_the_passports_issued_that_day(services, operator,
                                                                passport_officer, clock):
    _receive(services, operator)
    first = services.blanks.allocate(passport_officer, E, "app-1")
    second = services.blanks.allocate(passport_officer, E, "app-2")
    _produce(services, operator, first)
    services.blanks.mark_issued(operator, first, "E2410001", facts=_facts())
    clock.advance(days=1)
    _produce(services, operator, second)
    services.blanks.mark_issued(operator, second, "E2410002",
                                facts=_facts("2026112600002", "Ni Luh Putu Ayu Maharani"))
    document = services.blanks.daily_register(operator, TODAY)
    text = pdf_text(document.pdf)
    assert "REGISTER PENERBITAN PASPOR" in text and document.number in text
    assert "Muhammad Rizky Fadhilah Nasution" in text and "E2410001" in text
    assert "Ni Luh Putu" not in text  # issued the next day
    assert "Rp950.000" in text
    queued = {j.number for j in services.documents.jobs(operator, status="queued")}
    assert document.number in queued
    csv_text = services.registers.export_csv(operator, "register_paspor", TODAY,
                                             date(2026, 11, 26))
    assert "Ni Luh Putu Ayu Maharani" in csv_text and "E2410001" in csv_text


def test_every_change_is_audited(services, operator, passport_officer):
    _receive(services, operator)
    serial = services.blanks.allocate(passport_officer, E, "app-1")
    services.blanks.allocate(passport_officer, E, "app-1")  # the same blank: nothing new
    _produce(services, operator, serial)
    services.blanks.mark_issued(operator, serial, "E2410001", facts=_facts())
    services.blanks.spoil(operator, "E2410002", "Basah", witness="Rahmat")
    with services.context.store.read() as session:
        actions = session.execute(
            select(AuditEvent.action, AuditEvent.entity_id)
            .where(AuditEvent.action.like("blank%"))).all()
    assert sorted(actions) == sorted([
        ("blank_batch.received", actions[0].entity_id), ("blank.allocated", serial),
        ("blank.production", serial), ("blank.issued", serial),
        ("blank.spoiled", "E2410002")])


def test_each_step_is_refused_without_its_role(services, operator, passport_officer,
                                               make_actor):
    counter = make_actor(Role.COUNTER_OFFICER, username="konter1")
    with pytest.raises(PermissionDenied):
        _receive(services, passport_officer)
    _receive(services, operator)
    with pytest.raises(PermissionDenied):
        services.blanks.allocate(operator, E, "app-1")
    serial = services.blanks.allocate(passport_officer, E, "app-1")
    with pytest.raises(PermissionDenied):
        services.blanks.record_production(passport_officer, serial, printed=True,
                                          qc_passed=False, laminated=False)
    with pytest.raises(PermissionDenied):
        services.blanks.spoil(passport_officer, serial, "Rusak", witness="Rahmat")
    with pytest.raises(PermissionDenied):
        services.blanks.daily_register(passport_officer, TODAY)
    for call in (lambda: services.blanks.stock(counter),
                 lambda: services.blanks.blank(counter, serial),
                 lambda: services.blanks.allocate(counter, E, "app-2")):
        with pytest.raises(PermissionDenied):
            call()
    assert services.blanks.stock(passport_officer)[0].allocated == 1


def test_services_carry_the_blank_inventory(services):
    assert isinstance(services, Services) and isinstance(services.blanks, BlankService)
