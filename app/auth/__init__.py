"""Accounts, passwords, roles and permissions."""
