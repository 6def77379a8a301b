"""The exchange file (.plusdesk): its schema, indicators, manifest, checksum, writing and reading.

The format is specified for other readers in docs/export-format.md; keep the two in step.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from plusdesk.core.errors import PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

FORMAT_NAME = "plusdesk-uitwisseling"
FORMAT_VERSION = 1
SUFFIX = ".plusdesk"
KIND_EXPORT = "praktijkexport"
KIND_PACK = "benchmarkpakket"
KINDS = (KIND_EXPORT, KIND_PACK)
APPLICATION_ID = 0x504C5358  # "PLSX": not a practice file, so PlusDesk never opens it as one

# Period shapes: a month "2024-03", a year "2024", or "" for a state on the export's last day.
MONTH, YEAR, SNAPSHOT = "maand", "jaar", "stand"


class ExchangeFileError(PlusDeskError):
    """A file that cannot be used as an exchange file; the message says why in Dutch."""


@dataclass(frozen=True)
class Indicator:
    """One kind of figure in the file. `counts` marks a count of patients or of their events
    (the cells small-cell suppression applies to); `follows` names the count a derived figure
    (a mean, a ratio) is hidden together with."""

    code: str
    subject: str
    label: str
    period: str
    dimension: str = ""  # what the category is: "specialisme", "reden", … ("" = none)
    unit: str = "aantal"
    counts: bool = False
    follows: str = ""
    text: bool = False  # the value is text (a status, a date) rather than a number


SUBJECTS = {
    "praktijk": QT_TRANSLATE_NOOP("core", "Praktijk"),
    "interventies": QT_TRANSLATE_NOOP("core", "Interventies"),
    "gesprekken": QT_TRANSLATE_NOOP("core", "Patiëntgerichte gesprekken"),
    "ggz": QT_TRANSLATE_NOOP("core", "GGZ-casussen (collaborative care)"),
    "verwijzingen": QT_TRANSLATE_NOOP("core", "Verwijzingen"),
}

_I = Indicator
INDICATORS: tuple[Indicator, ...] = (
    _I(
        "praktijk.omvang",
        "praktijk",
        QT_TRANSLATE_NOOP("core", "ingeschreven patiënten"),
        YEAR,
        counts=True,
    ),
    _I(
        "interventie.status",
        "interventies",
        QT_TRANSLATE_NOOP("core", "status"),
        SNAPSHOT,
        "interventie",
        "status",
        text=True,
    ),
    _I(
        "interventie.status_sinds",
        "interventies",
        QT_TRANSLATE_NOOP("core", "status sinds"),
        SNAPSHOT,
        "interventie",
        "datum",
        text=True,
    ),
    _I(
        "interventie.gestart_op",
        "interventies",
        QT_TRANSLATE_NOOP("core", "gestart op"),
        SNAPSHOT,
        "interventie",
        "datum",
        text=True,
    ),
    _I(
        "interventie.geimplementeerd_op",
        "interventies",
        QT_TRANSLATE_NOOP("core", "geïmplementeerd op"),
        SNAPSHOT,
        "interventie",
        "datum",
        text=True,
    ),
    _I(
        "interventie.maatwerk",
        "interventies",
        QT_TRANSLATE_NOOP("core", "maatwerk (1 = ja)"),
        SNAPSHOT,
        "interventie",
        "ja/nee",
    ),
    _I(
        "interventie.randvoorwaarden_voldaan",
        "interventies",
        QT_TRANSLATE_NOOP("core", "randvoorwaarden voldaan"),
        SNAPSHOT,
        "interventie",
    ),
    _I(
        "interventie.randvoorwaarden_totaal",
        "interventies",
        QT_TRANSLATE_NOOP("core", "randvoorwaarden totaal"),
        SNAPSHOT,
        "interventie",
    ),
    _I(
        "gesprek.aantal",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "gesprekken per maand"),
        MONTH,
        counts=True,
    ),
    _I(
        "gesprek.patienten",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "patiënten gesproken per maand"),
        MONTH,
        counts=True,
    ),
    _I(
        "gesprek.aantal_jaar",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "gesprekken per jaar"),
        YEAR,
        counts=True,
    ),
    _I(
        "gesprek.patienten_jaar",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "patiënten gesproken per jaar"),
        YEAR,
        counts=True,
    ),
    _I(
        "gesprek.vervolg",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "patiënten met een vervolggesprek"),
        YEAR,
        counts=True,
    ),
    _I(
        "gesprek.reden",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "gesprekken per aanleiding"),
        YEAR,
        "reden",
        counts=True,
    ),
    _I(
        "gesprek.score_patienten",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "patiënten met eerste en laatste score"),
        YEAR,
        "dimensie",
        counts=True,
    ),
    _I(
        "gesprek.score_eerste",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "gemiddelde eerste score"),
        YEAR,
        "dimensie",
        "score 0–10",
        follows="gesprek.score_patienten",
    ),
    _I(
        "gesprek.score_laatste",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "gemiddelde laatste score"),
        YEAR,
        "dimensie",
        "score 0–10",
        follows="gesprek.score_patienten",
    ),
    _I(
        "gesprek.score_verschil",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "gemiddelde verandering"),
        YEAR,
        "dimensie",
        "punten",
        follows="gesprek.score_patienten",
    ),
    _I(
        "gesprek.verwijzing_voorkomen",
        "gesprekken",
        QT_TRANSLATE_NOOP("core", "verwijzingen voorkomen"),
        YEAR,
        "specialisme",
        counts=True,
    ),
    _I(
        "ggz.actief",
        "ggz",
        QT_TRANSLATE_NOOP("core", "actieve casussen aan het eind van de periode"),
        YEAR,
        counts=True,
    ),
    _I(
        "ggz.gecontacteerd",
        "ggz",
        QT_TRANSLATE_NOOP("core", "daarvan recent contact"),
        YEAR,
        counts=True,
    ),
    _I("ggz.nieuw", "ggz", QT_TRANSLATE_NOOP("core", "nieuwe casussen"), YEAR, counts=True),
    _I(
        "ggz.afgesloten", "ggz", QT_TRANSLATE_NOOP("core", "afgesloten casussen"), YEAR, counts=True
    ),
    _I("ggz.contacten", "ggz", QT_TRANSLATE_NOOP("core", "contacten"), YEAR, counts=True),
    _I(
        "ggz.in_aanmerking",
        "ggz",
        QT_TRANSLATE_NOOP("core", "casussen met een uitkomstmeting"),
        YEAR,
        "weken",
        counts=True,
    ),
    _I("ggz.respons", "ggz", QT_TRANSLATE_NOOP("core", "respons"), YEAR, "weken", counts=True),
    _I("ggz.remissie", "ggz", QT_TRANSLATE_NOOP("core", "remissie"), YEAR, "weken", counts=True),
    _I(
        "ggz.route",
        "ggz",
        QT_TRANSLATE_NOOP("core", "casussen per route"),
        YEAR,
        "route",
        counts=True,
    ),
    _I(
        "ggz.besprekingen",
        "ggz",
        QT_TRANSLATE_NOOP("core", "psychiatrische besprekingen"),
        YEAR,
        counts=True,
    ),
    _I(
        "ggz.casussen_besproken",
        "ggz",
        QT_TRANSLATE_NOOP("core", "casussen besproken"),
        YEAR,
        counts=True,
    ),
    _I(
        "ggz.besluit",
        "ggz",
        QT_TRANSLATE_NOOP("core", "besprekingen per besluit"),
        YEAR,
        "besluit",
        counts=True,
    ),
    _I(
        "ggz.sociale_oorzaak",
        "ggz",
        QT_TRANSLATE_NOOP("core", "sociale oorzaak"),
        YEAR,
        "sociale_oorzaak",
        counts=True,
    ),
    _I(
        "verwijzing.aantal",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "verwijzingen per maand"),
        MONTH,
        "specialisme",
        counts=True,
    ),
    _I(
        "verwijzing.jaar",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "verwijzingen per jaar"),
        YEAR,
        "specialisme",
        counts=True,
    ),
    _I(
        "verwijzing.oe_waargenomen",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "waargenomen (O)"),
        YEAR,
        "specialisme",
        counts=True,
    ),
    _I(
        "verwijzing.oe_verwacht",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "verwacht (E)"),
        YEAR,
        "specialisme",
        "verwacht aantal",
    ),
    _I(
        "verwijzing.oe",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "O/E"),
        YEAR,
        "specialisme",
        "ratio",
        follows="verwijzing.oe_waargenomen",
    ),
    _I(
        "verwijzing.oe_laag",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "O/E ondergrens 95 %"),
        YEAR,
        "specialisme",
        "ratio",
        follows="verwijzing.oe_waargenomen",
    ),
    _I(
        "verwijzing.oe_hoog",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "O/E bovengrens 95 %"),
        YEAR,
        "specialisme",
        "ratio",
        follows="verwijzing.oe_waargenomen",
    ),
    _I(
        "verwijzing.oe_bron",
        "verwijzingen",
        QT_TRANSLATE_NOOP("core", "bron van O en E"),
        YEAR,
        "specialisme",
        "tekst",
        text=True,
    ),
)
BY_CODE = {i.code: i for i in INDICATORS}


class Value(NamedTuple):
    """One row of data: a figure of one practice for one indicator, period and category.

    A suppressed cell has no value and no text; `suppressed` says it exists but is hidden.
    (A named tuple: a merge handles hundreds of thousands of them.)
    """

    practice: str
    indicator: str
    period: str
    category: str
    value: float | None = None
    text: str | None = None
    suppressed: bool = False

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.practice, self.indicator, self.period, self.category)


@dataclass(frozen=True)
class Category:
    """The name of a category code, e.g. ("specialisme", "0322", "longgeneeskunde", "")."""

    dimension: str
    code: str
    label: str
    parent: str = ""  # an intervention's domain; the codes of a group, comma-separated


@dataclass(frozen=True)
class PracticeEntry:
    """A practice in the file: in an export the one practice; in a pack all of them, the
    receiving practice by name and the others as letters."""

    key: str
    name: str
    agb_code: str = ""
    is_self: bool = False


@dataclass(frozen=True)
class ReferenceRate:
    specialism: str
    age_band: str
    sex: str
    rate: float


@dataclass
class ExchangeFile:
    """Everything in one exchange file (as written, or as read and verified)."""

    manifest: dict[str, str]
    practices: list[PracticeEntry]
    categories: list[Category]
    values: list[Value]
    reference_rates: list[ReferenceRate] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.manifest.get("soort", "")

    @property
    def agb_code(self) -> str:
        return self.manifest.get("praktijk_agb", "")

    @property
    def created_at(self) -> str:
        return self.manifest.get("gemaakt_op", "")

    @property
    def sha256(self) -> str:
        return self.manifest.get("sha256", "")


SCHEMA = (
    "CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE indicator (
        code TEXT PRIMARY KEY, subject TEXT NOT NULL, label TEXT NOT NULL,
        period_type TEXT NOT NULL, dimension TEXT NOT NULL, unit TEXT NOT NULL,
        counts_patients INTEGER NOT NULL, follows TEXT NOT NULL, is_text INTEGER NOT NULL)""",
    """CREATE TABLE practice (
        key TEXT PRIMARY KEY, name TEXT NOT NULL, agb_code TEXT NOT NULL,
        is_self INTEGER NOT NULL CHECK (is_self IN (0, 1)))""",
    """CREATE TABLE category (
        dimension TEXT NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL, parent TEXT NOT NULL,
        PRIMARY KEY (dimension, code))""",
    """CREATE TABLE data_value (
        practice TEXT NOT NULL REFERENCES practice(key),
        indicator TEXT NOT NULL REFERENCES indicator(code),
        period TEXT NOT NULL, category TEXT NOT NULL, value REAL, text TEXT,
        suppressed INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
        CHECK (suppressed = 0 OR (value IS NULL AND text IS NULL)),
        PRIMARY KEY (practice, indicator, period, category)) WITHOUT ROWID""",
    """CREATE TABLE reference_rate (
        specialism TEXT NOT NULL, age_band TEXT NOT NULL, sex TEXT NOT NULL, rate REAL NOT NULL,
        PRIMARY KEY (specialism, age_band, sex))""",
)
TABLES = ("manifest", "indicator", "practice", "category", "data_value", "reference_rate")


def number_text(value: float | None) -> str:
    """A number as the checksum writes it: whole numbers without a decimal point."""
    if value is None:
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


_SPECIAL = re.compile(r"[\\\n\r]")


def _esc(text: str | None) -> str:
    """A text field of the checksum text: backslash, tab and line breaks written as escapes."""
    return (text or "").translate(_ESCAPES)


def _line(*fields: str) -> str:
    """Fields joined by tabs; a backslash, tab or line break inside a field is escaped."""
    line = "\t".join(fields)
    if line.count("\t") == len(fields) - 1 and not _SPECIAL.search(line):
        return line  # the usual case: nothing to escape (checked once per line, not per field)
    return "\t".join(_esc(f) for f in fields)


def _lines(data: ExchangeFile) -> Iterator[str]:
    """The canonical text the checksum is taken over (specified in docs/export-format.md)."""
    for key in sorted(data.manifest):
        if key != "sha256":
            yield _line("manifest", key, data.manifest[key])
    for p in sorted(data.practices, key=lambda p: p.key):
        yield _line("practice", p.key, p.name, p.agb_code, str(int(p.is_self)))
    for c in sorted(data.categories, key=lambda c: (c.dimension, c.code)):
        yield _line("category", c.dimension, c.code, c.label, c.parent)
    yield from _value_lines(sorted(data.values))  # named tuples: ordered by their unique key
    for r in sorted(data.reference_rates, key=lambda r: (r.specialism, r.age_band, r.sex)):
        yield _line("reference_rate", r.specialism, r.age_band, r.sex, number_text(r.rate))


def _value_lines(values: list[Value]) -> Iterator[str]:
    """The data_value lines. The hot path of a merge: the lines are built plainly and checked
    once, all together, for a character that needs escaping; only then line by line."""
    lines = [
        f"data_value\t{p}\t{i}\t{per}\t{c}\t{number_text(v)}\t{t or ''}\t{1 if s else 0}"
        for p, i, per, c, v, t, s in values
    ]
    block = "\n".join(lines)
    if block.count("\t") == 7 * len(lines) and not _SPECIAL.search(block):
        yield from lines
        return
    for p, i, per, c, v, t, s in values:
        yield _line("data_value", p, i, per, c, number_text(v), t or "", "1" if s else "0")


def checksum(data: ExchangeFile) -> str:
    """SHA-256 over the manifest (without the checksum itself) and every data row."""
    digest = hashlib.sha256()
    digest.update("".join(f"{line}\n" for line in _lines(data)).encode("utf-8"))
    return digest.hexdigest()


def seal(data: ExchangeFile) -> ExchangeFile:
    """Fill in the manifest's row counts and checksum."""
    data.manifest.update(
        {
            "formaat": FORMAT_NAME,
            "formaatversie": str(FORMAT_VERSION),
            "aantal_praktijken": str(len(data.practices)),
            "aantal_categorieen": str(len(data.categories)),
            "aantal_waarden": str(len(data.values)),
            "aantal_onderdrukt": str(sum(v.suppressed for v in data.values)),
            "aantal_referentiecijfers": str(len(data.reference_rates)),
        }
    )
    data.manifest["sha256"] = checksum(data)
    return data


def write_file(data: ExchangeFile, path: str | os.PathLike[str]) -> Path:
    """Write a sealed file; it appears at `path` only when complete (never half-written)."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.unlink(missing_ok=True)
        conn = sqlite3.connect(temp)
        try:
            with conn:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
                for statement in SCHEMA:
                    conn.execute(statement)
                _insert(conn, data)
        finally:
            conn.close()
        os.replace(temp, path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "Kan '{path}' niet opslaan: {reason}"),
                path=path,
                reason=str(reason),
            )
        ) from exc
    return path


def _insert(conn: sqlite3.Connection, data: ExchangeFile) -> None:
    conn.executemany("INSERT INTO manifest VALUES (?, ?)", sorted(data.manifest.items()))
    conn.executemany(
        "INSERT INTO indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                i.code,
                i.subject,
                i.label,
                i.period,
                i.dimension,
                i.unit,
                int(i.counts),
                i.follows,
                int(i.text),
            )
            for i in INDICATORS
        ],
    )
    conn.executemany(
        "INSERT INTO practice VALUES (?, ?, ?, ?)",
        [(p.key, p.name, p.agb_code, int(p.is_self)) for p in data.practices],
    )
    conn.executemany(
        "INSERT INTO category VALUES (?, ?, ?, ?)",
        [(c.dimension, c.code, c.label, c.parent) for c in data.categories],
    )
    conn.executemany(
        "INSERT INTO data_value VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (v.practice, v.indicator, v.period, v.category, v.value, v.text, int(v.suppressed))
            for v in data.values
        ],
    )
    conn.executemany(
        "INSERT INTO reference_rate VALUES (?, ?, ?, ?)",
        [(r.specialism, r.age_band, r.sex, r.rate) for r in data.reference_rates],
    )


def cannot_open(path: Path, exc: Exception) -> ExchangeFileError:
    """The error for an exchange file SQLite cannot open at all."""
    return ExchangeFileError(
        Text(
            QT_TRANSLATE_NOOP("core", "'{name}' kan niet worden geopend: {error}"),
            name=path.name,
            error=str(exc),
        )
    )


def read_file(path: str | os.PathLike[str], kinds: Sequence[str] = KINDS) -> ExchangeFile:
    """Read and verify a file: refused (ExchangeFileError) unless it is a complete, unaltered
    PlusDesk exchange file of a format this PlusDesk reads and of one of `kinds`."""
    path = check_path(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise cannot_open(path, exc) from exc
    try:
        return read_from(conn, "main", path.name, kinds)
    finally:
        conn.close()


def check_path(path: str | os.PathLike[str]) -> Path:
    """The file exists and starts like an SQLite file (cheap checks before opening it)."""
    path = Path(path)
    if not path.is_file():
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' bestaat niet of is geen bestand."),
                name=path.name,
            )
        )
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise ExchangeFileError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{name}' is geen PlusDesk-exportbestand (het is geen SQLite-bestand).",
                    ),
                    name=path.name,
                )
            )
    return path


def read_from(
    conn: sqlite3.Connection, schema: str, name: str, kinds: Sequence[str] = KINDS
) -> ExchangeFile:
    """Read and verify the file open (or attached) as `schema` on a connection."""
    try:
        manifest = _manifest(conn, schema, name)
        _check_manifest(manifest, name, kinds)
        data = _read_content(conn, schema, manifest, name)
    except sqlite3.DatabaseError as exc:
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "'{name}' is beschadigd of onvolledig en is niet gebruikt ({error})."
                ),
                name=name,
                error=str(exc),
            )
        ) from exc
    if checksum(data) != manifest.get("sha256"):
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is na het maken gewijzigd of beschadigd: de controlesom (SHA-256) "
                    "klopt niet. Vraag de praktijk om het bestand opnieuw te maken.",
                ),
                name=name,
            )
        )
    return data


def _manifest(conn: sqlite3.Connection, schema: str, name: str) -> dict[str, str]:
    app_id = conn.execute(f"PRAGMA {schema}.application_id").fetchone()[0]
    tables = {
        r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
    }
    if app_id != APPLICATION_ID or "manifest" not in tables:
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is geen PlusDesk-exportbestand. Kies het .plusdesk-bestand dat "
                    "PlusDesk bij Zorggroep-export heeft gemaakt.",
                ),
                name=name,
            )
        )
    return {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {schema}.manifest")}


def _check_manifest(manifest: dict[str, str], name: str, kinds: Sequence[str]) -> None:
    if manifest.get("formaat") != FORMAT_NAME:
        raise ExchangeFileError(
            Text(QT_TRANSLATE_NOOP("core", "'{name}' is geen PlusDesk-exportbestand."), name=name)
        )
    try:
        version = int(manifest.get("formaatversie", ""))
    except ValueError:
        raise ExchangeFileError(
            Text(QT_TRANSLATE_NOOP("core", "'{name}' heeft geen geldige formaatversie."), name=name)
        ) from None
    if version > FORMAT_VERSION:
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is gemaakt met een nieuwere PlusDesk ({made_with}, formaatversie "
                    "{version}); deze PlusDesk leest tot formaatversie {supported}. Werk PlusDesk "
                    "bij en probeer het opnieuw.",
                ),
                name=name,
                made_with=manifest.get("plusdesk_versie", "?"),
                version=version,
                supported=FORMAT_VERSION,
            )
        )
    kind = manifest.get("soort")
    if kind not in kinds:
        wanted = _KIND_LABELS[kinds[0]]
        for other in kinds[1:]:  # "a of b": each kind translated on its own
            wanted = Text(
                QT_TRANSLATE_NOOP("core", "{first} of {second}"),
                first=wanted,
                second=_KIND_LABELS[other],
            )
        found = _KIND_LABELS.get(kind or "", QT_TRANSLATE_NOOP("core", "onbekend soort bestand"))
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' is een {found}; hier hoort een {wanted}."),
                name=name,
                found=found,
                wanted=wanted,
            )
        )


_KIND_LABELS = {
    KIND_EXPORT: QT_TRANSLATE_NOOP("core", "praktijkexport"),
    KIND_PACK: QT_TRANSLATE_NOOP("core", "benchmarkpakket"),
}
# The manifest's row counts, as the message about an incomplete file names them.
_COUNT_LABELS = {
    "aantal_praktijken": QT_TRANSLATE_NOOP("core", "praktijken"),
    "aantal_categorieen": QT_TRANSLATE_NOOP("core", "categorieen"),
    "aantal_waarden": QT_TRANSLATE_NOOP("core", "waarden"),
    "aantal_referentiecijfers": QT_TRANSLATE_NOOP("core", "referentiecijfers"),
}


def _read_content(
    conn: sqlite3.Connection, schema: str, manifest: dict[str, str], name: str
) -> ExchangeFile:
    def rows(sql: str) -> sqlite3.Cursor:
        return conn.execute(sql.replace("FROM ", f"FROM {schema}."))

    data = ExchangeFile(
        manifest=manifest,
        practices=[
            PracticeEntry(k, n, a, bool(s))
            for k, n, a, s in rows("SELECT key, name, agb_code, is_self FROM practice")
        ],
        categories=[
            Category(*row) for row in rows("SELECT dimension, code, label, parent FROM category")
        ],
        values=[
            Value._make(row)
            for row in rows(
                "SELECT practice, indicator, period, category, value, text, suppressed "
                "FROM data_value ORDER BY practice, indicator, period, category"
            )
        ],
        reference_rates=[
            ReferenceRate(*row)
            for row in rows("SELECT specialism, age_band, sex, rate FROM reference_rate")
        ],
    )
    counts = {
        "aantal_praktijken": len(data.practices),
        "aantal_categorieen": len(data.categories),
        "aantal_waarden": len(data.values),
        "aantal_referentiecijfers": len(data.reference_rates),
    }
    for key, found in counts.items():
        if manifest.get(key) != str(found):
            raise ExchangeFileError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{name}' is onvolledig: het manifest noemt {listed} regels ({what}), het "
                        "bestand bevat er {found}.",
                    ),
                    name=name,
                    listed=manifest.get(key, "?"),
                    what=_COUNT_LABELS.get(key, key.removeprefix("aantal_")),
                    found=found,
                )
            )
    unknown = {v.indicator for v in data.values} - set(BY_CODE)
    if unknown:
        raise ExchangeFileError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "'{name}' bevat onbekende indicatoren ({codes}) en is niet gebruikt."
                ),
                name=name,
                codes=", ".join(sorted(unknown)),
            )
        )
    return data


def moment(stamp: str) -> datetime:
    """A `gemaakt_op` timestamp as an aware datetime ("Z" and "+00:00" alike), for ordering."""
    try:
        found = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return datetime.min.replace(tzinfo=UTC)
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def period_label(period: str) -> str:
    """A period as a Dutch reader writes it: "03-2024", "2024", or "stand"."""
    if len(period) == 7:
        return f"{period[5:]}-{period[:4]}"
    return period or QT_TRANSLATE_NOOP("core", "stand")
