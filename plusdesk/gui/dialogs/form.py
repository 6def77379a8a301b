"""A form whose fields each carry their own error message, judged when the user leaves.

The messages mostly come from the core, in Dutch; the form shows them in the window's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from plusdesk.gui.translations import core_tr

ERROR_STYLE = "color: #b3261e;"


def password_edit(placeholder: str = "") -> QLineEdit:
    """A field that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


def save_cancel_buttons(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Opslaan (runs save, which accepts when all is well) and Annuleren."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("form", "&Opslaan")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("form", "Annuleren")
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_save_discard(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Opslaan, Niet opslaan or Annuleren for work typed but not saved; Opslaan is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Save).setText(
        QCoreApplication.translate("form", "&Opslaan")
    )
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("form", "&Niet opslaan")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("form", "Annuleren")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


def accessible_label(label: str) -> str:
    """What a screen reader says for a field: its label without the & and the colon."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


class FieldForm(QFormLayout):
    """Rows of label, field and, right under the field, that field's message (hidden if fine).

    A field is judged once the user has left it (or tried to submit); after that, live while
    they correct it, so nobody is scolded for a field they have not reached yet.
    """

    def __init__(self, check: Callable[[], dict[str, str]], parent: QObject | None = None):
        super().__init__()
        self._check = check
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.on_change: list[Callable[[bool], None]] = []

    def add(self, key: str, label: str, field: QWidget) -> QWidget:
        """Add a field under a stable key (the core's ValidationError.field names)."""
        message = QLabel()
        message.setObjectName(f"error_{key}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.setVisible(False)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(message)
        holder.setFocusProxy(field)
        caption = QLabel(label)
        caption.setBuddy(field)  # Alt+letter goes to the field itself, not to its holder
        if not field.accessibleName():
            field.setAccessibleName(accessible_label(label))
        self.addRow(caption, holder)
        self.fields[key] = field
        self.messages[key] = message
        if isinstance(field, QLineEdit):
            field.editingFinished.connect(lambda k=key: self.leave(k))
            field.textEdited.connect(lambda _t: self.validate())
        elif isinstance(field, QAbstractSpinBox):
            field.editingFinished.connect(lambda k=key: self.leave(k))
        elif isinstance(field, QComboBox):
            field.currentIndexChanged.connect(lambda _i, k=key: self.leave(k))
        return field

    def leave(self, key: str) -> None:
        self.touched.add(key)
        self.validate()

    def validate(self, *, show_all: bool = False) -> bool:
        """Show the messages of touched fields; True when the whole form is fine."""
        errors = self._check()
        for key, label in self.messages.items():
            text = core_tr(errors.get(key, "")) if show_all or key in self.touched else ""
            label.setText(text)
            label.setVisible(bool(text))
            field = self.fields[key]
            field.setProperty("invalid", bool(text))
            field.setAccessibleDescription(text)
        shown_ok = not any(errors.get(k) for k in self.messages if show_all or k in self.touched)
        for callback in self.on_change:
            callback(shown_ok)
        self._make_room()
        return not errors

    def _make_room(self) -> None:
        """Grow the window when messages appeared, so no field gets squeezed."""
        holder = self.parentWidget()
        if holder is None:
            return
        window = holder.window()
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width())
        if needed < 0:
            needed = window.sizeHint().height()
        if window.height() < needed:
            window.resize(window.width(), needed)

    def show_error(self, key: str, message: str) -> None:
        """Show a message the core gave after submitting (e.g. a name already taken)."""
        label = self.messages.get(key)
        if label is None:
            return
        self.touched.add(key)
        label.setText(core_tr(message))
        label.setVisible(True)
        field = self.fields[key]
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self, dialog: QDialog, action: Callable[[], object]) -> bool:
        """Run the core action behind the form and accept the dialog when it succeeds.

        A refusal that names one of the form's fields is shown under that field; any other
        error in a message box. Returns True when the action went through.
        """
        from plusdesk.core.errors import PlusDeskError, ValidationError
        from plusdesk.gui.app import show_error

        if not self.validate(show_all=True):
            return False
        try:
            action()
        except ValidationError as exc:
            if exc.field in self.fields:
                self.show_error(exc.field, exc.message)
            else:
                show_error(dialog, exc)
            return False
        except PlusDeskError as exc:
            show_error(dialog, exc)
            return False
        dialog.accept()
        return True
