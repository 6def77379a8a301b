"""Ordered, numbered schema steps; each runs in one transaction and sets user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One schema step: brings a file from version - 1 to version."""

    version: int
    description: str
    statements: tuple[str, ...] = ()
    function: Callable[[sqlite3.Connection], None] | None = None

    def apply(self, conn: sqlite3.Connection) -> None:
        """Run the step's SQL and code on a connection inside an open transaction."""
        for statement in self.statements:
            conn.execute(statement)
        if self.function is not None:
            self.function(conn)


_V1 = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE practice (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        agb_code TEXT NOT NULL CHECK (length(agb_code) = 8 AND agb_code NOT GLOB '*[^0-9]*'),
        zorggroep TEXT NOT NULL DEFAULT '',
        list_size INTEGER CHECK (list_size IS NULL OR list_size > 0),
        wave INTEGER CHECK (wave IS NULL OR wave > 0),
        is_demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE catalogue (
        id INTEGER PRIMARY KEY,
        catalogue_id TEXT NOT NULL,
        catalogue_version TEXT NOT NULL,
        title TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        loaded_at TEXT NOT NULL
    )""",
    """CREATE TABLE domain (
        code TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE intervention (
        code TEXT PRIMARY KEY,
        domain_code TEXT NOT NULL REFERENCES domain(code),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('catalogus', 'lokaal')),
        catalogue_version TEXT,
        retired_at TEXT
    )""",
    """CREATE TABLE precondition (
        code TEXT PRIMARY KEY,
        intervention_code TEXT NOT NULL REFERENCES intervention(code),
        text TEXT NOT NULL,
        position INTEGER NOT NULL,
        retired_at TEXT
    )""",
    """CREATE TABLE specialism (
        code TEXT PRIMARY KEY CHECK (code NOT GLOB '*[^0-9]*'),
        name TEXT NOT NULL
    )""",
    """CREATE TABLE code_group (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE code_group_member (
        group_id INTEGER NOT NULL REFERENCES code_group(id) ON DELETE CASCADE,
        pattern TEXT NOT NULL CHECK (pattern GLOB '[0-9]*'),
        PRIMARY KEY (group_id, pattern)
    )""",
)

_V2 = (
    """CREATE TABLE account (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
        full_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL
            CHECK (role IN ('praktijkmanager', 'poh', 'huisarts', 'alleen-lezen')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        last_login_at TEXT
    )""",
    # NEN 7513: append-only, each row chained to the previous one by its hash.
    # AUTOINCREMENT keeps ids from being reused, so a removed last row leaves a trace too.
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        username TEXT NOT NULL,
        role TEXT NOT NULL,
        workstation TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL DEFAULT '',
        object_id TEXT NOT NULL DEFAULT '',
        patient_ref TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX audit_log_at ON audit_log(at)",
    "CREATE INDEX audit_log_patient ON audit_log(patient_ref) WHERE patient_ref <> ''",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'het auditlog kan niet worden gewijzigd'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'het auditlog kan niet worden gewijzigd'); END""",
)

_V3 = (
    # Status history is append-only: a wrong entry is voided by a correction or an undo that
    # points at it (`voids`), never rewritten, so "who recorded what, when" stays answerable.
    """CREATE TABLE intervention_status (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        intervention_code TEXT NOT NULL REFERENCES intervention(code),
        kind TEXT NOT NULL CHECK (kind IN ('status', 'undo')),
        status TEXT CHECK (status IS NULL OR status IN
            ('niet_gestart', 'voorbereiding', 'gestart', 'geimplementeerd', 'geborgd', 'gestopt')),
        effective_date TEXT CHECK (effective_date IS NULL OR effective_date GLOB
            '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        voids INTEGER REFERENCES intervention_status(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK ((kind = 'status' AND status IS NOT NULL AND effective_date IS NOT NULL)
            OR (kind = 'undo' AND voids IS NOT NULL AND status IS NULL)),
        CHECK (status IS NOT 'gestopt' OR length(trim(reason)) > 0)
    )""",
    "CREATE INDEX intervention_status_code ON intervention_status(intervention_code)",
    "CREATE UNIQUE INDEX intervention_status_voids ON intervention_status(voids) "
    "WHERE voids IS NOT NULL",
    """CREATE TRIGGER intervention_status_no_update BEFORE UPDATE ON intervention_status
    BEGIN SELECT RAISE(ABORT, 'de statusgeschiedenis kan niet worden gewijzigd'); END""",
    """CREATE TRIGGER intervention_status_no_delete BEFORE DELETE ON intervention_status
    BEGIN SELECT RAISE(ABORT, 'de statusgeschiedenis kan niet worden gewijzigd'); END""",
    """CREATE TABLE intervention_practice (
        intervention_code TEXT PRIMARY KEY REFERENCES intervention(code),
        responsible TEXT NOT NULL DEFAULT '',
        maatwerk TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    )""",
    """CREATE TABLE precondition_check (
        precondition_code TEXT PRIMARY KEY REFERENCES precondition(code),
        met_on TEXT CHECK (met_on IS NULL OR met_on GLOB
            '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    )""",
    "ALTER TABLE intervention ADD COLUMN created_at TEXT",
    "ALTER TABLE intervention ADD COLUMN created_by TEXT",
)

_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"

_V4 = (
    # The patient-centred conversation. Only the practice's own HIS number identifies the
    # patient; the six Positive Health scores, flags and free text, never the iPH questions.
    f"""CREATE TABLE conversation (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        patient_ref TEXT NOT NULL CHECK (length(trim(patient_ref)) > 0),
        held_on TEXT NOT NULL CHECK (held_on {_DATE}),
        professional TEXT NOT NULL CHECK (length(trim(professional)) > 0),
        professional_role TEXT NOT NULL
            CHECK (professional_role IN ('huisarts', 'poh_s', 'poh_ggz')),
        reason TEXT NOT NULL CHECK (reason IN
            ('hoge_zorgkosten', 'kwetsbaar', 'frequente_bezoeker', 'chronisch', 'anders')),
        reason_other TEXT NOT NULL DEFAULT '',
        question TEXT NOT NULL DEFAULT '',
        action_care INTEGER NOT NULL DEFAULT 0 CHECK (action_care IN (0, 1)),
        action_social INTEGER NOT NULL DEFAULT 0 CHECK (action_social IN (0, 1)),
        action_welfare INTEGER NOT NULL DEFAULT 0 CHECK (action_welfare IN (0, 1)),
        referral_avoided INTEGER NOT NULL DEFAULT 0 CHECK (referral_avoided IN (0, 1)),
        avoided_specialism TEXT REFERENCES specialism(code),
        next_contact TEXT CHECK (next_contact IS NULL OR next_contact {_DATE}),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK (referral_avoided = 1 OR avoided_specialism IS NULL),
        CHECK (next_contact IS NULL OR next_contact >= held_on)
    )""",
    "CREATE INDEX conversation_patient ON conversation(patient_ref, held_on)",
    "CREATE INDEX conversation_held_on ON conversation(held_on)",
    """CREATE TABLE conversation_score (
        conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        dimension TEXT NOT NULL CHECK (dimension IN ('lichaamsfuncties', 'mentaal_welbevinden',
            'zingeving', 'kwaliteit_van_leven', 'meedoen', 'dagelijks_functioneren')),
        score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 10),
        wants_to_talk INTEGER NOT NULL DEFAULT 0 CHECK (wants_to_talk IN (0, 1)),
        PRIMARY KEY (conversation_id, dimension)
    )""",
    f"""CREATE TABLE conversation_goal (
        conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
        goal TEXT NOT NULL CHECK (length(trim(goal)) > 0),
        actor TEXT NOT NULL DEFAULT '',
        follow_up TEXT CHECK (follow_up IS NULL OR follow_up {_DATE}),
        PRIMARY KEY (conversation_id, position)
    )""",
)

_V5 = (
    # A collaborative-care case of the POH-GGZ as case manager. The practice's own HIS number
    # identifies the patient; one open case per patient is enforced in the core.
    f"""CREATE TABLE carecase (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        patient_ref TEXT NOT NULL CHECK (length(trim(patient_ref)) > 0),
        started_on TEXT NOT NULL CHECK (started_on {_DATE}),
        case_manager TEXT NOT NULL CHECK (length(trim(case_manager)) > 0),
        problem TEXT NOT NULL CHECK (problem IN ('somberheid', 'angst', 'somberheid_angst',
            'overspanning', 'rouw', 'anders')),
        problem_note TEXT NOT NULL DEFAULT '',
        safety_since TEXT CHECK (safety_since IS NULL OR safety_since {_DATE}),
        route TEXT CHECK (route IS NULL OR route IN ('huisartsenpraktijk', 'sociaal_domein',
            'basis_ggz', 'specialistische_ggz')),
        route_social TEXT CHECK (route_social IS NULL OR route_social IN ('schulden', 'wonen',
            'werk', 'relaties', 'eenzaamheid', 'anders')),
        route_on TEXT CHECK (route_on IS NULL OR route_on {_DATE}),
        relapse_plan_on TEXT CHECK (relapse_plan_on IS NULL OR relapse_plan_on {_DATE}),
        closed_on TEXT CHECK (closed_on IS NULL OR closed_on {_DATE}),
        close_reason TEXT CHECK (close_reason IS NULL OR close_reason IN ('klachten_afgenomen',
            'verwezen', 'op_verzoek', 'geen_contact', 'verhuisd', 'anders')),
        close_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK ((closed_on IS NULL) = (close_reason IS NULL)),
        CHECK (closed_on IS NULL OR closed_on >= started_on),
        CHECK ((route IS NULL) = (route_on IS NULL)),
        CHECK (route = 'sociaal_domein' OR route_social IS NULL)
    )""",
    "CREATE INDEX carecase_patient ON carecase(patient_ref, started_on)",
    f"""CREATE TABLE carecase_contact (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES carecase(id) ON DELETE CASCADE,
        held_on TEXT NOT NULL CHECK (held_on {_DATE}),
        kind TEXT NOT NULL CHECK (kind IN ('spreekuur', 'telefonisch', 'beeldbellen',
            'huisbezoek')),
        minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 480),
        note TEXT NOT NULL DEFAULT '',
        discuss INTEGER NOT NULL DEFAULT 0 CHECK (discuss IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    )""",
    "CREATE INDEX carecase_contact_case ON carecase_contact(case_id, held_on)",
    f"""CREATE TABLE carecase_measure (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES carecase(id) ON DELETE CASCADE,
        measured_on TEXT NOT NULL CHECK (measured_on {_DATE}),
        instrument TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7')),
        total INTEGER NOT NULL CHECK (total >= 0 AND
            total <= CASE instrument WHEN 'phq9' THEN 27 ELSE 21 END),
        items TEXT CHECK (items IS NULL OR (items NOT GLOB '*[^0-3]*' AND
            length(items) = CASE instrument WHEN 'phq9' THEN 9 ELSE 7 END)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE (case_id, instrument, measured_on)
    )""",
    f"""CREATE TABLE carecase_review (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES carecase(id) ON DELETE CASCADE,
        reviewed_on TEXT NOT NULL CHECK (reviewed_on {_DATE}),
        psychiatrist TEXT NOT NULL CHECK (length(trim(psychiatrist)) > 0),
        decision TEXT NOT NULL CHECK (decision IN ('stoornis', 'sociaal', 'anders')),
        social_cause TEXT CHECK (social_cause IS NULL OR social_cause IN ('schulden', 'wonen',
            'werk', 'relaties', 'eenzaamheid', 'anders')),
        advice TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        CHECK (decision = 'sociaal' OR social_cause IS NULL)
    )""",
    "CREATE INDEX carecase_review_case ON carecase_review(case_id, reviewed_on)",
)

_V6 = (
    # A mapping of an export's columns to PlusDesk's fields, saved under a name and found again
    # by the export's header (the column names in order, lower-cased, joined by a tab).
    """CREATE TABLE referral_mapping (
        name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
        header_key TEXT NOT NULL,
        columns TEXT NOT NULL,
        day_first INTEGER NOT NULL DEFAULT 1 CHECK (day_first IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        used_at TEXT
    )""",
    "CREATE INDEX referral_mapping_header ON referral_mapping(header_key)",
    # One imported file. The hash of its bytes recognises the same file coming again; undoing
    # the import deletes the batch, its referrals with it, and brings back what it replaced.
    f"""CREATE TABLE referral_batch (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        mapping_name TEXT,
        period_start TEXT NOT NULL CHECK (period_start {_DATE}),
        period_end TEXT NOT NULL CHECK (period_end {_DATE} AND period_end >= period_start),
        rows_imported INTEGER NOT NULL CHECK (rows_imported >= 0),
        rows_skipped INTEGER NOT NULL DEFAULT 0 CHECK (rows_skipped >= 0),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
    )""",
    # One referral, minimised: no patient column of the export is ever stored. A row replaced
    # by a later import of the same period keeps the id of that batch until it is undone.
    # The core validates every value; the CHECKs here are cheap ones (a GLOB per row costs
    # almost a second on a million-row import).
    """CREATE TABLE referral (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES referral_batch(id) ON DELETE CASCADE,
        referred_on TEXT NOT NULL CHECK (length(referred_on) = 10
            AND referred_on BETWEEN '1990-01-01' AND '2100-12-31'),
        specialism TEXT NOT NULL CHECK (length(specialism) = 4),
        icpc TEXT,
        referrer TEXT,
        replaced_by INTEGER REFERENCES referral_batch(id) ON DELETE SET NULL
    )""",
    # Few indexes on purpose: a million-row import must stay fast, and the figures read the
    # whole table once into memory anyway.
    "CREATE INDEX referral_replaced ON referral(replaced_by) WHERE replaced_by IS NOT NULL",
    # The practice's list per year by age band and sex, for rates per 1,000 and for expected
    # referrals by indirect standardisation.
    """CREATE TABLE list_size (
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        age_band TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'V')),
        patients INTEGER NOT NULL CHECK (patients >= 0),
        PRIMARY KEY (year, age_band, sex)
    )""",
    # Observed and expected referrals per year as Vektis' Praktijkspiegel reports them, per
    # specialism code or per code group (by its name).
    """CREATE TABLE referral_benchmark (
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
        observed INTEGER NOT NULL CHECK (observed >= 0),
        expected REAL NOT NULL CHECK (expected > 0),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (year, subject)
    )""",
    # Reference referral rates per 1,000 patients per year by stratum, supplied by the
    # zorggroep; its name and source are kept in meta (referral.reference_*).
    """CREATE TABLE reference_rate (
        specialism TEXT NOT NULL CHECK (specialism GLOB '[0-9][0-9][0-9][0-9]'),
        age_band TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'V')),
        rate REAL NOT NULL CHECK (rate >= 0),
        PRIMARY KEY (specialism, age_band, sex)
    )""",
)

_V7 = (
    # Figures received through the zorggroep exchange (plusdesk.core.exchange_format): in a
    # zorggroep workspace the latest export of every practice, keyed by AGB-code; in a
    # practice's own file the benchmark pack it imported, the other practices as letters.
    """CREATE TABLE exchange_practice (
        key TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
        name TEXT NOT NULL,
        agb_code TEXT NOT NULL DEFAULT '',
        zorggroep TEXT NOT NULL DEFAULT '',
        is_self INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
        period_from TEXT NOT NULL DEFAULT '',
        period_to TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        format_version INTEGER NOT NULL,
        plusdesk_version TEXT NOT NULL DEFAULT '',
        threshold INTEGER,
        merged_at TEXT NOT NULL,
        merged_by TEXT NOT NULL
    )""",
    """CREATE TABLE exchange_value (
        practice TEXT NOT NULL REFERENCES exchange_practice(key) ON DELETE CASCADE,
        indicator TEXT NOT NULL,
        period TEXT NOT NULL,
        category TEXT NOT NULL,
        value REAL,
        text TEXT,
        suppressed INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
        PRIMARY KEY (practice, indicator, period, category)
    ) WITHOUT ROWID""",
    """CREATE TABLE exchange_category (
        dimension TEXT NOT NULL,
        code TEXT NOT NULL,
        label TEXT NOT NULL,
        parent TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (dimension, code)
    )""",
)

MIGRATIONS: list[Migration] = [
    Migration(1, "practice, catalogue, specialisms and code groups", _V1),
    Migration(2, "accounts and the NEN 7513 audit log", _V2),
    Migration(3, "intervention status history, preconditions met and maatwerk", _V3),
    Migration(4, "patient-centred conversations with Positive Health scores and goals", _V4),
    Migration(5, "collaborative-care cases: contacts, PHQ-9/GAD-7, psychiatrist reviews", _V5),
    Migration(6, "referral imports, list size, Vektis figures and reference rates", _V6),
    Migration(7, "zorggroep exchange: merged practice figures and benchmark packs", _V7),
]


def schema_version() -> int:
    """The schema version this PlusDesk writes."""
    return MIGRATIONS[-1].version
