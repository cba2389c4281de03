"""Paspor: the passport counter from the application to the handover (issue 9).

Penerimaan: the Perdim 11 data typed and the papers checked (ticked, by the reason's list);
Ctrl+Enter receives it (a refusal, such as a NIK that does not carry the birth date, is said and
the form kept). Loket: today's or all applications with their state; the selected one's case
step, billing, duplicate hits, blank and compensation, and the actions of SOP B1/C1 (interview,
biometrics, billing, payment, blank, issue, handover, complete the step). Those with a step but
not the counter see the list and their own actions only: the Kasi's finding on a possible
duplicate identity and BAPEN, the Inteldakim's BAP of a lost or damaged passport.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor, Permission, Role
from app.domain.passports import REQUIRED_DOCUMENTS
from app.domain.sop import Step
from app.services import Services
from app.services.blanks import BlankSuggestion
from app.services.cases import OPEN, CaseInfo, EventInfo
from app.services.passports import (
    ALLOCATED,
    BILLED,
    CANCELLED,
    EXPIRED,
    HANDED_OVER,
    HANDOVER_MODES,
    HELD,
    ISSUED,
    PAID,
    PICKUP_SLOTS,
    REASONS,
    RECEIVED,
    REFUSED,
    WALK_IN_REASONS,
    EarlierPassport,
    PassportInfo,
    PassportIntake,
)
from ui.i18n import core_text
from ui.ops import run_in_background
from ui.widgets.action_forms import ActionForms, complete_case_step
from ui.widgets.application_screen import ApplicationScreen, form_page, split_page, tabbed
from ui.widgets.case_views import CaseHistory
from ui.widgets.fields import detail_label, named_combo, named_line
from ui.widgets.form_dialog import FormField
from ui.widgets.messages import StatusLine
from ui.widgets.money import paid_moment, rupiah
from ui.widgets.shortcuts import button_grid
from ui.widgets.table import RecordTable

TODAY, ALL = "today", "all"
CLOSED_STATES = (REFUSED, EXPIRED, CANCELLED, HANDED_OVER)
PASSPORT_TYPES = ("elektronik_5", "elektronik_10", "biasa_5", "biasa_10")
SERVICES = ("reguler", "percepatan")


class PassportsScreen(ApplicationScreen):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._applications: dict[str, PassportInfo] = {}
        self._detail: PassportInfo | None = None
        self._case: CaseInfo | None = None
        self._select_after: str | None = None
        self._searches = 0
        self._processes = actor.can(Permission.PASSPORTS_PROCESS)
        self._types = {"elektronik_5": self.tr("Elektronik 5 tahun"),
                       "elektronik_10": self.tr("Elektronik 10 tahun"),
                       "biasa_5": self.tr("Non-elektronik 5 tahun"),
                       "biasa_10": self.tr("Non-elektronik 10 tahun")}
        self._reasons = {"baru": self.tr("Baru"),
                         "penggantian_habis": self.tr("Penggantian habis berlaku"),
                         "penggantian_hilang": self.tr("Penggantian hilang"),
                         "penggantian_rusak": self.tr("Penggantian rusak")}
        self._services_titles = {"reguler": self.tr("Reguler"),
                                 "percepatan": self.tr("Percepatan")}
        self._modes = {"langsung": self.tr("Langsung di loket"), "pos": self.tr("PT Pos"),
                       "drive_thru": self.tr("Drive-thru")}
        self._states = {
            RECEIVED: self.tr("Diterima"), HELD: self.tr("Ditahan: identitas ganda"),
            BILLED: self.tr("Billing terbit"), PAID: self.tr("Dibayar"),
            ALLOCATED: self.tr("Blangko dialokasikan"), EXPIRED: self.tr("Kedaluwarsa"),
            CANCELLED: self.tr("Dibatalkan"), REFUSED: self.tr("Ditolak"),
            ISSUED: self.tr("Terbit, siap diserahkan"), HANDED_OVER: self.tr("Diserahkan")}
        self.buttons: dict[str, QPushButton] = {}
        self.message = StatusLine()
        self._forms = ActionForms(self, self.message, self.search)
        self.intake_page = self._intake_page()
        self.counter_page = self._counter_page()
        intake = [(self.intake_page, self.tr("&Penerimaan"))] if self._processes else []
        self.tabs = tabbed(self, self.message,  # reading only: the list and one's own step
                           [*intake, (self.counter_page, self.tr("&Loket"))],
                           refresh=self.search, enter=self._ctrl_enter)
        self._update_buttons()

    # -- layout -------------------------------------------------------------------------------

    def _intake_page(self) -> QWidget:
        self.reason = named_combo("reason", [(r, self._reasons[r]) for r in REASONS])
        self.passport_type = named_combo("passportType",
                                         [(t, self._types[t]) for t in PASSPORT_TYPES])
        self.service = named_combo("service", [(code, self._services_titles[code])
                                               for code in SERVICES])
        self.full_name = named_line("fullName")
        self.nik = named_line("nik")
        self.nik.setMaxLength(16)
        self.birth_place = named_line("birthPlace")
        self.birth_date = QDateEdit()
        self.birth_date.setObjectName("birthDate")
        self.birth_date.setDisplayFormat("dd-MM-yyyy")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDate(QDate(1990, 1, 1))
        self.sex = named_combo("sex", [("F", self.tr("Perempuan")), ("M", self.tr("Laki-laki"))])
        self.address = named_line("address")
        self.phone = named_line("phone")
        self.old_passport = named_line("oldPassport")
        self.queue_ticket = named_line("queueTicket")
        self.loss_report = named_line("lossReport")
        self.loss_report.setPlaceholderText(self.tr("Nomor dan tanggal surat keterangan hilang"))
        self.papers = QWidget()
        self.papers.setObjectName("papers")
        self._papers_layout = QVBoxLayout(self.papers)
        self._papers_layout.setContentsMargins(0, 0, 0, 0)
        self.paper_boxes: dict[str, QCheckBox] = {}
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self._reason_changed()
        form = QFormLayout()
        for label, widget in (
                (self.tr("Alasan permohonan"), self.reason),
                (self.tr("Jenis paspor"), self.passport_type),
                (self.tr("Layanan"), self.service),
                (self.tr("Nama lengkap *"), self.full_name), (self.tr("NIK *"), self.nik),
                (self.tr("Tempat lahir *"), self.birth_place),
                (self.tr("Tanggal lahir"), self.birth_date),
                (self.tr("Jenis kelamin"), self.sex), (self.tr("Alamat *"), self.address),
                (self.tr("Nomor telepon"), self.phone),
                (self.tr("Nomor paspor lama"), self.old_passport),
                (self.tr("Surat keterangan hilang (Kepolisian)"), self.loss_report),
                (self.tr("Nomor antrian"), self.queue_ticket),
                (self.tr("Berkas asli diperiksa *"), self.papers)):
            form.addRow(label, widget)
        actions = QHBoxLayout()
        actions.addWidget(self._button("clear", self.tr("Permohonan &baru"), self.new_intake))
        actions.addStretch(1)
        actions.addWidget(self._button("receive", self.tr("&Terima permohonan (Ctrl+Enter)"),
                                       self.receive))
        return form_page([form], actions)

    @Slot()
    def _reason_changed(self) -> None:
        """The papers the reason needs, each to tick once its original is checked."""
        for box in self.paper_boxes.values():
            box.deleteLater()
        self.paper_boxes = {}
        for position, name in enumerate(REQUIRED_DOCUMENTS[self.reason.currentData()]):
            box = QCheckBox(core_text(name))
            box.setObjectName(f"paper{position}")
            self._papers_layout.addWidget(box)
            self.paper_boxes[name] = box
        self.loss_report.setEnabled(self.reason.currentData() == "penggantian_hilang")

    def _counter_page(self) -> QWidget:
        self.view = named_combo("view", [(TODAY, self.tr("Hari ini")), (ALL, self.tr("Semua"))])
        self.view.currentIndexChanged.connect(self.search)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tampilkan")))
        bar.addWidget(self.view)
        bar.addStretch(1)
        bar.addWidget(self._button("search", self.tr("&Muat ulang (F5)"), self.search))
        self.table = RecordTable([self.tr("Nomor"), self.tr("Pemohon"), self.tr("NIK"),
                                  self.tr("Jenis"), self.tr("Status")])
        self.table.setObjectName("applications")
        self.table.itemSelectionChanged.connect(self._selected)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.summary = detail_label(self.tr("Pilih permohonan untuk melihat rinciannya."))
        grid = button_grid(self, self.buttons, (
                ("interview", self.tr("&Wawancara…"), self.interview),
                ("biometrics", self.tr("Ambil &biometrik"), self.capture_biometrics),
                ("bill", self.tr("Terbitkan bi&lling"), self.bill),
                ("payment", self.tr("Catat pe&mbayaran…"), self.record_payment),
                ("allocate", self.tr("&Alokasi blangko"), self.allocate),
                ("issue", self.tr("Terb&itkan paspor"), self.issue),
                ("handover", self.tr("Se&rahkan…"), self.hand_over),
                ("complete", self.tr("Selesaikan lang&kah… (Ctrl+Enter)"), self.complete_step),
                ("duplicate", self.tr("Periksa identitas &ganda…"), self.resolve_duplicate),
                ("bap", self.tr("BA&P pemohon…"), self.examine_loss),
                ("bapen", self.tr("BAP&EN…"), self.give_opinion)))
        for name in ("interview", "biometrics", "bill", "payment", "allocate", "issue",
                     "handover"):
            self.buttons[name].setVisible(self._processes)
        self.buttons["duplicate"].setVisible(self._actor.can(Permission.APPROVALS_DECIDE))
        self.buttons["bap"].setVisible(Role.INTEL_OFFICER in self._actor.roles)
        self.buttons["bapen"].setVisible(Role.SECTION_HEAD in self._actor.roles)
        self.case_history = CaseHistory()
        return split_page([bar, (self.table, 1), self.counts],
                          [self.summary, grid, self.tr("Riwayat perkara"),
                           (self.case_history, 1)])

    # -- intake ---------------------------------------------------------------------------------

    def intake(self) -> PassportIntake:
        return PassportIntake(
            self.reason.currentData(), self.passport_type.currentData(),
            self.service.currentData(), self.full_name.text(), self.nik.text(),
            self.birth_place.text(), self.birth_date.date().toPython(), self.sex.currentData(),
            self.address.text(), self.phone.text(), self.old_passport.text(),
            self.queue_ticket.text(),
            tuple(name for name, box in self.paper_boxes.items() if box.isChecked()),
            self.loss_report.text() if self.loss_report.isEnabled() else "")

    @Slot()
    def receive(self) -> None:
        intake = self.intake()
        self.message.say(self.tr("Menerima permohonan…"))
        run_in_background(self, lambda: self._services.passports.receive(self._actor, intake),
                          self._received, self._failed)  # a refusal keeps the form

    def _received(self, application: PassportInfo) -> None:
        if application.state == HELD:
            text = self.tr("Permohonan {number} diterima dan ditahan: kemungkinan identitas "
                           "ganda, menunggu Kepala Seksi.")
        else:
            text = self.tr("Permohonan {number} diterima.")
        self.message.say(text.format(number=application.number),
                         error=application.state == HELD)
        self.new_intake()
        self._select_after = application.id
        self.view.setCurrentIndex(self.view.findData(TODAY))
        self.tabs.setCurrentWidget(self.counter_page)
        self.search()

    @Slot()
    def new_intake(self) -> None:
        for edit in (self.full_name, self.nik, self.birth_place, self.address, self.phone,
                     self.old_passport, self.queue_ticket, self.loss_report):
            edit.clear()
        for combo in (self.reason, self.passport_type, self.service, self.sex):
            combo.setCurrentIndex(0)
        for box in self.paper_boxes.values():
            box.setChecked(False)
        self.birth_date.setDate(QDate(1990, 1, 1))

    # -- the list -------------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        passports, actor = self._services.passports, self._actor
        day = self._today() if self.view.currentData() == TODAY else None
        self._searches += 1
        generation = self._searches

        def found(applications: list[PassportInfo]) -> None:
            if generation == self._searches:
                self._show(applications)

        run_in_background(self, lambda: passports.applications(actor, day=day), found,
                          self._failed)

    def _show(self, applications: list[PassportInfo]) -> None:
        chosen = self.current()
        self._applications = {a.id: a for a in applications}
        keep = chosen.id if chosen else None
        if self._select_after in self._applications:
            keep, self._select_after = self._select_after, None
        with QSignalBlocker(self.table):
            self.table.fill([(a.id, (a.number, a.full_name, a.nik,
                                     self._types.get(a.passport_type, a.passport_type),
                                     self._states.get(a.state, a.state)))
                             for a in applications])
            self.table.clearSelection()
            if keep in self._applications:
                self.table.select_key(keep)
        self.counts.setText(self.tr("{n} permohonan.").format(n=len(applications)))
        self._selected()

    def current(self) -> PassportInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return self._applications.get(item.data(Qt.ItemDataRole.UserRole))

    # -- the detail -----------------------------------------------------------------------------

    @Slot()
    def _selected(self) -> None:
        chosen = self.current()
        if chosen is None:
            self._show_detail(None)
            return
        passports, cases = self._services.passports, self._services.cases

        def load() -> tuple[PassportInfo, CaseInfo, list[EventInfo], list[EarlierPassport]]:
            info = passports.get(self._actor, chosen.id)
            return (info, cases.get(self._actor, info.case_id),
                    cases.history(self._actor, info.case_id),
                    passports.earlier_passports(self._actor, info.id))

        run_in_background(self, load, lambda found: self._show_detail(*found), self._failed)

    def _show_detail(self, info: PassportInfo | None, case: CaseInfo | None = None,
                     history: Sequence[EventInfo] = (),
                     earlier: Sequence[EarlierPassport] = ()) -> None:
        current = self.current()
        if info is None or current is None or current.id != info.id:
            if current is None:
                self._detail, self._case = None, None
                self.summary.setText(self.tr("Pilih permohonan untuk melihat rinciannya."))
                self.case_history.fill([])
                self._update_buttons()
            return
        self._detail, self._case = info, case
        self.summary.setText(self._summary(info, case, earlier))
        self.case_history.show_events(history, self._services.context.config.timezone)
        self._update_buttons()

    def _summary(self, info: PassportInfo, case: CaseInfo | None,
                 earlier: Sequence[EarlierPassport] = ()) -> str:
        e = html.escape
        tz = self._services.context.config.timezone
        lines = [f"<b>{e(info.number)}</b> — {e(info.full_name)} (NIK {e(info.nik)})",
                 self.tr("Status: <b>{state}</b>").format(
                     state=e(self._states.get(info.state, info.state))),
                 self.tr("Paspor {kind}, layanan {service}, alasan {reason}").format(
                     kind=e(self._types.get(info.passport_type, info.passport_type)),
                     service=e(self._services_titles.get(info.service, info.service)),
                     reason=e(self._reasons.get(info.reason, info.reason)))]
        if info.old_passport_number:
            lines.append(self.tr("Paspor lama: {number}").format(
                number=e(info.old_passport_number)) + (
                " — " + self.tr("surat keterangan hilang {report}").format(
                    report=e(info.loss_report)) if info.loss_report else ""))
        if earlier:
            lines.append(self.tr("Paspor terdahulu: {passports}").format(passports=e(", ".join(
                p.number + (f" ({p.issued_on:%d-%m-%Y})" if p.issued_on else "")
                for p in earlier))))
        if info.receipt_number:
            lines.append(self.tr("Tanda terima {number}; berkas: {papers}").format(
                number=e(info.receipt_number), papers=e(", ".join(info.documents) or "—")))
        if info.bap_number or info.bapen_number:
            lines.append(self.tr("BAP: {bap}; BAPEN: {bapen}").format(
                bap=e(info.bap_number or "—"), bapen=e(info.bapen_number or "—")))
        if case is not None:
            if case.status == OPEN:
                lines.append(self.tr("Langkah sekarang: <b>{step}</b>").format(
                    step=e(case.step_title)))
            else:
                lines.append(self.tr("Perkara: {status} {outcome}").format(
                    status=e(case.status), outcome=e(case.outcome)))
        if info.screening_hit:
            lines.append("<span style='color:#b00020'><b>" + self.tr(
                "HIT cekal pada pemohon.") + "</b></span>")
        for hit in info.duplicates:
            lines.append("<span style='color:#b00020'>" + self.tr(
                "Kemungkinan identitas ganda: {name}, NIK {nik}, paspor {passport} "
                "({similarity})").format(
                name=e(str(hit.get("name", ""))), nik=e(str(hit.get("nik", ""))),
                passport=e(str(hit.get("passport", "")) or "—"),
                similarity=e(str(hit.get("similarity", "")))) + "</span>")
        if info.billing_code:
            expires = (info.billing_expires_at.astimezone(tz).strftime("%d-%m-%Y %H:%M")
                       if info.billing_expires_at else "—")
            lines.append(self.tr("Billing {code}: {fee}, berlaku s.d. {expires}; {paid}").format(
                code=e(info.billing_code), fee=rupiah(info.fee_amount), expires=expires,
                paid=self.tr("sudah dibayar") if info.paid else self.tr("belum dibayar")))
        if info.blank_serial:
            lines.append(self.tr("Blangko: <b>{serial}</b>").format(serial=e(info.blank_serial)))
            if info.compensation_due:
                lines.append("<span style='color:#b00020'><b>" + self.tr(
                    "Kompensasi: alokasi {days} hari kerja setelah bayar; paspor diantar ke "
                    "alamat pemohon atas biaya kantor.").format(days=info.compensation_days)
                    + "</b></span>")
        if info.passport_number:
            lines.append(self.tr("Nomor paspor: <b>{number}</b>").format(
                number=e(info.passport_number)))
        if info.handed_over_to:
            lines.append(self.tr("Diserahkan kepada {name} ({mode})").format(
                name=e(info.handed_over_to),
                mode=e(self._modes.get(info.handover_mode, info.handover_mode))))
        return "<br>".join(lines)

    def _update_buttons(self) -> None:
        info = self._chosen()
        state = info.state if info is not None else None
        enabled = {"interview": state in (RECEIVED, BILLED, PAID),
                   "biometrics": state not in (None, *CLOSED_STATES),
                   "bill": state == RECEIVED, "payment": state == BILLED,
                   "allocate": state == PAID, "issue": state == ALLOCATED,
                   "handover": state == ISSUED, "duplicate": state == HELD,
                   "bap": self._at_step("pemeriksaan_bap"),
                   "bapen": self._at_step("telaah_bap"),
                   "complete": self._case is not None and info is not None
                   and self._case.status == OPEN}
        for name, on in enabled.items():
            self.buttons[name].setEnabled(bool(on))

    def _at_step(self, step_id: str) -> bool:
        return (self._chosen() is not None and self._case is not None
                and self._case.status == OPEN and self._case.step_id == step_id)

    # -- actions --------------------------------------------------------------------------------

    def _chosen(self) -> PassportInfo | None:
        info = self._detail
        current = self.current()
        return info if info is not None and current is not None and current.id == info.id \
            else None

    def _act(self, name: str, work: Callable[[PassportInfo], Any],
             done: Callable[[PassportInfo, Any], str], values: dict[str, Any] | None = None,
             ) -> None:
        info = self._chosen()
        if info is None:
            return
        self._forms.run(name, values or {}, lambda: work(info),
                        lambda result: done(info, result))

    @Slot()
    def interview(self) -> None:
        info = self._chosen()
        if info is None:
            return
        approve, refuse = self.tr("Disetujui"), self.tr("Ditolak")
        values = self._forms.ask("interview", self.tr("Wawancara"), [
            FormField("note", self.tr("Catatan wawancara"), "text", required=True),
            FormField("decision", self.tr("Keputusan"), "choice", options=(approve, refuse))],
            self.tr("&Simpan"), intro=f"{info.number}: {info.full_name}")
        if values is None:
            return
        self._forms.run("interview", values, lambda: self._services.passports.interview(
            self._actor, info.id, values["note"], values["decision"] == approve),
            lambda done: self.tr("Wawancara {number} dicatat: {decision}.").format(
                number=done.number, decision=values["decision"].lower()))

    @Slot()
    def capture_biometrics(self) -> None:
        self.message.say(self.tr("Mengambil foto dan sidik jari…"))
        self._act("biometrics", lambda info: self._services.passports.capture_biometrics(
            self._actor, info.id), lambda info, _done: self.tr(
                "Biometrik {number} diambil: foto dan sidik jari.").format(number=info.number))

    @Slot()
    def bill(self) -> None:
        self._act("bill", lambda info: self._services.passports.bill(self._actor, info.id),
                  lambda _info, done: self.tr("Billing {code} terbit: {fee}.").format(
                      code=done.billing_code, fee=rupiah(done.fee_amount)))

    @Slot()
    def record_payment(self) -> None:
        info = self._chosen()
        if info is None:
            return
        context = self._services.context
        now = context.clock().astimezone(context.config.timezone)
        values = self._forms.ask("payment", self.tr("Pembayaran paspor"), [
            FormField("paid_on", self.tr("Tanggal bayar"), "date", default=QDate(now.date())),
            FormField("paid_time", self.tr("Jam bayar (JJ:MM)"), required=True,
                      default=now.strftime("%H:%M")),
            FormField("proof", self.tr("Bukti bayar (NTPN)"), required=True)],
            self.tr("&Catat pembayaran"), intro=self.tr("{number}: billing {code}, {fee}.").format(
                number=info.number, code=info.billing_code, fee=rupiah(info.fee_amount)))
        if values is None:
            return

        def pay() -> PassportInfo:
            paid_at = paid_moment(values["paid_on"], values["paid_time"],
                                  context.config.timezone)
            return self._services.passports.record_payment(self._actor, info.id, paid_at,
                                                           values["proof"])

        self._forms.run("payment", values, pay, lambda _done: self.tr(
            "Pembayaran {number} dicatat.").format(number=info.number))

    @Slot()
    def allocate(self) -> None:
        """Seed 004 steps 7-8: the officer takes a booklet from the stock and allocates it by
        the serial printed on it; the next one in order is offered, to scan over or confirm."""
        info = self._chosen()
        if info is None:
            return
        passports, actor = self._services.passports, self._actor
        self.message.say(self.tr("Mencari blangko berikutnya…"))
        run_in_background(self, lambda: passports.suggested_blank(actor, info.id),
                          lambda suggestion: self._ask_blank(info, suggestion), self._failed)

    def _ask_blank(self, info: PassportInfo, suggestion: BlankSuggestion) -> None:
        if not suggestion.serial:
            self.message.say(self.tr("Stok blangko {label} habis. Catat penerimaan blangko "
                                     "baru, lalu ulangi.").format(label=suggestion.label),
                             error=True)
            return
        self.message.clear()
        values = self._forms.ask("allocate", self.tr("Alokasi blangko paspor"), [
            FormField("serial", self.tr("Nomor seri blangko (pindai)"), "scan", required=True,
                      default=suggestion.serial)],
            self.tr("&Alokasikan"), intro=self.tr(
                "{number}: {name}. Ambil blangko {label} dari persediaan dan pindai nomor "
                "serinya. Menurut urutan, blangko berikutnya {serial} (tersedia {available})."
            ).format(number=info.number, name=info.full_name, label=suggestion.label,
                     serial=suggestion.serial, available=suggestion.available))
        if values is None:
            return
        passports, actor = self._services.passports, self._actor
        self._forms.run("allocate", values, lambda: passports.allocate(
            actor, info.id, values["serial"]), lambda done: self.tr(
                "Blangko {serial} dialokasikan.").format(serial=done.blank_serial) + (
                " " + self.tr("Kompensasi: paspor diantar ke alamat pemohon.")
                if done.compensation_due else ""))

    @Slot()
    def issue(self) -> None:
        self._act("issue", lambda info: self._services.passports.issue(self._actor, info.id),
                  lambda _info, done: self.tr("Paspor {number} terbit.").format(
                      number=done.passport_number))

    @Slot()
    def hand_over(self) -> None:
        info = self._chosen()
        if info is None:
            return
        modes = self._modes
        slots = {"": self.tr("Jam kerja"), "petang": self.tr("Petang"),
                 "sabtu": self.tr("Sabtu")}
        values = self._forms.ask("handover", self.tr("Serahkan paspor"), [
            FormField("mode", self.tr("Cara penyerahan"), "choice",
                      options=tuple(modes[m] for m in HANDOVER_MODES)),
            FormField("received_by", self.tr("Diterima oleh"), required=True,
                      default=info.full_name),
            FormField("identity", self.tr("Identitas penerima sudah diperiksa"), "check"),
            FormField("pickup_code", self.tr("Kode QR tanda terima (pindai; wajib di "
                                             "drive-thru)"), "scan"),
            FormField("tracking", self.tr("Nomor resi PT Pos")),
            FormField("fee", self.tr("Biaya antar (Rp)"), default="0"),
            FormField("slot", self.tr("Waktu pengambilan"), "choice",
                      options=tuple(slots[s] for s in PICKUP_SLOTS))],
            self.tr("&Serahkan"), intro=info.number)
        if values is None:
            return
        mode = next(code for code, text in modes.items() if text == values["mode"])
        slot = next(code for code, text in slots.items() if text == values["slot"])
        digits = str(values["fee"]).replace("Rp", "").replace(".", "").strip()
        fee = int(digits) if digits.isdigit() else 0
        self._forms.run("handover", values, lambda: self._services.passports.hand_over(
            self._actor, info.id, mode=mode, received_by=values["received_by"],
            identity_checked=values["identity"], tracking_number=values["tracking"],
            delivery_fee=fee, pickup_slot=slot, pickup_code=values["pickup_code"]),
            lambda done: self.tr("Paspor {number} diserahkan kepada {name}.").format(
                number=done.passport_number, name=done.handed_over_to))

    @Slot()
    def resolve_duplicate(self) -> None:
        info = self._chosen()
        if info is None or not self._actor.can(Permission.APPROVALS_DECIDE):
            return
        other, same = self.tr("Orang lain (permohonan berlanjut)"), self.tr(
            "Orang yang sama (permohonan dibatalkan)")
        values = self._forms.ask("duplicate", self.tr("Periksa identitas ganda"), [
            FormField("finding", self.tr("Temuan"), "choice", options=(other, same)),
            FormField("note", self.tr("Catatan"), "text", required=True)],
            self.tr("&Simpan"), intro=f"{info.number}: {info.full_name}")
        if values is None:
            return
        self._forms.run("duplicate", values, lambda: self._services.passports.resolve_duplicate(
            self._actor, info.id, values["finding"] == same, values["note"]),
            lambda done: self.tr("Identitas {number} diperiksa: {state}.").format(
                number=done.number, state=self._states.get(done.state, done.state)))

    @Slot()
    def examine_loss(self) -> None:
        """The Inteldakim's BAP of why the passport was lost or damaged (seed 002 C1)."""
        info = self._chosen()
        if info is None or info.reason not in WALK_IN_REASONS:
            return
        questions = (self.tr("Kapan, di mana dan bagaimana paspor Saudara hilang/rusak?"),
                     self.tr("Apakah Saudara sudah melapor kepada Kepolisian?"),
                     self.tr("Apakah paspor tersebut pernah dipindahtangankan atau "
                             "disalahgunakan?"))
        fields = [FormField("occupation", self.tr("Pekerjaan pemohon"), required=True)]
        for number, question in enumerate(questions, 1):
            fields += [FormField(f"q{number}", self.tr("Pertanyaan {n}").format(n=number),
                                 default=question),
                       FormField(f"a{number}", self.tr("Jawaban {n}").format(n=number),
                                 "text", required=number == 1)]
        values = self._forms.ask("bap", self.tr("Berita Acara Pemeriksaan"), fields,
                                 self.tr("&Buat BAP"), intro=f"{info.number}: {info.full_name}")
        if values is None:
            return
        answers = [(values[f"q{n}"], values[f"a{n}"]) for n in range(1, len(questions) + 1)]
        self._forms.run("bap", values, lambda: self._services.passports.examine_loss(
            self._actor, info.id, values["occupation"], answers),
            lambda done: self.tr("BAP {bap} dibuat untuk {number}.").format(
                bap=done.bap_number, number=done.number))

    @Slot()
    def give_opinion(self) -> None:
        """The Kasi's BAPEN on the BAP; the Kakanim decides in the approvals inbox."""
        info = self._chosen()
        if info is None:
            return
        approve, refuse = self.tr("Disetujui"), self.tr("Ditolak")
        values = self._forms.ask("bapen", self.tr("Berita Acara Pendapat"), [
            FormField("opinion", self.tr("Pendapat"), "choice", options=(approve, refuse)),
            FormField("facts", self.tr("Fakta-fakta (satu per baris)"), "text", required=True),
            FormField("analysis", self.tr("Analisis"), "text", required=True),
            FormField("recommendation", self.tr("Saran"), "text")],
            self.tr("&Buat BAPEN"), intro=self.tr("{number}: {name}, BAP {bap}").format(
                number=info.number, name=info.full_name, bap=info.bap_number or "—"))
        if values is None:
            return
        self._forms.run("bapen", values, lambda: self._services.passports.give_opinion(
            self._actor, info.id, approve=values["opinion"] == approve,
            facts=str(values["facts"]).splitlines(), analysis=values["analysis"],
            recommendation=values["recommendation"]),
            lambda done: self.tr("BAPEN {bapen} dibuat untuk {number}.").format(
                bapen=done.bapen_number, number=done.number))

    def _step(self, case: CaseInfo) -> Step | None:
        if not case.step_id:
            return None
        return self._services.cases.sop(case.sop_code).step(case.step_id)

    @Slot()
    def complete_step(self) -> None:
        info, case = self._chosen(), self._case
        if info is None or case is None or case.status != OPEN:
            return
        step = self._step(case)
        if step is None:
            return
        complete_case_step(self._forms, self._services, self._actor, case_id=info.case_id,
                           number=info.number, step=step, step_title=case.step_title)
