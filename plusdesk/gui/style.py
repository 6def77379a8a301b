"""The application's look: one stylesheet for the sidebar, page headers, cards and tiles."""

from plusdesk.core.interventions import Status

# One colour per intervention status, for the register, the detail dialog and the charts.
# Muted, colour-blind friendly: amber, blue, two greens that differ in lightness, a dusty red.
STATUS_COLOURS: dict[Status, str] = {
    Status.NIET_GESTART: "#d5d9de",
    Status.VOORBEREIDING: "#f2c26b",
    Status.GESTART: "#5b93c9",
    Status.GEIMPLEMENTEERD: "#7cbf84",
    Status.GEBORGD: "#2f6e45",
    Status.GESTOPT: "#b98585",
}

STYLESHEET = """
QListWidget#sidebar {
    background: #1f3b57; color: #e8eef4; border: none; font-size: 11pt;
    padding-top: 8px; outline: 0;
}
QListWidget#sidebar::item { padding: 9px 14px; border-left: 4px solid transparent; }
QListWidget#sidebar::item:selected {
    background: #2d5479; color: white; border-left: 4px solid #f2a900;
}
QListWidget#sidebar::item:hover:!selected { background: #274867; }
QListWidget#sidebar::item:selected:focus {
    background: #3b6a96; border: 2px solid #f2a900; border-left: 4px solid #f2a900;
    padding: 7px 12px 7px 14px;
}
QLabel#pageTitle { font-size: 18pt; font-weight: 600; color: #1f3b57; }
QLabel#pageIntro { color: #3c4043; font-size: 10.5pt; }
QLabel#muted { color: #5f6368; }
QLabel#practiceName { font-size: 15pt; font-weight: 600; color: #1f3b57; }
QLabel#cardTitle { font-size: 12pt; font-weight: 600; }
QLabel#badge {
    background: #fff4d6; color: #7a5200; border: 1px solid #f2c14e; border-radius: 9px;
    padding: 2px 10px; font-size: 9pt;
}
QFrame#practiceCard, QFrame#tile, QFrame#plannedCard {
    background: white; border: 1px solid #d7dde3; border-radius: 8px;
}
QFrame#tile:focus { border: 2px solid #f2a900; }
QFrame#tile QLabel, QFrame#practiceCard QLabel, QFrame#plannedCard QLabel { border: none; }
QLabel#tileValue { font-size: 22pt; font-weight: 600; color: #1f3b57; }
QLabel#tileCaption { font-size: 10pt; color: #3c4043; }
QMainWindow, QStackedWidget > QWidget { background: #f4f6f8; }
"""
