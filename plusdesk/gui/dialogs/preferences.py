"""Bestand → Instellingen: this workstation's preferences (the idle lock, the language)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plusdesk.gui import settings
from plusdesk.gui.dialogs.form import save_cancel_buttons
from plusdesk.gui.translations import LANGUAGES, system_language


class PreferencesDialog(QDialog):
    """Settings that belong to this computer rather than to the practice file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen – PlusDesk"))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 120)
        self.idle_spin.setSuffix(self.tr(" minuten"))
        self.idle_spin.setValue(settings.read(settings.IDLE_LOCK_MINUTES))
        hint = QLabel(
            self.tr(
                "PlusDesk bevat gegevens van patiënten. Op een gedeelde computer vergrendelt "
                "het venster zich als het een tijd niet gebruikt is; daarna is uw wachtwoord "
                "nodig. Deze instelling geldt voor deze computer."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.language_combo = QComboBox()
        self.language_combo.addItem(
            self.tr("Taal van het systeem ({0})").format(LANGUAGES[system_language()]), ""
        )
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        chosen = self.language_combo.findData(settings.read(settings.LANGUAGE))
        self.language_combo.setCurrentIndex(max(chosen, 0))
        self.language_combo.setAccessibleName(self.tr("Taal"))
        self.language_note = QLabel(self.tr("Een andere taal geldt vanaf de volgende start."))
        self.language_note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("&Vergrendelen na:"), self.idle_spin)
        form.addRow(self.tr("&Taal:"), self.language_combo)
        form.addRow("", self.language_note)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def save(self) -> None:
        settings.write(settings.IDLE_LOCK_MINUTES, self.idle_spin.value())
        settings.write(settings.LANGUAGE, self.language_combo.currentData())
        self.accept()
