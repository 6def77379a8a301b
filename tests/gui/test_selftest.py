"""`plusdesk --selftest`: passes on a whole installation, fails loudly on a broken page."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )


def test_selftest_walks_every_page_of_both_kinds_of_file_and_exits_0() -> None:
    result = _run("from plusdesk.cli import main; raise SystemExit(main(['--selftest']))")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    practice_pages = [
        "Overzicht", "Interventies", "Gesprekken", "Collaborative care", "Verwijzingen",
        "Zorggroep-export", "Benchmark", "Auditlog",
    ]  # fmt: skip
    zorggroep_pages = ["Praktijken", "Implementatie", "Funnelplot", "Trends", "Naast elkaar"]
    for title in practice_pages + zorggroep_pages:
        assert any(line.startswith(f"ok    pagina {title}") for line in lines), title
    assert sum(line.startswith("ok    pagina Auditlog") for line in lines) == 2
    assert "ok    pagina Verwijzingen (4 tabbladen)" in lines
    # then the same in English, which proves the compiled translation was found
    assert "ok    taal: English" in lines
    for title in ["Overview", "Interventions (3 tabbladen)", "Referrals (4 tabbladen)"]:
        assert f"ok    pagina {title}" in lines, title
    assert "ok    pagina Funnel plot" in lines
    assert sum(line.startswith("ok    pagina Audit log") for line in lines) == 2
    assert sum("vrijgegeven" in line for line in lines) == 4
    assert lines[-1].startswith("Zelftest geslaagd")


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (  # an exception in a Qt slot (the sidebar's page switch) is caught, not just printed
            "from plusdesk.gui.pages import referrals as m\n"
            "def boom(self): raise RuntimeError('kapotte grafiek')\n"
            "m.ReferralsPage.refresh = boom\n",
            "kapotte grafiek",
        ),
        (  # a Qt warning counts as a fault
            "from PySide6.QtCore import qWarning\n"
            "from plusdesk.gui.pages import audit as m\n"
            "orig = m.AuditPage.refresh\n"
            "def warn(self): qWarning('kapot signaal'); orig(self)\n"
            "m.AuditPage.refresh = warn\n",
            "Qt-melding: kapot signaal",
        ),
    ],
)
def test_selftest_fails_with_a_reason_when_a_page_breaks(fault: str, expected: str) -> None:
    result = _run(
        fault + "from plusdesk.gui.selftest import run_selftest\nraise SystemExit(run_selftest())\n"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stdout
    assert "FOUT" in result.stdout
    assert "Zelftest mislukt" in result.stdout.splitlines()[-1]
