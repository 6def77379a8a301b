"""The demo practice's collaborative-care caseload: the POH-GGZ's cases since DZ-03 started."""

from __future__ import annotations

import random
import sqlite3
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from plusdesk.core.carecase_model import (
    INSTRUMENTS,
    Badge,
    Case,
    Contact,
    ContactKind,
    Decision,
    Instrument,
    Measure,
    Problem,
    Review,
    ReviewReason,
    Route,
    SocialCause,
    Thresholds,
)
from plusdesk.core.carecase_status import standing
from plusdesk.core.demo_carecase_texts import (
    ADVICE_ASKED,
    ADVICE_EARLY_SPECIALIST,
    ADVICE_FIRST,
    ADVICE_GRIEF,
    ADVICE_MORE,
    ADVICE_OTHER,
    ADVICE_SAFETY,
    ADVICE_SOCIAL,
    ADVICE_STUCK,
    ADVICE_TAPER,
    AGAIN,
    BETTER,
    BRIDGE,
    CAUSES,
    CLOSE_NOTES,
    CLOSED,
    DECISIONS,
    FLAGGED,
    FLAGGED_BETTER,
    INTAKE,
    INTAKE_OF,
    KINDS,
    LAST,
    MINUTES,
    NOTES,
    NOTES_OF,
    OPEN_WEIGHTS,
    OTHER_PROBLEMS,
    PROBLEMS,
    RELAPSE,
    SAFETY_NOTE,
    SOCIAL_NOTE,
    STUCK,
)
from plusdesk.core.demo_days import pick_weekday, to_weekday
from plusdesk.core.validation import today

if TYPE_CHECKING:
    from plusdesk.core.demo import DemoContext

CODE = "DZ-03"  # "Collaborative care in de GGZ" in the catalogue
PSYCHIATRISTS = ("M. Vossen", "J. Dassen")  # consultatief psychiaters of the zorggroep

_PHQ, _GAD = Instrument.PHQ9, Instrument.GAD7


@dataclass
class _Plan:
    start: date
    stop: date  # no contact after this day (except the forced last one)
    problem: Problem
    outcome: str  # remit, respond, partial or none
    decision: Decision
    cause: SocialCause | None
    safety: bool = False
    slow_first_review: bool = False
    t_days: int = 84  # days until the scores reach their course
    last_contact: date | None = None  # a contact on exactly this day (closing, flagged, safety)
    flag_last: bool = False
    safety_last: bool = False
    measure_last: bool = False
    route: Route | None = None


@dataclass(eq=False)
class _Built:
    case: dict[str, object]
    contacts: list[list] = field(default_factory=list)  # held_on, kind, minutes, note, discuss
    measures: list[tuple] = field(default_factory=list)  # day, instrument, total, items
    reviews: list[tuple] = field(default_factory=list)  # day, psychiatrist, decision, cause, advice

    @property
    def start(self) -> date:
        return self.case["started_on"]  # type: ignore[return-value]


def add_carecases(conn: sqlite3.Connection, ctx: DemoContext) -> None:
    """Write about 80 care cases (5-year demo), today's caseload of 20 to 25 among them."""
    rng = ctx.rng
    now = today()
    last = to_weekday(now - timedelta(days=1), back=True)  # recorded up to yesterday
    starts = _started(conn)
    first = to_weekday(starts[0] if starts else now - timedelta(days=3 * 365), back=False)
    if first > last:
        return
    world = _World(rng, now, last, first, starts[1] if len(starts) > 1 else None)
    built = [world.open_case(fate) for fate in _open_fates(rng)]
    # About 58 closed cases in a 5-year demo; fewer when collaborative care began later.
    years = max(0.0, ((last - first).days - 120) / 365.25)
    count = round(min(11.6 * ctx.years, 14 * years)) + rng.randint(-2, 2)
    deck = _closed_deck(rng, max(0, count))
    for n, profile in enumerate(deck):
        case = world.closed_case(*profile, pilot=n == 0)
        if case is not None:
            built.append(case)
    built.sort(key=lambda b: (b.start, b.case["closed_on"] or date.max))
    _patients(rng, built)
    _managers(rng, built, world.handover)
    _write(conn, built, last, rng)


def _started(conn: sqlite3.Connection) -> list[date]:
    """The valid 'gestart' days of collaborative care (a second one is the restart)."""
    rows = conn.execute(
        "SELECT effective_date FROM intervention_status s WHERE intervention_code = ? AND"
        " kind = 'status' AND status = 'gestart' AND NOT EXISTS (SELECT 1 FROM"
        " intervention_status v WHERE v.voids = s.id) ORDER BY effective_date",
        (CODE,),
    ).fetchall()
    return [date.fromisoformat(r[0]) for r in rows]


def _open_fates(rng: random.Random) -> list[str]:
    """Today's caseload by design: what each open case shows in the list."""
    fates = ["new"] * rng.randint(2, 3) + ["flagged"] * rng.randint(2, 3) + ["safety"]
    fates += ["stuck_new"] * rng.randint(1, 2) + ["stuck"] * rng.randint(2, 3)
    fates += ["overdue"] * rng.randint(3, 5) + ["remission"] + ["responding"] * rng.randint(3, 5)
    fates += ["regular"] * max(2, rng.randint(21, 24) - len(fates))
    return fates


def _closed_deck(rng: random.Random, n: int) -> list[tuple[Route, str, str]]:
    """Route, kind and course of the closed cases: a dealt deck keeps the shares steady."""
    deck = [p for p, w in CLOSED for _ in range(n * w // 100)]
    deck += rng.choices([p for p, _ in CLOSED], [w for _, w in CLOSED], k=n - len(deck))
    rng.shuffle(deck)
    return deck


class _World:
    """What all cases share: the period, the psychiatrist's consultation days, the decks."""

    def __init__(
        self, rng: random.Random, now: date, last: date, first: date, restart: date | None
    ) -> None:
        self.rng, self.now, self.last, self.first = rng, now, last, first
        # The psychiatrist comes every other Tuesday or Thursday; the last time 2 to 8 days ago.
        weekday = rng.choice((1, 3))
        latest = last - timedelta(days=2)
        latest -= timedelta(days=(latest.weekday() - weekday) % 7)
        self.consult_last = latest
        days = []
        while latest >= first:
            days.append(latest)
            latest -= timedelta(days=14)
        self.consults = days[::-1]
        self.switch = first + timedelta(days=round((last - first).days * rng.uniform(0.5, 0.65)))
        # The weeks before the new POH-GGZ restarted the work, the POH-S took new cases.
        self.handover = (restart - timedelta(days=56), restart) if restart else None
        self.decisions: list[Decision] = []
        self.problems: list[Problem] = []

    def decision(self) -> Decision:
        """The psychiatrist's view of a case: dealt from a deck, so the shares hold."""
        if not self.decisions:
            self.decisions = [d for d, w in DECISIONS for _ in range(w)]
            self.rng.shuffle(self.decisions)
        return self.decisions.pop()

    def consult(self, day: date, until: date) -> date | None:
        """The first consultation day on or after day, if it came before until."""
        i = bisect_left(self.consults, day)
        if i < len(self.consults) and self.consults[i] <= until:
            return self.consults[i]
        return None

    def psychiatrist(self, day: date) -> str:
        return PSYCHIATRISTS[day >= self.switch]

    def problem(self) -> Problem:
        """What a patient comes with: dealt from a deck of 100, so the shares hold."""
        if not self.problems:
            self.problems = [p for p, w in PROBLEMS for _ in range(w)]
            self.rng.shuffle(self.problems)
        return self.problems.pop()

    # --- today's open cases ----------------------------------------------------------------

    def open_case(self, fate: str) -> _Built:
        """An open case that shows what its fate asks (a few draws until it does)."""
        for _ in range(30):
            built = self._open(fate)
            if _fits(fate, built, self.now):
                break
        return built

    def _open(self, fate: str) -> _Built:
        rng, now, last, cl = self.rng, self.now, self.last, self.consult_last
        outcome = rng.choices(*zip(*OPEN_WEIGHTS, strict=True))[0]
        days = {
            "new": (cl - timedelta(days=9), last),
            "regular": (now - timedelta(days=66), cl - timedelta(days=10)),
            "responding": (now - timedelta(days=140), now - timedelta(days=56)),
            "remission": (now - timedelta(days=140), now - timedelta(days=56)),
            "stuck": (now - timedelta(days=182), cl - timedelta(days=71)),
            "stuck_new": (cl - timedelta(days=69), now - timedelta(days=70)),
            "overdue": (now - timedelta(days=210), now - timedelta(days=63)),
            "flagged": (now - timedelta(days=112), cl - timedelta(days=24)),
            "safety": (now - timedelta(days=112), cl - timedelta(days=24)),
        }[fate]
        start = min(pick_weekday(rng, max(days[0], self.first), max(days[1], self.first)), last)
        if fate in ("responding", "remission"):
            outcome = rng.choice(("remit", "respond")) if fate == "responding" else "remit"
        elif fate in ("stuck", "stuck_new", "safety"):
            outcome = rng.choice(("partial", "none", "none"))
        elif fate == "flagged":
            outcome = rng.choice(("partial", "none", "respond"))
        plan = self._plan(start, last, outcome)
        if fate == "overdue":
            plan.stop = max(start, now - timedelta(days=rng.randint(31, 60)))
        elif fate in ("flagged", "safety"):
            plan.stop = cl
            plan.last_contact = max(start, pick_weekday(rng, cl + timedelta(days=1), last))
            plan.flag_last = fate == "flagged"
            plan.safety_last = plan.measure_last = fate == "safety"
            plan.safety = False
        elif fate == "new":
            plan.safety = False
        built = self._run(plan, last)
        case = built.case
        if fate == "stuck" and rng.random() < 0.5:
            stuck = [r[0] for r in built.reviews if r[0] >= start + timedelta(days=70)]
            if stuck:
                route = rng.choice((Route.BASIS_GGZ, Route.SPECIALISTISCHE_GGZ))
                case["route"] = route
                case["route_on"] = min(last, to_weekday(stuck[0] + timedelta(days=3), back=False))
                case["close_note"] = "Aangemeld; wacht op de intake."
        if fate in ("responding", "remission") and rng.random() < 0.4:
            case["relapse_plan_on"] = built.contacts[-1][0]
            built.contacts[-1][3] = rng.choice(RELAPSE)
        if plan.safety_last:
            case["safety_since"] = plan.last_contact
        return built

    # --- cases closed before today ---------------------------------------------------------

    def closed_case(
        self, route: Route, kind: str, outcome: str, *, pilot: bool = False
    ) -> _Built | None:
        """A case closed before today along its route; None when it does not fit the period.

        The pilot case is the first patient, within a few weeks after the start.
        """
        rng = self.rng
        if kind == "drop":
            reasons = ("geen_contact", "op_verzoek", "verhuisd", "anders")
            reason = rng.choices(reasons, (5, 3, 2, 1))[0]
        elif kind == "partial":
            reason = "op_verzoek"
        elif route is Route.HUISARTSENPRAKTIJK:
            reason = "op_verzoek" if rng.random() < 0.08 else "klachten_afgenomen"
        elif route is Route.SOCIAAL_DOMEIN:
            reason = "verwezen" if rng.random() < 0.6 else "klachten_afgenomen"
        else:
            reason = "verwezen"
        early = route is Route.SPECIALISTISCHE_GGZ and rng.random() < 0.25
        length = {"drop": 110, "partial": 150}.get(kind, 175)
        for _ in range(6):
            hi = self.last - timedelta(days=length)
            if hi < self.first:
                return None
            # Intake grows over the years as the way of working settles in.
            share = rng.uniform(0, 0.02) if pilot else rng.random() ** 0.7
            start = to_weekday(
                self.first + timedelta(days=round((hi - self.first).days * share)), back=False
            )
            built = self._closed(start, route, kind, outcome, reason, early)
            if built is not None:
                return built
        return None

    def _closed(
        self, start: date, route: Route, kind: str, outcome: str, reason: str, early: bool
    ) -> _Built | None:
        rng, last = self.rng, self.last
        plan = self._plan(start, last, outcome)
        plan.route = route
        if route is Route.SOCIAAL_DOMEIN:
            plan.decision = Decision.SOCIAAL
            plan.cause = plan.cause or _cause(rng, plan.problem)
        elif route is not Route.HUISARTSENPRAKTIJK:
            plan.decision = Decision.STOORNIS if rng.random() < 0.9 else Decision.ANDERS
            plan.cause = None
            if plan.problem in (Problem.ROUW, Problem.OVERSPANNING):
                plan.problem = Problem.SOMBERHEID
        first_review = self.consult(
            start + timedelta(days=24 if plan.slow_first_review else 10), last
        )
        stuck_review = self.consult(start + timedelta(days=70), last)
        if first_review is None or stuck_review is None:
            return None
        t_end = start + timedelta(days=plan.t_days + 14)
        route_on = None
        if kind == "drop":
            stop = start + timedelta(days=rng.randint(7, 49))
        elif kind == "partial":
            stop = start + timedelta(days=rng.randint(84, 140))
        elif route is Route.HUISARTSENPRAKTIJK:
            stop = max(t_end + timedelta(days=rng.randint(7, 56)), start + timedelta(days=70))
        elif route is Route.SOCIAAL_DOMEIN:
            route_on = to_weekday(first_review + timedelta(days=rng.randint(3, 21)), back=False)
            stop = route_on + timedelta(days=rng.randint(0, 42))
            if outcome in ("remit", "respond"):
                stop = max(stop, t_end)
        else:
            after = first_review if early else stuck_review
            route_on = to_weekday(after + timedelta(days=rng.randint(2, 14)), back=False)
            stop = route_on + timedelta(days=rng.randint(14, 56))
        plan.last_contact = plan.stop = to_weekday(stop, back=True)
        plan.measure_last = kind != "drop"
        delay = {"geen_contact": (21, 56), "verhuisd": (3, 21)}.get(reason, (0, 10))
        closed = to_weekday(plan.stop + timedelta(days=rng.randint(*delay)), back=False)
        if closed > last:
            return None
        built = self._run(plan, closed, early_specialist=early)
        ends = [d for d, *_ in built.contacts] + [r[0] for r in built.reviews]
        closed = max(closed, *ends)
        if closed > last:
            return None
        case = built.case
        case["closed_on"], case["close_reason"] = closed, reason
        case["route"], case["route_on"] = route, min(route_on or closed, closed)
        if route is Route.SOCIAAL_DOMEIN:
            case["route_social"] = plan.cause
        note = CLOSE_NOTES.get(reason if reason != "verwezen" else route.value, "")
        case["close_note"] = note if reason != "op_verzoek" or rng.random() < 0.5 else ""
        contacts = built.contacts
        if kind != "drop":
            contacts[-1][3] = rng.choice(LAST)
        if route in (Route.BASIS_GGZ, Route.SPECIALISTISCHE_GGZ):
            for contact in contacts:
                if contact[0] > route_on and contact is not contacts[-1]:
                    contact[3] = rng.choice(BRIDGE)
        if route is Route.SOCIAAL_DOMEIN:
            after = [c for c in contacts if c[0] >= route_on and c is not contacts[-1]]
            if after:
                after[0][3] = SOCIAL_NOTE[plan.cause]
        wants_plan = {"remit": 0.9, "respond": 0.85, "partial": 0.3}.get(outcome, 0.0)
        own = route in (Route.HUISARTSENPRAKTIJK, Route.SOCIAAL_DOMEIN)
        if kind != "drop" and own and len(contacts) > 2 and rng.random() < wants_plan:
            contact = rng.choice(contacts[1:][-3:])
            case["relapse_plan_on"] = contact[0]
            if contact is not contacts[-1]:
                contact[3] = rng.choice(RELAPSE)
        return built

    # --- one case's course ------------------------------------------------------------------

    def _plan(self, start: date, stop: date, outcome: str) -> _Plan:
        rng = self.rng
        problem = self.problem()
        decision = self.decision()
        if problem is Problem.ROUW and rng.random() < 0.4:
            decision = Decision.ANDERS
        plan = _Plan(
            start=start,
            stop=stop,
            problem=problem,
            outcome=outcome,
            decision=decision,
            cause=_cause(rng, problem) if decision is Decision.SOCIAAL else None,
            safety=rng.random() < 0.03,
            slow_first_review=rng.random() < 0.15,
        )
        responds = outcome in ("remit", "respond")
        plan.t_days = rng.randint(35, 77) if responds else rng.randint(84, 126)
        return plan

    def _run(self, plan: _Plan, until: date, *, early_specialist: bool = False) -> _Built:
        """Contacts, scores and reviews from the start up to plan.stop; reviews up to until."""
        rng, start = self.rng, plan.start
        days = [start]
        while True:
            weeks = (days[-1] - start).days // 7
            gap = rng.choices((7, 14, 21), (45, 45, 10) if weeks < 8 else (15, 50, 35))[0]
            nxt = to_weekday(days[-1] + timedelta(days=gap + rng.choice((-1, 0, 0, 1))), back=False)
            if nxt > plan.stop:
                break
            days.append(nxt)
        if plan.last_contact and plan.last_contact > days[-1]:
            if (plan.last_contact - days[-1]).days < 4 and len(days) > 1:
                days.pop()
            days.append(plan.last_contact)
        measured = self._measures(plan, days)
        contacts = self._contacts(plan, days, measured, until)
        reviews = self._reviews(plan, contacts, measured, until, early_specialist)
        case: dict[str, object] = {
            "started_on": start,
            "case_manager": "ggz",  # the POH-GGZ; see _managers
            "problem": plan.problem.value,
            "problem_note": rng.choice(OTHER_PROBLEMS) if plan.problem is Problem.ANDERS else "",
            "safety_since": start if plan.safety else None,
            "route": None,
            "route_social": None,
            "route_on": None,
            "relapse_plan_on": None,
            "closed_on": None,
            "close_reason": None,
            "close_note": "",
        }
        return _Built(case, contacts, measured, reviews)

    def _measures(self, plan: _Plan, days: list[date]) -> list[tuple]:
        rng = self.rng
        instruments = [_PHQ]
        if plan.problem is Problem.ANGST:
            alone = rng.random() < 0.35 and not plan.safety  # a safety concern asks for item 9
            instruments = [_GAD] if alone else [_PHQ, _GAD]
        elif plan.problem is Problem.SOMBERHEID_ANGST or (
            plan.problem is Problem.OVERSPANNING and rng.random() < 0.25
        ):
            instruments = [_PHQ, _GAD]
        on = [days[0]]
        for day in days[1:]:
            since = (day - on[-1]).days
            if since >= 21 or (since >= 12 and rng.random() < 0.6):
                on.append(day)
        if plan.measure_last and days[-1] != on[-1]:
            if (days[-1] - on[-1]).days < 7:
                on.pop()
            on.append(days[-1])
        t_days = plan.t_days
        rows = []
        for instrument in instruments:
            spec = INSTRUMENTS[instrument]
            if instrument is _GAD:
                base = int(rng.triangular(9, 20, 14))
            elif _GAD in instruments and plan.problem is Problem.ANGST:
                base = int(rng.triangular(6, 16, 10))
            else:
                base = min(24, int(rng.triangular(9, 24, 15)))
            if plan.safety and instrument is _PHQ:
                base = max(base, rng.randint(15, 21))
            target = {
                "remit": rng.randint(1, 4),
                "respond": round(base * rng.uniform(0.3, 0.45)),
                "partial": round(base * rng.uniform(0.55, 0.75)),
                "none": round(base * rng.uniform(0.85, 1.1)),
            }[plan.outcome]
            for n, day in enumerate(on):
                offset = (day - plan.start).days
                if n == 0:
                    total = base
                else:
                    frac = min(1.0, offset / t_days) ** 0.8
                    total = round(base + (target - base) * frac) + rng.choice((-1, 0, 0, 1))
                    total = _clamped(plan.outcome, total, base, offset >= t_days)
                total = max(0, min(spec.maximum, total))
                item9 = instrument is _PHQ and (
                    (n == 0 and plan.safety) or (day == on[-1] and plan.safety_last)
                )
                items = None
                if item9 or rng.random() < 1 / 3:
                    items = _items(rng, total, spec.items, item9)
                rows.append((day, instrument, total, items))
        rows.sort(key=lambda r: (r[0], r[1] is _GAD))
        return rows

    def _contacts(
        self, plan: _Plan, days: list[date], measured: list[tuple], until: date
    ) -> list[list]:
        rng = self.rng
        primary = _PHQ if any(m[1] is _PHQ for m in measured) else _GAD
        scores = [(m[0], m[2]) for m in measured if m[1] is primary]
        base = scores[0][1]
        contacts = []
        for n, day in enumerate(days):
            kind = rng.choices(*zip(*KINDS, strict=True))[0]
            if n == 0:
                kind = ContactKind.SPREEKUUR
                note = INTAKE_OF.get(plan.problem) if rng.random() < 0.5 else None
                note = note or rng.choice(INTAKE)
                minutes = rng.choice((45, 45, 50))
            else:
                minutes = rng.choice(MINUTES[kind])
                latest = [s for d, s in scores if d <= day][-1]
                weeks = (day - plan.start).days // 7
                pool = NOTES
                if rng.random() < 0.35 and plan.problem in NOTES_OF:
                    pool = NOTES_OF[plan.problem]
                elif latest * 2 <= base and rng.random() < 0.5:
                    pool = BETTER
                elif weeks >= 6 and latest * 10 > base * 7 and rng.random() < 0.5:
                    pool = STUCK
                note = rng.choice(pool)
            flag = n > 0 and day == days[-1] and plan.flag_last
            if n > 0 and not (day == days[-1] and (plan.flag_last or plan.safety_last)):
                chance = 0.12 if plan.outcome in ("partial", "none") and n > 3 else 0.04
                flag = rng.random() < chance and bool(self.consult(day + timedelta(1), until))
            if flag:
                better = [s for d, s in scores if d <= day][-1] * 2 <= base
                note = rng.choice(FLAGGED_BETTER if better else FLAGGED)
            if day == days[-1] and plan.safety_last:
                kind, minutes, note = ContactKind.SPREEKUUR, 45, SAFETY_NOTE
            contacts.append([day, kind, minutes, note, int(flag)])
        return contacts

    def _reviews(
        self,
        plan: _Plan,
        contacts: list[list],
        measured: list[tuple],
        until: date,
        early_specialist: bool,
    ) -> list[tuple]:
        rng, start = self.rng, plan.start
        wanted: dict[date, str] = {}

        def want(day: date | None, why: str) -> None:
            if day is not None and day <= until and (day not in wanted or why == "safety"):
                wanted[day] = why

        first = start + timedelta(days=24 if plan.slow_first_review else 10)
        want(self.consult(first, until), "first")
        for day, *_, flag in contacts:
            if flag:
                want(self.consult(day + timedelta(days=1), until), "asked")
        primary = _PHQ if any(m[1] is _PHQ for m in measured) else _GAD
        scores = [(d, s) for d, i, s, _ in measured if i is primary]
        due = start + timedelta(days=70)
        early = [s for d, s in scores if d <= due]
        if not any(2 * s <= early[0] or s < 5 for s in early[1:]) and contacts[-1][0] >= due:
            want(self.consult(due, until), "stuck")
        if plan.safety:
            want(to_weekday(start + timedelta(days=rng.randint(1, 3)), back=False), "safety")
        base = scores[0][1]
        severity = "ernstig" if primary is _PHQ and base >= 15 else "licht"
        reviews = []
        for n, day in enumerate(sorted(wanted)):
            why = wanted[day]
            decision = plan.decision if n == 0 or rng.random() < 0.9 else Decision.STOORNIS
            cause = plan.cause if decision is Decision.SOCIAAL else None
            better = [s for d, s in scores if d <= day][-1] * 2 <= base
            if why == "safety":
                advice = rng.choice(ADVICE_SAFETY)
            elif cause is not None:
                advice = ADVICE_SOCIAL[cause]
            elif decision is Decision.ANDERS:
                grief = plan.problem is Problem.ROUW
                advice = ADVICE_GRIEF if grief else rng.choice(ADVICE_OTHER)
            elif early_specialist and why == "first":
                advice = ADVICE_EARLY_SPECIALIST
            elif why == "stuck":
                advice = ADVICE_STUCK.get(plan.route) or rng.choice(ADVICE_MORE)
            elif why == "asked":
                advice = ADVICE_TAPER if better else rng.choice(ADVICE_ASKED)
            else:
                advice = rng.choice(ADVICE_FIRST.get(plan.problem, ADVICE_FIRST[severity]))
            reviews.append((day, self.psychiatrist(day), decision, cause, advice))
        return reviews


def _fits(fate: str, built: _Built, now: date) -> bool:
    """Whether an open case shows in the caseload list what its fate asks of it."""
    s = standing(_as_case(built), now, Thresholds())
    reasons = {
        "new": {ReviewReason.NIEUW},
        "flagged": {ReviewReason.AANGEVRAAGD},
        "safety": {ReviewReason.VEILIGHEID},
        "stuck_new": {ReviewReason.NIET_VERBETERD},
    }.get(fate, set())
    if set(s.review_reasons) != reasons or s.has(Badge.CONTACT_VERLOPEN) != (fate == "overdue"):
        return False
    if fate in ("stuck", "stuck_new"):
        return s.has(Badge.NIET_VERBETERD)
    if fate == "remission":
        return s.has(Badge.REMISSIE)
    if fate == "responding":
        return s.has(Badge.RESPONS) or s.has(Badge.REMISSIE)
    return fate != "regular" or not s.has(Badge.NIET_VERBETERD)


def _as_case(built: _Built) -> Case:
    """The case as carecases.load would read it back, for the status rules."""
    c = built.case
    return Case(
        id=0,
        patient_ref="demo",
        started_on=built.start,
        case_manager=str(c["case_manager"]),
        problem=Problem(c["problem"]),
        problem_note=str(c["problem_note"]),
        safety_since=c["safety_since"],  # type: ignore[arg-type]
        route=None,
        route_social=None,
        route_on=None,
        relapse_plan_on=None,
        closed_on=None,
        close_reason=None,
        close_note="",
        created_by="",
        contacts=tuple(
            Contact(0, d, kind, minutes, note, bool(flag), "")
            for d, kind, minutes, note, flag in built.contacts
        ),
        measures=tuple(
            Measure(0, d, i, total, tuple(int(x) for x in items or ""), "")
            for d, i, total, items in built.measures
        ),
        reviews=tuple(Review(0, *r, "") for r in built.reviews),
    )


def _cause(rng: random.Random, problem: Problem) -> SocialCause:
    if problem is Problem.OVERSPANNING and rng.random() < 0.5:
        return SocialCause.WERK
    if problem is Problem.ROUW and rng.random() < 0.5:
        return SocialCause.EENZAAMHEID
    return rng.choices(*zip(*CAUSES, strict=True))[0]


def _clamped(outcome: str, total: int, base: int, reached: bool) -> int:
    """Keep a follow-up score on its course: non-responders never reach response or remission."""
    if outcome in ("partial", "none"):
        return max(total, base // 2 + 1, min(5, base))
    if reached and outcome == "remit":
        return min(total, 4)
    if reached:  # response without remission where the baseline leaves room for it
        return max(min(total, base // 2), min(5, base // 2))
    return total


def _items(rng: random.Random, total: int, count: int, item9: bool) -> str | None:
    """Item scores (0–3) that add up to the total; PHQ-9 item 9 only when asked for."""
    values = [0] * count
    caps = [3] * count
    if count == 9:
        values[8] = min(total, rng.choice((1, 1, 2))) if item9 else 0
        caps[8] = values[8]
    rest = total - sum(values)
    if rest > sum(caps) - sum(values):
        return None  # a PHQ-9 above 24 needs item 9: keep the total only
    free = [i for i in range(count) if values[i] < caps[i]]
    for _ in range(rest):
        i = rng.choice(free)
        values[i] += 1
        if values[i] == caps[i]:
            free.remove(i)
    return "".join(str(v) for v in values)


def _patients(rng: random.Random, built: list[_Built]) -> None:
    """Own HIS numbers, one per case; a few patients come back after their case was closed."""
    refs: list[str] = []
    while len(refs) < len(built):
        ref = f"{'H-' if rng.random() < 0.3 else ''}{rng.randint(10000, 49999)}"
        if ref[-5:] not in {r[-5:] for r in refs}:
            refs.append(ref)
    for case, ref in zip(built, refs, strict=True):
        case.case["patient_ref"] = ref
    done = [
        b
        for b in built
        if b.case["close_reason"] in ("klachten_afgenomen", "op_verzoek", "verwezen")
    ]
    rng.shuffle(done)
    paired: set[int] = set()
    for earlier in done[: rng.randint(3, 4) * 3]:
        if len(paired) >= 8 or id(earlier) in paired:
            continue
        back = earlier.case["closed_on"] + timedelta(days=120)  # type: ignore[operator]
        later = [b for b in built if b.start >= back and id(b) not in paired]
        if later:
            again = rng.choice(later)
            paired |= {id(earlier), id(again)}
            again.case["patient_ref"] = earlier.case["patient_ref"]
            again.contacts[0][3] = AGAIN + again.contacts[0][3]


def _managers(rng: random.Random, built: list[_Built], handover: tuple[date, date] | None) -> None:
    """The POH-GGZ manages the cases; the POH-S about one in ten, and all new ones in the weeks
    before the new POH-GGZ restarted the work."""
    poh = [b for b in built if handover and handover[0] <= b.start < handover[1]]
    others = [b for b in built if b not in poh]
    poh += rng.sample(others, min(len(others), max(0, round(len(built) * 0.1) - len(poh))))
    for b in poh:
        b.case["case_manager"] = "poh"


def _write(conn: sqlite3.Connection, built: list[_Built], last: date, rng: random.Random) -> None:
    columns = (
        "patient_ref, started_on, case_manager, problem, problem_note, safety_since, route,"
        " route_social, route_on, relapse_plan_on, closed_on, close_reason, close_note"
    )
    for b in built:
        c, user = b.case, str(b.case["case_manager"])
        values = [c[k.strip()] for k in columns.split(",")]
        values = [v.isoformat() if isinstance(v, date) else v for v in values]
        values = [v.value if isinstance(v, Route | SocialCause) else v for v in values]
        days = [d for d, *_ in b.contacts] + [m[0] for m in b.measures] + [r[0] for r in b.reviews]
        days += [d for d in (c["closed_on"], c["route_on"], c["relapse_plan_on"]) if d]
        created = _stamp(rng, b.start)
        latest = max(days)
        updated = created if latest == b.start else _stamp(rng, latest)
        cur = conn.execute(
            f"INSERT INTO carecase ({columns}, created_at, created_by, updated_at, updated_by)"
            f" VALUES ({', '.join('?' * 17)})",
            (*values, created, user, updated, user),
        )
        case_id = cur.lastrowid
        conn.executemany(
            "INSERT INTO carecase_contact (case_id, held_on, kind, minutes, note, discuss,"
            " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (case_id, d.isoformat(), k.value, m, note, flag, _stamp(rng, d, last), user)
                for d, k, m, note, flag in b.contacts
            ],
        )
        conn.executemany(
            "INSERT INTO carecase_measure (case_id, measured_on, instrument, total, items,"
            " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (case_id, d.isoformat(), i.value, total, items, _stamp(rng, d), user)
                for d, i, total, items in b.measures
            ],
        )
        conn.executemany(
            "INSERT INTO carecase_review (case_id, reviewed_on, psychiatrist, decision,"
            " social_cause, advice, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    case_id,
                    d.isoformat(),
                    who,
                    dec.value,
                    cause and cause.value,
                    advice,
                    _stamp(rng, d, last),
                    user,
                )
                for d, who, dec, cause, advice in b.reviews
            ],
        )


def _stamp(rng: random.Random, day: date, last: date | None = None) -> str:
    """When it was typed in: that day, now and then the next working day (never after last)."""
    if last is not None:
        day = min(to_weekday(day + timedelta(days=rng.choice((0, 0, 0, 1))), back=False), last)
    moment = datetime.combine(day, time(rng.randint(8, 16), rng.randrange(60)), tzinfo=UTC)
    return moment.isoformat(timespec="seconds")
