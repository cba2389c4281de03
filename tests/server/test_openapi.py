"""The committed OpenAPI document matches the code."""

from __future__ import annotations

import json

from server import openapi


def test_committed_openapi_document_matches_the_code():
    committed = openapi.PATH.read_text(encoding="utf-8")
    assert committed == openapi.document(), (
        "server/openapi.json is out of date: run `.venv/bin/python -m server.openapi` "
        "and commit the result")


def test_openapi_lists_the_v1_endpoints():
    paths = json.loads(openapi.PATH.read_text(encoding="utf-8"))["paths"]
    assert sorted(paths) == ["/v1/documents/verify", "/v1/enrol", "/v1/health",
                             "/v1/officer-token", "/v1/pull", "/v1/push",
                             "/v1/queues/{queue}", "/v1/token"]
