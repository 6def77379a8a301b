"""One patient's conversations in time order, with a radar chart of first against latest scores."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import conversations
from plusdesk.core.clock import format_date
from plusdesk.core.conversation_list import follow_up_state
from plusdesk.core.conversation_model import (
    ACTIONS,
    DIMENSION_LABELS,
    DIMENSIONS,
    ROLE_LABELS,
    Conversation,
    FollowUp,
)
from plusdesk.core.reference import specialisms
from plusdesk.core.users import Permission, Session
from plusdesk.core.validation import today
from plusdesk.gui.charts.conversations import RadarChart, RadarSeries
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.translations import core_tr

SHORT = {
    "lichaamsfuncties": QT_TRANSLATE_NOOP("dimensions", "Lichaam"),
    "mentaal_welbevinden": QT_TRANSLATE_NOOP("dimensions", "Mentaal"),
    "zingeving": QT_TRANSLATE_NOOP("dimensions", "Zingeving"),
    "kwaliteit_van_leven": QT_TRANSLATE_NOOP("dimensions", "Kwaliteit"),
    "meedoen": QT_TRANSLATE_NOOP("dimensions", "Meedoen"),
    "dagelijks_functioneren": QT_TRANSLATE_NOOP("dimensions", "Dagelijks"),
}
FIRST_COLOUR, LATEST_COLOUR = "#e69f00", "#0072b2"


class PatientDialog(QDialog):
    """Everything PlusDesk holds about one patient: opening it is logged as a view."""

    changed = Signal()

    def __init__(self, session: Session, patient_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_ref = patient_ref
        self.setObjectName("patientDialog")
        self.setWindowTitle(self.tr("Patiënt {0}").format(patient_ref))
        fit_to_screen(self, 1220, 660)
        self.heading = QLabel()
        self.heading.setObjectName("practiceName")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)

        headers = [self.tr("Datum"), self.tr("Professional")]
        headers += [QCoreApplication.translate("dimensions", SHORT[d]) for d in DIMENSIONS]
        self.table = QTableWidget(0, len(headers))
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setObjectName("patientConversations")
        self.table.setHorizontalHeaderLabels(headers)
        for n, dimension in enumerate(DIMENSIONS, start=2):
            self.table.horizontalHeaderItem(n).setToolTip(
                self.tr("{0}; * = wil ik over praten").format(core_tr(DIMENSION_LABELS[dimension]))
            )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Gesprekken met deze patiënt"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._show_details)
        # What was said and agreed in the chosen conversation, readable at full width.
        self.details = QLabel()
        self.details.setObjectName("conversationDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details_box = QScrollArea()
        details_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop
        details_box.setWidgetResizable(True)
        details_box.setWidget(self.details)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        star = QLabel(self.tr("* = de patiënt wil hierover praten"))
        star.setObjectName("muted")
        left_layout.addWidget(star)
        left_layout.addWidget(details_box, 2)

        self.radar = RadarChart()
        self.radar.setMinimumSize(360, 340)
        self.radar_note = QLabel()
        self.radar_note.setObjectName("muted")
        self.radar_note.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Positieve Gezondheid: eerste en laatste gesprek"))
        title.setObjectName("cardTitle")
        right_layout.addWidget(title)
        right_layout.addWidget(self.radar, 1)
        right_layout.addWidget(self.radar_note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 480])

        self.open_button = QPushButton(self.tr("Gesprek &openen…"))
        self.open_button.clicked.connect(self.open_selected)
        self.follow_button = QPushButton(self.tr("&Vervolggesprek…"))
        self.follow_button.clicked.connect(self.follow_up)
        self.follow_button.setVisible(session.can(Permission.LOG_CONVERSATIONS))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sl&uiten"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.follow_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.conversations: list[Conversation] = []
        self._names: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        """Read the patient's conversations again (logged as a view of this patient)."""
        self.conversations = conversations.of_patient(self.session, self.patient_ref)
        found = self.conversations
        self.heading.setText(self.tr("Patiënt {0}").format(self.patient_ref))
        if not found:
            self.subtitle.setText(self.tr("Er zijn geen gesprekken (meer) met deze patiënt."))
        else:
            latest = found[-1]
            state = follow_up_state(latest.next_contact, False, today())
            nxt = {
                FollowUp.NONE: self.tr("geen vervolg gepland"),
                FollowUp.OVERDUE: self.tr("volgend contact {0} is verlopen"),
                FollowUp.THIS_WEEK: self.tr("volgend contact {0}, deze week"),
                FollowUp.PLANNED: self.tr("volgend contact {0}"),
            }[state].format(format_date(latest.next_contact))
            count = (
                self.tr("1 gesprek")
                if len(found) == 1
                else self.tr("{0} gesprekken").format(len(found))
            )
            self.subtitle.setText(
                self.tr("{0} sinds {1} · reden van inclusie: {2} · {3}").format(
                    count, format_date(found[0].held_on), core_tr(latest.reason_label), nxt
                )
            )
        self._fill_table()
        self._fill_radar()

    def _fill_table(self) -> None:
        self._names = specialisms(self.session.db)
        self.table.setRowCount(len(self.conversations))
        for r, item in enumerate(self.conversations):
            cells = [
                format_date(item.held_on),
                f"{item.professional} ({core_tr(ROLE_LABELS[item.professional_role])})",
            ]
            talk = {s.dimension for s in item.scores if s.wants_to_talk}
            for dimension in DIMENSIONS:
                value = item.score_of(dimension)
                text = "—" if value is None else str(value)
                cells.append(text + (" *" if dimension in talk else ""))
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    wish = self.tr(" (wil ik over praten)") if text.endswith("*") else ""
                    label = core_tr(DIMENSION_LABELS[DIMENSIONS[c - 2]])
                    cell.setToolTip(f"{label}: {text.rstrip(' *')}{wish}")
                self.table.setItem(r, c, cell)
        if self.conversations:
            self.table.selectRow(len(self.conversations) - 1)
        self._show_details()

    def _show_details(self) -> None:
        """The question, goals and agreements of the chosen conversation."""
        item = self.selected()
        if item is None:
            self.details.setText("")
            return
        lines = [
            self.tr("<b>Gesprek van {0}</b> met {1}").format(
                format_date(item.held_on), escape(item.professional)
            ),
            self.tr("<b>Vraag achter de vraag:</b> {0}").format(escape(item.question) or "—"),
        ]
        for n, goal in enumerate(item.goals, start=1):
            who = f" ({escape(core_tr(goal.actor))})" if goal.actor else ""  # a suggestion
            when = (
                self.tr(", vervolg {0}").format(format_date(goal.follow_up))
                if goal.follow_up
                else ""
            )
            lines.append(
                self.tr("<b>Doel {0}:</b> {1}{2}{3}").format(n, escape(goal.goal), who, when)
            )
        agreed = [core_tr(ACTIONS[a]) for a in item.actions] or [self.tr("geen")]
        lines.append(self.tr("<b>Afspraken:</b> {0}").format(", ".join(agreed)))
        if item.referral_avoided and item.avoided_specialism:
            name = self._names.get(item.avoided_specialism, item.avoided_specialism)
            lines.append(self.tr("<b>Verwijzing voorkomen:</b> {0}").format(name.lower()))
        nxt = format_date(item.next_contact) if item.next_contact else self.tr("geen")
        lines.append(self.tr("<b>Volgend contact:</b> {0}").format(nxt))
        self.details.setText("<br>".join(lines))

    def _fill_radar(self) -> None:
        scored = [c for c in self.conversations if any(s.score is not None for s in c.scores)]
        axes = [DIMENSION_LABELS[d] for d in DIMENSIONS]
        series = []
        if scored:
            first = scored[0]
            series.append(
                RadarSeries(
                    self.tr("Eerste gesprek {0}").format(format_date(first.held_on)),
                    [first.score_of(d) for d in DIMENSIONS],
                    FIRST_COLOUR,
                )
            )
        if len(scored) > 1:
            latest = scored[-1]
            series.append(
                RadarSeries(
                    self.tr("Laatste gesprek {0}").format(format_date(latest.held_on)),
                    [latest.score_of(d) for d in DIMENSIONS],
                    LATEST_COLOUR,
                )
            )
        self.radar.set_series(axes, series)
        self.radar_note.setText(
            self.tr("Nog maar één gesprek met scores; na het volgende ziet u de verandering.")
            if len(scored) == 1
            else ""
        )

    def selected(self) -> Conversation | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conversations[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        from plusdesk.gui.dialogs.conversation import ConversationDialog

        item = self.selected()
        if item is None:
            return
        if ConversationDialog(self.session, item.id, parent=self).exec():
            self.reload()
            self.changed.emit()

    def follow_up(self) -> None:
        from plusdesk.gui.dialogs.conversation import ConversationDialog

        dialog = ConversationDialog(self.session, follow_up_of=self.patient_ref, parent=self)
        if dialog.exec():
            self.reload()
            self.changed.emit()
