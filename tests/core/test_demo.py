"""The demo practice: believable, and the same content for the same seed."""

import sqlite3
from pathlib import Path

import pytest

from plusdesk.core.db import open_database
from plusdesk.core.demo import build_demo
from plusdesk.core.errors import FileExistsErrorNL
from plusdesk.core.practice import get_practice


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    # Load time and password salts differ per run by design; the rest must be identical.
    lines = [
        line
        for line in conn.iterdump()
        if 'INSERT INTO "catalogue"' not in line and 'INSERT INTO "account"' not in line
    ]
    lines += [str(r) for r in conn.execute("SELECT username, role, full_name FROM account")]
    tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    conn.close()
    assert len(tables) > 5
    return lines


def test_same_seed_gives_same_practice(tmp_path: Path) -> None:
    a = build_demo(tmp_path / "a.sqlite", seed=7)
    b = build_demo(tmp_path / "b.sqlite", seed=7)
    c = build_demo(tmp_path / "c.sqlite", seed=8)
    assert dump(a) == dump(b)
    assert dump(a) != dump(c)


def test_demo_is_a_believable_practice(demo_file: Path) -> None:
    db = open_database(demo_file)
    practice = get_practice(db)
    db.close()
    assert practice is not None and practice.is_demo
    assert "(demo)" in practice.name
    assert 5000 <= (practice.list_size or 0) <= 7000
    assert len(practice.agb_code) == 8


def test_demo_refuses_to_overwrite_unless_asked(demo_file: Path) -> None:
    with pytest.raises(FileExistsErrorNL):
        build_demo(demo_file, seed=2)
    build_demo(demo_file, seed=2, overwrite=True)
    db = open_database(demo_file)
    assert db.scalar("SELECT value FROM meta WHERE key = 'demo_seed'") == "2"
    db.close()


def test_demo_never_overwrites_a_real_practice(tmp_path: Path, first_account) -> None:
    from plusdesk.core.practice import create_practice_file, validate_details

    real = create_practice_file(
        tmp_path / "echt.sqlite", validate_details("Echt", "01234567"), first_account
    )
    before = real.read_bytes()
    with pytest.raises(FileExistsErrorNL, match="echte praktijk"):
        build_demo(real, overwrite=True)
    assert real.read_bytes() == before


def test_demo_has_the_documented_accounts_one_per_role(demo_db) -> None:
    from plusdesk.core.users import DEMO_PASSWORD, login

    roles = {
        name: login(demo_db, name, DEMO_PASSWORD).user.role.label
        for name in ("demo", "poh", "huisarts", "lezer")
    }
    assert roles == {
        "demo": "Praktijkmanager",
        "poh": "POH",
        "huisarts": "Huisarts",
        "lezer": "Alleen lezen",
    }


def test_demo_file_from_before_accounts_gets_them(demo_db) -> None:
    from plusdesk.core.demo import ensure_demo_accounts

    assert not ensure_demo_accounts(demo_db)  # has them already
    demo_db.conn.execute("DELETE FROM account")
    assert ensure_demo_accounts(demo_db)
    assert demo_db.scalar("SELECT count(*) FROM account") == 5
