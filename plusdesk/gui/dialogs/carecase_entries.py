"""What is added to a care case: contacts, PHQ-9/GAD-7 scores, psychiatrist reviews, thresholds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import carecases
from plusdesk.core.carecase_check import threshold_problems
from plusdesk.core.carecase_model import (
    CONTACT_LABELS,
    DECISION_LABELS,
    INSTRUMENTS,
    MINUTES_MAX,
    SOCIAL_LABELS,
    THRESHOLD_LIMITS,
    Case,
    ContactDraft,
    ContactKind,
    Decision,
    Instrument,
    MeasureDraft,
    ReviewDraft,
    Thresholds,
)
from plusdesk.core.users import Session
from plusdesk.gui.dialogs.carecase_common import (
    WARNING_STYLE,
    CareDialog,
    ScoreInput,
    mnemonic,
    note_edit,
)
from plusdesk.gui.dialogs.conversation import choice_combo, text_label
from plusdesk.gui.dialogs.status import capitalised, date_edit, qdate_to_date
from plusdesk.gui.translations import core_tr

__all__ = [
    "WARNING_STYLE",
    "CareDialog",
    "ContactDialog",
    "MeasureDialog",
    "ReviewDialog",
    "ScoreInput",
    "ThresholdsDialog",
    "mnemonic",
    "note_edit",
]


class ContactDialog(CareDialog):
    """A contact with the patient: date, kind, duration, a note, and whether to discuss it."""

    checks = staticmethod(carecases.check_contact)
    adds = staticmethod(carecases.add_contact)

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, case)
        self.setWindowTitle(self.tr("Contact vastleggen"))
        self.date_edit = date_edit()
        self.kind_combo = choice_combo(self.tr("Kies…"), CONTACT_LABELS)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(ContactKind.SPREEKUUR.value))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, MINUTES_MAX)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSpecialValueText(self.tr("niet ingevuld"))
        self.minutes_spin.setSuffix(self.tr(" minuten"))
        self.note_edit = note_edit(90)
        self.note_edit.setPlaceholderText(self.tr("Wat is besproken en afgesproken"))
        self.note_edit.textChanged.connect(self.judge)
        self.discuss_check = QCheckBox(self.tr("&Bespreken met psychiater"))
        self.add("held_on", self.tr("&Datum:"), self.date_edit)
        self.add("kind", self.tr("&Soort contact:"), self.kind_combo)
        self.add("minutes", self.tr("D&uur:"), self.minutes_spin)
        self.add("note", self.tr("&Notitie:"), self.note_edit)
        self.form.addRow("", self.discuss_check)
        self.ready()
        self.note_edit.setFocus()

    def draft(self) -> ContactDraft:
        return ContactDraft(
            held_on=qdate_to_date(self.date_edit.date()),
            kind=self.kind_combo.currentData() or "",
            minutes=self.minutes_spin.value() or None,
            note=self.note_edit.toPlainText(),
            discuss=self.discuss_check.isChecked(),
        )


class MeasureDialog(CareDialog):
    """A PHQ-9 or GAD-7 with its severity shown live, and the safety warning of PHQ-9 item 9."""

    checks = staticmethod(carecases.check_measure)
    adds = staticmethod(carecases.add_measure)

    def __init__(
        self,
        session: Session,
        case: Case,
        parent: QWidget | None = None,
        instrument: Instrument = Instrument.PHQ9,
    ) -> None:
        super().__init__(session, parent, case)
        self.setWindowTitle(self.tr("Meting vastleggen"))
        self.instrument_combo = QComboBox()
        for key, spec in INSTRUMENTS.items():
            self.instrument_combo.addItem(core_tr(spec.label), key.value)
        self.instrument_combo.setCurrentIndex(self.instrument_combo.findData(instrument.value))
        self.date_edit = date_edit()
        self.score = ScoreInput(instrument)
        self.score.changed.connect(self.judge)
        self.score.finished.connect(lambda: self.leave("total"))
        self.instrument_combo.currentIndexChanged.connect(
            lambda _i: self.score.set_instrument(Instrument(self.instrument_combo.currentData()))
        )
        self.add("instrument", self.tr("&Vragenlijst:"), self.instrument_combo)
        self.add("measured_on", self.tr("&Datum:"), self.date_edit)
        self.add("total", self.tr("&Score:"), self.score)
        self.ready()
        self.score.setFocus()

    def draft(self) -> MeasureDraft:
        return MeasureDraft(
            measured_on=qdate_to_date(self.date_edit.date()),
            instrument=self.instrument_combo.currentData() or "",
            total=self.score.total(),
            items=self.score.items(),
        )


class ReviewDialog(CareDialog):
    """The psychiatrist's consultation: who, the conclusion (maybe a social cause), the advice."""

    checks = staticmethod(carecases.check_review)
    adds = staticmethod(carecases.add_review)

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, case)
        self.setWindowTitle(self.tr("Consult psychiater"))
        self.date_edit = date_edit()
        last = self.db.scalar(
            "SELECT psychiatrist FROM carecase_review ORDER BY reviewed_on DESC LIMIT 1"
        )
        self.psychiatrist_edit = QLineEdit(last or "")
        self.psychiatrist_edit.setPlaceholderText(self.tr("naam van de psychiater"))
        decisions = QWidget()
        column = QVBoxLayout(decisions)
        column.setContentsMargins(0, 0, 0, 0)
        self.decision_group = QButtonGroup(self)
        self.decision_radios: dict[Decision, QRadioButton] = {}
        used = {"o", "d", "p", "c", "v"}  # Opslaan and the other fields' shortcuts
        for decision, label in DECISION_LABELS.items():
            radio = QRadioButton(mnemonic(capitalised(core_tr(label)), used))
            self.decision_group.addButton(radio)
            self.decision_radios[decision] = radio
            column.addWidget(radio)
        decisions.setFocusProxy(self.decision_radios[Decision.STOORNIS])
        self.decision_group.buttonToggled.connect(lambda _b, _on: self._decided())
        self.social_combo = choice_combo(self.tr("Kies…"), SOCIAL_LABELS)
        self.advice_edit = note_edit(90)
        self.advice_edit.setPlaceholderText(self.tr("Advies aan de huisarts en de POH"))
        self.advice_edit.textChanged.connect(self.judge)
        self.add("reviewed_on", self.tr("&Datum:"), self.date_edit)
        self.add("psychiatrist", self.tr("&Psychiater:"), self.psychiatrist_edit)
        self.add("decision", self.tr("Conclusie:"), decisions)
        self.add("social_cause", self.tr("So&ciale oorzaak:"), self.social_combo)
        self.add("advice", self.tr("Ad&vies:"), self.advice_edit)
        self._decided()
        self.ready()
        (self.psychiatrist_edit if not last else decisions).setFocus()

    def decision(self) -> Decision | None:
        return next((d for d, r in self.decision_radios.items() if r.isChecked()), None)

    def _decided(self) -> None:
        self.social_combo.setEnabled(self.decision() is Decision.SOCIAAL)
        if self.decision() is not None:
            self.leave("decision")

    def draft(self) -> ReviewDraft:
        decision = self.decision()
        social = self.social_combo.currentData() if decision is Decision.SOCIAAL else None
        return ReviewDraft(
            reviewed_on=qdate_to_date(self.date_edit.date()),
            psychiatrist=self.psychiatrist_edit.text(),
            decision=decision.value if decision else "",
            social_cause=social or None,
            advice=self.advice_edit.toPlainText(),
        )


class ThresholdsDialog(CareDialog):
    """The practice's thresholds for the caseload list, within their limits, with the defaults."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Drempels van de caseload"))
        self.saved: Thresholds | None = None
        intro = text_label(
            self.tr(
                "Deze drempels bepalen wat de caseloadlijst laat zien: wanneer een casus 'niet "
                "verbeterd' is en met de psychiater besproken moet worden, wanneer het contact "
                "verlopen is, en vanaf wanneer een daling telt als respons of remissie. Ze gelden "
                "voor de hele praktijk. De standaardwaarden volgen de collaborative-care-aanpak."
            )
        )
        self.layout_.insertWidget(0, intro)
        current = carecases.thresholds(self.db)
        self.spins: dict[str, QSpinBox] = {}
        used = {"o", "t"}  # Opslaan, Standaardwaarden
        for key, (low, high, label) in THRESHOLD_LIMITS.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(getattr(current, key))
            spin.setToolTip(self.tr("{0} t/m {1}").format(low, high))
            spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("0000") + 48)
            spin.valueChanged.connect(lambda _v: self.judge())
            self.spins[key] = spin
            self.add(key, mnemonic(capitalised(core_tr(label)), used) + ":", spin)
        self.defaults_button = QPushButton(self.tr("S&tandaardwaarden"))
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.buttons.addButton(self.defaults_button, self.buttons.ButtonRole.ResetRole)
        self.ready()

    def restore_defaults(self) -> None:
        for key, spin in self.spins.items():
            spin.setValue(getattr(Thresholds(), key))

    def draft(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def check(self) -> dict[str, str]:
        return threshold_problems(dict(self.draft()))[0]

    def store(self) -> None:
        self.saved = carecases.save_thresholds(self.session, dict(self.draft()))
