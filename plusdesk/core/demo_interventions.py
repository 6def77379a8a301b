"""The demo practice's five years with the interventions: starts, stalls, one stop, corrections."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from plusdesk.core.validation import today

if TYPE_CHECKING:
    from plusdesk.core.demo import DemoContext

# Per catalogue code: how the demo practice fared and in which month (from the start) it began.
#   full: voorbereiding → gestart → geïmplementeerd → geborgd     impl: up to geïmplementeerd
#   pilot / prep: stalled there      stopped: gestopt after a pilot
#   lapsed: implemented, back to pilot when the POH-GGZ left, implemented again
_PLAN: dict[str, tuple[str, int]] = {
    "DZ-01": ("full", 0),
    "PE-01": ("full", 1),
    "WZ-01": ("full", 2),
    "DZ-03": ("lapsed", 3),
    # DZ-02 (the improvement plan for longziekten in the referral demo) starts after two
    # years of referral data, so its before/after comparison has a season-proof baseline.
    "DZ-05": ("full", 4),
    "PE-03": ("full", 6),
    "PE-02": ("impl", 8),
    "DZ-04": ("impl", 10),
    "PE-05": ("stopped", 12),
    "WZ-02": ("impl", 14),
    "DZ-02": ("full", 16),
    "WZ-03": ("impl", 18),
    "PE-04": ("pilot", 20),
    "WZ-05": ("impl", 24),
    "WZ-04": ("pilot", 28),
    "DZ-06": ("prep", 30),
    # PE-06 (patiëntenpanel) never started: the empty row a real practice has too.
}

_LOCAL = ("WZ", "Wandelgroep met de buurtsportcoach", 26)

_PEOPLE = (
    "Anouk Janssen (POH-S)",
    "Peter Hermans (huisarts)",
    "Demo Praktijkmanager",
    "Fatima El Amrani (POH-GGZ)",
    "Ruud Smeets (huisarts)",
)

_MAATWERK = {
    "PE-01": "Gesprekken van 30 minuten door de POH-S op dinsdag- en donderdagmiddag; de "
    "huisarts selecteert patiënten uit de top 5 % zorgkosten en bespreekt ze in het "
    "maandelijkse MDO.",
    "DZ-01": "Verwijscijfers per kwartaal besproken in de intervisiegroep met twee buurpraktijken; "
    "verslag in de praktijkmap.",
    "DZ-03": "POH-GGZ is casemanager; de consultatief psychiater van de zorggroep komt eens per "
    "zes weken voor casuïstiekbespreking, tussendoor telefonisch overleg.",
    "WZ-01": "Maandelijks wijkoverleg met wijkverpleging, sociaal team en "
    "welzijnsorganisatie in het buurthuis.",
    "PE-03": "E-consult via het patiëntenportaal, beantwoord door de dienstdoende huisarts "
    "binnen twee werkdagen.",
}

STOP_REASON = (
    "Geen vaste leefstijlcoach meer beschikbaar in de regio; na evaluatie in het "
    "praktijkoverleg besloten te stoppen."
)


def add_intervention_history(conn: sqlite3.Connection, ctx: DemoContext) -> None:
    """Write believable status histories, checklists and maatwerk for the demo practice."""
    rng = ctx.rng
    end = today()
    codes = {r[0] for r in conn.execute("SELECT code FROM intervention")}
    domain, title, month = _LOCAL
    if _months(ctx.start, round(month * ctx.years * 12 / 40)) <= end:
        conn.execute(
            "INSERT INTO intervention (code, domain_code, title, description, position, origin,"
            " created_at, created_by) VALUES (?, ?, ?, ?, 1000, 'lokaal', ?, 'demo')",
            (
                f"{domain}-L01",
                domain,
                title,
                "Wekelijkse wandelgroep voor patiënten met overgewicht of eenzaamheid, samen met "
                "de buurtsportcoach van de gemeente.",
                _stamp(_months(ctx.start, round(month * ctx.years * 12 / 40))),
            ),
        )
        codes.add(f"{domain}-L01")
        plan = {**_PLAN, f"{domain}-L01": ("impl", month)}
    else:
        plan = dict(_PLAN)

    stretch = ctx.years * 12 / 40  # the plan spans 40 months of a 5-year demo: 1.5 × 30
    for code, (kind, month) in plan.items():
        if code not in codes:
            continue  # a demo built on another catalogue simply lacks this one
        first = _months(ctx.start, round(month * stretch)) + timedelta(days=rng.randrange(0, 25))
        steps = _steps(kind, first, rng)
        writer = _Writer(conn, code, end, rng, misdate=code == "DZ-02")
        for status, day, note, reason in steps:
            writer.add(status, day, note, reason)
        if code == "DZ-02":
            writer.correct_last_implemented()
        if code == "WZ-02":
            writer.accidental_undo()
        _checklist(conn, code, steps, end, rng)
        if steps and steps[0][1] <= end:
            conn.execute(
                "INSERT INTO intervention_practice (intervention_code, responsible, maatwerk,"
                " evidence, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'demo')",
                (
                    code,
                    rng.choice(_PEOPLE) if code != "DZ-03" else _PEOPLE[3],
                    _MAATWERK.get(code, ""),
                    f"Werkafspraak in de praktijkmap: Protocollen\\{code}.docx",
                    _stamp(steps[0][1] + timedelta(days=3)),
                ),
            )


def _steps(kind: str, first: date, rng: random.Random) -> list[tuple[str, date, str, str]]:
    prep = first
    start = prep + timedelta(days=rng.randint(60, 150))
    impl = start + timedelta(days=rng.randint(120, 300))
    kept = impl + timedelta(days=rng.randint(365, 720))
    steps = [("voorbereiding", prep, "", ""), ("gestart", start, "Pilot met één huisarts.", "")]
    if kind == "prep":
        return steps[:1]
    if kind == "pilot":
        return steps
    if kind == "stopped":
        stop = start + timedelta(days=rng.randint(200, 320))
        return [*steps, ("gestopt", stop, "", STOP_REASON)]
    steps.append(("geimplementeerd", impl, "Werkafspraak vastgesteld in het praktijkoverleg.", ""))
    if kind == "full":
        steps.append(("geborgd", kept, "Onderdeel van de jaarplanning en het inwerkprogramma.", ""))
    if kind == "lapsed":
        back = impl + timedelta(days=rng.randint(200, 300))
        again = back + timedelta(days=rng.randint(90, 150))
        steps += [
            ("gestart", back, "POH-GGZ vertrokken; opnieuw opgestart met de nieuwe POH-GGZ.", ""),
            ("geimplementeerd", again, "Nieuwe POH-GGZ ingewerkt; werkwijze hervat.", ""),
        ]
    return steps


class _Writer:
    """Inserts status rows as the demo users would have recorded them: a few weeks late."""

    def __init__(
        self, conn: sqlite3.Connection, code: str, end: date, rng: random.Random, misdate: bool
    ) -> None:
        self.conn, self.code, self.end, self.rng = conn, code, end, rng
        self.misdate = misdate  # type the implementation date a year late, to be corrected
        self.implemented: tuple[int, date] | None = None

    def add(self, status: str, day: date, note: str, reason: str, voids: int | None = None) -> int:
        if day > self.end:
            return 0
        true_day = day
        wrong = day.replace(year=day.year + 1) if day.month != 2 or day.day != 29 else day
        if status == "geimplementeerd" and self.misdate and self.implemented is None:
            if wrong <= self.end:
                day = wrong
            else:
                self.misdate = False
        recorded = min(day + timedelta(days=self.rng.randint(0, 40)), self.end)
        if voids is not None:  # a correction comes after the entry it corrects was recorded
            wrong_recorded = self.conn.execute(
                "SELECT substr(recorded_at, 1, 10) FROM intervention_status WHERE id = ?", (voids,)
            ).fetchone()[0]
            recorded = min(
                date.fromisoformat(wrong_recorded) + timedelta(days=self.rng.randint(3, 20)),
                self.end,
            )
        cur = self.conn.execute(
            "INSERT INTO intervention_status (intervention_code, kind, status, effective_date,"
            " note, reason, voids, recorded_at, recorded_by) VALUES (?, 'status', ?, ?, ?, ?, ?,"
            " ?, 'demo')",
            (self.code, status, day.isoformat(), note, reason, voids, _stamp(recorded)),
        )
        if status == "geimplementeerd" and self.implemented is None:
            self.implemented = (cur.lastrowid, true_day)
        return cur.lastrowid

    def correct_last_implemented(self) -> None:
        """First typed a year off, then corrected: the history shows both."""
        if self.implemented is None or not self.misdate:
            return
        wrong_id, day = self.implemented
        self.add(
            "geimplementeerd",
            day,
            "Datum gecorrigeerd: eerst per abuis een jaar te laat ingevoerd.",
            "",
            voids=wrong_id,
        )

    def accidental_undo(self) -> None:
        """A status clicked by mistake and undone the same day."""
        if self.implemented is None:
            return
        _, day = self.implemented
        slip = day + timedelta(days=30)
        if slip > self.end:
            return
        slip_id = self.add("geborgd", slip, "", "")
        self.conn.execute(
            "INSERT INTO intervention_status (intervention_code, kind, voids, note, recorded_at,"
            " recorded_by) VALUES (?, 'undo', ?, ?, ?, 'demo')",
            (self.code, slip_id, "Per ongeluk gekozen.", _stamp(slip + timedelta(days=41))),
        )


def _checklist(
    conn: sqlite3.Connection,
    code: str,
    steps: list[tuple[str, date, str, str]],
    end: date,
    rng: random.Random,
) -> None:
    if not steps or steps[0][1] > end:
        return
    prep = steps[0][1]
    started = next((d for s, d, _, _ in steps if s == "gestart"), None)
    stalled = len(steps) <= 2
    for (pre_code,) in conn.execute(
        "SELECT code FROM precondition WHERE intervention_code = ? ORDER BY position", (code,)
    ).fetchall():
        if stalled and rng.random() < 0.5:
            continue
        span = ((started or prep + timedelta(days=120)) - prep).days
        met = prep + timedelta(days=rng.randint(0, max(span, 1)))
        if met > end:
            continue
        conn.execute(
            "INSERT INTO precondition_check (precondition_code, met_on, note, updated_at,"
            " updated_by) VALUES (?, ?, '', ?, 'demo')",
            (pre_code, met.isoformat(), _stamp(met + timedelta(days=7))),
        )


def _months(start: date, months: int) -> date:
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, 1)


def _stamp(day: date) -> str:
    return datetime.combine(day, time(11, 0), tzinfo=UTC).isoformat(timespec="seconds")
