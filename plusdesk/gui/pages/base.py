"""What every page of the main window shares: a title, an intro line and a refresh hook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from plusdesk.core.db import Database
from plusdesk.core.users import Session
from plusdesk.gui.flow import tame_wrapped_labels


class _PageContent(QWidget):
    """A page's content in its scroll area. The scroll area asks heightForWidth for the
    height to give, and a box layout answers with every item's *preferred* height; without
    an answer the scroll area gives the viewport or the minimum size, whichever is larger,
    so tables and charts fill the window and the page only scrolls when it is too small."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("pageContent")

    def heightForWidth(self, width: int) -> int:
        return -1  # the scroll area then gives max(viewport, minimum size)


class Page(QWidget):
    """A page in the sidebar; `key` is stable (settings), `title` is shown."""

    key = ""
    # Ask the main window to show another page: (page key, what to show there).
    navigate = Signal(str, str)

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.db: Database | None = None
        self.session: Session | None = None
        self.setObjectName(f"page_{self.key}")
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setAccessibleName(title)
        self.intro = QLabel(intro)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        # The page scrolls when the window (or a large system font) leaves too little room,
        # instead of squeezing fields and buttons until their text is cut off or overlaps.
        content = _PageContent()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(self.body, 1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def showEvent(self, event: QShowEvent) -> None:
        self._tame()
        super().showEvent(event)

    def _tame(self) -> None:
        """Word-wrapped labels get the height their text needs (see tame_wrapped_labels),
        also those a refresh or a tab shown for the first time created since."""
        tame_wrapped_labels(self)
        for tabs in self.findChildren(QTabWidget):
            if not tabs.property("tamesLabels"):
                tabs.setProperty("tamesLabels", True)
                tabs.currentChanged.connect(lambda _i: self._tame())
            if not tabs.accessibleName():  # a screen reader names the group of tabs
                tabs.setAccessibleName(
                    QCoreApplication.translate("Page", "Tabbladen van {0}").format(self.title)
                )

    def set_session(self, session: Session) -> None:
        """Show the data of the signed-in user's file, as far as their role allows."""
        self.session = session
        self.db = session.db
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the page shows from the database."""

    def open_link(self, argument: str) -> None:
        """Show what another page linked to (a filter, a record); pages override this."""
