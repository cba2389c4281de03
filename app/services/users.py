"""Managing local accounts: create, list, roles, disable, password reset."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.auth import passwords
from app.auth.permissions import Actor, Permission, Role
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.store.models import Office, User, UserRole

USERNAME = re.compile(r"[a-z][a-z0-9._-]{2,63}")


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    nip: str
    office_code: str
    roles: tuple[Role, ...]
    disabled: bool
    must_change_password: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None

    @classmethod
    def of(cls, user: User) -> UserInfo:
        return cls(user.id, user.username, user.full_name, user.nip, user.office_code,
                   tuple(sorted(Role(r) for r in user.role_codes)), user.disabled,
                   user.must_change_password, user.locked_until, user.last_sign_in_at)


@dataclass(frozen=True)
class NewPassword:
    """A user and the one-time password to hand over (shown once, never stored in clear)."""

    user: UserInfo
    password: str


def _roles(roles: Iterable[Role | str]) -> list[Role]:
    try:
        chosen = sorted({Role(r) for r in roles})
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Peran tidak dikenal. Pilih dari daftar peran: {roles}."),
            detail=str(exc), roles=", ".join(r.value for r in Role)) from exc
    if not chosen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Pilih paling sedikit satu peran."),
            detail="no role given")
    return chosen


def _snapshot(user: User) -> dict[str, object]:
    return {"username": user.username, "full_name": user.full_name, "nip": user.nip,
            "roles": sorted(user.role_codes), "disabled": user.disabled}


class UserService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list_users(self, actor: Actor) -> list[UserInfo]:
        with self._ctx.query(actor, Permission.USERS_MANAGE) as session:
            users = session.execute(select(User).order_by(User.username)).scalars()
            return [UserInfo.of(u) for u in users]

    def create_user(self, actor: Actor, username: str, full_name: str,
                    roles: Iterable[Role | str], *, nip: str = "",
                    password: str | None = None, office_code: str | None = None) -> NewPassword:
        """Create an account that must change its password at first sign-in."""
        username = username.strip().lower()
        full_name = full_name.strip()
        if not USERNAME.fullmatch(username):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "gapura",
                    "Nama pengguna harus 3-64 karakter: huruf kecil, angka, '.', '_' atau '-', "
                    "diawali huruf."),
                detail=f"bad username {username!r}")
        if not full_name:
            raise ValidationError(QT_TRANSLATE_NOOP("gapura", "Nama lengkap wajib diisi."),
                                  detail="empty full name")
        chosen = _roles(roles)
        password = password or passwords.temporary_password()
        passwords.check_policy(password, username)
        office_code = office_code or self._ctx.config.office_code
        with self._ctx.change(actor, Permission.USERS_MANAGE) as uow:
            if uow.session.execute(select(User.id).where(User.username == username)).first():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Nama pengguna {username} sudah dipakai."),
                    detail=f"duplicate username {username}", username=username)
            if uow.session.get(Office, office_code) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Kantor {office} tidak dikenal. Periksa kode "
                                      "kantor di konfigurasi (office.code)."),
                    detail=f"unknown office {office_code}", office=office_code)
            now = self._ctx.clock()
            user = User(username=username, full_name=full_name, nip=nip.strip(),
                        office_code=office_code, password_hash=passwords.hash_password(password),
                        must_change_password=True, disabled=False, failed_attempts=0,
                        created_at=now, updated_at=now,
                        roles=[UserRole(role=r.value) for r in chosen])
            uow.session.add(user)
            uow.session.flush()
            self._record(uow, "user.created", user, None)
            return NewPassword(UserInfo.of(user), password)

    def set_roles(self, actor: Actor, user_id: str, roles: Iterable[Role | str]) -> UserInfo:
        chosen = _roles(roles)
        with self._ctx.change(actor, Permission.USERS_MANAGE) as uow:
            user = self._get(uow, user_id)
            before = _snapshot(user)
            user.roles = [UserRole(role=r.value) for r in chosen]
            user.updated_at = self._ctx.clock()
            uow.session.flush()
            self._record(uow, "user.roles_changed", user, before)
            return UserInfo.of(user)

    def set_disabled(self, actor: Actor, user_id: str, disabled: bool) -> UserInfo:
        with self._ctx.change(actor, Permission.USERS_MANAGE) as uow:
            user = self._get(uow, user_id)
            if disabled and user.id == actor.user_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("gapura", "Anda tidak dapat menonaktifkan akun sendiri."),
                    detail="self-disable refused")
            before = _snapshot(user)
            user.disabled = disabled
            user.updated_at = self._ctx.clock()
            self._record(uow, "user.disabled" if disabled else "user.enabled", user, before)
            return UserInfo.of(user)

    def reset_password(self, actor: Actor, user_id: str,
                       password: str | None = None) -> NewPassword:
        """Set a one-time password, lift any lockout and force a change at next sign-in."""
        with self._ctx.change(actor, Permission.USERS_MANAGE) as uow:
            user = self._get(uow, user_id)
            password = password or passwords.temporary_password()
            passwords.check_policy(password, user.username)
            user.password_hash = passwords.hash_password(password)
            user.must_change_password = True
            user.failed_attempts = 0
            user.locked_until = None
            user.updated_at = self._ctx.clock()
            self._record(uow, "user.password_reset", user, None)
            return NewPassword(UserInfo.of(user), password)

    def find(self, actor: Actor, username: str) -> UserInfo:
        with self._ctx.query(actor, Permission.USERS_MANAGE) as session:
            user = session.execute(
                select(User).where(User.username == username.strip().lower())
            ).scalar_one_or_none()
            if user is None:
                raise _not_found(username)
            return UserInfo.of(user)

    @staticmethod
    def _get(uow: UnitOfWork, user_id: str) -> User:
        user = uow.session.get(User, user_id)
        if user is None:
            raise _not_found(user_id)
        return user

    @staticmethod
    def _record(uow: UnitOfWork, action: str, user: User,
                before: dict[str, object] | None) -> None:
        after = _snapshot(user)
        uow.audit(action, "user", user.id, before=before, after=after)
        uow.outbox("user", user.id, action.split(".", 1)[1], after)


def _not_found(who: str) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("gapura", "Pengguna {who} tidak ditemukan. Periksa "
                                           "ejaan nama pengguna (daftar: gapura user list)."),
                         detail=f"no user {who!r}", who=who)
