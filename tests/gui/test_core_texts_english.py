"""The core's texts (labels, messages) show in English in the English window.

The core speaks Dutch and marks its user-facing texts with QT_TRANSLATE_NOOP("core", …) or a
`Text` template; the GUI passes them through `core_tr`. These tests open an English window on
a demo practice (with its benchmark pack) and on a zorggroep file, walk every page and tab and
the main dialogs, collect every text a user can see, and fail when one of them is a Dutch core
label that the English catalogue translates differently (or not at all yet). A few concrete
things are checked on their own: the role in the status bar, an intervention status, a
conversation reason, a validation message under a form field and an error box.
"""

from __future__ import annotations

import ast
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from plusdesk.core.i18n import Text, render
from plusdesk.gui import settings
from plusdesk.gui.app import create_application
from plusdesk.gui.translations import current_language, translations_dir

DEMO_PASSWORD = "plusdesk-demo"
TEST_PASSWORD = "correct paard batterij"  # the zorggroep file's account (tests/conftest.py)
CORE = Path(__file__).resolve().parents[2] / "plusdesk" / "core"
MAX_ROWS = 200  # rows read from each table
# Where a shown text is split into the parts a core label could fill on its own:
# "Jan (POH)", "Reden: kwetsbaar", "te bespreken, niet verbeterd", "a · b", one per line.
SEPARATORS = re.compile(r"\s*(?:\n|, |; | · | – | — | \| |: |\(|\)|\u00a0)\s*")
STRIP = " .:;,*■●◆▲━╌│┊"  # around a part: punctuation and the legends' swatches
ACCELERATOR = re.compile(r"&(?!&)")


# --- what the core marks, and what the catalogue makes of it ----------------------------------


def marked_core_texts() -> set[str]:
    """Every QT_TRANSLATE_NOOP("core", "…") source text in plusdesk/core, as lupdate sees it."""
    found = set()
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
                and node.args[0].value == "core"
            ):
                found.add(node.args[1].value)
    return found


def catalogue_english() -> dict[str, str]:
    """The English catalogue's finished translations of the "core" context: Dutch → English."""
    english = {}
    root = ET.parse(translations_dir() / "plusdesk_en.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "core":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if (translation.text or "").strip():
                english[message.findtext("source") or ""] = translation.text or ""
    return english


@pytest.fixture(scope="module")
def english_of() -> Callable[[str], str]:
    """The catalogue's English of a core text (a Text rendered with it); Dutch when missing.

    Read straight from the .ts file, so the expectations do not depend on the machinery the
    window uses to translate.
    """
    catalogue = catalogue_english()

    def english(value: str) -> str:
        return render(value, lambda text: catalogue.get(text, text))

    return english


@pytest.fixture(scope="module")
def dutch_labels() -> set[str]:
    """The core's fixed texts that read differently in English: seeing one is a fault.

    A marked text without a finished translation counts as Dutch too (the catalogue is not
    complete); a text the catalogue keeps as it is ("POH", "PHQ-9") does not.
    """
    catalogue = catalogue_english()
    labels = {
        text
        for text in marked_core_texts()
        if "{" not in text and text.strip() and catalogue.get(text) != text
    }
    assert len(labels) > 100, "the core marks its labels (plusdesk/core/i18n.py)"
    return labels


# --- collecting what the window shows ---------------------------------------------------------


def plain(text: str) -> str:
    """A widget's text as read: without HTML and without the accelerator's '&'."""
    if "<" in text and ">" in text:
        text = re.sub(r"<br\s*/?>|</p>|</li>|</tr>", "\n", text, flags=re.IGNORECASE)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return ACCELERATOR.sub("", text).replace("&&", "&")


def model_texts(model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    """Headers, and the display text and tooltip of the first MAX_ROWS rows of a model."""
    name = type(model).__name__
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{name} header {section}", value
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role, kind in (
                (Qt.ItemDataRole.DisplayRole, ""),
                (Qt.ItemDataRole.ToolTipRole, " tip"),
            ):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{name} cell {row},{column}{kind}", value


def chart_texts(widget: QWidget) -> Iterator[str]:
    """What the charts draw as text outside widgets: legends, radar axes, severity bands."""
    entries = getattr(widget, "legend_entries", None)
    if callable(entries):
        entries = entries()
    for entry in entries or []:
        if isinstance(entry, str):
            yield entry
        elif isinstance(entry, tuple) and entry and isinstance(entry[0], str):
            yield entry[0]
    for name in ("axes", "band_labels"):
        found = getattr(widget, name, None)
        if callable(found):
            found = found()
        if isinstance(found, list):
            yield from (t for t in found if isinstance(t, str))


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read in `root` and the widgets inside it."""
    seen_models: set[int] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            text = widget.text() if not isinstance(widget, QLineEdit) else widget.placeholderText()
            if text:
                yield where, text
        if isinstance(widget, QGroupBox) and widget.title():
            yield where, widget.title()
        if isinstance(widget, QTabBar):
            for n in range(widget.count()):
                yield f"{where} tab", widget.tabText(n)
        if isinstance(widget, QComboBox):
            for n in range(widget.count()):
                yield f"{where} item", widget.itemText(n)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            if id(model) not in seen_models and not isinstance(widget, QComboBox):
                seen_models.add(id(model))
                yield from model_texts(model)
        for text in chart_texts(widget):
            yield f"{where} chart", text


def dutch_in(texts: Iterable[tuple[str, str]], labels: set[str], data: set[str]) -> list[str]:
    """The texts that are, or hold as one of their parts, a Dutch core label."""
    folded = {label.casefold(): label for label in labels}
    ignore = {d.casefold() for d in data}
    found = []
    for where, text in texts:
        shown = plain(text).strip()
        if shown.casefold() in ignore:
            continue
        parts = {shown, *(p.strip(STRIP) for p in SEPARATORS.split(shown))}
        for part in parts:
            key = part.casefold()
            if key and key in folded and key not in ignore:
                found.append(f"{where}: {folded[key]!r} in {shown!r}")
                break
    return sorted(set(found))


# --- the windows ------------------------------------------------------------------------------


@pytest.fixture
def english(isolated_settings):
    settings.write(settings.LANGUAGE, "en")
    create_application()
    assert current_language(QApplication.instance()) == "en"
    yield
    settings.write(settings.LANGUAGE, "nl")
    create_application()


def settle() -> None:
    QApplication.processEvents()


def open_window(path: Path, username: str, password: str, qtbot):
    from plusdesk.core.db import open_database
    from plusdesk.core.users import login
    from plusdesk.gui.main_window import MainWindow

    window = MainWindow(login(open_database(path), username, password))
    qtbot.addWidget(window)
    window.show()
    settle()
    return window


def walk(window) -> list[tuple[str, str]]:
    """Show every page and every tab of it (as the self-test does); all texts seen on the way."""
    texts = []
    for index, spec in enumerate(window.specs):
        window.show_page(index)
        settle()
        page = window.current_page()
        for tabs in page.findChildren(QTabWidget):
            for n in range(tabs.count()):
                tabs.setCurrentIndex(n)
                settle()
                texts += [(f"{spec.key}/{w}", t) for w, t in widget_texts(page)]
        texts += [(f"{spec.key}/{w}", t) for w, t in widget_texts(page)]
    texts += [(f"window/{w}", t) for w, t in widget_texts(window.statusBar())]
    return texts


# Free text the practice typed or the catalogue holds: data, shown as it is (a note may well
# say "eenzaamheid", an account may be called "huisarts").
DATA_COLUMNS = {
    "account": ("username", "full_name"),
    "intervention": ("title", "description"),
    "precondition": ("text",),
    "intervention_practice": ("responsible", "maatwerk", "evidence"),
    "precondition_check": ("note",),
    "intervention_status": ("note", "reason"),
    "conversation": ("professional", "reason_other", "question"),
    "conversation_goal": ("goal", "actor"),
    "carecase": ("problem_note", "close_note"),
    "carecase_contact": ("note",),
    "carecase_review": ("psychiatrist", "advice"),
    "specialism": ("name",),
    "exchange_practice": ("name", "zorggroep"),
}


def data_of(db) -> set[str]:
    """The file's free text, which the window shows as typed (never translated)."""
    values: set[str] = set()
    for table, columns in DATA_COLUMNS.items():
        known = {row[1] for row in db.query(f"PRAGMA table_info({table})")}
        for column in columns:
            assert column in known, f"{table}.{column}"  # keep this list in step with the schema
            values |= {r[0] for r in db.query(f"SELECT DISTINCT {column} FROM {table}") if r[0]}
    return values


def without_audit_details(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The audit log's explanations (its last column, and every row's tooltip) are the stored
    audit trail, kept in Dutch on purpose; the other columns are the core's labels."""
    from plusdesk.gui.models.audit_model import AuditTableModel

    detail = re.compile(rf"AuditTableModel cell \d+,(\d+ tip|{AuditTableModel.DETAIL})$")
    return [(where, text) for where, text in texts if not detail.search(where)]


@pytest.fixture
def practice_window(english, pack_practice_file, qtbot):
    window = open_window(pack_practice_file, "demo", DEMO_PASSWORD, qtbot)
    yield window
    window.close()
    settle()


# --- the tests --------------------------------------------------------------------------------


def test_the_collector_finds_a_dutch_label_and_lets_names_pass() -> None:
    labels = {"te bespreken", "Praktijkmanager", "kwetsbaar", "huisarts"}
    texts = [
        ("a", "Ingelogd: Marieke Jansen (Praktijkmanager)"),
        ("b", "<span>■</span>&nbsp;Te bespreken"),
        ("c", "Reden: kwetsbaar"),
        ("d", "Logged in: Marieke Jansen (Practice manager)"),
        ("e", "huisarts"),  # an account name in the audit log
        ("f", "Kwetsbare ouderen thuis"),  # an intervention title: data, not a label
    ]
    found = dutch_in(texts, labels, data={"huisarts"})
    assert [f.split(":")[0] for f in found] == ["a", "b", "c"]


def test_no_page_of_the_english_practice_window_shows_a_dutch_core_label(
    practice_window, dutch_labels
) -> None:
    window = practice_window
    texts = walk(window)
    assert len(texts) > 1000  # every page, tab and table was read
    found = dutch_in(without_audit_details(texts), dutch_labels, data_of(window.db))
    assert not found, "Nederlands in het Engelse venster:\n" + "\n".join(found)


def test_no_page_of_the_english_zorggroep_window_shows_a_dutch_core_label(
    english, zorggroep_file, qtbot, dutch_labels
) -> None:
    window = open_window(zorggroep_file, "beheer", TEST_PASSWORD, qtbot)
    texts = walk(window)
    found = dutch_in(without_audit_details(texts), dutch_labels, data_of(window.db))
    window.close()
    settle()
    assert not found, "Nederlands in het Engelse venster:\n" + "\n".join(found)


def test_the_dialogs_of_a_record_show_the_core_labels_in_english(
    practice_window, dutch_labels, monkeypatch
) -> None:
    from plusdesk.core import carecases
    from plusdesk.core.register import register
    from plusdesk.gui.dialogs.backups import BackupsDialog
    from plusdesk.gui.dialogs.carecase import CaseDialog
    from plusdesk.gui.dialogs.carecase_entries import (
        ContactDialog,
        MeasureDialog,
        ReviewDialog,
        ThresholdsDialog,
    )
    from plusdesk.gui.dialogs.carecase_forms import CaseFormDialog, RouteDialog
    from plusdesk.gui.dialogs.conversation import ConversationDialog
    from plusdesk.gui.dialogs.intervention import InterventionDialog
    from plusdesk.gui.dialogs.patient import PatientDialog
    from plusdesk.gui.dialogs.referral_tables import BenchmarkDialog, ListSizeDialog
    from plusdesk.gui.dialogs.status import LocalInterventionDialog, StatusDialog
    from plusdesk.gui.dialogs.users import UserEditDialog, UsersDialog

    session = practice_window.session
    db = session.db
    code = db.scalar(
        "SELECT intervention_code FROM intervention_status "
        "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    )
    conversation_id, patient = db.query(
        "SELECT id, patient_ref FROM conversation ORDER BY held_on DESC LIMIT 1"
    )[0]
    case_id = db.scalar(
        "SELECT c.id FROM carecase c JOIN carecase_review r ON r.case_id = c.id "
        "ORDER BY c.id LIMIT 1"
    )
    case = carecases.get(session, case_id)
    domains = [(r[0], r[1]) for r in db.query("SELECT code, title FROM domain")]
    row = register(db)[0]
    dialogs = [
        InterventionDialog(session, code),
        StatusDialog(session, row.code, row.title, row.state.status),
        LocalInterventionDialog(session, domains),
        ConversationDialog(session, conversation_id),
        ConversationDialog(session),
        PatientDialog(session, patient),
        CaseDialog(session, case_id),
        CaseFormDialog(session),
        RouteDialog(session, case, close=True),
        ContactDialog(session, case),
        MeasureDialog(session, case),
        ReviewDialog(session, case),
        ThresholdsDialog(session),
        UsersDialog(session),
        UserEditDialog(session),
        BackupsDialog(session),
        ListSizeDialog(session, 2024),
        BenchmarkDialog(session, 2024),
    ]
    texts = []
    for dialog in dialogs:
        texts += [(f"{type(dialog).__name__}/{w}", t) for w, t in widget_texts(dialog)]
        dialog.deleteLater()
    found = dutch_in(texts, dutch_labels, data_of(db))
    assert not found, "Nederlands in een Engelse dialoog:\n" + "\n".join(found)


def test_the_user_sees_role_status_and_reason_in_english(practice_window, english_of) -> None:
    from plusdesk.core.conversation_model import REASON_LABELS
    from plusdesk.core.interventions import STATUS_LABELS
    from plusdesk.gui.models.conversation_table import ConversationTable
    from plusdesk.gui.models.register_model import RegisterModel

    window = practice_window
    assert "(Practice manager)" in window.user_label.text()
    assert english_of("Praktijkmanager") in window.user_label.text()

    window.show_page(1)  # Interventions: the register's status column
    settle()
    register = window.current_page().model
    statuses = {
        register.data(register.index(r, RegisterModel.STATUS)) for r in range(register.rowCount())
    }
    english_statuses = {english_of(label) for label in STATUS_LABELS.values()}
    assert statuses and statuses <= english_statuses, statuses - english_statuses
    assert "implemented" in statuses
    assert not statuses & set(STATUS_LABELS.values()) - english_statuses

    window.show_page(2)  # Conversations: the reason of inclusion
    settle()
    table = window.current_page().model
    reasons = {
        table.data(table.index(r, ConversationTable.REASON)) for r in range(table.rowCount())
    }
    english_reasons = {english_of(label) for label in REASON_LABELS.values()}
    assert reasons and reasons <= english_reasons, reasons - english_reasons
    assert english_of("kwetsbaar") != "kwetsbaar"


def test_a_validation_message_under_a_form_field_is_english(practice_window, english_of) -> None:
    from plusdesk.core import users
    from plusdesk.gui.dialogs.users import UserEditDialog

    dialog = UserEditDialog(practice_window.session)
    dialog.username_edit.setText("nieuw")
    dialog.password_edit.setText("kort")
    dialog.password2_edit.setText("kort")
    assert not dialog.save()  # judged by the core before anything is stored
    dutch = users.account_field_errors("nieuw", "kort", "kort")["password"]
    shown = dialog.form.messages["password"].text()
    assert shown == english_of(dutch)
    assert shown != dutch

    # a refusal that comes back from the core after submitting: the name is taken
    dialog.username_edit.setText("poh")
    dialog.password_edit.setText(TEST_PASSWORD)
    dialog.password2_edit.setText(TEST_PASSWORD)
    assert not dialog.save()
    shown = dialog.form.messages["username"].text()
    with pytest.raises(users.ValidationError) as refused:
        users.add_user(practice_window.session, "poh", TEST_PASSWORD, TEST_PASSWORD, users.Role.POH)
    assert shown == english_of(refused.value.message)
    assert shown != refused.value.message
    dialog.deleteLater()


def test_an_error_box_from_the_core_is_english(
    practice_window, english_of, monkeypatch, tmp_path
) -> None:
    from plusdesk.core.errors import PlusDeskError
    from plusdesk.core.importing import read_table
    from plusdesk.gui.dialogs.referral_import import import_referrals

    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    garbage = tmp_path / "verwijzingen.xlsx"
    garbage.write_bytes(b"dit is geen werkmap")
    assert import_referrals(practice_window.session, garbage, practice_window) is None
    with pytest.raises(PlusDeskError) as refused:
        read_table(garbage)
    dutch = refused.value.message
    assert shown == [english_of(dutch)]
    assert shown[0] != dutch


def test_the_dutch_window_keeps_the_core_texts_dutch(pack_practice_file, qtbot) -> None:
    window = open_window(pack_practice_file, "demo", DEMO_PASSWORD, qtbot)
    assert "(Praktijkmanager)" in window.user_label.text()
    window.close()
    settle()


def test_a_text_template_reads_as_the_catalogue_says(english, english_of) -> None:
    # core_tr and the catalogue agree on a Text with a marked label as its value
    from plusdesk.core.i18n import QT_TRANSLATE_NOOP
    from plusdesk.gui.translations import core_tr

    label = next(iter(sorted(t for t in catalogue_english() if "{" not in t)), None)
    if label is None:
        pytest.fail("the English catalogue has no core texts yet")
    message = Text(QT_TRANSLATE_NOOP("core", "{what}"), what=label)
    assert core_tr(message) == english_of(message) == english_of(label)
    assert QCoreApplication.translate("core", label) == english_of(label)
