"""The demo practice's patient-centred conversations: Positieve Gezondheid over the years."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from plusdesk.core.demo_days import pick_weekday, to_weekday
from plusdesk.core.validation import today

if TYPE_CHECKING:
    from plusdesk.core.demo import DemoContext

DIMENSIONS = (
    "lichaamsfuncties",
    "mentaal_welbevinden",
    "zingeving",
    "kwaliteit_van_leven",
    "meedoen",
    "dagelijks_functioneren",
)

# (name, role, account that typed it in, weight): one of them is each patient's main contact.
_PROFESSIONALS = (
    ("Anouk Janssen", "poh_s", "poh", 45),
    ("Peter Hermans", "huisarts", "huisarts", 20),
    ("Fatima El Amrani", "poh_ggz", "demo", 20),
    ("Ruud Smeets", "huisarts", "demo", 15),
)

_REASONS = (("chronisch", 35), ("hoge_zorgkosten", 22), ("kwetsbaar", 22))
_REASONS += (("frequente_bezoeker", 16), ("anders", 5))
_REASON_OTHER = (
    "Mantelzorger overbelast",
    "Eenzaamheid na verhuizing naar de wijk",
    "Veel zorgen na ontslag uit het ziekenhuis",
    "Recent partner verloren",
)

# 1–6 conversations per patient, most 2 or 3.
_COUNTS = (1, 2, 3, 4, 5, 6)
_COUNT_WEIGHTS = (20, 36, 26, 10, 5, 3)

_QUESTIONS = (
    "Wil weer zelf boodschappen kunnen doen.",
    "Zorgen om schulden houden hem 's nachts wakker.",
    "Voelt zich sinds het overlijden van haar partner erg alleen.",
    "Wil graag weer kunnen fietsen met de kleinkinderen.",
    "Is bang om te vallen en komt daardoor de deur nauwelijks meer uit.",
    "Mist structuur in de dag sinds hij niet meer werkt.",
    "Wil minder afhankelijk zijn van de hulp van de kinderen.",
    "Durft niet goed te zeggen dat de zorg voor haar man te zwaar wordt.",
    "Wil begrijpen waarom de suikers zo schommelen.",
    "Slaapt slecht door pijn en piekeren.",
    "Wil weer meezingen in het koor, maar schaamt zich voor de kortademigheid.",
    "Zoekt vrijwilligerswerk om zich weer nuttig te voelen.",
    "Wil afvallen, maar weet niet waar te beginnen.",
    "Voelt zich niet serieus genomen door de instanties.",
    "Wil zo lang mogelijk thuis blijven wonen.",
    "Heeft moeite met het lezen van de post en formulieren.",
    "Heeft weinig plezier meer in dingen die vroeger leuk waren.",
    "Wil stoppen met roken; eerdere pogingen mislukten.",
    "Maakt zich zorgen over wat er gebeurt als haar partner wegvalt.",
    "Wil weer zelfstandig met de bus naar de stad.",
    "Eet onregelmatig sinds er niemand meer is om voor te koken.",
    "Wil de medicijnen beter begrijpen en er minder slikken.",
    "Voelt zich opgejaagd door de drukte thuis en op het werk.",
    "Wil weer contact met de buurt, maar weet niet hoe.",
    "Is somber over de toekomst sinds de diagnose.",
    "Wil de tuin weer zelf kunnen bijhouden.",
)

_GOALS = (
    ("Drie keer per week een half uur wandelen", "Patiënt"),
    ("Aanmelden bij de schuldhulpverlening", "Sociaal team"),
    ("Medicatie samen doornemen", "Huisarts"),
    ("Kennismaken met de beweeggroep in het buurthuis", "Welzijn"),
    ("Vaste tijden voor opstaan en eten", "Patiënt"),
    ("Valpreventietraining aanvragen", "POH"),
    ("Met de kinderen de mantelzorg verdelen", "Naaste"),
    ("Huishoudelijke hulp aanvragen via de Wmo", "Sociaal team"),
    ("Een week lang de bloedsuikers bijhouden", "Patiënt"),
    ("Verwijzing naar de diëtist bespreken", "POH"),
    ("Contact leggen met de vrijwilligerscentrale", "Welzijn"),
    ("Eens per week samen koken met de buurvrouw", "Naaste"),
    ("Na negen uur 's avonds geen schermen meer", "Patiënt"),
    ("Pijnmedicatie evalueren", "Huisarts"),
    ("Respijtzorg voor de mantelzorger regelen", "Sociaal team"),
    ("Aanmelden voor het stoppen-met-rokenprogramma", "POH"),
    ("Het maatjesproject van de welzijnsorganisatie proberen", "Welzijn"),
    ("Weer zelf boodschappen doen met de rollator", "Patiënt"),
    ("Formulierenhulp in de bibliotheek bezoeken", "Welzijn"),
    ("Samen met de partner een weekplanning maken", "Naaste"),
    ("Het longaanval-actieplan doornemen", "POH"),
    ("Wensen voor de toekomst bespreken (proactieve zorgplanning)", "Huisarts"),
)
_ACTION_OF = {"Huisarts": "care", "POH": "care", "Sociaal team": "social", "Welzijn": "welfare"}

# Vektis 03xx codes: longziekten, cardiologie, interne geneeskunde, neurologie, orthopedie,
# psychiatrie (mostly avoided by the POH-GGZ).
_AVOIDED = ("0322", "0320", "0313", "0330", "0305")
_PSYCHIATRIE = "0329"


def add_conversations(conn: sqlite3.Connection, ctx: DemoContext) -> None:
    """Write about 30 conversations a year with about 12 new patients a year."""
    rng = ctx.rng
    now = today()
    last = to_weekday(now - timedelta(days=1), back=True)  # recorded up to yesterday
    first = to_weekday(_pe01_started(conn, ctx), back=False)
    if first > last:
        return
    specialisms = {r[0] for r in conn.execute("SELECT code FROM specialism")}
    sunday = now + timedelta(days=6 - now.weekday())
    n = max(6, round(12 * ctx.years) + rng.randint(-2, 2))
    overdue, this_week = min(rng.randint(4, 6), n // 4), min(rng.randint(2, 4), n // 6)
    later = min(rng.randint(6, 10), n // 4)
    fates = ["overdue"] * overdue + ["week"] * this_week + ["later"] * later
    fates += ["done"] * (n - len(fates))
    rng.shuffle(fates)
    # A dealt deck rather than a draw per patient keeps the total near 30 a year.
    counts = [c for c, w in zip(_COUNTS, _COUNT_WEIGHTS, strict=True) for _ in range(n * w // 100)]
    counts += rng.choices(_COUNTS, _COUNT_WEIGHTS, k=n - len(counts))
    rng.shuffle(counts)
    improving = [i < n * 4 // 5 for i in range(n)]  # a fifth stays flat or declines
    rng.shuffle(improving)
    rows = []
    patients = zip(_patient_refs(rng, n), fates, counts, improving, strict=True)
    for ref, fate, count, improves in patients:
        days, nxt = _schedule(rng, fate, count, first, last, now, sunday)
        if days:
            rows += _patient(rng, ref, days, nxt, improves, last, specialisms)
    rows.sort(key=lambda r: (r[0]["held_on"], r[0]["patient_ref"]))
    for conv, scores, goals in rows:
        cur = conn.execute(
            f"INSERT INTO conversation ({', '.join(conv)}) VALUES ({', '.join('?' * len(conv))})",
            tuple(conv.values()),
        )
        conn.executemany(
            "INSERT INTO conversation_score (conversation_id, dimension, score, wants_to_talk)"
            " VALUES (?, ?, ?, ?)",
            [(cur.lastrowid, d, s, t) for d, s, t in scores],
        )
        conn.executemany(
            "INSERT INTO conversation_goal (conversation_id, position, goal, actor, follow_up)"
            " VALUES (?, ?, ?, ?, ?)",
            [(cur.lastrowid, i, g, a, f) for i, (g, a, f) in enumerate(goals, 1)],
        )


def _pe01_started(conn: sqlite3.Connection, ctx: DemoContext) -> date:
    """The first valid 'gestart' of PE-01; three months after the demo start without one."""
    row = conn.execute(
        "SELECT min(effective_date) FROM intervention_status s WHERE intervention_code ="
        " 'PE-01' AND kind = 'status' AND status = 'gestart' AND NOT EXISTS (SELECT 1 FROM"
        " intervention_status v WHERE v.voids = s.id)"
    ).fetchone()
    if row and row[0]:
        return date.fromisoformat(row[0])
    month = ctx.start.month + 2
    return ctx.start.replace(year=ctx.start.year + month // 12, month=month % 12 + 1)


def _patient_refs(rng: random.Random, n: int) -> list[str]:
    """Own HIS numbers of five digits, some with the practice's prefix: never BSN-like."""
    refs: list[str] = []
    while len(refs) < n:
        ref = f"{'H-' if rng.random() < 0.3 else ''}{rng.randint(10000, 39999)}"
        if ref[-5:] not in {r[-5:] for r in refs}:
            refs.append(ref)
    return refs


def _schedule(
    rng: random.Random, fate: str, count: int, first: date, last: date, now: date, sunday: date
) -> tuple[list[date], date | None]:
    """The days a patient was seen and the next contact after the latest one."""
    gaps = [rng.randint(42, 112) for _ in range(count)]
    if fate == "done":
        while count > 1 and last - timedelta(days=sum(gaps[1:]) + 3 * count) < first:
            count, gaps = count - 1, gaps[:-1]
        room = (last - timedelta(days=sum(gaps[1:]) + 3 * count) - first).days
        if room < 0:
            return [], None
        days = [to_weekday(first + timedelta(days=rng.randint(0, room)), back=False)]
        for gap in gaps[1:]:
            days.append(to_weekday(days[-1] + timedelta(days=gap), back=False))
        return days, None
    gap = gaps[0]
    if fate == "overdue":
        nxt = pick_weekday(rng, now - timedelta(days=42), now - timedelta(days=7))
    elif fate == "week":
        nxt = pick_weekday(rng, now, sunday)
    else:
        nxt = pick_weekday(rng, sunday + timedelta(days=1), last + timedelta(days=gap))
    days = [to_weekday(min(nxt - timedelta(days=gap), last), back=True)]
    for gap in gaps[1:]:
        days.insert(0, to_weekday(days[0] - timedelta(days=gap), back=True))
    return [d for d in days if d >= first], nxt


def _patient(
    rng: random.Random,
    ref: str,
    days: list[date],
    nxt: date | None,
    improves: bool,
    last: date,
    specialisms: set[str],
) -> list[tuple[dict, list, list]]:
    name, role, account, _ = rng.choices(_PROFESSIONALS, [p[3] for p in _PROFESSIONALS])[0]
    reason = rng.choices([r for r, _ in _REASONS], [w for _, w in _REASONS])[0]
    other = rng.choice(_REASON_OTHER) if reason == "anders" else ""
    slope = rng.uniform(0.5, 1.5) if improves else rng.uniform(-0.8, 0.0)
    base = {d: rng.randint(2, 7) for d in DIMENSIONS}
    pace = {d: rng.uniform(0.5, 1.5) for d in DIMENSIONS}
    question = rng.choice(_QUESTIONS)
    rows = []
    for i, held in enumerate(days):
        latest = i == len(days) - 1
        if i and rng.random() < 0.4:
            question = rng.choice(_QUESTIONS)
        marks = {
            d: max(0, min(10, round(base[d] + slope * pace[d] * i + rng.choice((-1, 0, 0, 1)))))
            for d in DIMENSIONS
        }
        if rng.random() < 0.05:
            marks[rng.choice(DIMENSIONS)] = None
        talk = _flags(rng, marks)
        scores = [(d, marks[d], int(d in talk)) for d in DIMENSIONS]
        goals = []
        for goal, actor in rng.sample(_GOALS, rng.choices((1, 2, 3), (35, 45, 20))[0]):
            follow = to_weekday(held + timedelta(days=rng.randint(14, 56)), back=False)
            goals.append((goal, actor, (follow if latest else min(follow, last)).isoformat()))
        actions = {_ACTION_OF.get(a) for _, a, _ in goals}
        actions |= {k for k in ("care", "social", "welfare") if rng.random() < 0.1}
        avoided = None
        if rng.random() < 0.2:
            psych = role == "poh_ggz" and rng.random() < 0.7
            avoided = _PSYCHIATRIE if psych else rng.choice(_AVOIDED)
            avoided = avoided if avoided in specialisms else None
        if latest:
            contact = nxt
        else:
            contact = max(
                held, pick_weekday(rng, days[i + 1] - timedelta(7), days[i + 1] + timedelta(7))
            )
        typed = min(held + timedelta(days=rng.choice((0, 0, 0, 1, 2, 3))), last)
        stamp = datetime.combine(typed, time(rng.randint(8, 16), rng.randrange(60)), tzinfo=UTC)
        stamp_text = stamp.isoformat(timespec="seconds")
        conv = {
            "patient_ref": ref,
            "held_on": held.isoformat(),
            "professional": name,
            "professional_role": role,
            "reason": reason,
            "reason_other": other,
            "question": question,
            "action_care": int("care" in actions),
            "action_social": int("social" in actions),
            "action_welfare": int("welfare" in actions),
            "referral_avoided": int(avoided is not None),
            "avoided_specialism": avoided,
            "next_contact": contact.isoformat() if contact else None,
            "created_at": stamp_text,
            "created_by": account,
            "updated_at": stamp_text,
            "updated_by": account,
        }
        rows.append((conv, scores, goals))
    return rows


def _flags(rng: random.Random, marks: dict[str, int | None]) -> set[str]:
    """1–3 'wil ik over praten', mostly on the lowest marks."""
    scored = sorted((m, d) for d, m in marks.items() if m is not None)
    lowest = [d for _, d in scored[:3]]
    flags: set[str] = set()
    for _ in range(rng.choices((1, 2, 3), (40, 40, 20))[0]):
        pool = lowest if rng.random() < 0.8 else [d for _, d in scored]
        flags.add(rng.choice(pool))
    return flags
