"""Crash soak: many kill -9 trials against the core's own writes, with the figures printed.

Run: python tests/benchmarks/crash_soak.py [--trials 200] [--first-seed 1] [--keep DIR]
Each trial copies one demo template, lets a child write through the core (code groups with
up to thousands of rows, practice details, audit events) and kills it with SIGKILL at a
random moment; then the file is opened and checked. Files of failed trials are kept.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="folder for the trial files (default: temp)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    from plusdesk.core.demo import build_demo
    from tests.core.crash_harness import KILL_MODES, read_baseline, run_trial

    folder = args.keep or Path(tempfile.mkdtemp(prefix="plusdesk-crash-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    template = build_demo(folder / "template.sqlite", overwrite=True)
    base = read_baseline(template)

    began = time.perf_counter()
    results = []
    for i, seed in enumerate(range(args.first_seed, args.first_seed + args.trials)):
        result = run_trial(template, folder, seed, KILL_MODES[i % len(KILL_MODES)], base=base)
        results.append(result)
        if not result.ok:
            print(f"FAILED trial {seed} ({result.mode}): {result.problems}", flush=True)
    total = time.perf_counter() - began

    ready = [r.ready_s for r in results if r.ready_s is not None]
    checks = [r.check_s for r in results]
    writing = sum(r.run_s - (r.ready_s or r.run_s) for r in results)
    reported = sum(r.reported for r in results)
    print(f"trials:                {len(results)}")
    print(f"reported commits:      {reported}")
    print(f"unreported but landed: {sum(r.applied - r.reported for r in results)}")
    print(f"losses:                {sum(r.losses for r in results)}")
    print(f"half-applied writes:   {sum(r.half_applied for r in results)}")
    print(f"open failures:         {sum(not r.open_ok for r in results)}")
    print(f"integrity failures:    {sum(not r.integrity_ok for r in results)}")
    print(f"audit chain failures:  {sum(not r.chain_ok for r in results)}")
    print(f"trials with problems:  {sum(not r.ok for r in results)}")
    print("kill modes:            " + ", ".join(f"{k} {v}" for k, v in _count(results, "mode")))
    print("kill landed:           " + ", ".join(f"{k} {v}" for k, v in _count(results, "moment")))
    print(f"total time:            {total:.1f} s ({total / len(results):.2f} s per trial)")
    print(f"child start to login:  median {statistics.median(ready) * 1000:.0f} ms")
    print(f"check after the kill:  median {statistics.median(checks) * 1000:.0f} ms, ", end="")
    print(f"max {max(checks) * 1000:.0f} ms")
    if writing > 0:
        print(f"commits per second:    {reported / writing:.0f} (while the children wrote)")
    if args.keep or not all(r.ok for r in results):
        print(f"trial files in:        {folder}")
    else:
        shutil.rmtree(folder)
    return 0 if all(r.ok for r in results) else 1


def _count(results: list, attribute: str) -> list[tuple[str, int]]:
    return sorted(Counter(getattr(r, attribute) for r in results).items())


if __name__ == "__main__":
    sys.exit(main())
