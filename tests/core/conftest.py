"""Fixtures shared by the core tests of backups and recovery."""

import shutil
from pathlib import Path

import pytest

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
