"""Pages whose module is still being built: they say what they will hold and when it is used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from plusdesk.gui.pages.base import Page


class PlannedPage(Page):
    """Shows what the page is for and the features that are coming, instead of a grey area."""

    def __init__(
        self,
        key: str,
        title: str,
        intro: str,
        who: str,
        features: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, intro, parent)
        self.key = key
        self.setObjectName(f"page_{key}")
        card = QFrame()
        card.setObjectName("plannedCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 14, 18, 14)
        badge = QLabel(self.tr("In ontwikkeling"))
        badge.setObjectName("badge")
        inner.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        heading = QLabel(self.tr("Wat u hier straks kunt doen"))
        heading.setObjectName("cardTitle")
        inner.addWidget(heading)
        items = "".join(f"<li>{f}</li>" for f in features)
        listing = QLabel(f"<ul style='margin-left:-20px'>{items}</ul>")
        listing.setObjectName("plannedFeatures")
        listing.setWordWrap(True)
        inner.addWidget(listing)
        users = QLabel(self.tr("Voor: {0}").format(who))
        users.setObjectName("muted")
        inner.addWidget(users)
        self.features = features
        self.body.addWidget(card)
        self.body.addStretch(1)
