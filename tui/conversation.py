"""The conversation the chat sits on, as the screen sees it.

The agent owns the conversation (agent/conversation.py); the screen needs only this much of it, so
the protocol is written down here and the agent's class satisfies it structurally.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Protocol

from agent.events import AgentEvent, ApprovalNeeded
from sessions.store import SessionStore
from tools.catalog import load_catalog
from tui.settings import ChatSettings

Decision = Literal["approve", "reject", "revise"]
OnEvent = Callable[[AgentEvent], None]


class ConversationLike(Protocol):
    session_id: str | None
    budget_usd: float | None  # the person's budget for the session the first brief starts

    @property
    def pending(self) -> ApprovalNeeded | None: ...

    async def send(self, text: str, on_event: OnEvent) -> str: ...

    async def decide(self, decision: Decision, note: str = "", *, on_event: OnEvent) -> str: ...


class ConversationUnavailable(RuntimeError):
    """The agent's conversation cannot be opened here; the message says why in words."""


def open_chat_conversation(
    store: SessionStore, session_id: str | None, settings: ChatSettings
) -> ConversationLike:
    # Imported when a conversation is opened, not with the screen: it loads pydantic-ai.
    from agent.conversation import open_conversation
    from agent.models import ModelConfigError

    catalog = load_catalog(settings.catalog_path)
    try:
        conversation: ConversationLike = open_conversation(
            store,
            session_id=session_id,
            model=settings.model,
            catalog=catalog,
            env=settings.env,
            tier=settings.tier,
            budget_usd=settings.budget_usd,
        )
    except ModelConfigError as exc:
        raise ConversationUnavailable(str(exc)) from exc
    return conversation
