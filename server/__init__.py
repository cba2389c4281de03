"""Reference central backend (issue: Central backend and sync)."""
