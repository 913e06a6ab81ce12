"""One session: the chat on the left, the plan on the right, where it stands and the budget on top.

Agent turns and productions run backstage (tui/backstage.py: a thread with its own event loop and
store connection); they post messages and this screen reacts to them, so typing stays answered
while shots are being made. Every change to the session goes through the application service.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, DataTable, Footer, Header, Input, Static, TextArea

from agent.chat_words import APPROVE, REJECT, budget_said, open_question
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
from sessions.models import Approval, ShotPlan, Tier
from sessions.stages import REDO_KEYS
from sessions.store import SessionNotFound, SessionStore
from sessions.summary import call_log, shot_summaries
from sessions.views import BudgetView, budget_view, live_status
from tools.catalog import CatalogError
from tools.service import NotAllowed, ProductionService, ServiceError
from tui.backstage import Backstage
from tui.conversation import ConversationUnavailable, Decision
from tui.messages import (
    AgentEventPosted,
    AgentLoaded,
    ProductionFinished,
    ProductionStopped,
    ShotRequest,
    TurnFinished,
)
from tui.session_state import history, plan_summary, where_it_stopped
from tui.settings import ChatSettings
from tui.views import STAGE_WORDS, status_words
from tui.widgets.approval import ApprovalBar
from tui.widgets.budget import BudgetMeter
from tui.widgets.chat import ChatLog
from tui.widgets.plan import PlanTable
from tui.widgets.prompt import PromptInput

# Progress comes in bursts (24 shots, several events per attempt): the plan table and the budget
# are redrawn at most this often, so typing stays answered while shots are produced.
PROGRESS_EVERY_S = 0.1
OTHER_DOORS_EVERY_S = 2.0  # how often an idle session looks for cards asked or answered elsewhere

# Short enough for the chat column at 140 columns (the old hints were cut after "Enter sends,");
# the input keeps the whole hint as its placeholder, so a narrower one still loses the end.
PROMPT_HINT = "Describe a video or a change · Enter sends · ^j new line"
REVISE_HINT = "What should change? e.g. 'shot 2 closer' · Esc cancels"
NEW_SESSION = (
    "New session. Describe the video you want — what it shows, how long, the look, the platform "
    "— and shotcaller proposes a shot list, with what producing it would cost, for your approval."
)
BUSY = "Still working on the last request — send it again when it is done."
BUSY_MAKING = "Producing — say 'stop' to stop it; anything else, send again when it is done."
# What stops a production from the chat ("stop", "cancel", "stop production please").
STOP = re.compile(
    r"^(?:stop|cancel|halt|abort|pause)(?:\s+(?:it|that|this|now|the\s+production|production|"
    r"producing|everything))?(?:\s+(?:now|please))?[.!]*$",
    re.I,
)
STOPPED = (
    "Stopped. What was made is kept; ctrl+g (or 'continue') makes the rest — a job an engine had "
    "already started is picked up then, not sent again."
)
# How an answered approval card says it was answered.
ANSWERED = {
    "approved": "approved",
    "done": "approved",
    "failed": "approved (stopped before it finished)",
    "rejected": "rejected",
    "superseded": "set aside",
}


class SessionScreen(Screen[None]):
    BINDINGS = [
        # ctrl+e would be the obvious "edit/revise" key, but the chat input uses it for end-of-line.
        Binding("ctrl+y", "approve", "Approve", priority=True),
        Binding("ctrl+r", "revise", "Revise", priority=True),
        Binding("ctrl+n", "reject", "Reject", priority=True),
        # The chat's own yes/no question ("Plan this new brief instead?") is answered with the
        # same keys as a card, and the footer names the answers the bar shows (it read "^y
        # Approve" beside "Yes ^y"): while a question is open, these are the keys' bindings.
        Binding("ctrl+y", "answer_yes", "Yes", priority=True),
        Binding("ctrl+n", "answer_no", "No", priority=True),
        Binding("ctrl+g", "continue_production", "Continue production", priority=True),
        Binding("f3", "storyboard", "Storyboard"),
        Binding("f2", "focus_plan", "Plan"),
        Binding("ctrl+o", "app.sessions", "Sessions"),
        # Tab goes between the two places a person works: the input and the plan (the chat's
        # tool lines are a click or a focus away, not twenty Tabs in the way).
        Binding("tab", "switch_pane", "Switch pane", show=False),
        Binding("shift+tab", "switch_pane", "Switch pane", show=False),
        Binding("escape", "focus_chat", "Chat", show=False),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    DEFAULT_CSS = """
    SessionScreen #panes { height: 1fr; }
    SessionScreen.-narrow #panes { layout: vertical; }
    SessionScreen #chat-pane { width: 45%; }
    SessionScreen.-narrow #chat-pane { width: 1fr; height: 1fr; }
    SessionScreen #plan-pane { width: 55%; border-left: solid $primary 40%; }
    SessionScreen.-narrow #plan-pane { width: 1fr; height: auto; max-height: 45%;
        border-left: none; border-top: solid $primary 40%; }
    SessionScreen.-narrow PlanTable { height: auto; max-height: 9; }
    SessionScreen #stopped { height: auto; display: none; padding: 0 1; background: $primary 15%; }
    SessionScreen #stopped.-shown { display: block; }
    SessionScreen #stopped Static { width: 1fr; }
    SessionScreen #stopped Button { min-width: 12; }
    """

    def __init__(
        self,
        store: SessionStore,
        settings: ChatSettings,
        session_id: str | None = None,
        *,
        brief: str | None = None,
        service: ProductionService | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.session_id = session_id
        self.brief = brief  # a brief typed before this screen opened (the session picker)
        self.plan: ShotPlan | None = None
        self.pending: ApprovalNeeded | None = None
        # The chat's own yes/no question, asked last and not answered ("Plan this new brief
        # instead?"): the approval bar's keys answer it before any card waiting behind it.
        self.question: str | None = None
        self.revising = False
        self.busy: str | None = None  # "agent" or "production" while backstage works
        self.conversing = False  # backstage holds an open conversation
        self.ready = False  # the agent is loaded and a saved approval, if any, is on its card
        # what the session looked like at the last look for other front doors' changes
        self._seen_elsewhere: tuple[str, float, int] | None = None
        self.stopped_here = False  # "producing" was left behind by a process that stopped
        self._making = False  # the work running now is making takes (a "stop" can end it)
        self._held: list[str] = []  # lines typed while busy, sent in turn when it is done
        self._stopping = False  # the person said "stop": the work's end is theirs, not a failure
        self._streamed = False
        # What this turn already showed, not printed again as its reply: the approval summaries
        # shown as cards, and errors shown as error lines (a failed turn returns its error too).
        self._cards: list[str] = []
        self._dirty: set[str] = set()  # shots whose rows wait for the next progress redraw
        self._redraw: Timer | None = None
        self._service = service
        self.backstage: Backstage

    @property
    def service(self) -> ProductionService:
        """The application service: every change this screen makes to the session goes through it."""
        if self._service is None:
            from tools.catalog import load_catalog

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
                yield PromptInput(placeholder=PROMPT_HINT, id="prompt")
            with Vertical(id="plan-pane"):
                with Horizontal(id="stopped"):
                    yield Static("", id="stopped-text", markup=False)
                    yield Button("Continue ^g", id="continue", action="screen.continue_production")
                yield PlanTable(id="plan")
        yield Footer()

    def on_mount(self) -> None:
        self.backstage = Backstage(self.store.home, self.settings)
        self.prompt.focus()
        if self.session_id is None:
            self.chat.note(NEW_SESSION)
        else:
            self._reopen(self.session_id)
        self.refresh_header()
        # The agent (pydantic-ai) takes a second to import: backstage loads it while the session
        # shows; a saved session's pending approval appears when it is ready.
        self.load_agent()
        if self.brief:
            brief, self.brief = self.brief, None
            self._send(brief)
        # Another front door (the CLI, another window) may ask or answer meanwhile: its card
        # shows here within a couple of seconds, not after the next message (a newcomer waited).
        self.set_interval(OTHER_DOORS_EVERY_S, self._watch_other_doors)

    def _watch_other_doors(self) -> None:
        if self.busy is not None or self.session_id is None or not self.ready:
            return
        try:
            info = self.store.session(self.session_id)
        except SessionNotFound:
            self._session_gone()
            return
        # Another process producing, a plan version or a spend from the CLI: the header and the
        # rows follow (the chat said "producing" for a minute after `resume --yes` had finished).
        seen = (info.status, info.cost_usd, self.store.latest_plan_version(self.session_id))
        if seen != self._seen_elsewhere or info.status == "producing":
            self._seen_elsewhere = seen
            self.reload_plan()
            self.refresh_header()
        waiting = self._waiting()
        if waiting is not None and (
            self.pending is None or waiting.approval_id != self.pending.approval_id
        ):
            self.reload_plan()
            self._ask(waiting)
        elif waiting is None and self.pending is not None and self.pending.approval_id:
            self.pending = None
            self._settle_card()
            self.query_one(ApprovalBar).clear()
            self.refresh_bindings()
            self.reload_plan()
            self.refresh_header()

    def on_unmount(self) -> None:
        # Closing the app (or this session) stops backstage work; a production's attempts are
        # kept as interrupted, and reopening the session offers to continue.
        self.backstage.close()

    def on_screen_resume(self) -> None:
        # Back from the shot detail, the storyboard or a dialog: the next thing typed goes to the
        # chat, never to whatever had focus before (Enter there would open a shot).
        self.call_after_refresh(self.prompt.focus)

    @property
    def chat(self) -> ChatLog:
        return self.query_one(ChatLog)

    @property
    def table(self) -> PlanTable:
        return self.query_one(PlanTable)

    @property
    def prompt(self) -> PromptInput:
        return self.query_one("#prompt", PromptInput)

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
                self.chat.tool_finished(payload, self._logged(payload))
        if info.status == "producing":
            self._settle_status(info.id)
        self.reload_plan()
        if self.plan is not None and self.plan.approved:
            self._show_stopped()

    def _settle_status(self, session_id: str) -> None:
        """A session left `producing` by a process that stopped (killed, closed) says where it is
        now; one that another process is still producing stays as it is."""
        try:
            self.service.refresh_status(session_id)
        except SessionLocked:
            return
        except (ServiceError, CatalogError):
            self.stopped_here = True

    @work(exclusive=True, group="load-agent")
    async def load_agent(self) -> None:
        await self.backstage.preload()
        self.post_message(AgentLoaded())

    @on(AgentLoaded)
    async def _agent_loaded(self) -> None:
        try:
            await self._offer_what_waits()
        finally:
            self.ready = True

    async def _offer_what_waits(self) -> None:
        if self.session_id is None or self.busy is not None:
            return  # a new session's conversation starts with its first brief
        await self._open_conversation()
        if self.plan is None or self.busy is not None:
            return
        self.pending = self._waiting()
        if self.pending is not None:
            self._ask(self.pending, announce=False)  # the history already shows what was asked
        elif not self.plan.approved:
            # A plan left unapproved with nothing asked (its proposal was set aside): offer it,
            # with what producing it would cost.
            self._ask(self._offered_plan())
        self._ask_open_question()  # asked before quitting: still the last thing asked

    async def _open_conversation(self) -> bool:
        """Open the conversation backstage if it is not; False (said when it matters) if the
        model cannot be used here — the plan can still be approved and produced."""
        if self.conversing:
            return True
        try:
            await self.backstage.open(self.session_id)
        except (ConversationUnavailable, CatalogError):
            return False
        self.conversing = True
        return True

    def _offered_plan(self) -> ApprovalNeeded:
        assert self.plan is not None and self.session_id is not None
        try:
            summary, usd = self.service.plan_card(self.session_id)  # a quote's price too
        except (ServiceError, CatalogError):
            return ApprovalNeeded("plan", plan_summary(self.plan))
        return ApprovalNeeded("plan", summary, estimate_usd=usd)

    def _waiting(self) -> ApprovalNeeded | None:
        """What waits for the person, as the service has it."""
        if self.session_id is None:
            return None
        try:
            waiting = self.service.pending(self.session_id)
        except CatalogError:
            return None
        return needed(waiting[-1]) if waiting else None

    # ── header, plan, budget ───────────────────────────────────────────────────────────────────

    def refresh_header(self) -> None:
        meter = self.query_one(BudgetMeter)
        if self.session_id is None:
            self.title, self.sub_title = "shotcaller", "new session"
            conversation = self.backstage.conversation
            cap = conversation.budget_usd if conversation is not None else None
            cap = self.settings.budget_usd if cap is None else cap
            if cap is None:
                try:
                    cap = self.service.catalog.guardrails.budget_usd
                except CatalogError:
                    cap = 0.0
            meter.show(self.settings.tier or "draft", BudgetView(0.0, 0.0, cap), "new session")
            return
        info = self.store.session(self.session_id)
        self.title, self.sub_title = "shotcaller", f"{info.title} · {info.id}"
        budget = budget_view(self.store, info.id, working=self.busy is not None)
        waiting = self.pending.kind if self.pending is not None and self.busy is None else None
        # "producing" with no process making it (this one is idle) is a production stopped
        here = self.busy is not None or (
            not self.stopped_here and live_status(self.store, info.id, info.status) != "stopped"
        )
        meter.show(info.tier, budget, status_words(info.status, waiting, here=here))

    def reload_plan(self) -> None:
        if self.session_id is None:
            return
        self.plan = self.store.plan(self.session_id)
        if self.plan is None:
            return
        rows = shot_summaries(self.store, self.session_id, self.plan)
        if self.stopped_here and self.busy is None:
            # Nothing is in progress in a production that stopped (the store keeps "in progress"
            # so continuing picks those shots up), and what each was doing ended with it.
            self.table.activity.clear()
            rows = [
                r.model_copy(update={"status": "stopped"}) if r.status == "in_progress" else r
                for r in rows
            ]
        # (a proposal's "to remake" rows, and a stopped production's "stopped" ones once it is
        # reopened, come from shot_summaries, as for `show`)
        self.table.show(rows)

    def _show_stopped(self) -> None:
        """Offer to continue when a session was left with work undone."""
        if self.session_id is None or self.plan is None:
            return
        text = where_it_stopped(self.store, self.session_id, self.plan)
        shown = text is not None and self.busy is None and self.pending is None
        self.query_one("#stopped").set_class(shown, "-shown")
        if text is not None:
            self.query_one("#stopped-text", Static).update(text)

    # ── the chat input ─────────────────────────────────────────────────────────────────────────

    @on(PromptInput.Submitted, "#prompt")
    def _submitted(self, event: PromptInput.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        if self.busy is not None:
            if self._making and STOP.match(text):
                event.prompt.clear()
                self.chat.you(text)
                self.stop_making()
                return
            if self.session_id is not None and (usd := budget_said(text)) is not None:
                # The brake works now, not after the money is spent: a lower budget is written
                # at once and the production reads it before its next stage.
                event.prompt.clear()
                self.chat.you(text)
                try:
                    self.chat.note(self.service.set_budget(self.session_id, usd, actor="person"))
                except SessionLocked:
                    self.chat.note("A higher budget waits until this work is done; say it then.")
                except (ServiceError, NotAllowed) as exc:
                    self.chat.error(AgentError(str(exc)))
                self.refresh_header()
                return
            # Held, not lost and not glued to the next line typed: it is sent when the work is
            # done (an answer to a card is not: the card then may be another one).
            event.prompt.clear()
            self.chat.you(text)
            self._held.append(text)
            self.chat.note(
                ("Producing — 'stop' stops it. " if self._making else "")
                + "This is sent when the work in hand is done."
            )
            return
        event.prompt.clear()
        self._send(text)

    def stop_making(self) -> None:
        """The person's "stop" while takes are being made: the work ends as closing the app
        would end it (see Backstage.stop), and the session says where it stopped."""
        if self._stopping:
            return
        self._stopping = True
        self.chat.note("Stopping after what is in flight is written down…")
        self.run_stop()

    @work(group="stop")
    async def run_stop(self) -> None:
        await self.backstage.stop()

    @on(ProductionStopped)
    def _production_stopped(self) -> None:
        # "stop" ends the work and what was queued behind it (a held "redo shot 3" would start
        # new work right after the person stopped it) — said, so no line vanishes unseen.
        dropped, self._held = self._held, []
        self.busy = None
        self._making = self._stopping = False
        self.stopped_here = True
        self.chat.end_turn()
        self.chat.stopped()
        self.chat.note(STOPPED)
        if dropped:
            lines = ", ".join(f"'{line}'" for line in dropped)
            unsent = f"Not sent, since you stopped: {lines}. Say it again to send it now."
            self.chat.note(unsent)
            if self.session_id is not None:  # (kept: what was typed is in the reopened chat too)
                self.store.add_message(self.session_id, "note", unsent)
        self.pending = self._waiting()
        if self.pending is None:
            self.query_one(ApprovalBar).clear()
        self.refresh_bindings()
        self.reload_plan()
        self.refresh_header()
        self._show_stopped()

    def _send(self, text: str) -> None:
        self.chat.you(text)
        if self._lazy_plan() and self.session_id is not None:
            # The plan offered on reopening has no request behind it yet: put it before the
            # service first, so a typed "approve" (or a revision) answers what the card shows
            # ("Nothing is waiting for your approval" answered it before).
            with contextlib.suppress(ServiceError, SessionLocked):  # the turn says what stands
                self._ask(
                    needed(self.service.propose_plan(self.session_id, None, actor="person")),
                    announce=False,
                )
        if self.revising:
            self._stop_revising()
            self._revise(text)
        else:
            self.start_turn(text, None)

    def on_key(self, event: events.Key) -> None:
        """A key typed while the plan (or a button, a tool line) has focus goes to the chat, so
        nothing typed is lost."""
        if not event.is_printable or event.character is None:
            return
        if isinstance(self.focused, (TextArea, Input)):
            return
        event.stop()
        self.prompt.focus()
        self.prompt.type_in(event.character)

    def _revise(self, note: str) -> None:
        if self.conversing or self.session_id is None:
            # Answering a request the service holds; the plan offered on reopening (nothing
            # asked yet) is revised by saying so.
            asked = self.pending is not None and bool(self.pending.approval_id)
            self.start_turn(note, "revise" if asked else None)
            return
        # No conversation here (no model can be used): revise with the rules, directly.
        if self.plan is None:
            self.start_turn(note, None)
            return
        try:
            sid = self.session_id or ""
            revised, said = apply_revision(self.plan, note, lambda v: self.store.plan(sid, v))
        except RevisionError as exc:
            self.chat.error(
                AgentError(
                    str(exc), "say it another way, e.g. 'make shot 2 a close-up' or 'drop shot 3'"
                )
            )
            self._ask(self._offered_plan())
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
        self._ask(needed(approval))

    def start_turn(self, text: str | None, decision: Decision | None) -> None:
        self.busy = "agent"
        self._making = False
        self._streamed = False
        self._cards = []
        self.refresh_bindings()
        self.run_turn(text, decision)

    @work(exclusive=True, group="agent")
    async def run_turn(self, text: str | None, decision: Decision | None) -> None:
        reply = ""
        try:
            await self.backstage.open(self.session_id)
            self.conversing = True
            if decision is not None:
                reply = await self.backstage.decide(decision, text or "", self._post)
            else:
                reply = await self.backstage.send(text or "", self._post)
        except asyncio.CancelledError:
            if not self._stopping:
                raise  # the screen is closing
            self.post_message(ProductionStopped())
            return
        except ConversationUnavailable as exc:
            self._post(
                AgentError(
                    str(exc),
                    "fix the model setting and send again, or quit and "
                    "run with SHOTCALLER_MODEL=offline",
                )
            )
        except CatalogError as exc:
            self._post(AgentError(str(exc), "fix the catalog, then send again"))
        except Exception as exc:  # a failed turn is shown in the chat; it must not close the app
            self._post(AgentError(f"the agent stopped: {exc}", "try again, or rephrase"))
        self.post_message(TurnFinished(reply))

    def _post(self, event: AgentEvent) -> None:
        """Called backstage (another thread): the event comes to this screen as a message."""
        self.post_message(AgentEventPosted(event))

    # ── what the agent and the scheduler tell the screen ───────────────────────────────────────

    def _logged(self, event: ToolCallFinished) -> list[str]:
        """The call's rows of the session log, each with what it caused, as lines."""
        if not event.log_ids or self.session_id is None:
            return []
        return [entry.line() for entry in call_log(self.store, self.session_id, event.log_ids)]

    @on(AgentEventPosted)
    def _event(self, message: AgentEventPosted) -> None:
        event = message.event
        if isinstance(event, TextDelta):
            self._streamed = True
            self.chat.agent_text(event.text)
        elif isinstance(event, ToolCallStarted):
            self.chat.tool_started(event)
        elif isinstance(event, ToolCallFinished):
            self.chat.tool_finished(event, self._logged(event))
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
            self._cards.append(f"{event.message} — {event.hint}" if event.hint else event.message)

    def _adopt_session(self) -> None:
        """The conversation creates its session on the first brief; the screen follows it."""
        session_id = self.backstage.session_id
        if session_id is not None and session_id != self.session_id:
            self.session_id = session_id
            self.refresh_header()

    def _progress(self, message: ShotProgress) -> None:
        event = message.event
        self._making = self.busy is not None  # a turn that makes takes can be stopped
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
        from tui.screens.storyboard import StoryboardScreen

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
        if isinstance(self.app.screen, StoryboardScreen):
            self.app.screen.refresh_shots()

    @on(TurnFinished)
    def _turn_finished(self, message: TurnFinished) -> None:
        try:
            self._finish_turn(message)
        except SessionNotFound:
            self._session_gone()

    def _session_gone(self) -> None:
        """The session was deleted from another front door (`shotcaller delete`): say so, and
        carry on as a new session instead of crashing on it."""
        self.busy = None
        self.session_id = None
        self.plan = None
        self.pending = None
        self.question = None
        self.query_one(ApprovalBar).clear()
        self.chat.error(
            AgentError(
                "this session was deleted from another front door",
                "type a brief to start a new one, or ctrl+o for the sessions",
            )
        )
        self.refresh_bindings()

    def _finish_turn(self, message: TurnFinished) -> None:
        self.busy = None
        reply = message.reply
        for shown in self._cards:  # a card or an error shown is not printed again as the reply
            reply = reply.replace(shown, "")
        if reply.strip() and not self._streamed:
            self.chat.agent_text(reply.strip())
        self.chat.end_turn()
        self._adopt_session()
        self.pending = self._waiting() or (self.pending if self._lazy_plan() else None)
        self._settle_card()
        if self._ask_open_question():
            pass
        elif self.pending is None:
            self.query_one(ApprovalBar).clear()
        else:  # an approval stays pending, visibly, through anything else said
            self.query_one(ApprovalBar).ask(self.pending)
        self.refresh_bindings()
        self.reload_plan()
        self.refresh_header()
        self._show_stopped()
        self.call_after_refresh(self._send_held)

    def _settle_card(self) -> None:
        """The open approval card says how it was answered once it no longer waits (answered
        here, by a chat "yes", from another front door, or set aside by a revision)."""
        card = self.chat.card
        if card is None:
            return
        approval_id = card[1].approval_id
        if self.pending is not None and self.pending.approval_id == approval_id:
            return
        approval = self.store.approval(approval_id) if approval_id else None
        status = approval.status if approval is not None else "superseded"
        self.chat.answered(ANSWERED.get(status, status))

    def _lazy_plan(self) -> bool:
        """An unapproved plan offered without a request behind it yet (see `_agent_loaded`)."""
        return self.pending is not None and not self.pending.approval_id

    # ── approvals ──────────────────────────────────────────────────────────────────────────────

    def _ask(self, event: ApprovalNeeded, *, announce: bool = True) -> None:
        self.pending = event
        self.question = None  # a card asked now is the last thing asked: the keys answer it
        open_card = self.chat.card
        if open_card is not None and open_card[1].approval_id == event.approval_id:
            announce = False  # the same request, already on its card
        if not announce and open_card is not None and not open_card[1].approval_id:
            # The plan offered on reopening now has its request: the card stands for it (else
            # it read "set aside" once that request was approved).
            self.chat.card = (open_card[0], event)
        if announce:
            self._settle_card()
            self.chat.proposal(event)
            self._cards.append(event.summary)
        self.query_one(ApprovalBar).ask(event)
        self.query_one("#stopped").remove_class("-shown")
        self.refresh_bindings()
        self.refresh_header()

    def _ask_open_question(self) -> bool:
        """Put the chat's open yes/no question on the approval bar, if there is one."""
        self.question = None
        if self.session_id is not None and self.busy is None:
            self.question = open_question(self.store.messages(self.session_id))
        if self.question is None:
            return False
        self.query_one(ApprovalBar).ask_question(self.question)
        self.refresh_bindings()
        return True

    def _answered_question(self, word: str) -> bool:
        """ctrl+y / ctrl+n on the chat's question, still the last thing asked: as if "yes" or "no"
        was typed. (A card asked since, from the shot detail or another door, is answered
        instead: a stale question made ctrl+y plan the new brief over a redo's card.)"""
        if self.question is None or self.busy is not None:
            return False
        still = self.session_id is not None and open_question(self.store.messages(self.session_id))
        self.question = None
        if not still:
            return False
        self._close_proposal()
        self._send(word)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("answer_yes", "answer_no"):
            return self.question is not None and self.busy is None
        if action in ("approve", "reject"):
            return self.pending is not None and self.question is None and self.busy is None
        if action == "revise":
            return self.pending is not None and self.question is None and self.busy is None
        if action == "continue_production":
            return self.busy is None and self.query_one("#stopped").has_class("-shown")
        return True

    def action_answer_yes(self) -> None:
        self.action_approve()

    def action_answer_no(self) -> None:
        self.action_reject()

    def action_approve(self) -> None:
        if self._answered_question("yes"):
            return
        pending = self.pending
        if pending is None or self.session_id is None or self.busy is not None:
            return
        self._close_proposal()
        if not pending.approval_id:  # the offered plan: put it before the service, then answer it
            try:
                pending = needed(self.service.propose_plan(self.session_id, None, actor="person"))
            except (ServiceError, SessionLocked) as exc:
                self.chat.error(AgentError(str(exc)))
                return
        self.chat.answered("approved")
        self.chat.you("approve")
        if self.conversing:
            self.start_turn(None, "approve")
        else:
            self.start_production(pending.approval_id)

    def action_reject(self) -> None:
        if self._answered_question("no"):
            return
        pending = self.pending
        if pending is None or self.session_id is None:
            return
        self._close_proposal()
        self.pending = None
        self.chat.answered("rejected")
        if self.conversing and pending.approval_id:
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
        self.prompt.placeholder = REVISE_HINT
        self.prompt.focus()

    def _stop_revising(self) -> None:
        self.revising = False
        self.prompt.placeholder = PROMPT_HINT

    def _close_proposal(self) -> None:
        self.query_one(ApprovalBar).clear()
        self.refresh_bindings()

    def action_focus_chat(self) -> None:
        if self.revising:
            self._stop_revising()
            if self.pending is not None:
                self.query_one(ApprovalBar).ask(self.pending)
        self.prompt.focus()

    def action_focus_plan(self) -> None:
        self.table.focus()

    def action_switch_pane(self) -> None:
        if self.focused is self.prompt:
            self.table.focus()
        else:
            self.prompt.focus()

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
        card = needed(approval)
        # On the record as the conversation's own cards are: reopened, the chat shows what was
        # asked before its answer (a card the screen asked for was missing from it).
        self.store.add_message(self.session_id, "approval", card.summary)
        self._ask(card)

    # ── settings the person changes (the palette, the picker) ──────────────────────────────────

    def set_budget(self, usd: float) -> None:
        """The person's budget, through the service (the same as typing "budget 40")."""
        if self.session_id is None:
            # No session yet: the conversation keeps it for the session the first brief starts.
            if self.busy is not None:
                self.notify(BUSY)
                return
            self._send(f"budget {usd:g}")
            return
        try:
            said = self.service.set_budget(self.session_id, usd, actor="person")
        except SessionLocked:
            self.chat.error(AgentError("busy producing: change the budget when it has finished"))
            return
        except ServiceError as exc:
            self.chat.error(AgentError(str(exc)))
            return
        self.chat.note(said)
        self.refresh_header()

    def set_tier(self, tier: Tier) -> None:
        """Draft or delivery; refused, naming the keys to set, when no engine of it is here."""
        if self.session_id is None:
            self.chat.error(AgentError("describe the video first: the tier belongs to a session"))
            return
        try:
            said = self.service.set_tier(self.session_id, tier, actor="person")
        except SessionLocked:
            self.chat.error(AgentError("busy producing: change the tier when it has finished"))
            return
        except (ServiceError, CatalogError) as exc:
            self.chat.error(AgentError(f"Cannot switch to {tier}: {exc}"))
            return
        self.chat.note(said)
        self.pending = self._waiting()
        self._settle_card()  # a production priced at the old tier was set aside
        if self.pending is None:
            self.query_one(ApprovalBar).clear()
        self.refresh_bindings()
        self.refresh_header()

    def rename(self, title: str) -> None:
        if self.session_id is None:
            return
        try:
            self.service.rename_session(self.session_id, title, actor="person")
        except (ServiceError, SessionLocked) as exc:
            self.chat.error(AgentError(str(exc)))
            return
        self.refresh_header()

    # ── production the screen asks for itself (continue, a redo from the shot detail) ─────────

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
        self._making = True
        self.refresh_bindings()
        self.refresh_header()
        self.run_production(approval_id)

    @work(exclusive=True, group="production")
    async def run_production(self, approval_id: str) -> None:
        try:
            outcome = await self.backstage.approve(approval_id, self._post)
        except asyncio.CancelledError:
            if not self._stopping:
                raise  # the screen is closing
            self.post_message(ProductionStopped())
            return
        except (ServiceError, SessionLocked) as exc:
            self._post(AgentError(str(exc)))
            self.post_message(ProductionFinished("failed", None, [], "not started"))
            return
        except Exception as exc:  # shown in the chat with what to do; the app stays open
            self._post(
                AgentError(f"production stopped: {exc}", "fix the cause, then ctrl+g continues")
            )
            self.post_message(ProductionFinished("failed", None, []))
            return
        episode = str(outcome.episode) if outcome.episode else None
        failed = outcome.report.failed if outcome.report else []
        self.post_message(
            ProductionFinished(
                outcome.status, episode, failed, outcome.message, outcome.approval.verb
            )
        )

    @on(ProductionFinished)
    def _production_finished(self, message: ProductionFinished) -> None:
        self.busy = None
        if message.status == "completed" and message.verb == "use_take":
            self.chat.note(message.message)  # which take is in use, and what was remade from it
        elif message.status == "completed":
            self.chat.note(f"Production finished: every shot is done. Episode: {message.episode}")
        elif message.message and message.status != "failed":
            self.chat.note(message.message)
        elif message.message != "not started":
            failed = ", ".join(message.failed) or "some shots"
            self.chat.error(
                AgentError(
                    f"Production {message.status}: {failed} not done.",
                    "select a shot (F2, Enter) to edit its prompt or redo a stage, or ctrl+g to retry",
                )
            )
        self.pending = self._waiting()
        self._settle_card()
        if self.pending is not None:
            self._ask(self.pending)
        self.reload_plan()
        self.refresh_header()
        self._show_stopped()
        self.refresh_bindings()
        self.call_after_refresh(self._send_held)

    def _send_held(self) -> None:
        """The next line typed while the screen was busy, now that it is not. A yes or a no is
        not sent: the card it meant may not be the one in front of the person now."""
        while self._held and self.busy is None:
            text = self._held.pop(0)
            if APPROVE.match(text.strip()) or REJECT.match(text.strip()):
                self.chat.note(f"“{text}” was typed before this card: answer the card now shown.")
                continue
            self._send(text)

    # ── shot detail and storyboard ─────────────────────────────────────────────────────────────

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
            self.shot_request,
        )

    def action_storyboard(self) -> None:
        if self.session_id is None or self.plan is None:
            self.notify("No shots yet: describe the video first.")
            return
        from tui.screens.storyboard import StoryboardScreen

        self.app.push_screen(
            StoryboardScreen(self.store, self.session_id, self.settings), self.shot_request
        )

    def shot_request(self, request: ShotRequest | None) -> None:
        """The shot detail asked for a new take (maybe with a new prompt) or an earlier one back:
        priced and approved like any other paid work, the same as `resume --redo` / `--use-take`
        and the chat's "redo shot 2's clip"."""
        if request is None or self.session_id is None:
            return
        if request.verb == "race":  # the shot's next stage on several engines, small: approved
            self.request(
                lambda service, sid: service.request_race(sid, [request.shot_id], actor="person"),
                f"Race {request.shot_id}",
            )
            return
        if request.verb == "pick":
            self._pick(request.shot_id, request.engine)
            return
        words = STAGE_WORDS[request.stage]
        if request.take is not None:
            take = request.take
            self.request(
                lambda service, sid: service.request_use_take(
                    sid, request.shot_id, request.stage, take, actor="person"
                ),
                f"{request.shot_id} {words} t{take}",
            )
            return
        self.request(
            lambda service, sid: service.request_redo(
                sid, request.shot_id, request.stage, prompt=request.prompt, actor="person"
            ),
            f"{request.shot_id} {words}",
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
        self._ask(needed(commit))
        self.refresh_header()


def needed(approval: Approval) -> ApprovalNeeded:
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
