"""Collaborative care: the caseload list by need, the psychiatrist's review list, the figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import carecase_list, carecases
from plusdesk.core.carecase_model import BADGE_LABELS, Badge, CaseRow
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.users import Permission
from plusdesk.core.validation import today
from plusdesk.gui import settings
from plusdesk.gui.dialogs.status import capitalised
from plusdesk.gui.empty_note import EmptyNote
from plusdesk.gui.flow import FlowBar
from plusdesk.gui.models.carecase_table import SORT_ROLE, BadgeDelegate, CaseTable, ReviewTable
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.periods import fill_periods
from plusdesk.gui.translations import core_tr


def _table_view(model, name: str, accessible: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setAccessibleName(accessible)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table, proxy


class CareCasesPage(Page):
    key = "carecases"
    CASELOAD, REVIEW, FIGURES = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Collaborative care"),
            self.tr(
                "De caseload van de POH-GGZ als casemanager, samen met de consultatief "
                "psychiater van de zorggroep. Bovenaan staan de casussen die nu aandacht nodig "
                "hebben. Dubbelklik op een casus om hem te openen."
            ),
            parent,
        )
        self._listed_for: object = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Patiëntnummer…"))
        self.search_edit.setClearButtonEnabled(True)
        self.manager_combo = QComboBox()
        self.state_combo = QComboBox()
        for text, value in (
            (self.tr("Open casussen"), "open"),
            (self.tr("Gesloten casussen"), "gesloten"),
            (self.tr("Alle casussen"), "alle"),
        ):
            self.state_combo.addItem(text, value)
        self.badge_combo = QComboBox()
        self.badge_combo.addItem(self.tr("Alle"), None)
        for badge in Badge:
            if badge is not Badge.GESLOTEN:
                self.badge_combo.addItem(capitalised(core_tr(BADGE_LABELS[badge])), badge)
        self.period_combo = QComboBox()
        filters = FlowBar(spacing=14)
        self.filter_widgets = filters.add_fields(
            (
                ("search", self.tr("&Zoeken:"), self.search_edit),
                ("manager", self.tr("&Casemanager:"), self.manager_combo),
                ("state", self.tr("Ton&en:"), self.state_combo),
                ("badge", self.tr("&Status:"), self.badge_combo),
                ("period", self.tr("&Periode:"), self.period_combo),
            )
        )
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.period_combo.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.body.addWidget(filters)

        self.model = CaseTable(self)
        self.table, self.proxy = _table_view(self.model, "caseloadTable", self.tr("Caseload"))
        self.proxy.setParent(self)
        self.table.setItemDelegateForColumn(CaseTable.STATUS, BadgeDelegate(self.table))
        self.table.setWordWrap(False)
        self.empty_note = EmptyNote(self.table)

        self.table.sortByColumn(CaseTable.STATUS, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.open_button = QPushButton(self.tr("&Openen…"))
        self.open_button.clicked.connect(self.open_selected)
        self.contact_button = QPushButton(self.tr("Con&tact…"))
        self.contact_button.clicked.connect(lambda: self.open_selected("contact"))
        self.measure_button = QPushButton(self.tr("&Meting…"))
        self.measure_button.clicked.connect(lambda: self.open_selected("measure"))
        self.new_button = QPushButton(self.tr("&Nieuwe casus…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.new_case)
        self.settings_button = QPushButton(self.tr("&Drempels…"))
        self.settings_button.setToolTip(
            self.tr("Wanneer een casus 'niet verbeterd' of 'contact verlopen' is")
        )
        self.settings_button.clicked.connect(self.edit_thresholds)
        caseload = QWidget()
        layout = QVBoxLayout(caseload)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        buttons = FlowBar()
        buttons.add(self.summary)
        buttons.add_stretch()
        buttons.add(
            self.open_button,
            self.contact_button,
            self.measure_button,
            self.new_button,
            self.settings_button,
        )
        layout.addWidget(buttons)

        self.review_model = ReviewTable(self)
        self.review_table, self.review_proxy = _table_view(
            self.review_model, "reviewTable", self.tr("Bespreeklijst psychiater")
        )
        self.review_proxy.setParent(self)
        self.review_empty_note = EmptyNote(
            self.review_table, self.tr("Geen casussen om te bespreken.")
        )
        self.review_table.sortByColumn(ReviewTable.REASONS, Qt.SortOrder.AscendingOrder)
        self.review_table.doubleClicked.connect(lambda _i: self.open_review("review"))
        self.review_intro = QLabel()
        self.review_intro.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Consult vastleggen…"))
        self.review_button.clicked.connect(lambda: self.open_review("review"))
        self.review_open_button = QPushButton(self.tr("&Openen…"))
        self.review_open_button.clicked.connect(lambda: self.open_review(""))
        review = QWidget()
        layout = QVBoxLayout(review)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.review_intro)
        layout.addWidget(self.review_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.review_open_button)
        buttons.addWidget(self.review_button)
        layout.addLayout(buttons)

        self.figures_tab = QWidget()
        QVBoxLayout(self.figures_tab).setContentsMargins(0, 6, 0, 0)
        self.figures_view = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("careTabs")
        self.tabs.addTab(caseload, self.tr("C&aseload"))
        self.tabs.addTab(review, self.tr("Bespreek&lijst psychiater"))
        self.tabs.addTab(self.figures_tab, self.tr("C&ijfers"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.body.addWidget(self.tabs, 1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.open_selected).setContext(
                Qt.ShortcutContext.WidgetShortcut
            )
            QShortcut(QKeySequence(key), self.review_table, self.open_review).setContext(
                Qt.ShortcutContext.WidgetShortcut
            )

        self.search_edit.textChanged.connect(lambda _t: self.refresh_lists())
        for combo in (self.manager_combo, self.state_combo, self.badge_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_lists())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._refresh_figures())
        self._restore_view()

    def _restore_view(self) -> None:
        """Come back to the tab and sort order the user left."""
        header = self.table.horizontalHeader()
        state = settings.read(settings.CARE_HEADER)
        if state:
            header.restoreState(state)
        header.sortIndicatorChanged.connect(
            lambda *_: settings.write(settings.CARE_HEADER, header.saveState())
        )
        tab = settings.read(settings.CARE_TAB)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else self.CASELOAD)
        self.tabs.blockSignals(False)
        self.tabs.currentChanged.connect(lambda i: settings.write(settings.CARE_TAB, i))

    # --- reading ----------------------------------------------------------------------------
    @property
    def may_see_patients(self) -> bool:
        return self.session is not None and self.session.can(Permission.VIEW_PATIENT_DATA)

    @property
    def may_manage(self) -> bool:
        return self.session is not None and self.session.can(Permission.MANAGE_CARECASES)

    def refresh(self) -> None:
        if self.db is None:
            return
        patients = self.may_see_patients
        self.tabs.setTabVisible(self.CASELOAD, patients)
        self.tabs.setTabVisible(self.REVIEW, patients)
        if not patients:
            self.tabs.setCurrentIndex(self.FIGURES)
        names = {u: n for u, n in carecases.case_managers(self.db)}
        for username, full_name in self.db.query("SELECT username, full_name FROM account"):
            names.setdefault(username, full_name or username)
        self.model.set_names(names)
        self.review_model.set_names(names)
        chosen = self.manager_combo.currentData()
        self.manager_combo.blockSignals(True)
        self.manager_combo.clear()
        self.manager_combo.addItem(self.tr("Iedereen"), "")
        used = [r[0] for r in self.db.query("SELECT DISTINCT case_manager FROM carecase")]
        for username in sorted(used, key=lambda u: names.get(u, u).lower()):
            self.manager_combo.addItem(names.get(username, username), username)
        self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(chosen)))
        self.manager_combo.blockSignals(False)
        first = self.db.scalar("SELECT min(started_on) FROM carecase")
        fill_periods(self.period_combo, first, default=1)  # "Dit jaar"
        self.refresh_lists()
        self._tab_changed()

    def case_filter(self) -> carecase_list.CaseFilter:
        return carecase_list.CaseFilter(
            state=self.state_combo.currentData() or "open",
            case_manager=self.manager_combo.currentData() or "",
            search=self.search_edit.text(),
            badge=self.badge_combo.currentData(),
        )

    def refresh_lists(self) -> None:
        if self.db is None or not self.may_see_patients:
            self.model.set_rows([])
            self.review_model.set_rows([])
            self._update_buttons()
            return
        chosen = self.selected_row()
        day = today()
        t = carecases.thresholds(self.db)
        rows = carecase_list.rows(self.db, self.case_filter(), day, t)
        self.model.set_rows(rows)
        review = carecase_list.review_list(self.db, day, t)
        self.review_model.set_rows(review)
        self.tabs.setTabText(
            self.REVIEW,
            self.tr("Bespreek&lijst psychiater ({0})").format(len(review))
            if review
            else self.tr("Bespreek&lijst psychiater"),
        )
        self.review_intro.setText(
            self.tr(
                "Casussen om met de psychiater te bespreken: bespreken aangevraagd bij een "
                "contact, zorgen over veiligheid, geen respons na {0} weken, of nog nooit "
                "besproken. Een vastgelegd consult haalt de casus van de lijst."
            ).format(t.review_weeks)
        )
        open_rows = [r for r in rows if r.closed_on is None]
        self.summary.setText(
            self.tr("{0} casussen, waarvan {1} te bespreken en {2} met contact verlopen.").format(
                len(rows),
                sum(r.standing.has(Badge.TE_BESPREKEN) for r in open_rows),
                sum(r.standing.has(Badge.CONTACT_VERLOPEN) for r in open_rows),
            )
            if rows
            else self.tr("Geen casussen gevonden.")
        )
        self.empty_note.setText("" if rows else self._empty_text(day, t))
        self.select(chosen.id if chosen else None)
        self._update_buttons()

    def _empty_text(self, day: date, t: carecases.Thresholds) -> str:
        """What the empty caseload says: how to start, or that the filters hide everything."""
        if carecase_list.rows(self.db, carecase_list.CaseFilter(state="alle"), day, t):
            return self.tr("Geen casussen binnen deze filters.")
        if self.may_manage:
            return self.tr("Nog geen casussen. Start er een met Nieuwe casus… (Ctrl+N).")
        return self.tr("Nog geen casussen.")

    def _tab_changed(self) -> None:
        on_figures = self.tabs.currentIndex() == self.FIGURES
        on_caseload = self.tabs.currentIndex() == self.CASELOAD and self.may_see_patients
        for key, holder in self.filter_widgets.items():
            holder.setVisible(on_figures if key == "period" else on_caseload)
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        if self.tabs.currentIndex() != self.FIGURES or self.db is None:
            return
        if self.figures_view is None:
            from plusdesk.gui.pages.carecase_figures import CareFiguresView

            self.figures_view = CareFiguresView(self.figures_tab)
            self.figures_tab.layout().addWidget(self.figures_view)
        period = self.period_combo.currentData()
        if period is not None:
            self.figures_view.show_figures(self.db, period.start, period.end, period.label, today())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.may_see_patients and self._listed_for is not self.session:
            self._listed_for = self.session
            self.session.record("view", object_type="carecase", detail="caseload-lijst")

    # --- selection --------------------------------------------------------------------------
    def selected_row(self) -> CaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, case_id: int | None) -> None:
        row = self.model.row_of(case_id) if case_id is not None else -1
        index = (
            self.proxy.mapFromSource(self.model.index(row, 0))
            if row >= 0
            else self.proxy.index(0, 0)
        )
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for button in (
            self.contact_button,
            self.measure_button,
            self.new_button,
            self.settings_button,
            self.review_button,
        ):
            button.setVisible(self.may_manage)
        self.open_button.setEnabled(row is not None)
        writable = row is not None and row.closed_on is None
        self.contact_button.setEnabled(writable)
        self.measure_button.setEnabled(writable)

    def open_link(self, argument: str) -> None:
        """From Overzicht: the caseload ("caseload") or the review list ("bespreken")."""
        self.tabs.setCurrentIndex(self.REVIEW if argument == "bespreken" else self.CASELOAD)
        if argument != "bespreken":
            self.search_edit.clear()
            self.state_combo.setCurrentIndex(0)
            self.badge_combo.setCurrentIndex(0)
            self.manager_combo.setCurrentIndex(0)

    # --- actions ----------------------------------------------------------------------------
    def case_dialog(self, case_id: int, start_with: str = ""):
        from plusdesk.gui.dialogs.carecase import CaseDialog

        return CaseDialog(self.session, case_id, parent=self, start_with=start_with)

    def open_selected(self, start_with: str = "") -> None:
        row = self.selected_row()
        if row is not None:
            self._open_case(row.id, start_with)

    def open_review(self, start_with: str = "") -> None:
        rows = self.review_table.selectionModel().selectedRows()
        if rows:
            row = self.review_model.row_at(self.review_proxy.mapToSource(rows[0]).row())
            self._open_case(row.id, start_with if self.may_manage else "")

    def _open_case(self, case_id: int, start_with: str) -> None:
        try:
            dialog = self.case_dialog(case_id, start_with)
        except PlusDeskError as exc:
            self._error(exc)
            return
        dialog.exec()
        self.refresh()
        self.select(case_id)

    def new_case(self) -> None:
        from plusdesk.gui.dialogs.carecase_forms import CaseFormDialog

        if not self.may_manage:
            return
        dialog = CaseFormDialog(self.session, parent=self)
        if dialog.exec() and getattr(dialog, "case_id", None):
            self.refresh()
            self.select(dialog.case_id)

    def edit_thresholds(self) -> None:
        from plusdesk.gui.dialogs.carecase_entries import ThresholdsDialog

        if self.may_manage and ThresholdsDialog(self.session, parent=self).exec():
            self.refresh()

    def _error(self, exc: PlusDeskError) -> None:
        from plusdesk.gui.app import show_error

        show_error(self, exc)
