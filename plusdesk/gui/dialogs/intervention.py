"""One intervention: its status history, the precondition checklist, maatwerk and who leads it."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import intervention_details, interventions
from plusdesk.core.clock import format_date, format_datetime
from plusdesk.core.errors import PlusDeskError, ValidationError
from plusdesk.core.intervention_details import PreconditionState
from plusdesk.core.interventions import STATUS_LABELS, StatusEntry
from plusdesk.core.register import RegisterRow, register
from plusdesk.core.users import Permission, Session, colleague_names, full_names
from plusdesk.gui.dialogs.form import ask_save_discard, save_cancel_buttons
from plusdesk.gui.dialogs.status import StatusDialog, UndoDialog, date_edit, qdate_to_date
from plusdesk.gui.keys import enter_presses, fit_to_screen, on_enter
from plusdesk.gui.style import STATUS_COLOURS
from plusdesk.gui.translations import core_tr

GREY = QColor("#80868b")


def _show(parent: QWidget, error: PlusDeskError) -> None:
    from plusdesk.gui.app import show_error

    show_error(parent, error)


class InterventionDialog(QDialog):
    """Everything the practice keeps about one intervention; `changed` fires after each save."""

    changed = Signal()

    def __init__(self, session: Session, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code = code
        self.may_edit = session.can(Permission.EDIT_INTERVENTIONS)
        self.row: RegisterRow | None = None
        self.entries: list[StatusEntry] = []
        self.setObjectName("interventionDialog")
        self.names = full_names(session.db)
        self.closed_by_lock = False

        self.heading = QLabel()
        self.heading.setObjectName("practiceName")
        self.heading.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de interventie"))
        self.tabs.addTab(self._history_tab(), self.tr("&Status en geschiedenis"))
        self.tabs.addTab(self._preconditions_tab(), self.tr("&Randvoorwaarden"))
        self.tabs.addTab(self._maatwerk_tab(), self.tr("&Maatwerk en verantwoordelijke"))

        self.read_only_note = QLabel(
            self.tr("Alleen de praktijkmanager kan interventies bijwerken; u kunt alles inzien.")
        )
        self.read_only_note.setObjectName("muted")
        self.read_only_note.setVisible(not self.may_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sl&uiten"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.description)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.read_only_note)
        layout.addWidget(close)
        fit_to_screen(self, 900, 640)
        # Enter on a table never presses "Status wijzigen…": Sluiten is the default, and Enter
        # on a randvoorwaarde opens it (as a double-click does)
        enter_presses(self, close.button(QDialogButtonBox.StandardButton.Close))
        if self.may_edit:
            on_enter(self.checklist, self.edit_precondition)
        self.reload()

    # --- the three tabs ----------------------------------------------------------------------

    def _history_tab(self) -> QWidget:
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("historyTable")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Ingangsdatum"),
                self.tr("Status"),
                self.tr("Toelichting"),
                self.tr("Vastgelegd"),
                self.tr("Geldigheid"),
            ]
        )
        self.history.setAccessibleName(self.tr("Statusgeschiedenis"))
        self._table_defaults(self.history, stretch=2)
        self.history.setWordWrap(False)  # long notes are elided; the tooltip holds all of it
        standing = self.history.horizontalHeader()
        standing.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.history.setColumnWidth(4, 220)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.change_button = QPushButton(self.tr("Status &wijzigen…"))
        self.change_button.clicked.connect(self.change_status)
        self.correct_button = QPushButton(self.tr("&Corrigeren…"))
        self.correct_button.setToolTip(
            self.tr("Vervang de gekozen regel door een verbeterde; de oude blijft zichtbaar.")
        )
        self.correct_button.clicked.connect(self.correct_entry)
        self.undo_button = QPushButton(self.tr("&Ongedaan maken…"))
        self.undo_button.setToolTip(
            self.tr("Maak de gekozen regel ongedaan; hij blijft doorgestreept zichtbaar.")
        )
        self.undo_button.clicked.connect(self.undo_entry)
        for button in (self.change_button, self.correct_button, self.undo_button):
            button.setVisible(self.may_edit)
        hint = QLabel(
            self.tr(
                "De geschiedenis wordt nooit overschreven: een vergissing corrigeert u met een "
                "nieuwe regel, of u maakt de regel ongedaan."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.history, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        return page

    def _preconditions_tab(self) -> QWidget:
        self.checklist = QTableWidget(0, 3)
        self.checklist.setObjectName("checklistTable")
        self.checklist.setHorizontalHeaderLabels(
            [self.tr("Randvoorwaarde"), self.tr("Voldaan op"), self.tr("Toelichting")]
        )
        self.checklist.setAccessibleName(self.tr("Randvoorwaarden"))
        self._table_defaults(self.checklist, stretch=0)
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._checkbox_toggled)
        self.checklist.itemDoubleClicked.connect(lambda _i: self.edit_precondition())
        self.checklist.itemSelectionChanged.connect(self._update_buttons)
        self.precondition_button = QPushButton(self.tr("&Bijwerken…"))
        self.precondition_button.clicked.connect(self.edit_precondition)
        self.precondition_button.setVisible(self.may_edit)
        self.checklist_summary = QLabel()
        self.checklist_summary.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.checklist_summary, 1)
        row.addWidget(self.precondition_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(row)
        return page

    def _maatwerk_tab(self) -> QWidget:
        self.responsible_combo = QComboBox()
        self.responsible_combo.setEditable(True)
        self.responsible_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible_combo.addItems(["", *colleague_names(self.session.db)])
        self.responsible_combo.lineEdit().setPlaceholderText(
            self.tr("Naam (en functie) van wie de interventie trekt")
        )
        self.maatwerk_edit = QPlainTextEdit()
        self.maatwerk_edit.setTabChangesFocus(True)
        self.maatwerk_edit.setPlaceholderText(
            self.tr("Hoe doet uw praktijk het? Wie, wanneer, met welke partners, wat wijkt af?")
        )
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld waar het protocol of de werkafspraak staat")
        )
        self.evidence_edit.setFixedHeight(70)
        for edit in (self.maatwerk_edit, self.evidence_edit):
            edit.setReadOnly(not self.may_edit)
        self.responsible_combo.setEnabled(self.may_edit)
        self.maatwerk_error = QLabel()
        self.maatwerk_error.setStyleSheet("color: #b3261e;")
        self.maatwerk_error.setVisible(False)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        self.save_button = QPushButton(self.tr("Maatwerk &opslaan"))
        self.save_button.setVisible(self.may_edit)
        self.save_button.clicked.connect(self.save_maatwerk)
        form = QFormLayout()
        form.addRow(self.tr("&Verantwoordelijke:"), self.responsible_combo)
        form.addRow(self.tr("Maat&werk:"), self.maatwerk_edit)
        form.addRow(self.tr("Onder&bouwing:"), self.evidence_edit)
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.save_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form, 1)
        layout.addWidget(self.maatwerk_error)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Save, page, self.save_maatwerk)
        return page

    def _table_defaults(self, table: QTableWidget, stretch: int) -> None:
        table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # --- filling -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the intervention from the file and show it."""
        rows = {r.code: r for r in register(self.session.db, include_retired=True)}
        self.row = rows[self.code]
        row = self.row
        self.setWindowTitle(self.tr("Interventie {0}").format(row.code))
        self.heading.setText(row.title)
        origin = self.tr("eigen interventie") if row.origin == "lokaal" else self.tr("catalogus")
        retired = self.tr(" · vervallen") if row.retired else ""
        self.subtitle.setText(f"{core_tr(row.domain_title)} · {row.code} · {origin}{retired}")
        self.description.setText(row.description)
        self.description.setVisible(bool(row.description))
        self._show_state(row)
        self._fill_history()
        self._fill_checklist()
        self._fill_maatwerk()
        self._update_buttons()

    def _show_state(self, row: RegisterRow) -> None:
        state = row.state
        colour = STATUS_COLOURS[state.status]
        parts = [
            f"<span style='color:{colour}'>■</span> "
            + self.tr("Huidige status: <b>{0}</b>").format(
                escape(core_tr(STATUS_LABELS[state.status]))
            )
        ]
        if state.since:
            parts[0] += self.tr(" sinds {0}").format(format_date(state.since))
        if state.started_on:
            parts.append(self.tr("gestart op {0}").format(format_date(state.started_on)))
        if state.implemented_on:
            parts.append(
                self.tr("geïmplementeerd op {0}").format(format_date(state.implemented_on))
            )
        text = " · ".join(parts)
        if state.stop_reason:
            text += "<br>" + self.tr("Reden van stoppen: {0}").format(escape(state.stop_reason))
        self.state_label.setText(text)

    def _fill_history(self) -> None:
        self.entries = interventions.history(self.session.db, self.code)
        self.history.setRowCount(len(self.entries))
        struck = QFont(self.history.font())
        struck.setStrikeOut(True)
        for n, entry in enumerate(self.entries):
            recorded = self.tr("{0} door {1}").format(
                format_date(entry.recorded_at), self._name(entry.recorded_by)
            )
            note = entry.note
            if entry.reason:
                note = self.tr("Reden: {0}").format(entry.reason) + (f" – {note}" if note else "")
            if entry.is_correction:
                note = self.tr("(correctie) ") + note
            cells = [
                format_date(entry.effective_date),
                core_tr(STATUS_LABELS[entry.status]),
                note,
                recorded,
                self._standing(entry),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(text)
                if not entry.valid:
                    item.setForeground(QBrush(GREY))
                    if column < 3:
                        item.setFont(struck)
                elif column == 1:
                    item.setData(
                        Qt.ItemDataRole.DecorationRole, QColor(STATUS_COLOURS[entry.status])
                    )
                self.history.setItem(n, column, item)

    def _standing(self, entry: StatusEntry) -> str:
        by = entry.voided_by
        if by is None:
            return self.tr("geldig")
        when = format_date(by.recorded_at)
        if by.kind == "undo":
            text = self.tr("ongedaan gemaakt {0} door {1}").format(when, self._name(by.recorded_by))
            return text + (f": {by.note}" if by.note else "")
        return self.tr("gecorrigeerd {0} door {1}").format(when, self._name(by.recorded_by))

    def _name(self, username: str) -> str:
        """Who recorded something, by their full name when PlusDesk knows it."""
        return self.names.get(username.lower(), username)

    def _fill_checklist(self) -> None:
        detail = intervention_details.details(self.session.db, self.code)
        self.preconditions = list(detail.preconditions)
        self.checklist.blockSignals(True)
        self.checklist.setRowCount(len(self.preconditions))
        for n, pre in enumerate(self.preconditions):
            check = QTableWidgetItem(pre.text)
            check.setData(Qt.ItemDataRole.UserRole, pre.code)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.may_edit:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            check.setFlags(flags)
            check.setCheckState(Qt.CheckState.Checked if pre.met_on else Qt.CheckState.Unchecked)
            check.setToolTip(pre.text)
            self.checklist.setItem(n, 0, check)
            self.checklist.setItem(
                n, 1, QTableWidgetItem(format_date(pre.met_on) if pre.met_on else "")
            )
            self.checklist.setItem(n, 2, QTableWidgetItem(pre.note))
        self.checklist.blockSignals(False)
        self.checklist.resizeRowsToContents()
        total = len(self.preconditions)
        if total:
            self.checklist_summary.setText(
                self.tr("Aan {0} van de {1} randvoorwaarden is voldaan.").format(
                    detail.preconditions_met, total
                )
            )
        else:
            self.checklist_summary.setText(
                self.tr("Voor deze interventie zijn geen randvoorwaarden vastgelegd.")
            )

    def _fill_maatwerk(self) -> None:
        saved = getattr(self, "_saved_maatwerk", None)
        if self.may_edit and saved is not None and self._maatwerk_values() != saved:
            return  # typed but not saved yet: a change elsewhere must not wipe it
        detail = intervention_details.details(self.session.db, self.code)
        self.responsible_combo.setCurrentText(detail.responsible)
        self.maatwerk_edit.setPlainText(detail.maatwerk)
        self.evidence_edit.setPlainText(detail.evidence)
        self._saved_maatwerk = self._maatwerk_values()
        if detail.updated_at:
            self.saved_label.setText(
                self.tr("Laatst bijgewerkt {0} door {1}.").format(
                    format_datetime(detail.updated_at), self._name(detail.updated_by or "")
                )
            )
        else:
            self.saved_label.setText(self.tr("Nog niets vastgelegd."))

    def _maatwerk_values(self) -> tuple[str, str, str]:
        return (
            self.responsible_combo.currentText().strip(),
            self.maatwerk_edit.toPlainText().strip(),
            self.evidence_edit.toPlainText().strip(),
        )

    def _selected_entry(self) -> StatusEntry | None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        entry = self._selected_entry()
        retired = self.row is not None and self.row.retired
        self.change_button.setEnabled(not retired)
        self.correct_button.setEnabled(entry is not None and entry.valid and not retired)
        self.undo_button.setEnabled(entry is not None and entry.valid)
        self.precondition_button.setEnabled(bool(self.checklist.selectionModel().selectedRows()))

    # --- actions -----------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def change_status(self) -> None:
        assert self.row is not None
        dialog = StatusDialog(
            self.session, self.code, self.row.title, self.row.state.status, parent=self
        )
        if dialog.exec():
            self._after_change()

    def correct_entry(self) -> None:
        entry = self._selected_entry()
        if entry is None or self.row is None:
            return
        dialog = StatusDialog(
            self.session, self.code, self.row.title, self.row.state.status, entry, parent=self
        )
        if dialog.exec():
            self._after_change()

    def undo_entry(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        if UndoDialog(self.session, entry, parent=self).exec():
            self._after_change()

    def _checkbox_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or not self.may_edit:
            return
        pre = self.preconditions[item.row()]
        met = item.checkState() == Qt.CheckState.Checked
        if met == (pre.met_on is not None):
            return
        if met:
            # Ticking asks since when: practices often record what was met months ago.
            dialog = PreconditionDialog(pre, self, met=True)
            if dialog.exec():
                self._save_precondition(pre, dialog.met_on(), dialog.note_edit.text())
            else:
                self._fill_checklist()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Niet meer voldaan?"),
            self.tr(
                "Deze randvoorwaarde staat als voldaan per {0}. Wilt u haar als niet (meer) "
                "voldaan vastleggen? De datum vervalt; het auditlog bewaart hem."
            ).format(format_date(pre.met_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._save_precondition(pre, None, pre.note)
        else:
            self._fill_checklist()

    def edit_precondition(self) -> None:
        rows = self.checklist.selectionModel().selectedRows()
        if not rows or not self.may_edit:
            return
        pre = self.preconditions[rows[0].row()]
        dialog = PreconditionDialog(pre, self)
        if dialog.exec():
            self._save_precondition(pre, dialog.met_on(), dialog.note_edit.text())

    def _save_precondition(self, pre: PreconditionState, met_on: date | None, note: str) -> None:
        try:
            intervention_details.set_precondition(self.session, pre.code, met_on, note=note)
        except PlusDeskError as exc:
            _show(self, exc)
        self._after_change()

    def save_maatwerk(self) -> bool:
        if not self.may_edit:
            return False
        responsible, maatwerk, evidence = self._maatwerk_values()
        try:
            intervention_details.save_details(
                self.session,
                self.code,
                responsible=responsible,
                maatwerk=maatwerk,
                evidence=evidence,
            )
        except ValidationError as exc:
            self.maatwerk_error.setText(core_tr(exc.message))
            self.maatwerk_error.setVisible(True)
            return False
        except PlusDeskError as exc:
            _show(self, exc)
            return False
        self.maatwerk_error.setVisible(False)
        self._saved_maatwerk = self._maatwerk_values()  # saved: the reload may refill them
        self._after_change()
        return True

    def reject(self) -> None:
        """Closing with unsaved maatwerk asks first, so typed text is not lost."""
        if self.unsaved_maatwerk() is not None:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_maatwerk():
                return
        super().reject()

    def unsaved_maatwerk(self) -> tuple[str, str, str] | None:
        """The maatwerk fields as typed, when they differ from what is saved."""
        values = self._maatwerk_values()
        return values if self.may_edit and values != self._saved_maatwerk else None

    def restore_draft(self, values: tuple[str, str, str]) -> None:
        """Put back maatwerk typed before the screen was locked; it still needs Opslaan."""
        responsible, maatwerk, evidence = values
        self.responsible_combo.setCurrentText(responsible)
        self.maatwerk_edit.setPlainText(maatwerk)
        self.evidence_edit.setPlainText(evidence)
        self.saved_label.setText(
            self.tr("Niet-opgeslagen maatwerk van vóór de vergrendeling is teruggezet.")
        )
        self.tabs.setCurrentIndex(2)

    def close_without_asking(self) -> None:
        """Close for the screen lock: nothing may wait for an answer behind the lock."""
        self.closed_by_lock = True
        QDialog.reject(self)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Opslaan, Niet opslaan or Annuleren for maatwerk typed but not saved."""
        return ask_save_discard(
            self,
            self.tr("Maatwerk niet opgeslagen"),
            self.tr("U heeft het maatwerk gewijzigd. Wilt u de wijzigingen opslaan?"),
        )


class PreconditionDialog(QDialog):
    """Whether and since when the practice meets one precondition, with a note."""

    def __init__(
        self, pre: PreconditionState, parent: QWidget | None = None, *, met: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Randvoorwaarde bijwerken"))
        is_met = pre.met_on is not None if met is None else met
        text = QLabel(pre.text)
        text.setWordWrap(True)
        self.met_check = QCheckBox(self.tr("&Is voldaan"))
        self.met_check.setChecked(is_met)
        self.date_edit = date_edit(pre.met_on)
        self.date_edit.setEnabled(is_met)
        self.met_check.toggled.connect(self.date_edit.setEnabled)
        self.note_edit = QLineEdit(pre.note)
        self.note_edit.setPlaceholderText(self.tr("bijvoorbeeld: scholing gevolgd op de ALV"))
        form = QFormLayout()
        form.addRow("", self.met_check)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.tr("&Toelichting:"), self.note_edit)
        buttons = save_cancel_buttons(self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def met_on(self) -> date | None:
        return qdate_to_date(self.date_edit.date()) if self.met_check.isChecked() else None
