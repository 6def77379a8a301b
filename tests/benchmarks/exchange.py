"""Exchange benchmark: export of a 10-year practice, and merging 100 practice exports.

Run: python tests/benchmarks/exchange.py [--practices N] [--part all|export|merge] [--json PATH]
Builds a 10-year demo practice and times `build_export` + `save_export` (goal < 1 s), then
builds N demo practices with different seeds (5 years each), exports each, and times merging
all N files into a new zorggroep workspace (goal < 2 s for 100; for another N the goal is
scaled to it, 0.02 s a file). Also times writing the benchmark packs. Prints the figures and
their ratio to the goal; `measure()` returns them as data (for run_all.py).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Result, add_json_option, say, write_json

GOAL_EXPORT_S = 1.0
GOAL_MERGE_S = 2.0
GOAL_MERGE_PRACTICES = 100  # the merge goal is for this many practice files
PASSWORD = "plusdesk-demo"


def measure(
    practices: int = 100,
    part: str = "all",
    out: Callable[[str], None] = say,
    packs: bool = True,
) -> list[Result]:
    """Export of a 10-year practice and/or the merge of `practices` exports; `out` reports."""
    from plusdesk.core.db import open_database
    from plusdesk.core.demo import build_demo
    from plusdesk.core.exchange import build_export, save_export
    from plusdesk.core.practice import FirstAccount
    from plusdesk.core.users import login
    from plusdesk.core.workspace import create_workspace, merge_files, write_packs

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = []
        if part in ("all", "export"):
            demo = build_demo(folder / "tien-jaar.sqlite", seed=1, years=10)
            db = open_database(demo)
            session = login(db, "demo", PASSWORD)
            timings = []
            for n in range(5):
                start = time.perf_counter()
                export = build_export(db)
                save_export(session, export, folder / f"export{n}.plusdesk", None)
                timings.append(time.perf_counter() - start)
            db.close()
            export_s = min(timings)
            out(f"Export, 10-jarige praktijk: {export.rows} waarden ({export.suppressed} "
                f"onderdrukt) in {export_s:.3f} s (beste van 5; mediaan "
                f"{sorted(timings)[2]:.3f} s) — doel < {GOAL_EXPORT_S:.0f} s, "
                f"verhouding {export_s / GOAL_EXPORT_S:.2f}")  # fmt: skip
            results.append(
                Result.judge(
                    "export 10-year practice",
                    export_s,
                    "s",
                    GOAL_EXPORT_S,
                    op="<",
                    note=f"best of 5, median {sorted(timings)[2]:.3f} s; {export.rows} values",
                )
            )
        if part in ("all", "merge") and practices > 0:
            out(f"{practices} demopraktijken maken en exporteren …")
            files = []
            made = time.perf_counter()
            for seed in range(1, practices + 1):
                path = build_demo(folder / f"p{seed}.sqlite", seed=seed, years=5)
                pdb = open_database(path)
                files.append(save_export(login(pdb, "demo", PASSWORD), build_export(pdb),
                                         folder / f"p{seed}.plusdesk"))  # fmt: skip
                pdb.close()
                path.unlink()
            out(f"  (klaar in {time.perf_counter() - made:.0f} s)")
            size = sum(f.stat().st_size for f in files) / 1e6

            account = FirstAccount("beheer", "correct paard batterij")
            zg = create_workspace(folder / "zorggroep.sqlite", "Zorggroep Benchmark", account)
            zdb = open_database(zg)
            zsession = login(zdb, account.username, account.password)
            start = time.perf_counter()
            outcomes = merge_files(zsession, files)
            merge_s = time.perf_counter() - start
            merged = sum(o.merged for o in outcomes)
            rows = zdb.scalar("SELECT count(*) FROM exchange_value")
            out(f"Samenvoegen: {merged} van {len(files)} bestanden ({size:.1f} MB, {rows} "
                f"waarden) in {merge_s:.3f} s — doel < {GOAL_MERGE_S:.0f} s voor 100, "
                f"verhouding {merge_s / GOAL_MERGE_S:.2f}")  # fmt: skip
            start = time.perf_counter()
            merge_files(zsession, files)
            out(f"Dezelfde bestanden nogmaals (niets te doen): {time.perf_counter() - start:.3f} s")
            if packs:  # no goal; O(n²) in the practices, so run_all leaves it out
                pack_folder = folder / "pakketten"
                pack_folder.mkdir()
                start = time.perf_counter()
                written = write_packs(zsession, pack_folder)
                out(f"Benchmarkpakketten: {len(written)} in {time.perf_counter() - start:.3f} s")
            zdb.close()
            goal = GOAL_MERGE_S * practices / GOAL_MERGE_PRACTICES
            scaled = "" if practices == GOAL_MERGE_PRACTICES else "; goal scaled from 2 s for 100"
            results.append(
                Result.judge(
                    f"merge {practices} practice exports",
                    merge_s,
                    "s",
                    goal,
                    op="<",
                    note=f"{merged} merged, {size:.1f} MB, {rows} values{scaled}",
                )
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--practices", type=int, default=100)
    parser.add_argument("--part", choices=("all", "export", "merge"), default="all")
    parser.add_argument(
        "--no-packs", action="store_true", help="do not time writing the benchmark packs"
    )
    add_json_option(parser)
    args = parser.parse_args()
    write_json(args.json, measure(args.practices, args.part, packs=not args.no_packs))


if __name__ == "__main__":
    main()
