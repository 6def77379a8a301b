"""`plusdesk export`, `merge`, `pack` and `import-pack` from the command line."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from plusdesk.cli import main
from plusdesk.core.exchange_format import read_file

DEMO_PASSWORD = "plusdesk-demo"
ZG_PASSWORD = "correct paard batterij"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for key in ("PLUSDESK_DB", "PLUSDESK_USER"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PLUSDESK_PASSWORD", DEMO_PASSWORD)
    return monkeypatch


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "audit_log" not in line]
    finally:
        conn.close()


def test_export_preview_writes_nothing(demo_file: Path, tmp_path: Path, env, capsys) -> None:
    before = dump(demo_file)
    out = tmp_path / "x.plusdesk"
    assert main(["export", "--db", str(demo_file), "--out", str(out), "--preview"]) == 0
    text = capsys.readouterr().out
    assert "Wat verlaat de praktijk" in text and "onderdrukt" in text and "Verwijzingen:" in text
    assert not out.exists()
    assert dump(demo_file) == before


def test_export_into_a_folder_uses_the_agb_and_date(demo_file: Path, tmp_path: Path, env) -> None:
    xlsx = tmp_path / "export.xlsx"
    args = ["export", "--db", str(demo_file), "--out", str(tmp_path), "--xlsx", str(xlsx)]
    assert main([*args, "--user", "demo", "--from", "01-01-2024", "--to", "31-12-2024"]) == 0
    [written] = tmp_path.glob("*.plusdesk")
    data = read_file(written)
    assert written.name == f"{data.agb_code}_{data.created_at[:10]}.plusdesk"
    assert data.manifest["periode_van"] == "2024-01-01"
    assert xlsx.stat().st_size > 0


def test_export_needs_a_user(demo_file: Path, tmp_path: Path, env, capsys) -> None:
    assert main(["export", "--db", str(demo_file), "--out", str(tmp_path / "x.plusdesk")]) == 2
    assert "--user" in capsys.readouterr().err
    assert not (tmp_path / "x.plusdesk").exists()


def test_merge_creates_the_workspace_then_pack_and_import(
    demo_file: Path, tmp_path: Path, env, capsys
) -> None:
    export = tmp_path / "p.plusdesk"
    assert main(["export", "--db", str(demo_file), "--out", str(export), "--user", "demo"]) == 0
    zg = tmp_path / "zg.sqlite"
    env.setenv("PLUSDESK_PASSWORD", ZG_PASSWORD)
    merge = ["merge", str(export), "--db", str(zg), "--user", "beheer"]
    assert main(merge) == 2  # no workspace yet and no name to create it with
    assert "--zorggroep" in capsys.readouterr().err
    assert main([*merge, "--zorggroep", "Zorggroep Test"]) == 0
    out = capsys.readouterr().out
    assert "Zorggroepbestand aangemaakt" in out and "1 ingelezen, 0 geweigerd" in out
    xlsx = tmp_path / "zorggroep.xlsx"
    assert main([*merge, "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "al ingelezen" in out and f"XLSX opgeslagen: {xlsx}" in out
    assert xlsx.stat().st_size > 0

    packs = tmp_path / "packs"
    packs.mkdir()
    assert main(["pack", "--db", str(zg), "--out-dir", str(packs), "--user", "beheer"]) == 0
    [pack] = packs.glob("*.plusdesk")
    env.setenv("PLUSDESK_PASSWORD", DEMO_PASSWORD)
    assert main(["import-pack", str(pack), "--db", str(demo_file), "--user", "demo"]) == 0
    assert "1 praktijken" in capsys.readouterr().out


def test_merge_reports_refused_files_and_exits_1(
    demo_file: Path, tmp_path: Path, env, capsys
) -> None:
    export = tmp_path / "p.plusdesk"
    assert main(["export", "--db", str(demo_file), "--out", str(export), "--user", "demo"]) == 0
    broken = tmp_path / "kapot.plusdesk"
    shutil.copy(export, broken)
    conn = sqlite3.connect(broken)
    with conn:
        conn.execute("UPDATE data_value SET value = 999 WHERE indicator = 'praktijk.omvang'")
    conn.close()
    env.setenv("PLUSDESK_PASSWORD", ZG_PASSWORD)
    zg = tmp_path / "zg.sqlite"
    args = ["merge", str(broken), str(export), "--db", str(zg), "--user", "beheer"]
    assert main([*args, "--zorggroep", "Zorggroep Test"]) == 1
    captured = capsys.readouterr()
    assert "kapot.plusdesk: geweigerd" in captured.err and "controlesom" in captured.err
    assert "1 ingelezen, 1 geweigerd" in captured.out


def test_import_pack_refuses_an_export_before_signing_in(
    demo_file: Path, tmp_path: Path, env, capsys
) -> None:
    export = tmp_path / "p.plusdesk"
    assert main(["export", "--db", str(demo_file), "--out", str(export), "--user", "demo"]) == 0
    before = dump(demo_file)
    assert main(["import-pack", str(export), "--db", str(demo_file)]) == 2
    assert "benchmarkpakket" in capsys.readouterr().err
    assert dump(demo_file) == before
