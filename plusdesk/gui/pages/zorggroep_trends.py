"""Trends: the referral rate per year of every practice of the zorggroep and of the group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from plusdesk.core.exchange_views import (
    Participant,
    Subject,
    Trend,
    participants,
    trend,
    trend_subjects,
)
from plusdesk.gui.charts.group_trend import GroupTrendChart
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.referral_tabs import field
from plusdesk.gui.pages.zorggroep_funnel import choose, controls
from plusdesk.gui.translations import core_tr


class TrendsPage(Page):
    key = "trends"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Trends"),
            self.tr(
                "Verwijzingen per 1.000 ingeschreven patiënten per jaar: elke praktijk als "
                "dunne lijn, de groep als dikke lijn, en één praktijk uitgelicht."
            ),
            parent,
        )
        self.subjects: list[Subject] = []
        self.practices: list[Participant] = []
        self.trend: Trend | None = None
        self.subject_combo = QComboBox()
        self.subject_combo.setObjectName("trendsSubject")
        self.subject_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.practice_combo = QComboBox()
        self.practice_combo.setObjectName("trendsPractice")
        self.practice_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        subject_label = field(self.tr("&Specialisme of groep:"), self.subject_combo)
        practice_label = field(self.tr("&Praktijk om uit te lichten:"), self.practice_combo)
        self.chart = GroupTrendChart()
        self.chart.set_empty_text(
            self.tr(
                "Geen verwijzingscijfers per jaar in dit bestand. Die staan alleen in de "
                "werkruimte van de zorggroep: een benchmarkpakket bevat ze niet. De Funnelplot "
                "laat wel zien hoe de praktijken zich tot hun verwachting verhouden."
            )
        )
        self.note = QLabel()
        self.note.setObjectName("trendsNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(
            controls(subject_label, self.subject_combo, practice_label, self.practice_combo)
        )
        self.body.addWidget(self.chart, 1)
        self.body.addWidget(self.note)
        self.setTabOrder(self.subject_combo, self.practice_combo)
        self.subject_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        self.practice_combo.currentIndexChanged.connect(lambda _i: self.redraw())

    @property
    def subject(self) -> str | None:
        return self.subject_combo.currentData()

    @property
    def practice(self) -> str | None:
        """The key of the practice picked out."""
        return self.practice_combo.currentData()

    def refresh(self) -> None:
        """Read the subjects and practices, keep the choices still there, and draw."""
        if self.db is None:
            return
        subject, practice = self.subject, self.practice
        self.subjects = trend_subjects(self.db)
        self.practices = participants(self.db) if self.subjects else []
        for combo in (self.subject_combo, self.practice_combo):
            combo.blockSignals(True)
            combo.clear()
        for n, item in enumerate(self.subjects):
            if n and self.subjects[n - 1].is_group and not item.is_group:
                self.subject_combo.insertSeparator(self.subject_combo.count())
            self.subject_combo.addItem(core_tr(item.title), item.code)
        for item in self.practices:
            self.practice_combo.addItem(item.label, item.key)
        choose(self.subject_combo, subject)
        # the own practice comes first in `participants`: it is the default
        choose(self.practice_combo, practice)
        for combo in (self.subject_combo, self.practice_combo):
            combo.setEnabled(combo.count() > 0)
            combo.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        """Draw the chosen subject with the chosen practice picked out."""
        subject = self.subject
        self.trend = trend(self.db, subject) if self.db is not None and subject else None
        self.chart.show_trend(self.trend, self.practice)
        self.note.setVisible(not self.chart.is_empty)
        self.note.setText(self._note() if not self.chart.is_empty else "")

    def _note(self) -> str:
        text = self.tr(
            "De groepslijn is het gewogen gemiddelde: alle verwijzingen van de praktijken met "
            "bekende cijfers gedeeld door al hun ingeschreven patiënten. Alleen volledige jaren "
            "tellen mee."
        )
        left_out = self.trend.suppressed if self.trend is not None else 0
        if left_out == 1:
            text += " " + self.tr(
                "Eén praktijkjaar is weggelaten omdat het aantal verwijzingen is onderdrukt."
            )
        elif left_out > 1:
            text += " " + self.tr(
                "{0} praktijkjaren zijn weggelaten omdat het aantal verwijzingen is onderdrukt."
            ).format(left_out)
        return text
