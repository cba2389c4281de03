"""Delegation: the Kakanim names a pejabat yang ditunjuk for a date range; the delegate's
approvals within it record on whose behalf, outside it they are refused; four eyes still holds."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.cases import OPEN, WAITING
from app.store.models import AuditEvent
from tests.conftest import PASSWORD
from tests.services.test_cases import _to_approval

TODAY = date(2026, 11, 25)  # the test clock: Wednesday 10:00 WIB


@pytest.fixture
def people(make_actor):
    return {
        "loket": make_actor(Role.PERMIT_OFFICER, username="loket1"),
        "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
        "kasi2": make_actor(Role.SECTION_HEAD, username="kasi2"),
        "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1"),
    }


def _to_pengesahan(services, people, preparer=None):
    cases = services.cases
    case = _to_approval(services, people["loket"])
    [case] = cases.approve(people["kasi"], [case.id], PASSWORD, answer="tidak")
    for _step in ("pembayaran", "biometrik", "register_dan_tera"):
        case = cases.complete(preparer or people["loket"], case.id)
    assert case.status == WAITING and case.approval == "pengesahan office_head"
    return case


def test_the_delegate_approves_within_the_range_on_behalf_of_the_head(services, people):
    cases = services.cases
    given = cases.delegate(people["kakanim"], "kasi2", Role.OFFICE_HEAD, TODAY, TODAY)
    assert (given.from_username, given.to_username, given.role) == (
        "kakanim1", "kasi2", "office_head")
    assert cases.delegations(people["kasi2"]) == [given]
    case = _to_pengesahan(services, people)
    assert [c.id for c in cases.inbox(people["kasi2"])] == [case.id]
    [done] = cases.approve(people["kasi2"], [case.id], PASSWORD)
    assert done.status == OPEN and done.step_id == "pindai_arsip"
    [event] = [e for e in cases.history(people["kasi2"], case.id)
               if e.action == "approved" and e.step_id == "pengesahan"]
    assert (event.username, event.on_behalf_of) == ("kasi2", "kakanim1")
    with services.context.store.read() as session:
        assert session.scalar(select(AuditEvent.id).where(
            AuditEvent.action == "case.delegated")) is not None


def test_outside_the_range_the_delegate_is_refused(services, people, clock):
    cases = services.cases
    cases.delegate(people["kakanim"], "kasi2", Role.OFFICE_HEAD, date(2026, 11, 26),
                   date(2026, 11, 27))
    case = _to_pengesahan(services, people)
    assert cases.inbox(people["kasi2"]) == []  # not yet
    with pytest.raises(PermissionDenied):
        cases.approve(people["kasi2"], [case.id], PASSWORD)
    clock.advance(days=3)  # 28 November: the range is over
    assert cases.inbox(people["kasi2"]) == []
    with pytest.raises(PermissionDenied):
        cases.approve(people["kasi2"], [case.id], PASSWORD)
    assert cases.get(people["kakanim"], case.id).status == WAITING


def test_four_eyes_still_applies_to_the_delegate(services, people, make_actor):
    cases = services.cases
    both = make_actor(Role.PERMIT_OFFICER, Role.SECTION_HEAD, username="rangkap")
    cases.delegate(people["kakanim"], "rangkap", Role.OFFICE_HEAD, TODAY, TODAY)
    other = _to_pengesahan(services, people)
    own = _to_pengesahan(services, people, preparer=both)  # rangkap did the steps before
    assert [c.id for c in cases.inbox(both)] == [other.id]
    with pytest.raises(PermissionDenied) as refused:
        cases.approve(both, [own.id], PASSWORD)
    assert "empat mata" in refused.value.user_message
    [done] = cases.approve(people["kakanim"], [own.id], PASSWORD)
    assert done.status == OPEN


def test_only_a_holder_of_the_role_may_delegate_it(services, people):
    cases = services.cases
    with pytest.raises(PermissionDenied):
        cases.delegate(people["kasi"], "kasi2", Role.OFFICE_HEAD, TODAY, TODAY)
    with pytest.raises(ValidationError):
        cases.delegate(people["kakanim"], "loket1", Role.OFFICE_HEAD, TODAY, TODAY)
    with pytest.raises(ValidationError):
        cases.delegate(people["kakanim"], "kasi2", Role.OFFICE_HEAD, TODAY,
                       date(2026, 11, 24))
    assert cases.delegations(people["kakanim"]) == []


def test_a_revoked_delegation_no_longer_lets_the_delegate_approve(services, people):
    cases = services.cases
    given = cases.delegate(people["kakanim"], "kasi2", Role.OFFICE_HEAD, TODAY, TODAY)
    case = _to_pengesahan(services, people)
    with pytest.raises(NotFoundError):  # only the head who gave it may revoke it
        cases.revoke_delegation(people["kasi2"], given.id)
    revoked = cases.revoke_delegation(people["kakanim"], given.id)
    assert revoked.revoked_at is not None
    assert cases.inbox(people["kasi2"]) == []
    with pytest.raises(PermissionDenied):
        cases.approve(people["kasi2"], [case.id], PASSWORD)
    assert cases.get(people["kakanim"], case.id).status == WAITING
    with services.context.store.read() as session:
        assert session.scalar(select(AuditEvent.action).where(
            AuditEvent.entity_id == given.id).order_by(AuditEvent.seq.desc()).limit(1)) == \
            "case.delegation_revoked"
