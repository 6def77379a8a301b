"""Startup benchmark: process start to painted main window, against a bare PySide6 window.

Run: python tests/benchmarks/startup.py [--runs N]
Prints the median of N runs of each, and the ratio (goal: PlusDesk <= 2x the bare window),
on a 10-year demo file. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_RATIO = 2.0

# Both children report the wall-clock time of the first paint of their main window.
_PAINT_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and obj is WINDOW:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"PAINTED {time.time():.6f}"),
                                          print("HEAVY", ",".join(sorted(m for m in
                                          ("pandas", "sqlite_utils", "pyqtgraph", "numpy")
                                          if m in sys.modules))), APP.quit()))
        return False
"""

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "APP = QApplication([])\nWINDOW = QMainWindow()\nWINDOW.resize(1180, 760)\n"
    + _PAINT_PROBE
    + "probe = FirstPaint()\nWINDOW.installEventFilter(probe)\nWINDOW.show()\nAPP.exec()\n"
)

PLUSDESK = (
    "from pathlib import Path\n"
    "from plusdesk.gui.app import create_application, open_main_window\n"
    "from plusdesk.gui.dialogs.login import LoginDialog\n"
    # The demo user signs in at once: measured is PlusDesk's work (argon2 included), not typing.
    "def _sign_in(d):\n"
    "    d.username_edit.setText('demo'); d.password_edit.setText('plusdesk-demo')\n"
    "    d.try_login(); return d.result()\n"
    "LoginDialog.exec = _sign_in\n"
    "APP = create_application()\nWINDOW = open_main_window(Path(sys.argv[1]))\n"
    + _PAINT_PROBE
    + "probe = FirstPaint()\nWINDOW.installEventFilter(probe)\nWINDOW.show()\nAPP.exec()\n"
)


def measure(code: str, args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", "import sys\n" + code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    painted = float(next(line for line in out.splitlines() if line.startswith("PAINTED"))[8:])
    heavy = next(line for line in out.splitlines() if line.startswith("HEAVY"))[6:]
    return painted - start, heavy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from plusdesk.core.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo10.sqlite"
        build_demo(db, seed=1, years=10)
        env = dict(os.environ, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        measure(BARE, [], env)  # warm the file cache once for both
        measure(PLUSDESK, [str(db)], env)
        bare, plus, heavy = [], [], ""
        for _ in range(args.runs):
            bare.append(measure(BARE, [], env)[0])
            seconds, heavy = measure(PLUSDESK, [str(db)], env)
            plus.append(seconds)
    b, p = statistics.median(bare), statistics.median(plus)
    ratio = p / b
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, file: 10-year demo")
    print(f"{'measure':<38}{'median':>10}{'min':>10}{'max':>10}")
    print(f"{'bare PySide6 QMainWindow painted':<38}{b:>9.3f}s{min(bare):>9.3f}s{max(bare):>9.3f}s")
    print(f"{'PlusDesk main window painted':<38}{p:>9.3f}s{min(plus):>9.3f}s{max(plus):>9.3f}s")
    print(
        f"ratio PlusDesk / bare: {ratio:.2f} (goal <= {GOAL_RATIO:.1f}) "
        f"{'OK' if ratio <= GOAL_RATIO else 'OVER GOAL'}"
    )
    print(f"heavy modules loaded before first paint: {heavy or 'none'}")


if __name__ == "__main__":
    main()
