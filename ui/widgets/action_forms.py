"""A screen's action forms: asked in a FormDialog that offers again what a refused try held, run
in the background, and what happened said on the screen's status line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from app.errors import GapuraError
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.form_dialog import FormDialog, FormField
from ui.widgets.messages import StatusLine


class ActionForms:
    """The drafts of one screen's refused actions, by action name."""

    def __init__(self, parent: QWidget, message: StatusLine,
                 after: Callable[[], None]) -> None:
        self._parent = parent
        self._message = message
        self._after = after  # what the screen reloads after a successful action
        self.drafts: dict[str, dict[str, Any]] = {}

    def ask(self, name: str, title: str, fields: list[FormField], accept: str,
            intro: str = "") -> dict[str, Any] | None:
        """The values of a form, prefilled with what a refused try of the same action held."""
        dialog = FormDialog(title, fields, accept, self._parent, intro=intro)
        dialog.setObjectName(f"{name}Dialog")
        draft = self.drafts.get(name)
        if draft:
            dialog.fill(**draft)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        return values if accepted else None

    def run(self, name: str, values: dict[str, Any], work: Callable[[], Any],
            done: Callable[[Any], str]) -> None:
        """Run `work` off the GUI thread; say `done(result)` and reload, or say the refusal
        and keep `values` as the draft of the next try."""

        def succeeded(result: Any) -> None:
            self.drafts.pop(name, None)
            self._message.say(done(result))
            self._after()

        def failed(error: GapuraError) -> None:
            self.drafts[name] = values  # the next try starts from what was typed
            self._message.say(error_text(error), error=True)

        run_in_background(self._parent, work, succeeded, failed)
