"""Keyboard and screen helpers shared by the pages and dialogs.

- `enter_presses`: Enter in a dialog presses only its one safe default button, never the first
  push button that happens to come first in the focus chain (a "Verwijderen…", say).
- `on_enter`: Enter (and keypad Enter) on an item view runs an action, such as opening the row.
- `fit_to_screen`: a window's size, never larger than the screen's available area, so nothing
  lies off screen at 150 % scaling or on a small laptop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from plusdesk.gui.style import text_scale

# Room kept free around a window for its frame and the taskbar.
FRAME_WIDTH = 40
FRAME_HEIGHT = 60


def enter_presses(dialog: QWidget, default: QPushButton | None) -> None:
    """Only `default` reacts to Enter: no other push button in the dialog is an auto-default."""
    for button in dialog.findChildren(QPushButton):
        if button is not default:
            button.setAutoDefault(False)
            button.setDefault(False)
    if default is not None:
        default.setAutoDefault(True)
        default.setDefault(True)


def on_enter(view: QWidget, action: Callable[[], None]) -> None:
    """Enter and keypad Enter on view (while it has the focus) run action."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action)


def available_area(widget: QWidget) -> QRect:
    """The usable part of the screen the widget is on (or the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fitted_size(width: int, height: int, area: QRect) -> tuple[int, int]:
    """width x height, shrunk to fit area less room for the frame."""
    return (
        max(200, min(width, area.width() - FRAME_WIDTH)),
        max(150, min(height, area.height() - FRAME_HEIGHT)),
    )


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize widget to width x height (default: its current size; a size given grows with
    a larger system font), within the screen; a
    window placed explicitly (restored geometry) is moved back onto the screen if it lies
    (partly) outside. A dialog not yet placed keeps Qt's centring on its parent."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = available_area(widget)
    # A size asked for was designed at the usual font: a larger system font needs more room.
    scale = text_scale()
    width = round(width * scale) if width else widget.width()
    height = round(height * scale) if height else widget.height()
    w, h = fitted_size(width, height, area)
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(w, h)
    frame = widget.frameGeometry()
    placed = widget.testAttribute(Qt.WidgetAttribute.WA_Moved)
    if widget.isWindow() and placed and not area.contains(frame):
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        widget.move(max(x, area.x()), max(y, area.y()))
