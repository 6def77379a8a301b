"""Small dialogs of the register: change or correct a status, undo one, add an own intervention."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import intervention_details, interventions
from plusdesk.core.clock import format_date
from plusdesk.core.errors import PlusDeskError, ValidationError
from plusdesk.core.interventions import STATUS_LABELS, Status, StatusEntry
from plusdesk.core.users import Session
from plusdesk.core.validation import today
from plusdesk.gui.dialogs.form import ERROR_STYLE, FieldForm, save_cancel_buttons
from plusdesk.gui.translations import core_tr


def date_edit(value: date | None = None) -> QDateEdit:
    """A date field shown as dd-mm-jjjj with a calendar, not later than today."""
    day = value or today()
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(interventions.EARLIEST.year, 1, 1))
    edit.setMaximumDate(QDate(today().year, today().month, today().day))
    return edit


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def status_combo() -> QComboBox:
    combo = QComboBox()
    for status in Status:
        combo.addItem(capitalised(core_tr(STATUS_LABELS[status])), status.value)
    return combo


def capitalised(label: str) -> str:
    """A status label as the first word of a list item ("In voorbereiding")."""
    return label[:1].upper() + label[1:]


class StatusDialog(QDialog):
    """Record a new status with its effective date, or correct an earlier entry."""

    def __init__(
        self,
        session: Session,
        code: str,
        title: str,
        current: Status,
        correcting: StatusEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.code = code
        self.correcting = correcting
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Statusregel corrigeren") if correcting else self.tr("Status wijzigen")
        )
        heading = QLabel(f"<b>{title}</b> ({code})")
        heading.setWordWrap(True)
        if correcting:
            explain = self.tr(
                "U corrigeert de regel '{0}' per {1}. De oude regel blijft in de geschiedenis "
                "zichtbaar als gecorrigeerd."
            ).format(
                core_tr(STATUS_LABELS[correcting.status]), format_date(correcting.effective_date)
            )
        else:
            explain = self.tr(
                "Huidige status: {0}. Vul de datum in waarop de nieuwe status ingaat. Die mag in "
                "het verleden liggen als u iets achteraf vastlegt."
            ).format(core_tr(STATUS_LABELS[current]))
        intro = QLabel(explain)
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        self.status_combo = status_combo()
        suggested = correcting.status if correcting else _next_step(current)
        self.status_combo.setCurrentIndex(self.status_combo.findData(suggested.value))
        self.date_edit = date_edit(correcting.effective_date if correcting else None)
        self.reason_edit = QLineEdit(correcting.reason if correcting else "")
        self.reason_edit.setPlaceholderText(self.tr("bijvoorbeeld: geen capaciteit, geen effect"))
        self.note_edit = QPlainTextEdit(correcting.note if correcting else "")
        self.note_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld wat er besloten is, of waarom een stap terug nodig was")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)

        self.form = FieldForm(self._errors)
        self.form.add("status", self.tr("Nieuwe &status:"), self.status_combo)
        self.form.add("effective_date", self.tr("&Ingangsdatum:"), self.date_edit)
        self.form.add("reason", self.tr("&Reden van stoppen:"), self.reason_edit)
        self.form.add("note", self.tr("&Toelichting:"), self.note_edit)
        self.status_combo.currentIndexChanged.connect(self._show_reason)
        self._show_reason()

        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _show_reason(self) -> None:
        stopping = self.status_combo.currentData() == Status.GESTOPT.value
        self.form.setRowVisible(self.form.fields["reason"].parentWidget(), stopping)

    def _errors(self) -> dict[str, str]:
        stopping = self.status_combo.currentData() == Status.GESTOPT.value
        if stopping and not self.reason_edit.text().strip():
            return {"reason": self.tr("Vul de reden van stoppen in.")}
        return {}

    def save(self) -> bool:
        def record() -> None:
            self.saved_id = interventions.change_status(
                self.session,
                self.code,
                self.status_combo.currentData(),
                qdate_to_date(self.date_edit.date()),
                note=self.note_edit.toPlainText(),
                reason=self.reason_edit.text(),
                corrects=self.correcting.id if self.correcting else None,
            )

        return self.form.submit(self, record)


def _next_step(current: Status) -> Status:
    """The status a user most likely records next."""
    if current in interventions.WORKFLOW[:-1]:
        return interventions.WORKFLOW[interventions.WORKFLOW.index(current) + 1]
    if current is Status.GESTOPT:
        return Status.VOORBEREIDING
    return current


def _show(parent: QWidget, error: PlusDeskError) -> None:
    from plusdesk.gui.app import show_error

    show_error(parent, error)


class UndoDialog(QDialog):
    """Confirm undoing a status entry, with an optional reason kept in the history."""

    def __init__(self, session: Session, entry: StatusEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.entry = entry
        self.setWindowTitle(self.tr("Statusregel ongedaan maken"))
        question = self.tr(
            "De regel '{0}' per {1} ongedaan maken? De regel blijft zichtbaar in de "
            "geschiedenis, doorgestreept, met uw naam en de datum van vandaag."
        ).format(core_tr(STATUS_LABELS[entry.status]), format_date(entry.effective_date))
        if entry.is_correction:
            question += " " + self.tr(
                "Dit is een correctie: ook de regel die zij verving, blijft dan ongeldig."
            )
        text = QLabel(question)
        text.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Waarom? (optioneel)"))
        self.error = QLabel()
        self.error.setObjectName("error_note")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Ongedaan maken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        try:
            interventions.undo_entry(self.session, self.entry.id, note=self.note_edit.text())
        except ValidationError as exc:
            if exc.field != "note":
                _show(self, exc)
                return
            self.error.setText(core_tr(exc.message))
            self.error.setVisible(True)
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except PlusDeskError as exc:
            _show(self, exc)
            return
        self.accept()


class LocalInterventionDialog(QDialog):
    """Add an intervention of the practice's own, outside the zorggroep's catalogue."""

    def __init__(
        self,
        session: Session,
        domains: list[tuple[str, str]],
        domain: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        self.setWindowTitle(self.tr("Eigen interventie toevoegen"))
        intro = QLabel(
            self.tr(
                "Een interventie die uw praktijk zelf invoert, naast de catalogus van de "
                "zorggroep. Ze krijgt een eigen code en is in het register gemarkeerd als eigen."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.domain_combo = QComboBox()
        for code, title in domains:
            self.domain_combo.addItem(core_tr(title), code)
        if domain:
            self.domain_combo.setCurrentIndex(max(0, self.domain_combo.findData(domain)))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("bijvoorbeeld: Wandelgroep met de buurtsportcoach")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        self.form = FieldForm(self._errors)
        self.form.add("domain", self.tr("&Domein:"), self.domain_combo)
        self.form.add("title", self.tr("&Naam:"), self.title_edit)
        self.form.add("description", self.tr("&Beschrijving:"), self.description_edit)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _errors(self) -> dict[str, str]:
        if not self.title_edit.text().strip():
            return {"title": self.tr("Vul de naam van de interventie in.")}
        return {}

    def save(self) -> bool:
        def add() -> None:
            self.code = intervention_details.add_local_intervention(
                self.session,
                self.domain_combo.currentData(),
                self.title_edit.text(),
                self.description_edit.toPlainText(),
            )

        return self.form.submit(self, add)
