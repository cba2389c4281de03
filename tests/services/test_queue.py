"""The passport office's queue: bookings checked in once and on their day, walk-ins only for the
priority classes and lost or damaged passports, numbers per day and class, priority called
first, the desks' calls and the waiting-room board, permissions and audit."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.queue import BookingForm
from app.store.models import AuditEvent, OutboxRecord
from app.store.queue_models import Booking, QueueTicket

TODAY = date(2026, 11, 25)  # the test clock: 10:00 WIB
NIK_SITI = "3174015501700001"
NIK_BUDI = "3174011203900002"
NIK_OMA = "3174014407550003"


@pytest.fixture
def desk(make_actor):
    return make_actor(Role.PASSPORT_OFFICER, username="paspor1")


@pytest.fixture
def front(make_actor):
    """Customer service at the registration desk."""
    return make_actor(Role.CUSTOMER_SERVICE, username="cs1")


def _book(services, actor, code: str, nik: str = NIK_BUDI, day: date = TODAY,
          name: str = "Budi Santoso") -> None:
    services.queue.add_booking(actor, BookingForm(code, day, name, nik, "paspor_baru",
                                                  "08:00-09:00"))


def test_later_lansia_is_called_before_earlier_umum(services, clock, front, desk):
    _book(services, front, "MP-1001")
    umum = services.queue.check_in(front, "mp-1001")
    clock.advance(minutes=20)
    lansia = services.queue.walk_in(front, "Oma Lestari", NIK_OMA, "lansia")
    assert (umum.number, lansia.number) == ("A-001", "P-001")

    first = services.queue.call_next(desk, "Loket 1")
    services.queue.start_serving(desk, first.id)
    services.queue.finish(desk, first.id)
    second = services.queue.call_next(desk, "Loket 1")

    assert (first.id, second.id) == (lansia.id, umum.id)


def test_booking_of_another_day_is_refused_naming_code_and_date(services, front):
    _book(services, front, "MP-2001", day=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError) as refused:
        services.queue.check_in(front, "MP-2001")
    assert "MP-2001" in refused.value.user_message
    assert "26 November 2026" in refused.value.user_message
    assert services.queue.tickets(front) == []


def test_booking_used_twice_is_refused_naming_its_ticket(services, front):
    _book(services, front, "MP-3001")
    ticket = services.queue.check_in(front, "MP-3001")
    with pytest.raises(ValidationError) as refused:
        services.queue.check_in(front, " mp-3001 ")
    assert "MP-3001" in refused.value.user_message
    assert ticket.number in refused.value.user_message
    assert [t.id for t in services.queue.tickets(front)] == [ticket.id]


def test_unknown_booking_code_is_refused(services, front):
    with pytest.raises(NotFoundError) as refused:
        services.queue.check_in(front, "MP-9999")
    assert "MP-9999" in refused.value.user_message


def test_check_in_with_another_persons_ktp_is_refused(services, front):
    _book(services, front, "MP-3101")
    with pytest.raises(ValidationError):
        services.queue.check_in(front, "MP-3101", nik=NIK_SITI)
    assert services.queue.check_in(front, "MP-3101", nik=NIK_BUDI).number == "A-001"


def test_walk_in_without_booking_is_refused_unless_priority_or_lost_passport(services, front):
    with pytest.raises(ValidationError) as refused:
        services.queue.walk_in(front, "Budi Santoso", NIK_BUDI, "umum")
    assert "M-Paspor" in refused.value.user_message
    assert services.queue.tickets(front) == []

    lost = services.queue.walk_in(front, "Budi Santoso", NIK_BUDI, "umum",
                                  "penggantian_hilang")
    pregnant = services.queue.walk_in(front, "Siti Aminah", NIK_SITI, "ibu_hamil")
    assert (lost.number, lost.service) == ("A-001", "penggantian_hilang")
    assert (pregnant.number, pregnant.priority) == ("P-001", True)


def test_walk_in_checks_nik_and_category(services, front):
    with pytest.raises(ValidationError):
        services.queue.walk_in(front, "Siti Aminah", "12345", "lansia")
    with pytest.raises(ValidationError):
        services.queue.walk_in(front, "Siti Aminah", NIK_SITI, "vip")


def test_numbers_run_per_class_and_start_again_each_day(services, clock, front):
    numbers = [services.queue.walk_in(front, f"Pemohon {i}", NIK_SITI, category,
                                      "penggantian_rusak").number
               for i, category in enumerate(("umum", "balita", "umum", "disabilitas"))]
    assert numbers == ["A-001", "P-001", "A-002", "P-002"]

    clock.advance(days=1)
    assert services.queue.walk_in(front, "Pemohon", NIK_SITI, "umum",
                                  "penggantian_rusak").number == "A-001"
    assert [t.number for t in services.queue.tickets(front)] == ["A-001"]
    assert len(services.queue.tickets(front, day=TODAY)) == 4


def test_front_desk_may_not_call_and_counter_officer_may_not_check_in(services, make_actor,
                                                                    front):
    services.queue.walk_in(front, "Oma Lestari", NIK_OMA, "lansia")
    with pytest.raises(PermissionDenied):
        services.queue.call_next(front, "Loket 1")
    counter = make_actor(Role.COUNTER_OFFICER, username="konter1")
    with pytest.raises(PermissionDenied):
        services.queue.walk_in(counter, "Oma Lestari", NIK_OMA, "lansia")
    with pytest.raises(PermissionDenied):
        services.queue.board(counter)


def test_call_is_audited_and_shared_in_its_transaction(services, front, desk):
    ticket = services.queue.walk_in(front, "Oma Lestari", NIK_OMA, "lansia")
    services.queue.call_next(desk, "Loket 2")
    with services.context.store.read() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "queue.called")).one()
        shared = session.scalars(select(OutboxRecord).where(
            OutboxRecord.entity_type == "queue_ticket",
            OutboxRecord.entity_id == ticket.id).order_by(OutboxRecord.created_at)).all()
    assert (event.entity_id, event.username) == (ticket.id, "paspor1")
    assert json.loads(event.summary)["after"] == {"number": "P-001", "desk": "Loket 2"}
    last = json.loads(shared[-1].payload)["row"]
    assert (last["status"], last["desk"], len(shared)) == ("called", "Loket 2", 2)


def test_desk_busy_until_its_ticket_ends_and_empty_queue_says_so(services, front, desk):
    first = services.queue.walk_in(front, "Oma Lestari", NIK_OMA, "lansia")
    services.queue.walk_in(front, "Siti Aminah", NIK_SITI, "ibu_hamil")
    services.queue.call_next(desk, "Loket 1")
    with pytest.raises(ValidationError) as busy:
        services.queue.call_next(desk, "Loket 1")
    assert first.number in busy.value.user_message
    again = services.queue.recall(desk, first.id)
    assert (again.status, again.call_count) == ("called", 2)
    assert services.queue.no_show(desk, first.id).status == "no_show"
    with pytest.raises(ValidationError):
        services.queue.start_serving(desk, first.id)  # not called any more
    services.queue.call_next(desk, "Loket 1")
    services.queue.no_show(desk, services.queue.tickets(front, status="called")[0].id)
    with pytest.raises(ValidationError) as empty:
        services.queue.call_next(desk, "Loket 1")
    assert "Tidak ada antrian" in empty.value.user_message


def test_board_shows_calls_newest_first_and_waiting_counts(services, clock, front, desk,
                                                          make_actor):
    other = make_actor(Role.PASSPORT_OFFICER, username="paspor2")
    for name, category in (("A", "lansia"), ("B", "balita"), ("C", "umum"), ("D", "umum")):
        services.queue.walk_in(front, name, NIK_SITI, category, "penggantian_rusak")
    services.queue.call_next(desk, "Loket 1")
    clock.advance(minutes=1)
    services.queue.call_next(other, "Loket 2")

    board = services.queue.board(front)
    assert [(c.number, c.desk) for c in board.called] == [("P-002", "Loket 2"),
                                                         ("P-001", "Loket 1")]
    assert (board.waiting_priority, board.waiting_general) == (0, 2)


def test_import_loads_every_row_or_none_and_names_bad_rows(services, front):
    good = ("kode;tanggal;nama;nik;layanan;jam\n"
            f"MP-5001;25-11-2026;Budi Santoso;{NIK_BUDI};paspor_baru;08:00-09:00\n"
            f"MP-5002;2026-11-25;Siti Aminah;{NIK_SITI};penggantian;09:00-10:00\n")
    bad = good + "MP-5003;31-11-2026;Tanpa Nama;123;paspor_baru;10:00-11:00\n"
    with pytest.raises(ValidationError) as refused:
        services.queue.import_bookings(front, bad)
    assert "baris 4" in refused.value.user_message
    assert "NIK 123" in refused.value.user_message
    with services.context.store.read() as session:
        assert session.scalars(select(Booking)).all() == []

    assert services.queue.import_bookings(front, good) == 2
    assert services.queue.import_bookings(front, good) == 0  # loaded already: left as is
    assert [b.code for b in services.queue.bookings(front)] == ["MP-5001", "MP-5002"]
    assert services.queue.check_in(front, "MP-5002").applicant_name == "Siti Aminah"
    with services.context.store.read() as session:
        assert session.scalars(select(QueueTicket.booking_code)).all() == ["MP-5002"]
