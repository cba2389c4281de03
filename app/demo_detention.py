"""The demo's Ruang Detensi: its rooms, one per category, so `inteldakim` can place a detainee.

Made through the service, as an officer would (audited and shared like any room).
"""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from app.services import Services
from app.store.detention_models import DetentionRoom

log = logging.getLogger(__name__)

ROOMS = (("A1", "Ruang A1 (laki-laki)", "pria", 8), ("A2", "Ruang A2 (laki-laki)", "pria", 8),
         ("B1", "Ruang B1 (perempuan)", "wanita", 4), ("K1", "Ruang K1 (keluarga)", "keluarga", 6),
         ("C1", "Ruang C1 (anak)", "anak", 2))


def seed_rooms(services: Services) -> None:
    """Make the demo rooms once (an interrupted seed completes on the next run)."""
    from app.demo_permits import _actor

    with services.context.store.read() as session:
        if session.scalar(select(func.count()).select_from(DetentionRoom)):
            return
        officer = _actor(session, services, "inteldakim")
    for code, name, category, capacity in ROOMS:
        services.detention.add_room(officer, code, name, category, capacity)
    log.info("demo detention rooms seeded")
