"""The care-case form (open or change a case) and the form to record its route or close it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QWidget

from plusdesk.core import carecases
from plusdesk.core.carecase_model import (
    CLOSE_LABELS,
    PROBLEM_LABELS,
    ROUTE_LABELS,
    SOCIAL_LABELS,
    Case,
    CaseDraft,
    CloseDraft,
    Instrument,
    Route,
)
from plusdesk.core.users import Session
from plusdesk.gui.dialogs.carecase_common import CareDialog, ScoreInput, note_edit
from plusdesk.gui.dialogs.conversation import choice_combo, hbox, text_label
from plusdesk.gui.dialogs.status import date_edit, qdate_to_date


class CaseFormDialog(CareDialog):
    """Open a case with its first PHQ-9 and GAD-7, or change a case's heading.

    After Opslaan, case_id holds the case's id.
    """

    def __init__(
        self, session: Session, parent: QWidget | None = None, case: Case | None = None
    ) -> None:
        super().__init__(session, parent)
        self.case = case
        self.case_id: int | None = case.id if case else None
        self.setWindowTitle(self.tr("Casus wijzigen") if case else self.tr("Nieuwe casus"))
        self.patient_edit = QLineEdit()
        self.patient_edit.setPlaceholderText(self.tr("zoals in uw HIS, geen BSN"))
        self.date_edit = date_edit(case.started_on if case else None)
        self.manager_combo = QComboBox()
        self.manager_combo.addItem(self.tr("Kies…"), "")
        for username, name in carecases.case_managers(self.db):
            self.manager_combo.addItem(name, username)
        self.problem_combo = choice_combo(self.tr("Kies…"), PROBLEM_LABELS)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("bijvoorbeeld: na verlies van werk"))
        self.safety_check = QCheckBox(self.tr("&Zorgen over veiligheid (bespreken met psychiater)"))
        self.add("patient_ref", self.tr("&Patiëntnummer (HIS):"), self.patient_edit)
        self.add("started_on", self.tr("&Startdatum:"), self.date_edit)
        self.add("case_manager", self.tr("&Casemanager:"), self.manager_combo)
        self.add("problem", self.tr("&Aanmeldklacht:"), self.problem_combo)
        self.add("problem_note", self.tr("&Toelichting:"), self.note_edit)
        self.form.addRow("", self.safety_check)
        self.scores: dict[Instrument, ScoreInput] = {}
        if case is None:
            hint = self.tr("Op de startdatum; leeg laten als de vragenlijst niet is afgenomen.")
            self.form.addRow(QLabel(self.tr("<b>Eerste meting</b>")), text_label(hint))
            for instrument, label in (
                (Instrument.PHQ9, self.tr("P&HQ-9:")),
                (Instrument.GAD7, self.tr("&GAD-7:")),
            ):
                score = self.scores[instrument] = ScoreInput(instrument)
                score.changed.connect(self.judge)
                score.finished.connect(lambda key=instrument.value: self.leave(key))
                self.add(instrument.value, label, score)
        self._fill(case)
        self.ready()
        self.patient_edit.setFocus()

    def _fill(self, case: Case | None) -> None:
        if case is None:
            mine = self.manager_combo.findData(self.session.user.username)
            self.manager_combo.setCurrentIndex(max(0, mine))
            return
        self.patient_edit.setText(case.patient_ref)
        if self.manager_combo.findData(case.case_manager) < 0:  # no longer active: keep it
            self.manager_combo.addItem(case.case_manager, case.case_manager)
        self.manager_combo.setCurrentIndex(self.manager_combo.findData(case.case_manager))
        self.problem_combo.setCurrentIndex(self.problem_combo.findData(case.problem.value))
        self.note_edit.setText(case.problem_note)
        self.safety_check.setChecked(case.safety_since is not None)

    def draft(self) -> CaseDraft:
        phq9, gad7 = self.scores.get(Instrument.PHQ9), self.scores.get(Instrument.GAD7)
        return CaseDraft(
            patient_ref=self.patient_edit.text(),
            started_on=qdate_to_date(self.date_edit.date()),
            case_manager=self.manager_combo.currentData() or "",
            problem=self.problem_combo.currentData() or "",
            problem_note=self.note_edit.text(),
            safety_concern=self.safety_check.isChecked(),
            phq9=phq9.total() if phq9 else None,
            phq9_items=phq9.items() if phq9 else (),
            gad7=gad7.total() if gad7 else None,
            gad7_items=gad7.items() if gad7 else (),
        )

    def check(self) -> dict[str, str]:
        return carecases.check_case(self.db, self.draft(), self.case_id)

    def store(self) -> None:
        if self.case is None:
            self.case_id = carecases.open_case(self.session, self.draft())
        else:
            carecases.update_case(self.session, self.case.id, self.draft())


class RouteDialog(CareDialog):
    """Where the patient goes on, the relapse-prevention plan and, when closing, date and reason."""

    def __init__(
        self, session: Session, case: Case, parent: QWidget | None = None, close: bool = False
    ) -> None:
        super().__init__(session, parent, case)
        self.case: Case = case
        self.closing = close
        self.setWindowTitle(self.tr("Casus afsluiten") if close else self.tr("Route vastleggen"))
        first = self.tr("Kies…") if close else self.tr("Nog geen route")
        self.route_combo = choice_combo(first, ROUTE_LABELS)
        self.route_combo.setCurrentIndex(max(0, self.route_combo.findData(case.route or "")))
        self.social_combo = choice_combo(self.tr("Kies…"), SOCIAL_LABELS)
        self.social_combo.setCurrentIndex(
            max(0, self.social_combo.findData(case.route_social or ""))
        )
        self.route_date = date_edit(case.route_on)
        self.plan_check = QCheckBox(self.tr("Terugvalpreventieplan &gemaakt op"))
        self.plan_check.setChecked(case.relapse_plan_on is not None)
        self.plan_date = date_edit(case.relapse_plan_on)
        self.plan_date.setAccessibleName(self.tr("Datum terugvalpreventieplan"))
        plan = QWidget()
        plan.setLayout(hbox(self.plan_check, self.plan_date, None))
        plan.layout().setContentsMargins(0, 0, 0, 0)
        plan.setFocusProxy(self.plan_check)
        self.add("route", self.tr("&Route:"), self.route_combo)
        self.add("route_social", self.tr("Hulp &bij:"), self.social_combo)
        self.add("route_on", self.tr("&Datum route:"), self.route_date)
        self.add("relapse_plan_on", "", plan)
        self.closed_date = date_edit()
        self.reason_combo = choice_combo(self.tr("Kies…"), CLOSE_LABELS)
        self.close_note_edit = note_edit()
        self.close_note_edit.setPlaceholderText(self.tr("Verplicht bij 'anders'"))
        self.close_note_edit.textChanged.connect(self.judge)
        if close:
            self.add("closed_on", self.tr("&Afsluitdatum:"), self.closed_date)
            self.add("close_reason", self.tr("R&eden:"), self.reason_combo)
            self.add("close_note", self.tr("&Toelichting:"), self.close_note_edit)
        self.route_combo.currentIndexChanged.connect(lambda _i: self._show_route())
        self.plan_check.toggled.connect(self._plan_toggled)
        self.route_date.dateChanged.connect(lambda _d: self.leave("route_on"))
        self.plan_date.dateChanged.connect(lambda _d: self.leave("relapse_plan_on"))
        self._show_route()
        self.plan_date.setEnabled(self.plan_check.isChecked())
        self.ready()
        self.route_combo.setFocus()

    def _route(self) -> str:
        return self.route_combo.currentData() or ""

    def _show_route(self) -> None:
        self.form.setRowVisible(
            self.social_combo.parentWidget(), self._route() == Route.SOCIAAL_DOMEIN
        )
        self.form.setRowVisible(self.route_date.parentWidget(), bool(self._route()))

    def _plan_toggled(self, on: bool) -> None:
        self.plan_date.setEnabled(on)
        self.leave("relapse_plan_on")

    def draft(self) -> CloseDraft:
        route = self._route()
        social = self.social_combo.currentData() if route == Route.SOCIAAL_DOMEIN else None
        return CloseDraft(
            route=route or None,
            route_social=social or None,
            route_on=qdate_to_date(self.route_date.date()) if route else None,
            relapse_plan_on=qdate_to_date(self.plan_date.date())
            if self.plan_check.isChecked()
            else None,
            closed_on=qdate_to_date(self.closed_date.date()) if self.closing else None,
            close_reason=(self.reason_combo.currentData() or None) if self.closing else None,
            close_note=self.close_note_edit.toPlainText() if self.closing else self.case.close_note,
        )

    def check(self) -> dict[str, str]:
        errors = carecases.check_close(self.db, self.case.id, self.draft(), closing=self.closing)
        if self.closing and not self._route():
            errors.setdefault(
                "route", self.tr("Kies waar de patiënt na het afsluiten verder gaat.")
            )
        return errors

    def confirm(self) -> bool:
        return not self.closing or self.plan_check.isChecked() or self.ask_close_without_plan()

    def ask_close_without_plan(self) -> bool:
        """Closing without a relapse-prevention plan: Toch afsluiten (True) or Terug."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Casus afsluiten"),
            self.tr("Terugvalpreventieplan nog niet gemaakt. Toch afsluiten?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Toch &afsluiten"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Terug"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def store(self) -> None:
        carecases.save_route(self.session, self.case.id, self.draft(), close=self.closing)
