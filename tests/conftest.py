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
