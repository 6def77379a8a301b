"""Overzicht: the practice and the headline figures that the other pages feed."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from plusdesk.core.clock import format_date
from plusdesk.core.practice import overview
from plusdesk.core.register import domain_progress, register
from plusdesk.gui.pages.base import Page


def _number(value: int | None) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")


class Tile(QFrame):
    """A headline figure with a caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("—")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.note = QLabel("")
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{self.caption.text()}: {value}")


class OverviewPage(Page):
    key = "overview"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Overzicht"),
            self.tr("De praktijk in één oogopslag."),
            parent,
        )
        self.practice_card = QFrame()
        self.practice_card.setObjectName("practiceCard")
        card = QGridLayout(self.practice_card)
        card.setContentsMargins(18, 14, 18, 14)
        card.setHorizontalSpacing(24)
        self.practice_name = QLabel()
        self.practice_name.setObjectName("practiceName")
        self.demo_badge = QLabel(self.tr("Demopraktijk – verzonnen gegevens"))
        self.demo_badge.setObjectName("badge")
        card.addWidget(self.practice_name, 0, 0, 1, 3)
        card.addWidget(self.demo_badge, 0, 3)
        self.fields: dict[str, QLabel] = {}
        labels = [
            ("agb", self.tr("AGB-code")),
            ("zorggroep", self.tr("Zorggroep")),
            ("list_size", self.tr("Ingeschreven patiënten")),
            ("wave", self.tr("Golf")),
            ("since", self.tr("In PlusDesk sinds")),
            ("catalogue", self.tr("Interventiecatalogus")),
        ]
        for n, (key, text) in enumerate(labels):
            caption = QLabel(text)
            caption.setObjectName("muted")
            value = QLabel()
            value.setObjectName(f"field_{key}")
            row, col = 1 + n // 3 * 2, n % 3
            card.addWidget(caption, row, col)
            card.addWidget(value, row + 1, col)
            self.fields[key] = value
        self.body.addWidget(self.practice_card)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.tiles = {
            "interventions": Tile(self.tr("interventies in de catalogus")),
            "implemented": Tile(self.tr("interventies geïmplementeerd")),
            "conversations": Tile(self.tr("patiëntgerichte gesprekken dit jaar")),
            "followups": Tile(self.tr("verlopen vervolgafspraken")),
            "cases": Tile(self.tr("actieve GGZ-casussen")),
            "referrals": Tile(self.tr("verwijzingen dit jaar")),
        }
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 3, n % 3)
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def refresh(self) -> None:
        if self.db is None:
            return
        ov = overview(self.db)
        p = ov.practice
        self.practice_name.setText(p.name if p else self.tr("(geen praktijk vastgelegd)"))
        self.demo_badge.setVisible(bool(p and p.is_demo))
        unknown = self.tr("onbekend")
        self.fields["agb"].setText(p.agb_code if p else unknown)
        self.fields["zorggroep"].setText(p.zorggroep if p and p.zorggroep else unknown)
        self.fields["list_size"].setText(_number(p.list_size) if p and p.list_size else unknown)
        self.fields["wave"].setText(self.tr("golf {0}").format(p.wave) if p and p.wave else unknown)
        self.fields["since"].setText(format_date(p.created_at) if p else unknown)
        self.fields["catalogue"].setText(
            f"{ov.catalogue_title} ({ov.catalogue_version})" if ov.catalogue_title else unknown
        )
        local = (
            self.tr(", waarvan {0} eigen interventies").format(ov.local_interventions)
            if ov.local_interventions
            else ""
        )
        self.tiles["interventions"].set(
            _number(ov.interventions),
            self.tr("in {0} domeinen{1}").format(ov.domains, local),
        )
        progress = domain_progress(register(self.db))
        done = sum(p.implemented for p in progress)
        total = sum(p.total for p in progress)
        self.tiles["implemented"].set(
            _number(done),
            self.tr("van {0}; per domein: {1}").format(
                total, ", ".join(f"{p.title} {p.implemented}/{p.total}" for p in progress)
            ),
        )
        coming = {
            "conversations": self.tr("Beschikbaar zodra de module Gesprekken klaar is."),
            "followups": self.tr("Beschikbaar zodra de module Gesprekken klaar is."),
            "cases": self.tr("Beschikbaar zodra de module Collaborative care klaar is."),
            "referrals": self.tr("Beschikbaar zodra u verwijzingen kunt inlezen."),
        }
        for key, note in coming.items():
            self.tiles[key].set("—", note)
