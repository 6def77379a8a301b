"""One care case: its standing, the PHQ-9/GAD-7 chart, contacts, scores, reviews and route."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import carecases
from plusdesk.core.carecase_model import (
    BADGE_LABELS,
    CLOSE_LABELS,
    CONTACT_LABELS,
    INSTRUMENTS,
    REVIEW_REASON_LABELS,
    Case,
)
from plusdesk.core.carecase_status import standing
from plusdesk.core.clock import format_date
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.users import Permission, Session
from plusdesk.core.validation import today
from plusdesk.gui.keys import enter_presses, fit_to_screen
from plusdesk.gui.models.carecase_table import BADGE_COLOURS, pct_text
from plusdesk.gui.translations import core_tr


def badge_label(text: str, colours: tuple[str, str]) -> QLabel:
    label = QLabel(text)
    background, foreground = colours
    label.setStyleSheet(
        f"background: {background}; color: {foreground}; border-radius: 9px; padding: 2px 9px;"
    )
    return label


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class CaseDialog(QDialog):
    """Opening a case is logged; every change goes through the small forms and shows at once."""

    changed = Signal()
    CONTACTS, MEASURES, REVIEWS, ROUTE = range(4)

    def __init__(
        self, session: Session, case_id: int, parent: QWidget | None = None, start_with: str = ""
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.case: Case = carecases.get(session, case_id)  # logs the view; may raise
        self.may_manage = session.can(Permission.MANAGE_CARECASES)
        self.setObjectName("caseDialog")
        fit_to_screen(self, 1000, 880)

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        from plusdesk.gui.charts.carecases import TrajectoryChart

        self.chart = TrajectoryChart()
        self.chart.setMinimumHeight(240)

        self.contacts = _table(
            [
                self.tr("Datum"),
                self.tr("Soort"),
                self.tr("Minuten"),
                self.tr("Bespreken"),
                self.tr("Notitie"),
            ],
            "contactsTable",
        )
        self.measures = _table(
            [
                self.tr("Datum"),
                self.tr("Vragenlijst"),
                self.tr("Score"),
                self.tr("Ernst"),
                self.tr("Vragen"),
            ],
            "measuresTable",
        )
        self.reviews = _table(
            [self.tr("Datum"), self.tr("Psychiater"), self.tr("Conclusie"), self.tr("Advies")],
            "reviewsTable",
        )
        self.route_text = QLabel()
        self.route_text.setWordWrap(True)
        self.route_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.route_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de casus"))
        for table, add_text, add, noun in (
            (self.contacts, self.tr("Contact &toevoegen…"), self.add_contact, "carecase_contact"),
            (self.measures, self.tr("&Meting toevoegen…"), self.add_measure, "carecase_measure"),
            (self.reviews, self.tr("&Consult vastleggen…"), self.add_review, "carecase_review"),
        ):
            tab = QWidget()
            layout = QVBoxLayout(tab)
            layout.addWidget(table, 1)
            row = QHBoxLayout()
            row.addStretch(1)
            remove = QPushButton(self.tr("Verwijderen…"))
            remove.clicked.connect(lambda _c=False, t=table, n=noun: self.remove_entry(t, n))
            button = QPushButton(add_text)
            button.clicked.connect(add)
            for b in (remove, button):
                b.setVisible(self.may_manage)
                row.addWidget(b)
            layout.addLayout(row)
            self.tabs.addTab(tab, "")
            setattr(self, f"{noun.split('_')[1]}_button", button)
        route_tab = QWidget()
        layout = QVBoxLayout(route_tab)
        layout.addWidget(self.route_text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.route_button = QPushButton(self.tr("&Route vastleggen…"))
        self.route_button.clicked.connect(lambda: self.edit_route(close=False))
        self.close_case_button = QPushButton(self.tr("Casus af&sluiten…"))
        self.close_case_button.clicked.connect(lambda: self.edit_route(close=True))
        self.reopen_button = QPushButton(self.tr("&Heropenen"))
        self.reopen_button.clicked.connect(self.reopen)
        for b in (self.route_button, self.close_case_button, self.reopen_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.tabs.addTab(route_tab, self.tr("Route en afsluiting"))

        self.edit_button = QPushButton(self.tr("Casus &wijzigen…"))
        self.edit_button.clicked.connect(self.edit_case)
        self.delete_button = QPushButton(self.tr("Casus verwij&deren…"))
        self.delete_button.clicked.connect(self.delete_case)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sl&uiten"))
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(self.badges)
        layout.addWidget(self.reasons)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.tabs, 3)
        layout.addLayout(bottom)
        # Enter on an entry table closes the dialog; it never presses "Verwijderen…"
        enter_presses(self, self.close_button)
        self.show_case(self.case)
        actions: dict[str, Callable[[], None]] = {
            "contact": self.add_contact,
            "measure": self.add_measure,
            "review": self.add_review,
        }
        if start_with in actions and self.may_manage and self.case.is_open:
            QTimer.singleShot(0, actions[start_with])

    # --- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.case = carecases.load(self.session.db, "id = ?", (self.case_id,))[0]
        self.show_case(self.case)
        self.changed.emit()

    def show_case(self, case: Case) -> None:
        names = dict(carecases.case_managers(self.session.db))
        s = standing(case, today(), carecases.thresholds(self.session.db))
        self.setWindowTitle(self.tr("Casus van patiënt {0}").format(case.patient_ref))
        self.heading.setText(
            self.tr("Patiënt {0} · {1}").format(case.patient_ref, core_tr(case.problem_label))
        )
        contact = (
            self.tr("laatste contact {0} ({1} dagen geleden)").format(
                format_date(s.last_contact), s.days_since_contact
            )
            if s.last_contact
            else self.tr("nog geen contact vastgelegd")
        )
        facts = [
            self.tr("Casemanager {0}").format(names.get(case.case_manager, case.case_manager)),
            self.tr("gestart {0}").format(format_date(case.started_on)),
            self.tr("{0} weken in behandeling").format(s.weeks),
            contact,
        ]
        if s.first_score is not None and s.instrument is not None:
            label = core_tr(INSTRUMENTS[s.instrument].label)
            change = f" ({pct_text(s.change_pct)})" if s.change_pct is not None else ""
            facts.append(f"{label} {s.first_score} → {s.latest_score}{change}")
        if case.closed_on:
            facts.append(self.tr("afgesloten {0}").format(format_date(case.closed_on)))
        self.facts.setText(" · ".join(facts))
        while self.badges.count():
            item = self.badges.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for badge in s.badges:
            self.badges.addWidget(badge_label(core_tr(BADGE_LABELS[badge]), BADGE_COLOURS[badge]))
        self.badges.addStretch(1)
        self.reasons.setVisible(bool(s.review_reasons))
        self.reasons.setText(
            self.tr("Te bespreken met de psychiater: {0}.").format(
                ", ".join(core_tr(REVIEW_REASON_LABELS[r]) for r in s.review_reasons)
            )
        )
        self.chart.set_case(
            case.measures, case.started_on, today(), [r.reviewed_on for r in case.reviews]
        )
        self._fill(
            self.contacts,
            [
                (
                    c.id,
                    [
                        format_date(c.held_on),
                        core_tr(CONTACT_LABELS[c.kind]),
                        str(c.minutes or ""),
                        self.tr("ja") if c.discuss else "",
                        c.note,
                    ],
                )
                for c in reversed(case.contacts)
            ],
        )
        self._fill(
            self.measures,
            [
                (
                    m.id,
                    [
                        format_date(m.measured_on),
                        core_tr(INSTRUMENTS[m.instrument].label),
                        str(m.total),
                        core_tr(m.band),
                        " ".join(str(i) for i in m.items),
                    ],
                )
                for m in reversed(case.measures)
            ],
        )
        self._fill(
            self.reviews,
            [
                (
                    r.id,
                    [
                        format_date(r.reviewed_on),
                        r.psychiatrist,
                        core_tr(r.decision_label),
                        r.advice,
                    ],
                )
                for r in reversed(case.reviews)
            ],
        )
        for n, (text, count) in enumerate(
            (
                (self.tr("Contacten ({0})"), len(case.contacts)),
                (self.tr("Metingen ({0})"), len(case.measures)),
                (self.tr("Consulten psychiater ({0})"), len(case.reviews)),
            )
        ):
            self.tabs.setTabText(n, text.format(count))
        self.route_text.setText(self._route_text(case))
        writable = self.may_manage and case.is_open
        for button in (
            self.contact_button,
            self.measure_button,
            self.review_button,
            self.route_button,
            self.close_case_button,
        ):
            button.setVisible(self.may_manage)
            button.setEnabled(writable)
        self.reopen_button.setVisible(self.may_manage and not case.is_open)
        self.edit_button.setVisible(self.may_manage)
        self.delete_button.setVisible(
            self.may_manage and self.session.may_change_entry(case.created_by)
        )

    def _route_text(self, case: Case) -> str:
        lines = [
            self.tr("Route: {0}{1}").format(
                core_tr(case.route_label) or self.tr("nog niet vastgelegd"),
                self.tr(" (per {0})").format(format_date(case.route_on)) if case.route_on else "",
            ),
            self.tr("Terugvalpreventieplan: {0}").format(
                self.tr("gemaakt op {0}").format(format_date(case.relapse_plan_on))
                if case.relapse_plan_on
                else self.tr("nog niet gemaakt")
            ),
        ]
        if case.closed_on and case.close_reason:
            reason = core_tr(CLOSE_LABELS[case.close_reason])
            if case.close_note:
                reason += f" — {case.close_note}"
            lines.append(
                self.tr("Afgesloten op {0}: {1}").format(format_date(case.closed_on), reason)
            )
        else:
            lines.append(self.tr("De casus is open."))
        return "\n".join(lines)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for r, (entry_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry_id)
                table.setItem(r, c, item)

    # --- changing ---------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        if dialog.exec():
            self.reload()
            return True
        return False

    def add_contact(self) -> None:
        from plusdesk.gui.dialogs.carecase_entries import ContactDialog

        self.tabs.setCurrentIndex(self.CONTACTS)
        self._run(ContactDialog(self.session, self.case, parent=self))

    def add_measure(self) -> None:
        from plusdesk.gui.dialogs.carecase_entries import MeasureDialog

        self.tabs.setCurrentIndex(self.MEASURES)
        self._run(MeasureDialog(self.session, self.case, parent=self))

    def add_review(self) -> None:
        from plusdesk.gui.dialogs.carecase_entries import ReviewDialog

        self.tabs.setCurrentIndex(self.REVIEWS)
        self._run(ReviewDialog(self.session, self.case, parent=self))

    def edit_route(self, close: bool) -> None:
        from plusdesk.gui.dialogs.carecase_forms import RouteDialog

        self.tabs.setCurrentIndex(self.ROUTE)
        self._run(RouteDialog(self.session, self.case, parent=self, close=close))

    def edit_case(self) -> None:
        from plusdesk.gui.dialogs.carecase_forms import CaseFormDialog

        self._run(CaseFormDialog(self.session, parent=self, case=self.case))

    def reopen(self) -> None:
        try:
            carecases.reopen_case(self.session, self.case_id)
        except PlusDeskError as exc:
            self._error(exc)
            return
        self.reload()

    def confirm(self, title: str, text: str) -> bool:
        """Ask before removing anything (monkeypatched in tests)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_entry(self, table: QTableWidget, kind: str) -> None:
        row = table.currentRow()
        if row < 0:
            return
        entry_id = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        what = table.item(row, 0).text()
        if not self.confirm(
            self.tr("Verwijderen?"),
            self.tr(
                "De regel van {0} verwijderen? Dit kan niet ongedaan worden gemaakt; het "
                "auditlog bewaart dat u het verwijderde."
            ).format(what),
        ):
            return
        try:
            carecases.delete_entry(self.session, kind, entry_id)
        except PlusDeskError as exc:
            self._error(exc)
            return
        self.reload()

    def delete_case(self) -> None:
        if not self.confirm(
            self.tr("Casus verwijderen?"),
            self.tr(
                "De casus van patiënt {0} met alle contacten, metingen en consulten "
                "verwijderen? Doe dit alleen als de casus per vergissing is geopend; een "
                "afgeronde casus sluit u af. Dit kan niet ongedaan worden gemaakt."
            ).format(self.case.patient_ref),
        ):
            return
        try:
            carecases.delete_case(self.session, self.case_id)
        except PlusDeskError as exc:
            self._error(exc)
            return
        self.changed.emit()
        self.accept()

    def close_without_asking(self) -> None:
        """The screen locks: nothing here is unsaved (the small forms keep their own)."""
        self.reject()

    def _error(self, exc: PlusDeskError) -> None:
        from plusdesk.gui.app import show_error

        show_error(self, exc)
