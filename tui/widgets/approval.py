"""Approve, revise or reject a proposal without typing: three buttons and three keys."""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
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

    # What the bar says and its answers, longest first: on a narrow chat column the key hints go
    # (the footer shows the keys) before the price does; at 100 columns the bar read "Produce"
    # and "Reject ^", price and all cut off.
    _forms: tuple[str, ...] = ("",)
    _answers: tuple[str, str] = ("Approve", "Reject")
    _revise: bool = True

    def ask(self, event: ApprovalNeeded) -> None:
        self._show(bar_forms(event), ("Approve", "Reject"), revise=True)
        self._act("screen.approve", "screen.reject")

    def ask_question(self, question: str) -> None:
        """A yes/no question of the chat's own ("Plan this new brief instead?"): the same keys
        answer it, as a typed yes or no would."""
        self._show((question,), ("Yes", "No"), revise=False)
        self._act("screen.answer_yes", "screen.answer_no")

    def _act(self, yes: str, no: str) -> None:
        self.query_one("#approve", Button).action = yes
        self.query_one("#reject", Button).action = no

    def _show(self, forms: tuple[str, ...], answers: tuple[str, str], *, revise: bool) -> None:
        self._forms, self._answers, self._revise = forms, answers, revise
        self.query_one("#revise", Button).display = revise
        # A Button ignores clicks while it still shows the last press (~0.2 s): a new question
        # arriving that fast (the plan approved, its production asked) must take a click at once.
        for button in self.query(Button):
            button.remove_class("-active")
        self._fit()
        self.add_class("-pending")

    def on_resize(self, _: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        words, labels = fitted(self._forms, self._answers, self._revise, self.size.width)
        self.query_one("#what", Static).update(words)
        for key, label in zip(("#approve", "#revise", "#reject"), labels, strict=True):
            found = self.query_one(key, Button)
            if str(found.label) != label:
                found.label = label
                found.refresh(layout=True)  # a new label's width ("Approv" after "Yes ^y")

    def clear(self) -> None:
        self.remove_class("-pending")


def fitted(
    forms: tuple[str, ...], answers: tuple[str, str], revise: bool, width: int
) -> tuple[str, tuple[str, str, str]]:
    """The words and the three button labels that fit a bar `width` cells wide (0: not laid out
    yet, the longest): the first form with the keys on the buttons, else each form without."""
    yes, no = answers
    with_keys = (f"{yes} ^y", "Revise ^r", f"{no} ^n")
    without = (yes, "Revise", no)
    tries = [(forms[0], with_keys)] + [(form, without) for form in forms]
    for words, labels in tries:
        shown = labels if revise else (labels[0], labels[2])
        # each compact button: its label, a cell of padding each side and one of margin; the
        # bar's own padding is a cell each side
        room = width - 2 - sum(cell_len(label) + 3 for label in shown)
        if width == 0 or cell_len(words) <= room:
            return words, labels
    return forms[-1], without


def bar_forms(event: ApprovalNeeded) -> tuple[str, ...]:
    """`bar_words`, then shorter ways to say it: the shots and the price, then the price."""
    words = bar_words(event)
    question, _, cost = words.rpartition("? ")
    shots = question.partition(" ")[2]
    forms = [words]
    if shots and event.kind != "plan":
        forms.append(f"{shots}? {cost}")  # "S01–S06? $3.67"
    forms.append(f"{cost}?")
    return tuple(forms)


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
