"""The `plusdesk` command's headless sub-commands, run as a user would from a shell."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plusdesk.cli import main


def run(*args: str, password: str | None = "correct paard batterij") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLUSDESK_")}
    if password is not None:
        env["PLUSDESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "plusdesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_init_then_info_shows_practice_and_counts(tmp_path: Path) -> None:
    db = tmp_path / "praktijk.sqlite"
    result = run(
        "init",
        "--db",
        str(db),
        "--name",
        "De Linde",
        "--agb",
        "01234567",
        "--zorggroep",
        "ZZL",
        "--list-size",
        "5.800",
        "--user",
        "beheer",
    )
    assert result.returncode == 0, result.stderr
    info = run("info", "--db", str(db))
    assert info.returncode == 0, info.stderr
    report = json.loads(info.stdout)
    assert report["practice"]["name"] == "De Linde"
    assert report["practice"]["list_size"] == 5800
    assert report["schema_version"] >= 1
    assert report["counts"]["intervention"] == 17


def test_init_refuses_bad_agb_without_creating_a_file(tmp_path: Path) -> None:
    db = tmp_path / "praktijk.sqlite"
    result = run("init", "--db", str(db), "--name", "X", "--agb", "1234", "--user", "beheer")
    assert result.returncode == 2
    assert "8 cijfers" in result.stderr
    assert not db.exists()


def test_init_refuses_to_overwrite(
    demo_file: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLUSDESK_PASSWORD", "correct paard batterij")
    before = demo_file.read_bytes()
    code = main(
        ["init", "--db", str(demo_file), "--name", "X", "--agb", "01234567", "--user", "bb"]
    )
    assert code == 2
    assert "bestaat al" in capsys.readouterr().err
    assert demo_file.read_bytes() == before


def test_demo_is_deterministic_per_seed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    names = []
    for n in ("a", "b"):
        assert main(["demo", "--db", str(tmp_path / f"{n}.sqlite"), "--seed", "4"]) == 0
        assert main(["info", "--db", str(tmp_path / f"{n}.sqlite")]) == 0
        out = capsys.readouterr().out
        names.append(json.loads(out[out.index("{") :])["practice"])
    assert names[0] == names[1]


def test_info_on_a_foreign_file_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "brief.sqlite"
    path.write_text("Beste collega,")
    assert main(["info", "--db", str(path)]) == 2
    assert "geen PlusDesk-bestand" in capsys.readouterr().err
    assert path.read_text() == "Beste collega,"


def test_db_comes_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("PLUSDESK_DB", str(db))
    assert main(["demo"]) == 0
    assert db.exists()


def test_missing_db_argument_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLUSDESK_DB", raising=False)
    with pytest.raises(SystemExit) as exc:
        main(["info"])
    assert exc.value.code == 2


def test_help_lists_the_subcommands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "init", "info"):
        assert command in result.stdout


def test_catalogue_command_previews_then_replaces(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plusdesk.core.catalogue import default_catalogue_path

    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    data["catalogue_version"] = "2027.1"
    data["interventions"].pop(0)
    own = tmp_path / "zorggroep.json"
    own.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["catalogue", str(own), "--db", str(demo_file), "--dry-run"]) == 0
    assert "niets gewijzigd" in capsys.readouterr().out
    main(["info", "--db", str(demo_file)])
    out = capsys.readouterr().out
    assert json.loads(out)["counts"]["catalogue"] == 1
    monkeypatch.setenv("PLUSDESK_PASSWORD", "plusdesk-demo")
    assert main(["catalogue", str(own), "--db", str(demo_file)]) == 2
    assert "--user" in capsys.readouterr().err
    assert main(["catalogue", str(own), "--db", str(demo_file), "--user", "poh"]) == 2
    assert "catalogus beheren" in capsys.readouterr().err
    assert main(["catalogue", str(own), "--db", str(demo_file), "--user", "demo"]) == 0
    assert "1 vervallen: PE-01" in capsys.readouterr().out
    bad = tmp_path / "kapot.json"
    bad.write_text("{")
    assert main(["catalogue", str(bad), "--db", str(demo_file), "--user", "demo"]) == 2
    assert "geen JSON" in capsys.readouterr().err


def test_info_and_dry_run_leave_the_file_byte_for_byte(demo_file: Path, tmp_path: Path) -> None:
    from plusdesk.core.catalogue import default_catalogue_path

    before = demo_file.read_bytes()
    assert main(["info", "--db", str(demo_file)]) == 0
    assert (
        main(["catalogue", str(default_catalogue_path()), "--db", str(demo_file), "--dry-run"]) == 0
    )
    assert demo_file.read_bytes() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.sqlite"]


def test_init_without_password_in_a_pipe_explains_how(tmp_path: Path) -> None:
    db = tmp_path / "praktijk.sqlite"
    result = run(
        "init", "--db", str(db), "--name", "X", "--agb", "01234567", "--user", "b", password=None
    )
    assert result.returncode == 2
    assert "PLUSDESK_PASSWORD" in result.stderr
    assert not db.exists()


def test_init_refuses_a_short_password(tmp_path: Path) -> None:
    db = tmp_path / "praktijk.sqlite"
    args = ("init", "--db", str(db), "--name", "X", "--agb", "01234567", "--user", "beheer")
    result = run(*args, password="kort")
    assert result.returncode == 2
    assert "minstens 10 tekens" in result.stderr
    assert not db.exists()
