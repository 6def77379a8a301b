"""The practice's conversation figures: per month, patients reached, follow-up, score change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from plusdesk.core.conversation_model import DIMENSION_LABELS, DIMENSIONS, REASON_LABELS, Reason
from plusdesk.core.db import Database


@dataclass(frozen=True)
class Figures:
    """Aggregates only: nothing here identifies a patient (these feed the zorggroep export)."""

    date_from: date | None
    date_to: date | None
    conversations: int
    patients: int
    patients_followed_up: int  # patients with two or more conversations in the period
    per_month: pd.DataFrame  # month (first day), conversations, patients
    per_reason: pd.DataFrame  # reason, label, conversations, patients
    score_change: pd.DataFrame  # dimension, label, patients, first_mean, latest_mean, change
    avoided: pd.DataFrame  # specialism, name, conversations

    @property
    def share_followed_up(self) -> float | None:
        """Share of the patients reached who had a follow-up conversation (0–1)."""
        return self.patients_followed_up / self.patients if self.patients else None


def figures(db: Database, date_from: date | None = None, date_to: date | None = None) -> Figures:
    """Figures over the conversations held from `date_from` to `date_to` (both included).

    Score change compares, per patient with two or more conversations in the period, the first
    and the latest of them; a dimension counts for a patient only when both scored it.
    """
    where, params = _period(date_from, date_to)
    conv = pd.read_sql_query(
        f"SELECT id, patient_ref, held_on, reason, referral_avoided, avoided_specialism "
        f"FROM conversation {where} ORDER BY held_on, id",
        db.conn,
        params=params,
    )
    per_visit = conv.groupby("patient_ref")["id"].count() if len(conv) else pd.Series(dtype=int)
    return Figures(
        date_from=date_from,
        date_to=date_to,
        conversations=len(conv),
        patients=int(conv["patient_ref"].nunique()),
        patients_followed_up=int((per_visit >= 2).sum()),
        per_month=_per_month(conv),
        per_reason=_per_reason(conv),
        score_change=_score_change(db, conv),
        avoided=_avoided(db, conv),
    )


def _period(date_from: date | None, date_to: date | None) -> tuple[str, tuple[str, ...]]:
    clauses, params = [], []
    if date_from:
        clauses.append("held_on >= ?")
        params.append(date_from.isoformat())
    if date_to:
        clauses.append("held_on <= ?")
        params.append(date_to.isoformat())
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _per_month(conv: pd.DataFrame) -> pd.DataFrame:
    """Every month from the first to the last conversation, months without any as 0."""
    if conv.empty:
        return pd.DataFrame({"month": [], "conversations": [], "patients": []})
    months = pd.to_datetime(conv["held_on"]).dt.to_period("M")
    grouped = conv.assign(month=months).groupby("month")
    table = pd.DataFrame(
        {
            "conversations": grouped["id"].count(),
            "patients": grouped["patient_ref"].nunique(),
        }
    )
    every = pd.period_range(months.min(), months.max(), freq="M")
    table = table.reindex(every, fill_value=0)
    return pd.DataFrame(
        {
            "month": [p.start_time.date() for p in table.index],
            "conversations": table["conversations"].astype(int).to_list(),
            "patients": table["patients"].astype(int).to_list(),
        }
    )


def _per_reason(conv: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for reason in Reason:
        part = conv[conv["reason"] == reason.value]
        rows.append(
            {
                "reason": reason.value,
                "label": REASON_LABELS[reason],
                "conversations": len(part),
                "patients": int(part["patient_ref"].nunique()),
            }
        )
    return pd.DataFrame(rows)


def _score_change(db: Database, conv: pd.DataFrame) -> pd.DataFrame:
    columns = ["dimension", "label", "patients", "first_mean", "latest_mean", "change"]
    rows = []
    ordered = conv.sort_values(["patient_ref", "held_on", "id"])
    counts = ordered.groupby("patient_ref")["id"].transform("count")
    repeat = ordered[counts >= 2]
    firsts = repeat.groupby("patient_ref")["id"].first()
    latests = repeat.groupby("patient_ref")["id"].last()
    ids = [int(i) for i in (*firsts, *latests)]
    scores = pd.DataFrame(columns=["conversation_id", "dimension", "score"])
    if ids:
        scores = pd.read_sql_query(
            f"SELECT conversation_id, dimension, score FROM conversation_score "
            f"WHERE score IS NOT NULL AND conversation_id IN ({', '.join('?' * len(ids))})",
            db.conn,
            params=tuple(ids),
        )
    for dimension in DIMENSIONS:
        of_dim = scores[scores["dimension"] == dimension].set_index("conversation_id")["score"]
        first = firsts.map(of_dim)
        latest = latests.map(of_dim)
        both = first.notna() & latest.notna()
        n = int(both.sum())
        first_mean = float(first[both].mean()) if n else None
        latest_mean = float(latest[both].mean()) if n else None
        rows.append(
            {
                "dimension": dimension,
                "label": DIMENSION_LABELS[dimension],
                "patients": n,
                "first_mean": first_mean,
                "latest_mean": latest_mean,
                "change": latest_mean - first_mean if n else None,
            }
        )
    return pd.DataFrame(rows, columns=columns)


def _avoided(db: Database, conv: pd.DataFrame) -> pd.DataFrame:
    avoided = conv[conv["referral_avoided"] == 1]
    counts = avoided.groupby("avoided_specialism")["id"].count().sort_values(ascending=False)
    names = {r[0]: r[1] for r in db.query("SELECT code, name FROM specialism")}
    return pd.DataFrame(
        {
            "specialism": list(counts.index),
            "name": [names.get(code, code) for code in counts.index],
            "conversations": [int(n) for n in counts],
        },
        columns=["specialism", "name", "conversations"],
    )
