"""Every page and tab stays readable in the default window and with a 150 % system font:
no field, button or line of text squeezed below what it needs, and no sideways scrolling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from plusdesk.core.db import open_database
from plusdesk.core.users import login
from plusdesk.gui.main_window import MainWindow
from plusdesk.gui.style import stylesheet
from tests.conftest import DEMO_PASSWORD, TEST_PASSWORD

DEFAULT_SIZE = (1180, 760)  # the main window's first size


def squeezed(root: QWidget) -> list[str]:
    """Visible controls narrower or lower than their text needs (cut off or overlapping)."""
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.window() is not root.window():
            continue
        if isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # Qt's own inner parts (a combo's line edit, a spin box's edit)
        name = f"{type(w).__name__} {w.objectName() or ''} {_text(w)!r}"
        if isinstance(w, QLabel):
            if not w.text():
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 2:
                    problems.append(f"{name}: needs {need}px high, has {w.height()}")
                continue
            plain = re.sub(r"<[^>]+>", "", w.text()).replace("&", "")
            need = max(w.fontMetrics().horizontalAdvance(line) for line in plain.split("\n"))
            margins = w.contentsMargins()
            if need > w.width() - margins.left() - margins.right() + 2:
                problems.append(f"{name}: text needs {need}px, has {w.width()}")
        elif isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)):
            hint = w.minimumSizeHint()
            if hint.width() > w.width() + 2 or hint.height() > w.height() + 2:
                problems.append(
                    f"{name}: {w.width()}x{w.height()} < {hint.width()}x{hint.height()}"
                )
    return problems


def _text(w: QWidget) -> str:
    text = getattr(w, "text", None)
    return (text() if callable(text) else "")[:40]


def views(window: MainWindow) -> Iterator[str]:
    """Show every page and every tab on it (and a tab's own tabs) in turn; yields a name."""
    for index, spec in enumerate(window.specs):
        if window.sidebar.isRowHidden(index):
            continue
        window.show_page(index)
        QApplication.processEvents()
        page = window.current_page()
        tabs = [t for t in page.findChildren(QTabWidget) if not isinstance(t.window(), QDialog)]
        top = [t for t in tabs if not any(o is not t and o.isAncestorOf(t) for o in tabs)]
        if not top:
            yield spec.key
        for tab_widget in top:
            for i in range(tab_widget.count()):
                if not tab_widget.isTabVisible(i):
                    continue
                tab_widget.setCurrentIndex(i)
                for _ in range(3):
                    QApplication.processEvents()
                yield f"{spec.key} / {tab_widget.tabText(i).replace('&', '')}"
            tab_widget.setCurrentIndex(0)


def check(window: MainWindow) -> list[str]:
    found = []
    for view in views(window):
        page = window.current_page()
        for problem in squeezed(page):
            found.append(f"{view}: {problem}")
        if page.scroll.horizontalScrollBar().isVisible():
            found.append(f"{view}: the page scrolls sideways")
    return found


@pytest.fixture()
def bigger_font(qapp):
    """The system font at 150 % (Windows "Tekst groter maken"), with the style following."""
    original = qapp.font()
    big = qapp.font()
    big.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(big)
    qapp.setStyleSheet(stylesheet())
    yield
    qapp.setFont(original)
    qapp.setStyleSheet(stylesheet())


def open_window(qtbot, path: Path, user: str, password: str, size=DEFAULT_SIZE) -> MainWindow:
    window = MainWindow(login(open_database(path), user, password))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_page_fits_the_default_window_without_cutting_text(qtbot, pack_practice_file) -> None:
    window = open_window(qtbot, pack_practice_file, "demo", DEMO_PASSWORD)
    assert check(window) == []


def test_every_zorggroep_page_fits_the_default_window(qtbot, zorggroep_file) -> None:
    window = open_window(qtbot, zorggroep_file, "beheer", TEST_PASSWORD)
    assert check(window) == []


def test_with_a_150_percent_font_nothing_is_cut_off_and_pages_scroll_instead(
    qtbot, pack_practice_file, bigger_font
) -> None:
    window = open_window(qtbot, pack_practice_file, "demo", DEMO_PASSWORD)
    assert window.sidebar.width() > 220  # the page names still fit
    problems = [p for p in check(window) if "scrolls sideways" not in p]
    assert problems == []


def test_a_small_window_scrolls_the_page_instead_of_overlapping(qtbot, demo_file) -> None:
    window = open_window(qtbot, demo_file, "demo", DEMO_PASSWORD, size=(760, 500))
    window.show_page(1)  # Interventies: cards, filters, tabs and buttons
    QApplication.processEvents()
    page = window.current_page()
    assert squeezed(page) == []
    assert page.scroll.verticalScrollBar().isVisible()
