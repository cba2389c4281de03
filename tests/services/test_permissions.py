"""Services refuse callers without the permission, whatever the UI shows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.auth.permissions import ROLE_PERMISSIONS, Actor, Permission, Role, require
from app.errors import PermissionDenied
from app.services.audit import AuditFilter
from app.store.models import AuditEvent, User


def test_every_role_has_permissions_and_admin_alone_manages_users():
    assert set(ROLE_PERMISSIONS) == set(Role)
    holders = {r for r, perms in ROLE_PERMISSIONS.items() if Permission.USERS_MANAGE in perms}
    assert holders == {Role.ADMIN}


def test_counter_officer_calling_user_service_directly_is_refused(services, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER)
    with services.context.store.read() as session:
        users_before = session.execute(select(func.count(User.id))).scalar()
        events_before = session.execute(select(func.count(AuditEvent.seq))).scalar()
    with pytest.raises(PermissionDenied) as err:
        services.users.create_user(officer, "penyusup", "Penyusup", [Role.ADMIN])
    assert "tidak berwenang" in err.value.user_message
    assert "users.manage" in err.value.user_message
    with pytest.raises(PermissionDenied):
        services.users.list_users(officer)
    with pytest.raises(PermissionDenied):
        services.audit.list_events(officer, AuditFilter())
    with services.context.store.read() as session:
        assert session.execute(select(func.count(User.id))).scalar() == users_before
        assert session.execute(select(func.count(AuditEvent.seq))).scalar() == events_before


def test_counter_officer_cannot_escalate_own_roles(services, make_actor):
    officer = make_actor(Role.COUNTER_OFFICER)
    with pytest.raises(PermissionDenied):
        services.users.set_roles(officer, officer.user_id, [Role.ADMIN])


def test_several_roles_combine(make_actor):
    actor = make_actor(Role.COUNTER_OFFICER, Role.SECTION_HEAD)
    require(actor, Permission.COUNTER_CHECK)
    require(actor, Permission.APPROVALS_DECIDE)
    with pytest.raises(PermissionDenied):
        require(actor, Permission.USERS_MANAGE)


def test_actor_without_roles_can_do_nothing():
    nobody = Actor(None, "x", "x", frozenset(), "T", "W")
    assert all(not nobody.can(p) for p in Permission)


def test_admin_cannot_disable_own_account(services, admin):
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        services.users.set_disabled(admin, admin.user_id, True)
