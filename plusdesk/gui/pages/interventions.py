"""Interventies: the register of the programme's interventions, their status and timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import intervention_details
from plusdesk.core.catalogue import (
    apply_catalogue,
    current_catalogue,
    describe_change,
    load_catalogue_file,
    preview_catalogue,
)
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.interventions import STATUS_LABELS, Status
from plusdesk.core.practice import get_practice
from plusdesk.core.register import RegisterRow, domain_progress, register
from plusdesk.core.users import Permission
from plusdesk.gui import settings
from plusdesk.gui.columns import stretch_column
from plusdesk.gui.dialogs.status import capitalised
from plusdesk.gui.flow import FlowBar, Labelled
from plusdesk.gui.models.register_model import CODE_ROLE, RegisterFilter, RegisterModel
from plusdesk.gui.pages.base import Page
from plusdesk.gui.translations import core_tr

if TYPE_CHECKING:
    from plusdesk.gui.dialogs.intervention import InterventionDialog


class DomainCard(QFrame):
    """A domain's title, "x van n geïmplementeerd" and a progress bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.figure = QLabel()
        self.figure.setObjectName("muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.figure)
        layout.addWidget(self.bar)

    def set(self, title: str, implemented: int, total: int) -> None:
        self.title.setText(title)
        self.figure.setText(self.tr("{0} van {1} geïmplementeerd").format(implemented, total))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(implemented)
        self.setAccessibleName(f"{title}: {self.figure.text()}")


class InterventionsPage(Page):
    key = "interventions"

    REGISTER, TIMELINE, PROGRESS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Interventies"),
            self.tr(
                "Welke interventies van het programma uw praktijk heeft ingevoerd, sinds wanneer "
                "en door wie. Dubbelklik op een interventie voor de geschiedenis, de "
                "randvoorwaarden en het maatwerk."
            ),
            parent,
        )
        self.rows: list[RegisterRow] = []
        self._drafts: dict[tuple[str, str], tuple[str, str, str]] = {}
        self.wave_label = QLabel()
        self.wave_label.setObjectName("badge")
        self.cards_layout = QGridLayout()
        self.cards_layout.setSpacing(12)
        self.cards: list[DomainCard] = []
        top = QHBoxLayout()
        top.addLayout(self.cards_layout, 1)
        self.body.addLayout(top)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, code of verantwoordelijke…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.domain_combo = QComboBox()
        self.domain_combo.setAccessibleName(self.tr("Domein"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        self.status_filter.addItem(self.tr("Nog te implementeren"), "open")
        for status in Status:
            self.status_filter.addItem(capitalised(core_tr(STATUS_LABELS[status])), status.value)
        self.retired_check = QCheckBox(self.tr("Vervallen interventies to&nen"))
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().averageCharWidth() * 42)
        filters = FlowBar(spacing=14)
        filters.add(
            Labelled(self.tr("&Zoeken:"), self.search_edit),
            Labelled(self.tr("&Domein:"), self.domain_combo),
            Labelled(self.tr("&Status:"), self.status_filter),
            self.retired_check,
            self.wave_label,
        )
        self.body.addWidget(filters)

        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setObjectName("registerTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Register van interventies"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_column(self.table, RegisterModel.TITLE, min_chars=34)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_selected)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # not from the search field

        self.tabs = QTabWidget()
        self.tabs.setObjectName("registerTabs")
        self.tabs.addTab(self.table, self.tr("&Register"))
        self.timeline_holder = QWidget()
        self.progress_holder = QWidget()
        for holder in (self.timeline_holder, self.progress_holder):
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.timeline_holder, self.tr("T&ijdlijn"))
        self.tabs.addTab(self.progress_holder, self.tr("&Aantal geïmplementeerd"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.timeline_chart = None
        self.progress_chart = None
        self.body.addWidget(self.tabs, 1)

        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.status_button = QPushButton(self.tr("Status &wijzigen…"))
        self.status_button.clicked.connect(self.change_status)
        self.open_button = QPushButton(self.tr("&Openen…"))
        self.open_button.clicked.connect(self.open_selected)
        self.add_button = QPushButton(self.tr("&Eigen interventie toevoegen…"))
        self.add_button.clicked.connect(self.add_local)
        self.retire_button = QPushButton(self.tr("Laten &vervallen…"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.load_button = QPushButton(self.tr("Catalogus van de zorggroep &laden…"))
        self.load_button.setToolTip(
            self.tr(
                "Vervang de standaardcatalogus door het catalogusbestand van uw zorggroep. "
                "Wat u per interventie vastlegde, blijft bewaard."
            )
        )
        self.load_button.clicked.connect(self.load_catalogue)
        bottom = FlowBar()
        bottom.add(self.summary)
        bottom.add_stretch()
        bottom.add(
            self.open_button,
            self.status_button,
            self.add_button,
            self.retire_button,
            self.load_button,
        )
        self.body.addWidget(bottom)

        self.search_edit.textChanged.connect(lambda _t: self._apply_filter())
        self.domain_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.retired_check.toggled.connect(lambda _c: self.refresh())
        self._restore_view()

    def _restore_view(self) -> None:
        """Come back to the view and sort order the user left."""
        header = settings.read(settings.REGISTER_HEADER)
        if header:
            self.table.horizontalHeader().restoreState(header)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: settings.write(
                settings.REGISTER_HEADER, self.table.horizontalHeader().saveState()
            )
        )
        tab = settings.read(settings.REGISTER_TAB)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else self.REGISTER)
        self.tabs.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        settings.write(settings.REGISTER_TAB, index)
        self._refresh_charts()

    # --- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.db is None:
            return
        may_edit = self.session is not None and self.session.can(Permission.EDIT_INTERVENTIONS)
        may_load = self.session is not None and self.session.can(Permission.MANAGE_CATALOGUE)
        for button in (self.status_button, self.add_button, self.retire_button):
            button.setVisible(may_edit)
        self.load_button.setVisible(may_load)
        selected = self.selected_code()
        self.rows = register(self.db, include_retired=self.retired_check.isChecked())
        self.model.set_rows(self.rows)
        self._fill_cards()
        self._fill_domains()
        practice = get_practice(self.db)
        wave = practice.wave if practice else None
        self.wave_label.setText(self.tr("Golf {0}").format(wave) if wave else self.tr("Golf: —"))
        self.wave_label.setToolTip(
            self.tr("De golf waarin uw praktijk met het programma begon (Praktijkgegevens).")
        )
        self._apply_filter()
        if selected:
            self.select(selected)
        self._refresh_charts()
        self._update_buttons()

    def _fill_cards(self) -> None:
        progress = domain_progress(self.rows)
        while len(self.cards) < len(progress):
            card = DomainCard()
            self.cards_layout.addWidget(card, 0, len(self.cards))
            self.cards.append(card)
        for n, card in enumerate(self.cards):
            card.setVisible(n < len(progress))
            if n < len(progress):
                p = progress[n]
                card.set(core_tr(p.title), p.implemented, p.total)

    def _fill_domains(self) -> None:
        current = self.domain_combo.currentData()
        self.domain_combo.blockSignals(True)
        self.domain_combo.clear()
        self.domain_combo.addItem(self.tr("Alle domeinen"), "")
        seen: dict[str, str] = {}
        for row in self.rows:
            seen.setdefault(row.domain_code, row.domain_title)
        for code, title in seen.items():
            self.domain_combo.addItem(core_tr(title), code)
        self.domain_combo.setCurrentIndex(max(0, self.domain_combo.findData(current)))
        self.domain_combo.blockSignals(False)

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            domain=self.domain_combo.currentData() or "",
            status=self.status_filter.currentData() or "",
            text=self.search_edit.text(),
        )
        shown = self.proxy.rowCount()
        active = [r for r in self.rows if not r.retired]
        done = sum(r.implemented for r in active)
        text = self.tr("{0} van {1} interventies geïmplementeerd of geborgd.").format(
            done, len(active)
        )
        if shown != len(self.rows):
            text += " " + self.tr("{0} getoond.").format(shown)
        self.summary.setText(text)
        if self.selected_code() is None and shown:
            # a row is always chosen, so Enter and the buttons work straight from the keyboard
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            self.table.selectRow(0)
        self._update_buttons()

    def _refresh_charts(self) -> None:
        """Charts load pyqtgraph, so they are built the first time their tab is opened."""
        if self.db is None:
            return
        index = self.tabs.currentIndex()
        if index == self.REGISTER:
            return
        from plusdesk.core.register import implemented_over_time, programme_period, timeline
        from plusdesk.core.validation import today
        from plusdesk.gui.charts.timeline import ImplementedChart, TimelineChart

        period = programme_period(self.db)
        if index == self.TIMELINE:
            if self.timeline_chart is None:
                self.timeline_chart = TimelineChart()
                self.timeline_chart.interventionClicked.connect(self.open_intervention)
                self.timeline_holder.layout().addWidget(self.timeline_chart)
            self.timeline_chart.set_data(timeline(self.db), period, today())
        else:
            if self.progress_chart is None:
                self.progress_chart = ImplementedChart()
                self.progress_holder.layout().addWidget(self.progress_chart)
            self.progress_chart.set_data(implemented_over_time(self.db), period, today())

    # --- selection ---------------------------------------------------------------------------

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CODE_ROLE) if rows else None

    def selected_row(self) -> RegisterRow | None:
        code = self.selected_code()
        return next((r for r in self.rows if r.code == code), None)

    def select(self, code: str) -> None:
        row = self.model.row_of(code)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.status_button.setEnabled(row is not None and not row.retired)
        self.retire_button.setEnabled(row is not None and row.origin == "lokaal")
        self.retire_button.setText(
            self.tr("&Terugzetten") if row and row.retired else self.tr("Laten &vervallen…")
        )

    # --- actions -----------------------------------------------------------------------------

    def open_selected(self) -> None:
        code = self.selected_code()
        if code:
            self.open_intervention(code)

    def intervention_dialog(self, code: str) -> InterventionDialog:
        """The detail dialog of one intervention; the register follows each change made in it."""
        from plusdesk.gui.dialogs.intervention import InterventionDialog

        dialog = InterventionDialog(self.session, code, self)
        dialog.changed.connect(self.refresh)
        key = (self.session.user.username, code)
        draft = self._drafts.pop(key, None)
        if draft is not None:
            dialog.restore_draft(draft)
        dialog.finished.connect(lambda _result: self._keep_draft(key, dialog))
        return dialog

    def _keep_draft(self, key: tuple[str, str], dialog: InterventionDialog) -> None:
        """Maatwerk left unsaved (only the screen lock closes without asking) waits for
        the same user to open that intervention again."""
        draft = dialog.unsaved_maatwerk()
        if draft is not None and dialog.closed_by_lock:
            self._drafts[key] = draft

    def open_intervention(self, code: str) -> None:
        """Open one intervention (also from a click on a timeline bar)."""
        if self.session is None:
            return
        self.intervention_dialog(code).exec()
        self.refresh()
        self.select(code)

    def change_status(self) -> None:
        from plusdesk.gui.dialogs.status import StatusDialog

        row = self.selected_row()
        if row is None or self.session is None:
            return
        dialog = StatusDialog(self.session, row.code, row.title, row.state.status, parent=self)
        if dialog.exec():
            self.refresh()

    def add_local(self) -> None:
        from plusdesk.gui.dialogs.status import LocalInterventionDialog

        if self.session is None:
            return
        domains = list(
            {r.domain_code: r.domain_title for r in register(self.db, include_retired=True)}.items()
        )
        dialog = LocalInterventionDialog(
            self.session, domains, self.domain_combo.currentData() or "", parent=self
        )
        if dialog.exec() and dialog.code:
            self.search_edit.clear()
            self.status_filter.setCurrentIndex(0)
            self.refresh()
            self.select(dialog.code)

    def toggle_retired(self) -> None:
        from plusdesk.gui.app import show_error

        row = self.selected_row()
        if row is None or self.session is None or row.origin != "lokaal":
            return
        if not row.retired:
            answer = QMessageBox.question(
                self,
                self.tr("Interventie laten vervallen?"),
                self.tr(
                    "'{0}' laten vervallen? De interventie verdwijnt uit het register en de "
                    "grafieken; haar geschiedenis blijft bewaard. Met 'Vervallen eigen "
                    "interventies tonen' kunt u haar later terugzetten."
                ).format(row.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            intervention_details.set_retired(self.session, row.code, not row.retired)
        except PlusDeskError as exc:
            show_error(self, exc)
        self.refresh()

    def load_catalogue(self) -> None:
        """Replace the catalogue after showing what would change and asking to confirm."""
        from plusdesk.gui.app import show_error

        if self.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Catalogus van de zorggroep laden"),
            str(self.db.path.parent),
            self.tr("Catalogusbestanden (*.json);;Alle bestanden (*)"),
        )
        if not path:
            return
        try:
            catalogue = load_catalogue_file(path)
            change = preview_catalogue(self.db, catalogue)
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        current = current_catalogue(self.db)
        was = f"{current['title']} ({current['catalogue_version']})" if current else "—"
        answer = QMessageBox.question(
            self,
            self.tr("Catalogus vervangen?"),
            self.tr(
                "Huidige catalogus: {0}\nNieuwe catalogus: {1} ({2})\n\n{3}\n\n"
                "Wilt u de catalogus vervangen?"
            ).format(
                was, catalogue.title, catalogue.version, core_tr(describe_change(change, self.db))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            apply_catalogue(self.session, catalogue)
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
