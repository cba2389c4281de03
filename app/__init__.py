"""Gapura core: domain rules, store, services, sync. Imports no Qt."""

__version__ = "0.1.0"
