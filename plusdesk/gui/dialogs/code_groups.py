"""Groups of specialism codes (such as GGZ) that the referral figures count as one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.errors import PlusDeskError
from plusdesk.core.reference import CodeGroup, delete_group, list_groups, save_group, specialisms
from plusdesk.core.users import Session
from plusdesk.gui.dialogs.referral_common import ask
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.translations import core_tr


class CodeGroupsDialog(QDialog):
    """List, add, change and remove code groups; a group's name is fixed once it exists."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.changed = False
        self.setWindowTitle(self.tr("Groepen van specialismen"))
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groepen"))
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("bijvoorbeeld 0329, 94*, 9116"))
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.members.setObjectName("groupMembers")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("&Naam:"), self.name)
        form.addRow(self.tr("&Omschrijving:"), self.description)
        form.addRow(self.tr("&Codes:"), self.codes)
        form.addRow("", self.members)
        form.addRow("", self.problem)
        self.new_button = QPushButton(self.tr("Nie&uwe groep"))
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        self.save_button = QPushButton(self.tr("Op&slaan"))
        self.save_button.setDefault(True)
        left = QVBoxLayout()
        left.addWidget(self.groups, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)
        right = QVBoxLayout()
        intro = QLabel(
            self.tr(
                "Een groep telt verwijzingen naar meerdere codes samen, zoals GGZ: psychiatrie "
                "plus psychologen en sociaal-psychiatrisch verpleegkundigen. O/E wordt berekend "
                "over de opgetelde aantallen. Een code met * telt alle codes die zo beginnen."
            )
        )
        intro.setWordWrap(True)
        right.addWidget(intro)
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 5)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.groups.currentTextChanged.connect(self._show)
        self.codes.textChanged.connect(self._preview)
        self.new_button.clicked.connect(self.new_group)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.names = specialisms(session.db)
        fit_to_screen(self, 760, 420)
        self._fill()

    def _fill(self, select: str | None = None) -> None:
        self.by_name = {g.name: g for g in list_groups(self.session.db)}
        self.groups.clear()
        self.groups.addItems(list(self.by_name))
        rows = self.groups.findItems(select or "", Qt.MatchFlag.MatchExactly) if select else []
        if rows:
            self.groups.setCurrentItem(rows[0])
        elif self.groups.count():
            self.groups.setCurrentRow(0)
        else:
            self.new_group()

    def _show(self, name: str) -> None:
        group = self.by_name.get(name)
        if group is None:
            return
        self.name.setText(group.name)
        self.name.setReadOnly(True)
        self.name.setToolTip(self.tr("De naam van een bestaande groep ligt vast."))
        self.description.setText(group.description)
        self.codes.setText(", ".join(group.patterns))
        self.delete_button.setEnabled(True)
        self.problem.clear()

    def new_group(self) -> None:
        """An empty form for a new group."""
        self.groups.clearSelection()
        self.groups.setCurrentRow(-1)
        for edit in (self.name, self.description, self.codes):
            edit.clear()
        self.name.setReadOnly(False)
        self.name.setToolTip("")
        self.delete_button.setEnabled(False)
        self.problem.clear()
        self.name.setFocus()

    def _patterns(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.codes.text().replace(";", ",").split(",") if p.strip())

    def _preview(self) -> None:
        probe = CodeGroup("", "", tuple(p for p in self._patterns() if p))
        listed = [f"{name} ({code})" for code, name in self.names.items() if probe.matches(code)]
        listed += [
            self.tr("code {0}").format(p.zfill(4))
            for p in probe.patterns
            if not p.endswith("*") and p.zfill(4) not in self.names
        ]
        wide = [p for p in probe.patterns if p.endswith("*")]
        text = ", ".join(listed) if listed else self.tr("geen van de bekende specialismen")
        if wide:
            text += self.tr("; en elke code die begint met {0}").format(
                ", ".join(p[:-1] for p in wide)
            )
        self.members.setText(self.tr("Telt mee: {0}.").format(text))

    def save(self) -> bool:
        """Store the group in the form; Dutch message under the form when it is refused."""
        group = CodeGroup(
            self.name.text().strip(), self.description.text().strip(), self._patterns()
        )
        try:
            save_group(self.session, group)
        except PlusDeskError as exc:
            self.problem.setText(core_tr(exc.message))
            return False
        self.changed = True
        self._fill(group.name)
        return True

    def delete_current(self) -> None:
        """Remove the chosen group after confirming; referrals stay as they are."""
        item = self.groups.currentItem()
        if item is None:
            return
        name = item.text()
        if not ask(
            self,
            self.tr("Groep verwijderen"),
            self.tr(
                "De groep '{0}' verwijderen? De verwijzingen zelf blijven bewaard; alleen de "
                "optelling als groep verdwijnt."
            ).format(name),
            self.tr("Verwijderen"),
            self.tr("Annuleren"),
        ):
            return
        try:
            delete_group(self.session, name)
        except PlusDeskError as exc:
            QMessageBox.warning(self, self.tr("Groep verwijderen"), core_tr(exc.message))
            return
        self.changed = True
        self._fill()
