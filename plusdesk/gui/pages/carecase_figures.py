"""The Cijfers tab of Collaborative care: caseload, contact, response, routes and reviews."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from plusdesk.core.carecase_figures import CareFigures, figures
from plusdesk.core.carecase_model import (
    DECISION_LABELS,
    ROUTE_LABELS,
    SOCIAL_LABELS,
    Decision,
    Route,
    SocialCause,
)
from plusdesk.core.carecases import thresholds
from plusdesk.core.db import Database
from plusdesk.gui.dialogs.status import capitalised
from plusdesk.gui.pages.conversation_figures import Figure, _fill, _table
from plusdesk.gui.translations import core_tr


def pct(value: float | None) -> str:
    return "—" if value is None else f"{round(value)} %"


class CareFiguresView(QWidget):
    """Headline figures and the route and review tables of a period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: CareFigures | None = None
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.tiles = {
            "active": Figure(self.tr("actieve casussen aan het eind van de periode")),
            "contacted": Figure(self.tr("van de actieve casussen met contact in de laatste dagen")),
            "new": Figure(self.tr("nieuwe casussen in de periode")),
            "closed": Figure(self.tr("casussen afgesloten in de periode")),
            "response12": Figure(self.tr("respons na 12 weken")),
            "remission12": Figure(self.tr("remissie na 12 weken")),
            "response24": Figure(self.tr("respons na 24 weken")),
            "remission24": Figure(self.tr("remissie na 24 weken")),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 4, n % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)  # equal tiles, whatever their captions
        self.outcome_note = QLabel()
        self.outcome_note.setObjectName("muted")
        self.outcome_note.setWordWrap(True)
        self.routes = _table([self.tr("Route"), self.tr("Casussen")])
        self.routes.setAccessibleName(self.tr("Routes in de periode"))
        self.route_note = QLabel()
        self.route_note.setWordWrap(True)
        self.reviews = _table([self.tr("Conclusie psychiater"), self.tr("Consulten")])
        self.reviews.setAccessibleName(self.tr("Consulten psychiater in de periode"))
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        tables = QHBoxLayout()
        for title, table, note in (
            (self.tr("Routes"), self.routes, self.route_note),
            (self.tr("Consulten psychiater"), self.reviews, self.review_note),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setObjectName("sectionTitle")
            column.addWidget(label)
            column.addWidget(table, 1)
            column.addWidget(note)
            tables.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.outcome_note)
        layout.addLayout(tables, 1)

    def show_figures(
        self, db: Database, start: date | None, end: date | None, label: str, today: date
    ) -> None:
        first = db.scalar("SELECT min(started_on) FROM carecase")
        start = start or (date.fromisoformat(first) if first else today)
        end = min(end or today, today)
        t = thresholds(db)
        f = figures(db, start, end, t)
        self.current = f
        self.heading.setText(label)
        self.tiles["active"].set(str(f.active))
        contacted = self.tiles["contacted"]
        contacted.caption.setText(
            self.tr("van de actieve casussen had contact in de laatste {0} dagen").format(
                t.contact_days
            )
        )
        contacted.set(pct(f.contacted_pct))
        self.tiles["new"].set(str(f.new_cases))
        self.tiles["closed"].set(str(f.closed_cases))
        for outcome in f.outcomes:
            self.tiles[f"response{outcome.weeks}"].set(pct(outcome.response_pct))
            self.tiles[f"remission{outcome.weeks}"].set(pct(outcome.remission_pct))
        twelve, twenty_four = f.outcomes
        self.outcome_note.setText(
            self.tr(
                "Respons: de score daalde minstens {0} %; remissie: de laatste score is lager "
                "dan {1}. Gerekend over de casussen die in de periode startten en die termijn "
                "al haalden ({2} na 12 weken, {3} na 24 weken), met een eerste score van {1} "
                "of meer."
            ).format(t.response_drop, t.remission_below, twelve.eligible, twenty_four.eligible)
        )
        _fill(
            self.routes,
            [[capitalised(core_tr(ROUTE_LABELS[r])), str(f.routes.get(r, 0))] for r in Route],
        )
        routed = sum(f.routes.values())
        self.route_note.setText(
            self.tr("{0} van de {1} casussen bleven buiten de specialistische GGZ.").format(
                f.outside_specialist_ggz, routed
            )
            if routed
            else self.tr("Nog geen routes vastgelegd in deze periode.")
        )
        rows = []
        for decision in Decision:
            rows.append(
                [capitalised(core_tr(DECISION_LABELS[decision])), str(f.decisions.get(decision, 0))]
            )
            if decision is Decision.SOCIAAL:
                rows += [
                    ["    " + core_tr(SOCIAL_LABELS[c]), str(f.social_causes[c])]
                    for c in SocialCause
                    if f.social_causes.get(c)
                ]
        _fill(self.reviews, rows)
        self.review_note.setText(
            self.tr("{0} consulten over {1} casussen.").format(f.reviews, f.cases_reviewed)
        )
