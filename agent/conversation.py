"""The conversation: what the chat screen and the headless CLI talk to.

One `Conversation` per session. `send()` is one turn of the person's words; `decide()` answers the
approval the agent is waiting for. Every turn's pydantic-ai messages (tool calls and results
included) are saved with the turn, so a resumed conversation gives the model its whole history.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import AsyncIterable, Callable, Mapping
from dataclasses import asdict
from typing import Any, Literal

from pydantic_ai import (
    DeferredToolRequests,
    DeferredToolResults,
    RunContext,
    ToolApproved,
    ToolDenied,
)
from pydantic_ai.exceptions import AgentRunError
from pydantic_ai.messages import (
    AgentStreamEvent,
    FunctionToolCallEvent,
    FunctionToolResultEvent,
    ModelMessage,
    ModelMessagesTypeAdapter,
    ModelResponse,
    PartDeltaEvent,
    PartStartEvent,
    TextPart,
    TextPartDelta,
)
from pydantic_ai.models import Model
from pydantic_ai.usage import UsageLimits

from agent.agent import planner_agent
from agent.brief import BriefError, parse_brief
from agent.chat_words import is_small_talk, small_talk_reply
from agent.deps import ShotcallerDeps
from agent.errors import agent_error, for_person
from agent.events import (
    AgentError,
    AgentEvent,
    ApprovalNeeded,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
)
from agent.models import ModelConfigError, select_model
from sessions.models import Tier
from sessions.paths import operator_name
from sessions.store import SessionStore
from tools.catalog import Catalog, load_catalog

EventSink = Callable[[AgentEvent], None]
Decision = Literal["approve", "reject", "revise"]
# Per turn: enough for a plan, a few revisions and a production; a model looping is stopped.
TURN_LIMITS = UsageLimits(request_limit=30)
# Rows in the messages table: the person's words, the agent's turn, a pending approval, an answer.
USER, AGENT, APPROVAL, DECISION = "user", "assistant", "approval", "decision"
# Only a bare yes or no answers an approval; "yes, but make it vertical" is a revision.
_APPROVE = re.compile(
    r"^(?:approve[ds]?(?: it)?|yes(?: please)?|y|ok(?:ay)?|go(?: ahead)?|lgtm|looks good)[.!]*$",
    re.I,
)
_USE_MODEL = re.compile(
    r"^(?:use|switch to)\s+(?:the\s+)?(?:model\s+)?(?P<name>\S+?)(?:\s+(?:model|planner))?[.!]?$",
    re.I,
)
_REJECT = re.compile(r"^(?:reject(?:ed)?(?: it)?|no|n|cancel|stop)[.!]*$", re.I)


def _ignore(_: AgentEvent) -> None:
    return None


class Conversation:
    """One session's conversation with the planner agent."""

    def __init__(
        self,
        store: SessionStore,
        *,
        model_name: str,
        model: Model,
        catalog: Catalog,
        env: Mapping[str, str],
        tier: Tier | None,
        budget_usd: float | None,
        auto_approve: bool,
        session_id: str | None = None,
        history: list[ModelMessage] | None = None,
        pending: ApprovalNeeded | None = None,
        pending_metadata: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.store = store
        self.model_name = model_name
        self.model = model
        self.catalog = catalog
        self.env = env
        self.tier = tier
        self.budget_usd = budget_usd
        self.auto_approve = auto_approve
        self.session_id = session_id
        self.history: list[ModelMessage] = history or []
        self.pending: ApprovalNeeded | None = pending
        self.last_error: AgentError | None = None
        self._pending_metadata = pending_metadata or {}
        self._deps: ShotcallerDeps | None = None

    # ── the API ────────────────────────────────────────────────────────────────────────────────

    async def send(self, text: str, on_event: EventSink = _ignore) -> str:
        """One turn of the person's words; returns the agent's reply. While an approval is
        pending, "approve"/"reject" answer it and anything else is taken as a revision.
        "use offline" (or "use MODEL") switches the model: the only way offline takes over."""
        switch = _USE_MODEL.match(text.strip())
        if switch and (switch["name"].lower() == "offline" or ":" in switch["name"]):
            return self.use_model(switch["name"], on_event)
        if self.pending is not None:
            if _APPROVE.match(text.strip()):
                return await self.decide("approve", on_event=on_event)
            if _REJECT.match(text.strip()):
                return await self.decide("reject", on_event=on_event)
            return await self.decide("revise", text, on_event=on_event)
        if self.session_id is None and is_small_talk(text):
            # "hello" is no brief: answer it, and start a session only when a brief arrives.
            reply = small_talk_reply(text)
            on_event(TextDelta(reply))
            return reply
        if self.session_id is None:
            try:
                self._start_session(text)
            except BriefError as exc:
                return self._fail(
                    AgentError(str(exc), "describe the video: what, how long"), on_event
                )
        assert self.session_id is not None
        self.store.add_message(self.session_id, USER, text)
        return await self._run(text, None, on_event)

    async def decide(
        self, decision: Decision, note: str = "", on_event: EventSink = _ignore
    ) -> str:
        """Answer `pending`: approve it, reject it, or ask for a revision (`note` says what)."""
        pending = self.pending
        if pending is None or self.session_id is None:
            return "Nothing is waiting for your approval."
        self.store.add_message(
            self.session_id, DECISION, f"{decision}: {note}".rstrip(": ").rstrip()
        )
        self.pending = None
        return await self._run(None, self._results(pending, decision, note), on_event, pending)

    def use_model(self, name: str, on_event: EventSink = _ignore) -> str:
        """Carry on with another model (e.g. "offline" after the LLM failed); history is kept."""
        try:
            choice = select_model(name, self.env)
        except ModelConfigError as exc:
            return self._fail(AgentError(str(exc)), on_event)
        self.model_name, self.model = choice.name, choice.model
        if self.session_id is not None:
            self.store.update_session(self.session_id, model=choice.name)
        return f"Now planning with {choice.name}."

    def transcript(self) -> list[tuple[str, str]]:
        """What was said, for display: (role, text) per row — user, assistant, approval, decision."""
        if self.session_id is None:
            return []
        return [(row["role"], row["text"]) for row in self.store.messages(self.session_id)]

    # ── turns ──────────────────────────────────────────────────────────────────────────────────

    def _start_session(self, text: str) -> None:
        brief = parse_brief(text, tier=self.tier, budget_usd=self.budget_usd)
        budget = (
            self.budget_usd if self.budget_usd is not None else self.catalog.guardrails.budget_usd
        )
        info = self.store.create_session(
            brief,
            budget_usd=budget,
            operator=operator_name(self.env),
            model=self.model_name,
            catalog_version=self.catalog.version,
            catalog_sha256=self.catalog.sha256,
        )
        self.session_id = info.id

    def _deps_for(self, on_event: EventSink) -> ShotcallerDeps:
        assert self.session_id is not None
        if self._deps is None:
            self._deps = ShotcallerDeps(
                store=self.store,
                session_id=self.session_id,
                catalog=self.catalog,
                env=self.env,
                tier=self.tier,
            )
        self._deps.on_event = on_event
        return self._deps

    async def _run(
        self,
        prompt: str | None,
        results: DeferredToolResults | None,
        on_event: EventSink,
        answering: ApprovalNeeded | None = None,
    ) -> str:
        assert self.session_id is not None
        self.last_error = None
        replies: list[str] = []
        deps = self._deps_for(on_event)
        while True:
            try:
                result = await planner_agent().run(
                    prompt,
                    model=self.model,
                    deps=deps,
                    message_history=self.history,
                    deferred_tool_results=results,
                    usage_limits=TURN_LIMITS,
                    event_stream_handler=_stream_to(on_event),
                )
            except AgentRunError as exc:
                if answering is not None:
                    # The calls still await an answer: keep them pending so the person can retry.
                    self._await(answering, self._pending_metadata)
                return self._fail(agent_error(exc, self.model_name), on_event)
            self.history = result.all_messages()
            output = result.output
            reply = _said(result.new_messages())
            self.store.add_message(
                self.session_id, AGENT, reply, result.new_messages_json().decode()
            )
            if reply:
                replies.append(reply)
            if not isinstance(output, DeferredToolRequests):
                return "\n\n".join(replies)
            pending, metadata = _approval(output)
            on_event(pending)
            if not self.auto_approve:
                self._await(pending, metadata)
                replies.append(pending.summary)
                return "\n\n".join(replies)
            # Auto-approval is still a decision someone made (with --yes): keep it on the record.
            self.store.add_message(self.session_id, DECISION, "approve (auto-approved)")
            self._pending_metadata = metadata
            results = self._results(pending, "approve", "", auto=True)
            prompt, answering = None, pending

    def _await(self, pending: ApprovalNeeded, metadata: dict[str, dict[str, Any]]) -> None:
        """Hold `pending` for the person, and save it so a resumed conversation holds it too."""
        assert self.session_id is not None
        self.pending, self._pending_metadata = pending, metadata
        self.store.add_message(
            self.session_id,
            APPROVAL,
            pending.summary,
            json.dumps({"approval": asdict(pending), "metadata": metadata}),
        )

    def _results(
        self, pending: ApprovalNeeded, decision: Decision, note: str, *, auto: bool = False
    ) -> DeferredToolResults:
        answer: ToolApproved | ToolDenied
        if decision == "approve":
            answer = ToolApproved()
        elif decision == "reject":
            answer = ToolDenied(f"The person rejected this. {note}".strip())
        else:
            # Not a yes: their words go back to the model as the reason, to act on (a revision
            # of the plan, or another request while production waits).
            answer = ToolDenied("The person did not approve and says: " + note.strip())
        # Who approved travels with the call: only a person's approval of a redo opens a new round
        # of the regeneration cap, never --yes (an LLM looping on redo must still meet the cap).
        approved_by = "auto" if auto else "person"
        return DeferredToolResults(
            approvals={call_id: answer for call_id in pending.call_ids},
            metadata={
                k: {**v, "approved_by": approved_by}
                for k, v in self._pending_metadata.items()
                if k in pending.call_ids
            },
        )

    def _fail(self, error: AgentError, on_event: EventSink) -> str:
        self.last_error = error
        on_event(error)
        return f"{error.message} — {error.hint}" if error.hint else error.message


def _said(messages: list[ModelMessage]) -> str:
    """Everything the model said in a run (text beside tool calls included), as streamed."""
    return "".join(
        part.content
        for message in messages
        if isinstance(message, ModelResponse)
        for part in message.parts
        if isinstance(part, TextPart)
    ).strip()


def _approval(requests: DeferredToolRequests) -> tuple[ApprovalNeeded, dict[str, dict[str, Any]]]:
    """The calls awaiting the person, as one ApprovalNeeded (a plan outranks production)."""
    calls = requests.approvals
    meta = {c.tool_call_id: requests.metadata.get(c.tool_call_id, {}) for c in calls}
    kinds = {m.get("kind", "production") for m in meta.values()}
    kind: Literal["plan", "production"] = "plan" if "plan" in kinds else "production"
    summaries = [
        str(m.get("summary") or f"{c.tool_name}({c.args_as_json_str()})")
        for c, m in zip(calls, meta.values(), strict=True)
    ]
    estimate = sum(float(m.get("estimate_usd", 0.0)) for m in meta.values())
    pending = ApprovalNeeded(
        kind=kind,
        summary="\n".join(summaries),
        estimate_usd=round(estimate, 4),
        call_ids=tuple(c.tool_call_id for c in calls),
    )
    return pending, meta


def _stream_to(
    on_event: EventSink,
) -> Callable[[RunContext[ShotcallerDeps], AsyncIterable[AgentStreamEvent]], Any]:
    """pydantic-ai's stream of a run, as the screen's events."""

    async def handle(
        _: RunContext[ShotcallerDeps], events: AsyncIterable[AgentStreamEvent]
    ) -> None:
        async for event in events:
            if isinstance(event, PartStartEvent) and isinstance(event.part, TextPart):
                if event.part.content:
                    on_event(TextDelta(event.part.content))
            elif isinstance(event, PartDeltaEvent) and isinstance(event.delta, TextPartDelta):
                if event.delta.content_delta:
                    on_event(TextDelta(event.delta.content_delta))
            elif isinstance(event, FunctionToolCallEvent):
                call = event.part
                on_event(ToolCallStarted(call.tool_call_id, call.tool_name, call.args_as_dict()))
            elif isinstance(event, FunctionToolResultEvent):
                part = event.part
                text = part.model_response_str(wrap_if_error=False)
                if part.outcome != "success":
                    text = for_person(text)  # the model's retry advice is not for the person
                on_event(
                    ToolCallFinished(
                        part.tool_call_id,
                        part.tool_name,
                        text if len(text) <= 400 else text[:399] + "…",
                        ok=part.outcome == "success",
                    )
                )

    return handle


def open_conversation(
    store: SessionStore,
    *,
    session_id: str | None = None,
    model: str | None = None,
    catalog: Catalog | None = None,
    env: Mapping[str, str] | None = None,
    tier: Tier | None = None,
    budget_usd: float | None = None,
    auto_approve: bool = False,
) -> Conversation:
    """A new conversation, or the saved one of `session_id` with its history and pending approval.

    Raises `ModelConfigError` (one line naming what to set) when the model cannot be used here,
    and `SessionNotFound` for an unknown session; nothing is written in either case.
    """
    env = dict(os.environ if env is None else env)
    choice = select_model(model, env)
    catalog = catalog or load_catalog(env=env)
    conversation = Conversation(
        store,
        model_name=choice.name,
        model=choice.model,
        catalog=catalog,
        env=env,
        tier=tier,
        budget_usd=budget_usd,
        auto_approve=auto_approve,
    )
    if session_id is not None:
        info = store.session(session_id)
        conversation.session_id = info.id
        _restore(conversation, store.messages(info.id))
    return conversation


def _restore(conversation: Conversation, rows: list[dict[str, Any]]) -> None:
    history: list[ModelMessage] = []
    for row in rows:
        if row["role"] == AGENT and row["messages_json"]:
            history.extend(ModelMessagesTypeAdapter.validate_json(row["messages_json"]))
    conversation.history = history
    # An approval is still pending if no agent turn followed it: either nobody answered yet, or
    # the answer's run never finished (interrupted, or the model failed) and its calls are open.
    for row in reversed(rows):
        if row["role"] == AGENT:
            return
        if row["role"] == APPROVAL and row["messages_json"]:
            saved = json.loads(row["messages_json"])
            approval = saved["approval"]
            approval["call_ids"] = tuple(approval["call_ids"])
            conversation.pending = ApprovalNeeded(**approval)
            conversation._pending_metadata = saved["metadata"]
            return
