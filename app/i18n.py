"""Marks user-facing strings in the Qt-free core so that lupdate extracts them.

The core never translates: it keeps the Indonesian source text, and the UI translates it at the
edge with `QCoreApplication.translate(CONTEXT, text)`. `pyside6-lupdate` recognises calls named
`QT_TRANSLATE_NOOP` in any Python file, so strings marked here land in the `.ts` files too.
"""

from __future__ import annotations

CONTEXT = "gapura"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Return `text` unchanged; the call is a marker for lupdate."""
    del context
    return text
