"""English is complete: every UI text has a translation with the same placeholders, and the
window speaks the chosen language with its numbers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from plusdesk.gui import settings
from plusdesk.gui.app import create_application
from plusdesk.gui.translations import translations_dir, update_catalogue

DEMO_PASSWORD = "plusdesk-demo"
CATALOGUE = translations_dir() / "plusdesk_en.ts"
# {0}, {name}, {0:n}; Qt's %1 and %n; HTML tags and entities.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|<[^>]+>|&[a-z]+;")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=[^\W_])(?![a-z]+;)")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def from_code(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code now (not what the committed catalogue says)."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    update_catalogue(fresh)
    return messages(fresh)


def missing(catalogue: dict, code: dict) -> list[str]:
    """Texts in the code without a finished, non-empty translation in the catalogue."""
    problems = []
    for key in code:
        message = catalogue.get(key)
        translation = message.find("translation") if message is not None else None
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "").strip()
        ):
            problems.append(f"{key[0]}: {key[1]!r}")
    return problems


def mismatched(catalogue: dict) -> list[str]:
    """Translations whose placeholders, tags or accelerators differ from the Dutch."""
    problems = []
    for (context, source), message in catalogue.items():
        english = message.findtext("translation") or ""
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(english)):
            problems.append(f"{context}: {source!r} → {english!r}")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(english)):
            problems.append(f"{context}: sneltoets {source!r} → {english!r}")
    return problems


def test_every_ui_text_in_the_code_has_a_finished_english_translation(from_code) -> None:
    assert len(from_code) > 1300
    problems = missing(messages(CATALOGUE), from_code)
    assert not problems, "zonder vertaling (python -m plusdesk.gui.translations):\n" + (
        "\n".join(problems)
    )


def test_no_text_is_left_without_a_context(from_code) -> None:
    # A text lupdate files under no context is never found at run time (Qt looks it up
    # under the class or the context given): use self.tr or translate("Context", …).
    assert not [source for (context, source) in from_code if not context]


def test_placeholders_tags_and_accelerators_are_the_same_in_both_languages() -> None:
    problems = mismatched(messages(CATALOGUE))
    assert not problems, "\n".join(problems)


def test_the_checks_catch_a_missing_translation_and_a_lost_placeholder(from_code) -> None:
    catalogue = messages(CATALOGUE)
    with_field = next(k for k in catalogue if "{0}" in k[1])
    with_key = next(k for k in catalogue if ACCELERATOR.search(k[1]))
    plain = next(k for k in catalogue if k not in (with_field, with_key))
    catalogue[with_field].find("translation").text = "no field"
    catalogue[with_key].find("translation").text = "no key"
    catalogue[plain].find("translation").set("type", "unfinished")
    assert len(mismatched(catalogue)) == 2
    assert missing(catalogue, from_code) == [f"{plain[0]}: {plain[1]!r}"]


@pytest.fixture
def english(isolated_settings):
    settings.write(settings.LANGUAGE, "en")
    create_application()
    yield
    settings.write(settings.LANGUAGE, "nl")
    create_application()


def test_the_english_window_shows_english_pages_menus_and_numbers(english, demo_file, qtbot):
    from plusdesk.core.db import open_database
    from plusdesk.core.users import login
    from plusdesk.gui.main_window import MainWindow
    from plusdesk.gui.numbers import decimal, percentage, whole

    window = MainWindow(login(open_database(demo_file), "demo", DEMO_PASSWORD))
    qtbot.addWidget(window)
    titles = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert titles == [
        "Overview", "Interventions", "Conversations", "Collaborative care", "Referrals",
        "Zorggroep export", "Benchmark", "Audit log",
    ]  # fmt: skip
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File"
    assert whole(12345) == "12,345"
    assert decimal(-1.5, 1) == "−1.5"
    assert percentage(0.25) == "25%"
    window.show_page(1)
    assert window.current_page().title == "Interventions"
    window.close()


def test_dutch_stays_the_default_with_dutch_numbers(demo_file, qtbot) -> None:
    from plusdesk.gui.numbers import decimal, percentage, whole

    assert QCoreApplication.translate("MainWindow", "Overzicht") == "Overzicht"
    assert whole(12345) == "12.345"
    assert decimal(1.5, 1) == "1,5"
    assert percentage(0.25) == "25 %"


@pytest.mark.parametrize(
    ("locale", "expected"), [("en_GB", "en"), ("nl_NL", "nl"), ("de_DE", "nl")]
)
def test_without_a_choice_the_systems_language_is_used_when_plusdesk_has_it(
    locale: str, expected: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=f"{locale}.UTF-8", LC_ALL=f"{locale}.UTF-8", LANGUAGE="")
    code = "from plusdesk.gui.translations import resolve_language; print(resolve_language(''))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == expected


def test_the_language_is_chosen_in_the_settings_dialog(qtbot, monkeypatch) -> None:
    from plusdesk.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language_combo.itemText(n) for n in range(dialog.language_combo.count())]
    assert names[1:] == ["Nederlands", "English"]
    assert names[0].startswith("Taal van het systeem")
    dialog.language_combo.setCurrentIndex(2)
    dialog.save()
    assert settings.read(settings.LANGUAGE) == "en"


def test_tr_is_only_called_on_self() -> None:
    # lupdate files `dialog.tr("…")` under the context "dialog", but Qt looks it up under
    # the dialog's class: such a text would stay Dutch. Use translate("Context", "…").
    from plusdesk.gui.translations import gui_sources

    pattern = re.compile(r"\b(?!self\b)[A-Za-z_]\w*\.tr\(")
    calls = [
        f"{path.name}:{n}"
        for path in gui_sources()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not calls
