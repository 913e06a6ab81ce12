"""Per-engine concurrency with earlier shots first.

A semaphore wakes waiters in arrival order, so a late shot that asked first would hold an engine
while S01 waits. `EngineSlots` keeps its waiters in a priority queue, so a freed slot always goes to
the waiting shot that comes first in production order: plan order, except that shots others chain
from come before shots with shorter chains after them (longest remaining chain first, ties by
plan order; `tools.production.scheduler.production_order` says why).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class EngineSlots:
    def __init__(self, capacity: int) -> None:
        self.capacity = max(1, capacity)
        self.busy = 0
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._arrival = itertools.count()

    @asynccontextmanager
    async def hold(self, priority: int) -> AsyncIterator[None]:
        """Hold one slot; lower `priority` is served first, equal ones in arrival order."""
        if self.busy < self.capacity and not self._waiting:
            self.busy += 1
        else:
            turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            heapq.heappush(self._waiting, (priority, next(self._arrival), turn))
            try:
                await turn  # when it resolves, the slot was handed over to us
            except asyncio.CancelledError:
                if turn.done() and not turn.cancelled():
                    self._release()  # handed over just as we were cancelled: pass it on
                raise
        try:
            yield
        finally:
            self._release()

    def _release(self) -> None:
        while self._waiting:
            _, _, turn = heapq.heappop(self._waiting)
            if not turn.done():
                turn.set_result(None)  # the slot passes on: `busy` stays as it is
                return
        self.busy -= 1
