"""What a conversation turn tells the screen, as it happens.

The contract between agent/ (which produces these) and tui/ (which shows them): a turn of the
conversation calls `on_event` with each event in order; the screen never reaches into the agent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tools.production.scheduler import ProgressEvent


@dataclass(frozen=True)
class TextDelta:
    """A piece of the agent's reply, streamed as it arrives."""

    text: str


@dataclass(frozen=True)
class ToolCallStarted:
    call_id: str
    tool: str
    args: dict[str, object]


@dataclass(frozen=True)
class ToolCallFinished:
    call_id: str
    tool: str
    result: str  # a compact, readable summary of what the tool returned
    ok: bool = True
    log_ids: tuple[str, ...] = ()  # its rows in the session's log (each with what it caused)
    # Not run, and no failure: the person did something else while its request waited (it still
    # waits, was superseded or was rejected); `result` says which, in the person's words.
    set_aside: bool = False


@dataclass(frozen=True)
class ApprovalNeeded:
    """The run stopped: the person must approve, reject or revise before anything is spent."""

    kind: Literal["plan", "production"]
    summary: str  # what is proposed, in words (the plan table, or the shots/stages and estimate)
    estimate_usd: float = 0.0
    call_ids: tuple[str, ...] = field(default_factory=tuple)  # the model's calls waiting on it
    approval_id: str = ""  # the service's approval (tools/service): what answering it answers


@dataclass(frozen=True)
class ShotProgress:
    """Production progress for one shot and stage (from the scheduler)."""

    event: ProgressEvent


@dataclass(frozen=True)
class PlanChanged:
    """A new plan version was stored (proposal or revision); the plan pane should reload it."""

    version: int


@dataclass(frozen=True)
class AgentError:
    """Something the person must know (a missing key, an unreachable model, a refusal)."""

    message: str
    hint: str = ""


AgentEvent = (
    TextDelta
    | ToolCallStarted
    | ToolCallFinished
    | ApprovalNeeded
    | ShotProgress
    | PlanChanged
    | AgentError
)
