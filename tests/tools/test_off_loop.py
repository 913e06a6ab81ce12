"""A stop never lets go of a session while a worker thread still writes to it
(tools/production/threads.py): the cancellation waits for the thread, then goes on."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from sessions.lock import SessionLocked, session_lock
from tools.production.threads import off_loop


async def test_a_cancelled_production_waits_for_its_thread_before_the_lock_goes(
    tmp_path: Path,
) -> None:
    started = threading.Event()
    written = tmp_path / "episode.mp4"
    log: list[str] = []

    def cut() -> str:
        started.set()
        time.sleep(0.3)  # the cut, still running when "stop" arrives
        written.write_bytes(b"cut")
        log.append("thread done")
        return "cut"

    async def production() -> str:
        with session_lock(tmp_path, "s1"):
            try:
                return await off_loop(cut)
            finally:
                log.append("lock released")

    task = asyncio.create_task(production())
    await asyncio.to_thread(started.wait)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert log == ["thread done", "lock released"]
    assert written.read_bytes() == b"cut"
    with session_lock(tmp_path, "s1"):  # and then the session is free
        pass


async def test_asked_twice_it_still_waits_and_a_late_failure_is_no_crash(tmp_path: Path) -> None:
    started = threading.Event()
    done = threading.Event()

    def failing() -> None:
        started.set()
        time.sleep(0.2)
        done.set()
        raise OSError("disk full")

    task = asyncio.create_task(off_loop(failing))
    await asyncio.to_thread(started.wait)
    task.cancel()
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert done.is_set()


async def test_without_a_stop_it_is_the_thread_s_result_or_error() -> None:
    assert await off_loop(lambda: 41 + 1) == 42
    with pytest.raises(SessionLocked):
        await off_loop(lambda: (_ for _ in ()).throw(SessionLocked("held")))
