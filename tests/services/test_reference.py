"""Reference values set by the admin: checked for their unit, dated, audited, and used at once
(numbering patterns above all: a bad pattern must never reach the next document)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import PermissionDenied, ValidationError
from app.services.documents import issue
from app.store.models import AuditEvent
from printing import samples
from tests.counter_support import TODAY

PATTERN = "W30.IMI.1-{prefix}.{seq:04d}/{year}"


def _nota(services, actor) -> str:
    with services.context.change(actor, None) as uow:
        return issue(uow, "nota_dinas", samples.sample_data("nota_dinas"), subject_type="test",
                     subject_id="t").number


def test_a_numbering_pattern_set_today_numbers_the_next_document(services, admin):
    services.reference.set_value(admin, "numbering.pattern", PATTERN, TODAY,
                                 "Tata naskah dinas kantor 2026")
    assert _nota(services, admin) == "W30.IMI.1-ND.0001/2026"
    info = services.reference.get("numbering.pattern", TODAY)
    assert (info.value, info.needs_confirmation) == (PATTERN, False)


def test_a_pattern_for_one_document_type_and_one_from_a_later_day(services, admin):
    services.reference.set_value(admin, "numbering.pattern.nota_dinas", "ND-{seq}/{year}", TODAY,
                                 "Tata naskah dinas")
    services.reference.set_value(admin, "numbering.pattern", PATTERN, TODAY + timedelta(days=1),
                                 "Tata naskah dinas 2027")
    assert _nota(services, admin) == "ND-1/2026"
    assert services.reference.get("numbering.pattern", TODAY).value != PATTERN


@pytest.mark.parametrize(("key", "value", "words"), [
    ("numbering.pattern", "{prefix}/{office}/{year}", "{seq}"),
    ("numbering.pattern", "{prefix}/{seq}", "{year}"),
    ("numbering.pattern", "{prefix}/{kanwil}/{seq}/{year}", "tidak sah"),
    ("numbering.pattern", "{prefix/{seq}/{year}", "tidak sah"),
    ("numbering.pattern.bukan_templat", "{seq}/{year}", "tidak dikenal"),
    ("overstay.daily_charge", "Rp1.000.000", "bilangan bulat"),
    ("tidak.ada", "1", "tidak dikenal"),
])
def test_a_bad_value_is_refused_naming_the_key_and_nothing_changes(services, admin, key, value,
                                                                   words):
    with pytest.raises(ValidationError) as raised:
        services.reference.set_value(admin, key, value, TODAY, "Uji")
    assert words in raised.value.user_message
    assert key in raised.value.user_message
    assert _nota(services, admin).startswith("ND/TEST/2026/")


def test_a_value_needs_its_legal_basis(services, admin):
    with pytest.raises(ValidationError) as raised:
        services.reference.set_value(admin, "overstay.daily_charge", "1500000", TODAY, " ")
    assert "dasar hukum" in raised.value.user_message


def test_only_the_admin_sets_reference_values_and_each_change_is_audited(services, admin,
                                                                         make_actor):
    operator = make_actor(Role.PRINT_OPERATOR, username="cetak1")
    with pytest.raises(PermissionDenied):
        services.reference.set_value(operator, "numbering.pattern", PATTERN, TODAY, "x")
    services.reference.set_value(admin, "overstay.daily_charge", "1500000", TODAY, "PP baru")
    assert services.reference.integer("overstay.daily_charge", TODAY) == 1_500_000
    assert services.reference.integer("overstay.daily_charge", TODAY - timedelta(days=1)) \
        == 1_000_000
    with services.context.store.read() as session:
        event = session.execute(select(AuditEvent).where(
            AuditEvent.action == "reference.value_set")).scalar_one()
    assert event.username == "admin" and "1500000" in event.summary
