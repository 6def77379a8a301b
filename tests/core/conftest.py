"""Fixtures shared by the core tests: an accented file path, a fresh practice file."""

import shutil
from pathlib import Path

import pytest
from intervention_files import TODAY, freeze

from plusdesk.core.db import open_database


@pytest.fixture
def accented_db(demo_template: Path, tmp_path: Path):
    """The demo practice in a folder and file whose names have spaces and accents."""
    path = tmp_path / "Praktijk Één" / "gegevens ü.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def fresh(tmp_path: Path, first_account, monkeypatch: pytest.MonkeyPatch):
    """A new practice file (catalogue, no history), its praktijkmanager signed in, today fixed."""
    from plusdesk.core.practice import create_practice_file, validate_details
    from plusdesk.core.users import login

    freeze(monkeypatch, TODAY)
    path = create_practice_file(
        tmp_path / "praktijk.sqlite", validate_details("Praktijk Test", "01234567"), first_account
    )
    db = open_database(path)
    yield login(db, first_account.username, first_account.password)
    db.close()
