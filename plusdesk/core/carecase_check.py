"""Checking what the care-case forms hold: every problem by field, in Dutch, before storing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from plusdesk.core import validation
from plusdesk.core.carecase_model import (
    EARLIEST,
    INSTRUMENTS,
    MINUTES_MAX,
    THRESHOLD_LIMITS,
    CaseDraft,
    CloseDraft,
    CloseReason,
    ContactDraft,
    ContactKind,
    Decision,
    Instrument,
    MeasureDraft,
    Problem,
    ReviewDraft,
    Route,
    SocialCause,
    Thresholds,
)
from plusdesk.core.errors import ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

Problems = dict[str, str]


class _Judge:
    """Collects the first problem per field; values of fields with a problem are None."""

    def __init__(self) -> None:
        self.errors: Problems = {}

    def __call__(self, key: str, check: Callable[[], Any]) -> Any:
        try:
            return check()
        except ValidationError as exc:
            self.errors.setdefault(exc.field or key, exc.message)
            return None

    def add(self, key: str, message: str) -> None:
        self.errors.setdefault(key, message)


def raise_first(errors: Problems) -> None:
    """Turn the first problem into the ValidationError the core raises."""
    if errors:
        key, message = next(iter(errors.items()))
        raise ValidationError(message, field=key)


def _date(
    value: str | date | None, label: str, key: str, *, required: bool = True, after: date | None
) -> date | None:
    day = validation.parse_date(value, label=label, field=key, required=required, earliest=EARLIEST)
    if day and after and day < after:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core", "De {label} ligt vóór de start van de casus ({start:%d-%m-%Y})."
                ),
                label=label,
                start=after,
            ),
            field=key,
        )
    return day


def score_total(
    instrument: Instrument, total: str | int | None, items: Sequence[str | int | None], key: str
) -> tuple[int, str | None] | None:
    """The total (and item string) of a PHQ-9/GAD-7; None when nothing was filled in.

    Items are all-or-nothing; when both items and a total are given they must agree.
    """
    spec = INSTRUMENTS[instrument]
    filled = [i for i in items if i is not None and str(i).strip() != ""]
    has_total = total is not None and str(total).strip() != ""
    if not filled and not has_total:
        return None
    item_text = None
    if filled:
        if len(items) != spec.items or len(filled) != spec.items:
            raise ValidationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Vul alle {count} vragen van de {instrument} in (0–3), "
                        "of alleen het totaal.",
                    ),
                    count=spec.items,
                    instrument=spec.label,
                ),
                field=key,
            )
        values = [
            validation.score(
                v,
                label=Text(
                    QT_TRANSLATE_NOOP("core", "vraag {number} van de {instrument}"),
                    number=n,
                    instrument=spec.label,
                ),
                field=key,
                low=0,
                high=3,
            )
            for n, v in enumerate(items, start=1)
        ]
        item_text = "".join(str(v) for v in values)
        if has_total:
            given = validation.score(
                total,
                label=Text(QT_TRANSLATE_NOOP("core", "{instrument}-totaal"), instrument=spec.label),
                field=key,
                low=0,
                high=spec.maximum,
            )
            if given != sum(values):
                raise ValidationError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Het totaal {total} klopt niet met de vragen (samen {items_total}).",
                        ),
                        total=given,
                        items_total=sum(values),
                    ),
                    field=key,
                )
        return sum(values), item_text
    value = validation.score(
        total,
        label=Text(QT_TRANSLATE_NOOP("core", "{instrument}-score"), instrument=spec.label),
        field=key,
        low=0,
        high=spec.maximum,
    )
    return value, None


def case_problems(
    draft: CaseDraft, colleagues: Sequence[str], *, editing: bool = False
) -> tuple[Problems, dict[str, Any]]:
    """Problems of the case form by field, and the clean values of the fields without one."""
    judge = _Judge()
    values: dict[str, Any] = {}
    values["patient_ref"] = judge("patient_ref", lambda: validation.patient_ref(draft.patient_ref))
    values["started_on"] = judge(
        "started_on",
        lambda: _date(
            draft.started_on, QT_TRANSLATE_NOOP("core", "startdatum"), "started_on", after=None
        ),
    )
    manager = (draft.case_manager or "").strip()
    if not manager:
        judge.add("case_manager", QT_TRANSLATE_NOOP("core", "Kies de casemanager."))
    elif manager.lower() not in {c.lower() for c in colleagues}:
        judge.add(
            "case_manager",
            Text(
                QT_TRANSLATE_NOOP("core", "'{name}' is geen gebruiker van deze praktijk."),
                name=manager,
            ),
        )
    values["case_manager"] = manager
    values["problem"] = judge(
        "problem",
        lambda: validation.choice(
            Problem, draft.problem, QT_TRANSLATE_NOOP("core", "Kies de aanmeldklacht."), "problem"
        ),
    )
    values["problem_note"] = judge(
        "problem_note",
        lambda: validation.limited_text(
            draft.problem_note, QT_TRANSLATE_NOOP("core", "toelichting"), "problem_note", 300
        ),
    )
    if values["problem"] is Problem.ANDERS and not values["problem_note"]:
        judge.add(
            "problem_note", QT_TRANSLATE_NOOP("core", "Beschrijf de aanmeldklacht bij 'anders'.")
        )
    if not editing:
        for instrument, total, items in (
            (Instrument.PHQ9, draft.phq9, draft.phq9_items),
            (Instrument.GAD7, draft.gad7, draft.gad7_items),
        ):
            key = instrument.value
            values[key] = judge(
                key, lambda i=instrument, s=total, it=items, k=key: score_total(i, s, it, k)
            )
    return judge.errors, values


def contact_problems(draft: ContactDraft, started_on: date) -> tuple[Problems, dict[str, Any]]:
    judge = _Judge()
    values: dict[str, Any] = {}
    values["held_on"] = judge(
        "held_on",
        lambda: _date(
            draft.held_on, QT_TRANSLATE_NOOP("core", "contactdatum"), "held_on", after=started_on
        ),
    )
    values["kind"] = judge(
        "kind",
        lambda: validation.choice(
            ContactKind, draft.kind, QT_TRANSLATE_NOOP("core", "Kies het soort contact."), "kind"
        ),
    )
    raw = draft.minutes
    if raw is None or str(raw).strip() in ("", "0"):
        values["minutes"] = None
    else:
        values["minutes"] = judge(
            "minutes",
            lambda: validation.score(
                raw,
                label=QT_TRANSLATE_NOOP("core", "duur in minuten"),
                field="minutes",
                low=1,
                high=MINUTES_MAX,
            ),
        )
    values["note"] = judge(
        "note",
        lambda: validation.limited_text(draft.note, QT_TRANSLATE_NOOP("core", "notitie"), "note"),
    )
    values["discuss"] = bool(draft.discuss)
    return judge.errors, values


def measure_problems(draft: MeasureDraft, started_on: date) -> tuple[Problems, dict[str, Any]]:
    judge = _Judge()
    values: dict[str, Any] = {}
    values["measured_on"] = judge(
        "measured_on",
        lambda: _date(
            draft.measured_on,
            QT_TRANSLATE_NOOP("core", "meetdatum"),
            "measured_on",
            after=started_on,
        ),
    )
    instrument = judge(
        "instrument",
        lambda: validation.choice(
            Instrument,
            draft.instrument,
            QT_TRANSLATE_NOOP("core", "Kies PHQ-9 of GAD-7."),
            "instrument",
        ),
    )
    values["instrument"] = instrument
    if instrument is not None:
        result = judge("total", lambda: score_total(instrument, draft.total, draft.items, "total"))
        if result is None and "total" not in judge.errors:
            judge.add(
                "total",
                Text(
                    QT_TRANSLATE_NOOP("core", "Vul de {instrument}-score in."),
                    instrument=INSTRUMENTS[instrument].label,
                ),
            )
        values["total"] = result
    return judge.errors, values


def review_problems(draft: ReviewDraft, started_on: date) -> tuple[Problems, dict[str, Any]]:
    judge = _Judge()
    values: dict[str, Any] = {}
    values["reviewed_on"] = judge(
        "reviewed_on",
        lambda: _date(
            draft.reviewed_on,
            QT_TRANSLATE_NOOP("core", "datum van het consult"),
            "reviewed_on",
            after=started_on,
        ),
    )
    values["psychiatrist"] = judge(
        "psychiatrist",
        lambda: validation.required_text(
            draft.psychiatrist,
            label=QT_TRANSLATE_NOOP("core", "naam van de psychiater"),
            field="psychiatrist",
        ),
    )
    decision = judge(
        "decision",
        lambda: validation.choice(
            Decision,
            draft.decision,
            QT_TRANSLATE_NOOP("core", "Kies de conclusie van het consult."),
            "decision",
        ),
    )
    values["decision"] = decision
    values["social_cause"] = None
    if decision is Decision.SOCIAAL:
        values["social_cause"] = judge(
            "social_cause",
            lambda: validation.choice(
                SocialCause,
                draft.social_cause,
                QT_TRANSLATE_NOOP("core", "Kies welke sociale oorzaak."),
                "social_cause",
            ),
        )
    values["advice"] = judge(
        "advice",
        lambda: validation.limited_text(
            draft.advice, QT_TRANSLATE_NOOP("core", "advies"), "advice"
        ),
    )
    return judge.errors, values


def close_problems(
    draft: CloseDraft, started_on: date, *, closing: bool
) -> tuple[Problems, dict[str, Any]]:
    """The route (optional until closing) and, when closing, the date and reason."""
    judge = _Judge()
    values: dict[str, Any] = {"route": None, "route_social": None, "route_on": None}
    if draft.route:
        route = judge(
            "route",
            lambda: validation.choice(
                Route, draft.route, QT_TRANSLATE_NOOP("core", "Kies een bestaande route."), "route"
            ),
        )
        values["route"] = route
        if route is Route.SOCIAAL_DOMEIN:
            values["route_social"] = judge(
                "route_social",
                lambda: validation.choice(
                    SocialCause,
                    draft.route_social,
                    QT_TRANSLATE_NOOP("core", "Kies voor welk probleem het sociaal domein helpt."),
                    "route_social",
                ),
            )
        values["route_on"] = judge(
            "route_on",
            lambda: _date(
                draft.route_on,
                QT_TRANSLATE_NOOP("core", "datum van de route"),
                "route_on",
                after=started_on,
            ),
        )
    values["relapse_plan_on"] = judge(
        "relapse_plan_on",
        lambda: _date(
            draft.relapse_plan_on,
            QT_TRANSLATE_NOOP("core", "datum van het terugvalpreventieplan"),
            "relapse_plan_on",
            required=False,
            after=started_on,
        ),
    )
    values["closed_on"] = values["close_reason"] = None
    values["close_note"] = judge(
        "close_note",
        lambda: validation.limited_text(
            draft.close_note, QT_TRANSLATE_NOOP("core", "toelichting"), "close_note", 500
        ),
    )
    if closing:
        values["closed_on"] = judge(
            "closed_on",
            lambda: _date(
                draft.closed_on,
                QT_TRANSLATE_NOOP("core", "datum van afsluiten"),
                "closed_on",
                after=started_on,
            ),
        )
        reason = judge(
            "close_reason",
            lambda: validation.choice(
                CloseReason,
                draft.close_reason,
                QT_TRANSLATE_NOOP("core", "Kies waarom de casus wordt afgesloten."),
                "close_reason",
            ),
        )
        values["close_reason"] = reason
        if reason is CloseReason.ANDERS and not values["close_note"]:
            judge.add(
                "close_note",
                QT_TRANSLATE_NOOP("core", "Licht toe waarom de casus wordt afgesloten."),
            )
        if values["route_on"] and values["closed_on"] and values["route_on"] > values["closed_on"]:
            judge.add(
                "route_on",
                QT_TRANSLATE_NOOP("core", "De route ligt na het afsluiten van de casus."),
            )
    return judge.errors, values


def threshold_problems(values: dict[str, str | int]) -> tuple[Problems, Thresholds | None]:
    judge = _Judge()
    clean: dict[str, int] = {}
    for key, (low, high, label) in THRESHOLD_LIMITS.items():
        raw = values.get(key, getattr(Thresholds(), key))
        number = judge(
            key,
            lambda r=raw, k=key, lo=low, hi=high, lab=label: validation.score(
                r, label=lab, field=k, low=lo, high=hi
            ),
        )
        if number is not None:
            clean[key] = number
    if judge.errors:
        return judge.errors, None
    return {}, Thresholds(**clean)
