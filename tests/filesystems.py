"""Real small and read-only filesystems for tests of local failures.

A tmpfs needs root (or CAP_SYS_ADMIN). Where mounting is refused, `small_disk` skips; the tests that
must run everywhere simulate a full disk at the OS boundary instead, with a file-size limit
(RLIMIT_FSIZE: every write past it fails with EFBIG in that process only).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    """A real tmpfs of `size` (e.g. "6m") mounted at `where`; skips the test if it cannot be."""
    where.mkdir(parents=True, exist_ok=True)
    if not can_mount():
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


class Lockable:
    """A folder that can be made read-only and writable again, for real: a read-only remount of
    a tmpfs under root (root ignores permission bits), a chmod otherwise."""

    def __init__(self, where: Path, mounted: bool) -> None:
        self.where = where
        self.mounted = mounted
        self._mode = where.stat().st_mode

    def lock(self) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.where)], check=True)
        else:
            self.where.chmod(0o555)

    def unlock(self) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,rw", str(self.where)], check=True)
        else:
            self.where.chmod(self._mode)


@contextmanager
def lockable(where: Path) -> Iterator[Lockable]:
    """`where` as a `Lockable` folder (a small tmpfs under root), unlocked when the test ends."""
    if os.geteuid() == 0:
        with small_disk(where, "8m"):
            folder = Lockable(where, mounted=True)
            try:
                yield folder
            finally:
                folder.unlock()
        return
    where.mkdir(parents=True, exist_ok=True)
    folder = Lockable(where, mounted=False)
    try:
        yield folder
    finally:
        folder.unlock()


@contextmanager
def read_only(where: Path) -> Iterator[Path]:
    """`where` made read-only for the length of the block (see `Lockable`)."""
    with lockable(where) as folder:
        folder.lock()
        yield where


def fill(where: Path, leave_bytes: int = 0) -> Path:
    """Fill the filesystem holding `where` until `leave_bytes` are free; returns the ballast file."""
    ballast = where / "ballast.bin"
    free = shutil.disk_usage(where).free - leave_bytes
    with ballast.open("wb") as out:
        chunk = b"\0" * (1 << 20)
        while free > 0:
            n = min(free, len(chunk))
            try:
                out.write(chunk[:n])
                out.flush()
            except OSError:
                break
            free -= n
    return ballast


def limit_file_size(max_bytes: int) -> None:
    """For a subprocess's `preexec_fn`: writes past `max_bytes` fail with EFBIG (SIGXFSZ ignored)."""
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
