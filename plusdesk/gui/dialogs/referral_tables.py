"""The practice's own referral tables: list size by age and sex, and Vektis' observed/expected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from plusdesk.core.reference import list_groups, specialisms
from plusdesk.core.referral_model import AGE_BANDS, SEX_LABELS, SEXES
from plusdesk.core.referral_tables import benchmark_rows, list_size, save_benchmark, save_list_size
from plusdesk.core.stats import oe_ratio
from plusdesk.core.users import Session
from plusdesk.gui.dialogs.conversation import text_label
from plusdesk.gui.dialogs.referral_common import YearTableDialog
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.numbers import decimal
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.translations import core_tr

SIGNAL_COLOURS = {"boven": QColor("#b3261e"), "onder": QColor("#1e5a24")}


def spin_box(maximum: int = 999_999) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return spin


class ListSizeDialog(YearTableDialog):
    """The practice's list by age band and sex for one year, with row and column totals."""

    kind = "list_size"
    template_name = "sjabloon-praktijkomvang.csv"

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.setWindowTitle(self.tr("Praktijkomvang per leeftijd en geslacht"))
        self.intro.setText(
            self.tr(
                "Het aantal ingeschreven patiënten op 1 januari, naar leeftijd op die dag. Nodig "
                "voor verwijzingen per 1.000 patiënten en voor het verwachte aantal."
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        heads = [self.tr("Leeftijd"), *(core_tr(SEX_LABELS[s]).capitalize() for s in SEXES)]
        for column, text in enumerate([*heads, self.tr("Totaal")]):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column, self._align(column))
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        self.row_totals: dict[str, QLabel] = {}
        for row, band in enumerate(AGE_BANDS, start=1):
            grid.addWidget(QLabel(self.band_label(band)), row, 0)
            for column, sex in enumerate(SEXES, start=1):
                spin = self.spins[(band, sex)] = spin_box()
                spin.setAccessibleName(f"{self.band_label(band)}, {core_tr(SEX_LABELS[sex])}")
                spin.setReadOnly(not self.may_edit)
                spin.setMinimumWidth(90)
                spin.valueChanged.connect(lambda _v: self._update_totals())
                grid.addWidget(spin, row, column)
            self.row_totals[band] = QLabel()
            grid.addWidget(self.row_totals[band], row, 3, self._align(3))
        last = len(AGE_BANDS) + 1
        grid.addWidget(QLabel(f"<b>{self.tr('Totaal')}</b>"), last, 0)
        self.column_totals = {sex: QLabel() for sex in SEXES}
        for column, sex in enumerate(SEXES, start=1):
            grid.addWidget(self.column_totals[sex], last, column, self._align(column))
        self.total_label = QLabel()
        self.total_label.setObjectName("grandTotal")
        bold = QFont(self.total_label.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        grid.addWidget(self.total_label, last, 3, self._align(3))
        grid.setColumnStretch(4, 1)
        self.content.addLayout(grid)
        self.order_tabs(*self.spins.values())
        self.show_year(self._year)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
        self.spins[(AGE_BANDS[0], SEXES[0])].setFocus()

    def band_label(self, band: str) -> str:
        """'25-44' as '25–44 jaar', '85+' as '85 jaar en ouder'."""
        if band.endswith("+"):
            return self.tr("{0} jaar en ouder").format(band[:-1])
        return self.tr("{0} jaar").format(band.replace("-", "–"))

    @staticmethod
    def _align(column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft

    def _update_totals(self) -> None:
        values = {key: spin.value() for key, spin in self.spins.items()}
        for band, label in self.row_totals.items():
            label.setText(number(sum(values[(band, s)] for s in SEXES)))
        for sex, label in self.column_totals.items():
            label.setText(number(sum(values[(b, sex)] for b in AGE_BANDS)))
        self.total_label.setText(number(sum(values.values())))

    def load(self, year: int) -> None:
        cells = list_size(self.db, year)
        for key, spin in self.spins.items():
            spin.setValue(cells.get(key, 0))
        self._update_totals()
        if not cells and self.may_edit:
            self.status_label.setText(self.tr("Voor {0} is nog niets ingevuld.").format(year))

    def draft(self) -> dict[tuple[str, str], int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def store(self, year: int) -> None:
        save_list_size(self.session, year, self.draft())


class BenchmarkDialog(YearTableDialog):
    """Vektis' observed and expected referrals per specialism or code group for one year."""

    kind = "benchmark"
    template_name = "sjabloon-vektis.csv"
    SUBJECT, OBSERVED, EXPECTED, OE = range(4)

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(session, year, parent)
        self.setWindowTitle(self.tr("Vektis: waargenomen en verwacht"))
        self.intro.setText(
            self.tr(
                "Neem de cijfers over uit de Praktijkspiegel van Vektis: per specialisme of groep "
                "het aantal verwijzingen (waargenomen) en het verwachte aantal. PlusDesk rekent "
                "de verhouding O/E uit, met het 95%-betrouwbaarheidsinterval."
            )
        )
        self.subjects: list[tuple[str, str]] = [
            (g.name, self.tr("{0} (groep)").format(g.name)) for g in list_groups(self.db)
        ] + [(code, f"{code} {name}") for code, name in specialisms(self.db).items()]
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setObjectName("benchmark")
        self.table.setAccessibleName(self.tr("Vektis-cijfers"))
        heads = (
            (self.tr("Specialisme of groep"), ""),
            (self.tr("Waargenomen"), self.tr("Aantal verwijzingen volgens Vektis")),
            (self.tr("Verwacht"), self.tr("Verwacht aantal volgens Vektis")),
            (
                self.tr("O/E (95%-interval)"),
                self.tr("Waargenomen gedeeld door verwacht; berekend door PlusDesk"),
            ),
        )
        for column, (text, tip) in enumerate(heads):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.OBSERVED, 110), (self.EXPECTED, 110), (self.OE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.add_button = QPushButton(self.tr("Regel &toevoegen"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button = QPushButton(self.tr("Regel &verwijderen"))
        self.remove_button.clicked.connect(self.remove_row)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            button.setEnabled(self.may_edit)
            row.addWidget(button)
        row.addStretch(1)
        legend = self.tr(
            "Rood: duidelijk meer verwijzingen dan verwacht, groen: duidelijk minder (het hele "
            "95%-interval ligt boven of onder 1)."
        )
        self.content.addWidget(self.table, 1)
        self.content.addWidget(text_label(legend))
        self.content.addLayout(row)
        self.show_year(self._year)
        fit_to_screen(self, 760, 560)
        first = self.table.cellWidget(0, self.SUBJECT)
        (first or self.add_button).setFocus()

    # --- rows ----------------------------------------------------------------------------------

    def add_row(self, subject: str = "", observed: int = 0, expected: float = 0.0, *, focus=False):
        """A row at the bottom; returns its number (0-based)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.addItem(self.tr("Kies…"), "")
        for key, label in self.subjects:
            combo.addItem(label, key)
        if subject and combo.findData(subject) < 0:
            combo.addItem(subject, subject)  # no longer a known code: shown as stored
        combo.setCurrentIndex(max(0, combo.findData(subject)))
        observed_spin = spin_box(9_999_999)
        observed_spin.setValue(observed)
        expected_spin = QDoubleSpinBox()
        expected_spin.setRange(0, 9_999_999)
        expected_spin.setDecimals(2)
        expected_spin.setGroupSeparatorShown(True)
        expected_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        expected_spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        expected_spin.setValue(expected)
        for column, widget in enumerate((combo, observed_spin, expected_spin)):
            widget.setEnabled(self.may_edit)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)
        combo.currentIndexChanged.connect(lambda _i: self._update_ratios())
        observed_spin.valueChanged.connect(lambda _v: self._update_ratios())
        expected_spin.valueChanged.connect(lambda _v: self._update_ratios())
        ratio = QTableWidgetItem()
        ratio.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        ratio.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, self.OE, ratio)
        self._update_ratios()
        fields = [self.table.cellWidget(r, c) for r in range(row + 1) for c in range(3)]
        self.order_tabs(*fields, self.add_button, self.remove_button)
        if focus:
            self.table.setCurrentCell(row, self.SUBJECT)
            combo.setFocus()
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A row's field getting focus makes that row the current one (for Regel verwijderen);
        the mouse wheel over a field scrolls the table instead of changing the field."""
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            QApplication.sendEvent(self.table.verticalScrollBar(), event)
            return True
        if event.type() == QEvent.Type.FocusIn:
            for row in range(self.table.rowCount()):
                for column in range(3):
                    if self.table.cellWidget(row, column) is watched:
                        self.table.setCurrentCell(row, column)
        return super().eventFilter(watched, event)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.say(self.tr("Kies eerst de regel die u wilt verwijderen."))
            return
        self.say("")
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), self.SUBJECT)

    def row_values(self, row: int) -> tuple[str, int, float]:
        combo, observed, expected = (self.table.cellWidget(row, c) for c in range(3))
        return combo.currentData() or "", observed.value(), round(expected.value(), 2)

    def _update_ratios(self) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.OE)
            if item is None:
                continue
            _subject, observed, expected = self.row_values(row)
            if expected <= 0:
                item.setText("—")
                item.setToolTip(self.tr("Vul het verwachte aantal in"))
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                continue
            oe = oe_ratio(observed, expected)
            item.setText(f"{decimal(oe.ratio)} ({decimal(oe.low)}–{decimal(oe.high)})")
            tips = {
                "boven": self.tr("Hoger dan verwacht: het hele interval ligt boven 1"),
                "onder": self.tr("Lager dan verwacht: het hele interval ligt onder 1"),
                None: self.tr("Niet duidelijk anders dan verwacht: het interval bevat 1"),
            }
            item.setToolTip(tips[oe.signal])
            item.setData(Qt.ItemDataRole.ForegroundRole, SIGNAL_COLOURS.get(oe.signal))

    # --- the year ------------------------------------------------------------------------------

    def load(self, year: int) -> None:
        self.table.setRowCount(0)
        rows = benchmark_rows(self.db, year)
        for row in rows:
            self.add_row(row.subject, row.observed, row.expected)
        if not rows and self.may_edit:
            self.status_label.setText(
                self.tr(
                    "Voor {0} zijn nog geen Vektis-cijfers ingevuld. Voeg regels toe of lees een "
                    "sjabloon in."
                ).format(year)
            )

    def draft(self) -> list[tuple[str, int, float]]:
        return [self.row_values(r) for r in range(self.table.rowCount())]

    def problems(self) -> str:
        labels = dict(self.subjects)
        seen: set[str] = set()
        for n, (subject, observed, expected) in enumerate(self.draft(), start=1):
            if not subject:
                if observed or expected:
                    return self.tr(
                        "Kies in regel {0} een specialisme of groep, of verwijder de regel."
                    ).format(n)
                continue
            label = labels.get(subject, subject)
            if subject in seen:
                return self.tr("'{0}' staat twee keer in de lijst.").format(label)
            seen.add(subject)
            if expected <= 0:
                return self.tr(
                    "Vul in regel {0} ({1}) het verwachte aantal in; dat moet groter dan 0 zijn."
                ).format(n, label)
        return ""

    def store(self, year: int) -> None:
        save_benchmark(self.session, year, [r for r in self.draft() if r[0]])
