"""The section and office heads' Laporan screen."""
