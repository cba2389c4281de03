"""Sign-in, forced password change and the idle-lock dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth import passwords
from app.auth.permissions import Actor
from app.errors import GapuraError
from app.services import Services
from app.services.auth import SignIn
from ui.i18n import error_text
from ui.ops import run_in_background


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setProperty("gapura_data", True)  # holds translated messages only
    return label


LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))  # each named in its own language


class SignInDialog(QDialog):
    """Username and password; on success `result_sign_in` holds the officer's session.

    The language can be switched here: `language_changed` asks the shell to reload the texts.
    """

    language_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 language: str = "id") -> None:
        super().__init__(parent)
        self._services = services
        self.result_sign_in: SignIn | None = None
        cfg = services.context.config
        self.setWindowTitle(self.tr("Gapura — Masuk"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Masuk ke Gapura"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        where = QLabel(self.tr("Kantor: {office} · Workstation: {workstation}").format(
            office=cfg["office.name"], workstation=cfg.workstation_id))
        where.setObjectName("where")
        layout.addWidget(where)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = _password_field("password")
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("&Kata sandi"), self.password)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        form.addRow(self.tr("&Bahasa"), self.language)
        layout.addLayout(form)
        self.message = _message_label()
        layout.addWidget(self.message)
        run_in_background(self, services.auth.has_accounts, self._show_first_run_hint)
        self.sign_in_button = QPushButton(self.tr("&Masuk"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._submit)
        buttons = QDialogButtonBox()
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def _show_first_run_hint(self, has_accounts: bool) -> None:
        if not has_accounts:
            self.message.setText(self.tr(
                "Belum ada akun di workstation ini. Admin TIK membuat akun pertama dengan "
                "perintah: gapura user add NAMA --name \"Nama Lengkap\" --role admin"))

    @Slot()
    def _submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.message.setText(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self._busy(True)
        run_in_background(self, lambda: self._services.auth.sign_in(username, password),
                          self._signed_in, self._refused)

    def _busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.message.setText(self.tr("Memeriksa…") if busy else "")

    def _signed_in(self, result: SignIn) -> None:
        self.result_sign_in = result
        self.password.clear()
        self.accept()

    def _refused(self, error: GapuraError) -> None:
        self._busy(False)
        self.message.setText(error_text(error))
        self.password.clear()
        self.password.setFocus()


class ChangePasswordDialog(QDialog):
    """Change one's own password; when `forced` it cannot be skipped, only signed out of."""

    def __init__(self, services: Services, actor: Actor, *, forced: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr(
                "Ini masuk pertama atau kata sandi Anda baru diatur ulang. "
                "Buat kata sandi baru sebelum melanjutkan."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.current = _password_field("current")
        self.new = _password_field("new")
        self.repeat = _password_field("repeat")
        form.addRow(self.tr("Kata sandi &lama"), self.current)
        form.addRow(self.tr("Kata sandi &baru"), self.new)
        form.addRow(self.tr("&Ulangi kata sandi baru"), self.repeat)
        layout.addLayout(form)
        hint = QLabel(self.tr("Minimal {length} karakter, berisi huruf dan angka, "
                              "tidak memuat nama pengguna.").format(length=passwords.MIN_LENGTH))
        layout.addWidget(hint)
        self.message = _message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Simpan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        cancel_text = self.tr("&Keluar akun") if forced else self.tr("&Batal")
        buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(
            self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("Kata sandi baru dan ulangannya tidak sama."))
            return
        current, new = self.current.text(), self.new.text()
        self.save_button.setEnabled(False)
        run_in_background(
            self, lambda: self._services.auth.change_password(self._actor, current, new),
            lambda _none: self.accept(), self._refused)

    def _refused(self, error: GapuraError) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error_text(error))


class LockDialog(QDialog):
    """Shown after idle time: the open work stays behind it until the password is given."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.setWindowTitle(self.tr("Layar terkunci"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        who = QLabel(self.tr("Layar dikunci karena tidak ada aktivitas. "
                             "Masukkan kata sandi {name} untuk melanjutkan.").format(
            name=actor.full_name))
        who.setWordWrap(True)
        layout.addWidget(who)
        self.password = _password_field("password")
        layout.addWidget(self.password)
        self.message = _message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("&Buka kunci"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        sign_out = buttons.addButton(self.tr("&Keluar akun"),
                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        sign_out.setObjectName("signOut")
        sign_out.clicked.connect(self._sign_out)
        layout.addWidget(buttons)
        self.password.setFocus()

    def reject(self) -> None:
        """Escape does not unlock."""

    @Slot()
    def _submit(self) -> None:
        password = self.password.text()
        self.unlock_button.setEnabled(False)
        run_in_background(self, lambda: self._services.auth.unlock(self._actor, password),
                          self._done, self._refused)

    def _done(self, _none: object) -> None:
        self.password.clear()
        self.unlocked.emit()
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, error: GapuraError) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.message.setText(error_text(error))

    @Slot()
    def _sign_out(self) -> None:
        self.sign_out_requested.emit()
        self.done(QDialog.DialogCode.Rejected)
