"""The Trend and Voor/na tabs of Verwijzingen, and what all its tabs share.

Each tab draws what the page hands it (read once per refresh); the page does the saving.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.clock import format_date
from plusdesk.core.errors import ValidationError
from plusdesk.core.referral_figures import (
    Marker,
    ReferralCounts,
    Subject,
    before_after,
    trend,
)
from plusdesk.core.register import Milestone
from plusdesk.gui.charts.referrals import BeforeAfterChart, TrendChart, period_label
from plusdesk.gui.flow import FlowBar, Labelled
from plusdesk.gui.models.table import RowsTableModel
from plusdesk.gui.translations import core_tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECENT = 6  # the latest periods the Trend tab explains in words
# The names of the rules (from core.stats) as the charts show them, and in a sentence.
RULE_NAMES = (
    QT_TRANSLATE_NOOP("rules", "buiten de grenzen"),
    QT_TRANSLATE_NOOP("rules", "7 op rij aan één kant"),
    QT_TRANSLATE_NOOP("rules", "7 op rij stijgend of dalend"),
    QT_TRANSLATE_NOOP("rules", "2 van 3 voorbij 2σ"),
)
RULE_TEXTS = {
    "buiten de grenzen": QT_TRANSLATE_NOOP("rules", "buiten de grenzen van de gewone variatie"),
    "7 op rij aan één kant": QT_TRANSLATE_NOOP(
        "rules", "7 of meer {units} op rij aan dezelfde kant van het gemiddelde"
    ),
    "7 op rij stijgend of dalend": QT_TRANSLATE_NOOP(
        "rules", "7 of meer {units} op rij stijgend of dalend"
    ),
    "2 van 3 voorbij 2σ": QT_TRANSLATE_NOOP("rules", "2 van 3 {units} dicht bij een grens"),
}
DIRECTION_TEXTS = {
    "concern": QT_TRANSLATE_NOOP("rules", "meer verwijzingen dan gewoonlijk (zorgpunt)"),
    "improvement": QT_TRANSLATE_NOOP("rules", "minder verwijzingen dan gewoonlijk (verbetering)"),
}


def join(parts: Sequence[str]) -> str:
    """ "a", "a en b", "a, b en c"."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def period_runs(periods: Sequence[pd.Period]) -> str:
    """Periods in words, a run of consecutive ones as a range: "mei t/m oktober 2026"."""
    runs: list[list[pd.Period]] = []
    for period in periods:
        if runs and period == runs[-1][1] + 1:
            runs[-1][1] = period
        else:
            runs.append([period, period])
    texts = []
    for first, last in runs:
        if first == last:
            texts.append(period_label(first))
        elif first.year == last.year:
            start = period_label(first).removesuffix(f" {first.year}")
            start = start.removesuffix(QCoreApplication.translate("charts", " kwartaal"))
            texts.append(
                QCoreApplication.translate("charts", "{0} t/m {1}").format(
                    start, period_label(last)
                )
            )
        else:
            texts.append(
                QCoreApplication.translate("charts", "{0} t/m {1}").format(
                    period_label(first), period_label(last)
                )
            )
    return join(texts)


def field(text: str, widget: QWidget) -> QLabel:
    """A label with a mnemonic for a field; the field gets it as its accessible name."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


def table_view(
    model: RowsTableModel, name: str, accessible: str
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(model)
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
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # Compact rows: the whole O/E table fits beside its chart.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setAccessibleName(accessible)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table, proxy


def fill_subjects(combo: QComboBox, subjects: Sequence[Subject], key: str) -> None:
    """Groups first, a line, then the specialisms; `key` chosen when it is there."""
    combo.blockSignals(True)
    combo.clear()
    kinds = [s.kind for s in subjects]
    for n, subject in enumerate(subjects):
        if n and kinds[n - 1] == "group" and subject.kind != "group":
            combo.insertSeparator(combo.count())
        combo.addItem(core_tr(subject.label), subject.key)
    combo.setCurrentIndex(max(0, combo.findData(key)))
    combo.blockSignals(False)


def freq_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("referrals", "maand"), "M")
    combo.addItem(QCoreApplication.translate("referrals", "kwartaal"), "Q")
    return combo


def row(*widgets: QWidget | int) -> FlowBar:
    """A bar of controls that wraps when the window is narrow; a label and the field it
    names stay together, and what follows a stretch (an int) goes to the right edge."""
    bar = FlowBar(spacing=12)
    items = list(widgets)
    n = 0
    while n < len(items):
        widget = items[n]
        following = items[n + 1] if n + 1 < len(items) else None
        if isinstance(widget, int):
            if n + 1 < len(items):
                bar.flow.add_stretch()
            n += 1
        elif isinstance(widget, QLabel) and following is not None and widget.buddy() is following:
            bar.add(Labelled(widget, following))
            n += 2
        else:
            bar.add(widget)
            n += 1
    return bar


class StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)


# --- Trend ---------------------------------------------------------------------------------------


class TrendTab(QWidget):
    """Referrals per 1,000 for one subject as an XmR chart, with interventions as lines."""

    subject_changed = Signal(str)
    freq_changed = Signal(str)
    markers_changed = Signal(list)  # the chosen intervention codes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: ReferralCounts | None = None
        self.markers: list[Marker] = []
        self.chosen: set[str] = set()
        self.frame = pd.DataFrame()
        self.subject_combo = QComboBox()
        self.subject_combo.setMinimumWidth(self.fontMetrics().averageCharWidth() * 38)
        self.subject_combo.setMaxVisibleItems(25)
        self.freq_combo = freq_combo()
        self.marker_button = QToolButton()
        self.marker_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.marker_button.setToolTip(self.tr("Welke interventies als lijn in de grafiek staan"))
        self.marker_menu = StayOpenMenu(self.marker_button)
        self.marker_button.setMenu(self.marker_menu)
        self.marker_actions: dict[str, QAction] = {}
        self.rebase_check = QCheckBox(self.tr("Opnieuw bere&kenen vanaf start interventie"))
        self.rebase_check.setToolTip(
            self.tr(
                "Het gemiddelde en de grenzen opnieuw berekenen vanaf de start van elke "
                "interventie in de grafiek: zo ziet u of het niveau daarna veranderd is."
            )
        )
        self.chart = TrendChart()
        self.explanation = QLabel()
        self.explanation.setObjectName("trendExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            row(
                field(self.tr("&Specialisme of groep:"), self.subject_combo),
                self.subject_combo,
                field(self.tr("&Per:"), self.freq_combo),
                self.freq_combo,
                self.marker_button,
                self.rebase_check,
                1,
            )
        )
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.explanation)
        self.subject_combo.currentIndexChanged.connect(self._subject_chosen)
        self.freq_combo.currentIndexChanged.connect(self._freq_chosen)
        self.rebase_check.toggled.connect(lambda _on: self.redraw())

    # -- filling -------------------------------------------------------------------------------

    def set_markers(
        self,
        markers: Sequence[Marker],
        milestones: Sequence[Milestone],
        domains: dict[str, str],
        chosen: set[str],
    ) -> None:
        """The interventions to offer (by domain) and the codes shown as lines."""
        self.markers = list(markers)
        self.chosen = set(chosen)
        self.marker_menu.clear()
        self.marker_actions = {}
        every = self.marker_menu.addAction(self.tr("Alle interventies"))
        every.triggered.connect(lambda: self._choose({m.code for m in milestones}))
        none = self.marker_menu.addAction(self.tr("Geen"))
        none.triggered.connect(lambda: self._choose(set()))
        domain = None
        for milestone in milestones:
            if milestone.domain_code != domain:
                domain = milestone.domain_code
                self.marker_menu.addSection(core_tr(domains.get(domain, domain)))
            action = self.marker_menu.addAction(f"{milestone.code} {milestone.title}")
            action.setCheckable(True)
            action.setChecked(milestone.code in self.chosen)
            action.toggled.connect(lambda on, code=milestone.code: self._toggle(code, on))
            self.marker_actions[milestone.code] = action
        self.marker_button.setEnabled(bool(milestones))
        self._button_text()

    def _button_text(self) -> None:
        shown = sorted(c for c in self.chosen if c in self.marker_actions)
        text = (
            self.tr("Interventies: geen")
            if not shown
            else self.tr("Interventies: {0}").format(", ".join(shown))
            if len(shown) <= 2
            else self.tr("Interventies: {0} gekozen").format(len(shown))
        )
        self.marker_button.setText(text + "  ")

    def _toggle(self, code: str, on: bool) -> None:
        chosen = set(self.chosen)
        (chosen.add if on else chosen.discard)(code)
        self._choose(chosen)

    def _choose(self, codes: set[str]) -> None:
        self.chosen = set(codes)
        for code, action in self.marker_actions.items():
            action.blockSignals(True)
            action.setChecked(code in self.chosen)
            action.blockSignals(False)
        self._button_text()
        self.markers_changed.emit(sorted(self.chosen))
        self.redraw()

    def set_subjects(self, subjects: Sequence[Subject], key: str) -> None:
        fill_subjects(self.subject_combo, subjects, key)

    def set_freq(self, freq: str) -> None:
        self.freq_combo.blockSignals(True)
        self.freq_combo.setCurrentIndex(max(0, self.freq_combo.findData(freq)))
        self.freq_combo.blockSignals(False)

    def set_counts(self, counts: ReferralCounts | None) -> None:
        self.counts = counts
        self.redraw()

    def _subject_chosen(self, _index: int) -> None:
        self.redraw()
        self.subject_changed.emit(self.subject_combo.currentData() or "")

    def _freq_chosen(self, _index: int) -> None:
        self.redraw()
        self.freq_changed.emit(self.freq)

    @property
    def freq(self) -> str:
        return self.freq_combo.currentData() or "M"

    def shown_markers(self) -> list[Marker]:
        return [m for m in self.markers if m.code in self.chosen]

    # -- drawing -------------------------------------------------------------------------------

    def redraw(self) -> None:
        key = self.subject_combo.currentData()
        if self.counts is None or not key or not len(self.counts.monthly):
            self.frame = pd.DataFrame()
            self.chart.set_trend(self.frame, self.freq)
            self.explanation.setText("")
            return
        shown = self.shown_markers()
        rebase = (
            [m.date for m in shown if m.kind == "start"] if self.rebase_check.isChecked() else []
        )
        self.frame = trend(self.counts, key, self.freq, rebase_at=rebase)
        self.chart.set_trend(self.frame, self.freq, shown)
        if self.frame["rate"].isna().all() and len(self.frame):
            self.chart.show_message(
                self.tr(
                    "Het aantal ingeschreven patiënten is onbekend, dus PlusDesk kan geen "
                    "verwijzingen per 1.000 patiënten berekenen. Vul de praktijkomvang in via "
                    "Praktijkomvang… op het tabblad O/E-overzicht."
                )
            )
        self.explanation.setText(self.explain())

    def explain(self) -> str:
        """One line about special-cause variation in the latest periods."""
        frame = self.frame
        if not len(frame) or frame["rate"].isna().all():
            return ""
        units = self.tr("maanden") if self.freq == "M" else self.tr("kwartalen")
        recent = frame.iloc[-RECENT:]
        flagged = recent[recent["rule"] != ""]
        if flagged.empty:
            return self.tr(
                "Geen bijzondere variatie in de laatste {0} {1}: de schommelingen passen bij "
                "het gewone patroon."
            ).format(len(recent), units)
        parts = []
        for (rule, direction), group in flagged.groupby(["rule", "direction"], sort=False):
            what = QCoreApplication.translate("rules", RULE_TEXTS.get(rule, rule)).format(
                units=units
            )
            parts.append(
                f"{period_runs(list(group.index))} – {what}; "
                + QCoreApplication.translate("rules", DIRECTION_TEXTS.get(direction, direction))
            )
        return self.tr("Bijzondere variatie in de laatste {0} {1}: {2}.").format(
            len(recent), units, "; ".join(parts)
        )


# --- Voor/na -------------------------------------------------------------------------------------


class BeforeAfterTab(QWidget):
    """Before and after an intervention started: the segmented model and a summary in words."""

    subject_changed = Signal(str)
    intervention_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: ReferralCounts | None = None
        self.milestones: dict[str, Milestone] = {}
        self.no_data_text = self.tr(
            "Nog geen verwijzingen. Lees een export uit het HIS in via Importeren… op het "
            "tabblad Imports."
        )
        self.intervention_combo = QComboBox()
        # Long titles: a readable width here, the whole title in the list that opens.
        self.intervention_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.intervention_combo.setMinimumContentsLength(44)
        self.intervention_combo.setMaxVisibleItems(25)
        self.subject_combo = QComboBox()
        self.subject_combo.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        self.subject_combo.setMaxVisibleItems(25)
        self.freq_combo = freq_combo()
        self.chart = BeforeAfterChart()
        self.summary = QLabel()
        self.summary.setObjectName("beforeAfterSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(
            self.tr(
                "Het model houdt rekening met de trend vóór de start en met seizoenen. Een "
                "verandering kan ook andere oorzaken hebben dan de interventie."
            )
        )
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            row(
                field(self.tr("&Interventie:"), self.intervention_combo),
                self.intervention_combo,
                field(self.tr("&Specialisme of groep:"), self.subject_combo),
                self.subject_combo,
                field(self.tr("&Per:"), self.freq_combo),
                self.freq_combo,
                1,
            )
        )
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        self.intervention_combo.currentIndexChanged.connect(self._intervention_chosen)
        self.subject_combo.currentIndexChanged.connect(self._subject_chosen)
        self.freq_combo.currentIndexChanged.connect(lambda _i: self.redraw())

    def set_interventions(self, milestones: Sequence[Milestone], code: str) -> None:
        """The interventions that have a start date, by start date; `code` chosen."""
        started = sorted((m for m in milestones if m.started_on), key=lambda m: m.started_on)
        self.milestones = {m.code: m for m in started}
        combo = self.intervention_combo
        combo.blockSignals(True)
        combo.clear()
        for m in started:
            combo.addItem(
                self.tr("{0} {1} (gestart {2})").format(m.code, m.title, format_date(m.started_on)),
                m.code,
            )
        combo.setCurrentIndex(max(0, combo.findData(code)))
        combo.blockSignals(False)

    def set_subjects(self, subjects: Sequence[Subject], key: str) -> None:
        fill_subjects(self.subject_combo, subjects, key)

    def set_counts(self, counts: ReferralCounts | None) -> None:
        self.counts = counts

    def _intervention_chosen(self, _index: int) -> None:
        self.redraw()
        self.intervention_changed.emit(self.intervention_combo.currentData() or "")

    def _subject_chosen(self, _index: int) -> None:
        self.redraw()
        self.subject_changed.emit(self.subject_combo.currentData() or "")

    def redraw(self) -> None:
        code = self.intervention_combo.currentData()
        key = self.subject_combo.currentData()
        self.summary.setText("")
        if self.counts is None or not len(self.counts.monthly):
            self.chart.clear(self.no_data_text)
            return
        if not code:
            self.chart.clear(
                self.tr(
                    "Nog geen interventie met een startdatum. Zodra een interventie in "
                    "Interventies de status gestart krijgt, kunt u hier vóór en na vergelijken."
                )
            )
            return
        if not key:
            self.chart.clear()
            return
        milestone = self.milestones[code]
        try:
            result = before_after(self.counts, key, milestone.started_on, self.freq)
        except ValidationError as exc:
            self.chart.clear(core_tr(exc.message))
            return
        self.chart.set_result(result, self.tr("start {0}").format(code))
        self.summary.setText(core_tr(result.summary))

    @property
    def freq(self) -> str:
        return self.freq_combo.currentData() or "M"
