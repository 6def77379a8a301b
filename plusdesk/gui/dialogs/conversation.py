"""The form to log, change or read one patient-centred conversation (patiëntgericht gesprek)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core import conversations
from plusdesk.core.clock import format_date
from plusdesk.core.conversation_list import ListFilter, rows
from plusdesk.core.conversation_model import GOALS_MAX
from plusdesk.core.conversations import (
    ACTIONS,
    DIMENSION_LABELS,
    DIMENSIONS,
    GOAL_ACTORS,
    REASON_LABELS,
    ROLE_LABELS,
    Conversation,
    ProfessionalRole,
    Reason,
)
from plusdesk.core.reference import specialisms
from plusdesk.core.users import Permission, Role, Session, colleague_names, full_names
from plusdesk.gui.dialogs.form import ERROR_STYLE, FieldForm, ask_save_discard, save_cancel_buttons
from plusdesk.gui.dialogs.status import capitalised, date_edit, qdate_to_date
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.translations import core_tr

# The role a conversation is most likely logged in, from the account that logs it.
ACCOUNT_ROLES = {Role.HUISARTS: ProfessionalRole.HUISARTS, Role.POH: ProfessionalRole.POH_S}
LINK_STYLE = "background: #e8f0f8; border-radius: 4px; padding: 6px 8px; color: #1f3b57;"
NOTE_STYLE = "background: #fff4d6; border-radius: 4px; padding: 6px 8px; color: #5c3d00;"
# A field that cannot be typed in should look like it, not like an empty invitation.
READ_ONLY_STYLE = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], '
    'QDateEdit[readOnly="true"] { background: #eef0f2; }'
)
NO_ACTION = "geen"


def optional_date_edit(value: date | None = None) -> QLineEdit:
    """A date typed as dd-mm-jjjj that may stay empty and may lie in the future."""
    edit = QLineEdit(format_date(value))
    edit.setPlaceholderText(QCoreApplication.translate("dates", "dd-mm-jjjj"))
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00-00-0000") + 40)
    return edit


def text_label(text: str = "", name: str = "muted", style: str = "") -> QLabel:
    """A wrapping label; muted by default, or a coloured banner with a style."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    return label


def editable_combo(items: list[str], placeholder: str) -> QComboBox:
    """Suggestions to pick from, or type something else."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(items)
    combo.lineEdit().setPlaceholderText(placeholder)
    return combo


def actor_shown(stored: str) -> str:
    """A goal's "who" as the window shows it: a suggestion in the window's language."""
    return core_tr(stored) if stored in GOAL_ACTORS else stored


def actor_stored(shown: str) -> str:
    """A goal's "who" as stored: a suggestion always in Dutch (the stored text is data, the
    same whatever language the window had), anything typed as typed."""
    suggestions = {core_tr(actor): actor for actor in GOAL_ACTORS}
    return suggestions.get(shown.strip(), shown)


def hbox(*items: QWidget | None) -> QHBoxLayout:
    """A row of widgets; None stands for the stretch that takes the space left."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item)
    return row


def choice_combo(first: str, labels: dict) -> QComboBox:
    """A combo that starts at 'Kies…' (no value), then the labels (the core's, shown in the
    window's language) with their keys as data."""
    combo = QComboBox()
    combo.addItem(first, "")
    for key, label in labels.items():
        combo.addItem(capitalised(core_tr(label)), str(key))
    return combo


class ConversationDialog(QDialog):
    """A new conversation, a follow-up of the patient's previous one, or an existing one.

    Raises a PlusDeskError when an existing conversation may not be read (or is gone).
    """

    def __init__(
        self,
        session: Session,
        conversation_id: int | None = None,
        *,
        follow_up_of: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.conversation_id = conversation_id
        self.saved_id: int | None = None
        self.closed_by_lock = False
        self._ready = False  # no judging nor looking up while the form is being built
        loaded = None if conversation_id is None else conversations.get(session, conversation_id)
        note = self._read_only_reason(loaded)
        self.read_only = bool(note)
        # A follow-up, or an existing conversation: the link names the conversation before it.
        self.follows = bool(follow_up_of) or loaded is not None
        if loaded is None:
            self.setWindowTitle(self.tr("Gesprek vastleggen"))
        elif note:
            self.setWindowTitle(self.tr("Gesprek inzien"))
        else:
            self.setWindowTitle(self.tr("Gesprek wijzigen"))

        self.link_label = text_label("", "conversationLink", LINK_STYLE)
        self.link_label.setVisible(False)
        self.note_label = text_label(note, "readOnlyNote", NOTE_STYLE)
        self.note_label.setVisible(bool(note))

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(self._conversation_box(), 0, 0)
        grid.addWidget(self._health_box(), 0, 1)
        grid.addWidget(self._question_box(), 1, 0, 1, 2)
        grid.addWidget(self._goals_box(), 2, 0, 1, 2)
        grid.addWidget(self._actions_box(), 3, 0)
        grid.addWidget(self._next_contact_box(), 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)

        self.buttons = save_cancel_buttons(self, self.save)
        self.save_button = self.buttons.button(self.buttons.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.link_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)

        self._fill(loaded, (follow_up_of or "").strip())
        self.patient_edit.textChanged.connect(lambda _t: self._update_link())
        self.date_edit.dateChanged.connect(lambda _d: self._update_link())
        if self.read_only:
            self._lock(content)
        self.setStyleSheet(READ_ONLY_STYLE)  # after the fields got their read-only state
        self._ready = True
        self.form.touched.clear()
        self.form.validate()
        self._update_link()
        self._saved = self.draft()
        fit_to_screen(self, 900, 700)

    # --- the sections ------------------------------------------------------------------------

    def _conversation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gesprek"))
        self.form = FieldForm(self._problems)
        box.setLayout(self.form)
        self.date_edit = date_edit()
        self.patient_edit = QLineEdit()
        self.patient_edit.setPlaceholderText(self.tr("zoals in uw HIS, geen BSN"))
        self.professional_combo = editable_combo(colleague_names(self.db), self.tr("naam"))
        name_edit = self.professional_combo.lineEdit()
        name_edit.editingFinished.connect(lambda: self._leave("professional"))
        name_edit.textEdited.connect(lambda _t: self._judge())
        self.role_combo = choice_combo(self.tr("Kies…"), ROLE_LABELS)
        self.reason_combo = choice_combo(self.tr("Kies…"), REASON_LABELS)
        self.reason_other_edit = QLineEdit()
        self.reason_other_edit.setPlaceholderText(self.tr("bijvoorbeeld: mantelzorger overbelast"))
        for key, label, field in (
            ("held_on", self.tr("&Datum:"), self.date_edit),
            ("patient_ref", self.tr("&Patiëntnummer (HIS):"), self.patient_edit),
            ("professional", self.tr("P&rofessional:"), self.professional_combo),
            ("professional_role", self.tr("Ro&l:"), self.role_combo),
            ("reason", self.tr("Reden van &inclusie:"), self.reason_combo),
            ("reason_other", self.tr("&Andere reden:"), self.reason_other_edit),
        ):
            self.form.add(key, label, field)
            field.parentWidget().setFocusProxy(field)  # so the label's mnemonic reaches it
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._show_reason_other())
        return box

    def _health_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Positieve &Gezondheid"))
        grid = QGridLayout(box)
        intro = text_label(self.tr("Het cijfer dat de patiënt zelf geeft; leeg als niet gescoord."))
        grid.addWidget(intro, 0, 0, 1, 3)
        self.score_edits: dict[str, QLineEdit] = {}
        self.talk_checks: dict[str, QCheckBox] = {}
        for n, dimension in enumerate(DIMENSIONS):
            name = core_tr(DIMENSION_LABELS[dimension])
            label = QLabel(name + ":")
            edit = QLineEdit()
            edit.setPlaceholderText("0–10")
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0–10") + 24)
            edit.setMaxLength(4)
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            edit.setAccessibleName(self.tr("Score {0}").format(name.lower()))
            label.setBuddy(edit)
            check = QCheckBox(self.tr("wil ik over praten"))
            check.setAccessibleName(self.tr("{0}: wil ik over praten").format(name))
            self.score_edits[dimension] = edit
            self.talk_checks[dimension] = check
            grid.addWidget(label, 1 + 2 * n, 0)
            grid.addWidget(edit, 1 + 2 * n, 1)
            grid.addWidget(check, 1 + 2 * n, 2)
            grid.addWidget(self._watch(f"score_{dimension}", edit), 2 + 2 * n, 0, 1, 3)
        grid.addWidget(self._watch("scores", box), 13, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(14, 1)
        return box

    def _question_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Vraag achter de vraag"))
        self.question_edit = QPlainTextEdit()
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(64)
        self.question_edit.setPlaceholderText(
            self.tr("Wat wil de patiënt echt? Bijvoorbeeld: weer zelf boodschappen kunnen doen.")
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.question_edit)
        layout.addWidget(self._watch("question", self.question_edit))
        self.question_edit.textChanged.connect(self._judge)
        return box

    def _goals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Doel&en"))
        grid = QGridLayout(box)
        for column, text in enumerate(
            (self.tr("Doel (hoogstens drie)"), self.tr("Wie"), self.tr("Vervolgdatum"))
        ):
            grid.addWidget(text_label(text), 0, column)
        self.goal_edits: list[QLineEdit] = []
        self.goal_actor_combos: list[QComboBox] = []
        self.goal_date_edits: list[QLineEdit] = []
        for n in range(1, GOALS_MAX + 1):
            goal = QLineEdit()
            goal.setAccessibleName(self.tr("Doel {0}").format(n))
            if n == 1:
                goal.setPlaceholderText(self.tr("bijvoorbeeld: twee keer per week wandelen"))
            actor = editable_combo(["", *(core_tr(a) for a in GOAL_ACTORS)], self.tr("wie?"))
            actor.setAccessibleName(self.tr("Wie bij doel {0}").format(n))
            actor.setMinimumWidth(150)
            when = optional_date_edit()
            when.setAccessibleName(self.tr("Vervolgdatum van doel {0}").format(n))
            self.goal_edits.append(goal)
            self.goal_actor_combos.append(actor)
            self.goal_date_edits.append(when)
            grid.addWidget(goal, 2 * n - 1, 0)
            grid.addWidget(actor, 2 * n - 1, 1)
            grid.addWidget(when, 2 * n - 1, 2)
            grid.addWidget(self._watch(f"goal_{n}", goal), 2 * n, 0)
            grid.addWidget(self._watch(f"goal_{n}_follow_up", when), 2 * n, 1, 1, 2)
        grid.addWidget(self._watch("goals", box), 2 * GOALS_MAX + 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Af&spraken"))
        layout = QVBoxLayout(box)
        self.action_checks: dict[str, QCheckBox] = {}
        for key, label in [*ACTIONS.items(), (NO_ACTION, self.tr("geen"))]:
            check = QCheckBox(capitalised(core_tr(label)))
            check.toggled.connect(lambda on, k=key: self._exclude_actions(k, on))
            check.clicked.connect(lambda _c: self._leave("actions"))
            self.action_checks[key] = check
        layout.addLayout(hbox(*self.action_checks.values(), None))
        layout.addWidget(self._watch("actions", self.action_checks["action_care"]))
        self.avoided_check = QCheckBox(self.tr("Verwijzing voor&komen naar:"))
        self.specialism_combo = QComboBox()
        self.specialism_combo.addItem(self.tr("Kies een specialisme…"), None)
        names = sorted(specialisms(self.db).items(), key=lambda item: item[1].lower())
        for code, name in names:
            self.specialism_combo.addItem(name, code)
        self.specialism_combo.setEnabled(False)
        self.avoided_check.toggled.connect(self.specialism_combo.setEnabled)
        self.avoided_check.toggled.connect(lambda _on: self._judge())
        self.specialism_combo.currentIndexChanged.connect(
            lambda _i: self._leave("avoided_specialism")
        )
        layout.addLayout(hbox(self.avoided_check, self.specialism_combo))
        layout.addWidget(self._watch("avoided_specialism", self.specialism_combo))
        layout.addStretch(1)
        return box

    def _next_contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Volgende &contact"))
        self.next_contact_edit = optional_date_edit()
        self.next_contact_edit.setAccessibleName(self.tr("Volgende contact"))
        hint = text_label(self.tr("Leeg: geen vervolg gepland."))
        buttons = []
        for text, weeks, months in (
            (self.tr("over 2 weken"), 2, 0),
            (self.tr("over 6 weken"), 6, 0),
            (self.tr("over 3 maanden"), 0, 3),
        ):
            button = QPushButton(text)
            button.setToolTip(self.tr("Gerekend vanaf de datum van het gesprek"))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c, w=weeks, m=months: self._plan_next(w, m))
            buttons.append(button)
        layout = QVBoxLayout(box)
        layout.addLayout(hbox(self.next_contact_edit, hint))
        layout.addWidget(self._watch("next_contact", self.next_contact_edit))
        layout.addLayout(hbox(*buttons, None))
        layout.addStretch(1)
        return box

    # --- filling and reading -----------------------------------------------------------------

    def _read_only_reason(self, loaded: Conversation | None) -> str:
        """Why this user may only look, or '' when they may save."""
        if not self.session.can(Permission.LOG_CONVERSATIONS):
            return self.tr(
                "U kunt dit gesprek alleen inzien: met uw rol kunt u geen gesprekken vastleggen "
                "of wijzigen."
            )
        if loaded is not None and not self.session.may_change_entry(loaded.created_by):
            owner = full_names(self.db).get(loaded.created_by.lower(), loaded.created_by)
            return self.tr(
                "Dit gesprek is vastgelegd door {0}. Alleen die collega of de praktijkmanager "
                "kan het wijzigen; u kunt het inzien."
            ).format(owner)
        return ""

    def _fill(self, loaded: Conversation | None, follow_up_of: str) -> None:
        if loaded is None:
            user = self.session.user
            self.professional_combo.setCurrentText(user.display_name)
            role = ACCOUNT_ROLES.get(user.role, "")
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(str(role))))
            if follow_up_of:
                self.patient_edit.setText(follow_up_of)
                self.patient_edit.setReadOnly(True)
                self.patient_edit.setToolTip(self.tr("Vervolggesprek: dezelfde patiënt."))
                previous = conversations.previous_of(self.db, follow_up_of)
                if previous is not None:
                    self.reason_combo.setCurrentIndex(
                        self.reason_combo.findData(previous.reason.value)
                    )
                    self.reason_other_edit.setText(previous.reason_other)
                self.score_edits[DIMENSIONS[0]].setFocus()
            else:
                self.patient_edit.setFocus()
            self._show_reason_other()
            return
        day = loaded.held_on
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.patient_edit.setText(loaded.patient_ref)
        self.professional_combo.setCurrentText(loaded.professional)
        self.role_combo.setCurrentIndex(self.role_combo.findData(loaded.professional_role.value))
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(loaded.reason.value))
        self.reason_other_edit.setText(loaded.reason_other)
        self.question_edit.setPlainText(loaded.question)
        for score in loaded.scores:
            self.score_edits[score.dimension].setText(
                "" if score.score is None else str(score.score)
            )
            self.talk_checks[score.dimension].setChecked(score.wants_to_talk)
        for n, goal in enumerate(loaded.goals[:GOALS_MAX]):
            self.goal_edits[n].setText(goal.goal)
            self.goal_actor_combos[n].setCurrentText(actor_shown(goal.actor))
            self.goal_date_edits[n].setText(format_date(goal.follow_up))
        for key in loaded.actions:
            self.action_checks[key].setChecked(True)
        self.action_checks[NO_ACTION].setChecked(not loaded.actions)
        self.avoided_check.setChecked(loaded.referral_avoided)
        index = self.specialism_combo.findData(loaded.avoided_specialism)
        self.specialism_combo.setCurrentIndex(max(0, index))
        self.next_contact_edit.setText(format_date(loaded.next_contact))
        self._show_reason_other()

    def draft(self) -> conversations.Draft:
        """The form as typed, for the core to check and store."""
        return conversations.Draft(
            patient_ref=self.patient_edit.text(),
            held_on=qdate_to_date(self.date_edit.date()),
            professional=self.professional_combo.currentText(),
            professional_role=self.role_combo.currentData() or "",
            reason=self.reason_combo.currentData() or "",
            reason_other=self.reason_other_edit.text(),
            question=self.question_edit.toPlainText(),
            scores={d: edit.text() for d, edit in self.score_edits.items()},
            wants_to_talk=tuple(d for d, check in self.talk_checks.items() if check.isChecked()),
            goals=[
                (goal.text(), actor_stored(actor.currentText()), when.text())
                for goal, actor, when in zip(
                    self.goal_edits, self.goal_actor_combos, self.goal_date_edits, strict=True
                )
            ],
            actions=tuple(k for k in ACTIONS if self.action_checks[k].isChecked()),
            no_action=self.action_checks[NO_ACTION].isChecked(),
            referral_avoided=self.avoided_check.isChecked(),
            avoided_specialism=self.specialism_combo.currentData()
            if self.avoided_check.isChecked()
            else None,
            next_contact=self.next_contact_edit.text(),
        )

    # --- behaviour ---------------------------------------------------------------------------

    def _problems(self) -> dict[str, str]:
        return conversations.problems(self.db, self.draft()) if self._ready else {}

    def _judge(self) -> None:
        if self._ready:
            self.form.validate()

    def _leave(self, key: str) -> None:
        if self._ready:
            self.form.leave(key)

    def _watch(self, key: str, field: QWidget) -> QLabel:
        """A message label for a field outside the form's own rows, judged like the others."""
        message = text_label("", f"error_{key}", ERROR_STYLE)
        message.setVisible(False)
        self.form.fields[key] = field
        self.form.messages[key] = message
        if isinstance(field, QLineEdit):
            field.editingFinished.connect(lambda: self._leave(key))
            field.textEdited.connect(lambda _t: self._judge())
        return message

    def _show_reason_other(self) -> None:
        other = self.reason_combo.currentData() == Reason.ANDERS.value
        self.form.setRowVisible(self.reason_other_edit.parentWidget(), other)

    def _exclude_actions(self, key: str, on: bool) -> None:
        """'Geen' and the actual agreements exclude each other."""
        if not on:
            return
        others = [NO_ACTION] if key != NO_ACTION else list(ACTIONS)
        for other in others:
            self.action_checks[other].setChecked(False)

    def _plan_next(self, weeks: int, months: int) -> None:
        day = self.date_edit.date().addDays(7 * weeks).addMonths(months)
        self.next_contact_edit.setText(format_date(qdate_to_date(day)))
        self._leave("next_contact")

    def _update_link(self) -> None:
        """The link to the patient's earlier conversation; read without logging a view."""
        if not self._ready:
            return
        ref = self.patient_edit.text().strip()
        held = qdate_to_date(self.date_edit.date())
        previous = conversations.previous_of(
            self.db, ref, before=held, exclude=self.conversation_id
        )
        if previous is None:
            self.link_label.setVisible(False)
            return
        number = 1 + sum(
            1
            for row in rows(self.db, ListFilter(text=ref))
            if row.patient_ref == ref and row.held_on <= held and row.id != self.conversation_id
        )
        if self.follows:
            text = self.tr("Vervolg op het gesprek van {0} ({1}e gesprek met deze patiënt).")
        else:
            text = self.tr("Eerder gesprek met deze patiënt op {0}; dit wordt het {1}e gesprek.")
        self.link_label.setText(text.format(format_date(previous.held_on), number))
        self.link_label.setVisible(True)

    def _lock(self, content: QWidget) -> None:
        """Show everything, change nothing."""
        for edit in [*content.findChildren(QLineEdit), self.question_edit]:
            edit.setReadOnly(True)
            edit.setPlaceholderText("")
        self.date_edit.setReadOnly(True)
        self.date_edit.setCalendarPopup(False)
        self.date_edit.setButtonSymbols(self.date_edit.ButtonSymbols.NoButtons)
        for kind in (QComboBox, QCheckBox):
            for widget in content.findChildren(kind):
                widget.setEnabled(False)
        for button in content.findChildren(QPushButton):
            button.setVisible(False)
        self.save_button.setVisible(False)
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Sl&uiten"))

    def save(self) -> bool:
        """Opslaan: store the conversation and close, or show what is wrong where it is."""
        if self.read_only:
            return False

        def store() -> None:
            self.saved_id = conversations.save(self.session, self.draft(), self.conversation_id)

        if self.form.submit(self, store):
            return True
        self.form.touched.update(self._problems())  # shown now: keep them shown while focus moves
        shown = [key for key, label in self.form.messages.items() if not label.isHidden()]
        if shown:  # the first problem may be scrolled out of sight
            self.scroll.ensureWidgetVisible(self.form.messages[shown[0]])
            self.form.fields[shown[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and self.draft() != self._saved

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

    def close_without_asking(self) -> None:
        """Close for the screen lock: nothing may wait for an answer behind the lock.

        Unlike the maatwerk of an intervention, what was typed here is discarded, not kept as
        a draft: a half-typed conversation holds patient data, which must not linger in memory
        behind the lock or be shown to whoever signs in next.
        """
        self.closed_by_lock = True
        self._ready = False
        edits = [self.patient_edit, self.reason_other_edit, self.next_contact_edit]
        for edit in [*edits, *self.score_edits.values(), *self.goal_edits, *self.goal_date_edits]:
            edit.clear()
        self.question_edit.clear()
        QDialog.reject(self)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Opslaan, Niet opslaan or Annuleren for a conversation changed but not saved."""
        return ask_save_discard(
            self,
            self.tr("Gesprek niet opgeslagen"),
            self.tr("U heeft dit gesprek nog niet opgeslagen. Wilt u het nu opslaan?"),
        )
