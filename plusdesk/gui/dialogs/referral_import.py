"""Importing a referral export: tie its columns to the fields, check every row, then store it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.clock import format_date, format_datetime
from plusdesk.core.errors import PlusDeskError, ValidationError
from plusdesk.core.importing import ImportCancelled, read_table
from plusdesk.core.reference import known_code, list_groups, normalise_name, specialisms
from plusdesk.core.referral_mapping import (
    Mapping,
    guess_mapping,
    mapping_names,
    patient_columns,
    saved_mapping,
)
from plusdesk.core.referral_model import Batch
from plusdesk.core.referrals import Prepared, commit, prepare, refusal
from plusdesk.core.users import Permission, Session
from plusdesk.gui.dialogs.conversation import text_label
from plusdesk.gui.dialogs.referral_common import (
    ask,
    message,
    run_with_progress,
    show_error,
    tab_chain,
)
from plusdesk.gui.dialogs.referral_widgets import (
    MappingBox,
    PreviewModel,
    ResultBox,
    fit_columns,
    is_clean,
    table_view,
)
from plusdesk.gui.keys import fit_to_screen
from plusdesk.gui.numbers import whole as number
from plusdesk.gui.translations import core_tr

PREVIEW_ROWS = 20
# Files up to this size (bytes) have their rows counted when the dialog opens; larger ones
# are counted by Controleren, so opening an export of a million rows stays quick.
COUNT_LIMIT = {"csv": 20_000_000, "xlsx": 2_000_000}


class ReferralImportDialog(QDialog):
    """One export: its columns tied to the referral fields, checked, then imported as a batch.

    Raises ImportFileError (a PlusDeskError) when the file cannot be read as a table at all.
    After Importeren went through, `batch` holds the new import and the dialog is accepted.
    """

    def __init__(self, session: Session, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.path = Path(path)
        self.batch: Batch | None = None
        self.prepared: Prepared | None = None
        self.may_import = session.can(Permission.EDIT_REFERRALS)
        self._busy = False
        self.preview = read_table(self.path, preview_rows=PREVIEW_ROWS)
        self.columns = self.preview.columns
        self.blocked = patient_columns(self.columns)
        saved = saved_mapping(self.db, self.columns)
        self.known_name = saved.name if saved else None
        self.values: dict[str, str] = dict(saved.values) if saved else {}
        self.tie_names: dict[str, str] = {}  # normalised name → as written in the file
        self.setWindowTitle(self.tr("Verwijzingen importeren"))
        self._build_preview()
        start = saved or guess_mapping(self.columns, self.preview.frame)
        self.mapping_box = MappingBox(self.columns, self.blocked, start, self.known_name)
        self.mapping_box.setFixedWidth(self.fontMetrics().averageCharWidth() * 70)
        self.mapping_box.changed.connect(self._mapping_changed)
        self.mapping_box.check_button.clicked.connect(self.check)
        self.combos = self.mapping_box.combos
        self.name_edit = self.mapping_box.name_edit
        self.check_button = self.mapping_box.check_button
        codes, groups = specialisms(self.db), list_groups(self.db)
        self.result_box = ResultBox(codes, lambda code: known_code(code, codes, groups))
        self.result_box.ties.tied.connect(self.tie)
        self.result_box.ties.refused.connect(self.tell_unknown_code)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.clicked.connect(self.do_import)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Annuleren"))
        self.buttons.rejected.connect(self.reject)
        self.cancel_button = cancel
        if not self.may_import:
            self.import_button.setToolTip(
                self.tr("Met uw rol kunt u bestanden controleren, maar niet importeren.")
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.preview_box, 5)
        row = QHBoxLayout()
        row.addWidget(self.mapping_box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result_box, 1)
        layout.addLayout(row, 6)
        layout.addWidget(self.buttons)
        self._set_prepared(None)
        fit_to_screen(self, 1100, 750)
        self.combos["date"].setFocus()

    def _rows(self, count: int) -> str:
        return self.result_box.rows_text(count)

    def _build_preview(self) -> None:
        rows = self._count_rows()
        size = (
            self.tr("{0} zonder de kopregel").format(
                self.tr("1 regel") if rows == 1 else self.tr("{0} regels").format(number(rows))
            )
            if rows is not None
            else self.tr("het aantal regels volgt bij Controleren")
        )
        self.file_label = QLabel(
            self.tr("<b>{0}</b> &nbsp;·&nbsp; {1} &nbsp;·&nbsp; {2}").format(
                html.escape(self.path.name, quote=False),
                core_tr(self.preview.dialect.describe()),
                size,
            )
        )
        self.file_label.setObjectName("fileLabel")
        self.file_label.setToolTip(str(self.path))
        self.preview_box = QGroupBox(
            self.tr("Voorbeeld: de eerste {0} regels, zoals ze in het bestand staan").format(
                PREVIEW_ROWS
            )
        )
        self.preview_model = PreviewModel(self.preview, self.blocked, self)
        self.preview_view = table_view(self.preview_model, "preview", self.tr("Voorbeeld"))
        fit_columns(self.preview_view)
        box = QVBoxLayout(self.preview_box)
        box.addWidget(self.preview_view)
        if self.blocked:
            names = ", ".join(f"'{c}'" for c in self.blocked)
            note = self.tr(
                "Grijze kolommen bevatten patiëntgegevens ({0}); PlusDesk leest ze niet in en "
                "slaat ze nooit op."
            )
            label = text_label(note.format(names), "patientNote")
            label.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(label)

    def _count_rows(self) -> int | None:
        kind = self.preview.dialect.kind
        try:
            if self.path.stat().st_size > COUNT_LIMIT[kind]:
                return None
            free = [c for c in self.columns if c not in self.blocked] or list(self.columns)
            return read_table(self.path, columns=free[:1]).total_rows
        except (OSError, PlusDeskError):
            return None  # Controleren will say what is wrong with the file

    # --- the mapping and the check -----------------------------------------------------------

    def mapping(self) -> Mapping:
        """The mapping as chosen on screen, with the names tied to a code."""
        box = self.mapping_box
        return Mapping(box.chosen(), box.day_first(), dict(self.values), self.known_name)

    def _mapping_changed(self) -> None:
        if self.prepared is not None:
            self._set_prepared(None, changed=True)

    def check(self) -> bool:
        """Controleren: read and check every row (nothing is written); True when it ran."""
        if self._busy:
            return False
        mapping = self.mapping()
        self._busy = True
        try:
            prepared = run_with_progress(
                self,
                self.tr("Het bestand wordt gecontroleerd…"),
                lambda progress, cancelled: prepare(
                    self.db, self.path, mapping, progress=progress, cancelled=cancelled
                ),
            )
        except ImportCancelled:
            self._set_prepared(None)
            message(self, self.tr("Controle afgebroken"), self.tr("De controle is afgebroken."))
            return False
        except PlusDeskError as exc:
            self._set_prepared(None)
            show_error(self, exc)
            if isinstance(exc, ValidationError) and exc.field in self.combos:
                self.combos[exc.field].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        finally:
            self._busy = False
        self._set_prepared(prepared)
        return True

    def tie(self, name: str, code: str) -> None:
        """A specialism name tied to a code (or the tie undone): check the file again."""
        key = normalise_name(name)
        if code:
            self.values[key] = code
            self.tie_names[key] = name
        else:
            self.values.pop(key, None)
        if self.check():
            open_ = [c for c in self.result_box.ties.combos.values() if not c.currentData()]
            (open_[0] if open_ else self.import_button).setFocus()

    def _set_prepared(self, prepared: Prepared | None, *, changed: bool = False) -> None:
        self.prepared = prepared
        ready = prepared is not None and is_clean(prepared) and self.may_import
        self.import_button.setEnabled(prepared is not None and self.may_import)
        self.import_button.setDefault(ready)
        self.check_button.setDefault(not ready)
        if prepared is None:
            self.result_box.clear(changed=changed)
        else:
            tied = {self.tie_names.get(k, k): code for k, code in self.values.items()}
            self.result_box.show_result(prepared, tied)
        tab_chain(
            self.preview_view,
            *self.combos.values(),
            self.mapping_box.order_combo,
            self.name_edit,
            self.check_button,
            self.result_box.problems_view,
            *self.result_box.ties.combos.values(),
            self.import_button,
            self.cancel_button,
        )

    # --- importing ---------------------------------------------------------------------------

    def do_import(self) -> None:
        """Importeren: ask what needs asking, then store the file as one batch."""
        if self._busy or not self.may_import:
            return
        if self.prepared is None and not self.check():
            return
        prepared = self.prepared
        assert prepared is not None
        if prepared.duplicate is not None:
            self.tell_duplicate(prepared)
            return
        skip = bool(len(prepared.problems))
        if skip and not len(prepared.rows):
            show_error(self, refusal(prepared, skip_bad_rows=True))  # type: ignore[arg-type]
            return
        if skip and not self.ask_skip_bad_rows(prepared):
            return
        replace = prepared.overlap is not None
        if replace and not self.ask_replace(prepared):
            return
        name = self.name_edit.text().strip()
        taken = name and name != self.known_name and name in mapping_names(self.db)
        if taken and not self.ask_overwrite_mapping(name):
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._commit(prepared, skip, replace, name or None)

    def _commit(self, prepared: Prepared, skip: bool, replace: bool, name: str | None) -> None:
        self._busy = True
        try:
            batch = run_with_progress(
                self,
                self.tr("De verwijzingen worden opgeslagen…"),
                lambda progress, cancelled: commit(
                    self.session,
                    prepared,
                    skip_bad_rows=skip,
                    replace=replace,
                    save_mapping_as=name,
                    progress=progress,
                    cancelled=cancelled,
                ),
            )
        except ImportCancelled:
            message(
                self,
                self.tr("Import afgebroken"),
                self.tr("Het importeren is afgebroken. Er is niets opgeslagen."),
            )
            return
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        finally:
            self._busy = False
        self.batch = batch
        self.tell_done(batch, prepared if replace else None)
        self.accept()

    def tell_unknown_code(self, text: str) -> None:
        message(
            self,
            self.tr("Onbekende code"),
            self.tr(
                "'{0}' is geen bekende specialismecode. Kies een specialisme uit de lijst, of typ "
                "een code van 4 cijfers uit COD016 of uit een codegroep (zoals GGZ)."
            ).format(text),
            icon=QMessageBox.Icon.Warning,
        )

    def tell_duplicate(self, prepared: Prepared) -> None:
        d = prepared.duplicate
        assert d is not None
        message(
            self,
            self.tr("Al geïmporteerd"),
            self.tr(
                "'{0}' is al geïmporteerd op {1} door {2} ({3} verwijzingen). Het telt niet "
                "dubbel; er is niets opgeslagen."
            ).format(
                self.path.name,
                format_datetime(d.imported_at),
                d.imported_by,
                number(d.rows_imported),
            ),
        )

    def tell_done(self, batch: Batch, replaced: Prepared | None) -> None:
        done = (
            self.tr("1 verwijzing ingelezen.")
            if batch.rows_imported == 1
            else self.tr("{0} verwijzingen ingelezen.").format(number(batch.rows_imported))
        )
        more = [
            self.tr("Periode {0} t/m {1}.").format(
                format_date(batch.period_start), format_date(batch.period_end)
            )
        ]
        if batch.rows_skipped:
            more.append(
                self.tr("{0} met fouten overgeslagen.").format(self._rows(batch.rows_skipped))
            )
        if replaced is not None and replaced.overlap is not None:
            more.append(
                self.tr("{0} eerdere verwijzingen vervangen.").format(
                    number(replaced.overlap.referrals)
                )
            )
        message(self, self.tr("Import gelukt"), done, informative=" ".join(more))

    def ask_skip_bad_rows(self, prepared: Prepared) -> bool:
        """Rows with errors: Niet importeren (the default) or import the good rows only."""
        return ask(
            self,
            self.tr("Regels met fouten"),
            (
                self.tr("{0} van de {1} bevat fouten.")
                if prepared.bad_rows == 1
                else self.tr("{0} van de {1} bevatten fouten.")
            ).format(number(prepared.bad_rows), self._rows(prepared.total_rows))
            + " "
            + self.tr("Wilt u de {0} goede regels importeren en de foute overslaan?").format(
                number(len(prepared.rows))
            ),
            self.tr("Importeren &zonder de foute regels"),
            self.tr("&Niet importeren"),
        )

    def ask_replace(self, prepared: Prepared) -> bool:
        """The period already holds referrals: Periode vervangen or Annuleren (the default)."""
        assert prepared.overlap is not None and prepared.period is not None
        first, last = prepared.period
        return ask(
            self,
            self.tr("Periode al ingelezen"),
            self.tr(
                "'{0}' loopt van {1} t/m {2}. In die periode staan al {3}.\n\nWilt u die "
                "vervangen door de {4} verwijzingen uit dit bestand? Maakt u deze import later "
                "ongedaan, dan tellen de eerdere weer mee."
            ).format(
                self.path.name,
                format_date(first),
                format_date(last),
                core_tr(prepared.overlap.describe()),
                number(len(prepared.rows)),
            ),
            self.tr("Periode &vervangen"),
            self.tr("&Annuleren"),
        )

    def ask_overwrite_mapping(self, name: str) -> bool:
        return ask(
            self,
            self.tr("Koppeling bestaat al"),
            self.tr(
                "Er is al een kolomkoppeling met de naam '{0}'. Wilt u die vervangen door deze?"
            ).format(name),
            self.tr("Koppeling &vervangen"),
            self.tr("&Andere naam kiezen"),
        )

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def import_referrals(session: Session, path: str | Path, parent: QWidget) -> Batch | None:
    """Open the import dialog for a chosen file: the new batch, or None (the user was told)."""
    try:
        dialog = ReferralImportDialog(session, path, parent)
    except PlusDeskError as exc:
        show_error(parent, exc)
        return None
    dialog.exec()
    batch = dialog.batch
    dialog.deleteLater()
    return batch
