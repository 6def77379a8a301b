"""Chart-switch benchmark: the referral Trend chart from one specialism to the next.

Run: python tests/benchmarks/chart_switch.py [--switches N] [--json PATH]
Builds a 10-year demo practice, opens the real main window on it (the demo user, offscreen
unless QT_QPA_PLATFORM says otherwise, e.g. `QT_QPA_PLATFORM=xcb xvfb-run -a python ...`),
goes to Verwijzingen → Trend and chooses the specialisms in the subject box one after the
other, N times. Each switch is timed from choosing the item to the painted chart: the
combo box's own signal (the core's `trend` and the chart update), then
`QApplication.processEvents()`, which paints what changed; should that not have painted the
chart, a forced `repaint()` of the Trend tab is timed as well (one paint a switch, never
two). Also timed: the core's `trend` call within each switch (compute). Prints median and
worst of each and their ratio to the goal (< 50 ms a switch, repaint included).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Result, add_json_option, say, write_json

GOAL_MS = 50.0
PASSWORD = "plusdesk-demo"


def measure(switches: int = 100, out: Callable[[str], None] = say) -> list[Result]:
    """Time `switches` specialism switches on the Trend tab; `out` reports the figures."""
    saved = dict(os.environ)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            # The window's settings and backups go to the temporary folder, not the user's.
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
            os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
            from PySide6.QtCore import QSettings

            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
            return _measure(Path(tmp), switches, out)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _measure(folder: Path, switches: int, out: Callable[[str], None]) -> list[Result]:
    from PySide6.QtCore import QEvent, QObject

    import plusdesk.gui.pages.referral_tabs as referral_tabs
    from plusdesk.core.db import open_database
    from plusdesk.core.demo import build_demo
    from plusdesk.core.users import login
    from plusdesk.gui import settings
    from plusdesk.gui.app import create_application
    from plusdesk.gui.main_window import MainWindow
    from plusdesk.gui.pages.referrals import ReferralsPage

    started = time.perf_counter()
    demo = build_demo(folder / "tien-jaar.sqlite", seed=1, years=10)
    app = create_application()
    settings.write(settings.LANGUAGE, "nl")
    window = MainWindow(login(open_database(demo), "demo", PASSWORD))
    window.resize(1200, 800)
    window.show()
    _settle(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    window.show_page(next(n for n, s in enumerate(window.specs) if s.key == "referrals"))
    page = window.current_page()
    assert isinstance(page, ReferralsPage)
    page.tabs.setCurrentIndex(page.TREND)
    tab = page.trend_tab
    app.processEvents()
    tab.repaint()
    combo = tab.subject_combo
    keys = [s.key for s in page.subjects if s.kind == "specialism"]
    if len(keys) < 2:
        raise SystemExit("the demo file has fewer than two specialisms to switch between")
    # Every switch is to another specialism: the next one in the box, round and round.
    current = combo.currentData()
    start = keys.index(current) + 1 if current in keys else 0
    order = [combo.findData(keys[(start + n) % len(keys)]) for n in range(switches)]
    out(
        f"platform: {app.platformName()}, file: 10-year demo, {len(keys)} specialisms, "
        f"{switches} switches, per {tab.freq} ({time.perf_counter() - started:.1f} s to set up)"
    )

    # The core's share: each `trend` call made while a switch is being timed.
    computed: list[float] = []
    trend = referral_tabs.trend

    def timed_trend(*args, **kwargs):
        began = time.perf_counter()
        try:
            return trend(*args, **kwargs)
        finally:
            computed.append(time.perf_counter() - began)

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = Paints()
    tab.chart.plot.viewport().installEventFilter(paints)
    referral_tabs.trend = timed_trend
    redraw, total, compute, forced, unpainted = [], [], [], 0, 0
    try:
        for index in order:
            app.processEvents()  # nothing left over from the previous switch
            computed.clear()
            painted = paints.count
            began = time.perf_counter()
            combo.setCurrentIndex(index)
            chosen = time.perf_counter()
            app.processEvents()  # delivers the paint of what the switch changed
            if paints.count == painted:
                forced += 1
                tab.repaint()
            done = time.perf_counter()
            redraw.append(chosen - began)
            total.append(done - began)
            compute.append(sum(computed))
            unpainted += paints.count == painted
    finally:
        referral_tabs.trend = trend
        tab.chart.plot.viewport().removeEventFilter(paints)
    if forced:
        out(f"forced repaint: in {forced} of {switches} switches processEvents() painted nothing")
    if unpainted:
        out(f"warning: the chart was not repainted in {unpainted} of {switches} switches")

    rows = [
        ("compute (core trend)", compute),
        ("switch, before paint", redraw),
        ("switch, repaint included", total),
    ]
    out(f"{'measure':<28}{'median':>10}{'worst':>10}{'ratio to goal':>15}")
    for name, values in rows:
        median = statistics.median(values) * 1000
        out(f"{name:<28}{median:>7.1f} ms{max(values) * 1000:>7.1f} ms{median / GOAL_MS:>15.2f}")
    median_total = statistics.median(total) * 1000
    out(
        f"switch with repaint, median: {median_total:.1f} ms (goal < {GOAL_MS:.0f} ms)  "
        f"{'OK' if median_total < GOAL_MS else 'TOO SLOW'}"
    )
    window.close()
    app.processEvents()
    where = f"{switches} switches, {len(keys)} specialisms, {app.platformName()}"
    if forced:
        where += f", {forced} forced repaints"
    return [
        Result.judge(
            "chart switch: compute",
            statistics.median(compute) * 1000,
            "ms",
            GOAL_MS,
            op="<",
            note=f"median; worst {max(compute) * 1000:.1f} ms; core trend() in the switch",
        ),
        Result.judge(
            "chart switch: incl. repaint",
            median_total,
            "ms",
            GOAL_MS,
            op="<",
            note=f"median; worst {max(total) * 1000:.1f} ms; before paint "
            f"{statistics.median(redraw) * 1000:.1f} ms; {where}",
        ),
    ]


def _settle(app, ready: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the event loop run until `ready()` (the window is on the screen), or time out."""
    until = time.perf_counter() + timeout
    while not ready() and time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=100)
    add_json_option(parser)
    args = parser.parse_args()
    results = measure(args.switches)
    write_json(args.json, results)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
