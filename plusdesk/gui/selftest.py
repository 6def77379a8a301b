"""`plusdesk --selftest`: open the main window on temporary files, walk every page, exit 0.

It proves an installed copy (or the desktop bundle) is whole: the Qt plugins load, the
shipped resources and translations are found, every page of a practice file and of a
zorggroep file builds and paints, with every tab, in Dutch and in English, without a Python
exception or a Qt warning. Nothing outside a
temporary folder is touched: the data files, their backups and the window settings all live
there and are removed afterwards.
"""

from __future__ import annotations

import faulthandler
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

# The offscreen platform says this for every dialog; it is not a fault of ours.
_HARMLESS = ("This plugin does not support propagateSizeHints",)
SELFTEST_USER = "selftest"
SELFTEST_PASSWORD = "zelftest paard batterij"
TIMEOUT_SECONDS = 300


@dataclass
class Report:
    """What the self-test saw: one line per step, and every fault."""

    out: TextIO | None
    faults: list[str] = field(default_factory=list)
    steps: int = 0

    def say(self, text: str) -> None:
        if self.out is not None:
            print(text, file=self.out, flush=True)

    def ok(self, text: str) -> None:
        self.steps += 1
        self.say(f"ok    {text}")

    def fault(self, text: str) -> None:
        self.faults.append(text)
        self.say(f"FOUT  {text}")


def run_selftest(out: TextIO | None = None) -> int:
    """Build a demo practice and a zorggroep file, walk both windows; 0 when all was well."""
    out = out if out is not None else sys.stdout
    report = Report(out)
    watchdog = sys.stderr is not None
    if watchdog:  # a page that blocks (a modal dialog) must not hang a build server
        faulthandler.dump_traceback_later(TIMEOUT_SECONDS, exit=True)
    try:
        with tempfile.TemporaryDirectory(prefix="plusdesk-selftest-") as tmp:
            _run(Path(tmp), report)
    except Exception:
        report.fault("onverwachte fout:\n" + traceback.format_exc())
    finally:
        if watchdog:
            faulthandler.cancel_dump_traceback_later()
    if report.faults:
        report.say(f"Zelftest mislukt: {len(report.faults)} fout(en).")
        return 1
    report.say(f"Zelftest geslaagd: {report.steps} stappen zonder fouten.")
    return 0


def _run(folder: Path, report: Report) -> None:
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

    # Window geometry and the last page are saved at close: keep them out of the user's own.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(message.startswith(h) for h in _HARMLESS):
            report.fault(f"Qt-melding: {message}")

    def on_exception(kind: type, value: BaseException, tb: object) -> None:
        report.fault("fout in het venster:\n" + "".join(traceback.format_exception(value)))

    previous_hook = sys.excepthook
    previous_handler = qInstallMessageHandler(on_message)
    sys.excepthook = on_exception  # exceptions in Qt slots reach Python's hook
    try:
        from plusdesk.gui.app import create_application
        from plusdesk.gui.translations import LANGUAGES, apply_language

        app = create_application()
        practice, workspace = _make_files(folder, report)
        for language in LANGUAGES:  # Dutch, then English: the translations must be there
            if apply_language(app, language) != language:
                report.fault(f"de vertaling '{language}' ontbreekt in deze installatie")
                continue
            report.ok(f"taal: {LANGUAGES[language]}")
            _walk(app, practice, "demo", report)
            _walk(app, workspace, SELFTEST_USER, report)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def _make_files(folder: Path, report: Report) -> tuple[Path, Path]:
    """Two demo practices exported and merged; the first with its benchmark pack read."""
    from plusdesk.core.db import open_database
    from plusdesk.core.demo import build_demo
    from plusdesk.core.exchange import build_export, save_export
    from plusdesk.core.practice import FirstAccount, get_practice
    from plusdesk.core.users import DEMO_PASSWORD, login
    from plusdesk.core.workspace import create_workspace, import_pack, merge_files, write_packs

    practices, exports = [], []
    for seed in (1, 2):
        path = build_demo(folder / f"praktijk{seed}.sqlite", seed=seed, years=2)
        db = open_database(path)
        try:
            session = login(db, "demo", DEMO_PASSWORD)
            exports.append(save_export(session, build_export(db), folder / f"p{seed}.plusdesk"))
        finally:
            db.close()
        practices.append(path)
    report.ok("twee demopraktijken gemaakt en geëxporteerd")

    account = FirstAccount(SELFTEST_USER, SELFTEST_PASSWORD, "Zelftest")
    workspace = create_workspace(folder / "zorggroep.sqlite", "Zelftest-zorggroep", account)
    db = open_database(workspace)
    try:
        session = login(db, SELFTEST_USER, SELFTEST_PASSWORD)
        outcomes = merge_files(session, exports)
        if not all(o.merged for o in outcomes):
            report.fault("niet alle exports zijn samengevoegd")
        (folder / "pakketten").mkdir()
        packs = write_packs(session, folder / "pakketten")
    finally:
        db.close()
    report.ok(f"zorggroepbestand met {len(exports)} praktijken en {len(packs)} pakketten")

    db = open_database(practices[0])
    try:
        agb = get_practice(db).agb_code
        pack = next(p for p in packs if p.name.startswith(agb))
        import_pack(login(db, "demo", DEMO_PASSWORD), pack)
    finally:
        db.close()
    report.ok("benchmarkpakket ingelezen in de eerste praktijk")
    return practices[0], workspace


def _walk(app: object, path: Path, username: str, report: Report) -> None:
    """Open the main window on a file, show every page and every tab in it, close it."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from plusdesk.core.db import open_database
    from plusdesk.core.lock import InstanceLock
    from plusdesk.core.users import DEMO_PASSWORD, login
    from plusdesk.gui.main_window import MainWindow

    password = DEMO_PASSWORD if username == "demo" else SELFTEST_PASSWORD
    lock = InstanceLock.acquire(path)
    session = login(open_database(path), username, password)
    session.lock = lock
    window = MainWindow(session)
    window.show()
    settle: Callable[[], None] = QApplication.processEvents
    settle()
    report.ok(f"hoofdvenster geopend: {window.windowTitle()}")
    for index, spec in enumerate(window.specs):
        window.show_page(index)
        settle()
        page = window.current_page()
        if window.stack.currentIndex() != index or not page.isVisible():
            report.fault(f"pagina {spec.title} wordt niet getoond")
            continue
        tabs = 0
        for tab_widget in page.findChildren(QTabWidget):
            for tab in range(tab_widget.count()):
                tab_widget.setCurrentIndex(tab)
                settle()
                tabs += 1
        image = window.grab()
        if image.isNull() or image.width() < 100:
            report.fault(f"pagina {spec.title} is niet getekend")
            continue
        report.ok(f"pagina {spec.title}" + (f" ({tabs} tabbladen)" if tabs else ""))
    window.close()
    settle()
    if not window.signed_out or lock.held:
        report.fault(f"{path.name} is bij het sluiten niet vrijgegeven")
    else:
        report.ok(f"venster gesloten, {path.name} vrijgegeven")
    window.deleteLater()
    settle()
