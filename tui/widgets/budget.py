"""The budget meter and the tier, always in view at the top of a session."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from sessions.views import BudgetView

BAR = 20


class BudgetMeter(Static):
    DEFAULT_CSS = "BudgetMeter { height: 1; padding: 0 1; background: $panel; }"
    _shown: Text | None = None

    def show(self, tier: str, budget: BudgetView, status: str) -> None:
        spent = round(budget.spent_usd / budget.cap_usd * BAR) if budget.cap_usd > 0 else 0
        held = round(budget.fraction * BAR) - spent
        bar = Text("█" * spent, style="green") + Text("▒" * max(0, held), style="yellow")
        bar += Text("░" * max(0, BAR - spent - max(0, held)), style="dim")
        style = "bold red" if budget.fraction >= 0.9 else ""
        line = Text.assemble(
            ("tier ", "dim"),
            (tier, "bold cyan"),
            ("  budget ", "dim"),
            bar,
            (
                f" ${budget.spent_usd:.2f} spent · ${budget.reserved_usd:.2f} reserved · "
                f"${budget.cap_usd:.2f} cap",
                style,
            ),
            ("  " + status.replace("_", " "), "italic"),
        )
        # An update lays the whole screen out again: while shots are produced the meter is asked
        # ten times a second, and mostly nothing has moved.
        if line != self._shown:
            self._shown = line
            self.update(line)
