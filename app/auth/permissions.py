"""Roles, permissions and the one check every service uses.

Which role may do what is declared here as data; services call `require(actor, permission)` and
never test role names themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied
from app.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    COUNTER_OFFICER = "counter_officer"
    SUPERVISOR = "supervisor"
    PERMIT_OFFICER = "permit_officer"
    PASSPORT_OFFICER = "passport_officer"
    PRINT_OPERATOR = "print_operator"
    INTEL_OFFICER = "intel_officer"
    SECTION_HEAD = "section_head"
    OFFICE_HEAD = "office_head"
    CUSTOMER_SERVICE = "customer_service"
    ADMIN = "admin"


ROLE_TITLES: Mapping[Role, str] = {
    Role.COUNTER_OFFICER: QT_TRANSLATE_NOOP("gapura", "Petugas Konter"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("gapura", "Supervisor"),
    Role.PERMIT_OFFICER: QT_TRANSLATE_NOOP("gapura", "Petugas Loket Izin Tinggal"),
    Role.PASSPORT_OFFICER: QT_TRANSLATE_NOOP("gapura", "Petugas Paspor"),
    Role.PRINT_OPERATOR: QT_TRANSLATE_NOOP("gapura", "Operator Cetak"),
    Role.INTEL_OFFICER: QT_TRANSLATE_NOOP("gapura", "Petugas Inteldakim"),
    Role.SECTION_HEAD: QT_TRANSLATE_NOOP("gapura", "Kepala Seksi"),
    Role.OFFICE_HEAD: QT_TRANSLATE_NOOP("gapura", "Kepala Kantor"),
    Role.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("gapura", "Petugas Pengaduan"),
    Role.ADMIN: QT_TRANSLATE_NOOP("gapura", "Admin TIK"),
}


class Permission(StrEnum):
    COUNTER_CHECK = "counter.check"
    COUNTER_SUPERVISE = "counter.supervise"
    PERMITS_PROCESS = "permits.process"
    PASSPORTS_PROCESS = "passports.process"
    # Read the passport applications: the passport officers, and those with a step in them
    # (the Kasi's duplicate finding and BAPEN, the Inteldakim's BAP of a lost passport).
    PASSPORTS_VIEW = "passports.view"
    DETENTION_MANAGE = "detention.manage"
    APPROVALS_DECIDE = "approvals.decide"
    PRINT_OPERATE = "print.operate"
    COMPLAINTS_HANDLE = "complaints.handle"
    REPORTS_VIEW = "reports.view"
    ADMIN_ACCESS = "admin.access"
    USERS_MANAGE = "users.manage"
    AUDIT_VIEW = "audit.view"
    DEVICES_MANAGE = "devices.manage"
    DOCUMENTS_PRINT = "documents.print"
    WATCHLIST_MANAGE = "watchlist.manage"
    WATCHLIST_SCREEN = "watchlist.screen"
    DOCUMENTS_ENDORSE = "documents.endorse"
    REFERENCE_MANAGE = "reference.manage"
    SYNC_RUN = "sync.run"
    CASES_WORK = "cases.work"  # open cases and do their steps; each step also checks its role
    # The passport office's front desk (seed 002 B1): load the day's bookings, check applicants
    # in, issue walk-in tickets, watch the queue. Calling and serving is PASSPORTS_PROCESS.
    QUEUE_CHECKIN = "queue.checkin"


ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.COUNTER_OFFICER: frozenset({
        Permission.COUNTER_CHECK, Permission.DOCUMENTS_PRINT, Permission.WATCHLIST_SCREEN,
    }),
    Role.SUPERVISOR: frozenset({
        Permission.COUNTER_CHECK, Permission.COUNTER_SUPERVISE, Permission.DOCUMENTS_PRINT,
        Permission.WATCHLIST_SCREEN, Permission.CASES_WORK,
    }),
    # The permit and passport counters issue their receipts, stickers and cards.
    Role.PERMIT_OFFICER: frozenset({Permission.PERMITS_PROCESS, Permission.WATCHLIST_SCREEN,
                                    Permission.CASES_WORK, Permission.DOCUMENTS_PRINT}),
    Role.PASSPORT_OFFICER: frozenset({Permission.PASSPORTS_PROCESS, Permission.PASSPORTS_VIEW,
                                      Permission.WATCHLIST_SCREEN,
                                      Permission.CASES_WORK, Permission.DOCUMENTS_PRINT,
                                      Permission.QUEUE_CHECKIN}),
    # The print operator's SOP steps (printing, QC and lamination of passports) are case steps.
    Role.PRINT_OPERATOR: frozenset({Permission.PRINT_OPERATE, Permission.DOCUMENTS_PRINT,
                                    Permission.CASES_WORK}),
    Role.INTEL_OFFICER: frozenset({
        Permission.DETENTION_MANAGE, Permission.COMPLAINTS_HANDLE, Permission.WATCHLIST_SCREEN,
        Permission.CASES_WORK, Permission.PASSPORTS_VIEW,
    }),
    Role.SECTION_HEAD: frozenset({
        Permission.APPROVALS_DECIDE, Permission.REPORTS_VIEW, Permission.COMPLAINTS_HANDLE,
        Permission.DETENTION_MANAGE, Permission.AUDIT_VIEW, Permission.CASES_WORK,
        Permission.PASSPORTS_VIEW,
    }),
    Role.OFFICE_HEAD: frozenset({
        Permission.APPROVALS_DECIDE, Permission.REPORTS_VIEW, Permission.DETENTION_MANAGE,
        Permission.AUDIT_VIEW, Permission.DOCUMENTS_ENDORSE, Permission.CASES_WORK,
        Permission.PASSPORTS_VIEW,
    }),
    # Customer service also runs the passport office's registration desk (the queue's check-in).
    Role.CUSTOMER_SERVICE: frozenset({Permission.COMPLAINTS_HANDLE, Permission.CASES_WORK,
                                      Permission.QUEUE_CHECKIN}),
    # The admin maintains the lists and may screen to check an import.
    Role.ADMIN: frozenset({
        Permission.ADMIN_ACCESS, Permission.USERS_MANAGE, Permission.AUDIT_VIEW,
        Permission.DEVICES_MANAGE, Permission.WATCHLIST_MANAGE, Permission.WATCHLIST_SCREEN,
        Permission.REFERENCE_MANAGE, Permission.SYNC_RUN,
    }),
}


def parse_roles(codes: Iterable[str]) -> frozenset[Role]:
    """Roles from their codes; unknown codes are refused, not ignored."""
    try:
        return frozenset(Role(code) for code in codes)
    except ValueError as exc:
        raise ValueError(f"unknown role in {sorted(codes)!r}") from exc


@dataclass(frozen=True)
class Actor:
    """Who is calling a service: the signed-in user at one workstation."""

    user_id: str | None
    username: str
    full_name: str
    roles: frozenset[Role]
    office_code: str
    workstation_id: str

    def permissions(self) -> frozenset[Permission]:
        granted: set[Permission] = set()
        for role in self.roles:
            granted |= ROLE_PERMISSIONS[role]
        return frozenset(granted)

    def can(self, permission: Permission) -> bool:
        return any(permission in ROLE_PERMISSIONS[role] for role in self.roles)

    def roles_granting(self, permission: Permission | None) -> list[Role]:
        """The roles under which the actor acts for `permission` (all roles when None)."""
        if permission is None:
            return sorted(self.roles)
        return sorted(r for r in self.roles if permission in ROLE_PERMISSIONS[r])


def require(actor: Actor, permission: Permission) -> None:
    """Raise PermissionDenied unless one of the actor's roles grants `permission`."""
    if not actor.can(permission):
        raise PermissionDenied(
            detail=f"{actor.username} ({', '.join(sorted(actor.roles)) or 'no role'}) "
                   f"lacks {permission}",
            permission=str(permission),
        )


def require_any_role(actor: Actor) -> None:
    """Raise PermissionDenied unless the actor holds at least one role: what every signed-in
    officer may see (e.g. whether the devices are ready) needs no particular permission."""
    if not actor.roles:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("gapura", "Akun Anda belum memiliki peran. Minta Admin TIK "
                                        "memberikan peran, lalu masuk kembali."),
            detail=f"{actor.username} has no role",
        )
