"""Antrian: the passport office's queue screen and waiting-room display (issue 9 point 1)."""
