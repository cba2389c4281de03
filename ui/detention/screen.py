"""Detensi: the Ruang Detensi register from intake to release or deportation (issue 10).

Register: the detainees in custody with their days, nationality, grounds, room and alerts (a
review or the legal limit near: the row in red); the selected detainee's step, belongings and
log, and the actions of SOP C2/C3/C4 (order, search and goods, doctor's statement, necessities,
photo and fingerprints, room, visits/health/incidents, review, release with every belonging
ticked off, deportation). Penerimaan: the referral and identity typed (or read from the MRZ);
Ctrl+Enter receives it. Ctrl+Enter on the register completes the current case step.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.auth.permissions import Actor
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import Services
from app.services.cases import OPEN, CaseInfo, EventInfo
from app.services.detention import (
    DEPORTED,
    DEPORTING,
    DETAINED,
    GROUNDS,
    IN_CUSTODY,
    PROPOSED,
    RELEASE_REASONS,
    Belongings,
    DeportationPlan,
    DetaineeInfo,
    DetentionIntake,
    Receiver,
    ReturnLine,
    cash_from_text,
    items_from_text,
)
from ui.ops import run_in_background
from ui.widgets.action_forms import ActionForms, complete_case_step
from ui.widgets.application_screen import ApplicationScreen, form_page, split_page, tabbed
from ui.widgets.case_views import CaseHistory, late_rows, mark_late
from ui.widgets.fields import detail_label, named_combo, named_line
from ui.widgets.form_dialog import FormField
from ui.widgets.messages import StatusLine
from ui.widgets.shortcuts import button_grid
from ui.widgets.table import RecordTable

CUSTODY, ALL = "custody", "all"


class DetentionScreen(ApplicationScreen):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._detainees: dict[str, DetaineeInfo] = {}
        self._detail: DetaineeInfo | None = None
        self._case: CaseInfo | None = None
        self._belongings: Belongings | None = None
        self._select_after: str | None = None
        self._searches = 0
        self._states = {PROPOSED: self.tr("Diusulkan (menunggu TAK)"),
                        DETAINED: self.tr("Didetensi"),
                        DEPORTING: self.tr("Dikeluarkan untuk dideportasi"),
                        "released": self.tr("Dikeluarkan"), DEPORTED: self.tr("Dideportasi"),
                        "cancelled": self.tr("Dibatalkan")}
        self._grounds = {
            "tanpa_izin_tinggal": self.tr("Tanpa izin tinggal yang sah"),
            "tanpa_dokumen_perjalanan": self.tr("Tanpa dokumen perjalanan yang sah"),
            "pembatalan_izin_tinggal": self.tr("Izin tinggal dibatalkan (TAK)"),
            "menunggu_deportasi": self.tr("Menunggu deportasi"),
            "ditolak_masuk": self.tr("Ditolak masuk, menunggu keberangkatan")}
        self._reasons = {"deportasi": self.tr("Deportasi"),
                         "pemindahan": self.tr("Pemindahan ke Rudenim"),
                         "pembebasan": self.tr("Pembebasan")}
        self._log_kinds = {"kunjungan": self.tr("Kunjungan"), "kesehatan": self.tr("Kesehatan"),
                           "insiden": self.tr("Insiden")}
        self.buttons: dict[str, QPushButton] = {}
        self.message = StatusLine()
        self._forms = ActionForms(self, self.message, self.search)
        self.register_page = self._register_page()
        self.intake_page = self._intake_page()
        self.tabs = tabbed(self, self.message, [(self.register_page, self.tr("&Register")),
                                                (self.intake_page, self.tr("&Penerimaan"))],
                           refresh=self.search, enter=self._ctrl_enter)
        self._update_buttons()

    # -- layout -------------------------------------------------------------------------------

    def _intake_page(self) -> QWidget:
        self.referral_kind = named_combo("referralKind", [
            ("nota_dinas", self.tr("Nota Dinas usulan TAK")),
            ("surat_titipan", self.tr("Surat Titipan Deteni"))])
        self.referral_number = named_line("referralNumber")
        self.referring_unit = named_line("referringUnit")
        self.mrz = QPlainTextEdit()
        self.mrz.setObjectName("mrz")
        self.mrz.setTabChangesFocus(True)
        self.mrz.setMaximumHeight(60)
        self.full_name = named_line("fullName")
        self.birth_place = named_line("birthPlace")
        self.birth_date = QDateEdit()
        self.birth_date.setObjectName("birthDate")
        self.birth_date.setDisplayFormat("dd-MM-yyyy")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDate(QDate(1990, 1, 1))
        self.sex = named_combo("sex", [("M", self.tr("Laki-laki")), ("F", self.tr("Perempuan"))])
        self.nationality = named_line("nationality")
        self.nationality.setMaxLength(3)
        self.passport_number = named_line("passportNumber")
        self.address = named_line("address")
        self.with_family = QCheckBox(self.tr("Didetensi bersama keluarga"))
        self.with_family.setObjectName("withFamily")
        self.ground = named_combo("ground", [(g, self._grounds[g]) for g in GROUNDS])
        self.violation = QPlainTextEdit()
        self.violation.setObjectName("violation")
        self.violation.setTabChangesFocus(True)
        form = QFormLayout()
        for label, widget in (
                (self.tr("Dasar rujukan"), self.referral_kind),
                (self.tr("Nomor surat *"), self.referral_number),
                (self.tr("Unit pengirim *"), self.referring_unit),
                (self.tr("MRZ paspor (pindai atau ketik)"), self.mrz),
                (self.tr("Nama lengkap *"), self.full_name),
                (self.tr("Tempat lahir"), self.birth_place),
                (self.tr("Tanggal lahir"), self.birth_date),
                (self.tr("Jenis kelamin"), self.sex),
                (self.tr("Kewarganegaraan (kode 3 huruf) *"), self.nationality),
                (self.tr("Nomor paspor"), self.passport_number),
                (self.tr("Alamat di Indonesia"), self.address),
                ("", self.with_family),
                (self.tr("Alasan pendetensian (Pasal 83)"), self.ground),
                (self.tr("Uraian pelanggaran *"), self.violation)):
            form.addRow(label, widget)
        actions = QHBoxLayout()
        actions.addWidget(self._button("readMrz", self.tr("Isi dari &MRZ"), self.read_mrz))
        actions.addWidget(self._button("clear", self.tr("Rujukan &baru"), self.new_intake))
        actions.addStretch(1)
        actions.addWidget(self._button("receive", self.tr("&Terima rujukan (Ctrl+Enter)"),
                                       self.receive))
        return form_page([form], actions)

    def _register_page(self) -> QWidget:
        self.view = named_combo("view", [(CUSTODY, self.tr("Dalam detensi")),
                                         (ALL, self.tr("Semua"))])
        self.view.currentIndexChanged.connect(self.search)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tampilkan")))
        bar.addWidget(self.view)
        bar.addStretch(1)
        bar.addWidget(self._button("dailyRegister", self.tr("Cetak register &harian"),
                                   self.print_daily_register))
        bar.addWidget(self._button("deportationRegister",
                                   self.tr("Cetak register &deportasi hari ini"),
                                   self.print_deportation_register))
        bar.addWidget(self._button("search", self.tr("Muat &ulang (F5)"), self.search))
        self.table = RecordTable([self.tr("Nomor"), self.tr("Nama"), self.tr("Warga negara"),
                                  self.tr("Alasan"), self.tr("Ruang"), self.tr("Hari"),
                                  self.tr("Status"), self.tr("Peringatan")])
        self.table.setObjectName("register")
        self.table.itemSelectionChanged.connect(self._selected)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.summary = detail_label(self.tr("Pilih deteni untuk melihat rinciannya."))
        grid = button_grid(self, self.buttons, (
            ("order", self.tr("SP && BA &pendetensian…"), self.issue_order),
            ("searchGoods", self.tr("Penggele&dahan && barang…"), self.record_search),
            ("health", self.tr("Keterangan dok&ter…"), self.record_health),
            ("necessities", self.tr("Keperluan deteni…"), self.hand_necessities),
            ("biometrics", self.tr("Foto && sidik &jari"), self.capture_biometrics),
            ("place", self.tr("Tempatkan/pindah &ruang…"), self.place, "Ctrl+R"),
            ("log", self.tr("Catat kunjungan/&insiden…"), self.log_event, "Ctrl+L"),
            ("review", self.tr("Tin&jauan…"), self.review),
            ("itemPhoto", self.tr("Foto &barang terpilih"), self.photograph_item),
            ("handOver", self.tr("Serahkan barang titipan…"), self.hand_over_item),
            ("decideRelease", self.tr("Usul &pengeluaran…"), self.decide_release),
            ("releaseOrder", self.tr("SP pengeluaran…"), self.issue_release_order),
            ("release", self.tr("Pengeluaran && pengem&balian barang…"), self.release),
            ("releasePhoto", self.tr("Dokumentasi &foto"), self.document_release),
            ("deport", self.tr("Rencana deporta&si…"), self.plan_deportation),
            ("markPassport", self.tr("Cap deportasi paspor"), self.mark_passport),
            ("boarding", self.tr("Masuk alat angkut"), self.record_boarding),
            ("report", self.tr("Laporan ke Kanwil"), self.report_deportation),
            ("complete", self.tr("Selesaikan lang&kah… (Ctrl+Enter)"), self.complete_step)))
        self.belongings_view = RecordTable([self.tr("No."), self.tr("Jenis"),
                                            self.tr("Uraian"), self.tr("Jumlah"),
                                            self.tr("Segel/keadaan"), self.tr("Status")])
        self.belongings_view.setObjectName("belongings")
        self.belongings_view.itemSelectionChanged.connect(self._update_buttons)
        self.case_history = CaseHistory()
        return split_page([bar, (self.table, 1), self.counts],
                          [self.summary, grid, self.tr("Barang dan uang titipan"),
                           (self.belongings_view, 1), self.tr("Riwayat perkara"),
                           (self.case_history, 1)])

    # -- intake ---------------------------------------------------------------------------------

    def intake(self) -> DetentionIntake:
        return DetentionIntake(
            self.referral_kind.currentData(), self.referral_number.text(),
            self.referring_unit.text(), self.full_name.text(),
            self.birth_date.date().toPython(), self.sex.currentData(),
            self.nationality.text().strip().upper(), self.ground.currentData(),
            self.violation.toPlainText(), self.passport_number.text(), self.birth_place.text(),
            self.address.text(), self.with_family.isChecked())

    @Slot()
    def read_mrz(self) -> None:
        text = self.mrz.toPlainText()
        run_in_background(self, lambda: self._services.detention.identity_from_mrz(text),
                          self._fill_identity, self._failed)

    def _fill_identity(self, identity: dict[str, Any]) -> None:
        self.full_name.setText(identity["full_name"])
        if identity["birth_date"] is not None:
            self.birth_date.setDate(QDate(identity["birth_date"]))
        if identity["sex"] in ("M", "F"):
            self.sex.setCurrentIndex(self.sex.findData(identity["sex"]))
        self.nationality.setText(identity["nationality"])
        self.passport_number.setText(identity["passport_number"])
        self.message.say(self.tr("Identitas diisi dari MRZ; periksa sebelum menerima."))

    @Slot()
    def receive(self) -> None:
        intake = self.intake()
        self.message.say(self.tr("Menerima rujukan…"))
        run_in_background(self, lambda: self._services.detention.receive(self._actor, intake),
                          self._received, self._failed)  # a refusal keeps the form

    def _received(self, detainee: DetaineeInfo) -> None:
        self.message.say(self.tr("Rujukan {number} diterima: {name}, menunggu keputusan TAK "
                                 "Kepala Kantor.").format(number=detainee.number,
                                                          name=detainee.full_name))
        self.new_intake()
        self._select_after = detainee.id
        self.tabs.setCurrentWidget(self.register_page)
        self.search()

    @Slot()
    def new_intake(self) -> None:
        for edit in (self.referral_number, self.referring_unit, self.full_name,
                     self.birth_place, self.nationality, self.passport_number, self.address):
            edit.clear()
        self.mrz.clear()
        self.violation.clear()
        for combo in (self.referral_kind, self.sex, self.ground):
            combo.setCurrentIndex(0)
        self.with_family.setChecked(False)
        self.birth_date.setDate(QDate(1990, 1, 1))

    # -- the register ---------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        detention, actor = self._services.detention, self._actor
        everyone = self.view.currentData() == ALL
        self._searches += 1
        generation = self._searches

        def found(detainees: list[DetaineeInfo]) -> None:
            if generation == self._searches:
                self._show(detainees)

        run_in_background(self, lambda: detention.all_detainees(actor) if everyone
                          else detention.register(actor), found, self._failed)

    def _show(self, detainees: list[DetaineeInfo]) -> None:
        chosen = self.current()
        self._detainees = {d.id: d for d in detainees}
        keep = chosen.id if chosen else None
        if self._select_after in self._detainees:
            keep, self._select_after = self._select_after, None
        with QSignalBlocker(self.table):
            self.table.fill([(d.id, (
                d.number, d.full_name, d.nationality, self._grounds.get(d.ground, d.ground),
                d.room_code or "—", str(d.days) if d.days else "—",
                self._states.get(d.state, d.state), "; ".join(d.alerts)))
                for d in detainees])
            for row, detainee in enumerate(detainees):
                mark_late(self.table, row, bool(detainee.alerts))
            self.table.clearSelection()
            if keep in self._detainees:
                self.table.select_key(keep)
        alerted = sum(1 for d in detainees if d.alerts)
        self.counts.setText(self.tr("{n} deteni; {alerts} dengan peringatan.").format(
            n=len(detainees), alerts=alerted))
        self._selected()

    def alert_rows(self) -> list[str]:
        """The numbers of the rows shown in red (an alert)."""
        return late_rows(self.table)

    def current(self) -> DetaineeInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return self._detainees.get(item.data(Qt.ItemDataRole.UserRole))

    # -- the detail -----------------------------------------------------------------------------

    @staticmethod
    def _active_case(info: DetaineeInfo) -> str:
        """The case the detainee is on now: the latest of intake, release, deportation, ban."""
        return (info.ban_case_id or info.deportation_case_id or info.release_case_id
                or info.case_id)

    @Slot()
    def _selected(self) -> None:
        chosen = self.current()
        if chosen is None:
            self._show_detail(None)
            return
        detention, cases = self._services.detention, self._services.cases

        def load() -> tuple[DetaineeInfo, CaseInfo, list[EventInfo], Belongings]:
            info = detention.get(self._actor, chosen.id)
            case_id = self._active_case(info)
            return (info, cases.get(self._actor, case_id), cases.history(self._actor, case_id),
                    detention.belongings(self._actor, info.id))

        run_in_background(self, load, lambda found: self._show_detail(*found), self._failed)

    def _show_detail(self, info: DetaineeInfo | None, case: CaseInfo | None = None,
                     history: Sequence[EventInfo] = (),
                     belongings: Belongings | None = None) -> None:
        current = self.current()
        if info is None or current is None or current.id != info.id:
            if current is None:
                self._detail = self._case = self._belongings = None
                self.summary.setText(self.tr("Pilih deteni untuk melihat rinciannya."))
                self.case_history.fill([])
                self.belongings_view.fill([])
                self._update_buttons()
            return
        self._detail, self._case, self._belongings = info, case, belongings
        self.summary.setText(self._summary(info, case))
        self.case_history.show_events(history, self._services.context.config.timezone)
        self._show_belongings(belongings)
        self._update_buttons()

    def _show_belongings(self, belongings: Belongings | None) -> None:
        kinds = {"barang": self.tr("Barang"), "berharga": self.tr("Berharga"),
                 "keperluan": self.tr("Keperluan")}
        states = {"held": self.tr("Dititipkan"), "returned": self.tr("Dikembalikan"),
                  "handed_over": self.tr("Diserahkan")}
        rows: list[tuple[Any, Sequence[str]]] = []
        if belongings is not None:
            for item in belongings.items:
                back = "" if item.state == "held" else f" ({item.returned_quantity})"
                rows.append((item.id, (str(item.seq), kinds.get(item.kind, item.kind),
                                       item.description, f"{item.quantity} {item.unit}",
                                       item.seal_number or item.condition,
                                       states.get(item.state, item.state) + back)))
            for line in belongings.cash:
                back = "" if line.returned_count is None else self.tr(
                    "Dikembalikan ({n})").format(n=line.returned_count)
                rows.append((line.id, ("", self.tr("Uang"),
                                       f"{line.currency} {line.denomination:,}".replace(",", "."),
                                       f"{line.count} lembar", belongings.cash_seal_number,
                                       back or self.tr("Dititipkan"))))
        self.belongings_view.fill(rows)

    def _summary(self, info: DetaineeInfo, case: CaseInfo | None) -> str:
        e = html.escape
        lines = [f"<b>{e(info.number)}</b> — {e(info.full_name)} ({e(info.nationality)}, "
                 f"{e(info.passport_number or '—')})",
                 self.tr("Status: <b>{state}</b>").format(
                     state=e(self._states.get(info.state, info.state))),
                 self.tr("Alasan: {ground}").format(
                     ground=e(self._grounds.get(info.ground, info.ground)))]
        if info.detained_on is not None and info.state in IN_CUSTODY:
            lines.append(self.tr("Didetensi sejak {day}: hari ke-{days}; ruang {room}").format(
                day=info.detained_on.strftime("%d-%m-%Y"), days=info.days,
                room=e(info.room_name or "—")))
        if case is not None:
            if case.status == OPEN:
                lines.append(self.tr("Perkara {number}, langkah sekarang: <b>{step}</b>").format(
                    number=e(case.number), step=e(case.step_title)))
            else:
                lines.append(self.tr("Perkara {number}: {status} {outcome}").format(
                    number=e(case.number), status=e(case.status), outcome=e(case.outcome)))
        for alert in info.alerts:
            lines.append(f"<span style='color:#b00020'><b>{e(alert)}</b></span>")
        if info.ban_listed:
            lines.append("<b>" + self.tr("Masuk daftar penangkalan.") + "</b>")
        return "<br>".join(lines)

    def _at(self, *steps: str) -> bool:
        case = self._case
        return case is not None and case.status == OPEN and case.step_id in steps

    def _update_buttons(self) -> None:
        info = self._chosen()
        state = info.state if info is not None else None
        custody = state in IN_CUSTODY
        enabled = {
            "order": self._at("pra_pendetensian"),
            "searchGoods": self._at("penggeledahan"),
            "health": self._at("pemeriksaan_kesehatan", "keperluan_deteni", "tempatkan"),
            "necessities": self._at("keperluan_deteni"),
            "biometrics": state in (PROPOSED, DETAINED),
            "place": custody, "log": info is not None, "review": custody,
            "itemPhoto": info is not None and self._selected_item() is not None,
            "handOver": custody and self._belongings is not None
            and any(i.state == "held" for i in self._belongings.items),
            "decideRelease": state == DETAINED and not (info and info.release_case_id),
            "releaseOrder": self._at("konsep_sp"), "release": self._at("berita_acara"),
            "releasePhoto": self._at("dokumentasi"),
            "deport": state == DEPORTING and not (info and info.deportation_case_id),
            "markPassport": self._at("keluarkan_deteni"),
            "boarding": self._at("masuk_alat_angkut"), "report": self._at("susun_laporan"),
            "complete": info is not None and self._case is not None
            and self._case.status == OPEN}
        for name, on in enabled.items():
            self.buttons[name].setEnabled(bool(on))

    # -- actions --------------------------------------------------------------------------------

    def _chosen(self) -> DetaineeInfo | None:
        info = self._detail
        current = self.current()
        return info if info is not None and current is not None and current.id == info.id \
            else None

    def _ask_and_run(self, name: str, title: str, fields: list[FormField], accept: str,
                     work: Callable[[DetaineeInfo, dict[str, Any]], Any],
                     done: Callable[[DetaineeInfo, Any], str]) -> None:
        info = self._chosen()
        if info is None:
            return
        values: dict[str, Any] = {}
        if fields:
            asked = self._forms.ask(name, title, fields, accept,
                                    intro=f"{info.number}: {info.full_name}")
            if asked is None:
                return
            values = asked
        self._forms.run(name, values, lambda: work(info, values),
                        lambda result: done(info, result))

    def _today_qdate(self) -> QDate:
        return QDate(self._today())

    @Slot()
    def issue_order(self) -> None:
        self._ask_and_run("order", self.tr("Surat Perintah dan Berita Acara Pendetensian"), [
            FormField("decision_number", self.tr("Nomor Keputusan TAK"), required=True),
            FormField("decision_date", self.tr("Tanggal keputusan"), "date",
                      default=self._today_qdate())], self.tr("&Terbitkan"),
            lambda info, v: self._services.detention.issue_detention_order(
                self._actor, info.id, v["decision_number"], v["decision_date"]),
            lambda info, _done: self.tr("SP dan BA Pendetensian {name} diterbitkan.").format(
                name=info.full_name))

    @Slot()
    def record_search(self) -> None:
        self._ask_and_run("searchGoods", self.tr("Penggeledahan dan barang bawaan"), [
            FormField("items", self.tr("Barang, satu per baris: uraian; jumlah; satuan; nomor "
                                       "segel; dibawa"), "text"),
            FormField("cash", self.tr("Uang, satu per baris (misalnya USD 100 x 3)"), "text"),
            FormField("seal", self.tr("Nomor segel amplop uang")),
            FormField("outcome", self.tr("Hasil penggeledahan"), "text", required=True),
            FormField("witnesses", self.tr("Saksi (pisahkan dengan koma)"), required=True)],
            self.tr("&Simpan dan terbitkan BA"),
            lambda info, v: self._services.detention.record_search(
                self._actor, info.id, items_from_text(v["items"]), cash_from_text(v["cash"]),
                cash_seal_number=v["seal"], outcome=v["outcome"],
                witnesses=v["witnesses"].split(",")),
            lambda info, _done: self.tr("Penggeledahan {name} dicatat; Berita Acara "
                                        "Penggeledahan diterbitkan.").format(
                name=info.full_name))

    @Slot()
    def record_health(self) -> None:
        self._ask_and_run("health", self.tr("Pemeriksaan kesehatan"), [
            FormField("doctor", self.tr("Nama dokter"), required=True),
            FormField("statement", self.tr("Keterangan dokter"), "text", required=True)],
            self.tr("&Simpan"),
            lambda info, v: self._services.detention.record_health(
                self._actor, info.id, v["doctor"], v["statement"]),
            lambda info, _done: self.tr("Keterangan kesehatan {name} dicatat.").format(
                name=info.full_name))

    @Slot()
    def hand_necessities(self) -> None:
        self._ask_and_run("necessities", self.tr("Keperluan deteni"), [
            FormField("items", self.tr("Keperluan, satu per baris: uraian; jumlah; satuan"),
                      "text", required=True)], self.tr("&Serahkan dan cetak tanda terima"),
            lambda info, v: self._services.detention.hand_necessities(
                self._actor, info.id, items_from_text(v["items"])),
            lambda info, _done: self.tr("Tanda Terima Keperluan Deteni {name} diterbitkan; "
                                        "tanda tangani bersama deteni.").format(
                name=info.full_name))

    @Slot()
    def capture_biometrics(self) -> None:
        self.message.say(self.tr("Mengambil foto dan sidik jari…"))
        self._ask_and_run("biometrics", "", [], "",
                          lambda info, _v: self._services.detention.capture_biometrics(
                              self._actor, info.id),
                          lambda info, _done: self.tr("Foto dan sidik jari {name} "
                                                      "diambil.").format(name=info.full_name))

    @Slot()
    def place(self) -> None:
        info = self._chosen()
        if info is None:
            return
        run_in_background(self, lambda: self._services.detention.rooms(self._actor),
                          self._ask_room, self._failed)

    def _ask_room(self, rooms: list[Any]) -> None:
        labels = {f"{r.code} — {r.name} ({r.category}, {r.occupants}/{r.capacity})": r.id
                  for r in rooms}
        self._ask_and_run("place", self.tr("Tempatkan atau pindahkan ruang"), [
            FormField("room", self.tr("Ruang"), "choice", options=tuple(labels)),
            FormField("reason", self.tr("Alasan pemindahan (wajib bila pindah)"))],
            self.tr("&Tempatkan"),
            lambda info, v: self._services.detention.place(
                self._actor, info.id, labels[v["room"]], v["reason"]),
            lambda info, done: self.tr("{name} ditempatkan di {room}.").format(
                name=info.full_name, room=done.room_name))

    @Slot()
    def log_event(self) -> None:
        kinds = {text: code for code, text in self._log_kinds.items()}
        self._ask_and_run("log", self.tr("Catat di register"), [
            FormField("kind", self.tr("Jenis"), "choice", options=tuple(kinds)),
            FormField("text", self.tr("Uraian"), "text", required=True)], self.tr("&Catat"),
            lambda info, v: self._services.detention.log(self._actor, info.id,
                                                         kinds[v["kind"]], v["text"]),
            lambda info, _done: self.tr("Dicatat pada register {name}.").format(
                name=info.full_name))

    @Slot()
    def review(self) -> None:
        self._ask_and_run("review", self.tr("Peninjauan detensi"), [
            FormField("note", self.tr("Hasil peninjauan"), "text", required=True)],
            self.tr("&Simpan"),
            lambda info, v: self._services.detention.review(self._actor, info.id, v["note"]),
            lambda info, _done: self.tr("Peninjauan {name} dicatat.").format(
                name=info.full_name))

    def _selected_item(self) -> str | None:
        """The id of the belonging selected in the list (an item, not a cash line)."""
        key = self.belongings_view.selected_key()
        if self._belongings is None or key is None:
            return None
        return key if any(i.id == key for i in self._belongings.items) else None

    @Slot()
    def photograph_item(self) -> None:
        item_id = self._selected_item()
        if item_id is None:
            return
        self.message.say(self.tr("Memotret barang…"))
        self._ask_and_run("itemPhoto", "", [], "",
                          lambda info, _v: self._services.detention.photograph_item(
                              self._actor, info.id, item_id),
                          lambda _info, item: self.tr("Foto barang “{item}” disimpan.").format(
                              item=item.description))

    @Slot()
    def hand_over_item(self) -> None:
        belongings = self._belongings
        if belongings is None:
            return
        held = {f"{i.seq}. {i.description} ({i.quantity} {i.unit})": i.id
                for i in belongings.items if i.state == "held"}
        self._ask_and_run("handOver", self.tr("Serahkan barang titipan"), [
            FormField("item", self.tr("Barang"), "choice", options=tuple(held)),
            FormField("recipient", self.tr("Diserahkan kepada"), required=True),
            FormField("note", self.tr("Keterangan (alasan, identitas penerima)"), "text",
                      required=True)], self.tr("&Serahkan"),
            lambda info, v: self._services.detention.hand_over_item(
                self._actor, info.id, held[v["item"]], v["recipient"], v["note"]),
            lambda _info, _done: self.tr("Barang diserahkan dan dicatat."))

    @Slot()
    def decide_release(self) -> None:
        reasons = {self._reasons[r]: r for r in RELEASE_REASONS}
        self._ask_and_run("decideRelease", self.tr("Usul pengeluaran deteni"), [
            FormField("reason", self.tr("Alasan"), "choice", options=tuple(reasons)),
            FormField("destination", self.tr("Tujuan (TPI keberangkatan atau Rudenim)")),
            FormField("why", self.tr("Alasan pemindahan (wajib bila pindah ke Rudenim)"))],
            self.tr("&Ajukan"),
            lambda info, v: self._services.detention.decide_release(
                self._actor, info.id, reasons[v["reason"]], v["destination"], v["why"]),
            lambda info, _done: self.tr("Usul pengeluaran {name} diajukan kepada Kepala "
                                        "Kantor.").format(name=info.full_name))

    @Slot()
    def issue_release_order(self) -> None:
        self._ask_and_run("releaseOrder", self.tr("Surat Perintah Pengeluaran Deteni"), [
            FormField("decision_number", self.tr("Nomor keputusan Kepala Kantor"),
                      required=True),
            FormField("decision_date", self.tr("Tanggal keputusan"), "date",
                      default=self._today_qdate())], self.tr("&Terbitkan"),
            lambda info, v: self._services.detention.issue_release_order(
                self._actor, info.id, v["decision_number"], v["decision_date"]),
            lambda info, _done: self.tr("SP Pengeluaran {name} diterbitkan.").format(
                name=info.full_name))

    @Slot()
    def release(self) -> None:
        """Every belonging ticked off against the intake list: the quantity given back, and
        why where it differs; each cash line's notes, and why per currency."""
        belongings = self._belongings
        if belongings is None:
            return
        fields = []
        for item in belongings.items:
            if item.state != "held":
                continue
            fields += [FormField(f"q_{item.id}", self.tr("{seq}. {what}: jumlah kembali").format(
                seq=item.seq, what=item.description), default=str(item.quantity)),
                FormField(f"n_{item.id}", self.tr("{seq}. keterangan bila berbeda").format(
                    seq=item.seq))]
        for line in belongings.cash:
            fields.append(FormField(f"c_{line.id}", self.tr(
                "Uang {currency} {denomination}: lembar kembali").format(
                currency=line.currency, denomination=line.denomination),
                default=str(line.count)))
        for currency in dict.fromkeys(c.currency for c in belongings.cash):
            fields.append(FormField(f"cur_{currency}", self.tr(
                "Keterangan bila uang {currency} berbeda").format(currency=currency)))
        chosen = self._chosen()
        transfer = chosen is not None and chosen.release_reason == "pemindahan"
        if transfer:  # handed over to the Rudenim's officer, who signs the Berita Acara
            fields += [FormField("receiver", self.tr("Petugas Rudenim penerima"),
                                 required=True),
                       FormField("receiver_nip", self.tr("NIP petugas penerima"), required=True),
                       FormField("receiver_position", self.tr("Jabatan petugas penerima"),
                                 default=self.tr("Petugas Rumah Detensi Imigrasi"))]
        held = [i for i in belongings.items if i.state == "held"]

        def work(info: DetaineeInfo, v: dict[str, Any]) -> DetaineeInfo:
            items = {i.id: ReturnLine(_count(v[f"q_{i.id}"]), v[f"n_{i.id}"]) for i in held}
            cash = {c.id: _count(v[f"c_{c.id}"]) for c in belongings.cash}
            notes = {k[4:]: text for k, text in v.items() if k.startswith("cur_") and text}
            receivers = [Receiver(v["receiver"], v["receiver_nip"], v["receiver_position"])
                         ] if transfer else []
            return self._services.detention.release(self._actor, info.id, items, cash, notes,
                                                    receivers)

        self._ask_and_run("release", self.tr("Pengeluaran dan pengembalian barang"), fields,
                          self.tr("&Keluarkan dan terbitkan BA"), work,
                          lambda info, _done: self.tr("{name} dikeluarkan; Berita Acara "
                                                      "Pengeluaran diterbitkan.").format(
                              name=info.full_name))

    @Slot()
    def document_release(self) -> None:
        self._ask_and_run("releasePhoto", "", [], "",
                          lambda info, _v: self._services.detention.document_release(
                              self._actor, info.id),
                          lambda info, _done: self.tr("Foto pengeluaran {name} "
                                                      "disimpan.").format(name=info.full_name))

    @Slot()
    def plan_deportation(self) -> None:
        zone = self._services.context.config.timezone
        self._ask_and_run("deport", self.tr("Rencana deportasi"), [
            FormField("escorts", self.tr("Petugas pengawal (nama pengguna, pisahkan koma)"),
                      required=True),
            FormField("carrier", self.tr("Maskapai"), required=True),
            FormField("flight", self.tr("Nomor penerbangan"), required=True),
            FormField("day", self.tr("Tanggal berangkat"), "date",
                      default=self._today_qdate()),
            FormField("time", self.tr("Jam berangkat (JJ:MM)"), required=True),
            FormField("checkpoint", self.tr("TPI keberangkatan"), required=True),
            FormField("destination", self.tr("Tujuan"), required=True),
            FormField("ban", self.tr("Usulkan penangkalan"), "check")],
            self.tr("&Terbitkan SP Pengawalan"),
            lambda info, v: self._services.detention.plan_deportation(
                self._actor, info.id, DeportationPlan(
                    tuple(u.strip() for u in v["escorts"].split(",") if u.strip()),
                    v["carrier"], v["flight"],
                    _moment(v["day"], v["time"], zone),
                    v["checkpoint"], v["destination"], v["ban"])),
            lambda info, _done: self.tr("SP Pengawalan dan Surat Pengawasan Keberangkatan "
                                        "{name} diterbitkan.").format(name=info.full_name))

    def _simple(self, name: str, call: Callable[[Actor, str], Any], said: str) -> None:
        self._ask_and_run(name, "", [], "", lambda info, _v: call(self._actor, info.id),
                          lambda info, _done: said.format(name=info.full_name))

    @Slot()
    def mark_passport(self) -> None:
        self._simple("markPassport", self._services.detention.mark_passport,
                     self.tr("Paspor {name} dicap deportasi dan dicatat di Register Deportasi."))

    @Slot()
    def record_boarding(self) -> None:
        self._simple("boarding", self._services.detention.record_boarding,
                     self.tr("{name} telah masuk alat angkut: dideportasi."))

    @Slot()
    def report_deportation(self) -> None:
        self._simple("report", self._services.detention.report_deportation,
                     self.tr("Laporan pendeportasian {name} kepada Kanwil diterbitkan."))

    @Slot()
    def print_daily_register(self) -> None:
        self._forms.run("dailyRegister", {},
                        lambda: self._services.detention.print_daily_register(self._actor),
                        lambda _pdf: self.tr("Register Harian Deteni diterbitkan ke antrian "
                                             "cetak."))

    @Slot()
    def print_deportation_register(self) -> None:
        day = self._today()
        self._forms.run("deportationRegister", {},
                        lambda: self._services.detention.deportation_register(self._actor, day),
                        lambda _pdf: self.tr("Register Deportasi {day} diterbitkan ke antrian "
                                             "cetak.").format(day=day.strftime("%d-%m-%Y")))

    @Slot()
    def complete_step(self) -> None:
        info, case = self._chosen(), self._case
        if info is None or case is None or case.status != OPEN or not case.step_id:
            return
        step = self._services.cases.sop(case.sop_code).step(case.step_id)
        complete_case_step(self._forms, self._services, self._actor, case_id=case.id,
                           number=case.number, step=step, step_title=case.step_title)

    @Slot()
    def _ctrl_enter(self) -> None:
        if self.tabs.currentWidget() is self.intake_page:
            self.receive()
        else:
            self.complete_step()


def _count(text: str) -> int:
    digits = str(text).strip()
    return int(digits) if digits.isdigit() else -1  # refused by the service as out of range


def _moment(day: date, text: str, zone: tzinfo) -> datetime:
    """The departure from its date and its JJ:MM time, in the office's zone."""
    try:
        hours, minutes = (int(part) for part in str(text).strip().split(":"))
        return datetime.combine(day, time(hours, minutes), tzinfo=zone)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Jam berangkat {time} tidak sah; tulis JJ:MM."),
            detail=f"time {text!r}", time=text) from exc
