"""Intervention catalogue: domains, interventions and preconditions, loaded from resources/."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from plusdesk.core.clock import utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import CatalogueError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.i18n import lines as joined_lines
from plusdesk.core.resources import resource

if TYPE_CHECKING:
    from plusdesk.core.users import Session

FORMAT = "plusdesk-catalogue"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Precondition:
    code: str
    text: str


@dataclass(frozen=True)
class CatalogueIntervention:
    code: str
    domain: str
    title: str
    description: str
    preconditions: tuple[Precondition, ...]


@dataclass(frozen=True)
class Domain:
    code: str
    title: str
    description: str


@dataclass(frozen=True)
class Catalogue:
    catalogue_id: str
    version: str
    title: str
    domains: tuple[Domain, ...]
    interventions: tuple[CatalogueIntervention, ...]
    sha256: str


@dataclass
class CatalogueChange:
    """What applying a catalogue did to a practice file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)


def default_catalogue_path() -> Path:
    return resource("catalogue.json")


_WHOLE = QT_TRANSLATE_NOOP("core", "de catalogus")


def _require(obj: dict, key: str, where: str, kind: type = str) -> object:
    value = obj.get(key)
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise CatalogueError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Catalogusbestand ongeldig: {where} mist het veld '{key}'."
                ),
                where=where,
                key=key,
            )
        )
    return value


def parse_catalogue(raw: bytes, name: str = QT_TRANSLATE_NOOP("core", "catalogus")) -> Catalogue:
    """Parse and validate catalogue JSON; raises CatalogueError with a Dutch reason."""
    import hashlib  # only when a catalogue is loaded: keeps it off the start-up path

    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' is geen geldig catalogusbestand (geen JSON)."),
                name=name,
            )
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CatalogueError(
            Text(QT_TRANSLATE_NOOP("core", "'{name}' is geen PlusDesk-catalogus."), name=name)
        )
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise CatalogueError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' heeft catalogusformaat {version}; deze versie van PlusDesk kan "
                    "catalogusformaat t/m {supported} lezen.",
                ),
                name=name,
                version=version,
                supported=FORMAT_VERSION,
            )
        )
    domains: list[Domain] = []
    for i, d in enumerate(_require(data, "domains", _WHOLE, list), start=1):
        where = Text(QT_TRANSLATE_NOOP("core", "domein {number}"), number=i)
        domains.append(
            Domain(
                code=_require(d, "code", where),
                title=_require(d, "title", where),
                description=str(d.get("description", "")),
            )
        )
    domain_codes = {d.code for d in domains}
    if len(domain_codes) != len(domains):
        raise CatalogueError(
            QT_TRANSLATE_NOOP("core", "Catalogusbestand ongeldig: een domeincode komt dubbel voor.")
        )
    interventions: list[CatalogueIntervention] = []
    seen: set[str] = set()
    for i, item in enumerate(_require(data, "interventions", _WHOLE, list), start=1):
        code = _require(
            item, "code", Text(QT_TRANSLATE_NOOP("core", "interventie {number}"), number=i)
        )
        where = Text(QT_TRANSLATE_NOOP("core", "interventie {code}"), code=code)
        domain = _require(item, "domain", where)
        if domain not in domain_codes:
            raise CatalogueError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core", "Catalogusbestand ongeldig: {where} hoort bij onbekend domein."
                    ),
                    where=where,
                )
            )
        preconditions = []
        for p in item.get("preconditions", []):
            preconditions.append(
                Precondition(code=_require(p, "code", where), text=_require(p, "text", where))
            )
        for c in [code, *(p.code for p in preconditions)]:
            if c in seen:
                raise CatalogueError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "core", "Catalogusbestand ongeldig: de code '{code}' komt dubbel voor."
                        ),
                        code=c,
                    )
                )
            seen.add(c)
        interventions.append(
            CatalogueIntervention(
                code=code,
                domain=domain,
                title=_require(item, "title", where),
                description=str(item.get("description", "")),
                preconditions=tuple(preconditions),
            )
        )
    if not interventions:
        raise CatalogueError(
            QT_TRANSLATE_NOOP("core", "Catalogusbestand ongeldig: er staan geen interventies in.")
        )
    return Catalogue(
        catalogue_id=_require(data, "catalogue_id", _WHOLE),
        version=_require(data, "catalogue_version", _WHOLE),
        title=_require(data, "title", _WHOLE),
        domains=tuple(domains),
        interventions=tuple(interventions),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def load_catalogue_file(path: str | Path | None = None) -> Catalogue:
    """Read a catalogue file (the shipped default when no path is given)."""
    path = Path(path) if path is not None else default_catalogue_path()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogueError(
            Text(
                QT_TRANSLATE_NOOP("core", "Kan het catalogusbestand '{path}' niet lezen: {reason}"),
                path=path,
                reason=str(exc),
            )
        ) from exc
    return parse_catalogue(raw, path.name)


def apply_catalogue_in(conn: sqlite3.Connection, catalogue: Catalogue) -> CatalogueChange:
    """Write a catalogue inside the caller's transaction; records of the practice are kept."""
    now = utc_now_iso()
    change = CatalogueChange()
    local_clash = conn.execute(
        f"SELECT code FROM intervention WHERE origin = 'lokaal' AND code IN "
        f"({','.join('?' * len(catalogue.interventions))})",
        [i.code for i in catalogue.interventions],
    ).fetchone()
    if local_clash:
        raise CatalogueError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "De catalogus gebruikt de code '{code}', die al een lokale interventie is.",
                ),
                code=local_clash[0],
            )
        )
    conn.executemany(
        "INSERT INTO domain (code, title, description, position) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET title = excluded.title, "
        "description = excluded.description, position = excluded.position",
        [(d.code, d.title, d.description, n) for n, d in enumerate(catalogue.domains)],
    )
    existing = {
        row[0]: row[1]
        for row in conn.execute(
            "SELECT code, retired_at FROM intervention WHERE origin='catalogus'"
        )
    }
    for n, item in enumerate(catalogue.interventions):
        if item.code not in existing:
            change.added.append(item.code)
        elif existing[item.code] is not None:
            change.restored.append(item.code)
        else:
            change.updated.append(item.code)
        conn.execute(
            "INSERT INTO intervention (code, domain_code, title, description, position, origin,"
            " catalogue_version, retired_at) VALUES (?, ?, ?, ?, ?, 'catalogus', ?, NULL) "
            "ON CONFLICT(code) DO UPDATE SET domain_code = excluded.domain_code, "
            "title = excluded.title, description = excluded.description, "
            "position = excluded.position, catalogue_version = excluded.catalogue_version, "
            "retired_at = NULL",
            (item.code, item.domain, item.title, item.description, n, catalogue.version),
        )
        conn.execute(
            "UPDATE precondition SET retired_at = ? WHERE intervention_code = ? "
            "AND retired_at IS NULL",
            (now, item.code),
        )
        conn.executemany(
            "INSERT INTO precondition (code, intervention_code, text, position, retired_at) "
            "VALUES (?, ?, ?, ?, NULL) ON CONFLICT(code) DO UPDATE SET "
            "intervention_code = excluded.intervention_code, text = excluded.text, "
            "position = excluded.position, retired_at = NULL",
            [(p.code, item.code, p.text, k) for k, p in enumerate(item.preconditions)],
        )
    new_codes = {i.code for i in catalogue.interventions}
    for code, retired_at in existing.items():
        if code not in new_codes and retired_at is None:
            change.retired.append(code)
            conn.execute("UPDATE intervention SET retired_at = ? WHERE code = ?", (now, code))
            conn.execute(
                "UPDATE precondition SET retired_at = ? WHERE intervention_code = ? "
                "AND retired_at IS NULL",
                (now, code),
            )
    conn.execute(
        "INSERT INTO catalogue (catalogue_id, catalogue_version, title, content_sha256, loaded_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (catalogue.catalogue_id, catalogue.version, catalogue.title, catalogue.sha256, now),
    )
    return change


def apply_catalogue(session: Session, catalogue: Catalogue) -> CatalogueChange:
    """Replace the practice's catalogue in one transaction; nothing changes on an error."""
    from plusdesk.core import audit
    from plusdesk.core.users import Permission

    session.require(Permission.MANAGE_CATALOGUE, object_type="catalogue")
    with session.db.transaction() as conn:
        change = apply_catalogue_in(conn, catalogue)
        audit.record_in(
            conn,
            session.actor,
            "update",
            object_type="catalogue",
            object_id=catalogue.catalogue_id,
            detail=f"{catalogue.title} ({catalogue.version}) geladen: {len(change.added)} nieuw, "
            f"{len(change.updated)} bijgewerkt, {len(change.retired)} vervallen",
        )
    return change


def preview_catalogue(db: Database, catalogue: Catalogue) -> CatalogueChange:
    """What applying a catalogue would add, update and retire; the file is not touched."""
    scratch = db.scratch_copy()
    try:
        with scratch.transaction() as conn:
            return apply_catalogue_in(conn, catalogue)
    finally:
        scratch.close()


def describe_change(change: CatalogueChange, db: Database) -> str:
    """A Dutch summary of a catalogue change, naming added and retired interventions."""
    titles = {r.code: r.title for r in list_interventions(db, include_retired=True)}
    lines = [
        Text(
            QT_TRANSLATE_NOOP(
                "core", "{count} interventies blijven staan; hun teksten worden bijgewerkt."
            ),
            count=len(change.updated),
        )
    ]
    if change.added:
        lines.append(
            Text(
                QT_TRANSLATE_NOOP("core", "{count} nieuw: {codes}."),
                count=len(change.added),
                codes=", ".join(change.added),
            )
        )
    if change.restored:
        lines.append(
            Text(
                QT_TRANSLATE_NOOP("core", "{count} teruggezet: {codes}."),
                count=len(change.restored),
                codes=", ".join(change.restored),
            )
        )
    if change.retired:
        named = ", ".join(f"{c} ({titles.get(c, c)})" for c in change.retired)
        lines.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{count} vervallen: {interventions}. Wat de praktijk hierover vastlegde, "
                    "blijft bewaard.",
                ),
                count=len(change.retired),
                interventions=named,
            )
        )
    return joined_lines(lines)


@dataclass(frozen=True)
class InterventionRow:
    """An intervention as the register shows it."""

    code: str
    domain_code: str
    domain_title: str
    title: str
    description: str
    origin: str
    retired: bool
    preconditions: tuple[str, ...]


def list_interventions(db: Database, *, include_retired: bool = False) -> list[InterventionRow]:
    """Interventions in catalogue order, grouped by domain."""
    pre: dict[str, list[str]] = {}
    for row in db.query(
        "SELECT intervention_code, text FROM precondition WHERE retired_at IS NULL "
        "ORDER BY intervention_code, position"
    ):
        pre.setdefault(row[0], []).append(row[1])
    rows = db.query(
        "SELECT i.code, i.domain_code, d.title AS domain_title, i.title, i.description, i.origin,"
        " i.retired_at FROM intervention i JOIN domain d ON d.code = i.domain_code "
        "WHERE ? OR i.retired_at IS NULL ORDER BY d.position, i.position, i.code",
        (include_retired,),
    )
    return [
        InterventionRow(
            code=r["code"],
            domain_code=r["domain_code"],
            domain_title=r["domain_title"],
            title=r["title"],
            description=r["description"],
            origin=r["origin"],
            retired=r["retired_at"] is not None,
            preconditions=tuple(pre.get(r["code"], [])),
        )
        for r in rows
    ]


def current_catalogue(db: Database) -> sqlite3.Row | None:
    """The catalogue most recently loaded into this file."""
    rows = db.query("SELECT * FROM catalogue ORDER BY id DESC LIMIT 1")
    return rows[0] if rows else None
