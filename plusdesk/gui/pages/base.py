"""What every page of the main window shares: a title, an intro line and a refresh hook."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from plusdesk.core.db import Database
from plusdesk.core.users import Session


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(self.body, 1)

    def set_session(self, session: Session) -> None:
        """Show the data of the signed-in user's file, as far as their role allows."""
        self.session = session
        self.db = session.db
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the page shows from the database."""

    def open_link(self, argument: str) -> None:
        """Show what another page linked to (a filter, a record); pages override this."""
