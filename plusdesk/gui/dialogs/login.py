"""Signing in: the login dialog at start, the idle lock, and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import users
from plusdesk.core.db import Database
from plusdesk.core.errors import LoginError, PlusDeskError, ValidationError
from plusdesk.core.practice import get_practice
from plusdesk.gui import settings
from plusdesk.gui.dialogs.form import ERROR_STYLE, FieldForm, password_edit, save_cancel_buttons
from plusdesk.gui.translations import core_tr


class LoginDialog(QDialog):
    """Name and password; every attempt is logged by the core, which also locks after 5."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: users.Session | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Inloggen – PlusDesk"))
        practice = get_practice(db)

        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        self.heading.setText(practice.name if practice else self.tr("PlusDesk"))
        where = QLabel(self.tr("Gegevensbestand: {0}").format(str(db.path)))
        where.setObjectName("muted")
        where.setWordWrap(True)

        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.password_edit = password_edit()
        self.password_edit.setObjectName("password")
        form = QFormLayout()
        form.addRow(self.tr("&Gebruikersnaam:"), self.username_edit)
        form.addRow(self.tr("&Wachtwoord:"), self.password_edit)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.demo_hint = QLabel(
            self.tr(
                "Dit is de demopraktijk. Log in als <b>demo</b> (praktijkmanager), <b>poh</b>, "
                "<b>huisarts</b> of <b>lezer</b>, met het wachtwoord <b>{0}</b>."
            ).format(users.DEMO_PASSWORD)
        )
        self.demo_hint.setObjectName("badge")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(bool(practice and practice.is_demo))

        self.buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("&Inloggen"))
        self.login_button.setDefault(True)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.login_button.clicked.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addWidget(self.demo_hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        last = settings.read(settings.LAST_USER)
        if practice and practice.is_demo and not last:
            last = "demo"
        self.username_edit.setText(last)
        (self.password_edit if last else self.username_edit).setFocus()

    def show_message(self, text: str) -> None:
        """A message under the fields; the core's (in Dutch) in the window's language."""
        self.message.setText(core_tr(text))
        self.message.setVisible(bool(text))

    def try_login(self) -> bool:
        """Check the name and password with the core; stays open with the reason on failure."""
        name = self.username_edit.text().strip()
        if not name:
            self.show_message(self.tr("Vul uw gebruikersnaam in."))
            self.username_edit.setFocus()
            return False
        try:
            self.session = users.login(self.db, name, self.password_edit.text())
        except PlusDeskError as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.show_message(exc.message)
            return False
        settings.write(settings.LAST_USER, self.session.user.username)
        self.accept()
        return True


class LockDialog(QDialog):
    """Shown after an idle period: the same user's password brings the window back."""

    SIGN_OUT = 2

    def __init__(self, session: users.Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.locked_message = ""
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Vergrendeld – PlusDesk"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        text = QLabel(
            self.tr(
                "<h3>PlusDesk is vergrendeld</h3><p>Zo kan niemand anders de gegevens op "
                "deze computer zien. Voer het wachtwoord van <b>{0}</b> in om verder te "
                "gaan.</p>"
            ).format(session.user.display_name)
        )
        text.setWordWrap(True)
        self.password_edit = password_edit()
        self.password_edit.setObjectName("password")
        form = QFormLayout()
        form.addRow(self.tr("&Wachtwoord:"), self.password_edit)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"))
        self.unlock_button.setDefault(True)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self.tr("Andere &gebruiker…"))
        self.other_button.setToolTip(
            self.tr("Meldt {0} af, zodat iemand anders kan inloggen").format(
                session.user.display_name
            )
        )
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.other_button.clicked.connect(lambda: self.done(self.SIGN_OUT))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Escape does not unlock; only the password (or signing out) does."""

    def try_unlock(self) -> bool:
        try:
            users.unlock_screen(self.session, self.password_edit.text())
        except LoginError as exc:
            self.password_edit.clear()
            self.message.setText(core_tr(exc.message))
            self.message.setVisible(True)
            if isinstance(exc, users.AccountLockedError):
                self.locked_message = exc.message
                self.done(self.SIGN_OUT)  # account locked now: only a new login remains
            return False
        self.accept()
        return True


class ChangePasswordDialog(QDialog):
    """Bestand → Wachtwoord wijzigen: the current password, then the new one twice."""

    def __init__(self, session: users.Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Wachtwoord wijzigen – PlusDesk"))
        self.current_edit = password_edit()
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(
            self.tr("minstens {0} tekens").format(users.MIN_PASSWORD_LENGTH)
        )
        self.password2_edit = password_edit()
        self.form = FieldForm(self._errors)
        self.form.add("current", self.tr("&Huidig wachtwoord:"), self.current_edit)
        self.form.add("password", self.tr("&Nieuw wachtwoord:"), self.password_edit)
        self.form.add("password2", self.tr("He&rhaal nieuw wachtwoord:"), self.password2_edit)
        self.buttons = save_cancel_buttons(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.current_edit.text():
            errors["current"] = self.tr("Vul uw huidige wachtwoord in.")
        try:
            users.validate_password(
                self.password_edit.text(),
                self.password2_edit.text(),
                username=self.session.user.username,
            )
        except ValidationError as exc:
            errors[exc.field or "password"] = exc.message
        return errors

    def save(self) -> bool:
        if not self.form.validate(show_all=True):
            return False
        try:
            users.change_own_password(
                self.session,
                self.current_edit.text(),
                self.password_edit.text(),
                self.password2_edit.text(),
            )
        except ValidationError as exc:
            self.form.show_error(exc.field or "password", exc.message)
            return False
        self.accept()
        return True


class FirstAccountDialog(QDialog):
    """A practice file from before accounts existed: create the praktijkmanager's account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: users.Session | None = None
        self.setWindowTitle(self.tr("Eerste account – PlusDesk"))
        intro = QLabel(
            self.tr(
                "<h3>Maak het account van de praktijkmanager aan</h3><p>Vanaf deze versie "
                "logt iedereen met een eigen account in, zodat PlusDesk bijhoudt wie welke "
                "gegevens inziet of wijzigt (NEN 7513). Het eerste account is dat van de "
                "praktijkmanager; die maakt daarna de andere gebruikers aan.</p>"
            )
        )
        intro.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.full_name_edit = QLineEdit()
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(
            self.tr("minstens {0} tekens").format(users.MIN_PASSWORD_LENGTH)
        )
        self.password2_edit = password_edit()
        self.form = FieldForm(self._errors)
        self.form.add("username", self.tr("&Gebruikersnaam:"), self.username_edit)
        self.form.add("full_name", self.tr("&Uw naam:"), self.full_name_edit)
        self.form.add("password", self.tr("&Wachtwoord:"), self.password_edit)
        self.form.add("password2", self.tr("&Herhaal wachtwoord:"), self.password2_edit)
        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Account &aanmaken"))
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def _errors(self) -> dict[str, str]:
        return users.account_field_errors(
            self.username_edit.text(), self.password_edit.text(), self.password2_edit.text()
        )

    def create(self) -> bool:
        if not self.form.validate(show_all=True):
            return False
        try:
            user = users.create_first_account(
                self.db,
                self.username_edit.text(),
                self.password_edit.text(),
                self.password2_edit.text(),
                self.full_name_edit.text(),
            )
            self.session = users.login(self.db, user.username, self.password_edit.text())
        except ValidationError as exc:
            self.form.show_error(exc.field or "username", exc.message)
            return False
        settings.write(settings.LAST_USER, user.username)
        self.accept()
        return True
