"""The screens of the main window, declared once: name, title, permission, order, shortcut.

The navigation is built from this registry filtered by what the officer's roles permit.
A module registers its screen with `register`; modules not built yet use the placeholder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.auth.permissions import Actor, Permission
from app.services import Services

CONTEXT = "screens"
ScreenFactory = Callable[[Services, Actor], QWidget]


@dataclass(frozen=True)
class ScreenSpec:
    name: str
    title: str  # Indonesian source text, translated with `display_title`
    permission: Permission
    sort_order: int
    factory: ScreenFactory

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


_SCREENS: dict[str, ScreenSpec] = {}


def register(spec: ScreenSpec) -> None:
    _SCREENS[spec.name] = spec


def screens_for(actor: Actor) -> list[ScreenSpec]:
    """The screens `actor` may open, in navigation order."""
    return sorted((s for s in _SCREENS.values() if actor.can(s.permission)),
                  key=lambda s: s.sort_order)


def all_screens() -> list[ScreenSpec]:
    return sorted(_SCREENS.values(), key=lambda s: s.sort_order)


def _counter_screen(services: Services, actor: Actor) -> QWidget:
    from ui.counter.screen import CounterScreen

    return CounterScreen(services, actor)


def _supervisor_screen(services: Services, actor: Actor) -> QWidget:
    from ui.counter.supervisor import SupervisorScreen

    return SupervisorScreen(services, actor)


def _print_queue_screen(services: Services, actor: Actor) -> QWidget:
    from ui.printqueue.screen import PrintQueueScreen

    return PrintQueueScreen(services, actor)


def _permits_screen(services: Services, actor: Actor) -> QWidget:
    from ui.permits.screen import PermitsScreen

    return PermitsScreen(services, actor)


def _passports_screen(services: Services, actor: Actor) -> QWidget:
    from ui.passports.screen import PassportsScreen

    return PassportsScreen(services, actor)


def _detention_screen(services: Services, actor: Actor) -> QWidget:
    from ui.detention.screen import DetentionScreen

    return DetentionScreen(services, actor)


def _queue_screen(services: Services, actor: Actor) -> QWidget:
    from ui.queue.screen import QueueScreen

    return QueueScreen(services, actor)


def _cases_screen(services: Services, actor: Actor) -> QWidget:
    from ui.cases.screen import CasesScreen

    return CasesScreen(services, actor)


def _approvals_screen(services: Services, actor: Actor) -> QWidget:
    from ui.approvals.screen import ApprovalsScreen

    return ApprovalsScreen(services, actor)


def _reports_screen(services: Services, actor: Actor) -> QWidget:
    from ui.reports.screen import ReportsScreen

    return ReportsScreen(services, actor)


def _complaints_screen(services: Services, actor: Actor) -> QWidget:
    from ui.complaints.screen import ComplaintsScreen

    return ComplaintsScreen(services, actor)


def _admin_screen(services: Services, actor: Actor) -> QWidget:
    from ui.admin.screen import AdminScreen

    return AdminScreen(services, actor)


for _spec in (
    ScreenSpec("counter", QT_TRANSLATE_NOOP("screens", "Pemeriksaan"),
               Permission.COUNTER_CHECK, 10, _counter_screen),
    ScreenSpec("supervisor", QT_TRANSLATE_NOOP("screens", "Rujukan"),
               Permission.COUNTER_SUPERVISE, 15, _supervisor_screen),
    ScreenSpec("permits", QT_TRANSLATE_NOOP("screens", "Izin Tinggal"),
               Permission.PERMITS_PROCESS, 20, _permits_screen),
    ScreenSpec("queue", QT_TRANSLATE_NOOP("screens", "Antrian"),
               Permission.QUEUE_CHECKIN, 25, _queue_screen),
    ScreenSpec("passports", QT_TRANSLATE_NOOP("screens", "Paspor"),
               Permission.PASSPORTS_VIEW, 30, _passports_screen),
    ScreenSpec("detention", QT_TRANSLATE_NOOP("screens", "Detensi"),
               Permission.DETENTION_MANAGE, 40, _detention_screen),
    ScreenSpec("cases", QT_TRANSLATE_NOOP("screens", "Perkara"),
               Permission.CASES_WORK, 65, _cases_screen),
    ScreenSpec("approvals", QT_TRANSLATE_NOOP("screens", "Persetujuan"),
               Permission.APPROVALS_DECIDE, 50, _approvals_screen),
    ScreenSpec("printqueue", QT_TRANSLATE_NOOP("screens", "Antrian Cetak"),
               Permission.PRINT_OPERATE, 60, _print_queue_screen),
    ScreenSpec("complaints", QT_TRANSLATE_NOOP("screens", "Pengaduan"),
               Permission.COMPLAINTS_HANDLE, 70, _complaints_screen),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("screens", "Laporan"),
               Permission.REPORTS_VIEW, 80, _reports_screen),
    ScreenSpec("admin", QT_TRANSLATE_NOOP("screens", "Admin"),
               Permission.ADMIN_ACCESS, 90, _admin_screen),
):
    register(_spec)
