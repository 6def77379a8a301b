"""A bar of fields or buttons wraps onto a next row when narrow, and labels wrap to fit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from plusdesk.gui.flow import FlowBar, tame_wrapped_labels


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def bar_in_window(qtbot, width: int) -> tuple[QWidget, FlowBar, list[QPushButton]]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    bar = FlowBar()
    summary = QLabel("12 van 18 geïmplementeerd")
    buttons = [QPushButton(text) for text in ("Openen…", "Status wijzigen…", "Toevoegen…")]
    bar.add(summary)
    bar.add_stretch()
    bar.add(*buttons)
    layout.addWidget(bar)
    layout.addStretch(1)
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window, bar, buttons


def test_a_wide_bar_is_one_row_with_the_buttons_on_the_right(qtbot) -> None:
    _window, bar, buttons = bar_in_window(qtbot, 900)
    assert len({b.y() for b in buttons}) == 1
    right_edge = buttons[-1].geometry().right()
    assert bar.width() - right_edge <= 2
    assert bar.findChild(QLabel).x() == 0


def test_a_narrow_bar_wraps_without_overlap_or_cut_text(qtbot) -> None:
    _window, bar, buttons = bar_in_window(qtbot, 260)
    rows = sorted({b.y() for b in buttons})
    assert len(rows) >= 2  # wrapped
    geometries = [w.geometry() for w in (bar.findChild(QLabel), *buttons)]
    for n, a in enumerate(geometries):
        assert all(not a.intersects(b) for b in geometries[n + 1 :])
    for button in buttons:
        assert button.width() >= button.minimumSizeHint().width()
    assert bar.height() >= max(g.bottom() for g in geometries)


def test_labelled_fields_keep_label_and_field_together(qtbot) -> None:
    bar = FlowBar()
    qtbot.addWidget(bar)
    edit = QLineEdit()
    fields = bar.add_fields([("search", "&Zoeken:", edit)])
    assert fields["search"].label.buddy() is edit
    assert edit.accessibleName() == "Zoeken"


def test_a_wrapped_label_gets_the_height_its_text_needs(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("een lange zin " * 30)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addStretch(1)
    tame_wrapped_labels(window)
    window.resize(300, 600)
    window.show()
    qtbot.waitExposed(window)
    settle()
    assert not label.sizePolicy().hasHeightForWidth()
    assert label.height() == label.heightForWidth(label.width())
    window.resize(600, 600)
    settle()
    assert label.height() == label.heightForWidth(label.width())  # fewer lines, lower
