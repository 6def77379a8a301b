"""Reading the audit log as a user: role-checked searches, chain check and export, all logged."""

from __future__ import annotations

import os
from pathlib import Path

from plusdesk.core import audit
from plusdesk.core.audit import AuditEvent, AuditFilter, ChainReport
from plusdesk.core.clock import format_date
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP
from plusdesk.core.users import ROLE_LABELS, Permission, Role, Session


def role_label(role: str) -> str:
    """A stored role code as users read it ("poh" → "POH"); unknown codes as they are."""
    if role == "systeem":  # audit.system_actor(): command-line work without a login
        return QT_TRANSLATE_NOOP("core", "systeem")
    try:
        return ROLE_LABELS[Role(role)]
    except ValueError:
        return role


def describe_filter(flt: AuditFilter) -> str:
    """A filter in plain Dutch, for the detail of the search and export events."""
    parts: list[str] = []
    if flt.since and flt.until:
        parts.append(f"periode {format_date(flt.since)} t/m {format_date(flt.until)}")
    elif flt.since:
        parts.append(f"vanaf {format_date(flt.since)}")
    elif flt.until:
        parts.append(f"tot en met {format_date(flt.until)}")
    if flt.username:
        parts.append(f"gebruiker {flt.username}")
    if flt.action:
        parts.append(f"actie {audit.ACTION_LABELS.get(flt.action, flt.action)}")
    if flt.patient_ref:
        parts.append(f"patiënt {flt.patient_ref}")
    return ", ".join(parts) or "alle gebeurtenissen"


def _rows(count: int) -> str:
    return "1 regel" if count == 1 else f"{count} regels"


def search_events(session: Session, flt: AuditFilter) -> list[AuditEvent]:
    """Events matching a filter, newest first; only for roles that may see the audit log.

    The log names patients and colleagues, so looking in it is itself an access that is
    logged (with the patient when the question was "who saw this patient?").
    """
    session.require(Permission.VIEW_AUDIT, object_type="auditlog")
    events = audit.query(session.db, flt)
    session.record(
        "search",
        object_type="auditlog",
        patient_ref=flt.patient_ref,
        detail=f"{describe_filter(flt)}: {_rows(len(events))} gevonden",
    )
    return events


def check_chain(session: Session) -> ChainReport:
    """Check that no audit row was changed, removed or inserted (see audit.verify_chain)."""
    session.require(Permission.VIEW_AUDIT, object_type="auditlog")
    return audit.verify_chain(session.db)


def filter_usernames(session: Session) -> list[str]:
    """The names that occur in the log, for the user filter."""
    session.require(Permission.VIEW_AUDIT, object_type="auditlog")
    return audit.usernames(session.db)


def export_events_csv(
    session: Session,
    events: list[AuditEvent],
    path: str | os.PathLike[str],
    flt: AuditFilter | None = None,
) -> Path:
    """Write events to a CSV file and log the export; no file is left when logging fails."""
    session.require(Permission.VIEW_AUDIT, object_type="auditlog")
    written = audit.write_csv(events, path)
    selection = describe_filter(flt) if flt is not None else "selectie onbekend"
    try:
        session.record(
            "export",
            object_type="auditlog",
            patient_ref=flt.patient_ref if flt is not None else "",
            detail=f"{_rows(len(events))} naar {written.name} ({selection})",
        )
    except PlusDeskError:
        # An export nobody can trace back is what NEN 7513 forbids: take the file away again.
        written.unlink(missing_ok=True)
        raise
    return written
