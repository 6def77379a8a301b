"""The caseload list as a table: most in need first, overdue contact in red, status badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from plusdesk.core.carecase_model import (
    BADGE_LABELS,
    INSTRUMENTS,
    PROBLEM_LABELS,
    REVIEW_REASON_LABELS,
    ROUTE_LABELS,
    Badge,
    CaseRow,
    Instrument,
)
from plusdesk.core.carecase_status import need_key
from plusdesk.core.clock import format_date
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.translations import core_tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
BADGES_ROLE = Qt.ItemDataRole.UserRole + 3  # the case's Badges, in the order shown
OVERDUE_COLOUR = "#b3261e"

# (background, text) per badge: warm for what needs action, green for what went well.
BADGE_COLOURS: dict[Badge, tuple[str, str]] = {
    Badge.TE_BESPREKEN: ("#ede1f7", "#5b2a86"),
    Badge.NIET_VERBETERD: ("#fde2dc", "#8c1d18"),
    Badge.CONTACT_VERLOPEN: ("#fff0c7", "#6d4c00"),
    Badge.RESPONS: ("#dcefdc", "#1e5a24"),
    Badge.REMISSIE: ("#c9e7cf", "#124417"),
    Badge.GESLOTEN: ("#e7e7e7", "#444444"),
}


def pct_text(change: int | None) -> str:
    """A change in % as Dutch text with its sign: '−45 %', '+10 %'."""
    if change is None:
        return ""
    sign = "−" if change < 0 else "+" if change > 0 else ""
    return f"{sign}{abs(change)} %"


class CaseTable(RowsTableModel):
    """Rows of carecase_list.CaseRow; `SORT_ROLE` sorts "Status" by need, dates as dates."""

    (
        PATIENT,
        MANAGER,
        STARTED,
        WEEKS,
        CONTACT,
        FIRST,
        LATEST,
        CHANGE,
        STATUS,
    ) = range(9)

    def __init__(self, parent: QObject | None = None, names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.names = names or {}
        self._headers = [
            self.tr("Patiënt (HIS)"),
            self.tr("Casemanager"),
            self.tr("Start"),
            self.tr("Weken"),
            self.tr("Laatste contact"),
            self.tr("Eerste score"),
            self.tr("Laatste score"),
            self.tr("Verandering"),
            self.tr("Status"),
        ]
        self._header_tips = {
            self.WEEKS: self.tr("Weken in behandeling (tot het afsluiten bij een gesloten casus)"),
            self.CONTACT: self.tr("Dagen sinds het laatste contact; rood als het te lang is"),
            self.FIRST: self.tr("PHQ-9 bij de start; GAD-7 als er geen PHQ-9 is"),
            self.CHANGE: self.tr("Van de eerste naar de laatste score; respons is −50 % of meer"),
            self.STATUS: self.tr(
                "Sorteer op deze kolom om de casussen op urgentie te zien: eerst te bespreken, "
                "dan niet verbeterd, dan het langst niet gezien"
            ),
        }

    def set_names(self, names: dict[str, str]) -> None:
        self.names = names

    def row_of(self, case_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == case_id), -1)

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: CaseRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == BADGES_ROLE and column == self.STATUS:
            return list(row.standing.badges)
        overdue = row.standing.has(Badge.CONTACT_VERLOPEN)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CONTACT and overdue:
            return QBrush(QColor(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.WEEKS,
            self.FIRST,
            self.LATEST,
            self.CHANGE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        s = row.standing
        match column:
            case self.PATIENT:
                return row.patient_ref
            case self.MANAGER:
                return self.names.get(row.case_manager, row.case_manager)
            case self.STARTED:
                return format_date(row.started_on)
            case self.WEEKS:
                return str(s.weeks)
            case self.CONTACT:
                if row.closed_on is not None:
                    return self.tr("gesloten {0}").format(format_date(row.closed_on))
                if s.last_contact is None:
                    return self.tr("nog geen ({0} d sinds start)").format(s.days_since_contact)
                return self.tr("{0} d geleden").format(s.days_since_contact)
            case self.FIRST | self.LATEST:
                value = s.first_score if column == self.FIRST else s.latest_score
                if value is None or s.instrument is None:
                    return ""
                spec = INSTRUMENTS[s.instrument]
                return (
                    str(value)
                    if s.instrument is Instrument.PHQ9
                    else f"{value} ({core_tr(spec.label)})"
                )
            case self.CHANGE:
                return pct_text(s.change_pct)
            case self.STATUS:
                return ", ".join(core_tr(BADGE_LABELS[b]) for b in s.badges)
        return ""

    def _tip(self, row: CaseRow, column: int) -> str | None:
        s = row.standing
        if column == self.STATUS and s.review_reasons:
            reasons = ", ".join(core_tr(REVIEW_REASON_LABELS[r]) for r in s.review_reasons)
            return self.tr("Te bespreken met de psychiater: {0}").format(reasons)
        if column == self.PATIENT:
            what = core_tr(PROBLEM_LABELS[row.problem])
            if row.route is not None:
                what += self.tr("; route: {0}").format(core_tr(ROUTE_LABELS[row.route]))
            return self.tr("Aanmeldklacht: {0}").format(what)
        if column == self.CONTACT and s.last_contact is not None:
            return self.tr("Laatste contact op {0}").format(format_date(s.last_contact))
        return None

    def _sort_key(self, row: CaseRow, column: int) -> object:
        s = row.standing
        match column:
            case self.STARTED:
                return row.started_on.isoformat()
            case self.WEEKS:
                return s.weeks
            case self.CONTACT:
                return (row.closed_on is not None, -s.days_since_contact)
            case self.FIRST:
                return -1 if s.first_score is None else s.first_score
            case self.LATEST:
                return -1 if s.latest_score is None else s.latest_score
            case self.CHANGE:
                return 10_000 if s.change_pct is None else s.change_pct
            case self.STATUS:
                return (*need_key(s, row.closed_on is None), row.patient_ref)
        return core_tr(self._text(row, column)).lower()  # as shown


class BadgeDelegate(QStyledItemDelegate):
    """Draws the status column as small coloured labels, one per badge."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = index.data(BADGES_ROLE)
        if not badges:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        x = option.rect.x() + 4
        height = metrics.height() + 2
        y = option.rect.center().y() - height / 2
        for badge in badges:
            text = core_tr(BADGE_LABELS[badge])
            background, foreground = BADGE_COLOURS[badge]
            width = metrics.horizontalAdvance(text) + 12
            rect = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QPen(QColor(foreground)))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        size = super().sizeHint(option, index)
        badges = index.data(BADGES_ROLE) or []
        metrics = option.fontMetrics
        texts = [core_tr(BADGE_LABELS[b]) for b in badges]
        width = sum(metrics.horizontalAdvance(t) + 16 for t in texts) + 8
        size.setWidth(max(size.width(), width))
        return size


class ReviewTable(RowsTableModel):
    """The psychiatrist's review list: why each case is on it, and how it is doing."""

    PATIENT, MANAGER, REASONS, WEEKS, SCORES, STATUS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self._headers = [
            self.tr("Patiënt (HIS)"),
            self.tr("Casemanager"),
            self.tr("Waarom bespreken"),
            self.tr("Weken"),
            self.tr("Eerste → laatste score"),
            self.tr("Status"),
        ]

    def set_names(self, names: dict[str, str]) -> None:
        self.names = names

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: CaseRow = self._rows[index.row()]
        s = row.standing
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            match column:
                case self.PATIENT:
                    return row.patient_ref
                case self.MANAGER:
                    return self.names.get(row.case_manager, row.case_manager)
                case self.REASONS:
                    if role == SORT_ROLE:
                        return index.row()  # the list comes in order of urgency
                    return ", ".join(core_tr(REVIEW_REASON_LABELS[r]) for r in s.review_reasons)
                case self.WEEKS:
                    return s.weeks if role == SORT_ROLE else str(s.weeks)
                case self.SCORES:
                    if s.first_score is None or s.instrument is None:
                        return "" if role == Qt.ItemDataRole.DisplayRole else -1
                    if role == SORT_ROLE:
                        return s.latest_score
                    label = core_tr(INSTRUMENTS[s.instrument].label)
                    change = f" ({pct_text(s.change_pct)})" if s.change_pct is not None else ""
                    return f"{label} {s.first_score} → {s.latest_score}{change}"
                case self.STATUS:
                    labels = [
                        core_tr(BADGE_LABELS[b]) for b in s.badges if b is not Badge.TE_BESPREKEN
                    ]
                    return ", ".join(labels)
        return None
