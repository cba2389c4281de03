"""Error types that carry an Indonesian message for the officer and English detail for the log."""

from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP


class GapuraError(Exception):
    """An error the officer should see.

    Args:
        message: Indonesian text for the officer, marked with QT_TRANSLATE_NOOP("gapura", ...);
            may hold `{name}` fields filled from `params`.
        detail: English detail for the log.
        params: values for the fields in `message`.
    """

    default_message = QT_TRANSLATE_NOOP("gapura", "Terjadi kesalahan.")

    def __init__(self, message: str | None = None, detail: str = "", **params: Any) -> None:
        self.message_template = message or self.default_message
        self.detail = detail
        self.params = params
        super().__init__(detail or self.user_message)

    @property
    def user_message(self) -> str:
        """The Indonesian message with its fields filled in."""
        return self.message_template.format(**self.params)


class ConfigError(GapuraError):
    """The configuration file is missing a value, malformed or holds an invalid value."""


class StoreError(GapuraError):
    """The local database cannot be used (newer schema, locked, corrupt)."""


class InstanceLockedError(GapuraError):
    """Another Gapura instance already uses this workspace."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura",
        "Gapura sudah berjalan untuk data ini. Gunakan jendela yang sudah terbuka, "
        "atau tutup aplikasi itu terlebih dahulu.",
    )


class AuthError(GapuraError):
    """Sign-in or password change refused."""


class PermissionDenied(GapuraError):
    """The acting user lacks the permission for a service call."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura",
        "Anda tidak berwenang melakukan tindakan ini ({permission}). "
        "Minta Admin TIK menambahkan peran yang sesuai bila tugas Anda memerlukannya.",
    )


class ValidationError(GapuraError):
    """Input from the officer is incomplete or malformed."""

    @classmethod
    def missing(cls, field: str) -> ValidationError:
        """A required field left empty, named as the form names it."""
        return cls(QT_TRANSLATE_NOOP("gapura", "Isian {field} wajib diisi."),
                   detail=f"missing {field}", field=field)


class NotFoundError(GapuraError):
    """A record the caller named does not exist."""


class DeviceError(GapuraError):
    """A peripheral failed; subclasses say how."""
