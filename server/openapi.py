"""Write the server's OpenAPI document to server/openapi.json: `python -m server.openapi`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from server.app import create_app

PATH = Path(__file__).with_name("openapi.json")


def document() -> str:
    """The OpenAPI document of `create_app()` as committed: sorted keys, indent 2."""
    return json.dumps(create_app().openapi(), sort_keys=True, indent=2,
                      ensure_ascii=False) + "\n"


def main() -> int:
    PATH.write_text(document(), encoding="utf-8")
    sys.stdout.write(f"wrote {PATH}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
