"""Specialism codes (Vektis COD016) and user-definable groups of codes such as GGZ."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.resources import resource

if TYPE_CHECKING:
    from plusdesk.core.users import Session

_PATTERN = re.compile(r"[0-9]{1,4}\*?")


@dataclass(frozen=True)
class CodeGroup:
    name: str
    description: str
    patterns: tuple[str, ...]

    def matches(self, code: str) -> bool:
        """True when a specialism code belongs to this group."""
        return any(code.startswith(p[:-1]) if p.endswith("*") else code == p for p in self.patterns)


def load_reference_in(conn: sqlite3.Connection) -> None:
    """Write the shipped specialisms and default groups inside the caller's transaction."""
    data = json.loads(resource("specialisms.json").read_text(encoding="utf-8"))
    conn.executemany(
        "INSERT INTO specialism (code, name) VALUES (?, ?) "
        "ON CONFLICT(code) DO UPDATE SET name = excluded.name",
        [(s["code"], s["name"]) for s in data["specialisms"]],
    )
    for group in data["groups"]:
        if conn.execute("SELECT 1 FROM code_group WHERE name = ?", (group["name"],)).fetchone():
            continue  # a group the practice or zorggroep may have changed stays as it is
        _insert_group(
            conn, CodeGroup(group["name"], group["description"], tuple(group["patterns"]))
        )


def _insert_group(conn: sqlite3.Connection, group: CodeGroup) -> None:
    cur = conn.execute(
        "INSERT INTO code_group (name, description) VALUES (?, ?)", (group.name, group.description)
    )
    conn.executemany(
        "INSERT INTO code_group_member (group_id, pattern) VALUES (?, ?)",
        [(cur.lastrowid, p) for p in group.patterns],
    )


def save_group(session: Session, group: CodeGroup) -> None:
    """Create or replace a group of specialism codes (patterns like '0329' or '94*')."""
    from plusdesk.core import audit
    from plusdesk.core.users import Permission

    session.require(Permission.MANAGE_CATALOGUE, object_type="code_group")
    name = group.name.strip()
    patterns = tuple(dict.fromkeys(p.strip() for p in group.patterns if p.strip()))
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Geef de groep een naam."), field="name")
    if not patterns:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Een groep moet minstens één code bevatten."),
            field="patterns",
        )
    for p in patterns:
        if not _PATTERN.fullmatch(p):
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{code}' is geen geldige code; gebruik cijfers, eventueel gevolgd door * "
                        "(bijvoorbeeld 0329 of 94*).",
                    ),
                    code=p,
                ),
                field="patterns",
            )
    with session.db.transaction() as conn:
        conn.execute("DELETE FROM code_group WHERE name = ?", (name,))
        _insert_group(conn, CodeGroup(name, group.description, patterns))
        audit.record_in(
            conn,
            session.actor,
            "update",
            object_type="code_group",
            object_id=name,
            detail="codes: " + ", ".join(patterns),
        )


def delete_group(session: Session, name: str) -> None:
    """Remove a group of codes; the referrals themselves are untouched."""
    from plusdesk.core import audit
    from plusdesk.core.users import Permission

    session.require(Permission.MANAGE_CATALOGUE, object_type="code_group", object_id=name)
    with session.db.transaction() as conn:
        if not conn.execute("DELETE FROM code_group WHERE name = ?", (name,)).rowcount:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("core", "De groep '{name}' bestaat niet (meer)."), name=name)
            )
        audit.record_in(conn, session.actor, "delete", object_type="code_group", object_id=name)


def list_groups(db: Database) -> list[CodeGroup]:
    """All code groups with their patterns."""
    groups = []
    for g in db.query("SELECT id, name, description FROM code_group ORDER BY name"):
        patterns = tuple(
            r[0]
            for r in db.query(
                "SELECT pattern FROM code_group_member WHERE group_id = ? ORDER BY pattern",
                (g["id"],),
            )
        )
        groups.append(CodeGroup(g["name"], g["description"], patterns))
    return groups


def specialisms(db: Database) -> dict[str, str]:
    """Specialism code → Dutch name."""
    return {r[0]: r[1] for r in db.query("SELECT code, name FROM specialism ORDER BY code")}


def normalise_name(text: str) -> str:
    """A specialism name reduced for matching: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-zà-ÿ]", "", text.lower())


def specialism_lookup(db: Database) -> dict[str, str]:
    """Every way a specialism may be written in an export (name or alias, normalised) → code."""
    lookup = {normalise_name(name): code for code, name in specialisms(db).items()}
    data = json.loads(resource("specialisms.json").read_text(encoding="utf-8"))
    for item in data["specialisms"]:
        for alias in item.get("aliases", ()):
            lookup.setdefault(normalise_name(alias), item["code"])
    return lookup


def known_code(code: str, names: dict[str, str], groups: list[CodeGroup]) -> bool:
    """A 4-digit code PlusDesk can count: a listed specialism or a member of a code group."""
    return code in names or any(g.matches(code) for g in groups)
