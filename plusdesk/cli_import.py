"""The `plusdesk import-referrals` command: a referral export into the practice file."""

from __future__ import annotations

import argparse
import sys

from plusdesk.core.db import Database


def add_parser(sub: argparse._SubParsersAction, db_argument, user_argument) -> None:  # type: ignore[type-arg]
    """Declare the command and its options."""
    from pathlib import Path

    cmd = sub.add_parser(
        "import-referrals",
        help="lees verwijzingen in uit een export van het HIS of ZorgDomein (CSV of XLSX). "
        "Afsluitcode 0: ingelezen, 2: geweigerd (het bestand blijft ongewijzigd)",
    )
    cmd.add_argument("file", type=Path, metavar="BESTAND", help="de export (CSV of XLSX)")
    db_argument(cmd, required=True)
    cmd.add_argument(
        "--mapping",
        metavar="NAAM",
        default=None,
        help="de opgeslagen kolomkoppeling; zonder deze optie de koppeling die bij deze "
        "kolomkop hoort, of anders een herkende",
    )
    cmd.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="lees de goede regels in en sla foute regels over (die worden getoond)",
    )
    cmd.add_argument(
        "--replace",
        action="store_true",
        help="vervang verwijzingen die al in de periode van het bestand staan",
    )
    user_argument(cmd)


def run(args: argparse.Namespace, session_for) -> int:  # type: ignore[no-untyped-def]
    """Import the file; print what happened; 0 imported, 2 refused with the report on stderr."""
    from plusdesk.core import referrals
    from plusdesk.core.clock import format_date
    from plusdesk.core.db import open_database
    from plusdesk.core.importing import read_table
    from plusdesk.core.referral_check import report_text
    from plusdesk.core.referral_mapping import (
        REQUIRED_FIELDS,
        guess_mapping,
        mapping_by_name,
        saved_mapping,
    )

    db: Database = open_database(args.db)
    try:
        head = read_table(args.file, preview_rows=50)
        if args.mapping:
            mapping = mapping_by_name(db, args.mapping)
        else:
            mapping = saved_mapping(db, head.columns) or guess_mapping(head.columns, head.frame)
            if any(not mapping.column(f) for f in REQUIRED_FIELDS):
                print(
                    f"plusdesk: fout: in '{args.file.name}' is niet te zien welke kolom de datum "
                    "en welke het specialisme bevat. Koppel de kolommen eenmalig in het "
                    "programma (Verwijzingen → Importeren) en geef de koppeling met --mapping.",
                    file=sys.stderr,
                )
                return 2
        prepared = referrals.prepare(db, args.file, mapping)
        try:
            # refused before signing in, so a refused file leaves the practice file as it was
            problem = referrals.refusal(prepared, skip_bad_rows=args.skip_bad_rows)
            if problem is not None:
                raise problem
            if prepared.overlap is not None and not args.replace:
                first, last = prepared.period  # type: ignore[misc]
                print(
                    f"plusdesk: fout: '{args.file.name}' loopt van {format_date(first)} tot "
                    f"{format_date(last)}; in die periode staan al "
                    f"{prepared.overlap.describe()}. Geef --replace om die periode te "
                    "vervangen; er is niets gewijzigd.",
                    file=sys.stderr,
                )
                return 2
            batch = referrals.commit(
                session_for(db, args.user),
                prepared,
                skip_bad_rows=args.skip_bad_rows,
                replace=args.replace,
            )
        except referrals.ImportRefused as exc:
            print(f"plusdesk: {exc}", file=sys.stderr)
            if len(exc.problems):
                print(report_text(exc.problems), file=sys.stderr)
                print(
                    "Verbeter het bestand, of lees het in zonder de foute regels met "
                    "--skip-bad-rows.",
                    file=sys.stderr,
                )
            return 2
        print(
            f"{batch.rows_imported} verwijzingen ingelezen uit '{batch.file_name}' "
            f"({prepared.dialect.describe()})."
        )
        if prepared.bad_rows:
            print(f"{prepared.bad_rows} foute regels overgeslagen:")
            print(report_text(prepared.problems))
        return 0
    finally:
        db.close()
