"""One PlusDesk per data file: a `<file>.lock` beside it, held with an operating-system lock."""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from plusdesk.core.clock import format_datetime, utc_now, utc_now_iso
from plusdesk.core.errors import FileInUseError, PlusDeskError
from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

# A holder on another computer counts as present while its heartbeat is this recent: OS
# locks do not always reach across a network share.
HEARTBEAT_FRESH = timedelta(minutes=3)
HEARTBEAT_INTERVAL = timedelta(minutes=1)

if sys.platform == "win32":
    import msvcrt

    # Windows byte-range locks also block reading, so lock a byte far beyond the JSON:
    # another PlusDesk can still read who holds the file.
    _WINDOWS_LOCK_OFFSET = 1 << 30

    def _try_os_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.lseek(fd, 0, os.SEEK_SET)

else:
    import fcntl

    _NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP}

    def _try_os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in _NO_LOCKING:
                return True  # a share without locks: the heartbeat is all there is
            raise
        return True

    def _os_unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a data file open, as written in its lock file."""

    workstation: str
    pid: int
    user: str
    since: str  # UTC ISO
    heartbeat: str  # UTC ISO, rewritten every minute

    @classmethod
    def from_text(cls, text: str) -> LockHolder | None:
        try:
            data = json.loads(text)
            return cls(
                workstation=str(data["workstation"]),
                pid=int(data["pid"]),
                user=str(data["user"]),
                since=str(data["since"]),
                heartbeat=str(data["heartbeat"]),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def to_text(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"

    def is_fresh(self, now: datetime) -> bool:
        """True when the heartbeat is younger than 3 minutes (or from a clock ahead of ours)."""
        try:
            beat = datetime.fromisoformat(self.heartbeat)
        except ValueError:
            return False
        if beat.tzinfo is None:
            return False
        return now - beat < HEARTBEAT_FRESH

    def describe(self) -> str:
        """'werkplek X door Y, sinds dd-mm-jjjj uu:mm' for messages."""
        try:
            since = format_datetime(self.since)
        except ValueError:
            since = QT_TRANSLATE_NOOP("core", "onbekend")
        return Text(
            QT_TRANSLATE_NOOP("core", "werkplek {workstation} door {user}, sinds {since}"),
            workstation=self.workstation,
            user=self.user,
            since=since,
        )


def lock_path_for(datafile: str | os.PathLike[str]) -> Path:
    """The lock file of a data file: `<datafile>.lock`."""
    return Path(f"{os.fspath(datafile)}.lock")


def this_workstation() -> str:
    return socket.gethostname() or "onbekend"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "onbekend"


def _read_text(path: Path) -> str:
    with contextlib.suppress(OSError), path.open("r", encoding="utf-8", errors="replace") as fh:
        return fh.read(65536)
    return ""


def _read_fd(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.lseek(fd, 0, os.SEEK_SET)
    return b"".join(chunks).decode("utf-8", errors="replace")


def _same_file(fd: int, path: Path) -> bool:
    """True while path still names the file behind fd (not deleted and made anew)."""
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _in_use(datafile: Path, holder: LockHolder | None, *, other_computer: bool) -> FileInUseError:
    if holder is None:
        return FileInUseError(
            Text(
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{name}' is al geopend in PlusDesk, op deze of een andere werkplek. Een "
                    "gegevensbestand kan maar op één plek tegelijk open zijn; sluit PlusDesk "
                    "daar eerst af.",
                ),
                name=datafile.name,
            )
        )
    if other_computer:
        template = QT_TRANSLATE_NOOP(
            "core",
            "'{name}' is al geopend in PlusDesk op {holder}. Een gegevensbestand kan maar op "
            "één plek tegelijk open zijn; sluit PlusDesk daar eerst af. Staat die computer uit "
            "of is PlusDesk daar vastgelopen? Probeer het dan over drie minuten opnieuw.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "core",
            "'{name}' is al geopend in PlusDesk op {holder}. Een gegevensbestand kan maar op "
            "één plek tegelijk open zijn; sluit PlusDesk daar eerst af.",
        )
    return FileInUseError(Text(template, name=datafile.name, holder=holder.describe()))


class InstanceLock:
    """Held while a PlusDesk has a data file open; `stale_from` tells of a crashed holder."""

    def __init__(
        self,
        datafile: Path,
        lock_path: Path,
        fd: int,
        holder: LockHolder,
        stale_from: LockHolder | None,
    ) -> None:
        self.datafile = datafile
        self.lock_path = lock_path
        self.holder = holder
        self.stale_from: LockHolder | None = stale_from
        self._fd: int | None = fd

    @classmethod
    def acquire(
        cls, path: str | os.PathLike[str], username: str | None = None, *, force: bool = False
    ) -> InstanceLock:
        """Take the data file for this process, or raise FileInUseError naming the holder.

        A lock left by a PlusDesk that crashed (its OS lock is gone) is cleared and kept in
        `stale_from`. A lock of another workstation with a recent heartbeat is respected even
        when its OS lock does not reach us, unless force (the user says that PC is off).
        """
        datafile = Path(path)
        lock_path = lock_path_for(datafile)
        station = this_workstation()
        for _attempt in range(5):
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
            except OSError as exc:
                raise PlusDeskError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "PlusDesk kan de vergrendeling '{name}' niet aanmaken. Controleer "
                            "of u schrijfrechten heeft in '{folder}'.",
                        ),
                        name=lock_path.name,
                        folder=lock_path.parent,
                    ),
                    detail=str(exc),
                ) from exc
            try:
                locked = _try_os_lock(fd)
            except OSError as exc:
                os.close(fd)
                raise PlusDeskError(
                    Text(
                        QT_TRANSLATE_NOOP("core", "PlusDesk kan '{name}' niet vergrendelen."),
                        name=lock_path.name,
                    ),
                    detail=str(exc),
                ) from exc
            if not locked:
                holder = LockHolder.from_text(_read_fd(fd)) or LockHolder.from_text(
                    _read_text(lock_path)
                )
                os.close(fd)
                raise _in_use(datafile, holder, other_computer=False)
            if os.name != "posix" or _same_file(fd, lock_path):
                break
            # The holder released (deleted) the file between our open and our lock: again.
            _os_unlock(fd)
            os.close(fd)
        else:
            raise _in_use(datafile, None, other_computer=False)
        previous = LockHolder.from_text(_read_fd(fd))
        if (
            previous is not None
            and previous.workstation != station
            and previous.is_fresh(utc_now())
            and not force
        ):
            _os_unlock(fd)
            os.close(fd)
            raise _in_use(datafile, previous, other_computer=True)
        now = utc_now_iso()
        holder = LockHolder(station, os.getpid(), username or _os_user(), now, now)
        lock = cls(datafile, lock_path, fd, holder, previous)
        try:
            lock._write()
        except OSError as exc:
            lock.release()
            raise PlusDeskError(
                Text(
                    QT_TRANSLATE_NOOP("core", "PlusDesk kan niet schrijven in '{name}'."),
                    name=lock_path.name,
                ),
                detail=str(exc),
            ) from exc
        return lock

    @property
    def stale_message(self) -> str | None:
        """For the GUI when a crashed PlusDesk's lock was cleared; None otherwise."""
        if self.stale_from is None:
            return None
        return Text(
            QT_TRANSLATE_NOOP(
                "core",
                "PlusDesk was niet netjes afgesloten op werkplek {workstation} (door {user}); "
                "de vergrendeling van '{name}' is opgeheven.",
            ),
            workstation=self.stale_from.workstation,
            user=self.stale_from.user,
            name=self.datafile.name,
        )

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _write(self) -> None:
        if self._fd is None:
            raise RuntimeError("the lock was released")
        data = self.holder.to_text().encode("utf-8")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data)
        os.ftruncate(self._fd, len(data))
        os.fsync(self._fd)

    def set_user(self, username: str) -> None:
        """Name the signed-in PlusDesk user in the lock, so a refused colleague knows whom."""
        if self._fd is None or self.holder.user == username:
            return
        self.holder = replace(self.holder, user=username)
        self._write()

    def heartbeat(self) -> None:
        """Show that this PlusDesk is still alive (the GUI calls this every minute).

        Raises FileInUseError when another workstation has taken the file over meanwhile.
        """
        if self._fd is None:
            raise RuntimeError("the lock was released")
        current = (
            _read_fd(self._fd)
            if os.name != "posix" or _same_file(self._fd, self.lock_path)
            else _read_text(self.lock_path)
        )
        other = LockHolder.from_text(current)
        if other is not None and self._taken_over(other):
            raise FileInUseError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{name}' is overgenomen door PlusDesk op {holder}. Sluit PlusDesk hier "
                        "af; wat u hier nog wijzigt, kan verloren gaan.",
                    ),
                    name=self.datafile.name,
                    holder=other.describe(),
                )
            )
        self.holder = replace(self.holder, heartbeat=utc_now_iso())
        self._write()

    def release(self) -> None:
        """Give the file free again (removes the lock file); safe to call twice."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            other = LockHolder.from_text(_read_fd(fd))
        except OSError:
            other = None
        ours = other is None or not self._taken_over(other)
        if os.name == "posix":
            if ours and _same_file(fd, self.lock_path):
                with contextlib.suppress(OSError):
                    self.lock_path.unlink()
            _os_unlock(fd)
            os.close(fd)
        else:
            _os_unlock(fd)
            os.close(fd)
            if ours:
                # Fails harmlessly when another PlusDesk opened it meanwhile.
                with contextlib.suppress(OSError):
                    self.lock_path.unlink()

    def _taken_over(self, other: LockHolder) -> bool:
        """True when the lock file names another PlusDesk than this one."""
        return (other.workstation, other.pid) != (self.holder.workstation, self.holder.pid)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
