"""Pemeriksaan: the counter screen, keyboard-first, one traveller at a time.

Flow (SOP A1): the passport is read (device F2, keyboard-wedge reader typing into the MRZ box, or
typed by hand), the boarding pass scanned, and the verdict appears; face (F5) and fingerprints
(F6) are captured; then the officer admits / allows departure (F9, which stores the crossing and
prints the stamp label) or refers to the supervisor (F10). F12 takes the next traveller.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.domain.counter import Direction, Lane, ReferralReason, Severity
from app.errors import GapuraError
from app.services import Services
from app.services.counter import Biometrics, CheckResult, CrossingInfo, ReferralInfo, Scan
from devices.wedge import ScanKind, WedgeScan
from ui.i18n import core_text, error_text
from ui.ops import run_in_background
from ui.widgets.chip_panel import ChipPanel, ProgressRelay
from ui.widgets.manual_mrz import ManualMrzDialog
from ui.widgets.shortcuts import add_shortcut
from ui.widgets.wedge import installed_filter

MRZ_LENGTHS = {30: 3, 36: 2, 44: 2}  # line length -> lines of a complete zone
SEVERITY_COLOURS = {Severity.INFO: "#1b5e20", Severity.WARNING: "#8a6d00",
                    Severity.REFER: "#b00020"}


def _mrz_complete(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and MRZ_LENGTHS.get(len(lines[0])) == len(lines) and all(
        len(line) == len(lines[0]) for line in lines)


class ReferDialog(QDialog):
    """Why the traveller goes to the supervisor; the verdict's reason is preselected."""

    def __init__(self, suggested: ReferralReason | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rujuk ke supervisor"))
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        labels = {
            ReferralReason.CEKAL: self.tr("HIT cekal (pencegahan/penangkalan)"),
            ReferralReason.INTERPOL: self.tr("HIT Interpol"),
            ReferralReason.CHIP: self.tr("Chip paspor tidak asli / berbeda dengan MRZ"),
            ReferralReason.DOCUMENT: self.tr("Dokumen perjalanan / izin tinggal tidak sah"),
            ReferralReason.OVERSTAY: self.tr("Overstay (bayar biaya beban)"),
            ReferralReason.OVERSTAY_DEPORTATION: self.tr("Overstay lebih dari batas"),
            ReferralReason.BOARDING_PASS: self.tr("Boarding pass tidak sesuai"),
            ReferralReason.SUSPICION: self.tr("Dicurigai / perlu pendalaman"),
            ReferralReason.CARRIER: self.tr("Tanggung jawab alat angkut"),
        }
        for reason, label in labels.items():
            self.reason.addItem(label, reason.value)
        if suggested is not None:
            self.reason.setCurrentIndex(self.reason.findData(suggested.value))
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Alasan"), self.reason)
        form.addRow(self.tr("&Catatan"), self.note)
        buttons = QDialogButtonBox()
        send = buttons.addButton(self.tr("&Rujuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName("send")
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> ReferralReason:
        return ReferralReason(self.reason.currentData())


class CounterScreen(QWidget):
    """One counter. `traveller_done` fires after each decision (crossing or referral)."""

    traveller_done = Signal(str)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.check: CheckResult | None = None
        self.face: Biometrics | None = None
        self.fingerprints: Biometrics | None = None
        self.last_crossing: CrossingInfo | None = None
        self.last_referral: ReferralInfo | None = None
        self.stamp_printed = False
        self._started: float | None = None
        self._steps: dict[str, float] = {}
        self._build()
        self._actions()
        scanner = installed_filter()
        if scanner is not None:
            scanner.scanned.connect(self._scanned)
        self.next_traveller()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        self.arrival = QRadioButton(self.tr("&Kedatangan"))
        self.arrival.setObjectName("arrival")
        self.departure = QRadioButton(self.tr("Kebe&rangkatan"))
        self.departure.setObjectName("departure")
        self.arrival.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.arrival)
        group.addButton(self.departure)
        self.lane = QComboBox()
        self.lane.setObjectName("lane")
        for lane, label in ((Lane.REGULAR, self.tr("Reguler")),
                            (Lane.PRIORITY, self.tr("Prioritas / disabilitas")),
                            (Lane.PMI, self.tr("PMI")), (Lane.VIP, self.tr("VIP / tamu negara"))):
            self.lane.addItem(label, lane.value)
        self.lane.currentIndexChanged.connect(self._lane_changed)
        lane_label = QLabel(self.tr("&Jalur"))
        lane_label.setBuddy(self.lane)
        self.count = QLabel()
        self.count.setObjectName("count")
        for widget in (self.arrival, self.departure, lane_label, self.lane):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count)

        document = QGroupBox(self.tr("Dokumen"))
        doc_form = QFormLayout()
        doc_column = QVBoxLayout(document)
        doc_column.addLayout(doc_form)
        doc_column.addStretch(1)
        self.mrz = QPlainTextEdit()
        self.mrz.setObjectName("mrz")
        self.mrz.setTabChangesFocus(True)
        self.mrz.setPlaceholderText(self.tr("Pindai paspor (F2) atau ketik MRZ baris demi baris"))
        self.mrz.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.mrz.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Three lines of 44 characters (TD3 has two, TD1 three of 30) must show unbroken.
        metrics = QFontMetrics(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.mrz.setMinimumWidth(metrics.horizontalAdvance("W" * 46))
        self.mrz.setFixedHeight(metrics.lineSpacing() * 4 + 12)
        self.mrz.textChanged.connect(self._mrz_changed)
        doc_form.addRow(self.tr("&MRZ"), self.mrz)
        self.boarding_pass = QLineEdit()
        self.boarding_pass.setObjectName("boardingPass")
        self.boarding_pass.setPlaceholderText(self.tr("Pindai barcode boarding pass"))
        self.boarding_pass.returnPressed.connect(self.run_check)
        doc_form.addRow(self.tr("&Boarding pass"), self.boarding_pass)
        self.flight = QLineEdit()
        self.flight.setObjectName("flight")
        self.flight.setPlaceholderText(self.tr("mis. GA 881"))
        self.flight.returnPressed.connect(self.run_check)
        doc_form.addRow(self.tr("Kode &penerbangan"), self.flight)
        self.lane_box = QGroupBox()
        lane_form = QFormLayout(self.lane_box)
        self.lane_fields: dict[str, QLineEdit] = {}
        self._lane_keys: dict[str, list[str]] = {}
        self._lane_titles = {Lane.PMI.value: self.tr("Data PMI"),
                             Lane.PRIORITY.value: self.tr("Jalur prioritas"),
                             Lane.VIP.value: self.tr("Pejabat / tamu negara")}
        # SOP A11/A12: the PMI lane keeps the worker's placement data with the crossing; A2 the
        # reason for priority service; A10 the protocol notice of a state guest.
        for lane, key, label in (
                (Lane.PMI, "pmi_id", self.tr("Nomor ID PMI / e-PMI")),
                (Lane.PMI, "agency", self.tr("Perusahaan penempatan (P3MI)")),
                (Lane.PMI, "country", self.tr("Negara tujuan / asal")),
                (Lane.PMI, "employer", self.tr("Pemberi kerja")),
                (Lane.PRIORITY, "priority_reason",
                 self.tr("Alasan (disabilitas, lansia, ibu hamil, anak)")),
                (Lane.VIP, "protocol_reference", self.tr("Nomor surat pemberitahuan protokol")),
                (Lane.VIP, "delegation", self.tr("Delegasi / instansi"))):
            field = QLineEdit()
            field.setObjectName(f"lane_{key}")
            self.lane_fields[key] = field
            self._lane_keys.setdefault(lane.value, []).append(key)
            lane_form.addRow(label, field)
        self.lane_box.hide()
        doc_form.addRow(self.lane_box)

        result = QGroupBox(self.tr("Hasil pemeriksaan"))
        grid = QGridLayout(result)
        self.traveller = QLabel()
        self.traveller.setObjectName("traveller")
        self.traveller.setWordWrap(True)
        self.traveller.setProperty("gapura_data", True)
        self.traveller.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.setObjectName("findings")
        self.biometrics = QLabel()
        self.biometrics.setObjectName("biometrics")
        self.biometrics.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.chip_panel = ChipPanel()
        self._chip_progress = ProgressRelay(self)
        self._chip_progress.progressed.connect(self.chip_panel.show_progress)
        grid.addWidget(self.traveller, 0, 0)
        grid.addWidget(self.verdict, 1, 0)
        grid.addWidget(self.findings, 2, 0)
        grid.addWidget(self.chip_panel, 3, 0)
        grid.addWidget(self.biometrics, 4, 0)
        grid.addWidget(self.message, 5, 0)

        buttons = QHBoxLayout()
        self.read_button = self._button(self.tr("Baca paspor (F2)"), "read", self.read_document)
        self.manual_button = self._button(self.tr("Isi manual (Ctrl+M)"), "manual",
                                          self.manual_entry)
        self.face_button = self._button(self.tr("Foto wajah (F5)"), "face", self.capture_face)
        self.finger_button = self._button(self.tr("Sidik jari (F6)"), "fingers",
                                          self.capture_fingerprints)
        self.pass_button = self._button(self.tr("Izinkan + cap (F9)"), "pass", self.let_pass)
        self.refer_button = self._button(self.tr("Rujuk supervisor (F10)"), "refer", self.refer)
        self.reprint_button = self._button(self.tr("Cetak ulang cap (F8)"), "reprint",
                                           self.reprint)
        self.next_button = self._button(self.tr("Penumpang berikut (F12)"), "next",
                                        self.next_traveller)
        for button in (self.read_button, self.manual_button, self.face_button,
                       self.finger_button, self.pass_button, self.refer_button,
                       self.reprint_button, self.next_button):
            buttons.addWidget(button)

        columns = QHBoxLayout()
        columns.addWidget(document, 2)
        columns.addWidget(result, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _actions(self) -> None:
        for keys, slot, name in (("F2", self.read_document, "readAction"),
                                 ("Ctrl+M", self.manual_entry, "manualAction"),
                                 ("F3", self.toggle_direction, "directionAction"),
                                 ("F5", self.capture_face, "faceAction"),
                                 ("F6", self.capture_fingerprints, "fingersAction"),
                                 ("F8", self.reprint, "reprintAction"),
                                 ("F9", self.let_pass, "passAction"),
                                 ("F10", self.refer, "referAction"),
                                 ("F12", self.next_traveller, "nextAction")):
            add_shortcut(self, keys, slot, name=name)

    # -- state ------------------------------------------------------------------------------

    def direction(self) -> Direction:
        return Direction.ARRIVAL if self.arrival.isChecked() else Direction.DEPARTURE

    def _step(self, name: str) -> None:
        """Note the time of an SOP step for this traveller (seconds since the first input)."""
        if self._started is None:
            self._started = time.monotonic()
        self._steps.setdefault(name, round(time.monotonic() - self._started, 3))

    @Slot()
    def toggle_direction(self) -> None:
        (self.departure if self.arrival.isChecked() else self.arrival).setChecked(True)
        self._clear_result()

    @Slot(int)
    def _lane_changed(self, _index: int) -> None:
        lane = self.lane.currentData()
        keys = self._lane_keys.get(lane, [])
        form = self.lane_box.layout()
        for key, field in self.lane_fields.items():
            form.setRowVisible(field, key in keys)
        self.lane_box.setTitle(self._lane_titles.get(lane, ""))
        self.lane_box.setVisible(bool(keys))

    def _clear_result(self) -> None:
        self.check = None
        self.traveller.clear()
        self.verdict.clear()
        self.findings.clear()
        self.chip_panel.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        checked = self.check is not None
        self.pass_button.setEnabled(checked and self.check.verdict.may_pass)
        self.refer_button.setEnabled(checked)
        self.face_button.setEnabled(checked)
        self.finger_button.setEnabled(checked)
        self.reprint_button.setEnabled(self.last_crossing is not None
                                       and self.last_crossing.stamp is not None)

    @Slot()
    def next_traveller(self) -> None:
        """Clear everything for the next traveller and put the cursor in the MRZ box."""
        self.mrz.blockSignals(True)
        self.mrz.clear()
        self.mrz.blockSignals(False)
        for field in (self.boarding_pass, self.flight, *self.lane_fields.values()):
            field.clear()
        self.face = self.fingerprints = None
        self._started = None
        self._steps = {}
        self.biometrics.clear()
        self.message.clear()
        self._clear_result()
        self.mrz.setFocus()
        self._refresh_count()

    def _refresh_count(self) -> None:
        run_in_background(self, lambda: self._services.counter.today_count(self._actor),
                          lambda n: self.count.setText(
                              self.tr("Penumpang hari ini: {count}").format(count=n)))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")

    def _failed(self, error: GapuraError) -> None:
        self._say(error_text(error), error=True)
        self._update_buttons()

    # -- reading ----------------------------------------------------------------------------

    @Slot()
    def _mrz_changed(self) -> None:
        self._step("received")
        if _mrz_complete(self.mrz.toPlainText()):
            self.run_check()

    @Slot()
    @Slot(object)
    def _scanned(self, scan: WedgeScan) -> None:
        """A keyboard-wedge reader's MRZ: read it at once when this screen is in front."""
        if scan.kind is ScanKind.MRZ and self.isVisible() and self.isActiveWindow():
            self.read_document()

    def read_document(self) -> None:
        self._step("received")
        self._say(self.tr("Membaca paspor…"))
        run_in_background(self, lambda: self._services.counter.read_document(self._actor),
                          self._document_read, self._failed)

    def _document_read(self, lines: str) -> None:
        self.mrz.setPlainText(lines)  # completes the zone, which runs the check

    @Slot()
    def manual_entry(self) -> None:
        dialog = ManualMrzDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._step("received")
            self.mrz.setPlainText(dialog.mrz())

    @Slot()
    def run_check(self) -> None:
        text = self.mrz.toPlainText().strip()
        if not text:
            self._say(self.tr("Pindai paspor dulu (F2), atau ketik MRZ."), error=True)
            return
        scan = Scan(mrz=text, direction=self.direction(), lane=Lane(self.lane.currentData()),
                    boarding_pass=self.boarding_pass.text(), flight_code=self.flight.text(),
                    lane_details={k: self.lane_fields[k].text().strip()
                                  for k in self._lane_keys.get(self.lane.currentData(), [])
                                  if self.lane_fields[k].text().strip()})
        self._step("scanned")
        self._say(self.tr("Memeriksa…"))
        relay = self._chip_progress  # the chip's read reports from the worker through it
        run_in_background(self, lambda: self._services.counter.check(
            self._actor, scan, progress=relay.report), self._show_check, self._check_failed)

    def _check_failed(self, error: GapuraError) -> None:
        self._clear_result()
        self._failed(error)

    def _show_check(self, check: CheckResult) -> None:
        self.check = check
        self._step("screened")
        doc = check.document
        self.traveller.setText(
            f"{doc.surname}, {doc.given_names}\n{doc.nationality} · {doc.document_type} "
            f"{doc.document_number} · {doc.birth_date or '—'} · {doc.sex or '—'} · "
            f"{doc.expiry_date or '—'}")
        if check.verdict.may_pass:
            self.verdict.setText(self.tr("BOLEH {action}").format(
                action=self.tr("MASUK") if check.scan.direction is Direction.ARRIVAL
                else self.tr("BERANGKAT")))
            self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1b5e20;")
        else:
            self.verdict.setText(self.tr("RUJUK KE SUPERVISOR"))
            self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b00020;")
        self.findings.clear()
        for finding in check.verdict.findings:
            params = {k: core_text(v) if isinstance(v, str) else v
                      for k, v in finding.params.items()}  # marked words in the findings
            item = QListWidgetItem(core_text(finding.message).format(**params))
            item.setForeground(Qt.GlobalColor.darkGreen if finding.severity is Severity.INFO
                               else Qt.GlobalColor.darkYellow
                               if finding.severity is Severity.WARNING else Qt.GlobalColor.red)
            item.setData(Qt.ItemDataRole.UserRole, finding.code)
            self.findings.addItem(item)
        self.chip_panel.show_chip(check.chip)
        if self.face is not None:
            self.chip_panel.show_live_photo(self.face.photo)
        if check.flight_code and not self.flight.text():
            self.flight.setText(check.flight_code)
        self._say("")
        self._update_buttons()

    # -- biometrics -------------------------------------------------------------------------

    @Slot()
    def capture_face(self) -> None:
        if self.check is None:
            return
        self._say(self.tr("Mengambil foto wajah…"))
        run_in_background(self, lambda: self._services.counter.capture_face(self._actor),
                          self._face_captured, self._failed)

    def _face_captured(self, face: Biometrics) -> None:
        self.face = face
        self._step("face")
        self.chip_panel.show_live_photo(face.photo)  # beside the chip's DG2 face
        if not face.ok:
            self._say(self.tr("Foto kurang baik: {reasons}. Ulangi (F5).").format(
                reasons="; ".join(core_text(r) for r in face.reasons)), error=True)
        else:
            self._say(self.tr("Foto wajah tersimpan."))
        self._show_biometrics()

    @Slot()
    def capture_fingerprints(self) -> None:
        if self.check is None:
            return
        self._say(self.tr("Letakkan kedua jari telunjuk pada pemindai…"))
        run_in_background(self, lambda: self._services.counter.capture_fingerprints(self._actor),
                          self._fingers_captured, self._failed)

    def _fingers_captured(self, prints: Biometrics) -> None:
        self.fingerprints = prints
        self._step("fingerprints")
        self._say(self.tr("Sidik jari tersimpan."))
        self._show_biometrics()

    def _show_biometrics(self) -> None:
        face = (self.tr("ada") if self.face and self.face.ok else self.tr("belum"))
        fingers = (self.tr("kualitas {q}").format(q=self.fingerprints.quality)
                   if self.fingerprints else self.tr("belum"))
        self.biometrics.setText(self.tr("Foto: {face} · Sidik jari: {fingers}").format(
            face=face, fingers=fingers))

    # -- decisions --------------------------------------------------------------------------

    @Slot()
    def let_pass(self) -> None:
        check = self.check
        if check is None or not check.verdict.may_pass:
            return
        biometrics = {b.kind: {"quality": b.quality, "sha256": b.sha256, "ok": b.ok}
                      for b in (self.face, self.fingerprints) if b is not None}
        self._step("decided")
        steps = dict(self._steps)
        self.pass_button.setEnabled(False)
        run_in_background(
            self, lambda: self._services.counter.record_crossing(
                self._actor, check, biometrics=biometrics, steps=steps),
            self._crossing_recorded, self._failed)

    def _crossing_recorded(self, crossing: CrossingInfo) -> None:
        self.last_crossing = crossing
        self.traveller_done.emit(crossing.id)
        self._print_stamp()
        self.next_traveller()

    def _print_stamp(self) -> None:
        crossing = self.last_crossing
        if crossing is None or crossing.stamp is None:
            return
        number = crossing.stamp.number

        def printed(_job: Any) -> None:
            self.stamp_printed = True
            self._say(self.tr("Tercatat; cap {number} dicetak.").format(number=number))

        def failed(error: GapuraError) -> None:
            self.stamp_printed = False
            self._say(self.tr("Tercatat, tetapi cap {number} gagal dicetak: {error} Tekan F8 "
                              "untuk mencetaknya lagi.").format(
                number=number, error=error_text(error)), error=True)

        run_in_background(
            self, lambda: self._services.documents.print_document(self._actor,
                                                                  crossing.stamp.id),
            printed, failed)

    @Slot()
    def reprint(self) -> None:
        """F8: print the last stamp again; once it printed, a copy needs a reason."""
        crossing = self.last_crossing
        if crossing is None or crossing.stamp is None:
            return
        if not self.stamp_printed:
            self._print_stamp()
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cetak ulang cap"),
            self.tr("Alasan cetak ulang cap {number}:").format(number=crossing.stamp.number))
        if not ok:
            return
        stamp_id = crossing.stamp.id

        def queued(job: Any) -> None:
            run_in_background(
                self, lambda: self._services.documents.print_job(self._actor, job.id),
                lambda _sent: self._say(self.tr("Salinan ke-{n} cap dicetak.").format(
                    n=job.reprint)), self._failed)

        run_in_background(
            self, lambda: self._services.documents.reprint(self._actor, stamp_id, reason),
            queued, self._failed)

    @Slot()
    def refer(self) -> None:
        check = self.check
        if check is None:
            return
        dialog = ReferDialog(check.verdict.referral_reason, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, note = dialog.chosen(), dialog.note.toPlainText()
        run_in_background(
            self, lambda: self._services.counter.refer(self._actor, check, reason, note),
            self._referred, self._failed)

    def _referred(self, referral: ReferralInfo) -> None:
        self.last_referral = referral
        self.traveller_done.emit(referral.id)
        self.next_traveller()
        self._say(self.tr("Penumpang dirujuk ke supervisor."))
