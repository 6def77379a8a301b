"""Gesprekken: the patient-centred conversation log, its follow-ups and the practice figures."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import conversation_list
from plusdesk.core.clock import format_date
from plusdesk.core.conversation_model import REASON_LABELS, FollowUp, Reason
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.users import Permission
from plusdesk.gui.columns import stretch_column
from plusdesk.gui.empty_note import EmptyNote
from plusdesk.gui.flow import FlowBar
from plusdesk.gui.models.conversation_table import SORT_ROLE, ConversationTable
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.periods import Period, fill_periods
from plusdesk.gui.translations import core_tr


class ConversationsPage(Page):
    key = "conversations"
    LIST, FIGURES = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Gesprekken"),
            self.tr(
                "Patiëntgerichte gesprekken volgens Positieve Gezondheid: wie u sprak, wat de "
                "vraag achter de vraag was en wanneer het vervolg is. Dubbelklik op een gesprek "
                "om het te openen."
            ),
            parent,
        )
        self._listed_for: object = None  # the session whose list view is in the audit log
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Patiëntnummer of naam…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().averageCharWidth() * 30)
        self.period_combo = QComboBox()
        self.professional_combo = QComboBox()
        self.reason_combo = QComboBox()
        self.reason_combo.addItem(self.tr("Alle redenen"), "")
        for reason in Reason:
            self.reason_combo.addItem(core_tr(REASON_LABELS[reason]).capitalize(), reason.value)
        self.follow_up_combo = QComboBox()
        for text, value in (
            (self.tr("Alle gesprekken"), ""),
            (self.tr("Verlopen of deze week"), "open"),
            (self.tr("Verlopen"), FollowUp.OVERDUE.value),
            (self.tr("Deze week"), FollowUp.THIS_WEEK.value),
            (self.tr("Later gepland"), FollowUp.PLANNED.value),
            (self.tr("Geen vervolg gepland"), FollowUp.NONE.value),
        ):
            self.follow_up_combo.addItem(text, value)
        filters = FlowBar(spacing=14)
        self.filter_fields = filters.add_fields(
            (
                ("search", self.tr("&Zoeken:"), self.search_edit),
                ("period", self.tr("&Periode:"), self.period_combo),
                ("professional", self.tr("Pro&fessional:"), self.professional_combo),
                ("reason", self.tr("&Reden:"), self.reason_combo),
                ("follow_up", self.tr("&Vervolg:"), self.follow_up_combo),
            )
        )
        self.filter_labels = {key: holder.label for key, holder in self.filter_fields.items()}
        for combo in (
            self.period_combo,
            self.professional_combo,
            self.reason_combo,
            self.follow_up_combo,
        ):
            # The long reason texts may not make the bar needlessly wide.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.body.addWidget(filters)

        self.model = ConversationTable(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setObjectName("conversationTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ConversationTable.HELD_ON, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Lijst van gesprekken"))
        self.empty_note = EmptyNote(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_column(self.table, ConversationTable.REASON, min_chars=24)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_selected)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.list_tab = QWidget()
        list_layout = QVBoxLayout(self.list_tab)
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.new_button = QPushButton(self.tr("&Nieuw gesprek…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_conversation)
        self.follow_button = QPushButton(self.tr("Vervo&lggesprek…"))
        self.follow_button.clicked.connect(self.follow_up_selected)
        self.open_button = QPushButton(self.tr("&Openen…"))
        self.open_button.clicked.connect(self.open_selected)
        self.patient_button = QPushButton(self.tr("Pa&tiënt bekijken…"))
        self.patient_button.clicked.connect(self.show_patient)
        self.delete_button = QPushButton(self.tr("Ver&wijderen…"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = FlowBar()
        buttons.add(self.summary)
        buttons.add_stretch()
        buttons.add(
            self.open_button,
            self.patient_button,
            self.follow_button,
            self.new_button,
            self.delete_button,
        )
        list_layout.addWidget(buttons)

        self.figures_tab = QWidget()
        QVBoxLayout(self.figures_tab).setContentsMargins(0, 6, 0, 0)
        self.figures_view = None  # built when the tab is first shown (loads pandas, pyqtgraph)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("conversationTabs")
        self.tabs.addTab(self.list_tab, self.tr("Ge&sprekken"))
        self.tabs.addTab(self.figures_tab, self.tr("&Cijfers"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.body.addWidget(self.tabs, 1)

        self.search_edit.textChanged.connect(lambda _t: self.refresh_list())
        for combo in (self.professional_combo, self.reason_combo, self.follow_up_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_changed())

    # --- reading ----------------------------------------------------------------------------
    @property
    def may_see_patients(self) -> bool:
        return self.session is not None and self.session.can(Permission.VIEW_PATIENT_DATA)

    @property
    def may_log(self) -> bool:
        return self.session is not None and self.session.can(Permission.LOG_CONVERSATIONS)

    def refresh(self) -> None:
        if self.db is None:
            return
        patients = self.may_see_patients
        self.tabs.setTabVisible(self.LIST, patients)
        if not patients:
            self.tabs.setCurrentIndex(self.FIGURES)
        self._fill_choices()
        self.refresh_list()
        self._tab_changed()

    def _fill_choices(self) -> None:
        first = self.db.scalar("SELECT min(held_on) FROM conversation") if self.db else None
        fill_periods(self.period_combo, first, default=0)
        name = self.professional_combo.currentData()
        self.professional_combo.blockSignals(True)
        self.professional_combo.clear()
        self.professional_combo.addItem(self.tr("Iedereen"), "")
        for who in conversation_list.professionals(self.db) if self.db else []:
            self.professional_combo.addItem(who, who)
        self.professional_combo.setCurrentIndex(max(0, self.professional_combo.findData(name)))
        self.professional_combo.blockSignals(False)

    def period(self) -> Period:
        return self.period_combo.currentData() or Period("", None, None)

    def list_filter(self) -> conversation_list.ListFilter:
        period = self.period()
        return conversation_list.ListFilter(
            text=self.search_edit.text(),
            date_from=period.start,
            date_to=period.end,
            professional=self.professional_combo.currentData() or "",
            reason=self.reason_combo.currentData() or "",
            follow_up=self.follow_up_combo.currentData() or "",
        )

    def refresh_list(self) -> None:
        if self.db is None or not self.may_see_patients:
            self.model.set_rows([])
            return
        chosen = self.selected_id()
        rows = conversation_list.rows(self.db, self.list_filter())
        self.model.set_rows(rows)
        patients = len({r.patient_ref for r in rows})
        self.summary.setText(
            self.tr("{0} gesprekken met {1} patiënten.").format(len(rows), patients)
            if rows
            else self.tr("Geen gesprekken gevonden.")
        )
        self.empty_note.setText("" if rows else self._empty_text())
        self.select(chosen)
        self._update_buttons()

    def _empty_text(self) -> str:
        """What the empty list says: how to start, or that the filters hide everything."""
        if conversation_list.rows(self.db, conversation_list.ListFilter()):
            return self.tr("Geen gesprekken binnen deze filters.")
        if self.may_log:
            return self.tr("Nog geen gesprekken. Leg er een vast met Nieuw gesprek… (Ctrl+N).")
        return self.tr("Nog geen gesprekken.")

    def _tab_changed(self) -> None:
        # Only the period applies to the figures: the other filters are about the list.
        on_list = self.tabs.currentIndex() == self.LIST and self.may_see_patients
        for key in ("search", "professional", "reason", "follow_up"):
            self.filter_fields[key].setVisible(on_list)
        self._refresh_figures()

    def _period_changed(self) -> None:
        self.refresh_list()
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        if self.tabs.currentIndex() != self.FIGURES or self.db is None:
            return
        if self.figures_view is None:
            from plusdesk.gui.pages.conversation_figures import FiguresView

            self.figures_view = FiguresView(self.figures_tab)
            self.figures_tab.layout().addWidget(self.figures_view)
        period = self.period()
        self.figures_view.show_figures(self.db, period.start, period.end, period.label)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Seeing the list means seeing patient numbers: one audit event per signed-in user.
        if self.may_see_patients and self._listed_for is not self.session:
            self._listed_for = self.session
            self.session.record("view", object_type="conversation", detail="gesprekkenlijst")

    # --- selection --------------------------------------------------------------------------
    def selected_row(self) -> conversation_list.Row | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row())

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select(self, conversation_id: int | None) -> None:
        row = self.model.row_of(conversation_id) if conversation_id is not None else -1
        if row < 0:
            row = 0 if self.model.rowCount() else -1
            index = self.proxy.index(0, 0) if row == 0 else None
        else:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index is not None and index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.new_button.setVisible(self.may_log)
        self.follow_button.setVisible(self.may_log)
        self.delete_button.setVisible(self.may_log)
        self.follow_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None)
        self.patient_button.setEnabled(row is not None)
        self.delete_button.setEnabled(
            row is not None
            and self.session is not None
            and self.session.may_change_entry(row.created_by)
        )

    def open_link(self, argument: str) -> None:
        self.show_follow_ups(argument)

    def show_follow_ups(self, which: str) -> None:
        """Click-through from Overzicht: the overdue ones, or those due this week."""
        self.tabs.setCurrentIndex(self.LIST)
        self.search_edit.clear()
        self.period_combo.setCurrentIndex(0)
        self.professional_combo.setCurrentIndex(0)
        self.reason_combo.setCurrentIndex(0)
        self.follow_up_combo.setCurrentIndex(self.follow_up_combo.findData(which))
        self.table.setFocus()

    # --- actions ----------------------------------------------------------------------------
    def _run_dialog(self, dialog) -> None:
        if dialog.exec():
            self.refresh()
            if getattr(dialog, "saved_id", None):
                self.select(dialog.saved_id)

    def conversation_dialog(self, conversation_id: int | None = None, follow_up_of: str = ""):
        from plusdesk.gui.dialogs.conversation import ConversationDialog

        return ConversationDialog(
            self.session, conversation_id, follow_up_of=follow_up_of or None, parent=self
        )

    def new_conversation(self) -> None:
        if self.session is not None and self.may_log:
            self._run_dialog(self.conversation_dialog())

    def follow_up_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.may_log:
            self._run_dialog(self.conversation_dialog(follow_up_of=row.patient_ref))

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            dialog = self.conversation_dialog(row.id)
        except PlusDeskError as exc:
            self._error(exc)
            return
        self._run_dialog(dialog)

    def show_patient(self) -> None:
        from plusdesk.gui.dialogs.patient import PatientDialog

        row = self.selected_row()
        if row is None:
            return
        try:
            dialog = PatientDialog(self.session, row.patient_ref, parent=self)
        except PlusDeskError as exc:
            self._error(exc)
            return
        dialog.changed.connect(self.refresh)
        dialog.exec()

    def delete_selected(self) -> None:
        from plusdesk.core import conversations

        row = self.selected_row()
        if row is None or not self.may_log or not self.session.may_change_entry(row.created_by):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Gesprek verwijderen?"),
            self.tr(
                "Het gesprek van {0} met patiënt {1} verwijderen? De scores, doelen en "
                "afspraken van dit gesprek verdwijnen; dit kan niet ongedaan worden gemaakt. "
                "Het auditlog bewaart dat u het verwijderde."
            ).format(format_date(row.held_on), row.patient_ref),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            conversations.delete(self.session, row.id)
        except PlusDeskError as exc:
            self._error(exc)
        self.refresh()

    def _error(self, exc: PlusDeskError) -> None:
        from plusdesk.gui.app import show_error

        show_error(self, exc)
