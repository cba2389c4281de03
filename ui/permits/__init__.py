"""Izin Tinggal: the stay-permit counter's screen (issue 8)."""
