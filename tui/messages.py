"""Messages the workers post to the screen. The screen reacts; workers never touch widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.message import Message

from agent.events import AgentEvent
from sessions.models import ToolName


@dataclass(frozen=True)
class ShotRequest:
    """What the shot detail asks the session for: a new take of one stage (maybe with a new
    prompt), an earlier take of it back (`take`), a proxy race of the shot (`race`), or the pick
    of its last race's `engine` (`pick`)."""

    shot_id: str
    stage: ToolName
    prompt: str | None = None
    verb: Literal["redo", "race", "pick"] = "redo"
    engine: str | None = None
    take: int | None = None  # an earlier take of the stage to make current again


class AgentEventPosted(Message):
    """One event of an agent turn (a piece of reply, a tool call, progress, a proposal…)."""

    def __init__(self, event: AgentEvent) -> None:
        super().__init__()
        self.event = event


class TurnFinished(Message):
    """An agent turn ended (its reply is complete, or it failed and said so)."""

    def __init__(self, reply: str) -> None:
        super().__init__()
        self.reply = reply


class ProductionStopped(Message):
    """The person said "stop" and the production (or the turn making it) has stopped."""


class ProductionFinished(Message):
    """A production the screen started itself (continue, redo) ended."""

    def __init__(
        self,
        status: str,
        episode: str | None,
        failed: list[str],
        message: str = "",
        verb: str = "",
    ) -> None:
        super().__init__()
        self.status = status
        self.episode = episode
        self.failed = failed
        self.message = message
        self.verb = verb  # the approval's verb: produce, redo, use_take …


class AgentLoaded(Message):
    """The agent's modules are imported; a saved conversation can be opened without a pause."""
