"""Sign-in, lockout, forced password change."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import AuthError, ValidationError
from app.services.base import system_actor
from app.store.models import AuditEvent
from tests.conftest import PASSWORD


def _create(services, username="petugas1", roles=(Role.COUNTER_OFFICER,)):
    return services.users.create_user(system_actor(services.context.config), username,
                                      "Petugas Satu", roles, password=PASSWORD)


def test_sign_in_with_right_password_returns_actor_with_roles(services):
    _create(services, roles=(Role.COUNTER_OFFICER, Role.SUPERVISOR))
    result = services.auth.sign_in("Petugas1 ", PASSWORD)
    assert result.actor.username == "petugas1"
    assert result.actor.roles == {Role.COUNTER_OFFICER, Role.SUPERVISOR}
    assert result.actor.workstation_id == "WS-TEST-01"


def test_wrong_password_is_refused_and_counted(services):
    _create(services)
    with pytest.raises(AuthError) as err:
        services.auth.sign_in("petugas1", "salah-sekali1")
    assert "Sisa percobaan: 4" in err.value.user_message
    with services.context.store.read() as session:
        actions = session.execute(select(AuditEvent.action)).scalars().all()
    assert "auth.sign_in_failed" in actions


def test_unknown_user_gets_same_message_as_wrong_password(services):
    with pytest.raises(AuthError) as err:
        services.auth.sign_in("siapa", PASSWORD)
    assert err.value.user_message.startswith("Nama pengguna atau kata sandi salah")


def test_five_failures_lock_account_even_for_right_password(services, clock):
    _create(services)
    for _ in range(4):
        with pytest.raises(AuthError):
            services.auth.sign_in("petugas1", "salah-sekali1")
    with pytest.raises(AuthError) as err:
        services.auth.sign_in("petugas1", "salah-sekali1")
    assert "dikunci" in err.value.user_message
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(AuthError) as err:
        services.auth.sign_in("petugas1", PASSWORD)
    assert "dikunci" in err.value.user_message


def test_lock_lifts_after_lockout_period(services, clock):
    _create(services)
    for _ in range(5):
        with pytest.raises(AuthError):
            services.auth.sign_in("petugas1", "salah-sekali1")
    clock.advance(minutes=15, seconds=1)
    assert services.auth.sign_in("petugas1", PASSWORD).actor.username == "petugas1"


def test_new_account_must_change_password_then_not_again(services):
    _create(services)
    first = services.auth.sign_in("petugas1", PASSWORD)
    assert first.must_change_password
    services.auth.change_password(first.actor, PASSWORD, "BaruSekali99")
    second = services.auth.sign_in("petugas1", "BaruSekali99")
    assert not second.must_change_password
    with pytest.raises(AuthError):
        services.auth.sign_in("petugas1", PASSWORD)


def test_change_password_refuses_weak_or_wrong_current(services):
    _create(services)
    actor = services.auth.sign_in("petugas1", PASSWORD).actor
    with pytest.raises(ValidationError):
        services.auth.change_password(actor, PASSWORD, "pendek1")
    with pytest.raises(AuthError):
        services.auth.change_password(actor, "BukanIni123", "BaruSekali99")


def test_disabled_account_cannot_sign_in(services, admin):
    created = _create(services)
    services.users.set_disabled(admin, created.user.id, True)
    with pytest.raises(AuthError) as err:
        services.auth.sign_in("petugas1", PASSWORD)
    assert "dinonaktifkan" in err.value.user_message
