"""Outbox push and reference-data pull (issue: Central backend and sync)."""
