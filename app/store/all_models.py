"""Every model module, imported, so that `Base.metadata` holds every table (Alembic and the
test comparing migrations with models need the whole schema).

The application itself imports each model module where it uses it: the start-up path loads only
the tables signing in needs (decision 0019).
"""

from __future__ import annotations

from app.store import (  # noqa: F401
    blank_models,
    case_models,
    chip_models,
    complaint_models,
    counter_models,
    detention_models,
    document_models,
    messaging_models,
    passport_models,
    permit_models,
    queue_models,
    sync_models,
)
from app.store.models import Base

__all__ = ["Base"]
