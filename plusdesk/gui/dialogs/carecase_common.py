"""What the care-case forms share: the dialog base, the PHQ-9/GAD-7 score input, helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.carecase_model import INSTRUMENTS, SAFETY_ITEM, Case, Instrument
from plusdesk.core.clock import format_date
from plusdesk.core.errors import PlusDeskError, ValidationError
from plusdesk.core.users import Permission, Session
from plusdesk.gui.dialogs.conversation import READ_ONLY_STYLE, hbox, text_label
from plusdesk.gui.dialogs.form import ERROR_STYLE, FieldForm, ask_save_discard, save_cancel_buttons
from plusdesk.gui.translations import core_tr

WARNING_STYLE = "background: #fde7e4; border-radius: 4px; padding: 6px 8px; color: #8c1d18;"


def mnemonic(text: str, used: set[str]) -> str:
    """The text with '&' before its first letter not yet taken as a shortcut in the window."""
    for n, char in enumerate(text):
        if char.isalpha() and char.lower() not in used:
            used.add(char.lower())
            return f"{text[:n]}&{text[n:]}"
    return text


def note_edit(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ScoreInput(QWidget):
    """A PHQ-9 or GAD-7 as a total, or as item scores 0–3 adding up live; empty: not measured."""

    changed = Signal()
    finished = Signal()

    def __init__(self, instrument: Instrument = Instrument.PHQ9, parent: QWidget | None = None):
        super().__init__(parent)
        self.total_edit = QLineEdit()
        self.total_edit.setPlaceholderText(self.tr("totaal"))
        self.total_edit.setFixedWidth(
            self.total_edit.fontMetrics().horizontalAdvance(self.tr("totaal")) + 34
        )
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.total_edit.textEdited.connect(lambda _t: self._update())
        self.total_edit.editingFinished.connect(self.finished)
        self.items_button = QToolButton()
        self.items_button.setText(self.tr("Vragen invullen"))
        self.items_button.setToolTip(self.tr("Per vraag een score van 0 t/m 3 invullen"))
        self.items_button.setCheckable(True)
        self.items_button.setArrowType(Qt.ArrowType.RightArrow)
        self.items_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.items_button.toggled.connect(self._show_items)
        self.band_label = QLabel()
        self.items_box = QWidget()
        grid = QGridLayout(self.items_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(text_label(self.tr("Vraag:")), 0, 0)
        self.item_labels: list[QLabel] = []
        self.item_combos: list[QComboBox] = []
        for n in range(1, 10):
            self.item_labels.append(QLabel(str(n)))
            self.item_combos.append(QComboBox())
            self.item_combos[-1].addItems(["", "0", "1", "2", "3"])
            self.item_combos[-1].setMinimumWidth(self.item_combos[-1].sizeHint().width())
            self.item_combos[-1].currentIndexChanged.connect(lambda _i: self._update())
            self.item_combos[-1].activated.connect(lambda _i: self.finished.emit())
            grid.addWidget(self.item_labels[-1], 0, n, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(self.item_combos[-1], 1, n)
        grid.setColumnStretch(10, 1)
        self.items_box.setVisible(False)
        warning = self.tr(
            "Vraag 9 (gedachten aan de dood of zelfbeschadiging) is positief: bespreek de "
            "veiligheid."
        )
        self.warning_label = text_label(warning, "safetyWarning", WARNING_STYLE)
        self.warning_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(hbox(self.total_edit, self.items_button, self.band_label, None))
        layout.addWidget(self.items_box)
        layout.addWidget(self.warning_label)
        self.setStyleSheet(READ_ONLY_STYLE)
        self.setFocusProxy(self.total_edit)
        self.set_instrument(instrument)

    def set_instrument(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.spec = INSTRUMENTS[instrument]
        self.total_edit.setAccessibleName(self.tr("{0}-totaal").format(core_tr(self.spec.label)))
        self.total_edit.setToolTip(
            self.tr("0 t/m {0}; leeg: niet gemeten").format(self.spec.maximum)
        )
        for n, (number, combo) in enumerate(zip(self.item_labels, self.item_combos, strict=True)):
            number.setVisible(n < self.spec.items)
            combo.setVisible(n < self.spec.items)
            combo.setAccessibleName(
                self.tr("{0} vraag {1}").format(core_tr(self.spec.label), n + 1)
            )
            if n >= self.spec.items:
                combo.setCurrentIndex(0)
        self._update()

    def in_items(self) -> bool:
        return self.items_button.isChecked()

    def total(self) -> str:
        """The total as typed ('' when given as items: the core adds them up)."""
        return "" if self.in_items() else self.total_edit.text()

    def items(self) -> tuple[str | None, ...]:
        if not self.in_items():
            return ()
        return tuple(c.currentText() or None for c in self.item_combos[: self.spec.items])

    def _show_items(self, on: bool) -> None:
        self.items_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.items_box.setVisible(on)
        self.total_edit.setReadOnly(on)
        self.setFocusProxy(self.item_combos[0] if on else self.total_edit)
        self._update()

    def _update(self) -> None:
        """The total and its severity ("14 — matig"), and the safety warning of PHQ-9 item 9."""
        spec = self.spec
        scores = [c.currentText() for c in self.item_combos[: spec.items]]
        if self.in_items():
            self.total_edit.setText(str(sum(int(s) for s in scores)) if all(scores) else "")
        text = self.total_edit.text().strip()
        band = ""
        if self.in_items() and any(scores) and not all(scores):
            band = self.tr("nog {0} van de {1} vragen open").format(scores.count(""), spec.items)
        elif text.isdigit() and int(text) <= spec.maximum:
            total = int(text)
            band = f"{total} — {core_tr(spec.band_labels[sum(total >= b for b in spec.bands)])}"
        self.band_label.setText(band)
        item = self.item_combos[SAFETY_ITEM - 1].currentText()
        safety = self.in_items() and self.instrument is Instrument.PHQ9 and item not in ("", "0")
        self.warning_label.setVisible(safety)
        self.changed.emit()


class CareDialog(QDialog):
    """What the care-case forms share: messages under the fields, Opslaan, the unsaved check."""

    # The core's check and add of an entry: (db or session, case id, draft).
    checks: Callable[..., dict[str, str]]
    adds: Callable[..., int]

    def __init__(
        self, session: Session, parent: QWidget | None = None, case: Case | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.case = case
        self.saved_id: int | None = None
        self.closed_by_lock = False
        self._ready = False  # no judging while the form is being built
        self.form = FieldForm(self._problems)
        self.message = text_label("", "error_message", ERROR_STYLE)
        self.message.setVisible(False)
        self.buttons = save_cancel_buttons(self, self.save)
        self.save_button = self.buttons.button(self.buttons.StandardButton.Save)
        self.save_button.setDefault(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        if case is not None:
            text = self.tr("Casus van patiënt {0}, gestart op {1}").format(
                case.patient_ref, format_date(case.started_on)
            )
            self.layout_.insertWidget(0, text_label(f"<b>{text}</b>", "caseHeading"))

    def add(self, key: str, label: str, field: QWidget) -> QWidget:
        self.form.add(key, label, field)
        holder = field.parentWidget()
        holder.setFocusProxy(field)  # so the label's mnemonic reaches the field
        if isinstance(field, QAbstractSpinBox) and field.maximumWidth() > 999:  # not full width
            field.setFixedWidth(max(150, field.sizeHint().width()))
            holder.layout().setAlignment(field, Qt.AlignmentFlag.AlignLeft)
        return field

    def ready(self) -> None:
        """Call at the end of building: remember the form as it started, then start judging."""
        if not self.session.can(Permission.MANAGE_CARECASES):
            self._say(self.tr("Met uw rol kunt u geen casussen vastleggen of wijzigen."))
            self.save_button.setEnabled(False)
        if self.focusWidget() is None and self.form.fields:  # no field chosen: the first one
            next(iter(self.form.fields.values())).setFocus()
        self._saved = self.draft()
        self._ready = True
        self.form.touched.clear()
        self.form.validate()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    # --- what each form fills in -------------------------------------------------------------

    def draft(self) -> Any:
        raise NotImplementedError

    def check(self) -> dict[str, str]:
        assert self.case is not None
        return self.checks(self.db, self.case.id, self.draft())

    def store(self) -> None:
        assert self.case is not None
        self.saved_id = self.adds(self.session, self.case.id, self.draft())

    def confirm(self) -> bool:
        """A last question before storing (closing a case); True to go on."""
        return True

    # --- behaviour -----------------------------------------------------------------------------

    def _problems(self) -> dict[str, str]:
        return self.check() if self._ready else {}

    def judge(self) -> None:
        if self._ready:
            self.form.validate()

    def leave(self, key: str) -> None:
        if self._ready:
            self.form.leave(key)

    def _say(self, text: str) -> None:
        self.message.setText(core_tr(text))
        self.message.setVisible(bool(text))

    def save(self) -> bool:
        """Opslaan: store and close, or show every problem where it is and write nothing."""
        self._say("")
        if not self.form.validate(show_all=True):
            self.form.touched.update(self._problems())  # keep them shown while focus moves
            shown = [k for k, label in self.form.messages.items() if not label.isHidden()]
            if shown:
                self.form.fields[shown[0]].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if not self.confirm():
            return False
        try:
            self.store()
        except ValidationError as exc:
            if exc.field in self.form.fields:
                self.form.show_error(exc.field, exc.message)
            else:
                self._say(exc.message)
            return False
        except PlusDeskError as exc:
            self._say(exc.message)
            return False
        self._saved = self.draft()
        self.accept()
        return True

    def has_unsaved_changes(self) -> bool:
        return self._ready and self.save_button.isEnabled() and self.draft() != self._saved

    def reject(self) -> None:
        """Escape, Annuleren or closing with changes asks first, so nothing typed is lost."""
        if self.has_unsaved_changes():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes when it went through, else shows what is wrong
                return
        super().reject()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return ask_save_discard(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("Wat u hier heeft ingevuld, is nog niet opgeslagen. Wilt u het nu opslaan?"),
        )

    def close_without_asking(self) -> None:
        """Close for the screen lock: what was typed (patient data) is discarded, not kept."""
        self.closed_by_lock = True
        self._ready = False
        for edit in self.findChildren(QLineEdit):
            if not isinstance(edit.parentWidget(), QAbstractSpinBox | QComboBox):
                edit.clear()
        for text in self.findChildren(QPlainTextEdit):
            text.clear()
        QDialog.reject(self)
