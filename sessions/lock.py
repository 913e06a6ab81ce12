"""One writer per session: an advisory `flock` on `<session folder>/.lock`.

Held for the life of a producing command. The kernel drops the lock when its process dies (even by
`kill -9`), so a crash never leaves a session locked, and a second process is refused at once
instead of racing the first on the same takes.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

LOCK_NAME = ".lock"
# The locks this context holds. A verb that calls another verb while holding the session takes it
# again without waiting on itself; another thread, task or process still cannot (each has its own
# context: asyncio tasks copy theirs when created, before the holder took the lock).
_held: ContextVar[frozenset[str]] = ContextVar("shotcaller_session_locks", default=frozenset())


class SessionLocked(Exception):
    """Another live process is producing this session. One line for the person."""


@contextmanager
def session_lock(folder: Path, session_id: str) -> Iterator[None]:
    """Hold the session's lock, or raise `SessionLocked` without waiting."""
    key = str(folder.resolve())
    if key in _held.get():
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise SessionLocked(
                f"session {session_id} is in use by another shotcaller process (pid {holder}); "
                "wait for it to finish, then try again"
            ) from None
        # The pid is only a hint for the message above; the lock itself is the flock.
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        token = _held.set(_held.get() | {key})
        try:
            yield
        finally:
            _held.reset(token)
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def in_use(folder: Path, session_id: str) -> bool:
    """Whether a live process holds the session now. A session left "producing" by one that
    stopped (quit, killed) is not: it stopped part-way, for a resume to continue."""
    path = folder / LOCK_NAME
    if not path.exists() or str(folder.resolve()) in _held.get():
        return path.exists() and str(folder.resolve()) in _held.get()
    # A probe, not a hold: a shared lock taken and dropped at once, writing nothing. (A writer
    # asking in that instant is refused as if the session were busy; the instant is a syscall.)
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops the probe's lock
    return False
