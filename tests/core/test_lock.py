"""One PlusDesk per data file: a second one is refused, a crashed one's lock is cleared."""

import json
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from plusdesk.core import lock as lockmod
from plusdesk.core.clock import utc_now
from plusdesk.core.errors import FileInUseError
from plusdesk.core.lock import InstanceLock, lock_path_for

HOLD = (
    "import sys\n"
    "from plusdesk.core.lock import InstanceLock\n"
    "lock = InstanceLock.acquire(sys.argv[1], 'anouk')\n"
    "print('vast', flush=True)\n"
    "sys.stdin.readline()\n"
    "if sys.argv[2] == 'netjes':\n"
    "    lock.release()\n"
)


def hold_in_child(datafile: Path, ending: str = "netjes") -> subprocess.Popen:
    """Another PlusDesk process that takes the lock and keeps it until told to stop."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(datafile), ending],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline()
    assert line.strip() == "vast", child.stderr.read()
    return child


def finish(child: subprocess.Popen) -> None:
    child.stdin.write("\n")
    child.stdin.flush()
    child.wait(timeout=60)


@pytest.fixture
def datafile(tmp_path: Path) -> Path:
    path = tmp_path / "Praktijk Één" / "gegevens ü.sqlite"
    path.parent.mkdir()
    path.write_bytes(b"")
    return path


def write_holder(datafile: Path, workstation: str, heartbeat_age: timedelta) -> None:
    beat = (utc_now() - heartbeat_age).isoformat()
    lock_path_for(datafile).write_text(
        json.dumps(
            {
                "workstation": workstation,
                "pid": 4242,
                "user": "bea",
                "since": beat,
                "heartbeat": beat,
            }
        )
    )


def test_second_plusdesk_is_refused_naming_the_workstation(datafile: Path) -> None:
    child = hold_in_child(datafile)
    try:
        with pytest.raises(FileInUseError) as exc:
            InstanceLock.acquire(datafile, "bea")
        message = exc.value.message
        assert socket.gethostname() in message
        assert "anouk" in message
        assert "gegevens ü.sqlite" in message
    finally:
        finish(child)
    assert not lock_path_for(datafile).exists()
    lock = InstanceLock.acquire(datafile, "bea")
    assert lock.stale_from is None and lock.stale_message is None
    lock.release()


def test_lock_of_a_killed_plusdesk_is_cleared(datafile: Path) -> None:
    child = hold_in_child(datafile, "crash")
    child.kill()  # SIGKILL: no chance to clean up
    child.wait(timeout=60)
    assert lock_path_for(datafile).exists()
    lock = InstanceLock.acquire(datafile, "bea")
    try:
        assert lock.stale_from is not None
        assert lock.stale_from.pid == child.pid
        assert lock.stale_from.user == "anouk"
        assert "niet netjes afgesloten" in lock.stale_message
        assert socket.gethostname() in lock.stale_message
        held = json.loads(lock_path_for(datafile).read_text())
        assert held["user"] == "bea"
    finally:
        lock.release()
    child.stdout.close()
    child.stderr.close()
    child.stdin.close()


def test_same_process_cannot_open_the_file_twice(datafile: Path) -> None:
    with InstanceLock.acquire(datafile, "bea"), pytest.raises(FileInUseError, match="bea"):
        InstanceLock.acquire(datafile, "bea")
    assert not lock_path_for(datafile).exists()


def test_other_workstation_with_a_fresh_heartbeat_is_respected(datafile: Path) -> None:
    write_holder(datafile, "BALIE-PC", timedelta(minutes=1))
    before = lock_path_for(datafile).read_text()
    with pytest.raises(FileInUseError, match="BALIE-PC") as exc:
        InstanceLock.acquire(datafile, "anouk")
    assert "bea" in exc.value.message and "drie minuten" in exc.value.message
    assert lock_path_for(datafile).read_text() == before


def test_other_workstation_that_went_quiet_is_cleared(datafile: Path) -> None:
    write_holder(datafile, "BALIE-PC", timedelta(minutes=10))
    lock = InstanceLock.acquire(datafile, "anouk")
    try:
        assert lock.stale_from is not None and lock.stale_from.workstation == "BALIE-PC"
        assert "BALIE-PC" in lock.stale_message
        assert json.loads(lock_path_for(datafile).read_text())["workstation"] == (
            socket.gethostname()
        )
    finally:
        lock.release()


def test_user_may_force_when_the_other_pc_is_off(datafile: Path) -> None:
    write_holder(datafile, "BALIE-PC", timedelta(seconds=30))
    with InstanceLock.acquire(datafile, "anouk", force=True) as lock:
        assert lock.stale_from.workstation == "BALIE-PC"


def test_heartbeat_renews_the_lock(datafile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock = InstanceLock.acquire(datafile, "anouk")
    first = json.loads(lock_path_for(datafile).read_text())
    later = (utc_now() + timedelta(minutes=1)).isoformat()
    monkeypatch.setattr(lockmod, "utc_now_iso", lambda: later)
    lock.heartbeat()
    now_held = json.loads(lock_path_for(datafile).read_text())
    assert now_held["heartbeat"] == later
    assert now_held["since"] == first["since"]
    lock.release()
    lock.release()  # twice is harmless
    assert not lock_path_for(datafile).exists()


def test_heartbeat_notices_a_takeover(datafile: Path) -> None:
    lock = InstanceLock.acquire(datafile, "anouk")
    try:
        write_holder(datafile, "BALIE-PC", timedelta(0))
        with pytest.raises(FileInUseError, match="overgenomen"):
            lock.heartbeat()
    finally:
        lock.release()
    assert json.loads(lock_path_for(datafile).read_text())["workstation"] == "BALIE-PC"
