"""The `live_server` fixture (tests/live_server.py): a real server on 127.0.0.1."""

from tests.live_server import live_server  # noqa: F401
