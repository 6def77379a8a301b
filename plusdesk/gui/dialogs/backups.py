"""Bestand → Back-ups: list, make one now, choose the folder, put one back."""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import backup, recovery
from plusdesk.core.backup import BackupInfo
from plusdesk.core.clock import format_date
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.users import Permission, Session
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.translations import core_tr


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while a backup or restore runs (large files take a few seconds)."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def format_size(size: int) -> str:
    """'118,8 kB', '25,3 MB' in Dutch notation."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsDialog(QDialog):
    """Lists this file's backups, newest first, with what the selected one holds."""

    restored = Signal()

    COLUMNS = (
        QT_TRANSLATE_NOOP("BackupsDialog", "Datum"),
        QT_TRANSLATE_NOOP("BackupsDialog", "Tijd"),
        QT_TRANSLATE_NOOP("BackupsDialog", "Soort"),
        QT_TRANSLATE_NOOP("BackupsDialog", "Grootte"),
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.backups: list[BackupInfo] = []
        self.may_manage = session.can(Permission.MANAGE_BACKUPS)
        self.setWindowTitle(self.tr("Back-ups"))
        self.setObjectName("backupsDialog")

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("&Map wijzigen…"))
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)

        how = QLabel(
            self.tr(
                "PlusDesk maakt zelf een back-up bij het afsluiten en elke vier uur als er iets "
                "is gewijzigd. Oude back-ups worden uitgedund: van de laatste dag blijven ze "
                "allemaal, daarna één per dag, per week en per maand (een jaar terug)."
            )
        )
        how.setWordWrap(True)
        how.setObjectName("muted")

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setTabKeyNavigation(False)  # arrows move through cells, Tab leaves the table
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.summary_box = QGroupBox(self.tr("Inhoud van de gekozen back-up"))
        self.summary_labels: dict[str, QLabel] = {}
        form = QFormLayout(self.summary_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for key, label in (
            ("created", self.tr("Gemaakt:")),
            ("reason", self.tr("Soort:")),
            ("practice", self.tr("Praktijk:")),
            ("accounts", self.tr("Gebruikers:")),
            ("interventions", self.tr("Interventies:")),
            ("audit", self.tr("Regels in het auditlog:")),
            ("schema", self.tr("Schemaversie:")),
            ("file", self.tr("Bestand:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_labels[key] = value
            form.addRow(label, value)
        self.summary_note = QLabel()
        self.summary_note.setWordWrap(True)
        self.summary_note.setObjectName("muted")
        form.addRow(self.summary_note)
        self.summary_box.setMinimumWidth(300)

        lists = QHBoxLayout()
        lists.addWidget(self.table, 1)
        lists.addWidget(self.summary_box, 1)

        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #1e6b34;")

        self.make_button = QPushButton(self.tr("&Nu een back-up maken"))
        self.make_button.clicked.connect(self._make_backup)
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.restore_button.clicked.connect(self._restore)
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.permission_note = QLabel(
            self.tr("Alleen de praktijkmanager kan back-ups terugzetten en de back-upmap wijzigen.")
        )
        self.permission_note.setObjectName("muted")
        self.permission_note.setWordWrap(True)
        self.permission_note.setVisible(not self.may_manage)
        if not self.may_manage:
            self.folder_button.setEnabled(False)
            self.folder_button.setToolTip(self.permission_note.text())
            self.restore_button.setToolTip(self.permission_note.text())

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(how)
        layout.addLayout(lists, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.permission_note)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 500)
        self.refresh()

    # --- showing -----------------------------------------------------------------------

    def refresh(self, select: BackupInfo | None = None) -> None:
        """Read the folder again; keeps or sets the selection."""
        folder = backup.backup_folder(self.session.db)
        self.folder_label.setText(
            self.tr("Back-ups van <b>{0}</b> staan in:<br>{1}").format(
                html.escape(self.session.db.path.name), html.escape(str(folder))
            )
        )
        self.backups = backup.backups_of(self.session.db)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = (
                format_date(info.created),
                info.created.strftime("%H:%M"),
                core_tr(info.reason_label),
                format_size(info.size_bytes),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            paths = [b.path for b in self.backups]
            row = paths.index(select.path) if select is not None and select.path in paths else 0
            self.table.selectRow(row)
        self._show_selected()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        info = self.selected()
        for label in self.summary_labels.values():
            label.clear()
        summary = backup.backup_summary(info.path) if info else None
        if info is None:
            self.summary_note.setText(
                self.tr("Er zijn nog geen back-ups in deze map.")
                if not self.backups
                else self.tr("Kies een back-up in de lijst.")
            )
        elif summary is None:
            self.summary_note.setText(
                self.tr("Deze back-up kan niet worden gelezen (beschadigd of onvolledig).")
            )
        else:
            self.summary_note.clear()
            values = {
                "created": info.created_text,
                "reason": core_tr(info.reason_label),
                "practice": summary.practice_name or self.tr("(nog niet ingevuld)"),
                "accounts": str(summary.accounts),
                "interventions": str(summary.interventions),
                "audit": str(summary.audit_rows),
                "schema": str(summary.schema_version),
                "file": info.path.name,
            }
            for key, text in values.items():
                self.summary_labels[key].setText(text)
        self.restore_button.setEnabled(self.may_manage and summary is not None)

    # --- actions -----------------------------------------------------------------------

    def _make_backup(self) -> None:
        try:
            with _busy():
                info = backup.make_backup_as(self.session)
        except PlusDeskError as exc:
            self._error(exc)
            return
        self.refresh(select=info)
        self.status.setText(self.tr("Back-up gemaakt: {0}").format(info.path.name))

    def _choose_folder(self) -> None:
        current = backup.backup_folder(self.session.db)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Kies de map voor back-ups"), str(current)
        )
        if not chosen:
            return
        try:
            folder = backup.set_backup_folder(self.session, chosen)
        except PlusDeskError as exc:
            self._error(exc)
            return
        self.refresh()
        self.status.setText(self.tr("Nieuwe back-ups komen voortaan in {0}.").format(str(folder)))

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Back-up terugzetten"),
            self.tr(
                "De gegevens worden teruggezet zoals ze waren op {0} om {1}. Wat daarna is "
                "ingevoerd, staat dan niet meer in het bestand.\n\n"
                "PlusDesk maakt eerst een back-up van de huidige gegevens; die vindt u "
                "daarna in deze lijst als 'Voor terugzetten'.\n\n"
                "Deze back-up terugzetten?"
            ).format(format_date(info.created), info.created.strftime("%H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with _busy():
                result = recovery.restore_backup_as(self.session, info.path)
        except PlusDeskError as exc:
            self._error(exc)
            self.refresh()
            return
        self.refresh(select=result.pre_restore)
        self.status.setText(
            self.tr(
                "De back-up van {0} om {1} is teruggezet. De gegevens van daarvoor staan in "
                "de back-up 'Voor terugzetten'."
            ).format(format_date(info.created), info.created.strftime("%H:%M"))
        )
        self.restored.emit()

    def _error(self, exc: PlusDeskError) -> None:
        from plusdesk.gui.app import show_error

        self.status.clear()
        show_error(self, exc)
