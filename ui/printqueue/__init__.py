"""The print operator's screen."""
