"""Auditlog: who saw or changed which data, when and where (NEN 7513), for the praktijkmanager."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSortFilterProxyModel, QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import auditview, validation
from plusdesk.core.audit import ACTION_LABELS, AuditEvent, AuditFilter, ChainReport
from plusdesk.core.clock import format_date
from plusdesk.core.errors import PermissionDeniedError, PlusDeskError, ValidationError
from plusdesk.core.users import Session
from plusdesk.gui.models.audit_model import SORT_ROLE, AuditTableModel
from plusdesk.gui.pages.base import Page
from plusdesk.gui.translations import core_tr

DEFAULT_DAYS = 30
ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1e6b34;"
# Typical content per column: widths follow the font, the explanation takes what is left.
COLUMN_SAMPLES = {
    AuditTableModel.AT: "00-00-0000 00:00:00",
    AuditTableModel.USER: "huisarts",
    AuditTableModel.ROLE: "Praktijkmanager",
    AuditTableModel.WORKSTATION: "spreekkamer-2",
    AuditTableModel.ACTION: "Inloggen mislukt",
    AuditTableModel.OBJECT: "gebruiker",
    AuditTableModel.OBJECT_ID: "0000",
    AuditTableModel.PATIENT: "H-00000",
    AuditTableModel.RESULT: "geweigerd",
}
DETAIL_MIN_WIDTH = 240


class AuditPage(Page):
    key = "audit"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Auditlog"),
            self.tr(
                "Hier ziet u wie wanneer welke gegevens heeft ingezien of gewijzigd, vanaf welke "
                "werkplek, en welke pogingen zijn geweigerd. PlusDesk legt dit vast volgens "
                "NEN 7513. Het auditlog kan niet worden gewijzigd en wordt ten minste 5 jaar "
                "bewaard."
            ),
            parent,
        )
        self._events: list[AuditEvent] = []
        self._filter = AuditFilter()
        self._stale = False

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_log_view())
        self.stack.addWidget(self._build_denied_view())
        self.body.addWidget(self.stack, 1)
        self._set_tab_order()
        self._reset_filters()

    # --- building ------------------------------------------------------------------------
    def _build_log_view(self) -> QWidget:
        self.since_edit = self._date_edit(self.tr("Periode vanaf"))
        self.until_edit = self._date_edit(self.tr("Periode tot en met"))
        self.since_edit.dateChanged.connect(self.until_edit.setMinimumDate)
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(self.tr("Gebruiker"))
        self.user_combo.setMinimumContentsLength(12)
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Actie"))
        self.action_combo.addItem(self.tr("Alle acties"), "")
        for code, label in ACTION_LABELS.items():
            self.action_combo.addItem(core_tr(label), code)
        self.search_button = QPushButton(self.tr("&Zoeken"))
        self.search_button.setToolTip(self.tr("Toon de gebeurtenissen die bij deze filters horen"))
        self.search_button.clicked.connect(self.search)

        self.patient_edit = QLineEdit()
        self.patient_edit.setPlaceholderText(self.tr("bijv. H-1001"))
        self.patient_edit.setAccessibleName(self.tr("Patiëntnummer uit het HIS"))
        self.patient_edit.setToolTip(
            self.tr("Het patiëntnummer zoals het in uw HIS staat; nooit het BSN.")
        )
        self.patient_edit.setFixedWidth(self.since_edit.sizeHint().width() + 40)
        self.patient_edit.returnPressed.connect(self.who_saw_patient)
        self.patient_edit.textEdited.connect(lambda _text: self._show_patient_error(""))
        self.patient_button = QPushButton(self.tr("&Wie zag deze patiënt?"))
        self.patient_button.setToolTip(
            self.tr(
                "Toon iedereen die deze patiënt in de gekozen periode heeft ingezien of "
                "gewijzigd (alle gebruikers en acties)."
            )
        )
        self.patient_button.clicked.connect(self.who_saw_patient)
        self.patient_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.patient_error = QLabel()
        self.patient_error.setObjectName("patientError")
        self.patient_error.setStyleSheet(ERROR_STYLE)
        self.patient_error.setWordWrap(True)
        self.patient_error.setAccessibleName(self.tr("Melding bij het patiëntnummer"))

        period_label = self._label(self.tr("&Periode"), self.since_edit)
        user_label = self._label(self.tr("Gebr&uiker"), self.user_combo)
        action_label = self._label(self.tr("&Actie"), self.action_combo)
        patient_label = self._label(self.tr("Pa&tiëntnummer"), self.patient_edit)

        # Three short rows rather than one long one, so the page also fits beside the sidebar.
        period_row = QHBoxLayout()
        period_row.setSpacing(8)
        period_row.addWidget(self.since_edit)
        period_row.addWidget(QLabel(self.tr("t/m")))
        period_row.addWidget(self.until_edit)
        period_row.addStretch(1)
        who_row = QHBoxLayout()
        who_row.setSpacing(8)
        who_row.addWidget(self.user_combo)
        who_row.addSpacing(12)
        who_row.addWidget(action_label)
        who_row.addWidget(self.action_combo)
        who_row.addSpacing(12)
        who_row.addWidget(self.search_button)
        who_row.addStretch(1)
        patient_row = QHBoxLayout()
        patient_row.setSpacing(8)
        patient_row.addWidget(self.patient_edit)
        patient_row.addWidget(self.patient_button)
        patient_row.addSpacing(8)
        patient_row.addWidget(self.patient_error, 1)
        patient_row.addStretch(0)  # takes the room while there is no message

        card = QFrame()
        card.setObjectName("plannedCard")
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, (label, fields) in enumerate(
            [(period_label, period_row), (user_label, who_row), (patient_label, patient_row)]
        ):
            grid.addWidget(label, row, 0)
            grid.addLayout(fields, row, 1)
        grid.setColumnStretch(1, 1)

        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        self.summary.setWordWrap(True)

        self.model = AuditTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Gebeurtenissen in het auditlog"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditTableModel.AT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self._set_column_widths()

        self.empty_label = QLabel(self.tr("Geen gebeurtenissen gevonden voor deze selectie."))
        self.empty_label.setObjectName("cardTitle")
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty = QFrame()
        empty.setObjectName("plannedCard")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(2)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(empty)

        self.chain_label = QLabel()
        self.chain_label.setObjectName("chainStatus")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Exporteren naar CSV…"))
        self.export_button.setToolTip(
            self.tr(
                "Sla de gebeurtenissen in de tabel op als CSV-bestand voor Excel. "
                "De export wordt zelf ook in het auditlog vastgelegd."
            )
        )
        self.export_button.clicked.connect(self.export_csv)
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        bottom = QHBoxLayout()
        bottom.addWidget(self.chain_label, 1)
        bottom.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(card)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status_label)
        return view

    def _build_denied_view(self) -> QWidget:
        card = QFrame()
        card.setObjectName("plannedCard")
        title = QLabel(self.tr("Geen toegang tot het auditlog"))
        title.setObjectName("cardTitle")
        self.denied_label = QLabel()
        self.denied_label.setObjectName("deniedMessage")
        self.denied_label.setWordWrap(True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(title)
        inner.addWidget(self.denied_label)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)
        return view

    def _set_column_widths(self) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        plain = QFontMetrics(self.table.font())
        header = QFontMetrics(self.table.horizontalHeader().font())
        for column, dutch in COLUMN_SAMPLES.items():
            sample = core_tr(dutch)  # a role, action or result as the table shows it
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                plain.horizontalAdvance(sample),
                QFontMetrics(bold).horizontalAdvance(sample),  # refusals are shown in bold
                header.horizontalAdvance(title) + 14,  # room for the sort arrow
            )
            self.table.setColumnWidth(column, width + 12)
        self.table.setColumnWidth(AuditTableModel.DETAIL, DETAIL_MIN_WIDTH)

    def _date_edit(self, accessible_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setAccessibleName(accessible_name)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _set_tab_order(self) -> None:
        chain = [
            self.since_edit,
            self.until_edit,
            self.user_combo,
            self.action_combo,
            self.search_button,
            self.patient_edit,
            self.patient_button,
            self.table,
            self.export_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- session and refresh -------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        """Another user or file: start again from the last 30 days, all users and actions."""
        self._reset_filters()
        super().set_session(session)

    def refresh(self) -> None:
        # Looking at the log is itself logged, so search only when someone sees the result.
        if self.session is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            names = auditview.filter_usernames(self.session)
        except PermissionDeniedError as exc:
            self._show_denied(exc.message)
            return
        self._fill_users(names)
        if self._run(self._filter):
            self._check_chain()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _reset_filters(self) -> None:
        until = validation.today()
        since = until - timedelta(days=DEFAULT_DAYS)
        self.since_edit.setDate(QDate(since.year, since.month, since.day))
        self.until_edit.setDate(QDate(until.year, until.month, until.day))
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Alle gebruikers"), "")
        self.action_combo.setCurrentIndex(0)
        self.patient_edit.clear()
        self._show_patient_error("")
        self.status_label.clear()
        self.status_label.hide()
        self._filter = AuditFilter(since=since, until=until)

    def _fill_users(self, names: list[str]) -> None:
        current = self.user_combo.currentData() or ""
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Alle gebruikers"), "")
        for name in names:
            self.user_combo.addItem(name, name)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))
        self.user_combo.blockSignals(False)

    # --- searching -----------------------------------------------------------------------
    def search(self) -> None:
        """Apply the filters as they are on screen (the patient number only when filled in)."""
        patient = ""
        if self.patient_edit.text().strip():
            patient = self._checked_patient()
            if patient is None:
                return
        self._run(self._filter_from_widgets(patient))

    def who_saw_patient(self) -> None:
        """Everyone who saw or changed this patient's data in the period, all actions."""
        patient = self._checked_patient()
        if patient is None:
            return
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        self._run(self._filter_from_widgets(patient))

    def _checked_patient(self) -> str | None:
        try:
            patient = validation.patient_ref(self.patient_edit.text())
        except ValidationError as exc:
            self._show_patient_error(exc.message)
            self.patient_edit.setFocus()
            self.patient_edit.selectAll()
            return None
        self._show_patient_error("")
        return patient

    def _show_patient_error(self, message: str) -> None:
        self.patient_error.setText(core_tr(message))
        self.patient_error.setVisible(bool(message))

    def _filter_from_widgets(self, patient: str) -> AuditFilter:
        return AuditFilter(
            since=self.since_edit.date().toPython(),
            until=self.until_edit.date().toPython(),
            username=self.user_combo.currentData() or "",
            action=self.action_combo.currentData() or "",
            patient_ref=patient,
        )

    def _run(self, flt: AuditFilter) -> bool:
        """Search and show the result; False when nothing could be shown."""
        from plusdesk.gui.app import show_error

        if self.session is None:
            return False
        try:
            events = auditview.search_events(self.session, flt)
        except PermissionDeniedError as exc:
            self._show_denied(exc.message)
            return False
        except PlusDeskError as exc:
            show_error(self, exc)
            return False
        self.stack.setCurrentIndex(0)
        self.status_label.hide()  # an earlier export message would read as about this result
        self._filter = flt
        self._events = events
        self.model.set_events(events)
        self.results.setCurrentIndex(0 if events else 1)
        self.export_button.setEnabled(bool(events))
        self.summary.setText(self._summary(flt, len(events)))
        self.empty_hint.setText(self._empty_hint(flt))
        return True

    def _summary(self, flt: AuditFilter, count: int) -> str:
        locale = QLocale()
        if count == 0:
            text = self.tr("Geen gebeurtenissen")
        elif count == 1:
            text = self.tr("1 gebeurtenis")
        else:
            text = self.tr("{0} gebeurtenissen").format(locale.toString(count))
        if flt.patient_ref:
            text += self.tr(" met patiënt {0}").format(flt.patient_ref)
        if flt.since and flt.until:
            text += self.tr(" van {0} t/m {1}").format(
                format_date(flt.since), format_date(flt.until)
            )
        if flt.username:
            text += self.tr(" door {0}").format(flt.username)
        if flt.action:
            text += self.tr(", actie {0}").format(
                core_tr(ACTION_LABELS.get(flt.action, flt.action))
            )
        text += "."
        if count >= flt.limit:
            text += " " + self.tr(
                "Alleen de nieuwste {0} worden getoond; kies een kortere periode."
            ).format(locale.toString(flt.limit))
        return text

    def _empty_hint(self, flt: AuditFilter) -> str:
        if flt.patient_ref:
            return self.tr(
                "Niemand heeft patiënt {0} in deze periode in PlusDesk ingezien of gewijzigd. "
                "Kies een eerdere begindatum om verder terug te kijken."
            ).format(flt.patient_ref)
        return self.tr(
            "Kies een langere periode, of zet Gebruiker op ‘Alle gebruikers’ en Actie op "
            "‘Alle acties’."
        )

    def _check_chain(self) -> None:
        """Recompute the whole chain: about a second per 100,000 rows, so once per visit."""
        from plusdesk.gui.app import show_error

        if self.session is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = auditview.check_chain(self.session)
        except PlusDeskError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self._show_chain(report)

    def _show_chain(self, report: ChainReport) -> None:
        rows = QLocale().toString(report.rows)
        if report.ok:
            self.chain_label.setStyleSheet(OK_STYLE)
            self.chain_label.setText(
                self.tr("✓ Keten gecontroleerd: {0} regels, intact.").format(rows)
            )
            self.chain_label.setToolTip(
                self.tr(
                    "Elke regel bevat een vingerafdruk van de regel ervoor. Een gewijzigde, "
                    "verwijderde of tussengevoegde regel valt daardoor op."
                )
            )
            return
        problems = [core_tr(p) for p in report.problems]
        shown = problems[:3]
        more = len(problems) - len(shown)
        text = self.tr(
            "Let op: het auditlog is niet intact ({0} regels gecontroleerd). {1}"
        ).format(rows, " ".join(shown))
        if more:
            text += " " + self.tr("En nog {0} andere problemen (zie de tooltip).").format(more)
        text += " " + self.tr(
            "Bewaar een kopie van het gegevensbestand en meld dit bij uw ICT-leverancier."
        )
        self.chain_label.setStyleSheet(ERROR_STYLE)
        self.chain_label.setText(text)
        self.chain_label.setToolTip("\n".join(problems))

    def _show_denied(self, message: str) -> None:
        self._events = []
        self.model.set_events([])
        self.denied_label.setText(
            core_tr(message)
            + "\n\n"
            + self.tr(
                "Het auditlog laat zien wie welke patiëntgegevens heeft ingezien; daarom kan "
                "alleen de praktijkmanager het openen."
            )
        )
        self.stack.setCurrentIndex(1)

    # --- export --------------------------------------------------------------------------
    def export_csv(self) -> None:
        """Save the events in the table as CSV; the export itself lands in the log."""
        from plusdesk.gui.app import show_error

        if self.session is None or not self._events:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suggested = Path(folder) / f"auditlog-{format_date(validation.today())}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Auditlog exporteren"),
            str(suggested),
            self.tr("CSV-bestanden (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            written = auditview.export_events_csv(self.session, self._events, path, self._filter)
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        count = len(self._events)
        rows = (
            self.tr("1 gebeurtenis")
            if count == 1
            else self.tr("{0} gebeurtenissen").format(QLocale().toString(count))
        )
        self.status_label.setText(
            self.tr(
                "{0} geëxporteerd naar {1}. Het bestand bevat patiëntnummers: bewaar het op een "
                "beveiligde plek. De export is vastgelegd in het auditlog."
            ).format(rows, str(written))
        )
        self.status_label.show()
