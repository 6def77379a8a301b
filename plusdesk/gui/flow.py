"""Layouts that wrap onto a next line when the window is narrow, instead of squeezing."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
)


class FlowLayout(QLayout):
    """Items side by side, wrapping to a new row when they no longer fit (Qt's flow layout
    example). Each item keeps at least its size hint, so text is never clipped; items
    added after add_stretch() go to the right edge of their row (a button group)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = 6
        self._split: int | None = None
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        # Deliberately not: a box layout would then treat the *preferred* height of every
        # height-for-width sibling (a tab widget with charts) as its minimum. FlowBar sets
        # the bar's minimum height from heightForWidth instead.
        return False

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One row with everything in it."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: everything else wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- arrangement ---------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def add_stretch(self) -> None:
        """Items added after this go to the right edge of their row (a button group)."""
        self._split = len(self._items)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        split = len(self._items) if self._split is None else self._split
        rows: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        x = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, QSize(width, hint.height()), index >= split))
            x += width + self._spacing
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _item, size, _r in row)
            used = sum(size.width() for _item, size, _r in row) + self._spacing * (len(row) - 1)
            x = area.x()
            shifted = False
            for item, size, to_right in row:
                if to_right and not shifted:
                    x += max(0, area.width() - used)
                    shifted = True
                if apply:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + self._spacing
            y += height + self._row_spacing
        used_height = y - self._row_spacing - area.y() if any(rows) else 0
        return used_height + m.top() + m.bottom()


class Labelled(QWidget):
    """A label and the field it names, kept together on one row of a flow layout; the
    label's Alt-letter moves to the field."""

    def __init__(self, label: str | QLabel, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.label = label if isinstance(label, QLabel) else QLabel(label)
        self.label.setBuddy(field)
        self.field = field
        row.addWidget(self.label)
        row.addWidget(field, 1)
        self.setFocusProxy(field)


class FlowBar(QWidget):
    """A row of fields or buttons that wraps (a FlowLayout); its minimum height follows its
    width, so the page makes room for the extra rows instead of overlapping them."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.flow.addWidget(widget)

    def add_fields(self, fields: Iterable[tuple[str, str, QWidget]]) -> dict[str, Labelled]:
        """(key, label text with its Alt-letter, field) each as a Labelled on the bar; the
        field takes the label's text as its accessible name. Returns them by key."""
        added = {}
        for key, text, field in fields:
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            added[key] = Labelled(text, field)
            self.add(added[key])
        return added

    def add_stretch(self) -> None:
        """What is added next goes to the right edge of its row."""
        self.flow.add_stretch()

    def minimumSizeHint(self) -> QSize:
        return self.flow.minimumSize()

    def sizeHint(self) -> QSize:
        return QSize(self.flow.sizeHint().width(), self._needed(max(self.width(), 1)))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._follow()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._follow()
        return super().event(event)

    def _needed(self, width: int) -> int:
        return self.flow.heightForWidth(width) if self.flow.count() else 0

    def _follow(self) -> None:
        needed = self._needed(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.updateGeometry()


class _WrapFollower(QObject):
    """Keeps a word-wrapped label exactly as high as its text needs at its width: checked
    when it is resized and when it repaints (a new text repaints without a resize)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Paint) and isinstance(watched, QLabel):
            follow_label(watched)
        return False


_FOLLOWER = _WrapFollower()
_NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


def follow_label(label: QLabel) -> None:
    """Give a word-wrapped label the height its text needs at the current width (measured
    again only when the width or the text changed: this runs on every repaint)."""
    key = (label.width(), label.text(), label.font().key())
    if label.property("wrapMeasured") == key:
        return
    label.setProperty("wrapMeasured", key)
    needed = label.heightForWidth(max(label.width(), 1)) if label.text() else -1
    if needed <= 0:
        if label.minimumHeight() or label.maximumHeight() != _NO_LIMIT:
            label.setMinimumHeight(0)
            label.setMaximumHeight(_NO_LIMIT)
    elif needed != label.minimumHeight() or needed != label.maximumHeight():
        label.setFixedHeight(needed)


def tame_wrapped_labels(root: QWidget) -> None:
    """Word-wrapped labels under root stop reporting height-for-width (which makes a box
    layout take every sibling's preferred height as its minimum) and instead keep their
    minimum height at what their text needs; safe to call again for new labels."""
    for label in root.findChildren(QLabel):
        if not label.wordWrap() or label.property("wrapFollows"):
            continue
        parent = label.parentWidget()
        if parent is None or parent.layout() is None:
            continue  # placed by hand (a note over an empty table), not by a layout
        policy = label.sizePolicy()
        policy.setHeightForWidth(False)
        label.setSizePolicy(policy)
        label.setProperty("wrapFollows", True)
        label.installEventFilter(_FOLLOWER)
        follow_label(label)
