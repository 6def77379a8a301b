"""The Qt binding itself: a PySide6 that miscounts references would crash a long session."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_leave_the_reference_counts_of_none_and_booleans_intact(qapp) -> None:
    """PySide6 6.12.0 under Python 3.11 lost one reference to None per void call.

    A practice keeps PlusDesk open all day; after enough calls Python aborts with
    "deallocating None". pyproject.toml pins PySide6 below 6.12 for this reason.
    """
    label = QLabel()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        label.setText("x")
        label.setVisible(False)
        label.isVisible()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    drift = [a - b for a, b in zip(after, before, strict=True)]
    assert min(drift) > -50, f"references to None/True/False lost per call: {drift}"
