"""Shared fixtures: offscreen Qt, a demo file built once per session, copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from plusdesk.core.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite", seed=1)


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo practice for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


# The documented demo password (README) and a first account for new files in tests.
DEMO_PASSWORD = "plusdesk-demo"
TEST_PASSWORD = "correct paard batterij"


@pytest.fixture
def first_account():
    from plusdesk.core.practice import FirstAccount

    return FirstAccount("beheer", TEST_PASSWORD, "Bea Beheer")


@pytest.fixture
def demo_db(demo_file: Path):
    """The demo practice opened for one test (closed afterwards)."""
    from plusdesk.core.db import open_database

    db = open_database(demo_file)
    yield db
    db.close()


@pytest.fixture
def manager(demo_db):
    """The demo praktijkmanager, signed in."""
    from plusdesk.core.users import login

    return login(demo_db, "demo", DEMO_PASSWORD)


@pytest.fixture(scope="session")
def zorggroep_template(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Four demo practices (3 years each) exported and merged into a zorggroep workspace, and
    the benchmark packs written. Returns {"workspace", "practices", "exports", "packs"}; copy
    before changing anything (see `zorggroep_file` and `pack_practice_file`)."""
    import random

    from plusdesk.core.db import open_database
    from plusdesk.core.demo import build_demo
    from plusdesk.core.exchange import build_export, save_export
    from plusdesk.core.practice import FirstAccount
    from plusdesk.core.users import login
    from plusdesk.core.workspace import create_workspace, merge_files, write_packs

    folder = tmp_path_factory.mktemp("zorggroep")
    demos, exports = [], []
    for seed in (11, 12, 13, 14):
        demo = build_demo(folder / f"praktijk{seed}.sqlite", seed=seed, years=3)
        db = open_database(demo)
        exports.append(save_export(login(db, "demo", DEMO_PASSWORD), build_export(db),
                                   folder / f"p{seed}.plusdesk"))  # fmt: skip
        db.close()
        demos.append(demo)
    account = FirstAccount("beheer", TEST_PASSWORD, "Bea Beheer")
    workspace = create_workspace(folder / "zorggroep.sqlite", "Zorggroep Maasland", account)
    db = open_database(workspace)
    session = login(db, account.username, account.password)
    merge_files(session, exports)
    (folder / "pakketten").mkdir()
    packs = write_packs(session, folder / "pakketten", rng=random.Random(5))
    db.close()
    return {"workspace": workspace, "practices": demos, "exports": exports, "packs": packs}


@pytest.fixture
def zorggroep_file(zorggroep_template: dict, tmp_path: Path) -> Path:
    """A fresh copy of the merged zorggroep workspace (account "beheer", TEST_PASSWORD)."""
    target = tmp_path / "zorggroep.sqlite"
    shutil.copy(zorggroep_template["workspace"], target)
    return target


@pytest.fixture
def pack_practice_file(zorggroep_template: dict, tmp_path: Path) -> Path:
    """A fresh copy of the first demo practice of the zorggroep with its benchmark pack read
    (account "demo", DEMO_PASSWORD): its own point among the letters."""
    from plusdesk.core.db import open_database
    from plusdesk.core.practice import get_practice
    from plusdesk.core.users import login
    from plusdesk.core.workspace import import_pack

    target = tmp_path / "praktijk.sqlite"
    shutil.copy(zorggroep_template["practices"][0], target)
    db = open_database(target)
    try:
        agb = get_practice(db).agb_code
        pack = next(p for p in zorggroep_template["packs"] if p.name.startswith(agb))
        import_pack(login(db, "demo", DEMO_PASSWORD), pack)
    finally:
        db.close()
    return target
