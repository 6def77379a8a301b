"""Kill -9 harness: a child writes through the core in a loop, the parent kills it and checks."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plusdesk.core.db import Database
    from plusdesk.core.users import Session

REPO = Path(__file__).resolve().parents[2]
DEMO_USER = "demo"
DEMO_PASSWORD = "plusdesk-demo"

# How the parent picks its moment: right after a reported commit (the next write has begun),
# right after a write started, inside a write's transaction (the child pauses there before
# COMMIT), at a random time once signed in, or while starting, opening or signing in.
KILL_MODES = ("after_commit", "mid_write", "in_transaction", "random_time", "early")
MAX_WRITES = 5000  # a child that outlives its parent stops by itself
WATCHDOG_S = 120.0  # a child that hangs is killed, so a trial can never block for ever


@dataclass(frozen=True)
class Write:
    """One planned call into the core; the plan is the same in child and parent for a seed."""

    n: int
    kind: str  # "group" (new group), "regroup" (replace an earlier one), "practice", "view"
    group: str = ""
    patterns: tuple[str, ...] = ()
    list_size: int = 0

    @property
    def practice_name(self) -> str:
        return f"Crashproef {self.n}"


def plan(seed: int) -> Iterator[Write]:
    """The endless, deterministic sequence of writes for a seed."""
    rng = random.Random(seed)
    groups: list[str] = []
    n = 0
    while True:
        n += 1
        kind = rng.choices(("group", "regroup", "practice", "view"), weights=(4, 2, 2, 2))[0]
        if kind == "regroup" and not groups:
            kind = "group"
        if kind in ("group", "regroup"):
            # Sizes from a handful to thousands of rows: a big write is slow enough to be
            # caught halfway, and a half-applied one shows as a group with the wrong patterns.
            size = rng.randint(2, 200) if rng.random() < 0.7 else rng.randint(500, 3000)
            patterns = tuple(f"{code:04d}" for code in rng.sample(range(10_000), size))
            name = f"g{n}" if kind == "group" else rng.choice(groups)
            if kind == "group":
                groups.append(name)
            yield Write(n, kind, group=name, patterns=patterns)
        elif kind == "practice":
            yield Write(n, kind, list_size=1000 + n)
        else:
            yield Write(n, kind)


def planned(seed: int, count: int) -> list[Write]:
    """The first `count` writes of a seed's plan."""
    writes = []
    for write in plan(seed):
        if write.n > count:
            break
        writes.append(write)
    return writes


# --- the child -------------------------------------------------------------------------------


def apply_write(session: Session, write: Write) -> None:
    """Make one planned write through the core's own save functions, as the app would."""
    from plusdesk.core.practice import get_practice, update_practice, validate_details
    from plusdesk.core.reference import CodeGroup, save_group

    if write.kind in ("group", "regroup"):
        save_group(session, CodeGroup(write.group, f"crashproef {write.n}", write.patterns))
    elif write.kind == "practice":
        now = get_practice(session.db)
        assert now is not None
        details = validate_details(
            write.practice_name,
            now.agb_code,
            now.zorggroep,
            list_size=str(write.list_size),
            wave=now.wave,
        )
        update_practice(session, details)
    else:
        session.record("view", object_type="practice", object_id=write.n)


def _say(line: str) -> None:
    """One whole line in one write (print() writes the newline separately), then flush."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child_main(db_path: str, seed: int, pause_at: int = 0) -> int:
    """Open the file, sign in, then write through the core until killed; report each commit.

    pause_at: inside write number pause_at, after its last row and before COMMIT, say
    `INSIDE <n>` and wait there, so the parent's kill surely lands mid-transaction.
    """
    import plusdesk
    from plusdesk.core import audit
    from plusdesk.core.db import open_database
    from plusdesk.core.users import login

    db = open_database(db_path)
    session = login(db, DEMO_USER, DEMO_PASSWORD)
    current = 0
    record_in = audit.record_in

    def pausing_record_in(conn, actor, action, **fields):  # type: ignore[no-untyped-def]
        record_in(conn, actor, action, **fields)
        if current == pause_at:
            _say(f"INSIDE {current}")
            time.sleep(WATCHDOG_S)

    if pause_at:
        audit.record_in = pausing_record_in
    _say(f"READY {Path(plusdesk.__file__).resolve().parent}")
    for write in plan(seed):
        current = write.n
        if write.n > MAX_WRITES:
            break
        _say(f"START {write.n} {write.kind}")
        apply_write(session, write)
        _say(f"COMMIT {write.n} {write.kind}")
    db.close()
    return 0


def child_command(db_path: Path, seed: int, pause_at: int = 0) -> list[str]:
    """The command line that starts a writing child on a data file."""
    here = str(Path(__file__).resolve())
    return [sys.executable, here, "CHILD", str(db_path), str(seed), str(pause_at)]


def child_env() -> dict[str, str]:
    """The environment of a child: it imports plusdesk from this repository, not elsewhere."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env["PYTHONUNBUFFERED"] = "1"
    return env


# --- what the file should hold -----------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """The template's state before any child wrote to it."""

    last_audit_id: int
    groups: dict[str, tuple[str, ...]]
    practice: tuple[str, int | None]


def _groups(db: Database) -> dict[str, tuple[str, ...]]:
    from plusdesk.core.reference import list_groups

    return {g.name: tuple(sorted(g.patterns)) for g in list_groups(db)}


def _practice(db: Database) -> tuple[str, int | None]:
    row = db.query("SELECT name, list_size FROM practice WHERE id = 1")[0]
    return (row["name"], row["list_size"])


def read_baseline(template: Path) -> Baseline:
    """Read the template without changing it."""
    from plusdesk.core.db import open_database

    db = open_database(template, readonly=True)
    try:
        return Baseline(
            last_audit_id=db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"),
            groups=_groups(db),
            practice=_practice(db),
        )
    finally:
        db.close()


def _audit_key(write: Write, agb: str) -> tuple[str, str, str, str]:
    """The audit row (action, object type, object id, detail) the core writes for a write."""
    if write.kind in ("group", "regroup"):
        return ("update", "code_group", write.group, "codes: " + ", ".join(write.patterns))
    if write.kind == "practice":
        return ("update", "practice", "1", f"praktijkgegevens: {write.practice_name}, AGB {agb}")
    return ("view", "practice", str(write.n), "")


@dataclass
class TrialResult:
    """What one kill left behind."""

    seed: int
    mode: str
    reported: int = 0  # COMMIT lines the child printed before it died
    started: int = 0  # the last write the child began (START line)
    applied: int = 0  # writes whose audit row is in the file (reported or not)
    losses: int = 0  # reported writes missing from the file
    half_applied: int = 0  # writes of which only a part landed
    open_ok: bool = False
    integrity_ok: bool = False
    chain_ok: bool = False
    problems: list[str] = field(default_factory=list)
    ready_s: float | None = None  # child start to signed in
    run_s: float = 0.0  # child start to kill
    check_s: float = 0.0  # opening and checking the file afterwards

    @property
    def moment(self) -> str:
        """Where the kill landed, as far as the file and the child's output tell."""
        if self.started == 0:
            return "before_first_write"
        if self.applied > self.reported:
            return "after_commit_unreported"  # committed, killed before it could say so
        if self.started > self.reported:
            return "inside_write"  # begun, not committed: must have left no trace
        return "between_writes"

    @property
    def ok(self) -> bool:
        return (
            self.open_ok
            and self.integrity_ok
            and self.chain_ok
            and not self.losses
            and not self.half_applied
            and not self.problems
        )


def check_file(path: Path, seed: int, reported: int, base: Baseline, result: TrialResult) -> None:
    """Open the killed child's file like the app does and compare it with the plan."""
    from plusdesk.core.audit import verify_chain
    from plusdesk.core.db import open_database
    from plusdesk.core.errors import PlusDeskError

    try:
        db = open_database(path)
    except PlusDeskError as exc:
        result.problems.append(f"open failed: {exc}")
        return
    result.open_ok = True
    try:
        integrity = [r[0] for r in db.query("PRAGMA integrity_check")]
        orphans = db.query("PRAGMA foreign_key_check")
        result.integrity_ok = integrity == ["ok"] and not orphans
        if not result.integrity_ok:
            result.problems.append(
                f"integrity_check: {integrity[:5]}, foreign keys: {len(orphans)}"
            )
        chain = verify_chain(db)
        result.chain_ok = chain.ok
        result.problems.extend(chain.problems)
        agb = db.scalar("SELECT agb_code FROM practice WHERE id = 1")
        rows = db.query(
            "SELECT action, object_type, object_id, detail FROM audit_log "
            "WHERE id > ? AND action <> 'login' ORDER BY id",
            (base.last_audit_id,),
        )
        writes = planned(seed, len(rows) + reported + 1)
        _compare(db, writes, [tuple(r) for r in rows], agb, reported, base, result)
    finally:
        db.close()


def _compare(
    db: Database,
    writes: list[Write],
    rows: list[tuple[str, ...]],
    agb: str,
    reported: int,
    base: Baseline,
    result: TrialResult,
) -> None:
    # The audit log says which writes landed: every write adds exactly one row, in order.
    applied = 0
    for write, row in zip(writes, rows, strict=False):
        if row != _audit_key(write, agb):
            break
        applied += 1
    result.applied = applied
    if len(rows) > applied:
        result.half_applied += len(rows) - applied
        result.problems.append(f"{len(rows) - applied} audit row(s) match no planned write")
    if applied < reported:
        result.losses += reported - applied
        result.problems.append(f"writes {applied + 1}..{reported} reported but not in the file")
    if applied > reported + 1:
        result.problems.append(f"{applied - reported} writes in the file after the last report")

    # Replay the landed writes on the baseline: the data must be exactly that state.
    groups = dict(base.groups)
    practice = base.practice
    set_by: dict[str, int] = {}
    for write in writes[:applied]:
        if write.kind in ("group", "regroup"):
            groups[write.group] = tuple(sorted(write.patterns))
            set_by[write.group] = write.n
        elif write.kind == "practice":
            practice = (write.practice_name, write.list_size)
            set_by["practice"] = write.n
    actual = _groups(db)
    for name in sorted(set(groups) | set(actual)):
        if actual.get(name) == groups.get(name):
            continue
        if (
            name in set_by
            and set_by[name] <= reported
            and actual.get(name) in _older(writes, base, name, set_by[name])
        ):
            result.losses += 1
            result.problems.append(f"group {name}: reported write {set_by[name]} is lost")
        else:
            result.half_applied += 1
            have = len(actual.get(name, ()))
            want = len(groups.get(name, ()))
            result.problems.append(f"group {name}: {have} codes in the file, {want} expected")
    if _practice(db) != practice:
        result.half_applied += 1
        result.problems.append(f"practice: {_practice(db)} in the file, {practice} expected")


def _older(writes: list[Write], base: Baseline, name: str, before: int) -> list[object]:
    """Every earlier complete state of a group (a lost update shows one of these)."""
    states: list[object] = [base.groups.get(name)]
    states += [tuple(sorted(w.patterns)) for w in writes if w.group == name and w.n < before]
    return states


# --- the parent ------------------------------------------------------------------------------


def run_trial(
    template: Path,
    workdir: Path,
    seed: int,
    mode: str | None = None,
    *,
    base: Baseline | None = None,
    keep_failed: bool = True,
) -> TrialResult:
    """Copy the template, start a writing child, kill -9 it at a random moment, check the file."""
    rng = random.Random(seed * 104_729 + 17)
    mode = mode or rng.choice(KILL_MODES)
    if mode not in KILL_MODES:
        raise ValueError(f"unknown kill mode {mode!r}")
    base = base or read_baseline(template)
    result = TrialResult(seed=seed, mode=mode)
    path = workdir / f"proef-{seed}.sqlite"
    shutil.copy(template, path)
    target = rng.randint(1, 40)
    pause_at = target if mode == "in_transaction" else 0
    started = time.perf_counter()
    proc = subprocess.Popen(
        child_command(path, seed, pause_at),
        cwd=REPO,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    watchdog = threading.Timer(WATCHDOG_S, proc.kill)
    watchdog.start()
    lines: list[str] = []
    try:
        if mode == "early":
            time.sleep(rng.uniform(0.0, 0.3))  # somewhere in start-up, opening or signing in
        else:
            ready = proc.stdout.readline()
            result.ready_s = time.perf_counter() - started
            lines.append(ready)
            if ready.strip() != f"READY {REPO / 'plusdesk'}":
                result.problems.append(f"child did not start properly: {ready.strip()!r}")
            elif mode == "random_time":
                time.sleep(rng.uniform(0.0, 0.6))
            else:
                word = {"after_commit": "COMMIT", "mid_write": "START"}.get(mode, "INSIDE")
                while line := proc.stdout.readline():
                    lines.append(line)
                    if line.split()[:2] == [word, str(target)]:
                        break
                if mode == "mid_write":
                    time.sleep(rng.uniform(0.0, 0.003))
        proc.send_signal(signal.SIGKILL)
        result.run_s = time.perf_counter() - started
        # Not communicate(): it reads the pipe's file descriptor and would miss the lines
        # readline() already buffered. The child is dead, so both reads reach end of file.
        lines += proc.stdout.readlines()
        err = proc.stderr.read() if proc.stderr else ""
        proc.wait()
    finally:
        watchdog.cancel()
        proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
    if proc.returncode != -signal.SIGKILL:
        result.problems.append(
            f"child ended by itself (code {proc.returncode}): {err.strip()[-500:]}"
        )
    complete = [line.split() for line in lines if line.endswith("\n")]
    commits = [int(words[1]) for words in complete if words[:1] == ["COMMIT"]]
    starts = [int(words[1]) for words in complete if words[:1] == ["START"]]
    if commits != list(range(1, len(commits) + 1)):
        result.problems.append(f"reports out of order: {commits[:10]}")
    result.reported = len(commits)
    result.started = max(starts, default=0)
    checked = time.perf_counter()
    check_file(path, seed, result.reported, base, result)
    result.check_s = time.perf_counter() - checked
    if mode == "in_transaction" and (result.reported, result.applied) != (target - 1,) * 2:
        result.problems.append(
            f"killed inside write {target}, yet {result.reported} reported and "
            f"{result.applied} in the file"
        )
    if result.ok or not keep_failed:
        for leftover in workdir.glob(f"{path.name}*"):
            leftover.unlink()
    return result


def run_trials(
    template: Path, workdir: Path, trials: int, *, first_seed: int = 1
) -> list[TrialResult]:
    """Several trials, the kill modes taken in turn so each one is covered."""
    base = read_baseline(template)
    return [
        run_trial(
            template, workdir, seed, KILL_MODES[(seed - first_seed) % len(KILL_MODES)], base=base
        )
        for seed in range(first_seed, first_seed + trials)
    ]


if __name__ == "__main__":
    # Started as a file, Python puts tests/core first on the path: put the repository there.
    if sys.path[0] != str(REPO):
        sys.path.insert(0, str(REPO))
    if len(sys.argv) not in (4, 5) or sys.argv[1] != "CHILD":
        sys.exit("usage: crash_harness.py CHILD <dbpath> <seed> [<pause_at>]")
    sys.exit(child_main(sys.argv[2], int(sys.argv[3]), int((sys.argv[4:] or ["0"])[0])))
