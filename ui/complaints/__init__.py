"""Pengaduan: complaints and Lada Tunggu reports."""
