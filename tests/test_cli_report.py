"""`plusdesk report`: the Praktijkrapport from the command line, logged like the window's."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.db import open_database


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLUSDESK_")}
    env["PLUSDESK_PASSWORD"] = "plusdesk-demo"
    return subprocess.run(
        [sys.executable, "-m", "plusdesk", "report", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_report_writes_the_pdf_and_logs_the_export(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport"
    result = run("--db", str(demo_file), "--out", str(out), "--year", "2024", "--user", "demo")
    assert result.returncode == 0, result.stderr
    written = tmp_path / "rapport.pdf"
    assert f"Praktijkrapport 2024 opgeslagen: {written}" in result.stdout
    assert written.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(written), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Praktijkrapport 2024" in text and "Periode: 01-01-2024" in text
    db = open_database(demo_file)
    try:
        events = [e for e in query(db, AuditFilter(action="export")) if e.object_type == "report"]
    finally:
        db.close()
    assert [(e.username, e.object_id, e.result) for e in events] == [("demo", "2024", "ok")]


def test_report_refuses_a_year_without_writing(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    result = run("--db", str(demo_file), "--out", str(out), "--year", "1999", "--user", "demo")
    assert result.returncode == 2
    assert "Kies een jaar van 2010 tot en met" in result.stderr
    assert not out.exists()


def test_report_into_a_missing_folder_fails_clearly(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "weg" / "rapport.pdf"
    result = run("--db", str(demo_file), "--out", str(out), "--user", "demo")
    assert result.returncode == 2
    assert "kon niet worden opgeslagen" in result.stderr
    assert not out.parent.exists()
