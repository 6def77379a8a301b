"""The application's look: one stylesheet for the sidebar, page headers, cards and tiles."""

from PySide6.QtWidgets import QApplication

from plusdesk.core.interventions import Status

# The system font size the text sizes below were designed at (9 pt: Windows' Segoe UI and
# most Linux desktops). A larger system font (Windows "Tekst groter maken", 150 % in the
# display settings where Qt reports a bigger font) scales every size with it.
DESIGN_POINTS = 9.0


def text_scale() -> float:
    """How much larger the application's font is than the design size (1.0 or more)."""
    app = QApplication.instance()
    base = app.font().pointSizeF() if app is not None else DESIGN_POINTS
    return max(1.0, base / DESIGN_POINTS) if base > 0 else 1.0


def scaled(points: float) -> float:
    """A text size designed at DESIGN_POINTS, scaled to the application's font size."""
    return round(points * text_scale(), 1)


def pt(points: float) -> str:
    """A scaled size for a style sheet: "10.5pt"."""
    return f"{scaled(points)}pt"


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


def stylesheet() -> str:
    """The style sheet, with text sizes scaled to the application's font."""
    return f"""
QListWidget#sidebar {{
    background: #1f3b57; color: #e8eef4; border: none; font-size: {pt(11)};
    padding-top: 8px; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 9px 14px; border-left: 4px solid transparent; }}
QListWidget#sidebar::item:selected {{
    background: #2d5479; color: white; border-left: 4px solid #f2a900;
}}
QListWidget#sidebar::item:hover:!selected {{ background: #274867; }}
QListWidget#sidebar::item:selected:focus {{
    background: #3b6a96; border: 2px solid #f2a900; border-left: 4px solid #f2a900;
    padding: 7px 12px 7px 14px;
}}
QLabel#pageTitle {{ font-size: {pt(18)}; font-weight: 600; color: #1f3b57; }}
QLabel#pageIntro {{ color: #3c4043; font-size: {pt(10.5)}; }}
QLabel#muted {{ color: #5f6368; }}
QLabel#practiceName {{ font-size: {pt(15)}; font-weight: 600; color: #1f3b57; }}
QLabel#cardTitle {{ font-size: {pt(12)}; font-weight: 600; }}
QLabel#badge {{
    background: #fff4d6; color: #7a5200; border: 1px solid #f2c14e; border-radius: 9px;
    padding: 2px 10px; font-size: {pt(9)};
}}
QFrame#practiceCard, QFrame#tile, QFrame#plannedCard {{
    background: white; border: 1px solid #d7dde3; border-radius: 8px;
}}
QFrame#tile:focus {{ border: 2px solid #f2a900; }}
QFrame#tile QLabel, QFrame#practiceCard QLabel, QFrame#plannedCard QLabel {{ border: none; }}
QLabel#tileValue {{ font-size: {pt(22)}; font-weight: 600; color: #1f3b57; }}
QLabel#tileCaption {{ font-size: {pt(10)}; color: #3c4043; }}
QMainWindow, QStackedWidget > QWidget {{ background: #f4f6f8; }}
QScrollArea#pageScroll, QScrollArea#pageScroll > QWidget, QWidget#pageContent {{
    background: #f4f6f8;
}}
"""
