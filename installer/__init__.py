"""Installer builds (issue: Installer)."""
