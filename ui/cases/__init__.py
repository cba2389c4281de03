"""Perkara: the case workers' screen (issue 7)."""
