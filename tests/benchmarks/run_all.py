"""Run every benchmark and print one table of figures and ratios against their goals.

Run: python tests/benchmarks/run_all.py [--quick] [--only NAME[,NAME]]
Names: startup, import, chart, export, merge, soak (in that order). Each benchmark script
runs in a fresh Python process (so one benchmark's memory and garbage do not slow the next),
its own output shown as it goes; its figures come back through its `--json` file. The table
gives each figure, its goal, the ratio figure / goal (the goal is met at <= 1, or < 1 for a
"<" goal) and the verdict, then the machine and the total time. --quick runs smaller sizes
(the table says so). Exit code 0 when every goal is met, 1 otherwise. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from common import Result, child_env, error_result, load, machine, read_json, table

HERE = Path(__file__).resolve().parent
NAMES = ("startup", "import", "chart", "export", "merge", "soak")


@dataclass(frozen=True)
class Job:
    """One script run, giving the figures of one or more names."""

    names: tuple[str, ...]
    script: str
    args: list[str]
    size: str  # what was run, in words, for the quick-run line


def jobs(chosen: set[str], quick: bool) -> list[Job]:
    runs, rows, switches, practices, trials = (
        (3, 100_000, 20, 10, 20) if quick else (7, 1_000_000, 100, 100, 200)
    )
    exchange = tuple(n for n in ("export", "merge") if n in chosen)
    part = "all" if len(exchange) == 2 else exchange[0] if exchange else ""
    planned = [
        Job(("startup",), "startup.py", ["--runs", str(runs)], f"startup {runs} runs"),
        Job(("import",), "import_referrals.py", ["--rows", str(rows)], f"import {rows:,} rows"),
        Job(
            ("chart",),
            "chart_switch.py",
            ["--switches", str(switches)],
            f"chart {switches} switches",
        ),
        Job(
            exchange,
            "exchange.py",
            ["--practices", str(practices), "--part", part, "--no-packs"],
            f"merge {practices} practices",
        ),
        Job(("soak",), "crash_soak.py", ["--trials", str(trials)], f"soak {trials} trials"),
    ]
    return [job for job in planned if job.names and set(job.names) <= chosen]


def run(job: Job, folder: Path) -> tuple[list[Result], float]:
    """Run one script in a fresh process, its output shown indented; its figures and time."""
    figures = folder / f"{job.script}.json"
    command = [sys.executable, str(HERE / job.script), *job.args, "--json", str(figures)]
    print(f"\n== {', '.join(job.names)}: {' '.join(['python', job.script, *job.args])}", flush=True)
    began = time.perf_counter()
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=child_env(PYTHONUNBUFFERED="1"),
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            print("   " + line.rstrip("\n"), flush=True)
    seconds = time.perf_counter() - began
    try:
        results = read_json(figures)
    except (OSError, ValueError, TypeError):
        results = []
    if not results:  # it crashed before it had figures: say so in the table
        note = f"{job.script} ended with exit code {child.returncode} and no figures"
        results = [error_result(name, note) for name in job.names]
    return results, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smaller sizes: 3 startup runs, 100k import rows, 20 chart switches, "
        "10 merge practices, 20 soak trials",
    )
    parser.add_argument(
        "--only", metavar="NAME[,NAME]", help="only these benchmarks: " + ", ".join(NAMES)
    )
    args = parser.parse_args(argv)
    chosen = set(NAMES)
    if args.only:
        chosen = {name.strip() for name in args.only.split(",") if name.strip()}
        unknown = sorted(chosen - set(NAMES))
        if unknown or not chosen:
            parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(NAMES)}")

    planned = jobs(chosen, args.quick)
    began = time.perf_counter()
    load_before = load()
    results: list[Result] = []
    times: list[str] = []
    with tempfile.TemporaryDirectory(prefix="plusdesk-bench-") as folder:
        for job in planned:
            figures, seconds = run(job, Path(folder))
            results += figures
            times.append(f"{job.script} {seconds:.0f} s")
    total = time.perf_counter() - began

    print()
    if args.quick:
        sizes = ", ".join(job.size for job in planned)
        print(f"QUICK RUN, smaller than the goals' sizes: {sizes}.")
        if "merge" in chosen:
            print("The merge goal (2 s for 100 practices) is scaled to the practices merged.")
        print("Run without --quick for the figures that count.")
    else:
        print("Full run.")
    for line in table(results):
        print(line)
    print()
    missed = [r for r in results if not r.ok]
    print(f"machine: {machine()}")
    print(f"{load_before} at the start, {load()} at the end")
    print(f"total time: {total:.0f} s ({'; '.join(times)})")
    if missed:
        print(f"{len(missed)} of {len(results)} goals not met: {', '.join(r.name for r in missed)}")
    else:
        print(f"all {len(results)} goals met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
