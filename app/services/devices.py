"""Placeholder until devices/ lands (being written now)."""

from __future__ import annotations

from app.services.base import ServiceContext


class DeviceService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
