"""Paspor: the passport counter's screen (issue 9)."""
