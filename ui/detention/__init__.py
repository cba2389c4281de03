"""Detensi: the Ruang Detensi register screen (issue 10)."""
