"""Crash soak: many kill -9 trials against the core's own writes, with the figures printed.

Run: python tests/benchmarks/crash_soak.py [--trials 200] [--first-seed 1] [--keep DIR]
     [--json PATH]
Each trial copies one demo template, lets a child write through the core (code groups with
up to thousands of rows, practice details, audit events) and kills it with SIGKILL at a
random moment; then the file is opened and checked. Files of failed trials are kept.
Goal: no trial's file lost a reported write or is damaged. `measure()` returns the figures as
data (for run_all.py). Not collected by pytest.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from common import Result, add_json_option, say, write_json

GOAL_FAILED_TRIALS = 0  # files that lost a reported write, or are damaged


def measure(
    trials: int = 200,
    first_seed: int = 1,
    keep: Path | None = None,
    out: Callable[[str], None] = say,
) -> list[Result]:
    """`trials` kill -9 trials from `first_seed` on; `out` reports the figures."""
    from plusdesk.core.demo import build_demo
    from tests.core.crash_harness import KILL_MODES, read_baseline, run_trial

    folder = keep or Path(tempfile.mkdtemp(prefix="plusdesk-crash-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    template = build_demo(folder / "template.sqlite", overwrite=True)
    base = read_baseline(template)

    began = time.perf_counter()
    results = []
    for i, seed in enumerate(range(first_seed, first_seed + trials)):
        result = run_trial(template, folder, seed, KILL_MODES[i % len(KILL_MODES)], base=base)
        results.append(result)
        if not result.ok:
            out(f"FAILED trial {seed} ({result.mode}): {result.problems}")
    total = time.perf_counter() - began

    ready = [r.ready_s for r in results if r.ready_s is not None]
    checks = [r.check_s for r in results]
    writing = sum(r.run_s - (r.ready_s or r.run_s) for r in results)
    reported = sum(r.reported for r in results)
    out(f"trials:                {len(results)}")
    out(f"reported commits:      {reported}")
    out(f"unreported but landed: {sum(r.applied - r.reported for r in results)}")
    out(f"losses:                {sum(r.losses for r in results)}")
    out(f"half-applied writes:   {sum(r.half_applied for r in results)}")
    out(f"open failures:         {sum(not r.open_ok for r in results)}")
    out(f"integrity failures:    {sum(not r.integrity_ok for r in results)}")
    out(f"audit chain failures:  {sum(not r.chain_ok for r in results)}")
    out(f"trials with problems:  {sum(not r.ok for r in results)}")
    out("kill modes:            " + ", ".join(f"{k} {v}" for k, v in _count(results, "mode")))
    out("kill landed:           " + ", ".join(f"{k} {v}" for k, v in _count(results, "moment")))
    out(f"total time:            {total:.1f} s ({total / len(results):.2f} s per trial)")
    out(f"child start to login:  median {statistics.median(ready) * 1000:.0f} ms")
    out(
        f"check after the kill:  median {statistics.median(checks) * 1000:.0f} ms, "
        f"max {max(checks) * 1000:.0f} ms"
    )
    if writing > 0:
        out(f"commits per second:    {reported / writing:.0f} (while the children wrote)")
    failed = sum(not r.ok for r in results)
    if keep or failed:
        out(f"trial files in:        {folder}")
    else:
        shutil.rmtree(folder)
    damage = sum(not (r.open_ok and r.integrity_ok and r.chain_ok) for r in results)
    return [
        Result.judge(
            f"kill -9 soak, {len(results)} trials",
            failed,
            "files",
            GOAL_FAILED_TRIALS,
            op="==",
            miss="FAILED",
            note=f"losses {sum(r.losses for r in results)}, half-applied "
            f"{sum(r.half_applied for r in results)}, damaged {damage}; "
            f"{reported} reported commits; {total / len(results):.2f} s a trial",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="folder for the trial files (default: temp)")
    add_json_option(parser)
    args = parser.parse_args(argv)
    results = measure(args.trials, args.first_seed, args.keep)
    write_json(args.json, results)
    return 0 if all(r.ok for r in results) else 1


def _count(results: list, attribute: str) -> list[tuple[str, int]]:
    return sorted(Counter(getattr(r, attribute) for r in results).items())


if __name__ == "__main__":
    sys.exit(main())
