"""Approve, revise or reject a proposal without typing: three buttons and three keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Static

from agent.events import ApprovalNeeded


class ApprovalBar(Horizontal):
    """Shown while the agent waits for the person's decision; the buttons run the screen's actions."""

    DEFAULT_CSS = """
    ApprovalBar { height: auto; display: none; padding: 0 1; background: $warning 15%; }
    ApprovalBar.-pending { display: block; }
    ApprovalBar #what { width: 1fr; height: 3; content-align-vertical: middle; }
    ApprovalBar Button { margin: 0 0 0 1; min-width: 10; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="what", markup=False)
        yield Button("Approve ^y", id="approve", variant="success", action="screen.approve")
        yield Button("Revise ^r", id="revise", variant="primary", action="screen.revise")
        yield Button("Reject ^n", id="reject", variant="error", action="screen.reject")

    def ask(self, event: ApprovalNeeded) -> None:
        what = "Approve the plan?" if event.kind == "plan" else "Start production?"
        cost = f" Estimate ${event.estimate_usd:.2f}." if event.estimate_usd else ""
        self.query_one("#what", Static).update(what + cost)
        self.add_class("-pending")

    def clear(self) -> None:
        self.remove_class("-pending")
