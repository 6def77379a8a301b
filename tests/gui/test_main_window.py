"""The main window as a user meets it: pages, shortcuts, status bar, menus, remembered state."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from plusdesk.core.carecase_list import counts
from plusdesk.core.db import open_database
from plusdesk.core.validation import today
from plusdesk.gui import settings
from plusdesk.gui.main_window import MainWindow

PAGES = [
    "Overzicht",
    "Interventies",
    "Gesprekken",
    "Collaborative care",
    "Verwijzingen",
    "Zorggroep-export",
    "Benchmark",
    "Auditlog",
]


def signed_in(demo_file: Path, username: str = "demo"):
    from plusdesk.core.users import login

    return login(open_database(demo_file), username, "plusdesk-demo")


@pytest.fixture
def window(qtbot, demo_file: Path) -> MainWindow:
    win = MainWindow(signed_in(demo_file))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def sidebar_titles(win: MainWindow) -> list[str]:
    return [win.sidebar.item(i).text() for i in range(win.sidebar.count())]


def test_sidebar_has_the_pages(window: MainWindow) -> None:
    assert sidebar_titles(window) == PAGES
    assert window.current_page().key == "overview"


def test_clicking_the_sidebar_shows_that_page(qtbot, window: MainWindow) -> None:
    item = window.sidebar.item(4)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page().title == "Verwijzingen"


@pytest.mark.parametrize("number", range(1, 9))
def test_ctrl_number_goes_to_page(qtbot, window: MainWindow, number: int) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().title == PAGES[number - 1]


def test_status_bar_and_title_show_file_and_practice(window: MainWindow, demo_file: Path) -> None:
    assert str(demo_file) in window.path_label.text()
    assert "(demo)" in window.windowTitle()


def test_overview_shows_the_practice(window: MainWindow) -> None:
    page = window.page(0)
    assert page.practice_name.text().endswith("(demo)")
    assert page.demo_badge.isVisible()
    assert len(page.fields["agb"].text()) == 8
    assert page.tiles["interventions"].value.text() == "18"
    assert "3 domeinen" in page.tiles["interventions"].note.text()
    cases = counts(window.db, today())
    assert cases.open > 0 and page.tiles["cases"].value.text() == str(cases.open)
    assert f"{cases.to_review} casussen te bespreken" in page.tiles["cases"].note.text()


def test_interventions_page_shows_the_register_per_domain(window: MainWindow) -> None:
    window.show_page(1)
    page = window.page(1)
    assert page.proxy.rowCount() == 18  # 17 from the catalogue and the practice's own one
    assert [c.title.text() for c in page.cards] == [
        "Patiënt empowerment",
        "Doelmatige zorg",
        "Wijkgerichte zorg",
    ]
    assert page.cards[0].figure.text() == "3 van 6 geïmplementeerd"
    assert page.summary.text() == "13 van 18 interventies geïmplementeerd of geborgd."


def test_every_page_is_built_and_none_is_still_planned(window: MainWindow) -> None:
    pages = [window.page(i) for i in range(len(PAGES))]
    assert [p.title for p in pages] == PAGES
    assert [type(p).__name__ for p in pages] == [
        "OverviewPage",
        "InterventionsPage",
        "ConversationsPage",
        "CareCasesPage",
        "ReferralsPage",
        "ExchangePage",
        "BenchmarkPage",
        "AuditPage",
    ]
    assert all(p.intro.text() for p in pages)


def test_last_page_and_size_are_remembered(qtbot, demo_file: Path) -> None:
    first = MainWindow(signed_in(demo_file))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 540)  # fits the 800×600 offscreen screen
    first.show_page(3)
    first.close()
    assert settings.read(settings.LAST_PAGE) == "carecases"
    second = MainWindow(signed_in(demo_file))
    qtbot.addWidget(second)
    second.show()
    assert second.current_page().title == "Collaborative care"
    assert (second.width(), second.height()) == (760, 540)
    second.close()


def test_about_shows_version_and_data_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_file: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.about_action.trigger()
    from plusdesk import __version__

    assert __version__ in shown[0]
    assert str(demo_file.resolve()) in shown[0]


def test_opening_another_file_switches_and_remembers_it(
    window: MainWindow, tmp_path: Path, answer_login
) -> None:
    from plusdesk.core.demo import build_demo

    answer_login("huisarts")
    other = build_demo(tmp_path / "ander.sqlite", seed=5)
    assert window.open_path(other)
    assert "ander.sqlite" in window.path_label.text()
    assert "Peter Hermans (Huisarts)" in window.user_label.text()
    assert settings.read(settings.RECENT_FILES)[0] == str(other.resolve())
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert any("ander.sqlite" in label for label in labels)


def test_opening_a_foreign_file_keeps_the_current_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_file: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    bad = tmp_path / "foto.sqlite"
    bad.write_bytes(b"\x89PNG\r\n")
    assert not window.open_path(bad)
    assert shown and "geen PlusDesk-bestand" in shown[0]
    assert str(demo_file) in window.path_label.text()
    assert window.page(0).practice_name.text().endswith("(demo)")


def test_practice_details_can_be_corrected(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, demo_file: Path
) -> None:
    from plusdesk.gui.dialogs.practice import PracticeDetailsDialog

    def user_changes_list_size(dialog: PracticeDetailsDialog) -> int:
        dialog.list_size_spin.setValue(7125)
        dialog.create_button.click()
        return dialog.result()

    monkeypatch.setattr(PracticeDetailsDialog, "exec", user_changes_list_size)
    window.practice_action.trigger()
    assert window.page(0).fields["list_size"].text() == "7.125"
    db = open_database(demo_file)
    assert db.scalar("SELECT list_size FROM practice") == 7125
    db.close()


def test_zorggroep_catalogue_replaces_after_confirmation(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    from plusdesk.core.catalogue import default_catalogue_path

    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    data["catalogue_version"] = "2027.1"
    data["interventions"] = [i for i in data["interventions"] if i["code"] != "WZ-05"]
    own = tmp_path / "zorggroep.json"
    own.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(own), ""))
    questions: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def ask(_parent, _title, text, *_args):
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", ask)
    window.show_page(1)
    page = window.page(1)
    page.load_button.click()  # user says No: nothing changes
    assert "WZ-05" in questions[0] and "2027.1" in questions[0]
    assert page.summary.text() == "13 van 18 interventies geïmplementeerd of geborgd."
    page.load_button.click()  # user says Yes: WZ-05 (implemented in the demo) drops out
    assert page.summary.text() == "12 van 17 interventies geïmplementeerd of geborgd."
    window.show_page(0)
    assert window.page(0).tiles["interventions"].value.text() == "17"
    assert window.page(0).tiles["implemented"].value.text() == "12"
    assert "2027.1" in window.page(0).fields["catalogue"].text()
