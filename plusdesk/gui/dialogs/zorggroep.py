"""A new zorggroep workspace: the zorggroep's name and the first account (its beheerder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.practice import FirstAccount, validate_first_account
from plusdesk.core.users import MIN_PASSWORD_LENGTH, account_field_errors
from plusdesk.gui.dialogs.form import FieldForm, password_edit


class NewZorggroepDialog(QDialog):
    """Asks the zorggroep's name and its first account; `name` and `account` when accepted."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw zorggroepbestand – PlusDesk"))
        self.name: str = ""
        self.account: FirstAccount | None = None
        intro = QLabel(
            self.tr(
                "<h3>Een zorggroepbestand aanmaken</h3><p>Hierin leest de zorggroep de "
                "exportbestanden van haar praktijken in, vergelijkt ze en maakt de "
                "benchmarkpakketten. Het bevat geen patiëntgegevens: alleen de getallen die "
                "de praktijken delen. Het eerste account beheert het bestand en de "
                "gebruikers.</p>"
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijv. Zorggroep Zuid-Limburg"))
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("bijv. m.jansen"))
        self.full_name_edit = QLineEdit()
        self.password_edit = password_edit(
            self.tr("minstens {0} tekens").format(MIN_PASSWORD_LENGTH)
        )
        self.password2_edit = password_edit()
        self.form = FieldForm(self._errors)
        self.form.add("name", self.tr("&Naam zorggroep:"), self.name_edit)
        self.form.add("username", self.tr("&Gebruikersnaam:"), self.username_edit)
        self.form.add("full_name", self.tr("&Uw naam:"), self.full_name_edit)
        self.form.add("password", self.tr("&Wachtwoord:"), self.password_edit)
        self.form.add("password2", self.tr("&Herhaal wachtwoord:"), self.password2_edit)
        where = QLabel(self.tr("Bestand: {0}").format(str(path)))
        where.setWordWrap(True)
        where.setObjectName("muted")
        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Zorggroepbestand &aanmaken"))
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _errors(self) -> dict[str, str]:
        errors = account_field_errors(
            self.username_edit.text(), self.password_edit.text(), self.password2_edit.text()
        )
        if not self.name_edit.text().strip():
            errors["name"] = self.tr("Vul de naam van de zorggroep in.")
        return errors

    def create(self) -> bool:
        """Accept when every field is fine; otherwise show what to correct."""
        if not self.form.validate(show_all=True):
            return False
        self.account = validate_first_account(
            self.username_edit.text(),
            self.password_edit.text(),
            self.password2_edit.text(),
            self.full_name_edit.text(),
        )
        self.name = self.name_edit.text().strip()
        self.accept()
        return True
