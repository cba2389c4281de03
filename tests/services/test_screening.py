"""The watch-list service: all-or-nothing CSV import, list age, screening from the store."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.auth.permissions import Role
from app.domain.screening import Traveller
from app.errors import PermissionDenied, ValidationError
from app.services.screening import WatchListImportError
from app.store.counter_models import WatchListEntry
from app.store.models import AuditEvent

HEADER = "list,full_name,birth_date,nationality,document_number,reference,valid_until\n"
GOOD = HEADER + (
    "pencegahan,AGUS WIJAYA,1971-07-17,IDN,B7654321,KEP-PCG-017/2026,2027-03-01\n"
    "penangkalan,MUHAMMAD AL RASYID,1975,SAU,,KEP-TNG-009/2025,\n"
    "interpol,JOHN PETER SMITH,1969-11-30,GBR,533401234,A-1234/11-2025,\n")


def _entries(services) -> int:
    with services.context.store.read() as session:
        return session.execute(select(func.count()).select_from(WatchListEntry)).scalar()


def _write(tmp_path, text, name="daftar.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_stores_every_row_and_audits_the_import(services, admin, tmp_path):
    result = services.screening.import_csv(admin, _write(tmp_path, GOOD))
    assert result.entries == 3 and _entries(services) == 3
    with services.context.store.read() as session:
        event = session.execute(select(AuditEvent).where(
            AuditEvent.action == "watchlist.imported")).scalar_one()
        assert '"entries": 3' in event.summary


def test_a_file_with_one_bad_row_imports_nothing_and_names_the_lines(services, admin,
                                                                     tmp_path):
    bad = GOOD + "cekal,SESEORANG,1980-13-40,IDN,,X,\n" + "interpol,,1970,GBR,,Y,\n"
    with pytest.raises(WatchListImportError) as raised:
        services.screening.import_csv(admin, _write(tmp_path, bad))
    lines = sorted({e.line for e in raised.value.errors})
    assert lines == [5, 6]
    assert "baris 5" in raised.value.user_message
    assert _entries(services) == 0


def test_a_missing_column_is_refused(services, admin, tmp_path):
    with pytest.raises(WatchListImportError) as raised:
        services.screening.import_csv(admin, _write(tmp_path, "list,full_name\nx,y\n"))
    assert "birth_date" in raised.value.errors[0].message


def test_an_unreadable_file_gets_a_clear_error(services, admin, tmp_path):
    with pytest.raises(ValidationError) as raised:
        services.screening.import_csv(admin, tmp_path / "tidak-ada.csv")
    assert "tidak dapat dibaca" in raised.value.user_message


def test_importing_the_same_file_again_replaces_instead_of_doubling(services, admin,
                                                                    tmp_path):
    services.screening.import_csv(admin, _write(tmp_path, GOOD))
    services.screening.import_csv(admin, _write(tmp_path, GOOD))
    assert _entries(services) == 3


def test_only_the_admin_may_import(services, make_actor, tmp_path):
    officer = make_actor(Role.COUNTER_OFFICER)
    with pytest.raises(PermissionDenied):
        services.screening.import_csv(officer, _write(tmp_path, GOOD))
    assert _entries(services) == 0


def test_screening_uses_the_index_updated_by_a_later_import(services, admin, make_actor,
                                                            tmp_path):
    officer = make_actor(Role.COUNTER_OFFICER)
    traveller = Traveller(surname="WIJAYA", given_names="AGUS", birth_date=date(1971, 7, 17),
                          nationality="IDN")
    assert services.screening.screen(officer, traveller) == []  # index built, empty
    services.screening.import_csv(admin, _write(tmp_path, GOOD))
    hits = services.screening.screen(officer, traveller)
    assert hits[0].reference == "KEP-PCG-017/2026" and hits[0].alert


def test_an_expired_entry_does_not_hit(services, admin, make_actor, tmp_path, clock):
    officer = make_actor(Role.COUNTER_OFFICER)
    services.screening.import_csv(admin, _write(tmp_path, HEADER + (
        "pencegahan,AGUS WIJAYA,1971-07-17,IDN,,KEP-1/2025,2026-01-01\n")))
    assert services.screening.screen(officer, Traveller(
        full_name="AGUS WIJAYA", birth_date="1971-07-17", nationality="IDN")) == []


def test_status_reports_counts_and_warns_when_the_lists_are_old(services, admin, tmp_path,
                                                                clock):
    status = services.screening.status(admin)
    assert status.updated_at is None and status.stale(clock())
    services.screening.import_csv(admin, _write(tmp_path, GOOD))
    status = services.screening.status(admin)
    assert status.counts == {"pencegahan": 1, "penangkalan": 1, "interpol": 1}
    assert not status.stale(clock())
    clock.advance(hours=25)
    assert services.screening.status(admin).stale(clock())
