"""Benchmarks of hot paths; run with python -m benchmarks.<name>."""
