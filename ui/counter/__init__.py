"""Pemeriksaan (the border counter) and the supervisor's referral queue."""
