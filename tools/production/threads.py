"""Work on a worker thread that a cancelled production waits for.

`asyncio.to_thread` cannot stop its thread: cancelling the coroutine that awaits it ("stop" in the
chat, closing the app) returns at once while the thread goes on cutting the episode or signing a
take. The production's `with session_lock(...)` then unwinds and releases the session while that
thread still writes to it — another process may take the lock and recover the same files under
it. Here the cancellation waits for the thread to end first, then goes on as asked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def off_loop(work: Callable[[], T]) -> T:
    """`work()` on a worker thread; if this is cancelled, the cancellation is held until the
    thread has finished (its result is dropped), so nothing it writes outlives the caller's lock."""
    thread = asyncio.ensure_future(asyncio.to_thread(work))
    try:
        return await asyncio.shield(thread)
    except asyncio.CancelledError:
        while not thread.done():
            try:
                await asyncio.wait({thread})
            except asyncio.CancelledError:
                continue  # asked again: the thread still has to end first
        if not thread.cancelled():
            thread.exception()  # retrieved: a failure after the stop is not "never retrieved"
        raise
