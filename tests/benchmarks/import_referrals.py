"""Import benchmark: `plusdesk import-referrals` on a million-row Dutch CSV against a baseline.

Run: python tests/benchmarks/import_referrals.py [--rows N] [--json PATH]
Generates a Dutch-locale export (Windows-1252, `;`, dd-mm-jjjj, a patient-number column),
then times, in the same run, (a) the `plusdesk import-referrals` command as a user runs it
and (b) the baseline: pandas `read_csv` + sqlite3 `executemany` of the same rows into a plain
table. Prints both, the ratio (goal <= 1.5) and the command's peak memory (goal < 600 MB).
`measure()` returns the figures as data (for run_all.py). Not collected by pytest.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from common import Result, add_json_option, child_env, say, write_json

GOAL_RATIO = 1.5
GOAL_MEMORY_MB = 600
PASSWORD = "benchmark-wachtwoord-1"

_SPECIALISMS = (
    "Orthopedie", "Dermatologie", "Chirurgie", "KNO", "Oogheelkunde", "Neurologie",
    "Cardiologie", "Interne geneeskunde", "Gynaecologie", "Urologie", "Longziekten",
    "Kindergeneeskunde", "Maag-darm-leverziekten", "0329", "Reumatologie", "0305",
)  # fmt: skip
_ICPC = ("L15", "S88", "R96", "K77", "H71", "F92", "N17", "D12", "P76", "", "", "")
_REFERRERS = ("P. Hermans", "J. de Vries", "M. Bakker", "")

_BASELINE = """
import sqlite3, sys, time, pandas as pd
start = time.perf_counter()
frame = pd.read_csv(sys.argv[1], sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
conn = sqlite3.connect(sys.argv[2])
conn.execute("CREATE TABLE referral (a, b, c, d, e, f)")
with conn:
    conn.executemany("INSERT INTO referral VALUES (?, ?, ?, ?, ?, ?)",
                     frame.itertuples(index=False, name=None))
conn.close()
print(f"{time.perf_counter() - start:.6f}")
"""


def write_export(path: Path, rows: int, seed: int = 7) -> None:
    """A 10-year referral export in the Dutch locale, as an HIS writes it."""
    rng = random.Random(seed)
    first = date.today().replace(day=1) - timedelta(days=3650)
    days = [(first + timedelta(days=d)).strftime("%d-%m-%Y") for d in range(3650)]
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write(
            "Patiëntnummer;Geboortejaar;Datum verwijzing;Specialisme;ICPC;Naam verwijzer\r\n"
        )
        for n in range(rows):
            handle.write(
                f"{100000 + n};{rng.randint(1925, 2024)};{rng.choice(days)};"
                f"{rng.choice(_SPECIALISMS)};{rng.choice(_ICPC)};{rng.choice(_REFERRERS)}\r\n"
            )


def _child_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_command(csv_path: Path, db: Path) -> tuple[float, float]:
    """Wall time of `plusdesk import-referrals` (process start to exit) and its peak memory."""
    env = child_env(PLUSDESK_PASSWORD=PASSWORD)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "plusdesk", "import-referrals", str(csv_path), "--db", str(db),
         "--user", "bench"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"import-referrals failed ({result.returncode}):\n{result.stderr}")
    return elapsed, _child_peak_mb()


def run_baseline(csv_path: Path, db: Path) -> float:
    """Wall time of the baseline in a fresh process (startup included, like the command)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _BASELINE, str(csv_path), str(db)],
        check=True,
        capture_output=True,
        env=child_env(),
    )
    return time.perf_counter() - start


def measure(rows: int = 1_000_000, out: Callable[[str], None] = say) -> list[Result]:
    """The command against the baseline on `rows` rows, and its peak memory; `out` reports."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        csv_path = work / "verwijzingen.csv"
        started = time.perf_counter()
        write_export(csv_path, rows)
        size_mb = csv_path.stat().st_size / 1e6
        out(f"export: {rows:,} rows, {size_mb:.0f} MB ({time.perf_counter() - started:.1f} s)")
        db = work / "praktijk.sqlite"
        env = child_env(PLUSDESK_PASSWORD=PASSWORD)
        subprocess.run(
            [sys.executable, "-m", "plusdesk", "init", "--db", str(db), "--name", "Benchmark",
             "--agb", "01234567", "--user", "bench"],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        # the command first: the children's peak memory is then the command's own
        command, peak = run_command(csv_path, db)
        baseline = run_baseline(csv_path, work / "baseline.sqlite")
    ratio = command / baseline
    out(f"baseline (pandas read_csv + sqlite3 executemany): {baseline:6.2f} s")
    out(f"plusdesk import-referrals:                        {command:6.2f} s")
    out(f"ratio: {ratio:.2f} (goal <= {GOAL_RATIO})  {'OK' if ratio <= GOAL_RATIO else 'TOO SLOW'}")
    out(
        f"peak memory of the import: {peak:.0f} MB (goal < {GOAL_MEMORY_MB} MB)  "
        f"{'OK' if peak < GOAL_MEMORY_MB else 'TOO MUCH'}"
    )
    # Relative goal: the command's time against 1.5 times the baseline's (ratio 1 = the goal).
    return [
        Result.judge(
            f"import {rows:,} rows",
            command,
            "s",
            GOAL_RATIO * baseline,
            note=f"command/baseline {ratio:.2f}x (goal <= {GOAL_RATIO:g}x); "
            f"baseline {baseline:.2f} s",
        ),
        Result.judge(
            "import peak memory",
            peak,
            "MB",
            GOAL_MEMORY_MB,
            op="<",
            miss="too much",
            note=f"{rows:,} rows, {size_mb:.0f} MB CSV",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    add_json_option(parser)
    args = parser.parse_args()
    write_json(args.json, measure(args.rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
