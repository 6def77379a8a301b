"""The `plusdesk` command: opens the GUI by default; sub-commands for headless work."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from plusdesk import __version__

if TYPE_CHECKING:
    from plusdesk.core.db import Database
    from plusdesk.core.users import Session

EXIT_OK = 0
EXIT_NOT_OK = 1  # a check found a problem, or the user said no
EXIT_ERROR = 2


def _db_argument(parser: argparse.ArgumentParser, *, required: bool) -> None:
    default = os.environ.get("PLUSDESK_DB")
    parser.add_argument(
        "--db",
        metavar="PAD",
        type=Path,
        default=Path(default) if default else None,
        required=required and not default,
        help="het PlusDesk-gegevensbestand (standaard: omgevingsvariabele PLUSDESK_DB)",
    )


def _user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAAM",
        default=os.environ.get("PLUSDESK_USER"),
        help="inloggen als deze gebruiker (standaard: PLUSDESK_USER); het wachtwoord wordt "
        "gevraagd, of gelezen uit PLUSDESK_PASSWORD",
    )


def _password(prompt: str, *, confirm: bool = False) -> str:
    """The password from PLUSDESK_PASSWORD, or asked without echo (never a command argument)."""
    from_env = os.environ.get("PLUSDESK_PASSWORD")
    if from_env is not None:
        return from_env
    import getpass

    from plusdesk.core.errors import ValidationError

    if not sys.stdin.isatty():
        raise ValidationError(
            "Geef het wachtwoord via de omgevingsvariabele PLUSDESK_PASSWORD, of start de "
            "opdracht in een terminal."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nogmaals: ") != first:
        raise ValidationError("De twee wachtwoorden zijn niet gelijk.")
    return first


def _login(db: Database, username: str | None) -> Session:
    """Sign in for a command that changes data; the attempt is logged like in the GUI."""
    from plusdesk.core.errors import ValidationError
    from plusdesk.core.users import login

    if not username:
        raise ValidationError(
            "Deze opdracht wijzigt gegevens: geef met --user aan wie u bent (of PLUSDESK_USER)."
        )
    return login(db, username, _password(f"Wachtwoord voor {username}: "))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plusdesk",
        description="PlusDesk: registratie en benchmarking voor PlusPraktijken. "
        "Zonder sub-opdracht opent het programmavenster.",
    )
    parser.add_argument("--version", action="version", version=f"PlusDesk {__version__}")
    _db_argument(parser, required=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open de demopraktijk (wordt bij de eerste keer aangemaakt)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="controleer de installatie: open het venster op tijdelijke demobestanden, toon "
        "elke pagina en sluit weer (exitcode 0: in orde)",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    demo = sub.add_parser("demo", help="schrijf een demopraktijk (vast per seed)")
    _db_argument(demo, required=True)
    demo.add_argument("--seed", type=int, default=1, help="startgetal voor de demo (standaard 1)")
    demo.add_argument(
        "--years", type=int, default=5, help="aantal jaren geschiedenis tot vandaag (standaard 5)"
    )
    demo.add_argument("--overwrite", action="store_true", help="vervang een bestaand demobestand")

    init = sub.add_parser("init", help="maak een nieuw praktijkbestand aan")
    _db_argument(init, required=True)
    init.add_argument("--name", required=True, help="naam van de praktijk")
    init.add_argument("--agb", required=True, help="AGB-code van de praktijk (8 cijfers)")
    init.add_argument("--zorggroep", default="", help="naam van de zorggroep")
    init.add_argument("--list-size", default=None, help="aantal ingeschreven patiënten")
    init.add_argument("--wave", type=int, default=None, help="golf waarin de praktijk startte")
    init.add_argument(
        "--user",
        required=True,
        metavar="NAAM",
        help="gebruikersnaam van het eerste account (praktijkmanager); het wachtwoord wordt "
        "gevraagd, of gelezen uit PLUSDESK_PASSWORD",
    )
    init.add_argument("--full-name", default="", help="volledige naam bij dat account")

    cat = sub.add_parser(
        "catalogue", help="vervang de interventiecatalogus door die van de zorggroep"
    )
    cat.add_argument("file", type=Path, metavar="BESTAND", help="catalogusbestand (JSON)")
    _db_argument(cat, required=True)
    cat.add_argument(
        "--dry-run", action="store_true", help="laat alleen zien wat er zou veranderen"
    )
    _user_argument(cat)

    info = sub.add_parser("info", help="toon praktijk, schemaversie en aantallen als JSON")
    _db_argument(info, required=True)

    backup = sub.add_parser("backup", help="maak nu een back-up van het gegevensbestand")
    _db_argument(backup, required=True)
    backup.add_argument(
        "--to",
        metavar="MAP",
        type=Path,
        default=None,
        help="schrijf de back-up in deze (bestaande) map in plaats van de back-upmap van de "
        "praktijk",
    )

    restore = sub.add_parser(
        "restore",
        help="zet een back-up terug; eerst wordt een back-up van de huidige gegevens gemaakt",
    )
    restore.add_argument("backup", type=Path, metavar="BACK-UP", help="het back-upbestand")
    _db_argument(restore, required=True)
    restore.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")

    check = sub.add_parser(
        "check",
        help="controleer het bestand op beschadiging, verwijzingen en het auditlog (JSON); "
        "wijzigt niets. Afsluitcode 0: alles in orde, 1: probleem gevonden, 2: fout",
    )
    _db_argument(check, required=True)

    rep = sub.add_parser(
        "report",
        help="maak het praktijkrapport (PDF) voor het intervisieoverleg; alleen totalen",
    )
    _db_argument(rep, required=True)
    rep.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="het PDF-bestand")
    rep.add_argument(
        "--year",
        type=int,
        metavar="JAAR",
        help="het jaar van het rapport (standaard: het laatste jaar met verwijzingen)",
    )
    _user_argument(rep)

    from plusdesk import cli_import

    cli_import.add_parser(sub, _db_argument, _user_argument)
    from plusdesk import cli_exchange

    cli_exchange.add_parsers(sub, _db_argument, _user_argument)
    return parser


def _cmd_demo(args: argparse.Namespace) -> int:
    from plusdesk.core.demo import build_demo

    path = build_demo(args.db, seed=args.seed, years=args.years, overwrite=args.overwrite)
    print(f"Demopraktijk geschreven naar {path}")
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    from plusdesk.core.practice import (
        create_practice_file,
        validate_details,
        validate_first_account,
    )

    details = validate_details(args.name, args.agb, args.zorggroep, args.list_size, args.wave)
    password = _password(f"Kies een wachtwoord voor {args.user}: ", confirm=True)
    account = validate_first_account(args.user, password, password, args.full_name)
    path = create_practice_file(args.db, details, account)
    print(f"Praktijkbestand aangemaakt: {path}")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from plusdesk.core.db import open_database
    from plusdesk.core.practice import get_practice

    db = open_database(args.db, readonly=True)
    try:
        practice = get_practice(db)
        report = {
            "file": str(Path(args.db).resolve()),
            "plusdesk_version": __version__,
            "schema_version": db.schema_version,
            "journal_mode": db.journal_mode.lower(),
            "practice": asdict(practice) if practice else None,
            "counts": db.table_counts(),
        }
    finally:
        db.close()
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return EXIT_OK


def _cmd_catalogue(args: argparse.Namespace) -> int:
    from plusdesk.core.catalogue import (
        apply_catalogue,
        describe_change,
        load_catalogue_file,
        preview_catalogue,
    )
    from plusdesk.core.db import open_database

    catalogue = load_catalogue_file(args.file)
    db = open_database(args.db, readonly=args.dry_run)
    try:
        if args.dry_run:
            change = preview_catalogue(db, catalogue)
            print(
                f"Proefdraaien: er is niets gewijzigd. Met {catalogue.title} "
                f"({catalogue.version}) zou dit veranderen:"
            )
        else:
            change = apply_catalogue(_login(db, args.user), catalogue)
            print(f"Catalogus geladen: {catalogue.title} ({catalogue.version}).")
        print(describe_change(change, db))
    finally:
        db.close()
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from plusdesk.core import audit
    from plusdesk.core.backup import make_backup
    from plusdesk.core.db import open_database

    db = open_database(args.db)
    try:
        info = make_backup(db, "handmatig", folder=args.to, actor=audit.system_actor())
    finally:
        db.close()
    print(f"Back-up gemaakt: {info.path}")
    return EXIT_OK


def _describe_backup(path: Path) -> str:
    from plusdesk.core.backup import backup_summary, describe_backup_file

    info = describe_backup_file(path)
    summary = backup_summary(path)
    kind = f" ({info.reason_label.lower()})" if info.reason else ""
    lines = [f"Back-up: {path}", f"Gemaakt: {info.created_text}{kind}"]
    if summary is not None:
        lines += [
            f"Praktijk: {summary.practice_name or '(nog niet ingevuld)'}",
            f"Schemaversie: {summary.schema_version}",
            f"Gebruikers: {summary.accounts}, auditregels: {summary.audit_rows}, "
            f"interventies: {summary.interventions}",
            "Aantal regels per tabel: "
            + ", ".join(f"{name} {count}" for name, count in sorted(summary.counts.items())),
        ]
    return "\n".join(lines)


def _cmd_restore(args: argparse.Namespace) -> int:
    from plusdesk.core import audit
    from plusdesk.core.db import open_database
    from plusdesk.core.errors import CorruptFileError, ValidationError
    from plusdesk.core.lock import InstanceLock
    from plusdesk.core.recovery import check_backup_file, replace_damaged_file, restore_backup

    check_backup_file(args.backup)
    print(_describe_backup(args.backup))
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(
                "Bevestig het terugzetten met --yes (er is geen terminal om het te vragen). "
                "Er is niets teruggezet."
            )
        if input("Terugzetten? [j/N] ").strip().lower() not in ("j", "ja"):
            print("Er is niets teruggezet.")
            return EXIT_NOT_OK
    actor = audit.system_actor()
    lock = InstanceLock.acquire(args.db, actor.username)
    try:
        if lock.stale_message:
            print(lock.stale_message, file=sys.stderr)
        try:
            db = open_database(args.db)
        except CorruptFileError as exc:
            print(f"{exc.message}", file=sys.stderr)
            aside = replace_damaged_file(args.db, args.backup, actor)
            print(f"Back-up teruggezet in {args.db}.")
            print(f"Het beschadigde bestand is bewaard als: {aside}")
            return EXIT_OK
        try:
            result = restore_backup(db, args.backup, actor)
        finally:
            db.close()
    finally:
        lock.release()
    print(f"Back-up teruggezet in {args.db}.")
    print(f"De gegevens van voor het terugzetten zijn bewaard in: {result.pre_restore.path}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from plusdesk.core.recovery import check_file

    report = check_file(args.db)
    print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    return EXIT_OK if report.ok else EXIT_NOT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    """Write the Praktijkrapport; the window code draws the charts, off screen."""
    from plusdesk.core import report
    from plusdesk.core.db import open_database

    headless = sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a server without a screen
    from PySide6.QtWidgets import QApplication

    from plusdesk.gui.report import write_pdf
    from plusdesk.gui.translations import apply_language

    app = QApplication.instance() or QApplication(["plusdesk"])
    apply_language(app, "nl")
    db = open_database(args.db)
    try:
        data = report.gather(db, args.year)
        session = _login(db, args.user)
        out = args.out if args.out.suffix.lower() == ".pdf" else args.out.with_suffix(".pdf")
        try:
            write_pdf(data, out, session.user.display_name)
        except OSError as exc:
            report.record_saved(session, data.year, out, ok=False)
            print(f"plusdesk: fout: het rapport kon niet worden opgeslagen: {exc}", file=sys.stderr)
            return EXIT_ERROR
        report.record_saved(session, data.year, out)
    finally:
        db.close()
    print(f"Praktijkrapport {data.year} opgeslagen: {out}")
    return EXIT_OK


def _cli_import():  # type: ignore[no-untyped-def]
    from plusdesk import cli_import

    return cli_import


def _cli_exchange():  # type: ignore[no-untyped-def]
    from plusdesk import cli_exchange

    return cli_exchange


COMMANDS = {
    "demo": _cmd_demo,
    "init": _cmd_init,
    "info": _cmd_info,
    "catalogue": _cmd_catalogue,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "report": _cmd_report,
    "import-referrals": lambda args: _cli_import().run(args, _login),
    "export": lambda args: _cli_exchange().run_export(args, _login),
    "merge": lambda args: _cli_exchange().run_merge(args, _login, _password),
    "pack": lambda args: _cli_exchange().run_pack(args, _login),
    "import-pack": lambda args: _cli_exchange().run_import_pack(args, _login),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from plusdesk.core.errors import PlusDeskError

    args = build_parser().parse_args(argv)
    try:
        if args.selftest:
            from plusdesk.gui.selftest import run_selftest

            return run_selftest()
        if args.command is None:
            from plusdesk.gui.app import run_gui

            return run_gui(db_path=args.db, demo=args.demo)
        return COMMANDS[args.command](args)
    except PlusDeskError as exc:
        print(f"plusdesk: fout: {exc}", file=sys.stderr)
        return EXIT_ERROR
