"""Benchmark (practice): its own place among its peers, from the zorggroep's benchmark pack.

The pack names only this practice; the others are letters. The funnel plot shows the own O/E
point among theirs, the matrix the group's implementation progress. Read offline, like
everything else.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from plusdesk.core.clock import format_date
from plusdesk.core.exchange_views import implementation_matrix, participants
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.pages.base import Page
from plusdesk.gui.pages.zorggroep_funnel import FunnelPanel
from plusdesk.gui.pages.zorggroep_matrix import MatrixPanel


class BenchmarkPage(Page):
    key = "benchmark"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Benchmark"),
            self.tr(
                "Uw praktijk tussen de andere praktijken van de zorggroep, uit het laatste "
                "benchmarkpakket. Alleen uw eigen praktijk staat er met naam in; de andere "
                "zijn letters."
            ),
            parent,
        )
        self.summary = QLabel()
        self.summary.setObjectName("benchmarkSummary")
        self.summary.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Nog geen benchmarkpakket ingelezen. De zorggroep maakt het pakket uit de "
                "exports van alle praktijken; lees het in bij Zorggroep-export → "
                "Benchmarkpakket inlezen…"
            )
        )
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.to_export = QPushButton(self.tr("Naar &Zorggroep-export"))
        self.to_export.clicked.connect(lambda: self.navigate.emit("export", ""))
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.to_export)
        empty_row.addStretch(1)
        self.funnel = FunnelPanel()
        self.matrix = MatrixPanel(
            empty_text=self.tr(
                "Het benchmarkpakket bevat geen interventies. Lees een nieuwer pakket in."
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("benchmarkTabs")
        self.tabs.setAccessibleName(self.tr("Benchmark"))
        self.tabs.addTab(self.funnel, self.tr("&Funnelplot"))
        self.tabs.addTab(self.matrix, self.tr("&Implementatie in de groep"))
        self.body.addWidget(self.summary)
        self.body.addWidget(self.empty)
        self.body.addLayout(empty_row)
        self.body.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        if self.db is None:
            return
        people = participants(self.db)
        has_pack = bool(people)
        self.empty.setVisible(not has_pack)
        self.to_export.setVisible(not has_pack)
        self.tabs.setVisible(has_pack)
        self.summary.setVisible(has_pack)
        if not has_pack:
            return
        made = self.db.scalar("SELECT max(created_at) FROM exchange_practice") or ""
        zorggroep = self.db.scalar("SELECT max(zorggroep) FROM exchange_practice") or ""
        others = len([p for p in people if not p.is_self])
        matrix = implementation_matrix(self.db)
        own = next((p for p in people if p.is_self), None)
        text = self.tr("Benchmarkpakket van {0}{1}: uw praktijk en {2} andere praktijken.").format(
            format_date(made[:10]),
            self.tr(" van {0}").format(zorggroep) if zorggroep else "",
            number(others),
        )
        if own is not None:
            done, total = matrix.practice_implemented(own.key)
            everyone = [matrix.practice_implemented(p.key) for p in people]
            shares = sorted(d / t for d, t in everyone if t)
            if total and shares:
                median = (
                    shares[len(shares) // 2]
                    if len(shares) % 2
                    else (shares[len(shares) // 2 - 1] + shares[len(shares) // 2]) / 2
                )
                text += " " + self.tr(
                    "Geïmplementeerd of geborgd: bij u {0} van {1} interventies ({2} %); de "
                    "mediaan van de groep is {3} %."
                ).format(done, total, round(done / total * 100), round(median * 100))
        self.summary.setText(text)
        self.funnel.show_data(self.db)
        self.matrix.show_data(self.db)
