"""The zorggroep exchange commands: export, merge, pack and import-pack."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK, EXIT_NOT_OK, EXIT_ERROR = 0, 1, 2


def _date(text: str):  # type: ignore[no-untyped-def]
    from plusdesk.core.errors import ValidationError
    from plusdesk.core.validation import parse_date

    try:
        return parse_date(text, label="datum", field="date")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def add_parsers(sub: argparse._SubParsersAction, db_argument, user_argument) -> None:  # type: ignore[type-arg]
    """Declare the commands and their options."""
    export = sub.add_parser(
        "export",
        help="maak het exportbestand voor de zorggroep (alleen totalen; kleine aantallen "
        "onderdrukt)",
    )
    db_argument(export, required=True)
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="het exportbestand, of een map: dan heet het <AGB>_<jjjj-mm-dd>.plusdesk",
    )
    export.add_argument("--xlsx", type=Path, metavar="BESTAND", help="ook een XLSX voor mensen")
    export.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATUM",
        help="begin van de periode (standaard: 1 januari van het eerste jaar)",
    )
    export.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATUM",
        help="einde van de periode (standaard: vandaag)",
    )
    export.add_argument(
        "--preview", action="store_true", help="toon alleen wat de praktijk zou verlaten"
    )
    user_argument(export)

    merge = sub.add_parser(
        "merge",
        help="voeg exportbestanden van praktijken samen in een zorggroepbestand. "
        "Afsluitcode 0: alles ingelezen, 1: een of meer bestanden geweigerd",
    )
    merge.add_argument("files", type=Path, nargs="+", metavar="BESTAND")
    db_argument(merge, required=True)
    merge.add_argument(
        "--zorggroep",
        metavar="NAAM",
        default=None,
        help="maak het zorggroepbestand aan als het nog niet bestaat, met deze naam; --user "
        "wordt dan het eerste account",
    )
    merge.add_argument(
        "--xlsx",
        type=Path,
        metavar="BESTAND",
        help="sla daarna alle samengevoegde gegevens op als XLSX (één kolom per gegeven)",
    )
    user_argument(merge)

    pack = sub.add_parser(
        "pack", help="schrijf per praktijk een benchmarkpakket (de andere praktijken anoniem)"
    )
    db_argument(pack, required=True)
    pack.add_argument("--out-dir", type=Path, required=True, metavar="MAP")
    user_argument(pack)

    imp = sub.add_parser(
        "import-pack", help="lees het benchmarkpakket van de zorggroep in het praktijkbestand"
    )
    imp.add_argument("file", type=Path, metavar="BESTAND")
    db_argument(imp, required=True)
    user_argument(imp)


def run_export(args: argparse.Namespace, login: Callable) -> int:  # type: ignore[type-arg]
    from plusdesk.core.db import open_database
    from plusdesk.core.exchange import build_export, export_filename, save_export
    from plusdesk.core.practice import get_practice

    db = open_database(args.db, readonly=args.preview)
    try:
        export = build_export(db, args.date_from, args.date_to)
        print(preview_text(export))
        if args.preview:
            print("Proefdraaien: er is niets opgeslagen.")
            return EXIT_OK
        session = login(db, args.user)
        out = args.out
        if out.is_dir():
            out = out / export_filename(get_practice(db).agb_code)  # type: ignore[union-attr]
        written = save_export(session, export, out, args.xlsx)
    finally:
        db.close()
    print(f"Export opgeslagen: {written}")
    if args.xlsx:
        print(f"XLSX opgeslagen: {args.xlsx}")
    return EXIT_OK


def preview_text(export) -> str:  # type: ignore[no-untyped-def]
    """ "Wat verlaat de praktijk" as plain text."""
    from plusdesk.core.clock import format_date

    m = export.data.manifest
    lines = [
        f"Wat verlaat de praktijk: {m['praktijk_naam']} (AGB {m['praktijk_agb']}), "
        f"{format_date(export.date_from)} t/m {format_date(export.date_to)}",
        f"{export.rows} waarden, waarvan {export.suppressed} onderdrukt (aantallen van 1 tot en "
        f"met {export.threshold - 1} en wat daaruit terug te rekenen is). Geen gegevens van "
        "patiënten.",
    ]
    width = max((len(r.indicator) for r in export.preview()), default=10)
    subject = None
    for row in export.preview():
        if row.subject != subject:
            subject = row.subject
            lines.append(f"{subject}:")
        lines.append(
            f"  {row.indicator:<{width}}  {row.periods:<22} {row.rows:>5} waarden"
            + (f", {row.suppressed} onderdrukt" if row.suppressed else "")
        )
    return "\n".join(lines)


def run_merge(args: argparse.Namespace, login: Callable, password: Callable) -> int:  # type: ignore[type-arg]
    from plusdesk.core.db import inspect_file, open_database
    from plusdesk.core.practice import validate_first_account
    from plusdesk.core.workspace import create_workspace, merge_files, require_workspace

    if not inspect_file(args.db).exists:
        if not args.zorggroep:
            print(
                f"plusdesk: fout: '{args.db}' bestaat nog niet. Geef met --zorggroep de naam "
                "van de zorggroep om het zorggroepbestand aan te maken.",
                file=sys.stderr,
            )
            return EXIT_ERROR
        if not args.user:
            print("plusdesk: fout: geef met --user het eerste account.", file=sys.stderr)
            return EXIT_ERROR
        secret = password(f"Kies een wachtwoord voor {args.user}: ", confirm=True)
        account = validate_first_account(args.user, secret, secret)
        create_workspace(args.db, args.zorggroep, account)
        print(f"Zorggroepbestand aangemaakt: {args.db}")
    from plusdesk.core.workspace_xlsx import save_workspace_xlsx

    db = open_database(args.db)
    try:
        require_workspace(db)
        session = login(db, args.user)
        outcomes = merge_files(session, args.files)
        for outcome in outcomes:
            out = sys.stdout if outcome.status != "geweigerd" else sys.stderr
            print(outcome.message, file=out)
        refused = sum(o.status == "geweigerd" for o in outcomes)
        print(f"{sum(o.merged for o in outcomes)} ingelezen, {refused} geweigerd.")
        if args.xlsx:
            print(f"XLSX opgeslagen: {save_workspace_xlsx(session, args.xlsx)}")
    finally:
        db.close()
    return EXIT_NOT_OK if refused else EXIT_OK


def run_pack(args: argparse.Namespace, login: Callable) -> int:  # type: ignore[type-arg]
    from plusdesk.core.db import open_database
    from plusdesk.core.workspace import require_workspace, write_packs

    db = open_database(args.db)
    try:
        require_workspace(db)
        written = write_packs(login(db, args.user), args.out_dir)
    finally:
        db.close()
    for path in written:
        print(f"Benchmarkpakket: {path}")
    return EXIT_OK


def run_import_pack(args: argparse.Namespace, login: Callable) -> int:  # type: ignore[type-arg]
    from plusdesk.core.db import open_database
    from plusdesk.core.exchange_format import KIND_PACK, read_file
    from plusdesk.core.workspace import import_pack, require_practice_file

    read_file(args.file, kinds=(KIND_PACK,))  # refused before signing in
    db = open_database(args.db)
    try:
        require_practice_file(db)
        result = import_pack(login(db, args.user), args.file)
    finally:
        db.close()
    print(
        f"Benchmarkpakket ingelezen: {result.practices} praktijken"
        + (f", referentietabel '{result.reference_name}'" if result.reference_rates else "")
        + "."
    )
    return EXIT_OK
