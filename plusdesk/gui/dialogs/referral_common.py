"""What the referral dialogs share: questions, the progress window, numbers, the year table."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.errors import PlusDeskError, ValidationError
from plusdesk.core.importing import Cancelled, Progress
from plusdesk.core.referral_check import report_text
from plusdesk.core.referral_tables import import_template, write_template
from plusdesk.core.referrals import ImportRefused
from plusdesk.core.users import Permission, Session
from plusdesk.gui.dialogs.conversation import text_label
from plusdesk.gui.dialogs.form import ERROR_STYLE, ask_save_discard, save_cancel_buttons
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.translations import core_tr

T = TypeVar("T")
Button = QMessageBox.StandardButton


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through the widgets in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def show_error(parent: QWidget, error: PlusDeskError) -> None:
    from plusdesk.gui.app import show_error as show

    show(parent, error)


def message(
    parent: QWidget,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    buttons: dict[Button, str] | None = None,
    default: Button | None = None,
    informative: str = "",
    detail: str = "",
) -> Button:
    """A message box in the window's language; returns the button chosen.

    `text` and `informative` may be a core message as it is: it is shown translated.
    """
    box = QMessageBox(icon, title, core_tr(text), Button.NoButton, parent)
    for button, label in (
        buttons or {Button.Ok: QCoreApplication.translate("dialogs", "OK")}
    ).items():
        box.addButton(button).setText(label)
    if default is not None:
        box.setDefaultButton(default)
    if informative:
        box.setInformativeText(core_tr(informative))
    if detail:
        box.setDetailedText(detail)
    return Button(box.exec())


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A question whose safe answer (`no`) is the default, for Enter as for Escape."""
    answer = message(
        parent,
        title,
        text,
        icon=QMessageBox.Icon.Question,
        buttons={Button.Yes: yes, Button.Cancel: no},
        default=Button.Cancel,
    )
    return answer == Button.Yes


def show_refusal(parent: QWidget, error: ImportRefused) -> None:
    """A file refused whole: the reason, the first problems, and all of them behind a button."""
    problems = error.problems
    message(
        parent,
        QCoreApplication.translate("dialogs", "Niet ingelezen"),
        error.message,
        icon=QMessageBox.Icon.Warning,
        informative=report_text(problems, limit=8),  # shown translated, line by line
        detail=core_tr(report_text(problems, limit=1000)) if len(problems) > 8 else "",
    )


def run_with_progress(
    parent: QWidget, title: str, work: Callable[[Progress, Cancelled], T], delay_ms: int = 400
) -> T:
    """Run work(progress, cancelled) with a progress window that has an Afbreken button.

    The window only appears when the work takes longer than `delay_ms`, so small files
    go through without it.
    """
    dialog = QProgressDialog(
        title, QCoreApplication.translate("dialogs", "Afbreken"), 0, 1000, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(380)

    def progress(fraction: float, text: str) -> None:
        dialog.setLabelText(core_tr(text))  # the core's own steps come in Dutch
        dialog.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        QApplication.processEvents()

    def cancelled() -> bool:
        QApplication.processEvents()
        return dialog.wasCanceled()

    try:
        dialog.setValue(0)
        return work(progress, cancelled)
    finally:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()


class YearTableDialog(QDialog):
    """One year's figures: the year to show, templates, Opslaan and the unsaved-changes check.

    Subclasses put their table in `content` and answer load, draft, problems and store.
    """

    kind = ""  # the template kind in core.referral_tables
    template_name = ""

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.may_edit = session.can(Permission.EDIT_REFERRALS)
        self._year = int(year)
        self._saved: Any = None
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(self._year)
        self.year_spin.setKeyboardTracking(False)
        self.year_spin.valueChanged.connect(self._year_changed)
        year_label = QLabel(self.tr("&Jaar:"))
        year_label.setBuddy(self.year_spin)
        self.intro = text_label()
        self.content = QVBoxLayout()
        self.status_label = text_label("", "status")
        self.message_label = text_label("", "error_message", ERROR_STYLE)
        self.message_label.setVisible(False)
        self.buttons = save_cancel_buttons(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.template_button = QPushButton(self.tr("&Sjabloon opslaan…"))
        self.template_button.setToolTip(self.tr("Een voorbeeldbestand (CSV) om in te vullen"))
        self.template_button.clicked.connect(self.save_template)
        self.import_button = QPushButton(self.tr("Uit sjabloon &inlezen…"))
        self.import_button.clicked.connect(self.import_from_template)
        bottom = QHBoxLayout()
        for button in (self.template_button, self.import_button):
            button.setAutoDefault(False)
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(self.content, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        layout.addLayout(bottom)
        self._role_note = ""
        if not self.may_edit:
            self.save_button.setEnabled(False)
            self.import_button.setEnabled(False)
            self._role_note = self.tr("Met uw rol kunt u deze cijfers bekijken, niet wijzigen.")

    def order_tabs(self, *content: QWidget) -> None:
        """Tab from the year through the table's fields to the buttons."""
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        tab_chain(
            self.year_spin,
            *content,
            self.template_button,
            self.import_button,
            self.save_button,
            cancel,
        )

    # --- what each table answers -------------------------------------------------------------

    def load(self, year: int) -> None:
        raise NotImplementedError

    def draft(self) -> Any:
        raise NotImplementedError

    def problems(self) -> str:
        """A Dutch message when what is typed cannot be saved yet; '' when fine."""
        return ""

    def store(self, year: int) -> None:
        raise NotImplementedError

    # --- behaviour -----------------------------------------------------------------------------

    def year(self) -> int:
        return self._year

    def show_year(self, year: int) -> None:
        """Show a year's figures as stored, and take them as the saved state."""
        self._year = year
        self.say("")
        self.status_label.setText(self._role_note)
        self.load(year)
        self._saved = self.draft()

    def say(self, text: str) -> None:
        self.message_label.setText(core_tr(text))
        self.message_label.setVisible(bool(text))

    def has_unsaved_changes(self) -> bool:
        return self.may_edit and self.draft() != self._saved

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return ask_save_discard(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("De cijfers voor {0} zijn nog niet opgeslagen. Wilt u ze nu opslaan?").format(
                self._year
            ),
        )

    def _settle(self) -> bool:
        """Before something replaces what is shown: save or discard changes; False to stay."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved()
        if answer == Button.Cancel:
            return False
        return answer == Button.Discard or self._store()

    def _year_changed(self, year: int) -> None:
        if year == self._year:
            return
        if not self._settle():
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self._year)
            self.year_spin.blockSignals(False)
            return
        self.show_year(year)

    def _store(self) -> bool:
        self.say("")
        problem = self.problems()
        if problem:
            self.say(problem)
            return False
        try:
            self.store(self._year)
        except ValidationError as exc:
            self.say(exc.message)
            return False
        except PlusDeskError as exc:
            show_error(self, exc)
            return False
        self._saved = self.draft()
        return True

    def save(self) -> bool:
        """Opslaan: store and close, or say what is wrong and keep everything as typed."""
        if self.may_edit and self._store():
            self.accept()
            return True
        return False

    def reject(self) -> None:
        """Escape, Annuleren or closing with changes asks first, so nothing typed is lost."""
        if self.has_unsaved_changes():
            answer = self.ask_unsaved()
            if answer == Button.Cancel:
                return
            if answer == Button.Save:
                self.save()
                return
        super().reject()

    def _folder(self) -> str:
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return found or str(Path.home())

    def save_template(self) -> None:
        """An example CSV to fill in (e.g. in Excel) and read back with Uit sjabloon inlezen."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Sjabloon opslaan"),
            str(Path(self._folder()) / self.template_name),
            self.tr("CSV-bestanden (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            written = write_template(self.kind, path)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            text = self.tr("Het sjabloon kan niet worden opgeslagen ({0}).").format(reason)
            show_error(self, PlusDeskError(text))
            return
        self.status_label.setText(
            self.tr(
                "Sjabloon opgeslagen als {0}. Vul het in, bijvoorbeeld in Excel, en lees het in "
                "met 'Uit sjabloon inlezen…'."
            ).format(written)
        )

    def import_from_template(self) -> None:
        """A filled-in template, all rows or none; the years in it are replaced."""
        if not self._settle():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Sjabloon inlezen"),
            self._folder(),
            self.tr("CSV- of Excel-bestanden (*.csv *.xlsx);;Alle bestanden (*)"),
        )
        if not path:
            return
        try:
            count = import_template(self.session, self.kind, path)
        except ImportRefused as exc:
            show_refusal(self, exc)
            return
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        self.show_year(self._year)
        self.status_label.setText(
            self.tr("{0} regels uit '{1}' ingelezen en opgeslagen.").format(
                number(count), Path(path).name
            )
        )
