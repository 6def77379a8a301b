"""Funnelplot: every practice's O/E of one specialism and year against what chance allows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from plusdesk.core.db import Database
from plusdesk.core.exchange_views import Funnel, Subject, funnel, funnel_subjects, funnel_years
from plusdesk.core.stats import Overdispersion
from plusdesk.gui.charts.funnel import FunnelChart
from plusdesk.gui.flow import FlowBar, Labelled
from plusdesk.gui.numbers import decimal
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.referral_tabs import field, join
from plusdesk.gui.translations import core_tr

COMBO_GAP = 24  # pixels between one label-and-combo pair and the next

translate = QCoreApplication.translate


def choose(combo: QComboBox, data: object) -> None:
    """Select the item holding `data`, else the first item (never a separator)."""
    index = combo.findData(data) if data is not None else -1
    combo.setCurrentIndex(index if index >= 0 else min(0, combo.count() - 1))


def controls(*widgets: QWidget) -> FlowBar:
    """Label-and-combo pairs, left-aligned, wrapping onto a next line when narrow."""
    bar = FlowBar(spacing=COMBO_GAP)
    for label, combo in zip(widgets[::2], widgets[1::2], strict=True):
        bar.add(Labelled(label, combo))
    return bar


def p_text(p: float) -> str:
    """ "p < 0,001" or "p = 0,294"."""
    return f"p < {decimal(0.001, 3)}" if p < 0.001 else f"p = {decimal(p, 3)}"


def dispersion_note(dispersion: Overdispersion | None) -> str:
    """What the over-dispersion test says about reading the funnel, in one or two sentences."""
    if dispersion is None:
        return translate("FunnelPanel", "Te weinig praktijken voor een toets op overdispersie.")
    figures = f"φ = {decimal(dispersion.phi, 1)}; {p_text(dispersion.p_value)}"
    if dispersion.overdispersed:
        return translate(
            "FunnelPanel",
            "De praktijken verschillen onderling meer dan toeval verklaart ({0}). Een punt "
            "buiten de 95 %-grens is daarom alleen nog geen signaal; de 99,8 %-grenzen wegen "
            "zwaarder.",
        ).format(figures)
    return translate(
        "FunnelPanel", "De verschillen tussen de praktijken passen bij toeval ({0})."
    ).format(figures)


def funnel_note(shown: Funnel) -> str:
    """The over-dispersion note, and which practices have no point."""
    text = dispersion_note(shown.dispersion)
    if shown.missing:
        text += " " + QCoreApplication.translate(
            "FunnelPanel", "Zonder punt: {0} (aantal onderdrukt of geen O/E)."
        ).format(join([p.label for p in shown.missing]))
    return text


class FunnelPanel(QWidget):
    """A subject and a year to choose, the funnel plot, and what to keep in mind reading it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.subjects: list[Subject] = []
        self.funnel: Funnel | None = None
        self.subject_combo = QComboBox()
        self.subject_combo.setObjectName("funnelSubject")
        self.subject_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("funnelYear")
        subject_label = field(self.tr("&Specialisme of groep:"), self.subject_combo)
        year_label = field(self.tr("&Jaar:"), self.year_combo)
        self.chart = FunnelChart()
        self.note = QLabel()
        self.note.setObjectName("funnelNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(controls(subject_label, self.subject_combo, year_label, self.year_combo))
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)
        self.setTabOrder(self.subject_combo, self.year_combo)
        self.subject_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        self.year_combo.currentIndexChanged.connect(lambda _i: self.redraw())

    @property
    def subject(self) -> str | None:
        """The chosen subject's code."""
        return self.subject_combo.currentData()

    @property
    def year(self) -> int | None:
        return self.year_combo.currentData()

    def show_data(self, db: Database) -> None:
        """Read the subjects and years of `db`, keep the choices still there, and draw."""
        self.db = db
        subject, year = self.subject, self.year
        self.subjects = funnel_subjects(db)
        years = funnel_years(db)
        for combo in (self.subject_combo, self.year_combo):
            combo.blockSignals(True)
            combo.clear()
        for n, item in enumerate(self.subjects):
            if n and self.subjects[n - 1].is_group and not item.is_group:
                self.subject_combo.insertSeparator(self.subject_combo.count())
            self.subject_combo.addItem(core_tr(item.title), item.code)
        for item in years:
            self.year_combo.addItem(str(item), item)
        # the first subject (a group when there is one) and the newest year by default
        choose(self.subject_combo, subject)
        choose(self.year_combo, year)
        for combo in (self.subject_combo, self.year_combo):
            combo.setEnabled(combo.count() > 0)
            combo.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        """Draw the funnel of the chosen subject and year."""
        subject, year = self.subject, self.year
        if self.db is None or subject is None or year is None:
            self.funnel = None
        else:
            self.funnel = funnel(self.db, subject, year)
        self.chart.show_funnel(self.funnel)
        shown = self.funnel is not None and bool(self.funnel.points)
        self.note.setText(funnel_note(self.funnel) if shown and self.funnel else "")
        self.note.setVisible(shown)


class FunnelPage(Page):
    key = "funnel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Funnelplot"),
            self.tr(
                "Elke praktijk is een punt: haar O/E (waargenomen gedeeld door verwacht aantal "
                "verwijzingen) tegen het aantal dat te verwachten was. De trechter toont hoeveel "
                "verschil toeval toelaat; een punt erbuiten is een reden voor een gesprek, geen "
                "oordeel."
            ),
            parent,
        )
        self.panel = FunnelPanel()
        self.body.addWidget(self.panel, 1)

    def refresh(self) -> None:
        if self.db is not None:
            self.panel.show_data(self.db)
