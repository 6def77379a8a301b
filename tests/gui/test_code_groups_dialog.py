"""Code groups: a new group counts its codes together in the figures; removing one asks first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from plusdesk.core.db import open_database
from plusdesk.core.reference import list_groups
from plusdesk.core.referral_figures import subjects
from plusdesk.core.users import login
from plusdesk.gui.dialogs.code_groups import CodeGroupsDialog


@pytest.fixture
def dialog(qtbot, demo_file: Path) -> CodeGroupsDialog:
    session = login(open_database(demo_file), "demo", "plusdesk-demo")
    widget = CodeGroupsDialog(session)
    qtbot.addWidget(widget)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, text: str, asked: list[str]) -> None:
    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        return next(box.standardButton(b) for b in box.buttons() if b.text() == text).value

    monkeypatch.setattr(QMessageBox, "exec", reply)


def test_the_shipped_ggz_group_is_shown_with_its_members(dialog) -> None:
    assert dialog.groups.currentItem().text() == "GGZ"
    assert dialog.codes.text() == "0329, 9116, 94*"
    assert dialog.name.isReadOnly()
    assert "Psychiatrie (0329), code 9116" in dialog.members.text()
    assert "begint met 94" in dialog.members.text()


def test_a_new_group_is_saved_and_becomes_a_subject(qtbot, dialog) -> None:
    dialog.new_button.click()
    qtbot.keyClicks(dialog.name, "Kind en KNO")
    qtbot.keyClicks(dialog.codes, "0316; 0302")
    assert "Kindergeneeskunde (0316)" in dialog.members.text()
    dialog.save_button.click()
    assert dialog.changed
    groups = {g.name: g.patterns for g in list_groups(dialog.session.db)}
    assert groups["Kind en KNO"] == ("0302", "0316")
    found = {s.key: s for s in subjects(dialog.session.db)}
    assert found["Kind en KNO"].total == found["0316"].total + found["0302"].total


def test_a_wrong_code_is_explained_and_nothing_saved(qtbot, dialog) -> None:
    dialog.new_button.click()
    qtbot.keyClicks(dialog.name, "Fout")
    qtbot.keyClicks(dialog.codes, "longziekten")
    dialog.save_button.click()
    assert "geen geldige code" in dialog.problem.text()
    assert "Fout" not in {g.name for g in list_groups(dialog.session.db)}


def test_removing_a_group_asks_first(dialog, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer(monkeypatch, "Annuleren", asked)
    dialog.delete_button.click()
    assert "De groep 'GGZ' verwijderen?" in asked[0]
    assert [g.name for g in list_groups(dialog.session.db)] == ["GGZ"]
    answer(monkeypatch, "Verwijderen", asked)
    dialog.delete_button.click()
    assert list_groups(dialog.session.db) == []
    assert dialog.name.text() == "" and not dialog.name.isReadOnly()  # ready for a new group
