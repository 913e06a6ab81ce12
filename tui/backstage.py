"""The session's long work, off the screen's event loop: agent turns and productions.

An agent turn can run a whole production (a production approved in the chat is made inside the
turn that answers it) and the planner's own work is CPU; on the screen's loop either froze typing.
Here they run on one thread with its own event loop and its own store connection (SQLite
connections stay on the thread that opened them), and what they have to say comes back to the
screen as messages (`post` is thread-safe). The screen keeps its own connection for reading.

One thread per open session screen: its conversation lives there from the first turn to the last.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from agent.events import AgentEvent, ShotProgress
from sessions.store import SessionStore, open_store
from tools.catalog import load_catalog
from tools.service import Outcome, ProductionService
from tui.conversation import ConversationLike, Decision, open_chat_conversation
from tui.settings import ChatSettings

T = TypeVar("T")
Post = Callable[[AgentEvent], None]
# How long closing waits for a cancelled production to write down where it stopped.
CLOSE_WAIT_S = 5.0


class Backstage:
    def __init__(self, home: Path, settings: ChatSettings) -> None:
        self.home = home
        self.settings = settings
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._serve, name="shotcaller-backstage", daemon=True
        )
        self._store: SessionStore | None = None
        self._service: ProductionService | None = None
        self.conversation: ConversationLike | None = None
        self._thread.start()

    # ── what the screen asks (each returns an awaitable for the screen's own loop) ──────────────

    @property
    def session_id(self) -> str | None:
        """The conversation's session (it creates one on the first brief)."""
        return self.conversation.session_id if self.conversation is not None else None

    def preload(self) -> Awaitable[None]:
        """Import the agent (pydantic-ai takes a second) and its price table, here, not on the
        screen's loop."""
        return self._run(self._preload())

    def open(self, session_id: str | None) -> Awaitable[None]:
        """Open the conversation (a new one, or the saved one of `session_id`). Raises
        `ConversationUnavailable` (the model cannot be used here) or `CatalogError`."""
        return self._run(self._open(session_id))

    def send(self, text: str, post: Post) -> Awaitable[str]:
        return self._run(self._conversation().send(text, post))

    def decide(self, decision: Decision, note: str, post: Post) -> Awaitable[str]:
        return self._run(self._conversation().decide(decision, note, on_event=post))

    def approve(self, approval_id: str, post: Post) -> Awaitable[Outcome]:
        """Answer yes for the person and make the work (no conversation needed)."""

        async def approve() -> Outcome:
            return await self._service_here().approve(
                approval_id, by="person", on_progress=lambda e: post(ShotProgress(e))
            )

        return self._run(approve())

    def stop(self) -> Awaitable[None]:
        """Stop what runs now — the person said "stop" mid-production. It ends as closing the app
        would: each attempt in flight is recorded as interrupted and the session stays
        `producing`, so continuing finishes the work (a job an engine already started is picked
        up, not sent again). The conversation is read back from the session for the next turn:
        the turn that was cut off never finished its history in memory."""
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._stop(), self._loop))

    def close(self) -> None:
        """Stop what runs (a production's attempts are recorded as interrupted, for a resume)
        and let the thread end."""
        if self._loop.is_closed() or not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        self._thread.join(CLOSE_WAIT_S)

    # ── on the thread ──────────────────────────────────────────────────────────────────────────

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            if self._store is not None:
                self._store.close()
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

    async def _shutdown(self) -> None:
        running = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        self._loop.stop()

    async def _stop(self) -> None:
        running = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        self.conversation = None

    async def _preload(self) -> None:
        from genai_prices.data_snapshot import get_snapshot

        import agent.conversation  # noqa: F401 — imported here, off the screen's loop

        # pydantic-ai loads its price table when a model is built (~0.15 s).
        get_snapshot()

    async def _open(self, session_id: str | None) -> None:
        if self.conversation is None:
            self.conversation = open_chat_conversation(
                self._store_here(), session_id, self.settings
            )

    def _conversation(self) -> ConversationLike:
        if self.conversation is None:
            raise RuntimeError("the conversation is not open")
        return self.conversation

    def _store_here(self) -> SessionStore:
        if self._store is None:
            self._store = open_store(self.home)
        return self._store

    def _service_here(self) -> ProductionService:
        if self._service is None:
            catalog = load_catalog(self.settings.catalog_path)
            self._service = ProductionService(self._store_here(), catalog, self.settings.env)
        return self._service

    def _run(self, work: Coroutine[Any, Any, T]) -> Awaitable[T]:
        """Run `work` on the thread's loop; await the result on the caller's loop."""
        future: Future[T] = asyncio.run_coroutine_threadsafe(work, self._loop)
        return asyncio.wrap_future(future)
