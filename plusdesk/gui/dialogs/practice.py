"""The practice's details: asked at the first start (or the demo chosen), editable later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.practice import Practice, PracticeDetails, field_errors, validate_details


class FirstStartDialog(QDialog):
    """Asks for name, AGB-code, zorggroep and list size; `choice` tells what the user chose."""

    CREATE = "create"
    DEMO = "demo"

    def __init__(self, path: Path, parent: QWidget | None = None, *, allow_demo: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe praktijk – PlusDesk"))
        self.setObjectName("firstStartDialog")
        self.choice: str | None = None
        self.details: PracticeDetails | None = None
        self._touched: set[str] = set()

        self.intro = intro = QLabel(
            self.tr(
                "<h2>Welkom bij PlusDesk</h2>"
                "<p>Vul de gegevens van uw praktijk in om te beginnen. U kunt ze later "
                "aanvullen via Bestand → Praktijkgegevens. Wilt u eerst rondkijken? "
                "Kies dan <b>Demopraktijk laden</b>: "
                "een verzonnen praktijk met voorbeeldgegevens.</p>"
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijv. Huisartsenpraktijk De Linde"))
        self.agb_edit = QLineEdit()
        self.agb_edit.setPlaceholderText(self.tr("8 cijfers, bijv. 01234567"))
        self.agb_edit.setMaxLength(12)
        self.zorggroep_edit = QLineEdit()
        self.zorggroep_edit.setPlaceholderText(self.tr("bijv. Zorggroep Zuid-Limburg"))
        self.list_size_spin = QSpinBox()
        self.list_size_spin.setRange(0, 200_000)
        self.list_size_spin.setSingleStep(100)
        self.list_size_spin.setGroupSeparatorShown(True)
        self.list_size_spin.setSpecialValueText(self.tr("nog onbekend"))
        self.list_size_spin.setSuffix(self.tr(" patiënten"))
        self.wave_spin = QSpinBox()
        self.wave_spin.setRange(0, 20)
        self.wave_spin.setSpecialValueText(self.tr("nog onbekend"))
        self.wave_spin.setPrefix(self.tr("golf "))
        self.wave_spin.setToolTip(self.tr("De golf waarin de praktijk met PlusPraktijk begon"))

        form = QFormLayout()
        form.addRow(self.tr("&Naam praktijk:"), self.name_edit)
        form.addRow(self.tr("&AGB-code praktijk:"), self.agb_edit)
        form.addRow(self.tr("&Zorggroep:"), self.zorggroep_edit)
        form.addRow(self.tr("Aantal &ingeschreven patiënten:"), self.list_size_spin)
        form.addRow(self.tr("&Golf:"), self.wave_spin)

        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        where = QLabel(self.tr("Gegevensbestand: {0}").format(str(path)))
        where.setWordWrap(True)
        where.setStyleSheet("color: #5f6368;")

        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Praktijk &aanmaken"))
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button = QPushButton(self.tr("&Demopraktijk laden"))
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setVisible(allow_demo)  # after addButton, which shows it
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.create_button.clicked.connect(self._create)
        self.demo_button.clicked.connect(self._demo)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        # A field is judged once the user leaves it; after that, live while they correct it.
        for key, edit in (("name", self.name_edit), ("agb_code", self.agb_edit)):
            edit.editingFinished.connect(lambda k=key: self._left(k))
            edit.textEdited.connect(lambda _text: self._validate())
        self.zorggroep_edit.textEdited.connect(lambda _t: self._validate())
        self.list_size_spin.valueChanged.connect(lambda _v: self._validate())
        self._validate()

    def _left(self, key: str) -> None:
        self._touched.add(key)
        self._validate()

    def _values(self) -> tuple[str, str, str, int | None]:
        size = self.list_size_spin.value()
        return (
            self.name_edit.text(),
            self.agb_edit.text(),
            self.zorggroep_edit.text(),
            size if size > 0 else None,
        )

    def _wave(self) -> int | None:
        return self.wave_spin.value() or None

    def _validate(self, *, show_all: bool = False) -> PracticeDetails | None:
        """Check the form; show the problems of fields the user has already touched."""
        errors = field_errors(*self._values())
        shown = [m for f, m in errors.items() if show_all or f in self._touched]
        self.message.setText("\n".join(shown))
        self.create_button.setEnabled(not shown)
        if errors:
            return None
        return validate_details(*self._values(), wave=self._wave())

    def _create(self) -> None:
        details = self._validate(show_all=True)
        if details is None:
            return
        self.details = details
        self.choice = self.CREATE
        self.accept()

    def _demo(self) -> None:
        self.choice = self.DEMO
        self.accept()


class PracticeDetailsDialog(FirstStartDialog):
    """Bestand → Praktijkgegevens: the same form, filled in, to correct or complete it."""

    def __init__(self, path: Path, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(path, parent, allow_demo=False)
        self.setWindowTitle(self.tr("Praktijkgegevens – PlusDesk"))
        self.intro.setText(
            self.tr(
                "<h2>Praktijkgegevens</h2><p>De zorggroep herkent uw praktijk aan de "
                "AGB-code; het aantal ingeschreven patiënten is de basis voor de cijfers "
                "per 1.000 patiënten.</p>"
            )
        )
        self.create_button.setText(self.tr("&Opslaan"))
        self.name_edit.setText(practice.name)
        self.agb_edit.setText(practice.agb_code)
        self.zorggroep_edit.setText(practice.zorggroep)
        self.list_size_spin.setValue(practice.list_size or 0)
        self.wave_spin.setValue(practice.wave or 0)
        self._touched.update({"name", "agb_code"})
        self._validate()
