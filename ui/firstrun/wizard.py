"""The setup wizard: office, workstation, central server and enrolment, devices, language.

It shows on the first start of an instance without a configuration (ui/app.py), and an admin can
run it again from Admin (the running program then keeps its settings until it is restarted).
The wizard only gathers answers; `app.firstrun.apply` writes the config and enrols, in the
background, and a refusal (a wrong code, the server down) keeps the wizard open on its last page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import firstrun
from app.config import DEVICE_KINDS, SETTINGS_BY_KEY
from app.errors import GapuraError
from app.firstrun import Home, Setup, SetupResult
from app.paths import instance_paths
from ui.i18n import error_text
from ui.ops import run_in_background

log = logging.getLogger(__name__)


def home_of(config_file: Path) -> Home:
    """The instance home whose config is `config_file` (None: GAPURA_HOME or the platform's
    directories), so the wizard re-run from Admin changes the instance that is running."""
    if config_file.resolve() == instance_paths().config_file.resolve():
        return None
    return config_file.parent.parent  # <home>/config/config.toml


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class _Page(QWizardPage):
    """A page whose answers are checked (by their config keys) before the wizard moves on."""

    KEYS: tuple[str, ...] = ()

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.error = _error_label()

    def validatePage(self) -> bool:
        try:
            firstrun.check(self._wizard.setup(), self.KEYS)
        except GapuraError as error:
            self.error.setText(error_text(error))
            return False
        self.error.clear()
        return True


class LanguagePage(_Page):
    KEYS = ("ui.language",)

    def __init__(self, wizard: SetupWizard, setup: Setup) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Selamat datang di Gapura"))
        self.setSubTitle(self.tr("Workstation ini belum disiapkan. Jawab beberapa pertanyaan; "
                                 "semuanya dapat diubah lagi dari menu Admin."))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Bahasa Indonesia"), "id")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(setup.language)))
        form = QFormLayout(self)
        form.addRow(self.tr("&Bahasa tampilan:"), self.language)
        form.addRow(self.error)


class OfficePage(_Page):
    KEYS = ("office.code", "office.name", "office.timezone")

    def __init__(self, wizard: SetupWizard, setup: Setup) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Kantor"))
        self.setSubTitle(self.tr("Kantor Imigrasi tempat workstation ini dipakai."))
        self.code = QLineEdit(setup.office_code)
        self.code.setObjectName("officeCode")
        self.name = QLineEdit(setup.office_name)
        self.name.setObjectName("officeName")
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        for zone, abbreviation in firstrun.TIMEZONES:
            self.timezone.addItem(f"{abbreviation} ({zone})", zone)
        self.timezone.setCurrentIndex(max(0, self.timezone.findData(setup.timezone)))
        form = QFormLayout(self)
        form.addRow(self.tr("&Kode kantor:"), self.code)
        form.addRow(self.tr("&Nama kantor:"), self.name)
        form.addRow(self.tr("&Zona waktu:"), self.timezone)
        form.addRow(self.error)


class ServerPage(_Page):
    KEYS = ("workstation.id", "server.url")

    def __init__(self, wizard: SetupWizard, setup: Setup) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Workstation dan server pusat"))
        self.setSubTitle(self.tr(
            "Kode pendaftaran sekali pakai diberikan admin server pusat (`gapura server "
            "enrol-code`). Kosongkan URL server untuk bekerja tanpa server."))
        self.workstation = QLineEdit(setup.workstation_id)
        self.workstation.setObjectName("workstationId")
        self.url = QLineEdit(setup.server_url)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("https://gapura.kanim.example:8765")
        self.code = QLineEdit(setup.enrolment_code)
        self.code.setObjectName("enrolmentCode")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        form = QFormLayout(self)
        form.addRow(self.tr("Nama &workstation:"), self.workstation)
        form.addRow(self.tr("&URL server pusat:"), self.url)
        form.addRow(self.tr("Kode &pendaftaran:"), self.code)
        form.addRow(self.error)


class DevicesPage(_Page):
    KEYS = tuple(f"devices.{kind}.driver" for kind in DEVICE_KINDS)

    def __init__(self, wizard: SetupWizard, setup: Setup) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Printer dan perangkat"))
        self.setSubTitle(self.tr("Driver tiap perangkat; \"simulator\" untuk pelatihan tanpa "
                                 "perangkat. Uji tiap perangkat nanti di Admin → Perangkat."))
        names = {"document_reader": self.tr("Pembaca paspor"), "camera": self.tr("Kamera"),
                 "fingerprint": self.tr("Pemindai sidik jari"), "printer": self.tr("Printer"),
                 "barcode": self.tr("Pemindai barcode")}
        self.drivers: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        for kind in DEVICE_KINDS:
            combo = QComboBox()
            combo.setObjectName(f"driver_{kind}")
            for driver in SETTINGS_BY_KEY[f"devices.{kind}.driver"].choices:
                combo.addItem(driver, driver)
            combo.setCurrentIndex(max(0, combo.findData(setup.devices.get(kind))))
            self.drivers[kind] = combo
            form.addRow(names.get(kind, kind) + ":", combo)
        form.addRow(self.error)


class SummaryPage(_Page):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Simpan dan daftarkan"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        setup = self._wizard.setup()
        server = (self.tr("Server pusat: {url}; workstation didaftarkan dengan kode.")
                  .format(url=setup.server_url) if setup.server_url.strip()
                  else self.tr("Tanpa server pusat (offline)."))
        self.summary.setText(self.tr("Kantor {code} – {name}, {zone}. Workstation {ws}.")
                             .format(code=setup.office_code, name=setup.office_name,
                                     zone=setup.timezone, ws=setup.workstation_id)
                             + "\n" + server)
        self.error.clear()
        self.status.clear()

    def validatePage(self) -> bool:
        return self._wizard.finish_in_background()


class SetupWizard(QWizard):
    """Gathers a `Setup`; on Finish writes it and enrols, then `completed` carries the result."""

    completed = Signal(object)  # SetupResult

    def __init__(self, home: Home = None, *, rerun: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Penyiapan workstation Gapura"))
        self._home = home
        self._rerun = rerun
        self._applying = False
        self.result_setup: SetupResult | None = None
        start = firstrun.current_setup(home)
        self.language_page = LanguagePage(self, start)
        self.office_page = OfficePage(self, start)
        self.server_page = ServerPage(self, start)
        self.devices_page = DevicesPage(self, start)
        self.summary_page = SummaryPage(self)
        for page in (self.language_page, self.office_page, self.server_page,
                     self.devices_page, self.summary_page):
            self.addPage(page)
        # Qt has no Indonesian for its own buttons.
        texts = {QWizard.WizardButton.BackButton: self.tr("< &Kembali"),
                 QWizard.WizardButton.NextButton: self.tr("&Lanjut >"),
                 QWizard.WizardButton.FinishButton: self.tr("&Simpan"),
                 QWizard.WizardButton.CancelButton: self.tr("&Batal")}
        for button, text in texts.items():
            self.setButtonText(button, text)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)

    def setup(self) -> Setup:
        """The answers as the pages hold them now."""
        return Setup(
            office_code=self.office_page.code.text(),
            office_name=self.office_page.name.text(),
            timezone=self.office_page.timezone.currentData(),
            workstation_id=self.server_page.workstation.text(),
            server_url=self.server_page.url.text(),
            enrolment_code=self.server_page.code.text(),
            language=self.language_page.language.currentData(),
            devices={kind: combo.currentData()
                     for kind, combo in self.devices_page.drivers.items()})

    def finish_in_background(self) -> bool:
        """Start writing and enrolling; the wizard closes itself when that succeeds."""
        if self.result_setup is not None:
            return True
        if self._applying:
            return False
        setup = self.setup()
        self._applying = True
        self._busy(True)
        self.summary_page.error.clear()
        self.summary_page.status.setText(
            self.tr("Mendaftarkan workstation ke server pusat…") if setup.server_url.strip()
            else self.tr("Menyimpan konfigurasi…"))
        home, exclusive = self._home, not self._rerun
        run_in_background(self, lambda: firstrun.apply(setup, home, exclusive=exclusive),
                          self._applied, self._refused)
        return False

    def _busy(self, busy: bool) -> None:
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not busy)

    @Slot(object)
    def _applied(self, result: SetupResult) -> None:
        self._applying = False
        self._busy(False)
        self.result_setup = result
        log.info("setup done: %s (enrolled as %s)", result.config_file, result.enrolled_as)
        self.completed.emit(result)
        if self._rerun:  # stays open to say so; Finish (now "Tutup") closes it
            self.summary_page.status.setText(self.tr(
                "Tersimpan. Mulai ulang Gapura agar pengaturan baru berlaku."))
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Tutup"))
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            return
        self.accept()

    @Slot(object)
    def _refused(self, error: GapuraError) -> None:
        self._applying = False
        self._busy(False)
        self.summary_page.status.clear()
        self.summary_page.error.setText(error_text(error))
