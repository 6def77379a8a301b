"""The zorggroep export: demo practices → export → merge gives back each practice's own figures,
with no small count left and none recoverable from the published sums."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from plusdesk.core import audit, carecase_figures, conversation_figures
from plusdesk.core.db import open_database
from plusdesk.core.demo import build_demo
from plusdesk.core.errors import PermissionDeniedError, ValidationError
from plusdesk.core.exchange import build_export, export_filename, save_export, set_threshold
from plusdesk.core.exchange_format import (
    BY_CODE,
    INDICATORS,
    SUFFIX,
    read_file,
)
from plusdesk.core.reference import list_groups
from plusdesk.core.referral_oe import oe_table
from plusdesk.core.register import register
from plusdesk.core.suppression import Relation, recoverable
from plusdesk.core.users import login
from plusdesk.core.validation import today
from plusdesk.core.workspace import create_workspace, merge_files, practices

PASSWORD = "plusdesk-demo"
SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("exchange")
    return {seed: build_demo(folder / f"demo{seed}.sqlite", seed=seed, years=3) for seed in SEEDS}


@pytest.fixture(scope="module")
def exports(demos: dict[int, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("files")
    out = {}
    for seed, path in demos.items():
        db = open_database(path)
        try:
            session = login(db, "demo", PASSWORD)
            out[seed] = save_export(session, build_export(db), folder / f"p{seed}{SUFFIX}")
        finally:
            db.close()
    return out


@pytest.fixture
def workspace(tmp_path: Path, first_account):
    path = create_workspace(tmp_path / "zorggroep.sqlite", "Zorggroep Test", first_account)
    db = open_database(path)
    yield login(db, first_account.username, first_account.password)
    db.close()


def own_figures(db) -> dict[tuple[str, str, str], object]:
    """The practice's own figures, computed here without the exporter."""
    start, end = date(today().year - 3, 1, 1), today()
    out: dict[tuple[str, str, str], object] = {}
    groups = list_groups(db)
    monthly = db.query(
        "SELECT substr(referred_on, 1, 7), specialism, count(*) FROM referral "
        "WHERE replaced_by IS NULL GROUP BY 1, 2"
    )
    for month, code, n in monthly:
        out[("verwijzing.aantal", month, code)] = n
        for group in groups:
            if group.matches(code):
                key = ("verwijzing.aantal", month, group.name)
                out[key] = out.get(key, 0) + n
    for (_, month, subject), n in list(out.items()):
        key = ("verwijzing.jaar", month[:4], subject)
        out[key] = out.get(key, 0) + n
    for year in range(start.year, end.year):
        for row in oe_table(db, year).itertuples():
            period = str(year)
            out[("verwijzing.oe_waargenomen", period, row.subject)] = row.observed
            out[("verwijzing.oe_verwacht", period, row.subject)] = row.expected
            out[("verwijzing.oe", period, row.subject)] = row.ratio
            out[("verwijzing.oe_bron", period, row.subject)] = row.source
    for r in register(db):
        out[("interventie.status", "", r.code)] = r.state.status.value
        if r.state.started_on:
            out[("interventie.gestart_op", "", r.code)] = r.state.started_on.isoformat()
        out[("interventie.maatwerk", "", r.code)] = int(r.has_maatwerk)
    for year in range(start.year, end.year + 1):
        y_start, y_end = date(year, 1, 1), min(end, date(year, 12, 31))
        f = conversation_figures.figures(db, y_start, y_end)
        if f.conversations:
            out[("gesprek.aantal_jaar", str(year), "")] = f.conversations
            out[("gesprek.patienten_jaar", str(year), "")] = f.patients
            for row in f.per_reason.itertuples():
                out[("gesprek.reden", str(year), row.reason)] = row.conversations
            for row in f.score_change.itertuples():
                if row.patients:
                    out[("gesprek.score_verschil", str(year), row.dimension)] = row.change
        c = carecase_figures.figures(db, y_start, y_end)
        out[("ggz.actief", str(year), "")] = c.active
        out[("ggz.contacten", str(year), "")] = c.contacts
        for route, n in c.routes.items():
            out[("ggz.route", str(year), route.value)] = n
    for year, patients in db.query("SELECT year, sum(patients) FROM list_size GROUP BY year"):
        out[("praktijk.omvang", str(year), "")] = patients
    return out


def merged_rows(db, agb: str) -> list[sqlite3.Row]:
    return db.query(
        "SELECT indicator, period, category, value, text, suppressed FROM exchange_value "
        "WHERE practice = ?",
        (agb,),
    )


def test_round_trip_every_shown_value_is_the_practices_own_figure(
    demos: dict[int, Path], exports: dict[int, Path], workspace
) -> None:
    outcomes = merge_files(workspace, list(exports.values()))
    assert [o.status for o in outcomes] == ["nieuw"] * len(SEEDS)
    assert len(practices(workspace.db)) == len(SEEDS)
    checked = 0
    for path in demos.values():
        db = open_database(path, readonly=True)
        try:
            agb = db.scalar("SELECT agb_code FROM practice")
            own = own_figures(db)
        finally:
            db.close()
        rows = {(r[0], r[1], r[2]): r for r in merged_rows(workspace.db, agb)}
        covered = [k for k in own if k in rows]
        assert len(covered) > 0.9 * len(own), "the export leaves out figures the practice has"
        for key in covered:
            row = rows[key]
            if row["suppressed"]:
                indicator = BY_CODE[key[0]]
                assert indicator.counts or indicator.follows, key
                continue
            expected = own[key]
            if isinstance(expected, str):
                assert row["text"] == expected, key
            else:
                assert row["value"] == pytest.approx(float(expected), rel=1e-3, abs=1e-3), key
            checked += 1
    assert checked > 1000


def test_no_count_from_one_to_four_survives_and_none_can_be_worked_back(
    exports: dict[int, Path],
) -> None:
    data = read_file(exports[1])
    values = {v.key: v for v in data.values}
    for v in data.values:
        if BY_CODE[v.indicator].counts and not v.suppressed:
            assert not 0 < v.value < 5, v
    # The sums a reader can form from the published file, rebuilt here from its contents.
    relations = []
    practice = data.practices[0].key
    groups = {c.code: c.parent.split(",") for c in data.categories if c.parent and c.dimension
              == "specialisme"}  # fmt: skip
    for v in data.values:
        if v.indicator == "verwijzing.jaar":
            months = [k for k in values if k[1] == "verwijzing.aantal" and k[2][:4] == v.period
                      and k[3] == v.category]  # fmt: skip
            relations.append(Relation(v.key, tuple(months)))
        if v.indicator == "verwijzing.aantal" and v.category in groups:
            parts = [(practice, v.indicator, v.period, code) for code in groups[v.category]]
            relations.append(Relation(v.key, tuple(p for p in parts if p in values)))
        if v.indicator == "gesprek.aantal_jaar":
            months = [k for k in values if k[1] == "gesprek.aantal" and k[2][:4] == v.period]
            reasons = [k for k in values if k[1] == "gesprek.reden" and k[2] == v.period]
            relations += [Relation(v.key, tuple(months)), Relation(v.key, tuple(reasons))]
    hidden = {k for k, v in values.items() if v.suppressed}
    assert len(hidden) > 100  # the demo has plenty of small cells
    numbers = {k: (v.value if v.value is not None else 0.0) for k, v in values.items()}
    for relation in relations:
        assert sum(c in hidden for c in relation.cells) != 1, relation
        if not hidden.intersection(relation.cells):  # fully shown sums must add up
            total = numbers[relation.total]
            assert total == pytest.approx(sum(numbers[p] for p in relation.parts)), relation
    assert recoverable(numbers, relations, hidden) == set()


def test_derived_figures_are_hidden_with_their_count(exports: dict[int, Path]) -> None:
    data = read_file(exports[1])
    values = {v.key: v for v in data.values}
    followers = [v for v in data.values if BY_CODE[v.indicator].follows]
    assert followers
    for v in followers:
        leader = values[(v.practice, BY_CODE[v.indicator].follows, v.period, v.category)]
        assert v.suppressed == leader.suppressed, v


def test_a_higher_threshold_hides_more(demo_db) -> None:
    low, high = build_export(demo_db, threshold_value=3), build_export(demo_db, threshold_value=10)
    assert low.suppressed < build_export(demo_db).suppressed < high.suppressed
    for v in high.data.values:
        if BY_CODE[v.indicator].counts and not v.suppressed:
            assert not 0 < v.value < 10


def test_threshold_setting_is_checked_logged_and_used(manager) -> None:
    with pytest.raises(ValidationError, match="tussen 2 en 50"):
        set_threshold(manager, 1)
    set_threshold(manager, 8)
    assert build_export(manager.db).threshold == 8
    events = audit.query(manager.db, audit.AuditFilter())
    assert any("drempel kleine aantallen: 8" in e.detail for e in events)


def test_export_holds_no_patient_number(demo_db, tmp_path: Path, manager) -> None:
    refs = {r[0] for r in demo_db.query("SELECT patient_ref FROM conversation")}
    refs |= {r[0] for r in demo_db.query("SELECT patient_ref FROM carecase")}
    path = save_export(manager, build_export(demo_db), tmp_path / "x.plusdesk")
    conn = sqlite3.connect(path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    # Whole values only: a 5-digit number also turns up inside a SHA-256 or a timestamp.
    leaked = [r for r in refs if re.search(rf"(?<![0-9A-Za-z]){re.escape(r)}(?![0-9A-Za-z])", dump)]
    assert refs and not leaked


def test_preview_names_every_indicator_with_its_rows(demo_db) -> None:
    export = build_export(demo_db)
    preview = export.preview()
    assert sum(r.rows for r in preview) == export.rows
    assert sum(r.suppressed for r in preview) == export.suppressed
    labels = {(r.subject, r.indicator) for r in preview}
    assert ("Verwijzingen", "verwijzingen per maand") in labels
    assert ("Interventies", "status") in labels


def test_period_limits_the_export(demo_db) -> None:
    year = today().year - 2
    export = build_export(demo_db, date(year, 1, 1), date(year, 12, 31))
    periods = {v.period[:4] for v in export.data.values if v.period}
    assert periods == {str(year)}
    assert export.data.manifest["periode_van"] == f"{year}-01-01"


def test_saving_is_an_audit_event_and_needs_the_right(demo_file: Path, tmp_path: Path) -> None:
    db = open_database(demo_file)
    try:
        poh = login(db, "poh", PASSWORD)
        with pytest.raises(PermissionDeniedError):
            save_export(poh, build_export(db), tmp_path / "x.plusdesk")
        assert not (tmp_path / "x.plusdesk").exists()
        manager = login(db, "demo", PASSWORD)
        agb = db.scalar("SELECT agb_code FROM practice")
        path = save_export(manager, build_export(db), tmp_path / export_filename(agb))
        events = audit.query(db, audit.AuditFilter())
        saved = [e for e in events if e.action == "export" and e.result == "ok"]
        assert saved and saved[-1].object_id == path.name
        assert path.name == f"{agb}_{today().isoformat()}.plusdesk"
    finally:
        db.close()


# --- refusals: tampering, damage, versions, wrong files ------------------------------------------


def tampered(source: Path, target: Path, sql: str) -> Path:
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute(sql)
    conn.close()
    return target


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE data_value SET value = value + 1 WHERE suppressed = 0 AND value > 20",
         "controlesom"),
        ("UPDATE manifest SET value = 'Andere Praktijk' WHERE key = 'praktijk_naam'",
         "controlesom"),
        ("UPDATE data_value SET value = 2, suppressed = 0 WHERE suppressed = 1 AND indicator = "
         "'verwijzing.aantal'", "controlesom"),
        ("DELETE FROM data_value WHERE indicator = 'verwijzing.oe'", "onvolledig"),
        ("UPDATE manifest SET value = '2' WHERE key = 'formaatversie'", "nieuwere PlusDesk"),
        ("UPDATE manifest SET value = 'iets anders' WHERE key = 'formaat'",
         "geen PlusDesk-exportbestand"),
        ("UPDATE manifest SET value = 'benchmarkpakket' WHERE key = 'soort'", "benchmarkpakket"),
    ],
)  # fmt: skip
def test_a_changed_file_is_refused_with_its_reason_and_nothing_merged(
    exports: dict[int, Path], workspace, tmp_path: Path, sql: str, reason: str
) -> None:
    bad = tampered(exports[1], tmp_path / "bad.plusdesk", sql)
    before = list(workspace.db.conn.iterdump())
    outcomes = merge_files(workspace, [bad])
    assert outcomes[0].status == "geweigerd"
    assert reason in outcomes[0].reason
    after = [line for line in workspace.db.conn.iterdump() if "audit_log" not in line]
    assert after == [line for line in before if "audit_log" not in line]


def test_files_that_are_no_export_are_refused(
    demos: dict[int, Path], workspace, tmp_path: Path
) -> None:
    text = tmp_path / "notities.plusdesk"
    text.write_text("geen database", encoding="utf-8")
    truncated = tmp_path / "afgebroken.plusdesk"
    truncated.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    outcomes = merge_files(workspace, [text, truncated, demos[1], tmp_path / "weg.plusdesk"])
    assert [o.status for o in outcomes] == ["geweigerd"] * 4
    assert "geen SQLite-bestand" in outcomes[0].reason
    assert "geen PlusDesk-exportbestand" in outcomes[2].reason  # a practice's own data file
    assert "bestaat niet" in outcomes[3].reason
    assert practices(workspace.db) == []


def test_merging_into_a_practice_file_is_refused(exports: dict[int, Path], manager) -> None:
    with pytest.raises(ValidationError, match="praktijkbestand"):
        merge_files(manager, [exports[1]])


def test_an_export_cannot_be_made_from_a_zorggroep_file(workspace) -> None:
    with pytest.raises(ValidationError, match="zorggroepbestand"):
        build_export(workspace.db)


# --- replacement order --------------------------------------------------------------------------


def save_at(demo: Path, out: Path, stamp: str, monkeypatch: pytest.MonkeyPatch, **kw) -> Path:
    import plusdesk.core.exchange as exchange

    monkeypatch.setattr(exchange, "utc_now_iso", lambda: stamp)
    db = open_database(demo)
    try:
        return save_export(login(db, "demo", PASSWORD), build_export(db, **kw), out)
    finally:
        db.close()


def test_newer_replaces_older_and_older_never_overwrites_newer(
    demos: dict[int, Path], workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    year = today().year - 1
    old = save_at(demos[1], tmp_path / "old.plusdesk", "2026-01-05T10:00:00+00:00", monkeypatch,
                  date_from=date(year, 1, 1), date_to=date(year, 6, 30))  # fmt: skip
    new = save_at(demos[1], tmp_path / "new.plusdesk", "2026-02-05T10:00:00+00:00", monkeypatch)
    agb = read_file(new).agb_code

    def latest() -> tuple[str, str]:
        row = workspace.db.query("SELECT created_at, file_name FROM exchange_practice")[0]
        return row[0], row[1]

    assert [o.status for o in merge_files(workspace, [new])] == ["nieuw"]
    count = len(merged_rows(workspace.db, agb))
    outcome = merge_files(workspace, [old])[0]
    assert outcome.status == "ouder" and "nieuwere export" in outcome.message
    assert latest() == ("2026-02-05T10:00:00+00:00", "new.plusdesk")
    assert len(merged_rows(workspace.db, agb)) == count
    assert merge_files(workspace, [new])[0].status == "al ingelezen"


def test_older_then_newer_replaces_and_in_one_go_the_newest_wins(
    demos: dict[int, Path], workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    year = today().year - 1
    old = save_at(demos[1], tmp_path / "old.plusdesk", "2026-01-05T10:00:00+00:00", monkeypatch,
                  date_from=date(year, 1, 1), date_to=date(year, 6, 30))  # fmt: skip
    new = save_at(demos[1], tmp_path / "new.plusdesk", "2026-02-05T10:00:00Z", monkeypatch)
    outcomes = merge_files(workspace, [new, old])  # given newest first: order must not matter
    assert {o.file_name: o.status for o in outcomes} == {
        "new.plusdesk": "vervangen",
        "old.plusdesk": "nieuw",
    }
    row = workspace.db.query("SELECT file_name, period_from FROM exchange_practice")[0]
    assert row[0] == "new.plusdesk" and row[1] != f"{year}-01-01"
    periods = {r[1][:4] for r in merged_rows(workspace.db, read_file(new).agb_code) if r[1]}
    assert len(periods) > 1  # the old half-year export's rows are gone, not mixed in


def test_every_indicator_is_documented() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "export-format.md").read_text(encoding="utf-8")
    missing = [i.code for i in INDICATORS if f"`{i.code}`" not in doc]
    assert missing == []
