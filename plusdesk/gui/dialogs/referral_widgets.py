"""The parts of the import dialog: file preview, the column choices and the check's result."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence

import pandas as pd
from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.clock import format_date, format_datetime
from plusdesk.core.importing import Table
from plusdesk.core.referral_mapping import FIELD_LABELS, FIELDS, REQUIRED_FIELDS, Mapping
from plusdesk.core.referrals import Prepared
from plusdesk.gui.dialogs.carecase_common import mnemonic
from plusdesk.gui.dialogs.conversation import NOTE_STYLE, text_label
from plusdesk.gui.models.table import AnyIndex, RowsTableModel
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.translations import core_tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#80868b")
OK_STYLE = "background: #e3f1e4; border-radius: 4px; padding: 6px 8px; color: #1e4620;"
REPORT_LIMIT = 1000


def table_view(model: QObject, name: str, accessible: str) -> QTableView:
    """A read-only table with whole rows selected."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def fit_columns(view: QTableView, widths: dict[int, int] | None = None) -> None:
    """Columns as wide as their content (at most 260 pixels), the last taking what is left."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.resizeColumnsToContents()
    for column in range(header.count()):
        width = (widths or {}).get(column) or min(header.sectionSize(column), 260)
        header.resizeSection(column, width)


def is_clean(prepared: Prepared) -> bool:
    """Checked and nothing in the way: not imported before, no bad rows, some good ones."""
    return prepared.duplicate is None and not len(prepared.problems) and bool(len(prepared.rows))


class PreviewModel(RowsTableModel):
    """The first rows of a file as they are; patient columns greyed, with a tooltip."""

    def __init__(self, table: Table, blocked: Iterable[str], parent: QObject | None = None):
        super().__init__(parent)
        self.tip = self.tr("Patiëntgegevens: deze kolom wordt nooit opgeslagen")
        self._headers = list(table.columns)
        self._blocked = {n for n, c in enumerate(table.columns) if c in set(blocked)}
        self._header_tips = dict.fromkeys(self._blocked, self.tip)
        self._numbers = [int(i) for i in table.frame.index]
        self.set_rows(table.frame[list(table.columns)].to_numpy().tolist())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._numbers):
                return str(self._numbers[section])
            return (
                self.tr("Regelnummer in het bestand")
                if role == Qt.ItemDataRole.ToolTipRole
                else None
            )
        if section in self._blocked and role == Qt.ItemDataRole.ForegroundRole:
            return MUTED
        if section in self._blocked and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return super().headerData(section, orientation, role)

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if index.column() in self._blocked and role == Qt.ItemDataRole.ForegroundRole:
            return MUTED
        if index.column() in self._blocked and role == Qt.ItemDataRole.ToolTipRole:
            return self.tip
        return None


class ProblemsModel(RowsTableModel):
    """The check's report: Regel, Kolom, Waarde, Probleem; a value like a BSN is not shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Regel"), self.tr("Kolom"), self.tr("Waarde"), self.tr("Probleem")]
        self._header_tips = {0: self.tr("Regelnummer in het bestand (regel 1 is de kop)")}

    def set_problems(self, problems: pd.DataFrame, limit: int) -> None:
        rows = []
        for r in problems.head(limit).itertuples(index=False):
            value = str(r.value)
            if "BSN" in str(r.problem):
                value = "•" * len(value)
            # The problem as the core gave it (a marked text translates when shown).
            problem = r.problem if isinstance(r.problem, str) else str(r.problem)
            rows.append((int(r.row), str(r.column), value, problem))
        self.set_rows(rows)

    def cell(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value if isinstance(value, str) else str(value)
        if role == SORT_ROLE:
            return core_tr(value) if index.column() == 3 else value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return value
        return None


class NameTies(QScrollArea):
    """Specialism names the check did not know, each with a list to tie it to a code.

    A code may also be typed (a code of a code group such as GGZ is not in the list). Names
    tied already stay listed with their code, so a wrong tie can be undone.
    """

    tied = Signal(str, str)  # the name as in the file, the code ("" to undo)
    refused = Signal(str)  # typed text that is not a code PlusDesk knows

    def __init__(
        self, codes: dict[str, str], known: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._codes = codes
        self._known = known
        self._current: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its lists take the focus

    def set_names(self, unknown: dict[str, int], tied: dict[str, str]) -> None:
        """unknown: name → rows; tied: name → the code the user chose."""
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setVerticalSpacing(2)
        self.combos = {}
        self._current = {**dict.fromkeys(unknown, ""), **tied}
        for line, (name, code) in enumerate(self._current.items()):
            label = QLabel(self._describe(name, unknown.get(name)))
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("", "")
            for key, title in self._codes.items():
                combo.addItem(f"{key} {title}", key)
            combo.setCurrentIndex(max(0, combo.findData(code)))
            if code and combo.findData(code) < 0:
                combo.setEditText(code)
            combo.setMinimumContentsLength(22)
            combo.lineEdit().setPlaceholderText(self.tr("kies, of typ een code"))
            combo.lineEdit().installEventFilter(self)
            combo.setToolTip(
                self.tr("Kies een specialisme, of typ een specialismecode van 4 cijfers")
            )
            combo.setAccessibleName(self.tr("Specialisme voor '{0}'").format(name))
            combo.activated.connect(lambda _i, n=name, c=combo: self._resolve(n, c))
            label.setBuddy(combo)
            grid.addWidget(label, line, 0)
            grid.addWidget(combo, line, 1)
            self.combos[name] = combo
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.combos), 1)
        self.setFixedHeight(min(holder.sizeHint().height() + 2, 96))
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()  # a combo of it may be sending the signal that got us here
        self.setWidget(holder)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a typed code ties it (and does not reach the dialog's default button)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            for name, combo in self.combos.items():
                if combo.lineEdit() is watched:
                    self._resolve(name, combo)
                    return True
        return super().eventFilter(watched, event)

    def _resolve(self, name: str, combo: QComboBox) -> None:
        text = combo.currentText().strip()
        found = combo.findText(text) if text else 0
        if found >= 0:
            code = combo.itemData(found) or ""
        else:
            match = re.match(r"^(\d{1,4})\b", text)
            code = match.group(1).zfill(4) if match else ""
            if not code or not self._known(code):
                self.refused.emit(text)
                return
        if code != self._current.get(name, ""):
            self.tied.emit(name, code)

    def _describe(self, name: str, rows: int | None) -> str:
        if rows is None:
            return self.tr("'{0}' (gekoppeld)").format(name)
        if rows == 1:
            return self.tr("'{0}' (1 regel)").format(name)
        return self.tr("'{0}' ({1} regels)").format(name, number(rows))


class MappingBox(QGroupBox):
    """Per field a list of the file's columns, the date order and the name to save it under."""

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[str],
        blocked: Sequence[str],
        start: Mapping,
        saved_name: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welke kolom bevat wat?"))
        form = QFormLayout(self)
        used = {"c", "i", "a"}  # Controleren, Importeren, Annuleren
        tip = self.tr("Patiëntgegevens: deze kolom wordt nooit opgeslagen")
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = QComboBox()
            first = self.tr("Kies een kolom…") if name in REQUIRED_FIELDS else self.tr("(geen)")
            combo.addItem(first, "")
            for column in columns:
                combo.addItem(column, column)
                if column in blocked:
                    item = combo.model().item(combo.count() - 1)
                    item.setEnabled(False)
                    item.setText(self.tr("{0} (patiëntgegevens)").format(column))
                    item.setToolTip(tip)
            combo.setCurrentIndex(max(0, combo.findData(start.column(name) or "")))
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self._row(form, core_tr(FIELD_LABELS[name]) + ":", combo, used)
            self.combos[name] = combo
        self.order_combo = QComboBox()
        self.order_combo.addItem(self.tr("dag-maand-jaar (31-12-2024)"), True)
        self.order_combo.addItem(self.tr("maand-dag-jaar (12-31-2024)"), False)
        self.order_combo.setCurrentIndex(0 if start.day_first else 1)
        self.order_combo.setToolTip(self.tr("Een datum als 2024-12-31 wordt altijd goed gelezen."))
        self.order_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._row(form, self.tr("Datumvolgorde:"), self.order_combo, used)
        self.name_edit = QLineEdit(saved_name or "")
        self.name_edit.setPlaceholderText(self.tr("leeg laten: niet opslaan"))
        self.name_edit.setToolTip(
            self.tr("Met een naam herkent PlusDesk zo'n bestand de volgende keer zelf.")
        )
        self._row(form, self.tr("Koppeling opslaan als:"), self.name_edit, used)
        known = (
            self.tr("Koppeling '{0}' herkend: de kolommen staan zoals de vorige keer.").format(
                saved_name
            )
            if saved_name
            else self.tr("De kolommen zijn gekozen op hun naam. Kijk of dat klopt.")
        )
        self.known_label = text_label(known, "known")
        self.known_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.known_label)
        self.check_button = QPushButton(self.tr("&Controleren"))
        self.check_button.setToolTip(self.tr("Elke regel nakijken; er wordt nog niets opgeslagen"))
        form.addRow("", self.check_button)

    def _row(self, form: QFormLayout, text: str, field: QWidget, used: set[str]) -> None:
        label = QLabel(mnemonic(text, used))
        label.setBuddy(field)
        form.addRow(label, field)

    def chosen(self) -> dict[str, str]:
        """The column chosen per field (fields left empty are not in it)."""
        columns = {name: combo.currentData() for name, combo in self.combos.items()}
        return {k: v for k, v in columns.items() if v}

    def day_first(self) -> bool:
        return bool(self.order_combo.currentData())


class ResultBox(QGroupBox):
    """What the check found: counts and period, what stands in the way, the rows with problems."""

    def __init__(
        self, codes: dict[str, str], known: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Resultaat van de controle"))
        self.summary_label = text_label("", "summary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.banner = text_label("", "banner")
        self.problems_model = ProblemsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.problems_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.problems_view = table_view(self.proxy, "problems", self.tr("Problemen per regel"))
        self.problems_view.setSortingEnabled(True)
        self.problems_view.verticalHeader().setVisible(False)
        self.cap_label = text_label("", "capNote")
        self.ties = NameTies(codes, known)
        self.ties_box = QGroupBox(self.tr("Onbekende specialismen"))
        ties_layout = QVBoxLayout(self.ties_box)
        hint = self.tr("Koppel elke naam aan een specialisme; daarna volgt een nieuwe controle.")
        ties_layout.addWidget(text_label(hint))
        ties_layout.addWidget(self.ties, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.cap_label)
        layout.addWidget(self.ties_box)
        layout.addStretch(0)

    def rows_text(self, count: int) -> str:
        """'1 regel', '1.234 regels'."""
        return self.tr("1 regel") if count == 1 else self.tr("{0} regels").format(number(count))

    def clear(self, *, changed: bool = False) -> None:
        self.problems_model.set_rows([])
        for widget in (self.banner, self.problems_view, self.cap_label, self.ties_box):
            widget.setVisible(False)
        self.summary_label.setText(
            self.tr("De koppeling is gewijzigd. Klik op Controleren om opnieuw te kijken.")
            if changed
            else self.tr(
                "Kies links per gegeven de kolom uit het bestand en klik op Controleren. Er "
                "wordt dan nog niets opgeslagen."
            )
        )

    def show_result(self, prepared: Prepared, tied: dict[str, str]) -> None:
        """The check's outcome; `tied` holds the names the user tied to a code."""
        self._summarise(prepared)
        problems = prepared.problems
        self.problems_model.set_problems(problems, REPORT_LIMIT)
        self.proxy.sort(-1)
        fit_columns(self.problems_view, {0: 60})
        self.problems_view.setVisible(bool(len(problems)))
        self.cap_label.setText(
            self.tr("De lijst toont de eerste {0} van de {1} problemen.").format(
                number(REPORT_LIMIT), number(len(problems))
            )
        )
        self.cap_label.setVisible(len(problems) > REPORT_LIMIT)
        self.ties.set_names(prepared.unknown_specialisms, tied)
        self.ties_box.setVisible(bool(prepared.unknown_specialisms or tied))

    def _summarise(self, prepared: Prepared) -> None:
        good, bad = len(prepared.rows), prepared.bad_rows
        text = self.tr("<b>{0}</b>: {1} goed, {2} met fouten.").format(
            self.rows_text(prepared.total_rows), number(good), number(bad)
        )
        if prepared.period:
            first, last = prepared.period
            text += " " + self.tr("Periode {0} t/m {1}.").format(
                format_date(first), format_date(last)
            )
        self.summary_label.setText(text)
        notes = []
        if prepared.duplicate is not None:
            d = prepared.duplicate
            notes.append(
                self.tr(
                    "Dit bestand is al geïmporteerd op {0} door {1} ({2} verwijzingen). Het telt "
                    "niet dubbel."
                ).format(format_datetime(d.imported_at), d.imported_by, number(d.rows_imported))
            )
        if not good:
            notes.append(
                self.tr(
                    "Er staat geen enkele geldige verwijzing in. Zijn de kolommen goed gekozen?"
                )
            )
        elif bad:
            notes.append(
                self.tr(
                    "Regels met fouten worden niet ingelezen. Pas de koppeling aan of koppel "
                    "onbekende namen; u kunt ook importeren zonder de foute regels."
                )
            )
        if prepared.overlap is not None and prepared.duplicate is None:
            notes.append(
                self.tr(
                    "In deze periode staan al {0}. Bij Importeren kiest u of u die vervangt."
                ).format(html.escape(core_tr(prepared.overlap.describe()), quote=False))
            )
        clean = is_clean(prepared) and prepared.overlap is None
        if clean:
            notes.append(
                self.tr(
                    "Alles in orde. Klik op Importeren om {0} verwijzingen op te slaan."
                ).format(number(good))
            )
        self.banner.setStyleSheet(OK_STYLE if clean else NOTE_STYLE)
        self.banner.setText("<br>".join(notes))
        self.banner.setVisible(True)
