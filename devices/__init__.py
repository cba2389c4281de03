"""Peripherals: interfaces, real drivers and simulators."""
