"""Keyboard access: one Alt+letter per thing on screen, Ctrl+N does what the page says, Tab leaves
tables, Enter in a dialog's table never presses a destructive button, labels lead to fields."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from plusdesk.core.db import open_database
from plusdesk.core.users import login
from plusdesk.gui import settings
from plusdesk.gui.app import create_application
from plusdesk.gui.main_window import MainWindow

DEMO_PASSWORD = "plusdesk-demo"
TEST_PASSWORD = "correct paard batterij"


def accelerator(text: str) -> str:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def accelerators(root: QWidget, window: QWidget | None = None) -> dict[str, list[str]]:
    """Alt+letter -> the visible things that claim it in root (and the window's menu bar)."""
    table: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = accelerator(text)
        if letter:
            table.setdefault(letter, []).append(f"{what} {text!r}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton):
            add(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisible():
            add(w.text(), "label")
        elif isinstance(w, QGroupBox):
            add(w.title(), "group box")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
    return table


def clashes(root: QWidget, window: QWidget | None = None) -> dict[str, list[str]]:
    return {k: v for k, v in accelerators(root, window).items() if len(v) > 1}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def views(window: MainWindow):
    """(name, page) for every page and every tab of it, shown in turn."""
    for n, spec in enumerate(window.specs):
        window.show_page(n)
        page = window.current_page()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()][:1]
        if not tabs:
            settle()
            yield spec.key, page
            continue
        for i in range(tabs[0].count()):
            if tabs[0].isTabEnabled(i):
                tabs[0].setCurrentIndex(i)
                settle()
                yield f"{spec.key}/{tabs[0].tabText(i)}", page
        tabs[0].setCurrentIndex(0)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    """conftest's, less its create_application(): restyling and retranslating the module's
    big windows before every test would cost seconds. The windows' fixtures call it once."""
    config = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    monkeypatch.setattr(settings, "data_dir", lambda: tmp_path / "appdata")
    settings.write(settings.LANGUAGE, "nl")
    return config


def _window(tmp: Path, source: Path, user: str, password: str):
    """A signed-in main window on a copy of source, with settings of its own (module scope)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    mp = pytest.MonkeyPatch()
    mp.setattr(settings, "data_dir", lambda: tmp / "appdata")
    settings.write(settings.LANGUAGE, "nl")
    create_application()
    path = tmp / source.name
    shutil.copy(source, path)
    window = MainWindow(login(open_database(path), user, password))
    window.show()
    settle()
    return window, mp


@pytest.fixture(scope="module")
def practice_window(qapp, demo_template: Path, tmp_path_factory):
    window, mp = _window(tmp_path_factory.mktemp("keys"), demo_template, "demo", DEMO_PASSWORD)
    for _ in views(window):  # build every page once, here rather than in the first test
        pass
    yield window
    window.close()
    window.deleteLater()
    settle()
    mp.undo()


@pytest.fixture(scope="module")
def zorggroep_window(qapp, zorggroep_template: dict, tmp_path_factory):
    window, mp = _window(
        tmp_path_factory.mktemp("keys_zg"), zorggroep_template["workspace"], "beheer", TEST_PASSWORD
    )
    yield window
    window.close()
    window.deleteLater()
    settle()
    mp.undo()


# --- 2. Ctrl+N ------------------------------------------------------------------------------------
def test_ctrl_n_on_gesprekken_opens_a_new_conversation(
    qtbot, practice_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.gui.dialogs.conversation import ConversationDialog

    opened: list[str] = []
    monkeypatch.setattr(ConversationDialog, "exec", lambda d: opened.append(d.windowTitle()) or 0)
    window = practice_window
    window.show_page([s.key for s in window.specs].index("conversations"))
    page = window.current_page()
    page.tabs.setCurrentIndex(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    settle()
    assert page.new_button.isVisible() and page.new_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=2000)  # a button's shortcut clicks animated
    assert opened == ["Gesprek vastleggen"]  # a new one, not the selected one


# --- 3. one Alt+letter per thing ------------------------------------------------------------------
def assert_pages_keyboard_clean(window: MainWindow) -> None:
    """No Alt-letter used twice on a page (menu bar included), and Tab leaves every table."""
    found, trapped = {}, []
    for name, page in views(window):
        if c := clashes(page, window):
            found[name] = c
        trapped += [
            f"{name}: {view.objectName()}"
            for view in page.findChildren(QTableView)
            if view.tabKeyNavigation()
        ]
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())
    assert not trapped


def test_no_duplicate_accelerator_on_the_practice_pages(practice_window: MainWindow) -> None:
    """... and (item 1 of the audit) Tab leaves every table: arrows move through the cells."""
    assert_pages_keyboard_clean(practice_window)


def test_every_group_of_tabs_has_a_name_for_the_screen_reader(
    practice_window: MainWindow,
) -> None:
    unnamed = [
        name
        for name, page in views(practice_window)
        for tabs in page.findChildren(QTabWidget)
        if tabs.isVisible() and not tabs.accessibleName()
    ]
    assert unnamed == []
    practice_window.show_page(1)
    assert practice_window.current_page().tabs.accessibleName() == "Tabbladen van Interventies"


def test_no_duplicate_accelerator_on_the_zorggroep_pages(zorggroep_window: MainWindow) -> None:
    assert_pages_keyboard_clean(zorggroep_window)


def _dialogs(window: MainWindow, tmp: Path):
    from plusdesk.core.practice import get_practice
    from plusdesk.gui.dialogs.carecase import CaseDialog
    from plusdesk.gui.dialogs.code_groups import CodeGroupsDialog
    from plusdesk.gui.dialogs.conversation import ConversationDialog
    from plusdesk.gui.dialogs.intervention import InterventionDialog
    from plusdesk.gui.dialogs.login import ChangePasswordDialog, LoginDialog
    from plusdesk.gui.dialogs.practice import FirstStartDialog, PracticeDetailsDialog
    from plusdesk.gui.dialogs.users import UserEditDialog, UsersDialog
    from plusdesk.gui.dialogs.zorggroep import NewZorggroepDialog

    session = window.session
    case_id = window.db.scalar("SELECT id FROM carecase ORDER BY id LIMIT 1")
    code = window.db.scalar("SELECT code FROM intervention ORDER BY code LIMIT 1")
    yield "case", CaseDialog(session, case_id)
    yield "conversation", ConversationDialog(session)
    yield "intervention", InterventionDialog(session, code)
    yield "password", ChangePasswordDialog(session)
    yield "login", LoginDialog(window.db)
    yield "first start", FirstStartDialog(tmp / "nieuw.sqlite", allow_demo=True)
    yield "practice", PracticeDetailsDialog(window.db.path, get_practice(window.db))
    yield "users", UsersDialog(session)
    yield "user", UserEditDialog(session)
    yield "code groups", CodeGroupsDialog(session)
    yield "new zorggroep", NewZorggroepDialog(tmp / "zg.sqlite")


def test_no_duplicate_accelerator_in_the_main_dialogs(
    practice_window: MainWindow, tmp_path: Path
) -> None:
    found, trapped = {}, []
    for name, dialog in _dialogs(practice_window, tmp_path):
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # shown, not run
        dialog.show()
        settle()
        tabs = [t for t in dialog.findChildren(QTabWidget) if t.isVisible()][:1]
        for i in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(i)
                settle()
            if c := clashes(dialog):
                found[f"{name}/{i}"] = c
        trapped += [
            f"{name}: {v.objectName()}"
            for v in dialog.findChildren(QTableView)
            if v.tabKeyNavigation()
        ]
        dialog.hide()
        dialog.deleteLater()
    settle()
    assert not trapped
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


# --- 4. Enter on a dialog's table -----------------------------------------------------------------
def test_enter_on_a_case_table_closes_and_never_deletes(
    qtbot, practice_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.gui.dialogs.carecase import CaseDialog

    pressed: list[str] = []
    monkeypatch.setattr(CaseDialog, "remove_entry", lambda self, t, k: pressed.append(k))
    monkeypatch.setattr(CaseDialog, "delete_case", lambda self: pressed.append("case"))
    db = practice_window.db
    case_id = db.scalar(
        "SELECT case_id FROM carecase_contact GROUP BY case_id ORDER BY count(*) DESC"
    )
    dialog = CaseDialog(practice_window.session, case_id)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    defaults = [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == [dialog.close_button.text()]
    auto = [b.text() for b in dialog.findChildren(QPushButton) if b.autoDefault()]
    assert auto == [dialog.close_button.text()]
    dialog.tabs.setCurrentIndex(dialog.CONTACTS)
    assert dialog.contacts.rowCount() > 0
    dialog.contacts.selectRow(0)
    dialog.contacts.setFocus()
    qtbot.keyClick(dialog.contacts, Qt.Key.Key_Return)
    assert pressed == [] and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_enter_on_the_users_table_edits_the_user(
    qtbot, practice_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.gui.dialogs.users import UserEditDialog, UsersDialog

    edited: list[str] = []
    monkeypatch.setattr(UserEditDialog, "exec", lambda d: edited.append(d.windowTitle()) or 0)
    dialog = UsersDialog(practice_window.session)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert len(edited) == 1 and dialog.isVisible()  # edited, not a new user, not closed
    dialog.close()


# --- 5. labels lead to their fields ---------------------------------------------------------------
def test_status_dialog_labels_focus_their_fields(qtbot, practice_window: MainWindow) -> None:
    from plusdesk.core.interventions import Status
    from plusdesk.gui.dialogs.status import StatusDialog

    session = practice_window.session
    code = session.db.scalar("SELECT code FROM intervention ORDER BY code LIMIT 1")
    dialog = StatusDialog(session, code, "Test", Status.NIET_GESTART)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for key, field in dialog.form.fields.items():
        assert field.accessibleName(), key
    assert dialog.form.fields["effective_date"].accessibleName() == "Ingangsdatum"
    dialog.status_combo.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    focus = QApplication.focusWidget()
    date = dialog.form.fields["effective_date"]
    assert focus is date or date.isAncestorOf(focus)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.note_edit
    dialog.close()


# --- 8. a care form starts in its first field -----------------------------------------------------
def test_the_thresholds_form_starts_in_its_first_field(qtbot, practice_window: MainWindow) -> None:
    from plusdesk.gui.dialogs.carecase_entries import ThresholdsDialog

    dialog = ThresholdsDialog(practice_window.session)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = next(iter(dialog.spins.values()))
    focus = QApplication.focusWidget()
    assert focus is first or first.isAncestorOf(focus)
    dialog.close()


# --- 10. windows fit the screen -------------------------------------------------------------------
def test_big_windows_fit_a_small_screen(
    qtbot, practice_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QRect

    from plusdesk.gui import keys
    from plusdesk.gui.dialogs.carecase import CaseDialog

    small = QRect(0, 0, 900, 600)  # 1350 x 900 at 150 %, less a taskbar
    monkeypatch.setattr(keys, "available_area", lambda _w: small)
    assert keys.fitted_size(1000, 880, small) == (860, 540)
    assert keys.fitted_size(700, 400, small) == (700, 400)
    case_id = practice_window.db.scalar("SELECT id FROM carecase ORDER BY id LIMIT 1")
    dialog = CaseDialog(practice_window.session, case_id)
    qtbot.addWidget(dialog)
    assert dialog.width() <= 860 and dialog.height() <= 540
    window = practice_window
    window.move(300, 200)  # as a geometry saved on a bigger screen would put it
    window.resize(1180, 760)
    keys.fit_to_screen(window)
    frame = window.frameGeometry()
    assert window.width() <= 860 or window.width() == window.minimumSizeHint().width()
    assert frame.x() >= 0 and frame.y() >= 0
    monkeypatch.undo()
    window.resize(1180, 760)


def test_with_a_larger_system_font_windows_open_larger(
    qtbot, demo_file: Path, qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QRect

    from plusdesk.gui import keys
    from plusdesk.gui.report_dialog import ReportDialog

    monkeypatch.setattr(keys, "available_area", lambda _w: QRect(0, 0, 2560, 1400))
    original = qapp.font()
    big = qapp.font()
    big.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(big)
    try:
        window = MainWindow(login(open_database(demo_file), "demo", "plusdesk-demo"))
        qtbot.addWidget(window)
        assert (window.width(), window.height()) == (1770, 1140)  # 1180 x 760 at 150 %
        dialog = ReportDialog(window.session, window)
        qtbot.addWidget(dialog)
        assert dialog.width() >= 840
    finally:
        qapp.setFont(original)


# --- 11. empty tables say what to do --------------------------------------------------------------
def test_empty_lists_say_what_to_do(qtbot, tmp_path: Path, first_account) -> None:
    from plusdesk.core.practice import create_practice_file, validate_details

    path = tmp_path / "leeg.sqlite"
    create_practice_file(path, validate_details("Praktijk Leeg", "01234567"), first_account)
    window = MainWindow(login(open_database(path), first_account.username, TEST_PASSWORD))
    qtbot.addWidget(window)
    window.show()
    keys = [s.key for s in window.specs]
    window.show_page(keys.index("conversations"))
    page = window.current_page()
    assert page.empty_note.is_shown() and page.empty_note.isVisible()
    assert page.empty_note.text() == (
        "Nog geen gesprekken. Leg er een vast met Nieuw gesprek… (Ctrl+N)."
    )
    assert page.table.accessibleDescription() == page.empty_note.text()
    window.show_page(keys.index("carecases"))
    cases = window.current_page()
    assert cases.empty_note.text().startswith("Nog geen casussen. Start er een met Nieuwe casus")
    cases.tabs.setCurrentIndex(cases.REVIEW)
    assert cases.review_empty_note.isVisible()
    assert cases.review_empty_note.text() == "Geen casussen om te bespreken."


def test_filters_that_hide_everything_say_so(practice_window: MainWindow) -> None:
    window = practice_window
    window.show_page([s.key for s in window.specs].index("conversations"))
    page = window.current_page()
    page.tabs.setCurrentIndex(0)
    assert not page.empty_note.is_shown()  # the demo has conversations
    page.search_edit.setText("geen-zo-een-patiënt")
    page.refresh_list()
    assert page.empty_note.is_shown()
    assert page.empty_note.text() == "Geen gesprekken binnen deze filters."
    page.search_edit.setText("")
    page.refresh_list()
    assert not page.empty_note.is_shown()


# --- 12. goal actors are stored in Dutch ----------------------------------------------------------
def test_an_english_window_stores_the_dutch_goal_actor(qtbot, demo_file: Path, qapp) -> None:
    from plusdesk.core.users import login as sign_in
    from plusdesk.gui.dialogs.conversation import ConversationDialog, actor_shown, actor_stored
    from plusdesk.gui.translations import apply_language

    apply_language(qapp, "en")
    try:
        assert actor_shown("Patiënt") == "Patient"
        assert actor_stored("Patient") == "Patiënt"
        assert actor_stored("Buurvrouw") == "Buurvrouw"  # typed: kept as typed
        session = sign_in(open_database(demo_file), "poh", DEMO_PASSWORD)
        dialog = ConversationDialog(session)
        qtbot.addWidget(dialog)
        combo = dialog.goal_actor_combos[0]
        assert "Patient" in [combo.itemText(i) for i in range(combo.count())]
        dialog.goal_edits[0].setText("Elke dag wandelen")
        combo.setCurrentText("Patient")
        assert dialog.draft().goals[0][1] == "Patiënt"
    finally:
        apply_language(qapp, "nl")
