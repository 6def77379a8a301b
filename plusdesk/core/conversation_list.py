"""The conversation list and follow-up: who is overdue, who is due this week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from plusdesk.core import validation
from plusdesk.core.conversation_model import FollowUp, ProfessionalRole, Reason
from plusdesk.core.db import Database


def week_end(day: date) -> date:
    """The Sunday of the week of `day` (Dutch weeks run Monday to Sunday)."""
    return day + timedelta(days=6 - day.weekday())


def follow_up_state(next_contact: date | None, followed: bool, today: date) -> FollowUp:
    """Where a conversation stands: done when a later one took place, else by its next date."""
    if followed:
        return FollowUp.DONE
    if next_contact is None:
        return FollowUp.NONE
    if next_contact < today:
        return FollowUp.OVERDUE
    if next_contact <= week_end(today):
        return FollowUp.THIS_WEEK
    return FollowUp.PLANNED


@dataclass(frozen=True)
class Row:
    """One line of the conversation list."""

    id: int
    patient_ref: str
    held_on: date
    professional: str
    professional_role: ProfessionalRole
    reason: Reason
    next_contact: date | None
    follow_up: FollowUp
    number: int  # the how-manieth conversation with this patient
    created_by: str


@dataclass(frozen=True)
class ListFilter:
    text: str = ""  # part of a patient number or a professional's name
    date_from: date | None = None
    date_to: date | None = None
    professional: str = ""
    reason: str = ""
    follow_up: str = ""  # a FollowUp value, or "open" for overdue + this week


def rows(db: Database, flt: ListFilter | None = None, today: date | None = None) -> list[Row]:
    """The conversation list, newest first. Only for users who may see patient data."""
    flt = flt or ListFilter()
    day = today or validation.today()
    query = db.query(
        """SELECT id, patient_ref, held_on, professional, professional_role, reason,
                  next_contact, created_by,
                  ROW_NUMBER() OVER (PARTITION BY patient_ref ORDER BY held_on, id) AS number,
                  ROW_NUMBER() OVER (PARTITION BY patient_ref ORDER BY held_on DESC, id DESC)
                      AS from_last
           FROM conversation"""
    )
    found = []
    text = flt.text.strip().lower()
    for r in query:
        held_on = date.fromisoformat(r[2])
        nxt = date.fromisoformat(r[6]) if r[6] else None
        state = follow_up_state(nxt, r[9] > 1, day)
        if text and text not in r[1].lower() and text not in r[3].lower():
            continue
        if (flt.date_from and held_on < flt.date_from) or (flt.date_to and held_on > flt.date_to):
            continue
        if (flt.professional and r[3] != flt.professional) or (flt.reason and r[5] != flt.reason):
            continue
        if flt.follow_up == "open":
            if state not in (FollowUp.OVERDUE, FollowUp.THIS_WEEK):
                continue
        elif flt.follow_up and state != flt.follow_up:
            continue
        found.append(
            Row(
                r[0],
                r[1],
                held_on,
                r[3],
                ProfessionalRole(r[4]),
                Reason(r[5]),
                nxt,
                state,
                r[8],
                r[7],
            )
        )
    found.sort(key=lambda row: (row.held_on, row.id), reverse=True)
    return found


def follow_up_counts(db: Database, today: date | None = None) -> tuple[int, int]:
    """(overdue, due this week) over the patients' latest conversations: the Overzicht tiles."""
    day = today or validation.today()
    latest = db.query(
        """SELECT next_contact FROM (
               SELECT next_contact, ROW_NUMBER() OVER (
                   PARTITION BY patient_ref ORDER BY held_on DESC, id DESC) AS from_last
               FROM conversation)
           WHERE from_last = 1 AND next_contact IS NOT NULL"""
    )
    states = [follow_up_state(date.fromisoformat(r[0]), False, day) for r in latest]
    return states.count(FollowUp.OVERDUE), states.count(FollowUp.THIS_WEEK)


def professionals(db: Database) -> list[str]:
    """Names of the professionals who held conversations, for the filter."""
    return [r[0] for r in db.query("SELECT DISTINCT professional FROM conversation ORDER BY 1")]
