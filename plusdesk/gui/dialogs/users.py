"""Bestand → Gebruikers: the praktijkmanager adds users, sets roles and resets passwords."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import users
from plusdesk.core.clock import format_datetime, utc_now
from plusdesk.core.errors import PlusDeskError, ValidationError
from plusdesk.gui.dialogs.form import FieldForm, password_edit, save_cancel_buttons
from plusdesk.gui.keys import enter_presses, fit_to_screen, on_enter
from plusdesk.gui.translations import core_tr

ROLE_HELP = {
    users.Role.PRAKTIJKMANAGER: QT_TRANSLATE_NOOP(
        "roles", "alles, ook gebruikers, catalogus, back-ups en het auditlog"
    ),
    users.Role.POH: QT_TRANSLATE_NOOP(
        "roles", "gesprekken en casussen vastleggen, eigen invoer wijzigen"
    ),
    users.Role.HUISARTS: QT_TRANSLATE_NOOP("roles", "alles inzien, gesprekken vastleggen"),
    users.Role.ALLEEN_LEZEN: QT_TRANSLATE_NOOP(
        "roles", "overzichten en grafieken, geen gegevens op patiëntniveau"
    ),
}


def password_hint() -> str:
    return QCoreApplication.translate("users", "minstens {0} tekens").format(
        users.MIN_PASSWORD_LENGTH
    )


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in users.Role:
        combo.addItem(
            f"{core_tr(role.label)} – {QCoreApplication.translate('roles', ROLE_HELP[role])}",
            str(role),
        )
    return combo


class UserEditDialog(QDialog):
    """A new user (name, role, first password) or an existing one (name, role, active)."""

    def __init__(
        self, session: users.Session, user: users.User | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.user = user
        self.saved: users.User | None = None
        new = user is None
        self.setWindowTitle(self.tr("Nieuwe gebruiker") if new else self.tr("Gebruiker wijzigen"))
        self.username_edit = QLineEdit(user.username if user else "")
        self.username_edit.setReadOnly(not new)
        self.full_name_edit = QLineEdit(user.full_name if user else "")
        self.role_combo = role_combo()
        if user:
            self.role_combo.setCurrentIndex(self.role_combo.findData(str(user.role)))
        else:
            self.role_combo.setCurrentIndex(self.role_combo.findData(str(users.Role.POH)))
        self.password_edit = password_edit(password_hint())
        self.password2_edit = password_edit(password_hint())
        self.active_check = QCheckBox(self.tr("Account is actief (kan inloggen)"))
        self.active_check.setChecked(user.active if user else True)

        self.form = FieldForm(self._errors)
        self.form.add("username", self.tr("&Gebruikersnaam:"), self.username_edit)
        self.form.add("full_name", self.tr("&Naam:"), self.full_name_edit)
        self.form.add("role", self.tr("&Rol:"), self.role_combo)
        if new:
            self.form.add("password", self.tr("&Wachtwoord:"), self.password_edit)
            self.form.add("password2", self.tr("&Herhaal wachtwoord:"), self.password2_edit)
        else:
            self.form.addRow("", self.active_check)

        self.buttons = save_cancel_buttons(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)

    def _errors(self) -> dict[str, str]:
        if self.user is not None:
            return {}
        return users.account_field_errors(
            self.username_edit.text(), self.password_edit.text(), self.password2_edit.text()
        )

    def save(self) -> bool:
        if not self.form.validate(show_all=True):
            return False
        role = self.role_combo.currentData()
        try:
            if self.user is None:
                self.saved = users.add_user(
                    self.session,
                    self.username_edit.text(),
                    self.password_edit.text(),
                    self.password2_edit.text(),
                    role,
                    self.full_name_edit.text(),
                )
            else:
                self.saved = users.update_user(
                    self.session,
                    self.user.id,
                    role=role,
                    full_name=self.full_name_edit.text(),
                    active=self.active_check.isChecked(),
                )
        except ValidationError as exc:
            self.form.show_error(exc.field or "username", exc.message)
            return False
        self.accept()
        return True


class ResetPasswordDialog(QDialog):
    """The praktijkmanager gives someone a new password (also lifts a lockout)."""

    def __init__(self, session: users.Session, user: users.User, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.user = user
        self.setWindowTitle(self.tr("Nieuw wachtwoord voor {0}").format(user.display_name))
        self.password_edit = password_edit(password_hint())
        self.password2_edit = password_edit(password_hint())
        self.form = FieldForm(self._errors)
        self.form.add("password", self.tr("&Nieuw wachtwoord:"), self.password_edit)
        self.form.add("password2", self.tr("&Herhaal wachtwoord:"), self.password2_edit)
        hint = QLabel(
            self.tr(
                "Geef het nieuwe wachtwoord persoonlijk door. Een vergrendeling door te veel "
                "mislukte pogingen wordt hiermee ook opgeheven."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _errors(self) -> dict[str, str]:
        try:
            users.validate_password(
                self.password_edit.text(), self.password2_edit.text(), username=self.user.username
            )
        except ValidationError as exc:
            return {exc.field or "password": exc.message}
        return {}

    def save(self) -> bool:
        if not self.form.validate(show_all=True):
            return False
        users.reset_password(
            self.session, self.user.id, self.password_edit.text(), self.password2_edit.text()
        )
        self.accept()
        return True


class UsersDialog(QDialog):
    """The list of accounts with their role, state and last login."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("UsersDialog", "Gebruikersnaam"),
        QT_TRANSLATE_NOOP("UsersDialog", "Naam"),
        QT_TRANSLATE_NOOP("UsersDialog", "Rol"),
        QT_TRANSLATE_NOOP("UsersDialog", "Status"),
        QT_TRANSLATE_NOOP("UsersDialog", "Laatst ingelogd"),
    )

    def __init__(self, session: users.Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Gebruikers – PlusDesk"))
        intro = QLabel(
            self.tr(
                "Iedereen die PlusDesk gebruikt heeft een eigen account, zodat het auditlog "
                "laat zien wie wat heeft ingezien of gewijzigd. Accounts worden niet "
                "verwijderd maar uitgeschakeld: het auditlog blijft naar hen verwijzen."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())

        self.add_button = QPushButton(self.tr("&Nieuwe gebruiker…"))
        self.edit_button = QPushButton(self.tr("Wij&zigen…"))
        self.password_button = QPushButton(self.tr("Nieuw &wachtwoord…"))
        close = QPushButton(self.tr("Sluiten"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.password_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        fit_to_screen(self, 780, 420)
        enter_presses(self, close)  # Enter on the table never presses "Nieuwe gebruiker…"
        on_enter(self.table, self.edit_user)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.users = users.list_users(self.session)
        now = utc_now().isoformat()
        self.table.setRowCount(len(self.users))
        for r, user in enumerate(self.users):
            if not user.active:
                status = self.tr("uitgeschakeld")
            elif user.locked_until and user.locked_until > now:
                status = self.tr("vergrendeld tot {0}").format(format_datetime(user.locked_until))
            else:
                status = self.tr("actief")
            values = (
                user.username,
                user.full_name,
                core_tr(user.role.label),
                status,
                format_datetime(user.last_login_at) or self.tr("nog nooit"),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self._update_buttons()

    def selected(self) -> users.User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.password_button.setEnabled(chosen)

    def select(self, username: str) -> None:
        for r, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(r)

    def _run(self, dialog: QDialog) -> None:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.refresh()
        except PlusDeskError as exc:
            from plusdesk.gui.app import show_error

            show_error(self, exc)

    def add_user(self) -> None:
        dialog = UserEditDialog(self.session, None, self)
        self._run(dialog)
        if dialog.saved:
            self.select(dialog.saved.username)

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(UserEditDialog(self.session, user, self))
            self.select(user.username)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(ResetPasswordDialog(self.session, user, self))
            self.select(user.username)
