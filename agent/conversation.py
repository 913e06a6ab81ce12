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
    ModelRequest,
    ModelResponse,
    PartDeltaEvent,
    PartStartEvent,
    RetryPromptPart,
    TextPart,
    TextPartDelta,
    ToolReturnPart,
    UserPromptPart,
)
from pydantic_ai.models import Model
from pydantic_ai.usage import UsageLimits

from agent.agent import planner_agent
from agent.brief import BriefError, parse_brief
from agent.cast_chat import answer_cast
from agent.chat_words import (
    APPROVE,
    BUDGET_COMMAND,
    REJECT,
    CastPhrase,
    budget_usd,
    content_refs,
    is_question,
    is_small_talk,
    open_question,
    parse_cast,
    plan_back_words,
    question_reply,
    small_talk_reply,
)
from agent.deps import ShotcallerDeps
from agent.errors import (
    NOT_APPROVED,
    NOT_CARRIED_OUT,
    Declined,
    agent_error,
    for_person,
    for_person_head,
    is_refusal,
)
from agent.events import (
    AgentError,
    AgentEvent,
    ApprovalNeeded,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
)
from agent.models import ModelConfigError, select_model
from sessions.limits import MAX_MESSAGE_CHARS, too_long
from sessions.lock import SessionLocked
from sessions.models import Approval, Tier
from sessions.store import SessionStore
from tools.catalog import Catalog, CatalogError, load_catalog
from tools.service import ProductionService, ServiceError
from tools.service.service import MAX_BUDGET_USD

EventSink = Callable[[AgentEvent], None]
Decision = Literal["approve", "reject", "revise"]
# Per turn: enough for a plan, a few revisions and a production; a model looping is stopped.
TURN_LIMITS = UsageLimits(request_limit=30)
# Rows in the messages table: the person's words, the agent's turn, a pending approval, an answer.
USER, AGENT, APPROVAL, DECISION = "user", "assistant", "approval", "decision"
# A decision the CLI's --yes made for the person ends with this (the chat names who approved).
AUTO_MARK = " (--yes)"
_USE_MODEL = re.compile(
    r"^(?:use|switch to)\s+(?:the\s+)?(?:model\s+)?(?P<name>\S+?)(?:\s+(?:model|planner))?[.!]?$",
    re.I,
)
# "how much will this cost?", "what's the price?", "is it expensive?"
_COST_ASKED = re.compile(
    r"^(?!.*\b(?:did|so far|spent|was)\b).*\b(?:how much|cost|costs|price|pricey|expensive)\b",
    re.I,
)
# "stop" / "cancel" said when nothing runs and nothing waits (with a card waiting it rejects).
_STOP_IDLE = re.compile(
    r"^(?:stop|cancel|halt|abort)(?:\s+(?:it|that|this|now|everything|production|the production))?"
    r"(?:\s+(?:now|please))?[.!]*$",
    re.I,
)
# "budget €40", "budget 30 quid": a budget in a currency the engines do not bill in
_BUDGET_ABROAD = re.compile(
    r"^(?:(?:please\s+)?(?:set|change|make|raise|lower)\s+(?:the\s+|my\s+)?budget|budget)\b.*"
    r"(?:[€£¥]|\b(?:eur|euros?|gbp|pounds?|quid|yen|chf|francs?)\b)",
    re.I,
)


# The person renaming the session: "change the title to Dawn at Crumb", "call it Crumb".
_RENAME = re.compile(
    r"^(?:(?:please\s+)?(?:change|set)\s+(?:the\s+)?(?:title|name)\s+(?:to|as)\s+|"
    r"(?:rename|retitle)\s+(?:it|this|the\s+(?:session|video|film|plan|project))\s+(?:to\s+|as\s+)?|"
    r"(?:call|title|name)\s+(?:it|this|the\s+(?:session|video|film))\s+)"
    # "call it Rosa's Morning": an apostrophe inside is the title's; quotes around it are not
    r"(?:\"(?P<dq>[^\"]+)\"|'(?P<sq>[^']+)'|(?P<title>[^\"]+?))[.!]?$",
    re.I,
)
# A call of the model's whose request was not approved is answered to the model in its words, and
# shown to the person in theirs: what became of the request (no failure: they did something else).
_WAITING = (
    "The person has not answered this yet: it stays waiting for them on the approval card. "
    "Do not ask again."
)
_REJECTED = "The person rejected this."
_MEANWHILE = re.compile(r"^This request was (?P<status>\w+) meanwhile\.")
# A request the app was making when it closed (quit, killed): what it left is continued
_CONTINUED = "This request was cut short when the app stopped, and continued from there."


def set_aside_words(told_model: str) -> str:
    """What the person reads on the line of a call whose request was not approved."""
    if told_model.startswith(_WAITING):
        # short enough for the chat column: the old "set aside while you asked for something
        # else (its card stays until answered)" was cut mid-word at 62 columns
        return "waits for your answer on its card"
    if told_model.startswith(_REJECTED):
        return "you rejected it"
    if told_model.startswith(_CONTINUED):
        return "cut short when the app stopped; continued from there"
    meanwhile = _MEANWHILE.match(told_model)
    if meanwhile:
        return f"set aside: its request was {meanwhile['status']} meanwhile"
    return "set aside"


# A note the conversation adds for the person (the budget's answer while the model waits on an
# approval: an assistant row then would close its open calls on resume).
NOTE = "note"


def _ignore(_: AgentEvent) -> None:
    return None


class Conversation:
    """One session's conversation with the planner agent.

    What waits for the person lives in the application service (`service.pending`), not here: an
    approval stays pending through anything else said, survives quitting, and is answered the same
    way from the chat, the screens and the CLI. The model's calls that wait on one (pydantic-ai's
    deferred approvals) are `_open`: answered with it, or told it is still waiting when the person
    says something else first.
    """

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
        service: ProductionService | None = None,
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
        self.service = service or ProductionService(store, catalog, env)
        self.last_error: AgentError | None = None
        # Why an approval given in the last turn was refused, in the person's words (None: none was).
        self.refused: str | None = None
        # Whether the last turn did not carry out what the person said: a change that could not
        # be made, a guardrail's refusal, words read as nothing the chat does (`say` exits 2).
        self.declined = False
        # The model's calls waiting on an approval: call id → metadata (with its approval id).
        self._open: dict[str, dict[str, Any]] = {}
        self._deps: ShotcallerDeps | None = None

    # ── the API ────────────────────────────────────────────────────────────────────────────────

    @property
    def pending(self) -> ApprovalNeeded | None:
        """The latest request waiting for the person, if any."""
        if self.session_id is None:
            return None
        waiting = self.service.pending(self.session_id)
        return self._needed(waiting[-1]) if waiting else None

    async def send(self, text: str, on_event: EventSink = _ignore) -> str:
        """One turn of the person's words; returns the agent's reply. While an approval is
        pending, a bare yes/no answers it; anything else is answered and the approval stays.
        "use offline" (or "use MODEL") switches the model: the only way offline takes over."""
        self.declined = False
        refusal = too_long("message", len(text), MAX_MESSAGE_CHARS, where="your message")
        if refusal:  # the brief's limit: a first message is a brief; nothing is stored or sent
            return self._fail(AgentError(refusal, "say it in fewer words"), on_event)
        switch = _USE_MODEL.match(text.strip())
        if switch and (switch["name"].lower() == "offline" or ":" in switch["name"]):
            return self.use_model(switch["name"], on_event)
        budget = BUDGET_COMMAND.match(text.strip())
        if budget and re.fullmatch(r"\d{1,3}\.\d{3}", budget["usd"]) and not budget["k"]:
            # "budget 2.500": two and a half thousand where a dot groups thousands, $2.50 where
            # it is a decimal point; money is never guessed
            whole = budget["usd"].replace(".", "")
            self.declined = True
            return self._say(
                f"Did you mean ${int(whole):,} or ${float(budget['usd']):.2f}? Say 'budget "
                f"{whole}' or 'budget {float(budget['usd']):.2f}'. The budget is unchanged.",
                on_event,
            )
        if budget:
            return await self.set_budget(budget_usd(budget), text, on_event)
        if _BUDGET_ABROAD.match(text.strip()):
            self.declined = True
            return self._say(
                "Budgets are in US dollars, as the engines bill: say e.g. 'budget 45' for $45. "
                "The budget is unchanged.",
                on_event,
            )
        rename = _RENAME.match(text.strip())
        if rename and self.session_id is not None:
            title = rename["dq"] or rename["sq"] or rename["title"]
            return await self.rename(title, text, on_event)
        if self.pending is not None and not self._asked_a_question():
            if APPROVE.match(text.strip()):
                return await self.decide("approve", on_event=on_event)
            if REJECT.match(text.strip()):
                return await self.decide("reject", on_event=on_event)
        if (card := self.pending) is not None and is_question(text) and _COST_ASKED.search(text):
            # "how much will this cost?" with a card open: its own figures, not a general line
            priced = [
                # (the line that introduced the per-shot prices left out here ends there, not
                # on a colon with nothing after it)
                re.sub(r":$", ".", line.strip())
                for line in card.summary.splitlines()
                if re.search(r"\$|: free\b", line) and not re.match(r"\s+S\d", line)
            ]
            if priced:
                what = card.summary.splitlines()[0] if card.kind == "production" else "the plan"
                head = f"Nothing is spent without your approval. Waiting for it: {what}."
                return self._say(
                    "\n".join([head, *priced, *self._delivery_price(priced)]), on_event
                )
        if _STOP_IDLE.match(text.strip()):
            # "stop" with nothing running and nothing asked: no brief, nothing to reject
            return self._say(
                "Nothing is being made or waiting for your answer, so there is nothing to stop. "
                "(While shots are being made, 'stop' stops them; continuing makes the rest.)",
                on_event,
            )
        if (
            self.session_id is not None
            and (phrase := parse_cast(text)) is not None
            and (phrase.action not in ("describe", "rename") or self._member_named(phrase.name))
        ):
            return await self._cast(text, phrase, on_event)
        if self.session_id is None and (
            is_small_talk(text) or (is_question(text) and question_reply(text))
        ):
            # "hello" is no brief: answer it, and start a session only when a brief arrives.
            reply = small_talk_reply(text) if is_small_talk(text) else str(question_reply(text))
            on_event(TextDelta(reply))
            return reply
        if self.session_id is None:
            try:
                self._start_session(text)
            except (BriefError, ServiceError) as exc:
                return self._fail(
                    AgentError(str(exc), "describe the video: what, how long"), on_event
                )
        assert self.session_id is not None
        self.store.add_message(self.session_id, USER, text)
        plan = self.store.plan(self.session_id)
        if plan is not None:
            # "make the flour shot slower": the shot the person names by what it shows
            shots = [(s.id, " ".join([s.description, *s.subjects])) for s in plan.shots]
            text, which = content_refs(text, shots)
            if which:  # asked back, nothing done: `say` exits 2 with the question
                self.declined = True
                on_event(TextDelta(which))
                self.store.add_message(self.session_id, NOTE, which)
                return which
        return await self._run(text, self._answers(), on_event)

    def _delivery_price(self, priced: list[str]) -> list[str]:
        """Beside a card that is free at draft tier, the price that matters to the person: the
        whole plan at delivery (with the keys it needs, when they are missing here)."""
        if self.session_id is None or not all(re.search(r": free\b", p) for p in priced):
            return []
        if self.store.session(self.session_id).tier != "draft":
            return []
        try:
            quote = self.service.tier_quote(self.session_id, "delivery")
        except CatalogError:
            return []
        return [quote] if quote else []

    def _member_named(self, name: str) -> bool:
        """Whether `name` is someone of the plan's cast ("Tomas", "the mechanic")."""
        plan = self.store.plan(self.session_id) if self.session_id else None
        return plan is not None and plan.member(name) is not None

    def _asked_a_question(self) -> bool:
        """Whether the last thing said to the person, after the card waiting, is a yes/no question
        of its own ("Plan this new brief instead? … Say 'yes'"): a bare yes or no answers that,
        not the card (a "no" there rejected the plan the person meant to keep)."""
        if self.session_id is None:
            return False
        return open_question(self.store.messages(self.session_id)) is not None

    def _rejected_words(self, pending: ApprovalNeeded) -> str:
        """What a rejection left, said as the chat's own "no" says it: a plan rejected gives
        back the one approved before it ("Rejected: nothing was made" left the person
        wondering which plan their session now held)."""
        plan = self.store.plan(self.session_id or "")
        if pending.kind != "plan" or plan is None:
            return "Rejected: nothing was made or spent."
        if not plan.approved:
            return "The plan is set aside. Tell me what to change, or send a new brief."
        made = bool(self.store.artifacts(self.session_id or "", current_only=True))
        then = "Say what to change, or send a new brief."
        return plan_back_words(plan.version, len(plan.shots), made, then)

    async def decide(
        self,
        decision: Decision,
        note: str = "",
        on_event: EventSink = _ignore,
        *,
        by: Literal["person", "auto"] = "person",
    ) -> str:
        """Answer the pending approval: approve it, reject it, or ask for a revision (`note` says
        what; the approval stays pending until a revised plan replaces it). `by`: the person, or
        the CLI's --yes ("auto") answering for them — kept on the record as who answered."""
        self.refused = None
        pending = self.pending
        if pending is None or self.session_id is None:
            return "Nothing is waiting for your approval."
        said = f"{decision}: {note}".rstrip(": ").rstrip()
        self.store.add_message(
            self.session_id, DECISION, said + (AUTO_MARK if by == "auto" else "")
        )
        if decision == "revise":
            return await self._run(note, self._answers(), on_event)
        if decision == "reject":
            try:
                self.service.reject(pending.approval_id, by="person", note=note)
            except (ServiceError, SessionLocked) as exc:
                return self._fail(AgentError(str(exc)), on_event)
            if pending.call_ids:
                return await self._run(None, self._answers(note=note), on_event)
            return await self._inform(
                f"[rejected] {_headline(pending)}", self._rejected_words(pending), on_event
            )
        if pending.call_ids:
            results = self._answers(approve=pending.approval_id, by=by)
            return await self._run(None, results, on_event)
        # Nobody's call waits on it (asked from a screen or the CLI, or the model's call was
        # answered meanwhile): the service makes it, and the model is told what happened.
        deps = self._deps_for(on_event)
        try:
            outcome = await self.service.approve(
                pending.approval_id,
                by="--yes" if by == "auto" else "person",
                on_progress=deps.progress,
            )
        except (ServiceError, SessionLocked) as exc:
            return self._fail(AgentError(str(exc)), on_event)
        if outcome.next is not None:
            on_event(self._needed(outcome.next))
        return await self._inform(f"[approved] {_headline(pending)}", outcome.message, on_event)

    async def _cast(self, text: str, phrase: CastPhrase, on_event: EventSink) -> str:
        """A cast line (agent/cast_chat.py): the person's own act, through the service."""
        assert self.session_id is not None
        self.store.add_message(self.session_id, USER, text)
        answer = answer_cast(self.service, self.session_id, phrase)
        self.declined = isinstance(answer, Declined)
        if isinstance(answer, Approval):
            on_event(self._needed(answer))
            answer = answer.summary
        self.store.add_message(self.session_id, AGENT, answer)
        on_event(TextDelta(answer))
        return answer

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

    async def rename(self, title: str, said: str, on_event: EventSink = _ignore) -> str:
        """The person's new title for the session, through the service: the plan's next version
        carries it (no shot changes, so no take goes stale), and a plan waiting for its answer
        waits under the new title."""
        assert self.session_id is not None
        before = self.pending
        waited = before.approval_id if before is not None else None
        try:
            self.service.rename_session(self.session_id, title, actor="person")
        except (ServiceError, SessionLocked) as exc:
            return self._fail(AgentError(str(exc)), on_event)
        reply = f"Renamed the session to “{' '.join(title.split())}”."
        card = self.pending
        if card is not None and card.kind == "plan" and card.approval_id != waited:
            reply += " The plan waits for your answer under its new title."
        on_event(TextDelta(reply))
        if card is not None and card.approval_id != waited:
            on_event(card)  # the card the person answers is the retitled plan's
        self.store.add_message(self.session_id, DECISION, said)
        self.store.add_message(self.session_id, NOTE, reply)
        return reply

    def _say(self, reply: str, on_event: EventSink) -> str:
        """A one-line answer of the conversation's own (a question back about money): shown and
        kept in the session's messages, no model asked."""
        on_event(TextDelta(reply))
        if self.session_id is not None:
            self.store.add_message(self.session_id, NOTE, reply)
        return reply

    async def set_budget(self, usd: float, said: str, on_event: EventSink = _ignore) -> str:
        """The person's budget command, through the service as theirs (the model never sets it).
        Before the first brief it is kept for the session the brief starts."""
        if self.session_id is None:
            if not 0 <= usd <= MAX_BUDGET_USD:
                return self._fail(
                    AgentError(f"a budget is a number of dollars from 0 to {MAX_BUDGET_USD:,.0f}"),
                    on_event,
                )
            self.budget_usd = usd
            reply = f"The budget will be ${usd:.2f}. Now describe the video."
            on_event(TextDelta(reply))
            return reply
        try:
            reply = self.service.set_budget(self.session_id, usd, actor="person")
        except (ServiceError, SessionLocked) as exc:
            return self._fail(AgentError(str(exc)), on_event)
        on_event(TextDelta(reply))
        self.store.add_message(self.session_id, DECISION, said)
        if self._open:
            self.store.add_message(self.session_id, NOTE, reply)
            return reply
        return await self._inform(f"[budget] {said}", reply, on_event)

    def transcript(self) -> list[tuple[str, str]]:
        """What was said, for display: (role, text) per row — user, assistant, approval, decision."""
        if self.session_id is None:
            return []
        return [(row["role"], row["text"]) for row in self.store.messages(self.session_id)]

    # ── turns ──────────────────────────────────────────────────────────────────────────────────

    def _start_session(self, text: str) -> None:
        brief = parse_brief(text, tier=self.tier, budget_usd=self.budget_usd)
        info = self.service.create_session(brief, budget_usd=self.budget_usd, model=self.model_name)
        self.session_id = info.id

    def _deps_for(self, on_event: EventSink) -> ShotcallerDeps:
        assert self.session_id is not None
        if self._deps is None:
            self._deps = ShotcallerDeps(service=self.service, session_id=self.session_id)
        self._deps.on_event = on_event
        return self._deps

    def _needed(self, approval: Approval) -> ApprovalNeeded:
        calls = tuple(c for c, m in self._open.items() if m.get("approval_id") == approval.id)
        return ApprovalNeeded(
            kind=approval.kind,
            summary=approval.summary,
            estimate_usd=approval.estimate_usd,
            call_ids=calls,
            approval_id=approval.id,
        )

    def _answers(
        self, *, approve: str | None = None, by: str = "person", note: str = ""
    ) -> DeferredToolResults | None:
        """Close every open call: approved for `approve`; otherwise told where its request
        stands (still waiting for the person, rejected, or answered elsewhere)."""
        if not self._open:
            return None
        approvals: dict[str, bool | ToolApproved | ToolDenied] = {}
        metadata: dict[str, dict[str, Any]] = {}
        for call_id, meta in self._open.items():
            approval_id = str(meta.get("approval_id") or "")
            if approve is not None and approval_id == approve:
                approvals[call_id] = ToolApproved()
                # Who approved travels with the call: only a person's approval of a redo opens a
                # new round of the regeneration cap, never --yes.
                metadata[call_id] = {**meta, "approved_by": by}
                continue
            approval = self.store.approval(approval_id) if approval_id else None
            status = approval.status if approval else "superseded"
            if status == "pending":
                why = _WAITING
            elif status == "rejected":
                why = _REJECTED
            elif approval is not None and "process stopped" in str(approval.outcome.get("error")):
                why = _CONTINUED
            else:
                why = f"This request was {status} meanwhile."
            said = f" They say: {note.strip()}" if note.strip() else ""
            approvals[call_id] = ToolDenied(why + said)
        # `_open` is cleared when a run consumes these answers; a failed run leaves the calls
        # open, to be answered again on the next turn.
        return DeferredToolResults(approvals=approvals, metadata=metadata)

    async def _inform(self, note: str, reply: str, on_event: EventSink) -> str:
        """Tell the model what the person did outside its calls. With calls of its own still open,
        that is a turn (they are closed in it); otherwise the note and the reply are added to the
        history as they happened, without asking the model anything."""
        assert self.session_id is not None
        if self._open:
            # What the person did is said first, as it happened; the model's turn (closing its
            # calls) follows. A screen that streams the turn printed only the model's "OK." and
            # never the production's outcome.
            on_event(TextDelta(reply))
            said = await self._run(f"{note}\n{reply}", self._answers(), on_event)
            return f"{reply}\n\n{said}".strip()
        new: list[ModelMessage] = [
            ModelRequest(parts=[UserPromptPart(note)]),
            ModelResponse(parts=[TextPart(reply)]),
        ]
        self.history = [*self.history, *new]
        self.store.add_message(
            self.session_id, AGENT, reply, ModelMessagesTypeAdapter.dump_json(new).decode()
        )
        return reply

    async def _run(
        self,
        prompt: str | None,
        results: DeferredToolResults | None,
        on_event: EventSink,
    ) -> str:
        assert self.session_id is not None
        self.last_error = None
        self.refused = None
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
                # The model's calls still await an answer: `_open` keeps them for the next turn.
                return self._fail(agent_error(exc, self.model_name), on_event)
            self._open = {}
            self.history = result.all_messages()
            output = result.output
            reply = _said(result.new_messages())
            self.refused = _refusal(result.new_messages()) or self.refused
            self.declined = _declined(result.new_messages())
            self.store.add_message(
                self.session_id, AGENT, reply, result.new_messages_json().decode()
            )
            if reply:
                replies.append(reply)
            if not isinstance(output, DeferredToolRequests):
                return "\n\n".join(replies)
            self._open = {
                c.tool_call_id: dict(output.metadata.get(c.tool_call_id, {}))
                for c in output.approvals
            }
            pending = self.pending
            if pending is None:  # the requests were answered meanwhile (should not happen)
                results, prompt = self._answers(), None
                continue
            on_event(pending)
            # After an approval was refused (a plan quoted before its tier's keys were set) the
            # card is asked again: --yes approving it again would loop. It waits for the person.
            if not self.auto_approve or self.refused is not None:
                self._save_open(pending)
                replies.append(pending.summary)
                return "\n\n".join(replies)
            # Auto-approval is still a decision someone made (with --yes): keep it on the record.
            self.store.add_message(self.session_id, DECISION, "approve" + AUTO_MARK)
            results = self._answers(approve=pending.approval_id, by="auto")
            prompt = None

    def _save_open(self, pending: ApprovalNeeded) -> None:
        """Save the open calls with the approval they wait on, so a resumed conversation can
        answer them."""
        assert self.session_id is not None
        self.store.add_message(
            self.session_id,
            APPROVAL,
            pending.summary,
            json.dumps({"approval": asdict(pending), "metadata": self._open}),
        )

    def _fail(self, error: AgentError, on_event: EventSink) -> str:
        self.last_error = error
        on_event(error)
        return f"{error.message} — {error.hint}" if error.hint else error.message


def _headline(pending: ApprovalNeeded) -> str:
    return pending.summary.splitlines()[0] if pending.summary else pending.kind


def _said(messages: list[ModelMessage]) -> str:
    """Everything the model said in a run (text beside tool calls included), as streamed."""
    return "".join(
        part.content
        for message in messages
        if isinstance(message, ModelResponse)
        for part in message.parts
        if isinstance(part, TextPart)
    ).strip()


def _declined(messages: list[ModelMessage]) -> bool:
    """Whether a run ended without doing what the person asked: its last tool answer was an error
    the model was told to correct (and did not) or a guardrail's refusal; or, calling no tool,
    it said it did not understand. (A model that corrected its call succeeded.)"""
    done: bool | None = None
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, RetryPromptPart) and part.tool_name:
                    done = False
                elif isinstance(part, ToolReturnPart):
                    # ("denied" is the person's own no to a card: that was done)
                    refused = isinstance(part.content, str) and is_refusal(part.content)
                    done = part.outcome in ("success", "denied") and not refused
    if done is None:
        return _said(messages).startswith(NOT_CARRIED_OUT)
    return not done


def _refusal(messages: list[ModelMessage]) -> str | None:
    """Why an approval answered in these messages was refused (`NOT_APPROVED`), if one was."""
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                said = part.content if isinstance(part, ToolReturnPart) else None
                if isinstance(said, str) and said.startswith(NOT_APPROVED):
                    return for_person(said.removeprefix(NOT_APPROVED).strip())
    return None


def _stream_to(
    on_event: EventSink,
) -> Callable[[RunContext[ShotcallerDeps], AsyncIterable[AgentStreamEvent]], Any]:
    """pydantic-ai's stream of a run, as the screen's events."""

    async def handle(
        ctx: RunContext[ShotcallerDeps], events: AsyncIterable[AgentStreamEvent]
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
                set_aside = part.outcome == "denied"
                if set_aside:  # what we told the model about its request, in the person's words
                    text = set_aside_words(text)
                elif part.outcome != "success":
                    text = for_person(text)  # the model's retry advice is not for the person
                else:  # "Stored plan v2 …. Call propose_plan …": the person reads the first part
                    text = for_person_head(text)
                on_event(
                    ToolCallFinished(
                        part.tool_call_id,
                        part.tool_name,
                        text if len(text) <= 400 else text[:399] + "…",
                        ok=part.outcome == "success" and not is_refusal(text),
                        log_ids=tuple(ctx.deps.call_rows.get(part.tool_call_id, ())),
                        set_aside=set_aside,
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
    service: ProductionService | None = None,
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
        service=service,
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
    # The model's calls are still open if no model turn followed the approval they wait on: either
    # nobody answered yet, or the answer's run never finished (interrupted, or the model failed).
    # A reply of the chat's own (a cast line's answer) is no model turn: counting it closed the
    # calls, and the next `say` crashed on a history with calls left open.
    for row in reversed(rows):
        if row["role"] == AGENT and row["messages_json"]:
            return
        if row["role"] == APPROVAL and row["messages_json"]:
            conversation._open = dict(json.loads(row["messages_json"]).get("metadata", {}))
            return
