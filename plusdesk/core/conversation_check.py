"""Checking a conversation as typed: every problem by field, in Dutch, before anything is stored."""

from __future__ import annotations

from datetime import date

from plusdesk.core import validation
from plusdesk.core.conversation_model import (
    ACTIONS,
    DIMENSIONS,
    EARLIEST,
    GOALS_MAX,
    Draft,
    Goal,
    ProfessionalRole,
    Reason,
    Score,
)
from plusdesk.core.db import Database
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

# The dimensions inside a sentence ("score voor mentaal welbevinden"): DIMENSION_LABELS in
# lower case, marked on their own so they translate.
_DIMENSION_NAMES: dict[str, str] = {
    "lichaamsfuncties": QT_TRANSLATE_NOOP("core", "lichaamsfuncties"),
    "mentaal_welbevinden": QT_TRANSLATE_NOOP("core", "mentaal welbevinden"),
    "zingeving": QT_TRANSLATE_NOOP("core", "zingeving"),
    "kwaliteit_van_leven": QT_TRANSLATE_NOOP("core", "kwaliteit van leven"),
    "meedoen": QT_TRANSLATE_NOOP("core", "meedoen"),
    "dagelijks_functioneren": QT_TRANSLATE_NOOP("core", "dagelijks functioneren"),
}


def _optional_date(value: str | date | None, label: str, key: str) -> date | None:
    return validation.parse_date(value, label=label, field=key, required=False, allow_future=True)


def clean(db: Database, draft: Draft) -> tuple[dict[str, object], list[Score], list[Goal]]:
    """The draft as stored values; raises the first problem (see `problems` for all)."""
    errors = _check(db, draft, first_only=True)
    if errors:
        key, message = next(iter(errors.items()))
        raise ValidationError(message, field=key)
    return _values(draft)


def problems(db: Database, draft: Draft) -> dict[str, str]:
    """Every problem of the draft, by field: what the form shows under each field."""
    return _check(db, draft, first_only=False)


def _check(db: Database, draft: Draft, *, first_only: bool) -> dict[str, str]:
    errors: dict[str, str] = {}

    def judge(key: str, check) -> object:
        if first_only and errors:
            return None
        try:
            return check()
        except ValidationError as exc:
            errors[exc.field or key] = exc.message
            return None

    judge("patient_ref", lambda: validation.patient_ref(draft.patient_ref))
    held_on = judge(
        "held_on",
        lambda: validation.parse_date(
            draft.held_on,
            label=QT_TRANSLATE_NOOP("core", "gespreksdatum"),
            field="held_on",
            earliest=EARLIEST,
        ),
    )
    judge(
        "professional",
        lambda: validation.required_text(
            draft.professional,
            label=QT_TRANSLATE_NOOP("core", "naam van de professional"),
            field="professional",
        ),
    )
    judge(
        "professional_role",
        lambda: validation.choice(
            ProfessionalRole,
            draft.professional_role,
            QT_TRANSLATE_NOOP("core", "Kies de rol van de professional."),
            "professional_role",
        ),
    )
    reason = judge(
        "reason",
        lambda: validation.choice(
            Reason, draft.reason, QT_TRANSLATE_NOOP("core", "Kies de reden van inclusie."), "reason"
        ),
    )
    if reason is Reason.ANDERS:
        judge(
            "reason_other",
            lambda: validation.required_text(
                draft.reason_other,
                label=QT_TRANSLATE_NOOP("core", "andere reden"),
                field="reason_other",
            ),
        )
    judge(
        "question",
        lambda: validation.limited_text(
            draft.question, QT_TRANSLATE_NOOP("core", "vraag achter de vraag"), "question"
        ),
    )
    for dimension in DIMENSIONS:
        raw = draft.scores.get(dimension)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue  # not scored: the patient may skip a dimension
        judge(
            f"score_{dimension}",
            lambda d=dimension, r=raw: validation.score(
                r,
                label=Text(
                    QT_TRANSLATE_NOOP("core", "score voor {dimension}"),
                    dimension=_DIMENSION_NAMES[d],
                ),
                field=f"score_{d}",
                low=0,
                high=10,
            ),
        )
    unknown = set(draft.wants_to_talk) - set(DIMENSIONS)
    if unknown:
        errors.setdefault(
            "scores",
            Text(
                QT_TRANSLATE_NOOP("core", "Onbekende dimensie: {dimensions}."),
                dimensions=", ".join(sorted(unknown)),
            ),
        )
    goals = [g for g in draft.goals if any(str(v or "").strip() for v in g)]
    if len(goals) > GOALS_MAX:
        errors.setdefault(
            "goals",
            Text(QT_TRANSLATE_NOOP("core", "Leg hoogstens {count} doelen vast."), count=GOALS_MAX),
        )
    for position, (goal, _actor, follow_up) in enumerate(draft.goals, start=1):
        if not any(str(v or "").strip() for v in (goal, _actor, follow_up)):
            continue
        if not (goal or "").strip():
            errors.setdefault(
                f"goal_{position}",
                Text(
                    QT_TRANSLATE_NOOP("core", "Beschrijf doel {number}, of maak de regel leeg."),
                    number=position,
                ),
            )
        else:
            judge(
                f"goal_{position}",
                lambda g=goal, p=position: validation.limited_text(
                    g, Text(QT_TRANSLATE_NOOP("core", "doel {number}"), number=p), f"goal_{p}", 300
                ),
            )
        follow = judge(
            f"goal_{position}_follow_up",
            lambda f=follow_up, p=position: _optional_date(
                f,
                Text(QT_TRANSLATE_NOOP("core", "vervolgdatum van doel {number}"), number=p),
                f"goal_{p}_follow_up",
            ),
        )
        if follow and held_on and follow < held_on:
            errors.setdefault(
                f"goal_{position}_follow_up",
                Text(
                    QT_TRANSLATE_NOOP(
                        "core", "De vervolgdatum van doel {number} ligt vóór het gesprek."
                    ),
                    number=position,
                ),
            )
    actions = set(draft.actions)
    if actions - set(ACTIONS):
        errors.setdefault("actions", QT_TRANSLATE_NOOP("core", "Onbekende afspraak."))
    elif draft.no_action and actions:
        errors.setdefault(
            "actions",
            QT_TRANSLATE_NOOP("core", "Kies 'geen' óf een of meer afspraken, niet allebei."),
        )
    elif not draft.no_action and not actions:
        errors.setdefault(
            "actions",
            QT_TRANSLATE_NOOP(
                "core",
                "Kies welke afspraken zijn gemaakt (zorg, sociaal domein, welzijn) of 'geen'.",
            ),
        )
    if draft.referral_avoided:
        code = (draft.avoided_specialism or "").strip()
        if not code:
            errors.setdefault(
                "avoided_specialism",
                QT_TRANSLATE_NOOP(
                    "core", "Kies naar welk specialisme een verwijzing is voorkomen."
                ),
            )
        elif not db.scalar("SELECT 1 FROM specialism WHERE code = ?", (code,)):
            errors.setdefault(
                "avoided_specialism",
                Text(QT_TRANSLATE_NOOP("core", "Onbekend specialisme: {code}."), code=code),
            )
    nxt = judge(
        "next_contact",
        lambda: _optional_date(
            draft.next_contact,
            QT_TRANSLATE_NOOP("core", "datum van het volgende contact"),
            "next_contact",
        ),
    )
    if nxt and held_on and nxt < held_on:
        errors.setdefault(
            "next_contact", QT_TRANSLATE_NOOP("core", "Het volgende contact ligt vóór dit gesprek.")
        )
    if first_only and errors:
        return dict([next(iter(errors.items()))])
    return errors


def _values(draft: Draft) -> tuple[dict[str, object], list[Score], list[Goal]]:
    held_on = validation.parse_date(
        draft.held_on, label=QT_TRANSLATE_NOOP("core", "gespreksdatum"), field="held_on"
    )
    nxt = _optional_date(draft.next_contact, "", "next_contact")
    reason = Reason(draft.reason)
    values: dict[str, object] = {
        "patient_ref": validation.patient_ref(draft.patient_ref),
        "held_on": held_on.isoformat(),
        "professional": draft.professional.strip(),
        "professional_role": ProfessionalRole(draft.professional_role).value,
        "reason": reason.value,
        "reason_other": draft.reason_other.strip() if reason is Reason.ANDERS else "",
        "question": draft.question.strip(),
        **{key: int(key in draft.actions) for key in ACTIONS},
        "referral_avoided": int(draft.referral_avoided),
        "avoided_specialism": draft.avoided_specialism.strip()
        if draft.referral_avoided and draft.avoided_specialism
        else None,
        "next_contact": nxt.isoformat() if nxt else None,
    }
    talk = set(draft.wants_to_talk)
    scores = []
    for dimension in DIMENSIONS:
        raw = draft.scores.get(dimension)
        empty = raw is None or (isinstance(raw, str) and not raw.strip())
        value = None if empty else int(float(str(raw).replace(",", ".")))
        if value is not None or dimension in talk:
            scores.append(Score(dimension, value, dimension in talk))
    goals = [
        Goal(goal.strip(), (actor or "").strip(), _optional_date(follow, "", "goal"))
        for goal, actor, follow in draft.goals
        if (goal or "").strip()
    ]
    return values, scores, goals
