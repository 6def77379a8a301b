"""The zorggroep workspace: merging practice exports, and the benchmark pack back to a practice."""

from __future__ import annotations

import gc
import os
import random
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plusdesk import __version__
from plusdesk.core import audit
from plusdesk.core.clock import utc_now_iso
from plusdesk.core.db import Database, new_file
from plusdesk.core.errors import ValidationError
from plusdesk.core.exchange_format import (
    FORMAT_VERSION,
    KIND_EXPORT,
    KIND_PACK,
    SUFFIX,
    Category,
    ExchangeFile,
    ExchangeFileError,
    PracticeEntry,
    ReferenceRate,
    Value,
    cannot_open,
    check_path,
    moment,
    read_file,
    read_from,
    seal,
    write_file,
)
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text
from plusdesk.core.practice import (
    FirstAccount,
    _insert_first_account,
    get_practice,
    seed_reference_in,
)
from plusdesk.core.referral_model import REFERENCE_NAME_KEY, REFERENCE_SOURCE_KEY
from plusdesk.core.validation import today

if TYPE_CHECKING:
    from plusdesk.core.users import Session

FILE_KIND_KEY = "file_kind"
KIND_ZORGGROEP = "zorggroep"
NAME_KEY = "zorggroep.name"

# What a benchmark pack carries of every practice: implementation progress and the O/E
# figures for the funnel plots; nothing else (list sizes and monthly counts stay with the
# zorggroep, they would make an anonymous letter easy to recognise).
PACK_INDICATORS = (
    "interventie.status",
    "interventie.status_sinds",
    "interventie.gestart_op",
    "interventie.geimplementeerd_op",
    "interventie.maatwerk",
    "verwijzing.oe_waargenomen",
    "verwijzing.oe_verwacht",
    "verwijzing.oe",
    "verwijzing.oe_laag",
    "verwijzing.oe_hoog",
    "verwijzing.oe_bron",
)
PACK_DIMENSIONS = ("domein", "interventie", "specialisme")


def is_workspace(db: Database) -> bool:
    """True for a zorggroep workspace file (which shows the zorggroep pages)."""
    return db.scalar("SELECT value FROM meta WHERE key = ?", (FILE_KIND_KEY,)) == KIND_ZORGGROEP


def workspace_name(db: Database) -> str:
    name = db.scalar("SELECT value FROM meta WHERE key = ?", (NAME_KEY,))
    return name or QT_TRANSLATE_NOOP("core", "Zorggroep")


def create_workspace(
    path: str | os.PathLike[str], name: str, account: FirstAccount, *, overwrite: bool = False
) -> Path:
    """A new, empty zorggroep workspace with its first account (beheerder: all rights)."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Vul de naam van de zorggroep in."), field="name"
        )
    with new_file(path, overwrite=overwrite) as db, db.transaction() as conn:
        seed_reference_in(conn)
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [(FILE_KIND_KEY, KIND_ZORGGROEP), (NAME_KEY, name)],
        )
        _insert_first_account(
            conn, account, detail=f"zorggroepbestand aangemaakt voor {name} met eerste account"
        )
    return Path(path)


def require_workspace(db: Database) -> None:
    if not is_workspace(db):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "Dit is een praktijkbestand. Praktijkexports worden samengevoegd in een "
                "zorggroepbestand; maak of open dat eerst.",
            )
        )


def require_practice_file(db: Database) -> None:
    if is_workspace(db):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "Dit is een zorggroepbestand; dit kan alleen in het bestand van een praktijk.",
            )
        )


@dataclass(frozen=True)
class ExchangePractice:
    """A practice as the workspace (or a practice's pack) holds it."""

    key: str
    name: str
    agb_code: str
    zorggroep: str
    is_self: bool
    period_from: str
    period_to: str
    created_at: str
    file_name: str
    merged_at: str


def practices(db: Database) -> list[ExchangePractice]:
    """Every practice with the date of its latest file; the own practice first, then by name."""
    return [
        ExchangePractice(
            r["key"], r["name"], r["agb_code"], r["zorggroep"], bool(r["is_self"]),
            r["period_from"], r["period_to"], r["created_at"], r["file_name"], r["merged_at"],
        )
        for r in db.query(
            "SELECT * FROM exchange_practice ORDER BY is_self DESC, name COLLATE NOCASE, key"
        )
    ]  # fmt: skip


# --- merging -----------------------------------------------------------------------------------

# A merged file's status: compared by its Dutch value, and shown as a label.
NEW = QT_TRANSLATE_NOOP("core", "nieuw")
REPLACED = QT_TRANSLATE_NOOP("core", "vervangen")
SAME = QT_TRANSLATE_NOOP("core", "al ingelezen")
OLDER = QT_TRANSLATE_NOOP("core", "ouder")
REFUSED = QT_TRANSLATE_NOOP("core", "geweigerd")


@dataclass(frozen=True)
class MergeOutcome:
    """What happened to one file; `merged` when its figures are now in the workspace."""

    file_name: str
    status: str
    practice: str = ""
    agb_code: str = ""
    created_at: str = ""
    reason: str = ""

    @property
    def merged(self) -> bool:
        return self.status in (NEW, REPLACED)

    @property
    def message(self) -> str:
        who = f"{self.practice} ({self.agb_code})" if self.practice else self.file_name
        made = _day(self.created_at)
        template = {
            NEW: QT_TRANSLATE_NOOP("core", "{who}: ingelezen (export van {made})."),
            REPLACED: QT_TRANSLATE_NOOP(
                "core", "{who}: ingelezen; vervangt de eerdere export ({reason})."
            ),
            SAME: QT_TRANSLATE_NOOP(
                "core", "{who}: dit bestand was al ingelezen; niets veranderd."
            ),
            OLDER: QT_TRANSLATE_NOOP(
                "core", "{who}: niet ingelezen: er is al een nieuwere export ({reason})."
            ),
            REFUSED: QT_TRANSLATE_NOOP("core", "{file}: geweigerd. {reason}"),
        }[self.status]
        return Text(template, who=who, made=made, reason=self.reason, file=self.file_name)


def _day(stamp: str) -> str:
    """An ISO timestamp as dd-mm-jjjj (local day)."""
    if not stamp:
        return "?"
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d-%m-%Y")


def merge_files(
    session: Session,
    paths: Sequence[str | os.PathLike[str]],
    progress: Callable[[int, int], None] | None = None,
) -> list[MergeOutcome]:
    """Merge practice exports into the workspace, each file judged on its own.

    A file that is not a PlusDesk export, is damaged or altered (checksum), or has a newer
    format is refused with its reason and nothing of it is merged. A newer export of a
    practice replaces its older one; an older one never overwrites a newer one; the same
    file again changes nothing. Each accepted file lands in a transaction of its own, the
    oldest first, so that of two files of one practice in one go the newer one wins.
    """
    from plusdesk.core.users import Permission

    session.require(Permission.EXPORT, object_type="exchange")
    require_workspace(session.db)
    with _collector_paused():
        return _merge_files(session, paths, progress)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused during a merge: reading a file makes thousands of
    short-lived rows (no cycles), and in a process with many live objects each full
    collection they trigger walks all of those (a fifth of the time for 100 files)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _merge_files(
    session: Session,
    paths: Sequence[str | os.PathLike[str]],
    progress: Callable[[int, int], None] | None,
) -> list[MergeOutcome]:
    conn = session.db.conn
    outcomes: list[MergeOutcome | None] = [None] * len(paths)
    accepted: list[tuple[int, Path, ExchangeFile]] = []
    steps = 2 * len(paths)
    for n, raw in enumerate(paths):
        path = Path(raw)
        try:
            with _attached(conn, path):
                data = read_from(conn, _SOURCE, path.name, (KIND_EXPORT,))
            if len(data.practices) != 1 or not data.agb_code:
                raise ExchangeFileError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "core", "'{name}' noemt geen (of meer dan één) praktijk."
                        ),
                        name=path.name,
                    )
                )
            accepted.append((n, path, data))
        except ExchangeFileError as exc:
            outcomes[n] = MergeOutcome(path.name, REFUSED, reason=exc.message)
        if progress:
            progress(n + 1, steps)
    current = {
        r["key"]: (r["created_at"], r["sha256"])
        for r in session.db.query("SELECT key, created_at, sha256 FROM exchange_practice")
    }
    done = len(paths)
    for n, path, data in sorted(accepted, key=lambda item: moment(item[2].created_at)):
        try:
            with _attached(conn, path), session.db.transaction() as tx:
                outcomes[n] = _merge_one(tx, session, path.name, data, current)
        except ExchangeFileError as exc:
            outcomes[n] = MergeOutcome(path.name, REFUSED, reason=exc.message)
        done += 1
        if progress:
            progress(done, steps)
    return [o for o in outcomes if o is not None]


_SOURCE = "bron"


@contextmanager
def _attached(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """The file attached read-only as `bron` (so its rows are copied by SQLite itself)."""
    path = check_path(path)
    try:
        conn.execute(f"ATTACH DATABASE ? AS {_SOURCE}", (f"{path.resolve().as_uri()}?mode=ro",))
    except sqlite3.Error as exc:
        raise cannot_open(path, exc) from exc
    try:
        yield
    finally:
        conn.execute(f"DETACH DATABASE {_SOURCE}")


def _merge_one(
    conn: sqlite3.Connection, session: Session, file_name: str, data: ExchangeFile, current: dict
) -> MergeOutcome:
    agb, made = data.agb_code, data.created_at
    practice = data.practices[0]
    base = {"practice": practice.name, "agb_code": agb, "created_at": made}
    known = current.get(agb)
    if known is not None:
        if known[1] == data.sha256:
            return MergeOutcome(file_name, SAME, **base)
        if moment(known[0]) >= moment(made):
            return MergeOutcome(file_name, OLDER, **base, reason=_from(known[0]))
    sha = conn.execute(f"SELECT value FROM {_SOURCE}.manifest WHERE key = 'sha256'").fetchone()
    if sha is None or sha[0] != data.sha256:  # changed since it was checked a moment ago
        raise ExchangeFileError(_changed(file_name))
    conn.execute("DELETE FROM exchange_value WHERE practice = ?", (agb,))
    conn.execute(
        "INSERT OR REPLACE INTO exchange_practice (key, name, agb_code, zorggroep, is_self, "
        "period_from, period_to, created_at, sha256, file_name, format_version, "
        "plusdesk_version, threshold, merged_at, merged_by) "
        "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            agb,
            practice.name,
            agb,
            data.manifest.get("zorggroep", ""),
            data.manifest.get("periode_van", ""),
            data.manifest.get("periode_tot", ""),
            made,
            data.sha256,
            file_name,
            int(data.manifest.get("formaatversie", FORMAT_VERSION)),
            data.manifest.get("plusdesk_versie", ""),
            _int_or_none(data.manifest.get("drempel")),
            utc_now_iso(),
            session.user.username,
        ),
    )
    copied = conn.execute(
        "INSERT INTO exchange_value (practice, indicator, period, category, value, text, "
        f"suppressed) SELECT ?, indicator, period, category, value, text, suppressed "
        f"FROM {_SOURCE}.data_value",
        (agb,),
    ).rowcount
    if copied != len(data.values):
        raise ExchangeFileError(_changed(file_name))
    _upsert_categories(conn, data.categories)
    current[agb] = (made, data.sha256)
    status = REPLACED if known is not None else NEW
    detail = f"export van {_day(made)} ingelezen uit {file_name}"
    if known is not None:
        detail += f"; vervangt de export van {_day(known[0])}"
    audit.record_in(
        conn, session.actor, "update", object_type="exchange_practice", object_id=agb,
        detail=detail,
    )  # fmt: skip
    return MergeOutcome(
        file_name, status, **base, reason=_from(known[0]) if known is not None else ""
    )


def _changed(file_name: str) -> str:
    return Text(
        QT_TRANSLATE_NOOP("core", "'{name}' is tijdens het inlezen gewijzigd."), name=file_name
    )


def _from(stamp: str) -> str:
    """The date of the export a merge compares with, as "van dd-mm-jjjj"."""
    return Text(QT_TRANSLATE_NOOP("core", "van {date}"), date=_day(stamp))


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def _insert_values(conn, values: Iterable[Value], practice: str) -> None:
    conn.executemany(
        "INSERT INTO exchange_value (practice, indicator, period, category, value, text, "
        "suppressed) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(practice, v.indicator, v.period, v.category, v.value, v.text, v.suppressed)
         for v in values],
    )  # fmt: skip


def _upsert_categories(conn, categories: Iterable[Category]) -> None:
    conn.executemany(
        "INSERT INTO exchange_category (dimension, code, label, parent) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (dimension, code) DO UPDATE SET label = excluded.label, "
        "parent = excluded.parent",
        [(c.dimension, c.code, c.label, c.parent) for c in categories],
    )


def remove_practice(session: Session, key: str) -> None:
    """Take a practice and all its figures out of the workspace (the GUI asks first)."""
    from plusdesk.core.users import Permission

    session.require(Permission.EXPORT, object_type="exchange_practice", object_id=key)
    with session.db.transaction() as conn:
        if not conn.execute("DELETE FROM exchange_practice WHERE key = ?", (key,)).rowcount:
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Deze praktijk staat niet (meer) in het bestand.")
            )
        audit.record_in(
            conn, session.actor, "delete", object_type="exchange_practice", object_id=key
        )


# --- the benchmark pack --------------------------------------------------------------------------


def letters(count: int) -> list[str]:
    """A, B, …, Z, AA, AB, … for the anonymous practices."""
    out = []
    for n in range(count):
        label, n = "", n + 1
        while n:
            n, rest = divmod(n - 1, 26)
            label = chr(ord("A") + rest) + label
        out.append(label)
    return out


def pack_filename(agb_code: str, day: date | None = None) -> str:
    return f"{agb_code}_benchmarkpakket_{(day or today()).isoformat()}{SUFFIX}"


def build_pack(db: Database, key: str, rng: random.Random | None = None) -> ExchangeFile:
    """The pack for one practice: itself by name, every other practice as a letter."""
    everyone = [p for p in practices(db) if not p.is_self]
    own = next((p for p in everyone if p.key == key), None)
    if own is None:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "Praktijk {practice} staat niet in dit zorggroepbestand."
                ),
                practice=key,
            )
        )
    others = [p for p in everyone if p.key != key]
    (rng or random.SystemRandom()).shuffle(others)
    alias = {p.key: letter for p, letter in zip(others, letters(len(others)), strict=True)}
    alias[own.key] = own.key
    entries = [PracticeEntry(own.key, own.name, own.agb_code, True)] + [
        PracticeEntry(alias[p.key], f"Praktijk {alias[p.key]}") for p in others
    ]
    marks = ", ".join("?" * len(PACK_INDICATORS))
    values = [
        Value(alias[r[0]], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
        for r in db.query(
            f"SELECT practice, indicator, period, category, value, text, suppressed "
            f"FROM exchange_value WHERE indicator IN ({marks})",
            PACK_INDICATORS,
        )
        if r[0] in alias
    ]
    dims = ", ".join("?" * len(PACK_DIMENSIONS))
    categories = [
        Category(*r)
        for r in db.query(
            f"SELECT dimension, code, label, parent FROM exchange_category "
            f"WHERE dimension IN ({dims})",
            PACK_DIMENSIONS,
        )
    ]
    rates = [
        ReferenceRate(*r)
        for r in db.query("SELECT specialism, age_band, sex, rate FROM reference_rate")
    ]
    spans = [p for p in everyone if p.period_from and p.period_to]
    manifest = {
        "soort": KIND_PACK,
        "plusdesk_versie": __version__,
        "praktijk_naam": own.name,
        "praktijk_agb": own.agb_code,
        "zorggroep": workspace_name(db),
        "periode_van": min((p.period_from for p in spans), default=""),
        "periode_tot": max((p.period_to for p in spans), default=""),
        "referentietabel": db.scalar(
            "SELECT value FROM meta WHERE key = ?", (REFERENCE_NAME_KEY,)
        ) or "",
    }  # fmt: skip
    return ExchangeFile(manifest, entries, categories, values, rates)


def write_packs(
    session: Session,
    out_dir: str | os.PathLike[str],
    rng: random.Random | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """One benchmark pack per practice in `out_dir`; each pack written is an audit event."""
    from plusdesk.core.users import Permission

    session.require(Permission.EXPORT, object_type="exchange")
    require_workspace(session.db)
    folder = Path(out_dir)
    if not folder.is_dir():
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("core", "De map '{folder}' bestaat niet."), folder=folder)
        )
    everyone = [p for p in practices(session.db) if not p.is_self]
    if not everyone:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Er zijn nog geen praktijkexports ingelezen.")
        )
    written = []
    for n, practice in enumerate(everyone):
        data = build_pack(session.db, practice.key, rng)
        data.manifest["gemaakt_op"] = utc_now_iso()
        path = write_file(seal(data), folder / pack_filename(practice.agb_code))
        audit.record(
            session.db, session.actor, "export", object_type="benchmark_pack",
            object_id=practice.key,
            detail=f"benchmarkpakket voor {practice.name}: {path.name}",
        )  # fmt: skip
        written.append(path)
        if progress:
            progress(n + 1, len(everyone))
    return written


@dataclass(frozen=True)
class PackImport:
    practices: int
    created_at: str
    reference_rates: int
    reference_name: str


def import_pack(session: Session, path: str | os.PathLike[str]) -> PackImport:
    """Read the zorggroep's benchmark pack into the practice's own file (replacing an older one).

    Refused: a pack for another practice, and a pack older than the one already read. The
    zorggroep's reference-rate table in it replaces the practice's own.
    """
    from plusdesk.core.users import Permission

    session.require(Permission.EDIT_REFERRALS, object_type="benchmark_pack")
    db = session.db
    require_practice_file(db)
    data = read_file(path, kinds=(KIND_PACK,))
    name = Path(path).name
    own = get_practice(db)
    if own is None or own.agb_code != data.agb_code:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Dit benchmarkpakket is voor {practice} (AGB-code {agb_code}), niet voor deze "
                    "praktijk. Er is niets ingelezen.",
                ),
                practice=data.manifest.get("praktijk_naam", "?"),
                agb_code=data.agb_code,
            )
        )
    previous = db.scalar("SELECT max(created_at) FROM exchange_practice")
    if previous and moment(previous) > moment(data.created_at):
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Er is al een nieuwer benchmarkpakket ingelezen (van {previous}); dit pakket "
                    "van {made} is niet ingelezen.",
                ),
                previous=_day(previous),
                made=_day(data.created_at),
            )
        )
    stamp = utc_now_iso()
    with db.transaction() as conn:
        conn.execute("DELETE FROM exchange_value")
        conn.execute("DELETE FROM exchange_practice")
        conn.execute("DELETE FROM exchange_category")
        conn.executemany(
            "INSERT INTO exchange_practice (key, name, agb_code, zorggroep, is_self, "
            "period_from, period_to, created_at, sha256, file_name, format_version, "
            "plusdesk_version, merged_at, merged_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.key, p.name, p.agb_code, data.manifest.get("zorggroep", ""),
                    int(p.is_self), data.manifest.get("periode_van", ""),
                    data.manifest.get("periode_tot", ""), data.created_at, data.sha256, name,
                    int(data.manifest.get("formaatversie", FORMAT_VERSION)),
                    data.manifest.get("plusdesk_versie", ""), stamp, session.user.username,
                )
                for p in data.practices
            ],
        )  # fmt: skip
        for entry in data.practices:
            _insert_values(conn, [v for v in data.values if v.practice == entry.key], entry.key)
        _upsert_categories(conn, data.categories)
        reference = data.manifest.get("referentietabel", "") or QT_TRANSLATE_NOOP(
            "core", "referentietabel van de zorggroep"
        )
        if data.reference_rates:
            conn.execute("DELETE FROM reference_rate")
            conn.executemany(
                "INSERT INTO reference_rate (specialism, age_band, sex, rate) VALUES (?, ?, ?, ?)",
                [(r.specialism, r.age_band, r.sex, r.rate) for r in data.reference_rates],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [
                    (REFERENCE_NAME_KEY, reference),
                    (REFERENCE_SOURCE_KEY, f"uit benchmarkpakket {name} ({stamp[:10]})"),
                ],
            )
        audit.record_in(
            conn, session.actor, "update", object_type="benchmark_pack", object_id=name,
            detail=f"benchmarkpakket van {_day(data.created_at)} ingelezen: "
            f"{len(data.practices)} praktijken, {len(data.reference_rates)} referentiecijfers",
        )  # fmt: skip
    return PackImport(len(data.practices), data.created_at, len(data.reference_rates), reference)
