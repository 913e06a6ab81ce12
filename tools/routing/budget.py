"""The session budget: money is reserved before it is spent, and settled after.

Arithmetic; its one read is the session's current budget (`cap_now`), for the brake. `reserve()` checks and books in one step with no await in between, so under
asyncio it is atomic; a lock makes it safe from threads too.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

_EPSILON = 1e-9


class BudgetExceeded(Exception):
    """The reservation would take the session over its budget. Nothing was booked."""


@dataclass
class Budget:
    cap_usd: float
    spent_usd: float = 0.0
    reserved_usd: float = 0.0
    # The person's brake: "budget 0" typed while a production runs takes hold at the next
    # reservation. The production reads the session's budget through this (it is the one
    # read this class makes); a failed read keeps the cap it had.
    cap_now: Callable[[], float] | None = field(default=None, repr=False)
    _reservations: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def available_usd(self) -> float:
        return self.cap_usd - self.spent_usd - self.reserved_usd

    def reserve(self, key: str, amount_usd: float) -> None:
        """Book `amount_usd` under `key`, or raise `BudgetExceeded` without booking anything."""
        amount_usd = max(0.0, amount_usd)
        if self.cap_now is not None:
            # a read that fails is no reason to spend more or to stop: the cap stays
            with contextlib.suppress(Exception):
                self.cap_usd = float(self.cap_now())
        with self._lock:
            if key in self._reservations:
                raise ValueError(f"reservation {key!r} already held")
            if self.spent_usd + self.reserved_usd + amount_usd > self.cap_usd + _EPSILON:
                raise BudgetExceeded(
                    f"${amount_usd:.2f} would exceed the budget "
                    f"(spent ${self.spent_usd:.2f}, reserved ${self.reserved_usd:.2f}, "
                    f"cap ${self.cap_usd:.2f})"
                )
            self._reservations[key] = amount_usd
            self.reserved_usd += amount_usd

    def settle(self, key: str, actual_usd: float) -> None:
        """Release the reservation and book what was actually charged."""
        with self._lock:
            held = self._reservations.pop(key, 0.0)
            self.reserved_usd = max(0.0, self.reserved_usd - held)
            self.spent_usd += max(0.0, actual_usd)

    def release(self, key: str) -> None:
        self.settle(key, 0.0)
