"""Local failures: this machine's disk, permissions, database or codecs — never an engine's fault.

A full disk, a read-only folder or a missing encoder is not something a paid engine did, so it must
not be billed to the engine, counted against its regeneration cap or failed over to another paid
engine. Everything here turns such a failure into one line a person can act on, naming the path.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

# The errors that say "this machine cannot write (or read) here right now": fix it, then resume.
LOCAL_ERRNOS = frozenset(
    {
        errno.ENOSPC,  # no space left on device
        errno.EDQUOT,  # disk quota exceeded
        errno.EFBIG,  # file too large (a file-size limit)
        errno.EACCES,  # permission denied
        errno.EPERM,  # operation not permitted
        errno.EROFS,  # read-only file system
        errno.EIO,  # input/output error (a failing disk)
    }
)

# SQLite's own words for the same family of problems (sqlite3 carries no errno before 3.11's
# `sqlite_errorcode`, and the message is what a person would search for anyway).
_SQLITE_PROBLEMS = (
    ("database or disk is full", "the disk is full"),
    ("disk i/o error", "the disk could not be read or written (disk I/O error)"),
    ("attempt to write a readonly database", "the database is read-only"),
    ("unable to open database file", "the database file cannot be opened"),
    ("database is locked", "the database stayed locked by another shotcaller process"),
    ("file is not a database", "the file is not a shotcaller database"),
)


class LocalFailure(Exception):
    """Something on this machine stopped the work (a full disk, a permission, a missing codec).

    `str()` is one line naming the path and what to do; `path` is the file or folder concerned."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


class DataHomeError(LocalFailure):
    """The data home cannot be used: it is a file, read-only, not ours, or stuck locked."""


def causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and every exception it was raised from or during (`from None` still keeps
    `__context__`), each once."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                stack.append(linked)


def local_oserror(exc: BaseException) -> OSError | None:
    """The disk or permission error behind `exc`, if there is one anywhere in its chain."""
    for cause in causes(exc):
        if isinstance(cause, OSError) and cause.errno in LOCAL_ERRNOS:
            return cause
    return None


def sqlite_problem(exc: BaseException) -> str | None:
    """What an SQLite error says about this machine, in words, or None if it is not local."""
    for cause in causes(exc):
        if isinstance(cause, sqlite3.DatabaseError):
            text = str(cause).lower()
            for needle, words in _SQLITE_PROBLEMS:
                if needle in text:
                    return words
    return None


def describe(error: OSError, path: Path | str | None = None, doing: str = "") -> str:
    """One line for a local OSError: what failed, where, and that resume finishes the work."""
    where = path if path is not None else error.filename
    what = (error.strerror or error.__class__.__name__).lower()
    if doing:  # what was being done names the file already
        return f"{doing}: {what}; fix that, then resume"
    place = f": {where}" if where else ""
    return f"{what}{place}; fix that, then resume"


def as_local_failure(
    exc: BaseException, doing: str = "", where: Path | str | None = None
) -> LocalFailure | None:
    """`exc` as a `LocalFailure` when its cause is this machine's, else None. `where` names the
    place when the error itself does not (SQLite never says which file; Pillow often does not)."""
    if isinstance(exc, LocalFailure):
        return exc
    oserror = local_oserror(exc)
    if oserror is not None:
        path = oserror.filename or where
        return LocalFailure(describe(oserror, path, doing=doing), path)
    problem = sqlite_problem(exc)
    if problem is not None:
        doing = f"{doing}: " if doing else ""
        place = f" in {where}" if where else ""
        return LocalFailure(f"{doing}{problem}{place}; fix that, then resume", where)
    return None


def explain(exc: BaseException, where: Path | str | None = None) -> str | None:
    """The one line to show a person for an unexpected error at a front door, or None when the
    error is not a local one (and is a bug to report). `where` defaults to the data home."""
    if where is None:
        from sessions.paths import data_home  # read when asked, never at import

        where = data_home()
    failure = as_local_failure(exc, where=where)
    return failure.message if failure is not None else None
