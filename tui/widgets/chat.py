"""The chat pane's log: the person's messages, the agent's streamed replies, tool calls inline."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.text import Text
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
    ChatLog .proposal.answered { border-left: thick $panel; color: $text-muted; }
    ChatLog Collapsible { margin: 0; padding: 0; border: none; }
    ChatLog Collapsible.failed CollapsibleTitle { color: $error; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.reply: Reply | None = None
        self.calls: dict[str, tuple[Collapsible, Static]] = {}
        self.card: tuple[Static, ApprovalNeeded] | None = None  # the card waiting for an answer

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

    def stopped(self) -> None:
        """The person stopped the work: lines of calls still running say so (a "⚙ produce …"
        kept spinning after the stop)."""
        for box, result in self.calls.values():
            if box.title.startswith("⚙"):
                box.title = "■ " + box.title.removeprefix("⚙ ").removesuffix(" …") + "  stopped"
                result.update("Stopped by you; continuing picks it up.")

    def tool_started(self, event: ToolCallStarted) -> None:
        self.reply = None
        if event.call_id in self.calls:
            # A call that waited for approval runs again under the same id once approved: it is
            # shown where it runs (after its card and the answer), not where it first asked.
            self.calls.pop(event.call_id)[0].remove()
        args = json.dumps(event.args, default=str, indent=1) if event.args else "(no arguments)"
        self._call_box(event.call_id, f"⚙ {event.tool} …", args)

    def tool_finished(self, event: ToolCallFinished, log: Sequence[str] = ()) -> None:
        """The call's line gets its outcome; opened, it shows the result and `log`: its rows of
        the session log (who asked, the approval and who gave it, the runs it caused)."""
        if event.call_id not in self.calls:  # started in an earlier turn, or before a resume
            self._call_box(event.call_id, "", "")
        box, result = self.calls[event.call_id]
        mark = "↷" if event.set_aside else "✓" if event.ok else "✗"
        first = event.result.splitlines()[0] if event.result else ""
        box.title = f"{mark} {event.tool}  {first[:80]}"
        box.set_class(not event.ok and not event.set_aside, "failed")
        logged = "\n\nIn the session log:\n" + "\n".join(log) if log else ""
        result.update(event.result + logged)

    def _call_box(self, call_id: str, title: str, args: str) -> None:
        # The result has its place from the start: a box mounted a moment ago has no children yet.
        result = Static("", markup=False, classes="result")
        box = Collapsible(Static(args, markup=False, classes="args"), result, title=title)
        self.calls[call_id] = (box, result)
        self._add(box)

    def error(self, event: AgentError) -> None:
        self.reply = None
        text = f"⚠ {event.message}" + (f"\n→ {event.hint}" if event.hint else "")
        self._add(Static(text, classes="error", markup=False))

    def proposal(self, event: ApprovalNeeded) -> None:
        """The approval card: what is asked, what it would cost, the keys that answer it."""
        self.reply = None
        for call_id in event.call_ids:
            # The model's call that asked is waiting on this card: the card stands for it.
            if call_id in self.calls and self.calls[call_id][0].title.startswith("⚙"):
                self.calls.pop(call_id)[0].remove()
        self.card = (Static(_card(event), classes="proposal", markup=False), event)
        self._add(self.card[0])

    def answered(self, word: str) -> None:
        """The open card was answered (approved, rejected, set aside): it says so, and its keys
        go (they answer the next card, not this one)."""
        if self.card is None:
            return
        card, event = self.card
        self.card = None
        card.update(_card(event, word))
        card.add_class("answered")


def _card(event: ApprovalNeeded, answered: str = "") -> Text:
    what = "The plan" if event.kind == "plan" else "This work"
    if answered:
        return Text.assemble((f"{what} — {answered}\n", "bold"), event.summary)
    return Text.assemble(
        (f"{what} waits for your approval\n", "bold"),
        event.summary,
        ("\nctrl+y approve · ctrl+r revise · ctrl+n reject", "dim"),
    )
