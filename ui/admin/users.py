"""Admin → Pengguna: create accounts, assign roles, disable, reset passwords."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import ROLE_TITLES, Actor, Role
from app.errors import GapuraError
from app.services import Services
from app.services.users import NewPassword, UserInfo
from ui.i18n import core_text, error_text
from ui.ops import run_in_background
from ui.widgets.messages import confirm, inform
from ui.widgets.shortcuts import add_shortcut
from ui.widgets.table import RecordTable


class UserDialog(QDialog):
    """New account (username, name, NIP, roles) or, with `user`, its roles only."""

    def __init__(self, user: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pengguna baru") if user is None
                            else self.tr("Peran {username}").format(username=user.username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.full_name = QLineEdit(user.full_name if user else "")
        self.full_name.setObjectName("fullName")
        self.nip = QLineEdit(user.nip if user else "")
        self.nip.setObjectName("nip")
        for field in (self.username, self.full_name, self.nip):
            field.setReadOnly(user is not None)
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("Nama &lengkap"), self.full_name)
        form.addRow(self.tr("NI&P"), self.nip)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Peran:")))
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(core_text(ROLE_TITLES[role]))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(user is not None and role in user.roles)
            self.role_boxes[role] = box
            layout.addWidget(box)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save")
        save.setDefault(True)
        buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def roles(self) -> list[Role]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]


class PasswordNotice(QDialog):
    """Shows a one-time password once, selectable, for the admin to hand over."""

    def __init__(self, result: NewPassword, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi sekali pakai"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Serahkan kata sandi ini kepada {name}. Kata sandi hanya ditampilkan sekali dan "
            "wajib diganti saat masuk pertama.").format(name=result.user.full_name))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.password = QLineEdit(result.password)
        self.password.setObjectName("oneTimePassword")
        self.password.setReadOnly(True)
        layout.addWidget(self.password)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Sudah dicatat"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class UsersPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._users: dict[str, UserInfo] = {}
        self.notice: PasswordNotice | None = None
        self.table = RecordTable([self.tr("Nama pengguna"), self.tr("Nama lengkap"),
                                  self.tr("NIP"), self.tr("Peran"), self.tr("Status"),
                                  self.tr("Terakhir masuk")])
        self.table.setObjectName("users")
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("&Tambah…"), "add", self.add_user, "Ctrl+N")
        self.roles_button = self._button(self.tr("Atur pe&ran…"), "roles", self.edit_roles)
        self.toggle_button = self._button(self.tr("&Nonaktifkan/Aktifkan"), "toggle",
                                          self.toggle_disabled)
        self.reset_button = self._button(self.tr("Atur &ulang kata sandi…"), "reset",
                                         self.reset_password)
        self.refresh_button = self._button(self.tr("&Muat ulang"), "refresh", self.refresh, "F5")
        for button in (self.add_button, self.roles_button, self.toggle_button,
                       self.reset_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def _button(self, text: str, name: str, slot: object, shortcut: str | None = None
                ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        if shortcut:
            add_shortcut(self, shortcut, slot).setText(text)
        return button

    @Slot()
    def refresh(self) -> None:
        run_in_background(self, lambda: self._services.users.list_users(self._actor), self._show)

    def _status(self, user: UserInfo) -> str:
        if user.disabled:
            return self.tr("Nonaktif")
        if user.locked_until is not None and user.locked_until > self._services.context.clock():
            tz = self._services.context.config.timezone
            return self.tr("Terkunci sampai {time}").format(
                time=user.locked_until.astimezone(tz).strftime("%H:%M"))
        if user.must_change_password:
            return self.tr("Wajib ganti kata sandi")
        return self.tr("Aktif")

    def _show(self, users: list[UserInfo]) -> None:
        selected = self.table.selected_key()
        self._users = {u.id: u for u in users}
        tz = self._services.context.config.timezone
        self.table.fill([
            (u.id, (u.username, u.full_name, u.nip,
                    ", ".join(core_text(ROLE_TITLES[r]) for r in u.roles), self._status(u),
                    u.last_sign_in_at.astimezone(tz).strftime("%d-%m-%Y %H:%M")
                    if u.last_sign_in_at else "—"))
            for u in users])
        if selected:
            self.table.select_key(selected)

    def selected(self) -> UserInfo | None:
        key = self.table.selected_key()
        if key is None:
            inform(self, self.tr("Pengguna"),
                                    self.tr("Pilih pengguna di tabel terlebih dahulu."))
            return None
        return self._users[key]

    def _after_change(self, _result: object) -> None:
        self.refresh()

    @Slot()
    def add_user(self) -> UserDialog:
        dialog = UserDialog(parent=self)
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.open()
        return dialog

    def _create(self, dialog: UserDialog) -> None:
        username, name, nip = dialog.username.text(), dialog.full_name.text(), dialog.nip.text()
        roles = dialog.roles()
        run_in_background(
            self, lambda: self._services.users.create_user(self._actor, username, name, roles,
                                                           nip=nip),
            self._show_password, lambda error: self._retry(dialog, error))

    def _retry(self, dialog: UserDialog, error: GapuraError) -> None:
        """Keep what the admin typed: reopen the dialog with the reason."""
        dialog.message.setText(error_text(error))
        dialog.open()

    def _show_password(self, result: NewPassword) -> None:
        self.refresh()
        self.notice = PasswordNotice(result, self)
        self.notice.open()

    @Slot()
    def edit_roles(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(user, self)
        dialog.accepted.connect(lambda: run_in_background(
            self, lambda: self._services.users.set_roles(self._actor, user.id, dialog.roles()),
            self._after_change, lambda error: self._retry(dialog, error)))
        dialog.open()

    @Slot()
    def toggle_disabled(self) -> None:
        user = self.selected()
        if user is None:
            return
        disable = not user.disabled
        question = (self.tr("Nonaktifkan akun {username}? Pengguna itu tidak dapat masuk lagi.")
                    if disable else self.tr("Aktifkan kembali akun {username}?"))
        if not confirm(self, question.format(username=user.username)):
            return
        run_in_background(
            self, lambda: self._services.users.set_disabled(self._actor, user.id, disable),
            self._after_change)

    @Slot()
    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not confirm(self, self.tr("Atur ulang kata sandi {username}? Kata sandi lama tidak "
                                     "berlaku lagi.").format(username=user.username)):
            return
        run_in_background(self, lambda: self._services.users.reset_password(self._actor, user.id),
                          self._show_password)
