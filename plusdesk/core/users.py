"""Accounts, roles and what each role may do; signing in, lockout and the signed-in session."""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from plusdesk.core import audit
from plusdesk.core.clock import format_datetime, utc_now, utc_now_iso
from plusdesk.core.db import Database
from plusdesk.core.errors import LoginError, PermissionDeniedError, ValidationError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from plusdesk.core.lock import InstanceLock

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10

# argon2id with argon2-cffi's RFC 9106 "low memory" profile: 64 MiB, 3 passes, 4 lanes,
# well above OWASP's minimum (19 MiB, 2 passes, 1 lane).
_HASHER = PasswordHasher()

DEMO_PASSWORD = "plusdesk-demo"


class AccountLockedError(LoginError):
    """The account is locked (too many wrong passwords) or switched off: only a new login."""


class Role(StrEnum):
    PRAKTIJKMANAGER = "praktijkmanager"
    POH = "poh"
    HUISARTS = "huisarts"
    ALLEEN_LEZEN = "alleen-lezen"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.PRAKTIJKMANAGER: QT_TRANSLATE_NOOP("core", "Praktijkmanager"),
    Role.POH: QT_TRANSLATE_NOOP("core", "POH"),
    Role.HUISARTS: QT_TRANSLATE_NOOP("core", "Huisarts"),
    Role.ALLEEN_LEZEN: QT_TRANSLATE_NOOP("core", "Alleen lezen"),
}

# The role inside a sentence ("U bent ingelogd als huisarts; ..."): lower case but "POH".
_ROLE_IN_SENTENCE = {
    Role.PRAKTIJKMANAGER: QT_TRANSLATE_NOOP("core", "praktijkmanager"),
    Role.POH: QT_TRANSLATE_NOOP("core", "POH"),
    Role.HUISARTS: QT_TRANSLATE_NOOP("core", "huisarts"),
    Role.ALLEEN_LEZEN: QT_TRANSLATE_NOOP("core", "alleen lezen"),
}


class Permission(StrEnum):
    MANAGE_USERS = "gebruikers beheren"
    MANAGE_CATALOGUE = "de interventiecatalogus beheren"
    EDIT_PRACTICE = "de praktijkgegevens wijzigen"
    EDIT_INTERVENTIONS = "interventies bijwerken"
    VIEW_PATIENT_DATA = "gegevens op patiëntniveau inzien"
    LOG_CONVERSATIONS = "gesprekken vastleggen"
    MANAGE_CARECASES = "casussen beheren"
    EDIT_REFERRALS = "verwijsgegevens invoeren"
    EXPORT = "gegevens exporteren"
    VIEW_AUDIT = "het auditlog inzien"
    MANAGE_BACKUPS = "back-ups beheren en terugzetten"


# What a permission allows, as users read it (the same Dutch as the values, marked).
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("core", "gebruikers beheren"),
    Permission.MANAGE_CATALOGUE: QT_TRANSLATE_NOOP("core", "de interventiecatalogus beheren"),
    Permission.EDIT_PRACTICE: QT_TRANSLATE_NOOP("core", "de praktijkgegevens wijzigen"),
    Permission.EDIT_INTERVENTIONS: QT_TRANSLATE_NOOP("core", "interventies bijwerken"),
    Permission.VIEW_PATIENT_DATA: QT_TRANSLATE_NOOP("core", "gegevens op patiëntniveau inzien"),
    Permission.LOG_CONVERSATIONS: QT_TRANSLATE_NOOP("core", "gesprekken vastleggen"),
    Permission.MANAGE_CARECASES: QT_TRANSLATE_NOOP("core", "casussen beheren"),
    Permission.EDIT_REFERRALS: QT_TRANSLATE_NOOP("core", "verwijsgegevens invoeren"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("core", "gegevens exporteren"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("core", "het auditlog inzien"),
    Permission.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("core", "back-ups beheren en terugzetten"),
}


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PRAKTIJKMANAGER: frozenset(Permission),
    Role.POH: frozenset(
        {Permission.VIEW_PATIENT_DATA, Permission.LOG_CONVERSATIONS, Permission.MANAGE_CARECASES}
    ),
    Role.HUISARTS: frozenset({Permission.VIEW_PATIENT_DATA, Permission.LOG_CONVERSATIONS}),
    # Read-only accounts (a student, a visiting consultant) see figures and charts, no patients.
    Role.ALLEEN_LEZEN: frozenset(),
}


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: str | None
    last_login_at: str | None

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


def _user(row: sqlite3.Row) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        full_name=row["full_name"],
        role=Role(row["role"]),
        active=bool(row["active"]),
        locked_until=row["locked_until"],
        last_login_at=row["last_login_at"],
    )


class Session:
    """A signed-in user on one workstation; every core action that needs a role takes one."""

    def __init__(self, db: Database, user: User, workstation: str | None = None) -> None:
        self.db = db
        self.user = user
        self.actor = audit.Actor(user.username, str(user.role), workstation or audit.workstation())
        # The file lock the GUI holds while this user works (plusdesk.core.lock.InstanceLock).
        self.lock: InstanceLock | None = None
        self.ended = False

    def can(self, permission: Permission) -> bool:
        """Whether the role allows it; a signed-out session allows nothing any more."""
        return not self.ended and permission in ROLE_PERMISSIONS[self.user.role]

    def require(
        self, permission: Permission, *, object_type: str = "", object_id: str = ""
    ) -> None:
        """Refuse (and log the refusal) when the role does not allow an action."""
        if self.can(permission):
            return
        looking = permission in (Permission.VIEW_PATIENT_DATA, Permission.VIEW_AUDIT)
        audit.record(
            self.db,
            self.actor,
            "view" if looking else "update",
            object_type=object_type,
            object_id=object_id,
            result="denied",
            detail=f"niet toegestaan: {permission.value}",
        )
        if self.ended:
            raise PermissionDeniedError(
                Text(
                    QT_TRANSLATE_NOOP("core", "{name} is afgemeld; log opnieuw in om dit te doen."),
                    name=self.user.display_name,
                )
            )
        raise PermissionDeniedError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "U bent ingelogd als {role}; met die rol mag u niet {action}. Vraag de "
                    "praktijkmanager als u dit nodig heeft.",
                ),
                role=_ROLE_IN_SENTENCE[self.user.role],
                action=PERMISSION_LABELS[permission],
            )
        )

    def may_change_entry(self, owner: str) -> bool:
        """POHs and huisartsen change their own entries; the praktijkmanager all of them."""
        if self.user.role is Role.PRAKTIJKMANAGER:
            return True
        return (
            self.user.role is not Role.ALLEEN_LEZEN and owner.lower() == self.user.username.lower()
        )

    def record(self, action: str, **fields: str | int) -> None:
        """Log an access event (a view, search, print) for this user."""
        audit.record(self.db, self.actor, action, **fields)


# --- validation ---------------------------------------------------------------------------

_USERNAME = re.compile(r"^[A-Za-z0-9._\-@]{2,40}$")


def validate_username(text: str) -> str:
    name = (text or "").strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Vul een gebruikersnaam in."), field="username"
        )
    if not _USERNAME.match(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "Een gebruikersnaam heeft 2 tot 40 tekens: letters a–z zonder accenten, "
                "cijfers en . _ - @ (geen spaties).",
            ),
            field="username",
        )
    return name


def validate_password(password: str, repeat: str | None = None, *, username: str = "") -> str:
    """A new password: long enough, not the user name, typed the same twice."""
    if len((password or "").strip()) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Kies een wachtwoord van minstens {minimum} tekens. Een zin van een paar "
                    "woorden is sterk en goed te onthouden.",
                ),
                minimum=MIN_PASSWORD_LENGTH,
            ),
            field="password",
        )
    if username and password.strip().lower() == username.strip().lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam."),
            field="password",
        )
    if repeat is not None and repeat != password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "De twee wachtwoorden zijn niet gelijk."), field="password2"
        )
    return password


def account_field_errors(username: str, password: str, repeat: str) -> dict[str, str]:
    """Every problem of a new-account form at once (field → Dutch message)."""
    errors: dict[str, str] = {}
    try:
        validate_username(username)
    except ValidationError as exc:
        errors["username"] = exc.message
    try:
        validate_password(password, repeat, username=username)
    except ValidationError as exc:
        errors[exc.field or "password"] = exc.message
    return errors


def validate_role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            Text(QT_TRANSLATE_NOOP("core", "Onbekende rol '{role}'."), role=value), field="role"
        ) from None


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


# --- accounts ----------------------------------------------------------------------------


def insert_account_in(
    conn: sqlite3.Connection,
    username: str,
    password: str,
    role: Role,
    full_name: str = "",
    *,
    password_hash: str | None = None,
) -> int:
    """Create an account inside the caller's transaction (values already validated)."""
    if conn.execute("SELECT 1 FROM account WHERE username = ?", (username,)).fetchone():
        raise ValidationError(
            Text(
                QT_TRANSLATE_NOOP("core", "De gebruikersnaam '{username}' bestaat al."),
                username=username,
            ),
            field="username",
        )
    cursor = conn.execute(
        "INSERT INTO account (username, full_name, role, password_hash, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            username,
            full_name.strip(),
            str(role),
            password_hash or hash_password(password),
            utc_now_iso(),
        ),
    )
    return int(cursor.lastrowid)


def _log_account(conn: sqlite3.Connection, actor: audit.Actor, user_id: int, detail: str) -> None:
    """A user-management event for one account, inside the caller's transaction."""
    audit.record_in(
        conn, actor, "user_admin", object_type="account", object_id=user_id, detail=detail
    )


def has_accounts(db: Database) -> bool:
    return bool(db.scalar("SELECT count(*) FROM account"))


def create_first_account(
    db: Database, username: str, password: str, repeat: str | None = None, full_name: str = ""
) -> User:
    """The first account of a file is a praktijkmanager; refused once any account exists."""
    username = validate_username(username)
    validate_password(password, repeat, username=username)
    with db.transaction() as conn:
        if conn.execute("SELECT count(*) FROM account").fetchone()[0]:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Dit bestand heeft al gebruikers; nieuwe gebruikers maakt de praktijkmanager "
                    "aan.",
                )
            )
        user_id = insert_account_in(conn, username, password, Role.PRAKTIJKMANAGER, full_name)
        actor = audit.Actor(username, str(Role.PRAKTIJKMANAGER), audit.workstation())
        _log_account(conn, actor, user_id, "eerste account aangemaakt (praktijkmanager)")
    return get_user(db, user_id)


def get_user(db: Database, user_id: int) -> User:
    rows = db.query("SELECT * FROM account WHERE id = ?", (user_id,))
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "Deze gebruiker bestaat niet (meer)."))
    return _user(rows[0])


def list_users(session: Session) -> list[User]:
    session.require(Permission.MANAGE_USERS, object_type="account")
    return [_user(r) for r in session.db.query("SELECT * FROM account ORDER BY username")]


def login_names(db: Database) -> list[str]:
    """Active accounts, for the login dialog's name field."""
    return [r[0] for r in db.query("SELECT username FROM account WHERE active ORDER BY username")]


def full_names(db: Database) -> dict[str, str]:
    """Full name per (lower-case) user name, to show who recorded something."""
    return {
        r[0].lower(): r[1]
        for r in db.query("SELECT username, full_name FROM account WHERE trim(full_name) <> ''")
    }


def colleague_names(db: Database) -> list[str]:
    """Names of the active colleagues, to suggest who leads an intervention."""
    return [
        r[0]
        for r in db.query(
            "SELECT CASE WHEN trim(full_name) <> '' THEN full_name ELSE username END AS name "
            "FROM account WHERE active ORDER BY name"
        )
    ]


def _fail(
    db: Database, actor: audit.Actor, message: str, detail: str, *, locked: bool = False
) -> LoginError:
    audit.record(db, actor, "login_failed", object_type="session", result="failed", detail=detail)
    return AccountLockedError(message) if locked else LoginError(message)


def _check_password(db: Database, user_id: int, stored: str, password: str) -> bool:
    try:
        _HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if _HASHER.check_needs_rehash(stored):
        with db.transaction() as conn:
            conn.execute(
                "UPDATE account SET password_hash = ? WHERE id = ?",
                (hash_password(password), user_id),
            )
    return True


def _register_failure(db: Database, row: sqlite3.Row) -> str | None:
    """Count a wrong password; returns the lock end when this attempt locked the account.

    Counted in the database itself, so attempts made at the same time all count.
    """
    locked_until = None
    with db.transaction() as conn:
        failed = conn.execute(
            "UPDATE account SET failed_attempts = failed_attempts + 1 WHERE id = ? "
            "RETURNING failed_attempts",
            (row["id"],),
        ).fetchone()[0]
        if failed >= MAX_FAILED_ATTEMPTS:
            locked_until = (utc_now() + LOCKOUT).isoformat()
            conn.execute(
                "UPDATE account SET failed_attempts = 0, locked_until = ? WHERE id = ?",
                (locked_until, row["id"]),
            )
    return locked_until


def _locked_message(until: str) -> str:
    return Text(
        QT_TRANSLATE_NOOP(
            "core",
            "Dit account is tijdelijk vergrendeld na {attempts} mislukte pogingen, tot {until}. "
            "Probeer het daarna opnieuw, of vraag de praktijkmanager.",
        ),
        attempts=MAX_FAILED_ATTEMPTS,
        until=format_datetime(until),
    )


def login(db: Database, username: str, password: str, workstation: str | None = None) -> Session:
    """Check a user name and password; every attempt is logged, 5 failures lock the account."""
    station = workstation or audit.workstation()
    name = (username or "").strip()
    rows = db.query("SELECT * FROM account WHERE username = ?", (name,))
    wrong = QT_TRANSLATE_NOOP("core", "Gebruikersnaam of wachtwoord klopt niet.")
    if not rows:
        _check_dummy(password)
        # What was typed is not logged: it may well be a password in the wrong field.
        raise _fail(
            db, audit.Actor("(onbekende gebruiker)", "", station), wrong, "onbekende gebruiker"
        )
    row = rows[0]
    actor = audit.Actor(row["username"], row["role"], station)
    if not row["active"]:
        raise _fail(
            db,
            actor,
            QT_TRANSLATE_NOOP("core", "Dit account is uitgeschakeld. Vraag de praktijkmanager."),
            "account uitgeschakeld",
            locked=True,
        )
    now = utc_now()
    if row["locked_until"] and datetime.fromisoformat(row["locked_until"]) > now:
        raise _fail(
            db, actor, _locked_message(row["locked_until"]), "account vergrendeld", locked=True
        )
    if not _check_password(db, row["id"], row["password_hash"], password):
        locked_until = _register_failure(db, row)
        if locked_until:
            raise _fail(
                db,
                actor,
                _locked_message(locked_until),
                f"verkeerd wachtwoord; account vergrendeld na {MAX_FAILED_ATTEMPTS} pogingen",
                locked=True,
            )
        left = MAX_FAILED_ATTEMPTS - (row["failed_attempts"] + 1)
        raise _fail(
            db,
            actor,
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Gebruikersnaam of wachtwoord klopt niet. Nog {left} poging(en) voordat het "
                    "account tijdelijk wordt vergrendeld.",
                ),
                left=left,
            ),
            "verkeerd wachtwoord",
        )
    with db.transaction() as conn:
        conn.execute(
            "UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = ? "
            "WHERE id = ?",
            (now.isoformat(), row["id"]),
        )
        audit.record_in(conn, actor, "login", object_type="session")
    return Session(db, get_user(db, row["id"]), station)


@functools.cache
def _dummy_hash() -> str:
    return _HASHER.hash("plusdesk-dummy-password")


def _check_dummy(password: str) -> None:
    """Keep an unknown user name as slow as a wrong password (no probing for names)."""
    with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
        _HASHER.verify(_dummy_hash(), password or "")


def unlock_screen(session: Session, password: str) -> None:
    """Ask the password again after the idle lock; wrong answers count towards the lockout."""
    row = session.db.query("SELECT * FROM account WHERE id = ?", (session.user.id,))[0]
    if not row["active"]:
        raise _fail(
            session.db,
            session.actor,
            QT_TRANSLATE_NOOP("core", "Dit account is uitgeschakeld."),
            "account uitgeschakeld",
            locked=True,
        )
    if row["locked_until"] and datetime.fromisoformat(row["locked_until"]) > utc_now():
        raise _fail(
            session.db,
            session.actor,
            _locked_message(row["locked_until"]),
            "account vergrendeld",
            locked=True,
        )
    if not _check_password(session.db, row["id"], row["password_hash"], password):
        locked_until = _register_failure(session.db, row)
        message = (
            _locked_message(locked_until)
            if locked_until
            else QT_TRANSLATE_NOOP("core", "Het wachtwoord klopt niet.")
        )
        raise _fail(
            session.db,
            session.actor,
            message,
            "verkeerd wachtwoord bij ontgrendelen",
            locked=bool(locked_until),
        )
    with session.db.transaction() as conn:
        conn.execute("UPDATE account SET failed_attempts = 0 WHERE id = ?", (row["id"],))
        audit.record_in(conn, session.actor, "unlock", object_type="session")


def lock_screen(session: Session, *, idle: bool = True) -> None:
    """Log that the window was locked (after idle time, or by the user)."""
    why = "na een periode zonder activiteit" if idle else "door de gebruiker"
    session.record("lock", object_type="session", detail=why)


def logout(session: Session) -> None:
    """Sign out: logged, and the session refuses every further role-checked action."""
    if session.ended:
        return
    session.record("logout", object_type="session")
    session.ended = True


# --- user management (praktijkmanager) ------------------------------------------------------


def add_user(
    session: Session,
    username: str,
    password: str,
    repeat: str | None,
    role: str | Role,
    full_name: str = "",
) -> User:
    session.require(Permission.MANAGE_USERS, object_type="account")
    username = validate_username(username)
    role = validate_role(role)
    validate_password(password, repeat, username=username)
    with session.db.transaction() as conn:
        user_id = insert_account_in(conn, username, password, role, full_name)
        what = f"gebruiker {username} aangemaakt met rol {role.label}"
        _log_account(conn, session.actor, user_id, what)
    return get_user(session.db, user_id)


def _active_managers(conn: sqlite3.Connection, excluding: int) -> int:
    return conn.execute(
        "SELECT count(*) FROM account WHERE role = 'praktijkmanager' AND active AND id <> ?",
        (excluding,),
    ).fetchone()[0]


def update_user(
    session: Session, user_id: int, *, role: str | Role, full_name: str, active: bool
) -> User:
    """Change a user's role, name or active state; the last praktijkmanager stays."""
    session.require(Permission.MANAGE_USERS, object_type="account", object_id=str(user_id))
    role = validate_role(role)
    before = get_user(session.db, user_id)
    with session.db.transaction() as conn:
        demoted = role is not Role.PRAKTIJKMANAGER or not active
        if demoted and before.role is Role.PRAKTIJKMANAGER and not _active_managers(conn, user_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Er moet altijd minstens één actieve praktijkmanager zijn; "
                    "maak eerst iemand anders praktijkmanager.",
                ),
                field="role",
            )
        conn.execute(
            "UPDATE account SET role = ?, full_name = ?, active = ? WHERE id = ?",
            (str(role), full_name.strip(), int(active), user_id),
        )
        changes = []
        if role is not before.role:
            changes.append(f"rol {before.role.label} → {role.label}")
        if active != before.active:
            changes.append("ingeschakeld" if active else "uitgeschakeld")
        if full_name.strip() != before.full_name:
            changes.append("naam gewijzigd")
        what = f"{before.username}: " + (", ".join(changes) or "niets gewijzigd")
        _log_account(conn, session.actor, user_id, what)
    return get_user(session.db, user_id)


def reset_password(session: Session, user_id: int, password: str, repeat: str | None) -> None:
    """The praktijkmanager sets a new password for someone (also lifts a lockout)."""
    session.require(Permission.MANAGE_USERS, object_type="account", object_id=str(user_id))
    user = get_user(session.db, user_id)
    validate_password(password, repeat, username=user.username)
    with session.db.transaction() as conn:
        conn.execute(
            "UPDATE account SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
            "WHERE id = ?",
            (hash_password(password), user_id),
        )
        what = f"nieuw wachtwoord ingesteld voor {user.username}"
        _log_account(conn, session.actor, user_id, what)


def change_own_password(session: Session, current: str, password: str, repeat: str | None) -> None:
    """Anyone may change their own password after giving the current one."""
    row = session.db.query("SELECT * FROM account WHERE id = ?", (session.user.id,))[0]
    if not _check_password(session.db, row["id"], row["password_hash"], current):
        # Counts towards the lockout: an unattended screen is no place to guess passwords.
        locked_until = _register_failure(session.db, row)
        if locked_until:
            raise _fail(
                session.db,
                session.actor,
                _locked_message(locked_until),
                "verkeerd wachtwoord bij wachtwoord wijzigen; account vergrendeld",
                locked=True,
            )
        audit.record(
            session.db,
            session.actor,
            "user_admin",
            object_type="account",
            object_id=row["id"],
            result="failed",
            detail="eigen wachtwoord wijzigen: huidige wachtwoord klopt niet",
        )
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "Het huidige wachtwoord klopt niet."), field="current"
        )
    validate_password(password, repeat, username=session.user.username)
    with session.db.transaction() as conn:
        conn.execute(
            "UPDATE account SET password_hash = ? WHERE id = ?",
            (hash_password(password), row["id"]),
        )
        _log_account(conn, session.actor, row["id"], "eigen wachtwoord gewijzigd")
