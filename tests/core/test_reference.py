"""Specialism codes and user-defined code groups such as GGZ."""

from pathlib import Path

import pytest

from plusdesk.core.db import open_database
from plusdesk.core.errors import ValidationError
from plusdesk.core.reference import CodeGroup, list_groups, save_group, specialisms
from plusdesk.core.users import login


def test_specialism_list_holds_vektis_codes(demo_file: Path) -> None:
    db = open_database(demo_file)
    names = specialisms(db)
    db.close()
    assert names["0322"] == "Longziekten"
    assert names["0316"] == "Kindergeneeskunde"
    assert all(code.startswith("03") and len(code) == 4 for code in names)


def test_ggz_group_matches_psychiatry_psychologists_and_spv(demo_file: Path) -> None:
    db = open_database(demo_file)
    ggz = next(g for g in list_groups(db) if g.name == "GGZ")
    db.close()
    assert ggz.matches("0329") and ggz.matches("9401") and ggz.matches("9116")
    assert not ggz.matches("0322") and not ggz.matches("9117")


def test_user_defines_and_replaces_a_group(demo_file: Path) -> None:
    db = open_database(demo_file)
    session = login(db, "demo", "plusdesk-demo")
    save_group(session, CodeGroup("Long", "longziekten en allergologie", ("0322", "0326")))
    save_group(session, CodeGroup("Long", "alleen longziekten", ("0322",)))
    groups = {g.name: g for g in list_groups(db)}
    db.close()
    assert groups["Long"].patterns == ("0322",)
    assert groups["Long"].description == "alleen longziekten"


@pytest.mark.parametrize(
    ("group", "message"),
    [
        (CodeGroup(" ", "", ("0322",)), "naam"),
        (CodeGroup("X", "", ()), "minstens één code"),
        (CodeGroup("X", "", ("03a2",)), "geen geldige code"),
    ],
)
def test_invalid_group_is_refused(demo_file: Path, group: CodeGroup, message: str) -> None:
    db = open_database(demo_file)
    session = login(db, "demo", "plusdesk-demo")
    with pytest.raises(ValidationError, match=message):
        save_group(session, group)
    db.close()


def test_patterns_are_trimmed_and_deduplicated(demo_file: Path) -> None:
    db = open_database(demo_file)
    session = login(db, "demo", "plusdesk-demo")
    save_group(session, CodeGroup("Psy", "", ("0329\n", " 94* ", "0329")))
    group = next(g for g in list_groups(db) if g.name == "Psy")
    db.close()
    assert group.patterns == ("0329", "94*")
    assert group.matches("0329")


def test_a_group_is_deleted_by_the_manager_only_and_logged(demo_file: Path) -> None:
    from plusdesk.core.errors import PermissionDeniedError
    from plusdesk.core.reference import delete_group

    db = open_database(demo_file)
    with pytest.raises(PermissionDeniedError):
        delete_group(login(db, "poh", "plusdesk-demo"), "GGZ")
    assert [g.name for g in list_groups(db)] == ["GGZ"]
    manager = login(db, "demo", "plusdesk-demo")
    delete_group(manager, "GGZ")
    assert list_groups(db) == []
    assert db.scalar("SELECT count(*) FROM code_group_member") == 0
    assert db.scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'delete' AND object_type = 'code_group'"
    )
    with pytest.raises(ValidationError, match="bestaat niet"):
        delete_group(manager, "GGZ")
