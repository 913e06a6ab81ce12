"""The tier, where the session stands, and the budget meter: always in view at the top of a session.

The status comes first so a narrow terminal never cuts it; the meter gives up words, then its bar,
before the status loses a letter.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from sessions.views import BudgetView

WIDE_BAR, NARROW_BAR = 20, 10


class BudgetMeter(Static):
    DEFAULT_CSS = "BudgetMeter { height: 1; padding: 0 1; background: $panel; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._state: tuple[str, BudgetView, str] | None = None
        self._shown: Text | None = None

    def show(self, tier: str, budget: BudgetView, status: str) -> None:
        """`status` in words, e.g. "production waiting for your approval"."""
        state = (tier, budget, status)
        # While shots are produced the meter is asked ten times a second, and mostly nothing has
        # moved; an update lays the whole screen out again.
        if state != self._state:
            self._state = state
            self._draw()

    @property
    def line(self) -> str:
        return self._shown.plain if self._shown is not None else ""

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._state is None:
            return
        width = max(20, self.size.width - 2 if self.size.width else 120)
        line = meter_line(*self._state, width=width)
        if line != self._shown:
            self._shown = line
            self.update(line)


def meter_line(tier: str, budget: BudgetView, status: str, *, width: int) -> Text:
    """The longest form that fits `width` cells: status, then the money in fewer words."""
    head = Text.assemble((tier, "bold cyan"), (" · ", "dim"), (status, "italic"))
    warn = "bold red" if budget.fraction >= 0.9 else ""
    spent, held, cap = budget.spent_usd, budget.reserved_usd, budget.cap_usd
    forms = [
        (WIDE_BAR, f" ${spent:.2f} spent · ${held:.2f} reserved · ${cap:.2f} budget"),
        (NARROW_BAR, f" ${spent:.2f} spent · ${held:.2f} held · ${cap:.2f} cap"),
        (NARROW_BAR, f" ${spent:.2f}+${held:.2f} of ${cap:.2f}"),
        (0, f" ${spent:.2f} of ${cap:.2f}"),
    ]
    for bar_cells, money in forms:
        line = head + Text("  ") + _bar(budget, bar_cells) + Text(money, style=warn)
        if line.cell_len <= width:
            return line
    return head  # too narrow for money: where the session stands matters more


def _bar(budget: BudgetView, cells: int) -> Text:
    if cells == 0:
        return Text("")
    spent = round(budget.spent_usd / budget.cap_usd * cells) if budget.cap_usd > 0 else 0
    spent = min(spent, cells)
    held = max(0, min(cells - spent, round(budget.fraction * cells) - spent))
    return (
        Text("█" * spent, style="green")
        + Text("▒" * held, style="yellow")
        + Text("░" * (cells - spent - held), style="dim")
    )
