"""Accounts and roles: memory-hard hashes, lockout after 5 tries, role checks in the core."""

from datetime import timedelta

import pytest

from plusdesk.core import users
from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.errors import LoginError, PermissionDeniedError, ValidationError
from plusdesk.core.users import Permission, Role, login

PASSWORD = "plusdesk-demo"


def test_password_is_stored_as_argon2id_at_or_above_owasp_minimum(demo_db) -> None:
    stored = demo_db.scalar("SELECT password_hash FROM account WHERE username = 'demo'")
    assert PASSWORD not in stored
    assert stored.startswith("$argon2id$")
    params = dict(p.split("=") for p in stored.split("$")[3].split(","))
    # OWASP: argon2id with at least 19 MiB memory and 2 iterations
    assert int(params["m"]) >= 19 * 1024 and int(params["t"]) >= 2


def test_right_password_signs_in_and_is_logged(demo_db) -> None:
    session = login(demo_db, "Demo", PASSWORD)  # user names are not case-sensitive
    assert session.user.username == "demo" and session.user.role is Role.PRAKTIJKMANAGER
    event = query(demo_db, AuditFilter(action="login"))[0]
    assert (event.username, event.role, event.result) == ("demo", "praktijkmanager", "ok")
    assert event.workstation


def test_wrong_password_and_unknown_user_give_the_same_answer_and_are_logged(demo_db) -> None:
    with pytest.raises(LoginError) as wrong:
        login(demo_db, "poh", "fout-wachtwoord")
    with pytest.raises(LoginError) as unknown:
        login(demo_db, "niemand", "fout-wachtwoord")
    assert "klopt niet" in wrong.value.message and "klopt niet" in unknown.value.message
    failed = query(demo_db, AuditFilter(action="login_failed"))
    assert [(e.username, e.result) for e in failed] == [
        ("(onbekende gebruiker)", "failed"),  # what was typed may be a password
        ("poh", "failed"),
    ]


def test_five_failures_lock_the_account_for_a_while(demo_db, monkeypatch) -> None:
    for _ in range(4):
        with pytest.raises(LoginError, match="poging"):
            login(demo_db, "poh", "fout-wachtwoord")
    with pytest.raises(users.AccountLockedError, match="vergrendeld"):
        login(demo_db, "poh", "fout-wachtwoord")
    with pytest.raises(users.AccountLockedError, match="vergrendeld"):
        login(demo_db, "poh", PASSWORD)  # even the right password waits
    later = users.utc_now() + users.LOCKOUT + timedelta(seconds=1)
    monkeypatch.setattr(users, "utc_now", lambda: later)
    assert login(demo_db, "poh", PASSWORD).user.username == "poh"


def test_manager_reset_lifts_a_lockout(manager, demo_db) -> None:
    for _ in range(5):
        with pytest.raises(LoginError):
            login(demo_db, "huisarts", "fout-wachtwoord")
    target = next(u for u in users.list_users(manager) if u.username == "huisarts")
    users.reset_password(manager, target.id, "nieuw wachtwoord 1", "nieuw wachtwoord 1")
    assert login(demo_db, "huisarts", "nieuw wachtwoord 1").user.role is Role.HUISARTS


def test_roles_allow_what_the_issue_says(demo_db) -> None:
    sessions = {
        name: login(demo_db, name, PASSWORD) for name in ("demo", "poh", "huisarts", "lezer")
    }
    assert all(sessions["demo"].can(p) for p in Permission)
    assert sessions["poh"].can(Permission.LOG_CONVERSATIONS)
    assert sessions["poh"].can(Permission.MANAGE_CARECASES)
    assert not sessions["poh"].can(Permission.MANAGE_USERS)
    assert sessions["huisarts"].can(Permission.VIEW_PATIENT_DATA)
    assert sessions["huisarts"].can(Permission.LOG_CONVERSATIONS)
    assert not sessions["huisarts"].can(Permission.MANAGE_CARECASES)
    assert not any(sessions["lezer"].can(p) for p in Permission)
    assert sessions["poh"].may_change_entry("poh") and not sessions["poh"].may_change_entry("demo")
    assert sessions["demo"].may_change_entry("poh")
    assert not sessions["lezer"].may_change_entry("lezer")


def test_forbidden_action_is_refused_in_the_core_with_a_clear_message(demo_db) -> None:
    poh = login(demo_db, "poh", PASSWORD)
    with pytest.raises(PermissionDeniedError) as refused:
        users.add_user(poh, "stiekem", "lang genoeg wachtwoord", None, Role.PRAKTIJKMANAGER)
    assert "poh" in refused.value.message.lower() and "gebruikers beheren" in refused.value.message
    assert demo_db.scalar("SELECT count(*) FROM account WHERE username = 'stiekem'") == 0
    denied = query(demo_db, AuditFilter(username="poh"))[0]
    assert denied.result == "denied"


def test_manager_adds_a_user_who_can_then_sign_in(manager, demo_db) -> None:
    added = users.add_user(manager, "e.smit", "tien tekens!", "tien tekens!", "poh", "Eva Smit")
    assert added.role is Role.POH and added.full_name == "Eva Smit"
    assert login(demo_db, "e.smit", "tien tekens!").user.id == added.id
    detail = query(demo_db, AuditFilter(action="user_admin"))[0].detail
    assert "e.smit" in detail and "POH" in detail
    with pytest.raises(ValidationError, match="bestaat al"):
        users.add_user(manager, "E.Smit", "tien tekens!", None, "poh")


def test_switched_off_account_cannot_sign_in(manager, demo_db) -> None:
    lezer = next(u for u in users.list_users(manager) if u.username == "lezer")
    users.update_user(manager, lezer.id, role="alleen-lezen", full_name="", active=False)
    with pytest.raises(LoginError, match="uitgeschakeld"):
        login(demo_db, "lezer", PASSWORD)


def test_the_last_praktijkmanager_cannot_be_demoted_or_switched_off(manager) -> None:
    me = manager.user
    with pytest.raises(ValidationError, match="minstens één actieve praktijkmanager"):
        users.update_user(manager, me.id, role="poh", full_name="", active=True)
    with pytest.raises(ValidationError, match="minstens één actieve praktijkmanager"):
        users.update_user(manager, me.id, role="praktijkmanager", full_name="", active=False)


@pytest.mark.parametrize(
    ("password", "repeat", "field", "message"),
    [
        ("kort", "kort", "password", "minstens 10 tekens"),
        ("Beheerder1", "Beheerder1", "password", "gelijk zijn aan de gebruikersnaam"),
        ("lang genoeg hoor", "lang genoeg, hoor", "password2", "niet gelijk"),
    ],
)
def test_weak_or_mistyped_passwords_are_refused(
    password: str, repeat: str, field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        users.validate_password(password, repeat, username="beheerder1")
    assert refused.value.field == field


def test_own_password_change_needs_the_current_one(demo_db) -> None:
    poh = login(demo_db, "poh", PASSWORD)
    with pytest.raises(ValidationError, match="huidige wachtwoord"):
        users.change_own_password(poh, "fout", "mijn nieuwe zin", "mijn nieuwe zin")
    users.change_own_password(poh, PASSWORD, "mijn nieuwe zin", "mijn nieuwe zin")
    assert login(demo_db, "poh", "mijn nieuwe zin").user.username == "poh"


def test_idle_unlock_counts_wrong_passwords_towards_the_lockout(demo_db) -> None:
    poh = login(demo_db, "poh", PASSWORD)
    users.lock_screen(poh)
    for _ in range(4):
        with pytest.raises(LoginError, match="klopt niet"):
            users.unlock_screen(poh, "fout")
    with pytest.raises(users.AccountLockedError):
        users.unlock_screen(poh, "fout")
    actions = [e.action for e in query(demo_db, AuditFilter(username="poh"))]
    assert actions[-2:] == ["lock", "login"]


def test_first_account_only_on_a_file_without_accounts(demo_db) -> None:
    with pytest.raises(PermissionDeniedError):
        users.create_first_account(demo_db, "overname", "lang genoeg wachtwoord")


def test_a_signed_out_session_can_do_nothing_any_more(manager) -> None:
    users.logout(manager)
    with pytest.raises(PermissionDeniedError, match="afgemeld"):
        users.add_user(manager, "na.afmelden", "lang genoeg wachtwoord", None, Role.POH)
    assert manager.db.scalar("SELECT count(*) FROM account WHERE username = 'na.afmelden'") == 0


def test_guessing_the_current_password_counts_towards_the_lockout(demo_db) -> None:
    poh = login(demo_db, "poh", PASSWORD)
    for _ in range(4):
        with pytest.raises(ValidationError, match="huidige wachtwoord"):
            users.change_own_password(poh, "gok", "mijn nieuwe zin", "mijn nieuwe zin")
    with pytest.raises(users.AccountLockedError):
        users.change_own_password(poh, "gok", "mijn nieuwe zin", "mijn nieuwe zin")
    assert query(demo_db, AuditFilter(username="poh", action="user_admin"))[0].result == "failed"


def test_attempts_at_the_same_time_all_count(demo_file) -> None:
    import threading

    from plusdesk.core.db import open_database

    def attempt() -> None:
        db = open_database(demo_file)
        try:
            with pytest.raises(LoginError):
                login(db, "huisarts", "fout-wachtwoord")
        finally:
            db.close()

    threads = [threading.Thread(target=attempt) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    db = open_database(demo_file)
    locked = db.scalar("SELECT locked_until FROM account WHERE username = 'huisarts'")
    db.close()
    assert locked is not None
