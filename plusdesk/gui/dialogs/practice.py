"""The practice's details: asked at the first start (or the demo chosen), editable later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.practice import (
    FirstAccount,
    Practice,
    PracticeDetails,
    field_errors,
    validate_details,
    validate_first_account,
)
from plusdesk.core.users import MIN_PASSWORD_LENGTH, account_field_errors
from plusdesk.gui.dialogs.form import FieldForm


class FirstStartDialog(QDialog):
    """Asks for the practice and its first account; `choice` tells what the user chose.

    The first account is the praktijkmanager: whoever sets up PlusDesk manages its users.
    """

    CREATE = "create"
    DEMO = "demo"

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        allow_demo: bool = True,
        ask_account: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe praktijk – PlusDesk"))
        self.setObjectName("firstStartDialog")
        self.choice: str | None = None
        self.details: PracticeDetails | None = None
        self.account: FirstAccount | None = None
        self.ask_account = ask_account

        self.intro = intro = QLabel(
            self.tr(
                "<h2>Welkom bij PlusDesk</h2>"
                "<p>Vul de gegevens van uw praktijk in en maak uw eigen account aan om te "
                "beginnen. U kunt de praktijkgegevens later aanvullen via Bestand → "
                "Praktijkgegevens. Wilt u eerst rondkijken? Kies dan <b>Demopraktijk "
                "laden</b>: een verzonnen praktijk met voorbeeldgegevens.</p>"
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijv. Huisartsenpraktijk De Linde"))
        self.agb_edit = QLineEdit()
        self.agb_edit.setPlaceholderText(self.tr("8 cijfers, bijv. 01234567"))
        self.agb_edit.setMaxLength(12)
        self.zorggroep_edit = QLineEdit()
        self.zorggroep_edit.setPlaceholderText(self.tr("bijv. Zorggroep Zuid-Limburg"))
        self.list_size_spin = QSpinBox()
        self.list_size_spin.setRange(0, 200_000)
        self.list_size_spin.setSingleStep(100)
        self.list_size_spin.setGroupSeparatorShown(True)
        self.list_size_spin.setSpecialValueText(self.tr("nog onbekend"))
        self.list_size_spin.setSuffix(self.tr(" patiënten"))
        self.wave_spin = QSpinBox()
        self.wave_spin.setRange(0, 20)
        self.wave_spin.setSpecialValueText(self.tr("nog onbekend"))
        self.wave_spin.setPrefix(self.tr("golf "))
        self.wave_spin.setToolTip(self.tr("De golf waarin de praktijk met PlusPraktijk begon"))

        self.form = form = FieldForm(self._errors)
        form.add("name", self.tr("&Naam praktijk:"), self.name_edit)
        form.add("agb_code", self.tr("&AGB-code praktijk:"), self.agb_edit)
        form.add("zorggroep", self.tr("&Zorggroep:"), self.zorggroep_edit)
        form.add("list_size", self.tr("Aantal &ingeschreven patiënten:"), self.list_size_spin)
        form.add("wave", self.tr("Go&lf:"), self.wave_spin)
        self.zorggroep_edit.textEdited.connect(lambda _t: self.form.validate())
        self.list_size_spin.valueChanged.connect(lambda _v: self.form.validate())

        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("bijv. m.jansen"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setPlaceholderText(self.tr("bijv. Marieke Jansen"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("minstens {0} tekens").format(MIN_PASSWORD_LENGTH)
        )
        self.password2_edit = QLineEdit()
        self.password2_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.account_box = QGroupBox(self.tr("Uw account (praktijkmanager)"))
        account_form = FieldForm(self._errors)
        account_form.add("username", self.tr("&Gebruikersnaam:"), self.username_edit)
        account_form.add("full_name", self.tr("&Uw naam:"), self.full_name_edit)
        account_form.add("password", self.tr("&Wachtwoord:"), self.password_edit)
        account_form.add("password2", self.tr("&Herhaal wachtwoord:"), self.password2_edit)
        self.account_form = account_form
        self.account_box.setLayout(account_form)
        self.account_box.setVisible(ask_account)

        where = QLabel(self.tr("Gegevensbestand: {0}").format(str(path)))
        where.setWordWrap(True)
        where.setObjectName("muted")

        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Praktijk aanma&ken"))
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button = QPushButton(self.tr("&Demopraktijk laden"))
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setVisible(allow_demo)  # after addButton, which shows it
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.create_button.clicked.connect(self._create)
        self.demo_button.clicked.connect(self._demo)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.account_box)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        for f in (self.form, self.account_form):
            f.on_change.append(lambda _ok: self._update_button())
        self.form.validate()

    @property
    def message(self) -> QLabel:
        """The first visible field message (for tests and screen readers)."""
        for f in (self.form, self.account_form):
            for label in f.messages.values():
                if label.text():
                    return label
        return self.form.messages["name"]

    def messages(self) -> dict[str, str]:
        """Every message shown now, per field."""
        return {
            k: label.text()
            for f in (self.form, self.account_form)
            for k, label in f.messages.items()
            if label.text()
        }

    def _update_button(self) -> None:
        self.create_button.setEnabled(not self.messages())

    def _values(self) -> tuple[str, str, str, int | None]:
        size = self.list_size_spin.value()
        return (
            self.name_edit.text(),
            self.agb_edit.text(),
            self.zorggroep_edit.text(),
            size if size > 0 else None,
        )

    def _wave(self) -> int | None:
        return self.wave_spin.value() or None

    def _errors(self) -> dict[str, str]:
        errors = field_errors(*self._values())
        if self.ask_account:
            errors.update(
                account_field_errors(
                    self.username_edit.text(),
                    self.password_edit.text(),
                    self.password2_edit.text(),
                )
            )
        return errors

    def _validate(self, *, show_all: bool = False) -> PracticeDetails | None:
        """Check the form; show the problems of fields the user has already touched."""
        ok = self.form.validate(show_all=show_all)
        ok = self.account_form.validate(show_all=show_all) and ok
        if not ok:
            return None
        return validate_details(*self._values(), wave=self._wave())

    def _create(self) -> None:
        details = self._validate(show_all=True)
        if details is None:
            return
        if self.ask_account:
            self.account = validate_first_account(
                self.username_edit.text(),
                self.password_edit.text(),
                self.password2_edit.text(),
                self.full_name_edit.text(),
            )
        self.details = details
        self.choice = self.CREATE
        self.accept()

    def _demo(self) -> None:
        self.choice = self.DEMO
        self.accept()


class PracticeDetailsDialog(FirstStartDialog):
    """Bestand → Praktijkgegevens: the same form, filled in, to correct or complete it."""

    def __init__(self, path: Path, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(path, parent, allow_demo=False, ask_account=False)
        self.setWindowTitle(self.tr("Praktijkgegevens – PlusDesk"))
        self.intro.setText(
            self.tr(
                "<h2>Praktijkgegevens</h2><p>De zorggroep herkent uw praktijk aan de "
                "AGB-code; het aantal ingeschreven patiënten is de basis voor de cijfers "
                "per 1.000 patiënten.</p>"
            )
        )
        self.create_button.setText(self.tr("&Opslaan"))
        self.name_edit.setText(practice.name)
        self.agb_edit.setText(practice.agb_code)
        self.zorggroep_edit.setText(practice.zorggroep)
        self.list_size_spin.setValue(practice.list_size or 0)
        self.wave_spin.setValue(practice.wave or 0)
        self.form.touched.update({"name", "agb_code"})
        self._validate()
