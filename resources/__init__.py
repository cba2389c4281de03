"""Packaged resources: translations, fonts, images."""
