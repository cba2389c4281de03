"""The passport office's queue rules: classes of applicant, ticket numbers, who may come without
an online booking, and the order in which the desks call (seed 002 B1 and C1, seed 004 step 1)."""

from __future__ import annotations

from datetime import datetime

# Seed 004 step 1: "Nomor antrian disesuaikan dengan klasifikasi: 1. Pemohon umum;
# 2. Pemohon berkebutuhan khusus (disabilitas, lansia dan ibu hamil serta balita)".
UMUM = "umum"
PRIORITY = ("disabilitas", "lansia", "ibu_hamil", "balita")
CATEGORIES = (UMUM, *PRIORITY)
GENERAL_PREFIX, PRIORITY_PREFIX = "A", "P"

# M-Paspor services. Seed 002 C1: replacing a lost or damaged passport needs no booking.
SERVICES = ("paspor_baru", "penggantian", "penggantian_hilang", "penggantian_rusak")
NO_BOOKING_SERVICES = frozenset({"penggantian_hilang", "penggantian_rusak"})

WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED = (
    "waiting", "called", "serving", "done", "no_show", "cancelled")
AT_DESK = (CALLED, SERVING)  # a desk is busy with the ticket
STATUSES = (WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED)


def is_priority(category: str) -> bool:
    return category in PRIORITY


def prefix(category: str) -> str:
    """The ticket number's letter: one sequence for general applicants, one for priority."""
    return PRIORITY_PREFIX if is_priority(category) else GENERAL_PREFIX


def ticket_number(category: str, sequence: int) -> str:
    return f"{prefix(category)}-{sequence:03d}"


def walk_in_allowed(category: str, service: str) -> bool:
    """Seed 002 B1: without an online booking the application is refused, except for the
    priority classes (REFERENCE.md: applicants aged 60+ and children under 5 are served
    without one) and, per C1, the replacement of a lost or damaged passport."""
    return is_priority(category) or service in NO_BOOKING_SERVICES


def call_order(category: str, issued_at: datetime, sequence: int) -> tuple[int, datetime, int]:
    """Sort key of waiting tickets: priority classes first, then the earliest issued."""
    return (0 if is_priority(category) else 1, issued_at, sequence)


def valid_nik(nik: str) -> bool:
    """A NIK (Nomor Induk Kependudukan) is 16 digits."""
    return len(nik) == 16 and nik.isdigit()
