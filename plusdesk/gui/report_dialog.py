"""Bestand → Rapport: choose the year, then save the Praktijkrapport as a PDF or print it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import report
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.users import Session
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.report import ReportDocument, print_document, write_pdf


class ReportDialog(QDialog):
    """The year, and two ways out: a PDF file or the printer. Both are logged."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Praktijkrapport"))
        intro = QLabel(
            self.tr(
                "Een rapport voor het intervisieoverleg: de interventies per domein met de "
                "tijdlijn, de gesprekken en de caseload, de verwijzingen tegen verwacht (O/E) "
                "en de trends van de specialismen boven verwachting, met vóór en na elke "
                "interventie. Het bevat alleen totalen, geen patiëntnummers."
            )
        )
        intro.setWordWrap(True)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Jaar van het rapport"))
        chosen = report.default_year(self.db)
        for year in reversed(report.years(self.db)):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        label = QLabel(self.tr("&Jaar:"))
        label.setBuddy(self.year_combo)
        year_row = QHBoxLayout()
        year_row.addWidget(label)
        year_row.addWidget(self.year_combo)
        year_row.addStretch(1)
        self.note = QLabel(
            self.tr(
                "Het lopende jaar loopt tot vandaag. De stand van de interventies is die van "
                "vandaag."
            )
        )
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Opslaan als PDF…"))
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(year_row)
        layout.addWidget(self.note)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang van het rapport"))
        self.progress.setFormat(self.tr("Het rapport wordt opgemaakt… %p%"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 260)

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def file_name(self, data: report.ReportData) -> str:
        name = "".join(c for c in data.practice.name if c not in '<>:"/\\|?*').strip()
        return self.tr("Praktijkrapport {0} {1}.pdf").format(data.year, name)

    # -- the work --

    def _gather(self) -> report.ReportData | None:
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return report.gather(self.db, self.year)
            finally:
                QApplication.restoreOverrideCursor()
        except PlusDeskError as exc:
            from plusdesk.gui.app import show_error

            show_error(self, exc)
            return None

    def _busy(self, busy: bool) -> None:
        """While the report is made: a bar in the dialog, a wait cursor, the buttons off."""
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for button in (self.save_button, self.print_button, self.year_combo):
            button.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
        QApplication.processEvents()

    def _step(self, done: int, steps: int) -> None:
        self.progress.setRange(0, steps)
        self.progress.setValue(done)
        QApplication.processEvents()

    def save_pdf(self) -> None:
        """Ask where, write the PDF (never half a file), log it, and offer to open it."""
        data = self._gather()
        if data is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Praktijkrapport opslaan"),
            str(Path(folder) / self.file_name(data)),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._busy(True)
        try:
            write_pdf(data, target, self.session.user.display_name, self._step)
        except OSError as exc:
            self._busy(False)
            report.record_saved(self.session, data.year, target, ok=False)
            QMessageBox.critical(
                self,
                self.tr("Rapport niet opgeslagen"),
                self.tr("Het rapport kon niet worden opgeslagen in {0}:\n{1}").format(
                    str(target), exc.strerror or str(exc)
                ),
            )
            return
        self._busy(False)
        report.record_saved(self.session, data.year, target)
        self.saved = target
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Rapport opgeslagen"))
        box.setText(self.tr("Het rapport is opgeslagen:\n{0}").format(str(target)))
        open_button = box.addButton(self.tr("&Openen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Sluiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def print_report(self) -> None:
        """The system's print dialog, then the report on paper; logged with the printer."""
        data = self._gather()
        if data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Praktijkrapport {0}").format(data.year))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Praktijkrapport afdrukken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._busy(True)
        name = printer.printerName() or printer.outputFileName()
        try:
            doc = ReportDocument(data, self.session.user.display_name).build(self._step)
            print_document(doc, printer)
        finally:
            self._busy(False)
        report.record_printed(self.session, data.year, name)
