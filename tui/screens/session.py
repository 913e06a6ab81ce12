"""One session: the chat on the left, the plan on the right, the budget and tier on top.

Agent turns and productions run in workers; they post messages and this screen reacts to them, so
the screen is never blocked and typing stays responsive while shots are being made.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, DataTable, Footer, Header, Input, Static

from agent.events import (
    AgentError,
    AgentEvent,
    ApprovalNeeded,
    PlanChanged,
    ShotProgress,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
)
from agent.revisions import RevisionError, apply_revision
from sessions.lock import SessionLocked
from sessions.models import Approval, ShotPlan
from sessions.store import SessionStore, open_store
from sessions.summary import shot_summaries
from sessions.views import BudgetView, budget_view
from tools.catalog import CatalogError, load_catalog
from tools.service import Outcome, ProductionService, ServiceError
from tui.conversation import ConversationLike, ConversationUnavailable, Decision
from tui.messages import (
    AgentEventPosted,
    AgentLoaded,
    ProductionFinished,
    ShotRequest,
    TurnFinished,
)
from tui.session_state import history, plan_summary, where_it_stopped
from tui.settings import ChatSettings
from tui.views import STAGE_WORDS
from tui.widgets.approval import ApprovalBar
from tui.widgets.budget import BudgetMeter
from tui.widgets.chat import ChatLog
from tui.widgets.plan import PlanTable

# Progress comes in bursts (24 shots, several events per attempt): the plan table and the budget
# are redrawn at most this often, so typing stays answered while shots are produced.
PROGRESS_EVERY_S = 0.1
# The key in the shot detail that redoes each stage.
REDO_KEYS = {"generate_keyframe": "k", "animate": "a", "upscale": "u"}

PROMPT_HINT = "Describe a brief, or ask for a change (Enter sends)"
REVISE_HINT = "What should change? e.g. 'make shot 2 a close-up' (Enter sends · Esc cancels)"


class SessionScreen(Screen[None]):
    BINDINGS = [
        # ctrl+e would be the obvious "edit/revise" key, but the chat input uses it for end-of-line.
        Binding("ctrl+y", "approve", "Approve", priority=True),
        Binding("ctrl+r", "revise", "Revise", priority=True),
        Binding("ctrl+n", "reject", "Reject", priority=True),
        Binding("ctrl+g", "continue_production", "Continue production", priority=True),
        Binding("ctrl+o", "app.sessions", "Sessions"),
        Binding("f2", "focus_plan", "Plan"),
        Binding("escape", "focus_chat", "Chat", show=False),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    DEFAULT_CSS = """
    SessionScreen #panes { height: 1fr; }
    SessionScreen.-narrow #panes { layout: vertical; }
    SessionScreen #chat-pane { width: 1fr; }
    SessionScreen.-narrow #chat-pane { width: 1fr; height: 1fr; }
    SessionScreen #plan-pane { width: 2fr; border-left: solid $primary 40%; }
    SessionScreen.-narrow #plan-pane { width: 1fr; height: 1fr; border-left: none;
        border-top: solid $primary 40%; }
    SessionScreen #prompt { margin: 0 0; }
    SessionScreen #stopped { height: auto; display: none; padding: 0 1; background: $primary 15%; }
    SessionScreen #stopped.-shown { display: block; }
    SessionScreen #stopped Static { width: 1fr; }
    SessionScreen #stopped Button { min-width: 12; }
    """

    def __init__(
        self, store: SessionStore, settings: ChatSettings, session_id: str | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.session_id = session_id
        self.plan: ShotPlan | None = None
        self.conversation: ConversationLike | None = None
        self.pending: ApprovalNeeded | None = None
        self.revising = False
        self.busy: str | None = None  # "agent" or "production" while a worker runs
        self._streamed = False
        self._dirty: set[str] = set()  # shots whose rows wait for the next progress redraw
        self._redraw: Timer | None = None
        # The production thread's loop and task, so that closing the screen can stop it.
        self._production: tuple[asyncio.AbstractEventLoop, asyncio.Task[Outcome]] | None = None
        self._service: ProductionService | None = None

    @property
    def service(self) -> ProductionService:
        """The application service: every change this screen makes to the session goes through it."""
        if self._service is None:
            self._service = ProductionService(
                self.store, load_catalog(self.settings.catalog_path), self.settings.env
            )
        return self._service

    # ── layout ─────────────────────────────────────────────────────────────────────────────────

    def compose(self) -> ComposeResult:
        yield Header()
        yield BudgetMeter(id="budget")
        with Horizontal(id="panes"):
            with Vertical(id="chat-pane"):
                yield ChatLog(id="chat")
                yield ApprovalBar(id="approval")
                yield Input(placeholder=PROMPT_HINT, id="prompt")
            with Vertical(id="plan-pane"):
                with Horizontal(id="stopped"):
                    yield Static("", id="stopped-text", markup=False)
                    yield Button("Continue ^g", id="continue", action="screen.continue_production")
                yield PlanTable(id="plan")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#prompt", Input).focus()
        if self.session_id is None:
            self.chat.note(
                "New session. Describe the video you want — length, look, platform — and "
                "shotcaller proposes a shot list for you to approve."
            )
        else:
            self._reopen(self.session_id)
        self.refresh_header()
        # The agent (pydantic-ai) takes a second to import: load it in a thread so the session
        # shows at once; a saved session's pending approval appears when it is ready.
        self.load_agent()

    @property
    def chat(self) -> ChatLog:
        return self.query_one(ChatLog)

    @property
    def table(self) -> PlanTable:
        return self.query_one(PlanTable)

    def _reopen(self, session_id: str) -> None:
        """Show a saved session as it was left: its conversation, its plan, where it stopped."""
        info = self.store.session(session_id)
        self.session_id = info.id
        for kind, payload in history(self.store, info.id):
            if kind == "you":
                self.chat.you(str(payload))
            elif kind == "agent":
                self.chat.agent_text(str(payload))
                self.chat.end_turn()
            elif kind == "note":
                self.chat.note(str(payload))
            elif isinstance(payload, ToolCallFinished):
                self.chat.tool_finished(payload)
        self.reload_plan()
        if self.plan is not None and self.plan.approved:
            self._show_stopped()

    @work(thread=True, exclusive=True, group="load-agent")
    def load_agent(self) -> None:
        from genai_prices.data_snapshot import get_snapshot

        import agent.conversation  # noqa: F401 — imported here, off the event loop

        # pydantic-ai loads its price table when a model is built (~0.15 s): load it here, so that
        # opening the conversation on the screen's loop does not freeze it.
        get_snapshot()

        self.post_message(AgentLoaded())

    @on(AgentLoaded)
    def _agent_loaded(self) -> None:
        if self.session_id is None:
            return  # a new session's conversation starts with its first brief
        try:
            if self.conversation is None and self.busy is None:
                self.conversation = self._open_conversation()
        except (ConversationUnavailable, CatalogError):
            # Said when the person talks to the agent; the plan can still be approved and produced.
            self.conversation = None
        if self.plan is None or self.busy is not None:
            return
        self.pending = self._waiting()
        if self.pending is not None:
            self._ask(self.pending, announce=False)  # the history already shows what was asked
        elif not self.plan.approved:
            # A plan left unapproved with nothing asked (its proposal was set aside): offer it.
            self._ask(ApprovalNeeded("plan", plan_summary(self.plan)))

    def _waiting(self) -> ApprovalNeeded | None:
        """What waits for the person, as the service has it (the conversation's view when there
        is one: it knows which of the model's calls wait on it)."""
        if self.conversation is not None:
            return self.conversation.pending
        if self.session_id is None:
            return None
        try:
            waiting = self.service.pending(self.session_id)
        except CatalogError:
            return None
        return _needed(waiting[-1]) if waiting else None

    # ── header, plan, budget ───────────────────────────────────────────────────────────────────

    def refresh_header(self) -> None:
        if self.session_id is None:
            self.title, self.sub_title = "shotcaller", "new session"
            budget = self.settings.budget_usd
            cap = (
                budget
                if budget is not None
                else load_catalog(self.settings.catalog_path).guardrails.budget_usd
            )
            self.query_one(BudgetMeter).show(
                self.settings.tier or "draft", BudgetView(0.0, 0.0, cap), "new session"
            )
            return
        info = self.store.session(self.session_id)
        self.title, self.sub_title = "shotcaller", f"{info.title} · {info.id}"
        meter = budget_view(self.store, info.id, working=self.busy is not None)
        tier = self.settings.tier or info.tier
        self.query_one(BudgetMeter).show(tier, meter, info.status)

    def reload_plan(self) -> None:
        if self.session_id is None:
            return
        self.plan = self.store.plan(self.session_id)
        if self.plan is not None:
            self.table.show(shot_summaries(self.store, self.session_id, self.plan))

    def _show_stopped(self) -> None:
        """Offer to continue when a session was left with work undone."""
        if self.session_id is None or self.plan is None:
            return
        text = where_it_stopped(self.store, self.session_id, self.plan)
        box = self.query_one("#stopped")
        box.set_class(text is not None, "-shown")
        if text is not None:
            self.query_one("#stopped-text", Static).update(text)

    # ── the chat input ─────────────────────────────────────────────────────────────────────────

    @on(Input.Submitted, "#prompt")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        if self.busy is not None:
            self.notify("Still working on the last request — Enter again when it is done.")
            return
        event.input.clear()
        self.chat.you(text)
        if self.revising:
            self._stop_revising()
            self._revise(text)
        else:
            self.start_turn(text, None)

    def _revise(self, note: str) -> None:
        if self.conversation is not None:
            self.start_turn(note, "revise" if self.conversation.pending is not None else None)
            return
        # No proposal held by the agent (a reopened session, or no agent here): revise directly.
        if self.plan is None or self.session_id is None:
            self.start_turn(note, None)
            return
        try:
            revised, said = apply_revision(self.plan, note)
        except RevisionError as exc:
            self.chat.error(
                AgentError(
                    str(exc), "say it another way, e.g. 'make shot 2 a close-up' or 'drop shot 3'"
                )
            )
            self._ask(ApprovalNeeded("plan", plan_summary(self.plan)))
            return
        try:
            self.service.revise_plan(
                self.session_id, revised.model_copy(update={"note": said}), actor="person"
            )
            approval = self.service.propose_plan(self.session_id, None, actor="person")
        except (ServiceError, SessionLocked) as exc:
            self.chat.error(AgentError(str(exc)))
            return
        self.reload_plan()
        self.chat.note(said)
        self._ask(_needed(approval))

    def start_turn(self, text: str | None, decision: Decision | None) -> None:
        self.busy = "agent"
        self._streamed = False
        self.run_turn(text, decision)

    @work(exclusive=True, group="agent")
    async def run_turn(self, text: str | None, decision: Decision | None) -> None:
        reply = ""
        try:
            if self.conversation is None:
                self.conversation = self._open_conversation()
            if decision is not None:
                reply = await self.conversation.decide(decision, text or "", on_event=self._post)
            else:
                reply = await self.conversation.send(text or "", self._post)
        except ConversationUnavailable as exc:
            self._post(
                AgentError(
                    str(exc),
                    "fix the model setting and send again, or quit and "
                    "run with SHOTCALLER_MODEL=offline",
                )
            )
        except Exception as exc:  # a failed turn is shown in the chat; it must not close the app
            self._post(AgentError(f"the agent stopped: {exc}", "try again, or rephrase"))
        self.post_message(TurnFinished(reply))

    def _open_conversation(self) -> ConversationLike:
        from tui.conversation import open_chat_conversation

        return open_chat_conversation(self.store, self.session_id, self.settings)

    def _post(self, event: AgentEvent) -> None:
        self.post_message(AgentEventPosted(event))

    # ── what the agent and the scheduler tell the screen ───────────────────────────────────────

    @on(AgentEventPosted)
    def _event(self, message: AgentEventPosted) -> None:
        event = message.event
        if isinstance(event, TextDelta):
            self._streamed = True
            self.chat.agent_text(event.text)
        elif isinstance(event, ToolCallStarted):
            self.chat.tool_started(event)
        elif isinstance(event, ToolCallFinished):
            self.chat.tool_finished(event)
        elif isinstance(event, PlanChanged):
            self._adopt_session()
            self.reload_plan()
        elif isinstance(event, ApprovalNeeded):
            self._adopt_session()
            self._ask(event)
        elif isinstance(event, ShotProgress):
            self._progress(event)
        elif isinstance(event, AgentError):
            self.chat.error(event)

    def _adopt_session(self) -> None:
        """The conversation creates its session on the first brief; the screen follows it."""
        if self.conversation is not None and self.conversation.session_id != self.session_id:
            self.session_id = self.conversation.session_id
            self.refresh_header()

    def _progress(self, message: ShotProgress) -> None:
        event = message.event
        self._adopt_session()
        if self.session_id is None:
            return
        stage = STAGE_WORDS.get(event.stage, event.stage)
        if event.status in ("accepted", "checked"):
            self.table.set_activity(event.shot_id, "")
        elif event.status == "attempt":
            self.table.set_activity(event.shot_id, f"{stage} {_attempt_words(event.message)}")
        else:
            self.table.set_activity(event.shot_id, f"{stage} {event.status.replace('_', ' ')}")
        if event.status in ("failed", "needs_attention"):
            key = REDO_KEYS.get(event.stage)
            redo = f"{key} redoes the {stage} on the next engine, " if key else ""
            self.chat.error(
                AgentError(
                    f"{event.shot_id} {stage}: {event.message or event.status}",
                    f"select {event.shot_id} in the plan (F2, Enter): {redo}e edits its prompt "
                    f"and redoes it. Nothing is retried until you do; the other shots carry on",
                )
            )
        # The rows and the budget are redrawn together a moment later (see PROGRESS_EVERY_S).
        self._dirty.add(event.shot_id)
        if self._redraw is None:
            self._redraw = self.set_timer(PROGRESS_EVERY_S, self._redraw_progress)

    def _redraw_progress(self) -> None:
        self._redraw = None
        dirty, self._dirty = self._dirty, set()
        if self.session_id is None:
            return
        if self.plan is None or not dirty <= {s.id for s in self.plan.shots}:
            self.reload_plan()  # a plan the screen has not seen yet: show all of it
        else:
            # Three queries for the whole plan, however many shots moved since the last redraw.
            rows = {r.id: r for r in shot_summaries(self.store, self.session_id, self.plan)}
            for shot_id in dirty:
                self.table.update_shot(rows[shot_id])
        self.refresh_header()

    @on(TurnFinished)
    def _turn_finished(self, message: TurnFinished) -> None:
        self.busy = None
        if message.reply and not self._streamed:
            self.chat.agent_text(message.reply)
        self.chat.end_turn()
        self._adopt_session()
        self.pending = self._waiting() or (self.pending if self._lazy_plan() else None)
        if self.pending is None:
            self.query_one(ApprovalBar).clear()
        else:  # an approval stays pending, visibly, through anything else said
            self.query_one(ApprovalBar).ask(self.pending)
        self.refresh_bindings()
        self.reload_plan()
        self.refresh_header()
        self._show_stopped()

    def _lazy_plan(self) -> bool:
        """An unapproved plan offered without a request behind it yet (see `_agent_loaded`)."""
        return self.pending is not None and not self.pending.approval_id

    # ── approvals ──────────────────────────────────────────────────────────────────────────────

    def _ask(self, event: ApprovalNeeded, *, announce: bool = True) -> None:
        self.pending = event
        if announce:
            self.chat.proposal(event)
        self.query_one(ApprovalBar).ask(event)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("approve", "revise", "reject"):
            return self.pending is not None and self.busy is None
        if action == "continue_production":
            return self.busy is None and self.query_one("#stopped").has_class("-shown")
        return True

    def action_approve(self) -> None:
        pending = self.pending
        if pending is None or self.session_id is None or self.busy is not None:
            return
        self._close_proposal()
        if not pending.approval_id:  # the offered plan: put it before the service, then answer it
            try:
                pending = _needed(self.service.propose_plan(self.session_id, None, actor="person"))
            except (ServiceError, SessionLocked) as exc:
                self.chat.error(AgentError(str(exc)))
                return
        self.chat.you("approve")
        if self.conversation is not None:
            self.start_turn(None, "approve")
        else:
            self.start_production(pending.approval_id)

    def action_reject(self) -> None:
        pending = self.pending
        if pending is None or self.session_id is None:
            return
        self._close_proposal()
        self.pending = None
        if self.conversation is not None and pending.approval_id:
            self.chat.you("reject")
            self.start_turn(None, "reject")
            return
        if pending.approval_id:
            try:
                self.service.reject(pending.approval_id, by="person")
            except (ServiceError, SessionLocked) as exc:
                self.chat.error(AgentError(str(exc)))
                return
        self.chat.note("Rejected. Nothing was spent — describe what you want instead.")
        self.refresh_header()

    def action_revise(self) -> None:
        if self.pending is None:
            return
        self._close_proposal()
        self.revising = True
        prompt = self.query_one("#prompt", Input)
        prompt.placeholder = REVISE_HINT
        prompt.focus()

    def _stop_revising(self) -> None:
        self.revising = False
        self.query_one("#prompt", Input).placeholder = PROMPT_HINT

    def _close_proposal(self) -> None:
        self.query_one(ApprovalBar).clear()
        self.refresh_bindings()

    def action_focus_chat(self) -> None:
        if self.revising:
            self._stop_revising()
            if self.pending is not None:
                self.query_one(ApprovalBar).ask(self.pending)
        self.query_one("#prompt", Input).focus()

    def action_focus_plan(self) -> None:
        self.table.focus()

    def request(self, ask: Callable[[ProductionService, str], Approval | None], what: str) -> None:
        """Ask the service for paid work (continue, a redo …) and show its approval card."""
        if self.session_id is None:
            return
        if self.busy is not None:
            self.notify("Still working — ask again when it has finished.")
            return
        try:
            approval = ask(self.service, self.session_id)
        except (ServiceError, SessionLocked, CatalogError, LookupError) as exc:
            self.chat.error(AgentError(str(exc)))
            return
        if approval is None:
            self.chat.note(f"{what}: nothing to make, every take is up to date.")
            return
        if approval.free:  # nothing for an engine to make: nothing to ask
            self.start_production(approval.id)
            return
        self._ask(_needed(approval))
        self.refresh_header()

    # ── production the screen runs itself (no conversation to run it through) ─────────────────

    def action_continue_production(self) -> None:
        if self.busy is not None or self.session_id is None:
            return
        self.query_one("#stopped").remove_class("-shown")
        self.request(
            lambda service, sid: service.request_production(sid, actor="person"),
            "Continue",
        )

    def start_production(self, approval_id: str) -> None:
        self.busy = "production"
        self.refresh_bindings()
        self.run_production(approval_id)

    @work(exclusive=True, group="production", thread=True)
    def run_production(self, approval_id: str) -> None:
        # On a thread of its own, with its own event loop and database connection: checking the
        # cuts and cutting the episode read and encode video for seconds, and on the screen's
        # loop that froze typing. Progress comes back as messages.
        store = open_store(self.store.home)
        service = ProductionService(store, self.service.catalog, self.service.env)
        try:
            outcome = asyncio.run(self._produce(service, approval_id))
        except asyncio.CancelledError:
            return  # the screen closed: the store keeps the interrupted attempts for a resume
        except Exception as exc:  # shown in the chat with what to do; the app stays open
            self._post(
                AgentError(f"production stopped: {exc}", "fix the cause, then ctrl+g continues")
            )
            self.post_message(ProductionFinished("failed", None, []))
            return
        finally:
            self._production = None
            store.close()
        episode = str(outcome.episode) if outcome.episode else None
        failed = outcome.report.failed if outcome.report else []
        self.post_message(ProductionFinished(outcome.status, episode, failed, outcome.message))

    async def _produce(self, service: ProductionService, approval_id: str) -> Outcome:
        task = asyncio.current_task()
        assert task is not None
        self._production = (asyncio.get_running_loop(), task)
        return await service.approve(
            approval_id, by="person", on_progress=lambda e: self._post(ShotProgress(e))
        )

    def on_unmount(self) -> None:
        # Closing the app (or this session) stops its production; a thread would otherwise keep
        # the app from exiting until the last shot was made.
        running = self._production
        if running is not None:
            loop, task = running
            with contextlib.suppress(RuntimeError):  # its loop has just finished
                loop.call_soon_threadsafe(task.cancel)

    @on(ProductionFinished)
    def _production_finished(self, message: ProductionFinished) -> None:
        self.busy = None
        if message.status == "completed":
            self.chat.note(f"Production finished: every shot is done. Episode: {message.episode}")
        elif message.message and message.status != "failed":
            self.chat.note(message.message)
        else:
            failed = ", ".join(message.failed) or "some shots"
            self.chat.error(
                AgentError(
                    f"Production {message.status}: {failed} not done.",
                    "select a shot (F2, Enter) to edit its prompt or redo a stage, or ctrl+g to retry",
                )
            )
        self.pending = self._waiting()
        if self.pending is not None:
            self._ask(self.pending)
        self.reload_plan()
        self.refresh_header()
        self._show_stopped()
        self.refresh_bindings()

    # ── shot detail ────────────────────────────────────────────────────────────────────────────

    @on(DataTable.RowSelected, "#plan")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.open_shot(event.row_key.value)

    def open_shot(self, shot_id: str) -> None:
        if self.session_id is None:
            return
        from tui.screens.detail import ShotDetailScreen

        self.app.push_screen(
            ShotDetailScreen(self.store, self.session_id, shot_id, self.settings),
            self._shot_request,
        )

    def _shot_request(self, request: ShotRequest | None) -> None:
        """The shot detail asked for a redo (maybe with a new prompt): priced and approved like
        any other paid work, the same as `resume --redo` and the chat's "redo shot 2's clip"."""
        if request is None or self.session_id is None:
            return
        if (
            request.verb == "race"
        ):  # the shot's next stage on several engines, small: approved first
            self.request(
                lambda service, sid: service.request_race(sid, [request.shot_id], actor="person"),
                f"Race {request.shot_id}",
            )
            return
        if request.verb == "pick":
            self._pick(request.shot_id, request.engine)
            return
        self.request(
            lambda service, sid: service.request_redo(
                sid, request.shot_id, request.stage, prompt=request.prompt, actor="person"
            ),
            f"{request.shot_id} {STAGE_WORDS[request.stage]}",
        )

    def _pick(self, shot_id: str, engine: str | None) -> None:
        """The person's pick of a race: pinned now; at delivery its commit waits for approval."""
        if self.session_id is None:
            return
        if self.busy is not None:
            self.notify("Still working — pick again when it has finished.")
            return
        try:
            pin, commit = self.service.pick_race(self.session_id, shot_id, engine, actor="person")
        except (ServiceError, SessionLocked, LookupError) as exc:
            self.chat.error(AgentError(str(exc)))
            return
        if commit is None:
            self.chat.note(f"Picked {pin.engine} for {shot_id}: delivery makes it there first.")
            return
        self._ask(_needed(commit))
        self.refresh_header()


def _needed(approval: Approval) -> ApprovalNeeded:
    return ApprovalNeeded(
        kind=approval.kind,
        summary=approval.summary,
        estimate_usd=approval.estimate_usd,
        approval_id=approval.id,
    )


def _attempt_words(message: str) -> str:
    """'animatic: attempt 1 of 3' → 'try 1/3 animatic': short enough for the progress column."""
    engine, _, rest = message.partition(": attempt ")
    if not rest:
        return message[:24]
    return f"try {rest.replace(' of ', '/')} {engine}"
