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
    ApprovalBar #what { width: 1fr; min-width: 8; height: 1; }
    ApprovalBar Button { margin: 0 0 0 1; min-width: 0; width: auto; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="what", markup=False)
        yield Button(
            "Approve ^y", id="approve", variant="success", action="screen.approve", compact=True
        )
        yield Button(
            "Revise ^r", id="revise", variant="primary", action="screen.revise", compact=True
        )
        yield Button(
            "Reject ^n", id="reject", variant="error", action="screen.reject", compact=True
        )

    def ask(self, event: ApprovalNeeded) -> None:
        self._show(bar_words(event), "Approve ^y", "Reject ^n", revise=True)

    def ask_question(self, question: str) -> None:
        """A yes/no question of the chat's own ("Plan this new brief instead?"): the same keys
        answer it, as a typed yes or no would."""
        self._show(question, "Yes ^y", "No ^n", revise=False)

    def _show(self, what: str, yes: str, no: str, *, revise: bool) -> None:
        self.query_one("#what", Static).update(what)
        for key, label in (("#approve", yes), ("#reject", no)):
            found = self.query_one(key, Button)
            if str(found.label) != label:
                found.label = label
                found.refresh(layout=True)  # a new label's width ("Approv" after "Yes ^y")
        self.query_one("#revise", Button).display = revise
        # A Button ignores clicks while it still shows the last press (~0.2 s): a new question
        # arriving that fast (the plan approved, its production asked) must take a click at once.
        for button in self.query(Button):
            button.remove_class("-active")
        self.add_class("-pending")

    def clear(self) -> None:
        self.remove_class("-pending")


def bar_words(event: ApprovalNeeded) -> str:
    """`Plan? $3.67` · `Redo S01 clip? $0.65` · `Plan? free`: a few words beside the buttons
    (the card above has the rest; "Plan? $0.00 to make" was cut to "Plan? $0.00 to" on a
    narrow chat column)."""
    cost = f"${event.estimate_usd:.2f}" if event.estimate_usd > 0 else "free"
    if event.kind == "plan":
        return f"Plan? {cost}"
    headline = event.summary.splitlines()[0] if event.summary else "Produce"
    what = headline.split(" (")[0]  # "Produce S01–S06 (keyframe, clip)" → "Produce S01–S06"
    return f"{what}? {cost}"
