"""Sign-in, lockout, password change, idle unlock and sign-out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import passwords
from app.auth.permissions import Actor, parse_roles
from app.errors import AuthError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import ServiceContext, UnitOfWork
from app.store.models import User

WRONG_CREDENTIALS = QT_TRANSLATE_NOOP(
    "gapura", "Nama pengguna atau kata sandi salah. Sisa percobaan: {remaining}."
)


@dataclass(frozen=True)
class SignIn:
    actor: Actor
    must_change_password: bool


class AuthService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def _max_attempts(self) -> int:
        return self._ctx.config["session.max_failed_attempts"]

    @property
    def _lockout(self) -> timedelta:
        return timedelta(minutes=self._ctx.config["session.lockout_minutes"])

    def _actor_for(self, user: User) -> Actor:
        return Actor(user_id=user.id, username=user.username, full_name=user.full_name,
                     roles=parse_roles(user.role_codes), office_code=user.office_code,
                     workstation_id=self._ctx.config.workstation_id)

    def _anonymous(self, username: str) -> Actor:
        return Actor(user_id=None, username=username[:64], full_name="", roles=frozenset(),
                     office_code=self._ctx.config.office_code,
                     workstation_id=self._ctx.config.workstation_id)

    def sign_in(self, username: str, password: str) -> SignIn:
        """Check the password; count failures and lock the account after too many.

        Raises:
            AuthError: unknown user, wrong password, locked or disabled account.
        """
        username = username.strip().lower()
        now = self._ctx.clock()
        with self._ctx.change(self._anonymous(username), None) as uow:
            user = _by_username(uow.session, username)
            if user is None:
                uow.audit("auth.sign_in_failed", "user", username, after={"reason": "unknown"})
                failure = AuthError(WRONG_CREDENTIALS, detail=f"unknown user {username!r}",
                                    remaining=self._max_attempts)
            else:
                failure = self._check(uow, user, password, now)
                if failure is None:
                    actor = self._actor_for(user)
                    uow.actor = actor
                    user.failed_attempts = 0
                    user.locked_until = None
                    user.last_sign_in_at = now
                    if passwords.needs_rehash(user.password_hash):
                        user.password_hash = passwords.hash_password(password)
                    uow.audit("auth.sign_in", "user", user.id,
                              after={"roles": sorted(actor.roles)})
                    return SignIn(actor, user.must_change_password)
        # Raised after commit so the failure count and its audit event are kept.
        raise failure

    def _check(self, uow: UnitOfWork, user: User, password: str,
               now: datetime) -> AuthError | None:
        """None when `password` opens `user` now; otherwise the error (failure recorded)."""
        if user.disabled:
            uow.audit("auth.sign_in_failed", "user", user.id, after={"reason": "disabled"})
            return AuthError(
                QT_TRANSLATE_NOOP("gapura", "Akun {username} dinonaktifkan. Hubungi Admin TIK."),
                detail=f"disabled account {user.username}", username=user.username)
        if user.locked_until is not None and user.locked_until > now:
            uow.audit("auth.sign_in_failed", "user", user.id, after={"reason": "locked"})
            return _locked_error(user, self._ctx)
        if passwords.verify_password(user.password_hash, password):
            return None
        before = {"failed_attempts": user.failed_attempts}
        if user.locked_until is not None:  # an expired lock starts a fresh count
            user.failed_attempts = 0
            user.locked_until = None
        user.failed_attempts += 1
        if user.failed_attempts >= self._max_attempts:
            user.locked_until = now + self._lockout
            uow.audit("auth.account_locked", "user", user.id, before=before,
                      after={"failed_attempts": user.failed_attempts,
                             "locked_until": user.locked_until})
            return _locked_error(user, self._ctx)
        uow.audit("auth.sign_in_failed", "user", user.id, before=before,
                  after={"failed_attempts": user.failed_attempts, "reason": "password"})
        return AuthError(WRONG_CREDENTIALS, detail=f"wrong password for {user.username}",
                         remaining=self._max_attempts - user.failed_attempts)

    def confirm(self, actor: Actor, password: str) -> None:
        """Re-enter the password to sign something (an approval): the same checks as
        sign-in, failures counted and locking the account alike; a success is not a sign-in.

        Raises:
            AuthError: wrong password, locked or disabled account.
        """
        with self._ctx.change(actor, None) as uow:
            user = _by_username(uow.session, actor.username)
            if user is None or user.id != actor.user_id:
                failure: AuthError | None = AuthError(
                    WRONG_CREDENTIALS, detail=f"confirm: no account {actor.username!r}",
                    remaining=self._max_attempts)
            else:
                failure = self._check(uow, user, password, self._ctx.clock())
                if failure is None:
                    user.failed_attempts = 0
                    return
        raise failure

    def unlock(self, actor: Actor, password: str) -> None:
        """Re-enter the password after an idle lock; failures count as for sign-in."""
        result = self.sign_in(actor.username, password)
        if result.actor.user_id != actor.user_id:
            raise AuthError(detail="unlock resolved to another user")

    def change_password(self, actor: Actor, current: str, new: str) -> None:
        """Change the actor's own password (also ends a forced change).

        Raises:
            AuthError: `current` is wrong. ValidationError: `new` breaks the policy.
        """
        passwords.check_policy(new, actor.username)
        if new == current:
            raise AuthError(
                QT_TRANSLATE_NOOP("gapura", "Kata sandi baru harus berbeda dari yang lama."),
                detail="new password equals the current one")
        with self._ctx.change(actor, None) as uow:
            user = uow.session.get(User, actor.user_id)
            if user is None or not passwords.verify_password(user.password_hash, current):
                raise AuthError(
                    QT_TRANSLATE_NOOP("gapura", "Kata sandi lama salah."),
                    detail=f"wrong current password for {actor.username}")
            user.password_hash = passwords.hash_password(new)
            user.must_change_password = False
            user.updated_at = self._ctx.clock()
            uow.audit("auth.password_changed", "user", user.id)

    def has_accounts(self) -> bool:
        """Whether any account exists (asked before sign-in, so it reveals nothing more)."""
        with self._ctx.store.read() as session:
            return session.execute(select(User.id).limit(1)).first() is not None

    def sign_out(self, actor: Actor) -> None:
        with self._ctx.change(actor, None) as uow:
            uow.audit("auth.sign_out", "user", actor.user_id or actor.username)


def _by_username(session: Session, username: str) -> User | None:
    return session.execute(select(User).where(User.username == username)).scalar_one_or_none()


def _locked_error(user: User, context: ServiceContext) -> AuthError:
    assert user.locked_until is not None
    until = user.locked_until.astimezone(context.config.timezone).strftime("%H:%M")
    return AuthError(
        QT_TRANSLATE_NOOP(
            "gapura",
            "Akun {username} dikunci karena terlalu banyak percobaan gagal. "
            "Coba lagi setelah pukul {until}, atau minta Admin TIK mengatur ulang kata sandi.",
        ),
        detail=f"account {user.username} locked until {user.locked_until.isoformat()}",
        username=user.username, until=until,
    )
