"""An officer's work list, as the case service gives it and the status bar's badge shows it.

Kept apart from app.services.cases so that the main window (loaded with the sign-in window) does
not load case work before anyone signs in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.cases import CaseInfo


class WorkReason:
    """Why a case is on an officer's work list."""

    APPROVE = "approve"  # waits for an approval the officer gives (or gives for a head)
    ASSIGNED = "assigned"  # its step is assigned to the officer
    ROLE = "role"  # its step is for one of the officer's roles, assigned to no one
    RETURNED = "returned"  # sent back for correction, to the officer's role or to them


@dataclass(frozen=True)
class WorkItem:
    case: CaseInfo
    reason: str  # a WorkReason
    new: bool  # arrived at this step after the officer last looked


@dataclass(frozen=True)
class WorkSummary:
    total: int
    new: int
    overdue: int
