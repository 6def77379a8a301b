"""Startup benchmark: process start to painted main window, against a bare PySide6 window.

Run: python tests/benchmarks/startup.py [--runs N] [--json PATH]
Prints the median of N runs of each, and the ratio (goal: PlusDesk <= 2x the bare window),
on a 10-year demo file. `measure()` returns the figures as data (for run_all.py).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Result, add_json_option, child_env, say, write_json

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


def time_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, str]:
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


def measure(runs: int = 7, out: Callable[[str], None] = say) -> list[Result]:
    """Median time to the painted window of each, over `runs` alternating runs; `out` reports."""
    from plusdesk.core.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo10.sqlite"
        build_demo(db, seed=1, years=10)
        env = child_env(XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        time_child(BARE, [], env)  # warm the file cache once for both
        time_child(PLUSDESK, [str(db)], env)
        bare, plus, heavy = [], [], ""
        for _ in range(runs):
            bare.append(time_child(BARE, [], env)[0])
            seconds, heavy = time_child(PLUSDESK, [str(db)], env)
            plus.append(seconds)
    b, p = statistics.median(bare), statistics.median(plus)
    ratio = p / b
    out(f"platform: {env['QT_QPA_PLATFORM']}, runs: {runs}, file: 10-year demo")
    out(f"{'measure':<38}{'median':>10}{'min':>10}{'max':>10}")
    out(f"{'bare PySide6 QMainWindow painted':<38}{b:>9.3f}s{min(bare):>9.3f}s{max(bare):>9.3f}s")
    out(f"{'PlusDesk main window painted':<38}{p:>9.3f}s{min(plus):>9.3f}s{max(plus):>9.3f}s")
    out(
        f"ratio PlusDesk / bare: {ratio:.2f} (goal <= {GOAL_RATIO:.1f}) "
        f"{'OK' if ratio <= GOAL_RATIO else 'OVER GOAL'}"
    )
    out(f"heavy modules loaded before first paint: {heavy or 'none'}")
    # The goal is relative: PlusDesk's time against twice the bare window's, so the ratio
    # column (figure / goal) is 1 exactly at the goal, like every other row of run_all.
    return [
        Result.judge(
            "startup to painted window",
            p,
            "s",
            GOAL_RATIO * b,
            note=f"PlusDesk/bare {ratio:.2f}x (goal <= {GOAL_RATIO:g}x); bare {b:.3f} s; "
            f"median of {runs}; {env['QT_QPA_PLATFORM']}",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    add_json_option(parser)
    args = parser.parse_args()
    write_json(args.json, measure(args.runs))


if __name__ == "__main__":
    main()
