"""Argon2id password hashing and the password policy."""

from __future__ import annotations

import re
import secrets
import string

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
_hasher = PasswordHasher()  # argon2-cffi's default type is Argon2id


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def check_policy(password: str, username: str) -> None:
    """Raise ValidationError when `password` is too weak for an officer account."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Kata sandi minimal {length} karakter."),
            detail="password too short", length=MIN_LENGTH,
        )
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Kata sandi harus berisi huruf dan angka."),
            detail="password lacks letters or digits",
        )
    if username and username.lower() in password.lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Kata sandi tidak boleh memuat nama pengguna."),
            detail="password contains the username",
        )


def temporary_password() -> str:
    """A random one-time password for a new or reset account (letters and digits)."""
    alphabet = string.ascii_letters + string.digits
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(12))
        if re.search(r"[A-Za-z]", candidate) and re.search(r"\d", candidate):
            return candidate
