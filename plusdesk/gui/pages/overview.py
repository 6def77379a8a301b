"""Overzicht: the practice and the headline figures that the other pages feed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from plusdesk.core.clock import format_date
from plusdesk.core.conversation_list import follow_up_counts
from plusdesk.core.practice import overview
from plusdesk.core.register import domain_progress, register
from plusdesk.core.validation import today
from plusdesk.gui.numbers import whole
from plusdesk.gui.pages.base import Page
from plusdesk.gui.translations import core_tr


class Tile(QFrame):
    """A headline figure with a caption; a linked tile opens the list behind the figure."""

    activated = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.linked = False
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

    def set_linked(self, linked: bool, tip: str = "") -> None:
        """Clickable (and reachable with Tab, opened with Enter or Space) or not."""
        self.linked = linked
        self.setCursor(Qt.CursorShape.PointingHandCursor if linked else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if linked else Qt.FocusPolicy.NoFocus)
        self.setToolTip(tip if linked else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.linked and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self.linked and event.key() in keys:
            self.activated.emit()
            return
        super().keyPressEvent(event)

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
        self.practice_name.setWordWrap(True)
        card.addWidget(self.practice_name, 0, 0, 1, 2)
        card.addWidget(
            self.demo_badge, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
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
            caption.setWordWrap(True)
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)  # a long zorggroep or catalogue name wraps, at any font
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
            "followups": Tile(self.tr("vervolgafspraken verlopen")),
            "cases": Tile(self.tr("actieve GGZ-casussen")),
            "referrals": Tile(self.tr("verwijzingen dit jaar")),
        }
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // 3, n % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)  # three equal columns, whatever the texts
        followups = self.tiles["followups"]
        followups.activated.connect(lambda: self.navigate.emit("conversations", "verlopen"))
        followups.note.setTextFormat(Qt.TextFormat.RichText)
        followups.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        followups.note.linkActivated.connect(lambda link: self.navigate.emit("conversations", link))
        cases = self.tiles["cases"]
        cases.activated.connect(lambda: self.navigate.emit("carecases", "caseload"))
        cases.note.setTextFormat(Qt.TextFormat.RichText)
        cases.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        cases.note.linkActivated.connect(lambda link: self.navigate.emit("carecases", link))
        referrals = self.tiles["referrals"]
        referrals.activated.connect(lambda: self.navigate.emit("referrals", "trend"))
        referrals.note.setTextFormat(Qt.TextFormat.RichText)
        referrals.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        referrals.note.linkActivated.connect(lambda link: self.navigate.emit("referrals", link))
        self._oe_note_pending = False
        referrals.installEventFilter(self)
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
        self.fields["list_size"].setText(whole(p.list_size) if p and p.list_size else unknown)
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
            whole(ov.interventions),
            self.tr("in {0} domeinen{1}").format(ov.domains, local),
        )
        progress = domain_progress(register(self.db))
        done = sum(p.implemented for p in progress)
        total = sum(p.total for p in progress)
        self.tiles["implemented"].set(
            whole(done),
            self.tr("van {0}; per domein: {1}").format(
                total,
                ", ".join(f"{core_tr(p.title)} {p.implemented}/{p.total}" for p in progress),
            ),
        )
        self._conversation_tiles()
        self._case_tile()
        self._referral_tile()

    def _conversation_tiles(self) -> None:
        """Conversations this year, and the follow-ups that are overdue or due this week."""
        from plusdesk.core.users import Permission

        day = today()
        held, patients = self.db.query(
            "SELECT count(*), count(DISTINCT patient_ref) FROM conversation WHERE held_on >= ?",
            (date(day.year, 1, 1).isoformat(),),
        )[0]
        self.tiles["conversations"].set(
            whole(held), self.tr("met {0} patiënten").format(patients) if held else ""
        )
        overdue, this_week = follow_up_counts(self.db, day)
        week = (
            self.tr("1 vervolgafspraak deze week")
            if this_week == 1
            else self.tr("{0} vervolgafspraken deze week").format(this_week)
        )
        may_open = self.session is not None and self.session.can(Permission.VIEW_PATIENT_DATA)
        tile = self.tiles["followups"]
        # A link only where there is something to show behind it.
        tile.set(
            whole(overdue),
            f'<a href="deze_week">{week}</a>' if may_open and this_week else week,
        )
        tile.set_linked(
            may_open and overdue > 0, self.tr("Toon de verlopen vervolgafspraken in Gesprekken")
        )

    def _case_tile(self) -> None:
        """Open collaborative-care cases, and how many wait for the psychiatrist."""
        from plusdesk.core.carecase_list import counts
        from plusdesk.core.users import Permission

        c = counts(self.db, today())
        review = (
            self.tr("1 casus te bespreken met de psychiater")
            if c.to_review == 1
            else self.tr("{0} casussen te bespreken met de psychiater").format(c.to_review)
        )
        overdue = self.tr(", {0} met contact verlopen").format(c.contact_overdue)
        may_open = self.session is not None and self.session.can(Permission.VIEW_PATIENT_DATA)
        note = f'<a href="bespreken">{review}</a>' if may_open and c.to_review else review
        tile = self.tiles["cases"]
        tile.set(whole(c.open), note + (overdue if c.contact_overdue else ""))
        tile.set_linked(may_open, self.tr("Toon de caseload in Collaborative care"))

    def _referral_tile(self) -> None:
        """Referrals this year so far at once; how many specialisms were above expected last
        year once the window has been painted (O/E needs pandas, which would otherwise
        hold up the first sight of the program by half a second)."""
        tile = self.tiles["referrals"]
        tile.set_linked(True, self.tr("Toon de trend in Verwijzingen"))
        self._oe_note_pending = False
        if not self.db.scalar("SELECT count(*) FROM referral WHERE replaced_by IS NULL"):
            tile.set(
                "—",
                f'<a href="imports">{self.tr("Nog geen verwijzingen ingelezen")}</a>',
            )
            return
        this_year = self.db.scalar(
            "SELECT count(*) FROM referral WHERE replaced_by IS NULL AND referred_on >= ?",
            (date(today().year, 1, 1).isoformat(),),
        )
        tile.set(whole(this_year), tile.note.text())  # the O/E line follows after painting
        self._oe_note_pending = True
        tile.update()  # its (next) paint brings the O/E line

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and watched is self.tiles["referrals"]
            and self._oe_note_pending
        ):
            self._oe_note_pending = False
            QTimer.singleShot(0, self, self._referral_note)
        return super().eventFilter(watched, event)

    def _referral_note(self) -> None:
        from plusdesk.core.referral_oe import latest_year, oe_table

        if self.db is None or self.db.closed:  # the window closed before it came to this
            return
        year = latest_year(self.db)
        note = ""
        if year is not None:
            table = oe_table(self.db, year)
            if table.empty:
                text = self.tr("O/E over {0} nog niet te berekenen").format(year)
            else:
                above = int(((table["kind"] == "specialism") & (table["signal"] == "boven")).sum())
                text = (
                    self.tr("geen specialismen boven verwachting ({0})").format(year)
                    if above == 0
                    else self.tr("1 specialisme boven verwachting ({0})").format(year)
                    if above == 1
                    else self.tr("{0} specialismen boven verwachting ({1})").format(above, year)
                )
            note = f'<a href="oe:{year}">{text}</a>'
        tile = self.tiles["referrals"]
        tile.set(tile.value.text(), note)
