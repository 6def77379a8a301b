"""The zorggroep window: its pages, reading export files (button and drop), packs and XLSX."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from plusdesk.core.clock import format_date
from plusdesk.core.db import open_database
from plusdesk.core.exchange_format import KIND_PACK, read_file
from plusdesk.core.practice import get_practice
from plusdesk.core.users import login
from plusdesk.core.workspace import create_workspace, is_workspace, practices
from plusdesk.gui.dialogs.zorggroep import NewZorggroepDialog
from plusdesk.gui.main_window import MainWindow
from plusdesk.gui.pages.zorggroep_practices import PracticesModel, PracticesPage

Button = QMessageBox.StandardButton
PASSWORD = "correct paard batterij"
ZORGGROEP_PAGES = [
    "Praktijken",
    "Implementatie",
    "Funnelplot",
    "Trends",
    "Naast elkaar",
    "Auditlog",
]


class Boxes(list):
    """Message boxes shown; each answered with the next of `answers` (else OK)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[Button] = []

    def exec_(self, box: QMessageBox) -> Button:
        self.append(f"{box.text()}\n{box.informativeText()}")
        return self.answers.pop(0) if self.answers else Button.Ok


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    shown = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.exec_(box))
    return shown


def open_window(qtbot, path: Path, username: str = "beheer", password: str = PASSWORD):
    window = MainWindow(login(open_database(path), username, password))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def titles(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def names(page: PracticesPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, PracticesModel.NAME)) for r in range(model.rowCount())]


@pytest.fixture
def empty_workspace(tmp_path: Path, first_account) -> Path:
    return create_workspace(tmp_path / "leeg.sqlite", "Zorggroep Maasland", first_account)


def test_a_workspace_shows_the_zorggroep_pages(qtbot, zorggroep_file: Path) -> None:
    window = open_window(qtbot, zorggroep_file)
    assert titles(window) == ZORGGROEP_PAGES
    assert window.windowTitle() == "PlusDesk – Zorggroep Maasland (zorggroepbestand)"
    assert not window.practice_action.isEnabled()  # no practice details in a workspace
    pages = [window.page(i) for i in range(len(ZORGGROEP_PAGES))]
    assert [p.title for p in pages] == ZORGGROEP_PAGES
    assert all(p.intro.text() for p in pages)
    page = window.current_page()
    assert isinstance(page, PracticesPage)
    listed = practices(window.db)
    assert len(listed) == 4 and names(page) == [p.name for p in listed]
    made = page.model.data(page.model.index(0, PracticesModel.MADE))
    assert made == format_date(listed[0].created_at[:10])  # the date of its latest file
    assert "4 praktijken ingelezen" in page.summary.text()
    window.page_actions[2].trigger()  # Ctrl+3
    assert window.current_page().title == "Funnelplot"


def test_opening_another_kind_of_file_swaps_the_pages(
    qtbot, demo_file: Path, zorggroep_file: Path, answer_login
) -> None:
    window = open_window(qtbot, demo_file, "demo", "plusdesk-demo")
    assert titles(window)[-2:] == ["Benchmark", "Auditlog"]
    answer_login("beheer", PASSWORD)
    assert window.open_path(zorggroep_file)
    assert titles(window) == ZORGGROEP_PAGES
    assert window.current_page().key == "practices"
    assert [a.text() for a in window.page_actions] == ZORGGROEP_PAGES
    answer_login("demo", "plusdesk-demo")
    assert window.open_path(demo_file)
    assert titles(window)[0] == "Overzicht" and len(window.page_actions) == 8
    assert window.windowTitle() == f"PlusDesk – {get_practice(window.db).name}"


def test_empty_comparison_pages_lead_to_where_exports_are_read(
    qtbot, empty_workspace: Path, zorggroep_file: Path
) -> None:
    window = open_window(qtbot, empty_workspace)
    for title in ("Implementatie", "Naast elkaar"):
        window.show_page(ZORGGROEP_PAGES.index(title))
        page = window.current_page()
        empty_label = getattr(page, "panel", page).empty_label  # the matrix sits in a panel
        assert "Nog geen praktijken ingelezen" in empty_label.text()
        assert page.practices_button.isVisible()
        qtbot.mouseClick(page.practices_button, Qt.MouseButton.LeftButton)
        assert window.current_page().key == "practices"
    full = open_window(qtbot, zorggroep_file)
    for title in ("Implementatie", "Naast elkaar"):
        full.show_page(ZORGGROEP_PAGES.index(title))
        assert not full.current_page().practices_button.isVisible()


def test_reading_exports_says_what_happened_to_each_file(
    qtbot, empty_workspace: Path, zorggroep_template: dict, boxes: Boxes, tmp_path: Path
) -> None:
    window = open_window(qtbot, empty_workspace)
    page = window.current_page()
    assert page.empty.isVisible() and not page.packs_button.isEnabled()
    wrong = tmp_path / "boodschappen.plusdesk"
    wrong.write_text("melk, brood\n")
    page.merge([*zorggroep_template["exports"], wrong])
    assert len(names(page)) == 4 and not page.empty.isVisible()
    assert "4 van 5 bestanden ingelezen. 1 geweigerd" in boxes[-1]
    assert "boodschappen.plusdesk: geweigerd." in boxes[-1]
    page.merge(zorggroep_template["exports"][:1])
    assert "dit bestand was al ingelezen; niets veranderd" in boxes[-1]
    assert len(names(page)) == 4


def test_dropping_export_files_on_the_page_reads_them(
    qtbot, empty_workspace: Path, zorggroep_template: dict, boxes: Boxes
) -> None:
    window = open_window(qtbot, empty_workspace)
    page = window.current_page()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in zorggroep_template["exports"][:2]])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(event)
    assert event.isAccepted()
    assert len(names(page)) == 2
    assert "2 van 2 bestanden ingelezen." in boxes[-1]


def test_removing_a_practice_asks_first(qtbot, zorggroep_file: Path, boxes: Boxes) -> None:
    window = open_window(qtbot, zorggroep_file)
    page = window.current_page()
    assert not page.remove_button.isEnabled()
    page.table.selectRow(1)
    gone = names(page)[1]
    boxes.answers = [Button.Cancel]
    page.remove_button.click()
    assert "verwijderen?" in boxes[-1] and len(names(page)) == 4
    boxes.answers = [Button.Yes]
    page.remove_button.click()
    assert names(page) == [n for n in names(page) if n != gone] and len(names(page)) == 3


def test_packs_and_the_xlsx_from_the_page(
    qtbot, zorggroep_file: Path, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, zorggroep_file)
    page = window.current_page()
    out = tmp_path / "pakketten"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    page.packs_button.click()
    packs = sorted(out.glob("*.plusdesk"))
    assert len(packs) == 4 and "4 benchmarkpakketten opgeslagen" in boxes[-1]
    assert all(read_file(p, kinds=(KIND_PACK,)).kind == KIND_PACK for p in packs)
    target = tmp_path / "maasland"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.xlsx_button.click()
    book = openpyxl.load_workbook(target.with_suffix(".xlsx"), read_only=True)
    assert "Verwijzingen per jaar" in book.sheetnames
    events = window.db.query(
        "SELECT detail FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1"
    )
    assert "maasland.xlsx" in events[0]["detail"]


def test_a_new_zorggroep_file_from_the_file_menu(
    qtbot, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_file, "demo", "plusdesk-demo")
    target = tmp_path / "nieuwe zorggroep"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[NewZorggroepDialog] = []

    def fill(dialog: NewZorggroepDialog) -> int:
        seen.append(dialog)
        assert not dialog.create()  # nothing filled in yet
        assert "naam van de zorggroep" in dialog.form.messages["name"].text()
        dialog.name_edit.setText("Zorggroep Heuvelland")
        dialog.username_edit.setText("z.beheer")
        dialog.password_edit.setText(PASSWORD)
        dialog.password2_edit.setText(PASSWORD)
        dialog.create()
        return dialog.result()

    monkeypatch.setattr(NewZorggroepDialog, "exec", fill)
    window.new_zorggroep_action.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert is_workspace(window.db) and window.db.path == target.with_suffix(".sqlite")
    assert titles(window) == ZORGGROEP_PAGES
    assert window.session.user.username == "z.beheer"
    assert "Zorggroep Heuvelland" in window.windowTitle()
    assert window.current_page().empty.isVisible()


def test_the_practice_sees_its_pack_on_the_benchmark_page(
    qtbot, pack_practice_file: Path, demo_file: Path
) -> None:
    window = open_window(qtbot, pack_practice_file, "demo", "plusdesk-demo")
    window.show_page(titles(window).index("Benchmark"))
    page = window.current_page()
    assert page.tabs.isVisible() and not page.empty.isVisible()
    assert "uw praktijk en 3 andere praktijken" in page.summary.text()
    assert "Geïmplementeerd of geborgd: bij u" in page.summary.text()
    own = get_practice(window.db)
    chart = page.funnel.chart
    assert chart.self_point().practice.label == own.name
    assert chart.self_label.isVisible() and own.name in chart.self_label.toPlainText()
    other = open_window(qtbot, shutil.copy(demo_file, demo_file.with_name("zonder.sqlite")),
                        "demo", "plusdesk-demo")  # fmt: skip
    other.show_page(titles(other).index("Benchmark"))
    empty = other.current_page()
    assert empty.empty.isVisible() and not empty.tabs.isVisible()
    empty.to_export.click()
    assert other.current_page().key == "export"


def test_a_new_file_never_overwrites_an_existing_one(
    qtbot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_file, "demo", "plusdesk-demo")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_file), ""))
    monkeypatch.setattr(NewZorggroepDialog, "exec", lambda d: pytest.fail("no dialog expected"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.new_zorggroep_action.trigger()
    assert warned and "bestaat al" in warned[0]
    assert window.db.path == demo_file and not is_workspace(window.db)
    assert get_practice(window.db) is not None  # the practice file is untouched
