"""The zorggroep workspace and the benchmark pack: one file per practice, the others anonymous."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from plusdesk.core import audit
from plusdesk.core.db import open_database
from plusdesk.core.demo import build_demo
from plusdesk.core.errors import PermissionDeniedError, ValidationError
from plusdesk.core.exchange import build_export, save_export
from plusdesk.core.exchange_format import ExchangeFileError, read_file
from plusdesk.core.referral_model import REFERENCE_NAME_KEY
from plusdesk.core.users import login
from plusdesk.core.workspace import (
    PACK_INDICATORS,
    create_workspace,
    import_pack,
    is_workspace,
    letters,
    merge_files,
    practices,
    remove_practice,
    workspace_name,
    write_packs,
)

PASSWORD = "plusdesk-demo"


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory, first_account_module):
    """Three demo practices, their exports merged, and the packs written."""
    folder = tmp_path_factory.mktemp("packs")
    demos, files = [], []
    for seed in (4, 5, 6):
        demo = build_demo(folder / f"demo{seed}.sqlite", seed=seed, years=3)
        db = open_database(demo)
        files.append(save_export(login(db, "demo", PASSWORD), build_export(db),
                                 folder / f"p{seed}.plusdesk"))  # fmt: skip
        db.close()
        demos.append(demo)
    zg = create_workspace(folder / "zg.sqlite", "Zorggroep Maasland", first_account_module)
    db = open_database(zg)
    session = login(db, first_account_module.username, first_account_module.password)
    merge_files(session, files)
    with db.transaction() as conn:  # the zorggroep's own reference table
        conn.execute("INSERT INTO reference_rate VALUES ('0322', '45-54', 'V', 12.5)")
        conn.execute("INSERT INTO meta VALUES (?, 'Referentie Maasland 2025')",
                     (REFERENCE_NAME_KEY,))  # fmt: skip
    out = folder / "out"
    out.mkdir()
    packs = write_packs(session, out, rng=random.Random(3))
    agbs = [p.agb_code for p in practices(db)]
    events = audit.query(db, audit.AuditFilter())
    db.close()
    return {"demos": demos, "packs": packs, "agbs": agbs, "events": events, "zg": zg}


@pytest.fixture(scope="module")
def first_account_module():
    from plusdesk.core.practice import FirstAccount

    return FirstAccount("beheer", "correct paard batterij", "Bea Beheer")


def agb_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT agb_code FROM practice").fetchone()[0]
    finally:
        conn.close()


def test_workspace_is_its_own_kind_of_file(setting) -> None:
    db = open_database(setting["zg"], readonly=True)
    try:
        assert is_workspace(db)
        assert workspace_name(db) == "Zorggroep Maasland"
        assert db.scalar("SELECT count(*) FROM practice") == 0
    finally:
        db.close()


def test_one_pack_per_practice_names_only_that_practice(setting) -> None:
    packs = setting["packs"]
    assert len(packs) == 3
    for pack in packs:
        data = read_file(pack)
        own = [p for p in data.practices if p.is_self]
        others = [p for p in data.practices if not p.is_self]
        assert len(own) == 1 and pack.name.startswith(own[0].agb_code + "_benchmarkpakket_")
        assert sorted(p.key for p in others) == ["A", "B"]
        assert all(p.name.startswith("Praktijk ") and p.agb_code == "" for p in others)
        raw = pack.read_bytes()
        for agb in setting["agbs"]:
            if agb != own[0].agb_code:
                assert agb.encode() not in raw, "another practice's AGB-code is in the pack"
        assert {v.indicator for v in data.values} <= set(PACK_INDICATORS)
        assert {v.indicator for v in data.values} >= {"interventie.status", "verwijzing.oe"}
        assert data.manifest["referentietabel"] == "Referentie Maasland 2025"
        assert len(data.reference_rates) == 1


def statuses(db, key: str) -> dict[str, str]:
    rows = db.query(
        "SELECT category, text FROM exchange_value WHERE practice = ? AND "
        "indicator = 'interventie.status'",
        (key,),
    )
    return {r[0]: r[1] for r in rows}


def test_an_anonymous_practice_has_the_same_figures_as_in_the_workspace(setting) -> None:
    data = read_file(setting["packs"][0])
    zg = open_database(setting["zg"], readonly=True)
    try:
        keys = [r[0] for r in zg.query("SELECT key FROM exchange_practice")]
        for letter in ("A", "B"):
            status = {
                v.category: v.text
                for v in data.values
                if v.practice == letter and v.indicator == "interventie.status"
            }
            assert status and any(status == statuses(zg, key) for key in keys), letter
    finally:
        zg.close()


def test_letters_continue_after_z() -> None:
    assert letters(28)[:3] == ["A", "B", "C"]
    assert letters(28)[25:] == ["Z", "AA", "AB"]


def test_writing_packs_is_logged(setting) -> None:
    packs = [e for e in setting["events"] if e.action == "export"]
    assert len(packs) == 3 and all(e.object_type == "benchmark_pack" for e in packs)


def test_practice_reads_its_own_pack_and_gets_the_reference_table(setting, tmp_path) -> None:
    demo = shutil.copy(setting["demos"][0], tmp_path / "p.sqlite")
    own_agb = agb_of(demo)
    pack = next(p for p in setting["packs"] if p.name.startswith(own_agb))
    db = open_database(demo)
    try:
        session = login(db, "demo", PASSWORD)
        result = import_pack(session, pack)
        assert result.practices == 3 and result.reference_rates == 1
        listed = practices(db)
        assert listed[0].is_self and listed[0].agb_code == own_agb
        assert [p.key for p in listed[1:]] == ["A", "B"]
        assert db.scalar("SELECT count(*) FROM reference_rate") == 1
        assert db.scalar("SELECT value FROM meta WHERE key = ?", (REFERENCE_NAME_KEY,)) == (
            "Referentie Maasland 2025"
        )
        assert db.scalar("SELECT count(*) FROM exchange_value WHERE practice = 'A'") > 0
        # reading the same pack again replaces, never doubles
        import_pack(session, pack)
        assert len(practices(db)) == 3
    finally:
        db.close()


def test_a_pack_for_another_practice_is_refused_and_changes_nothing(setting, tmp_path) -> None:
    demo = shutil.copy(setting["demos"][0], tmp_path / "p.sqlite")
    other = next(p for p in setting["packs"] if not p.name.startswith(agb_of(demo)))
    db = open_database(demo)
    try:
        session = login(db, "demo", PASSWORD)
        before = list(db.conn.iterdump())
        with pytest.raises(ValidationError, match="niet voor deze praktijk"):
            import_pack(session, other)
        after = [line for line in db.conn.iterdump() if "audit_log" not in line]
        assert after == [line for line in before if "audit_log" not in line]
    finally:
        db.close()


def test_an_export_is_not_a_pack_and_a_poh_cannot_read_one(setting, tmp_path) -> None:
    demo = shutil.copy(setting["demos"][0], tmp_path / "p.sqlite")
    db = open_database(demo)
    try:
        manager = login(db, "demo", PASSWORD)
        export = save_export(manager, build_export(db), tmp_path / "x.plusdesk")
        with pytest.raises(ExchangeFileError, match="hier hoort een benchmarkpakket"):
            import_pack(manager, export)
        with pytest.raises(PermissionDeniedError):
            import_pack(login(db, "poh", PASSWORD), setting["packs"][0])
    finally:
        db.close()


def test_removing_a_practice_takes_its_figures_with_it(setting, tmp_path) -> None:
    zg = shutil.copy(setting["zg"], tmp_path / "zg.sqlite")
    db = open_database(zg)
    try:
        session = login(db, "beheer", "correct paard batterij")
        key = practices(db)[0].key
        remove_practice(session, key)
        assert key not in {p.key for p in practices(db)}
        assert db.scalar("SELECT count(*) FROM exchange_value WHERE practice = ?", (key,)) == 0
        with pytest.raises(ValidationError):
            remove_practice(session, key)
    finally:
        db.close()


def test_packs_need_a_folder_and_merged_practices(tmp_path, first_account) -> None:
    zg = create_workspace(tmp_path / "leeg.sqlite", "Leeg", first_account)
    db = open_database(zg)
    try:
        session = login(db, first_account.username, first_account.password)
        with pytest.raises(ValidationError, match="bestaat niet"):
            write_packs(session, tmp_path / "nergens")
        with pytest.raises(ValidationError, match="nog geen praktijkexports"):
            write_packs(session, tmp_path)
    finally:
        db.close()
