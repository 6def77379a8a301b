"""Verwijzingen: trends (SPC) with interventions, before/after, O/E per specialism, imports.

Everyone may look: referral figures hold no patient data. Only the praktijkmanager imports,
undoes an import or edits the list size and the Vektis figures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QWidget

from plusdesk.core.errors import PlusDeskError
from plusdesk.core.referral_figures import (
    Marker,
    ReferralCounts,
    Subject,
    latest_year,
    load_counts,
    markers,
    oe_table,
    reference_label,
    subjects,
)
from plusdesk.core.referral_oe import OE_COLUMNS
from plusdesk.core.register import Milestone, milestones
from plusdesk.core.users import Permission
from plusdesk.gui import settings
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.referral_lists import ImportsTab, OETab
from plusdesk.gui.pages.referral_tabs import BeforeAfterTab, TrendTab
from plusdesk.gui.settings import Setting

REFERRALS_TAB = Setting("referrals/tab", int, 0, "Laatst gekozen tabblad van Verwijzingen")
REFERRALS_SUBJECT = Setting(
    "referrals/subject", str, "", "Laatst gekozen specialisme of groep in Verwijzingen"
)
REFERRALS_FREQ = Setting("referrals/freq", str, "M", "Trend per maand (M) of per kwartaal (Q)")
REFERRALS_MARKERS = Setting(
    "referrals/markers",
    str,
    "",
    "Interventies als lijn in de trend, komma-gescheiden; leeg: die van Doelmatige zorg; '-': geen",
)
REFERRALS_INTERVENTION = Setting(
    "referrals/intervention", str, "", "Laatst gekozen interventie in Voor/na"
)
REFERRALS_FOLDER = Setting("referrals/folder", str, "", "Map van de laatst ingelezen export")
DEFAULT_DOMAIN = "DZ"  # Doelmatige zorg: the interventions aimed at referrals


class ReferralsPage(Page):
    key = "referrals"
    TREND, BEFORE_AFTER, OE, IMPORTS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Verwijzingen"),
            self.tr(
                "Het verwijsgedrag van de praktijk: de trend per specialisme met de start van "
                "interventies, vóór en na een interventie, en hoeveel u verwijst tegenover wat "
                "bij uw patiëntenpopulatie te verwachten is (O/E)."
            ),
            parent,
        )
        self.counts: ReferralCounts | None = None
        self.subjects: list[Subject] = []
        self.markers: list[Marker] = []
        self.milestones: list[Milestone] = []
        self.subject = settings.read(REFERRALS_SUBJECT)
        self._stale: set[int] = set()
        self.trend_tab = TrendTab()
        self.before_after_tab = BeforeAfterTab()
        self.oe_tab = OETab()
        self.imports_tab = ImportsTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("referralTabs")
        self.tabs.addTab(self.trend_tab, self.tr("&Trend"))
        self.tabs.addTab(self.before_after_tab, self.tr("&Voor/na"))
        self.tabs.addTab(self.oe_tab, self.tr("&O/E-overzicht"))
        self.tabs.addTab(self.imports_tab, self.tr("I&mports"))
        self.body.addWidget(self.tabs, 1)
        tab = settings.read(REFERRALS_TAB)
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else self.TREND)
        self.trend_tab.set_freq(settings.read(REFERRALS_FREQ))

        self.tabs.currentChanged.connect(self._tab_changed)
        self.trend_tab.subject_changed.connect(self._subject_changed)
        self.before_after_tab.subject_changed.connect(self._subject_changed)
        self.trend_tab.freq_changed.connect(lambda f: settings.write(REFERRALS_FREQ, f))
        self.trend_tab.markers_changed.connect(
            lambda codes: settings.write(REFERRALS_MARKERS, ",".join(codes) or "-")
        )
        self.before_after_tab.intervention_changed.connect(
            lambda code: settings.write(REFERRALS_INTERVENTION, code)
        )
        self.oe_tab.year_changed.connect(lambda _y: self._draw_oe())
        self.oe_tab.list_size_button.clicked.connect(self.edit_list_sizes)
        self.oe_tab.benchmark_button.clicked.connect(self.edit_benchmarks)
        self.oe_tab.reference_button.clicked.connect(self.import_reference)
        self.oe_tab.groups_button.clicked.connect(self.edit_groups)
        self.imports_tab.import_button.clicked.connect(self.import_file)
        self.imports_tab.undo_button.clicked.connect(self.undo_selected)

    # --- reading ------------------------------------------------------------------------------
    @property
    def may_edit(self) -> bool:
        return self.session is not None and self.session.can(Permission.EDIT_REFERRALS)

    def refresh(self) -> None:
        """Read the referrals once and hand them to every tab; the shown one draws now."""
        if self.db is None:
            return
        db = self.db
        self.counts = load_counts(db)
        self.subjects = subjects(db)
        self.markers = markers(db)
        self.milestones = milestones(db)
        keys = [s.key for s in self.subjects]
        if self.subject not in keys:
            self.subject = keys[0] if keys else ""
        domains = {r[0]: r[1] for r in db.query("SELECT code, title FROM domain")}
        self.trend_tab.set_subjects(self.subjects, self.subject)
        self.trend_tab.set_markers(self.markers, self.milestones, domains, self._chosen_markers())
        self.before_after_tab.set_subjects(self.subjects, self.subject)
        self.before_after_tab.set_interventions(
            self.milestones, settings.read(REFERRALS_INTERVENTION)
        )
        self.before_after_tab.set_counts(self.counts)
        latest = latest_year(db)
        chosen = self.oe_tab.year or latest
        self.oe_tab.set_years(self._years(latest), chosen)
        self.oe_tab.set_reference(reference_label(db))
        may_edit = self.may_edit
        self.oe_tab.list_size_button.setVisible(may_edit)
        self.oe_tab.benchmark_button.setVisible(may_edit)
        self.oe_tab.reference_button.setVisible(may_edit)
        self.oe_tab.groups_button.setVisible(may_edit)
        self._empty_texts(may_edit)
        self._fill_imports()
        self._stale = {self.TREND, self.BEFORE_AFTER, self.OE}
        self._tab_changed(self.tabs.currentIndex())

    def _empty_texts(self, may_edit: bool) -> None:
        """Without data every chart says what to do; only the praktijkmanager can do it."""
        if may_edit:
            no_data = no_oe = ""  # the charts' own texts point to Importeren… and the tables
        else:
            no_data = self.tr(
                "Nog geen verwijzingen. De praktijkmanager kan een export uit het HIS inlezen; "
                "daarna ziet u hier de trend."
            )
            no_oe = self.tr(
                "Nog geen O/E te berekenen voor dit jaar. Daarvoor zijn verwijzingen, de "
                "praktijkomvang per leeftijdsgroep en geslacht en een referentietabel of "
                "Vektis-cijfers nodig; de praktijkmanager kan die invoeren."
            )
        self.trend_tab.chart.set_empty_text(no_data)
        self.before_after_tab.no_data_text = no_data or self.trend_tab.chart.default_empty_text
        self.oe_tab.chart.set_empty_text(no_oe)

    def _chosen_markers(self) -> set[str]:
        stored = settings.read(REFERRALS_MARKERS)
        if stored == "-":
            return set()
        if stored:
            return set(stored.split(","))
        return {m.code for m in self.milestones if m.domain_code == DEFAULT_DOMAIN}

    def _years(self, latest: int | None) -> list[int]:
        """The complete years to offer for O/E: from the first referral on, and Vektis years."""
        if latest is None:
            return []
        years = {int(r[0]) for r in self.db.query("SELECT DISTINCT year FROM referral_benchmark")}
        if self.counts is not None and len(self.counts.monthly):
            years |= set(range(int(self.counts.monthly.index.year.min()), latest + 1))
        return sorted(y for y in years if y <= latest)

    def _fill_imports(self) -> None:
        from plusdesk.core.referrals import batches

        names = {
            r[0]: r[1] or r[0] for r in self.db.query("SELECT username, full_name FROM account")
        }
        self.imports_tab.set_batches(batches(self.db), names, self.may_edit)

    def _tab_changed(self, index: int) -> None:
        settings.write(REFERRALS_TAB, index)
        if index not in self._stale:
            return
        self._stale.discard(index)
        if index == self.TREND:
            self.trend_tab.set_counts(self.counts)
        elif index == self.BEFORE_AFTER:
            self.before_after_tab.redraw()
        elif index == self.OE:
            self._draw_oe()

    def _draw_oe(self) -> None:
        import pandas as pd

        year = self.oe_tab.year
        if self.db is None:
            return
        self.oe_tab.set_table(
            oe_table(self.db, year) if year else pd.DataFrame(columns=list(OE_COLUMNS))
        )

    def _subject_changed(self, key: str) -> None:
        """One subject for Trend and Voor/na: the other tab follows when it is shown."""
        if not key or key == self.subject:
            return
        self.subject = key
        settings.write(REFERRALS_SUBJECT, key)
        sender = self.sender()
        for tab, index in (
            (self.trend_tab, self.TREND),
            (self.before_after_tab, self.BEFORE_AFTER),
        ):
            if tab is sender:
                continue
            combo = tab.subject_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            combo.blockSignals(False)
            self._stale.add(index)

    def open_link(self, argument: str) -> None:
        """From Overzicht: "oe" (or "oe:2025"), "trend" or "imports"."""
        what, _, year = argument.partition(":")
        tab = {"trend": self.TREND, "voorna": self.BEFORE_AFTER, "imports": self.IMPORTS}.get(
            what, self.OE
        )
        if tab == self.OE and year.isdigit():
            combo = self.oe_tab.year_combo
            if combo.findData(int(year)) >= 0:
                combo.setCurrentIndex(combo.findData(int(year)))
        self.tabs.setCurrentIndex(tab)

    # --- actions ------------------------------------------------------------------------------
    def _after_change(self) -> None:
        """An import, undo or table change: every tab shows the new figures."""
        self.refresh()

    def import_file(self) -> None:
        from plusdesk.gui.dialogs.referral_import import ReferralImportDialog

        if not self.may_edit:
            return
        folder = settings.read(REFERRALS_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Export uit het HIS kiezen"),
            folder,
            self.tr("Exports (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
        )
        if not path:
            return
        settings.write(REFERRALS_FOLDER, str(Path(path).parent))
        try:
            dialog = ReferralImportDialog(self.session, path, self)
        except PlusDeskError as exc:
            self._error(exc)
            return
        dialog.exec()
        batch = dialog.batch
        dialog.deleteLater()
        if batch is None:
            return
        self._after_change()
        self.imports_tab.select(batch.id)

    def undo_selected(self) -> None:
        from plusdesk.core.referrals import undo

        batch = self.imports_tab.selected()
        if batch is None or not self.may_edit:
            return
        active = batch.rows_active
        count = (
            self.tr("De ene verwijzing uit dit bestand telt dan niet meer mee.")
            if active == 1
            else self.tr("De {0} verwijzingen uit dit bestand tellen dan niet meer mee.").format(
                number(active)
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Import ongedaan maken?"),
            self.tr(
                "Wilt u de import van '{0}' ongedaan maken?\n\n{1} Verwijzingen die deze "
                "import had vervangen, tellen weer mee."
            ).format(batch.file_name, count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            undo(self.session, batch.id)
        except PlusDeskError as exc:
            self._error(exc)
        self._after_change()

    def _year_for_tables(self) -> int:
        from plusdesk.core.validation import today

        return self.oe_tab.year or today().year - 1

    def edit_list_sizes(self) -> None:
        from plusdesk.gui.dialogs.referral_tables import ListSizeDialog

        if self.may_edit:
            ListSizeDialog(self.session, self._year_for_tables(), self).exec()
            self._after_change()

    def edit_benchmarks(self) -> None:
        from plusdesk.gui.dialogs.referral_tables import BenchmarkDialog

        if self.may_edit:
            BenchmarkDialog(self.session, self._year_for_tables(), self).exec()
            self._after_change()

    def edit_groups(self) -> None:
        """The code groups (such as GGZ); the figures follow a change at once."""
        from plusdesk.gui.dialogs.code_groups import CodeGroupsDialog

        if not self.may_edit:
            return
        dialog = CodeGroupsDialog(self.session, self)
        dialog.exec()
        if dialog.changed:
            self._after_change()
        dialog.deleteLater()

    def import_reference(self) -> None:
        """Read the zorggroep's reference-rate table (the expected level), replacing the old."""
        from PySide6.QtWidgets import QInputDialog

        from plusdesk.core.referral_tables import import_template
        from plusdesk.core.referrals import ImportRefused
        from plusdesk.gui.dialogs.referral_common import ask, message, show_refusal

        if not self.may_edit or self.db is None:
            return
        title = self.tr("Referentietabel inlezen")
        path, _ = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Referentietabel (*.csv *.txt *.xlsx)")
        )
        if not path:
            return
        name, ok = QInputDialog.getText(
            self,
            title,
            self.tr("Naam van deze tabel, zoals de zorggroep hem noemt:"),
            text=Path(path).stem,
        )
        if not ok or not name.strip():
            return
        current = reference_label(self.db)
        if current and not ask(
            self,
            title,
            self.tr("De referentietabel '{0}' wordt vervangen door '{1}'.").format(
                current, name.strip()
            ),
            self.tr("Vervangen"),
            self.tr("Annuleren"),
        ):
            return
        try:
            count = import_template(self.session, "reference", path, reference_name=name.strip())
        except ImportRefused as exc:
            show_refusal(self, exc)
            return
        except PlusDeskError as exc:
            self._error(exc)
            return
        message(self, title, self.tr("{0} referentiecijfers ingelezen.").format(number(count)))
        self._after_change()

    def _error(self, exc: PlusDeskError) -> None:
        from plusdesk.gui.app import show_error

        show_error(self, exc)
