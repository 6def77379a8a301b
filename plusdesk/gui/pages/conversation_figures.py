"""The Cijfers tab of Gesprekken: headline figures, conversations per month, score change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.conversation_figures import Figures, figures
from plusdesk.core.db import Database
from plusdesk.gui import numbers
from plusdesk.gui.charts.conversations import MonthlyChart
from plusdesk.gui.numbers import percentage
from plusdesk.gui.translations import core_tr


def decimal(value: float | None, digits: int = 1, *, sign: bool = False) -> str:
    """A figure with one decimal by default, in the locale's way; '—' when there is none."""
    return numbers.decimal(value, digits, sign=sign)


class Figure(QFrame):
    """One headline figure with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str) -> None:
        self.value.setText(value)
        self.setAccessibleName(f"{self.caption.text()}: {value}")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class FiguresView(QWidget):
    """What the practice achieved with its conversations, over the chosen period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Figures | None = None
        self.period_label = QLabel()
        self.period_label.setObjectName("muted")
        self.cards = {
            "conversations": Figure(self.tr("gesprekken")),
            "patients": Figure(self.tr("patiënten bereikt")),
            "followed": Figure(self.tr("van de patiënten had een vervolggesprek")),
            "avoided": Figure(self.tr("keer een verwijzing voorkomen")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        self.chart = MonthlyChart()
        self.chart.setMinimumHeight(200)
        self.change_table = _table(
            [
                self.tr("Dimensie"),
                self.tr("Patiënten"),
                self.tr("Eerste gesprek"),
                self.tr("Laatste gesprek"),
                self.tr("Verschil"),
            ]
        )
        self.change_table.setAccessibleName(self.tr("Verandering per dimensie"))
        self.avoided_table = _table([self.tr("Specialisme"), self.tr("Voorkomen")])
        self.avoided_table.setAccessibleName(self.tr("Voorkomen verwijzingen per specialisme"))
        change_title = QLabel(self.tr("Gemiddelde score: eerste tegenover laatste gesprek"))
        change_title.setObjectName("cardTitle")
        self.change_note = QLabel(
            self.tr(
                "Patiënten met twee of meer gesprekken in de periode; per dimensie telt een "
                "patiënt mee als beide gesprekken die dimensie scoorden."
            )
        )
        self.change_note.setObjectName("muted")
        self.change_note.setWordWrap(True)
        avoided_title = QLabel(self.tr("Voorkomen verwijzingen"))
        avoided_title.setObjectName("cardTitle")
        grid = QGridLayout()
        grid.addWidget(change_title, 0, 0)
        grid.addWidget(avoided_title, 0, 1)
        grid.addWidget(self.change_note, 1, 0)
        grid.addWidget(self.change_table, 2, 0)
        grid.addWidget(self.avoided_table, 1, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.period_label)
        layout.addLayout(cards)
        layout.addWidget(self.chart, 1)
        layout.addLayout(grid, 1)

    def show_figures(
        self, db: Database, start: date | None, end: date | None, label: str = ""
    ) -> Figures:
        result = figures(db, start, end)
        self.current = result
        self.period_label.setText(
            self.tr(
                "Periode: {0}. Alleen totalen; niets hier maakt een patiënt herkenbaar."
            ).format(label.lower() if label else self.tr("alle perioden"))
        )
        self.cards["conversations"].set(str(result.conversations))
        self.cards["patients"].set(str(result.patients))
        self.cards["followed"].set(percentage(result.share_followed_up))
        self.cards["avoided"].set(str(int(result.avoided["conversations"].sum())))
        self.chart.set_counts(
            list(result.per_month["month"]), [int(n) for n in result.per_month["conversations"]]
        )
        _fill(
            self.change_table,
            [
                [
                    core_tr(row.label),  # a dimension
                    str(row.patients),
                    decimal(row.first_mean),
                    decimal(row.latest_mean),
                    decimal(row.change, sign=True),
                ]
                for row in result.score_change.itertuples()
            ],
        )
        _fill(
            self.avoided_table,
            [[core_tr(row.name), str(row.conversations)] for row in result.avoided.itertuples()]
            or [[self.tr("Geen in deze periode"), ""]],
        )
        return result
