"""A screen's action forms: asked in a FormDialog that offers again what a refused try held, run
in the background, and what happened said on the screen's status line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.auth.permissions import Actor
from app.domain.sop import Step
from app.errors import GapuraError
from app.services import Services
from app.services.cases import CLOSED, WAITING, CaseInfo
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.case_views import approval_text, party_text
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


def complete_case_step(forms: ActionForms, services: Services, actor: Actor, *, case_id: str,
                       number: str, step: Step, step_title: str) -> None:
    """Ask what a case step needs (the decision's answer, a note) and complete it: the one way
    the case screens (Perkara, Izin Tinggal) move a case on."""
    fields = []
    if step.decision is not None:
        fields.append(FormField("answer", step.decision.question, "choice",
                                options=step.decision.answers))
    fields.append(FormField("note", QCoreApplication.translate("ActionForms", "Catatan"),
                            "text"))
    intro = QCoreApplication.translate("ActionForms", "{number}: langkah “{step}”.").format(
        number=number, step=step.title)
    if not step.internal:
        intro += " " + QCoreApplication.translate(
            "ActionForms", "Langkah ini dilakukan oleh {party}; Anda mencatat bahwa langkah "
                           "itu sudah terjadi.").format(party=party_text(step.role))
    values = forms.ask("complete",
                       QCoreApplication.translate("ActionForms", "Selesaikan langkah"), fields,
                       QCoreApplication.translate("ActionForms", "&Selesaikan"), intro=intro)
    if values is None:
        return
    answer = values.get("answer") if step.decision is not None else None
    forms.run("complete", values, lambda: services.cases.complete(
        actor, case_id, answer=answer, note=values["note"]),
        lambda moved: _moved_text(step_title, moved))


def _moved_text(done: str, after: CaseInfo) -> str:
    if after.status == CLOSED:
        return QCoreApplication.translate("ActionForms", "{number} selesai ({outcome}).").format(
            number=after.number, outcome=after.outcome.partition(":")[2])
    if after.status == WAITING:
        return QCoreApplication.translate("ActionForms", "{number} menunggu {approval}.").format(
            number=after.number, approval=approval_text(after.approval))
    return QCoreApplication.translate(
        "ActionForms", "{number}: “{done}” selesai; berikutnya “{step}”.").format(
        number=after.number, done=done, step=after.step_title)
