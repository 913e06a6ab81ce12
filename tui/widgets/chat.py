"""The chat pane's log: the person's messages, the agent's streamed replies, tool calls inline."""

from __future__ import annotations

import json

from textual.containers import VerticalScroll
from textual.widgets import Collapsible, Static

from agent.events import AgentError, ApprovalNeeded, ToolCallFinished, ToolCallStarted


class Reply(Static):
    """The agent's reply, growing as its pieces arrive."""

    def __init__(self) -> None:
        super().__init__("", classes="reply", markup=False)
        self.text = ""

    def append(self, piece: str) -> None:
        self.text += piece
        self.update(self.text)


class ChatLog(VerticalScroll):
    """The conversation so far. Tool calls are collapsed to one line; open one to see its args."""

    DEFAULT_CSS = """
    ChatLog { height: 1fr; padding: 0 1; }
    ChatLog .you { color: $text; background: $boost; margin: 1 0 0 0; padding: 0 1; }
    ChatLog .reply { margin: 1 0 0 0; }
    ChatLog .note { color: $text-muted; margin: 1 0 0 0; }
    ChatLog .error { color: $error; border-left: thick $error; padding: 0 1; margin: 1 0 0 0; }
    ChatLog .proposal { border-left: thick $warning; padding: 0 1; margin: 1 0 0 0; }
    ChatLog Collapsible { margin: 0; padding: 0; border: none; }
    ChatLog Collapsible.failed CollapsibleTitle { color: $error; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.reply: Reply | None = None
        self.calls: dict[str, Collapsible] = {}

    def _add(self, widget: Static | Collapsible) -> None:
        self.mount(widget)
        self.scroll_end(animate=False)

    def you(self, text: str) -> None:
        self.reply = None
        self._add(Static(f"you  {text}", classes="you", markup=False))

    def note(self, text: str) -> None:
        self.reply = None
        self._add(Static(text, classes="note", markup=False))

    def agent_text(self, piece: str) -> None:
        """Stream a piece of the reply; a tool call between pieces starts a new paragraph."""
        if self.reply is None:
            self.reply = Reply()
            self._add(self.reply)
        self.reply.append(piece)
        self.scroll_end(animate=False)

    def end_turn(self) -> None:
        self.reply = None

    def tool_started(self, event: ToolCallStarted) -> None:
        self.reply = None
        args = json.dumps(event.args, default=str, indent=1) if event.args else "(no arguments)"
        box = Collapsible(
            Static(args, markup=False, classes="args"),
            title=f"⚙ {event.tool} …",
            collapsed=True,
        )
        self.calls[event.call_id] = box
        self._add(box)

    def tool_finished(self, event: ToolCallFinished) -> None:
        box = self.calls.get(event.call_id)
        if box is None:  # a call that started in an earlier turn (or before a resume)
            box = Collapsible(title="", collapsed=True)
            self.calls[event.call_id] = box
            self._add(box)
        mark = "✓" if event.ok else "✗"
        first = event.result.splitlines()[0] if event.result else ""
        box.title = f"{mark} {event.tool}  {first[:80]}"
        box.set_class(not event.ok, "failed")
        box.query_one("Contents").mount(Static(event.result, markup=False, classes="result"))

    def error(self, event: AgentError) -> None:
        self.reply = None
        text = f"⚠ {event.message}" + (f"\n→ {event.hint}" if event.hint else "")
        self._add(Static(text, classes="error", markup=False))

    def proposal(self, event: ApprovalNeeded) -> None:
        self.reply = None
        what = "Plan" if event.kind == "plan" else "Production"
        cost = f" — estimate ${event.estimate_usd:.2f}" if event.estimate_usd else ""
        self._add(
            Static(
                f"{what} awaiting your approval{cost}\n{event.summary}",
                classes="proposal",
                markup=False,
            )
        )
