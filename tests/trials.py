"""Trial counts of the seeded suites, printed at the end of the test run (tests/conftest.py).

A suite that draws its cases from seeds says how many it ran and how many failed, so a green run
also says how much it tried (`make test` runs the fast setting, `make soak` the long one).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

_lock = threading.Lock()


@dataclass
class Tally:
    trials: int = 0
    failures: int = 0
    figures: dict[str, int] = field(default_factory=dict)

    def line(self, suite: str) -> str:
        extra = ", ".join(f"{v} {k}" for k, v in sorted(self.figures.items()))
        return f"{suite}: {self.trials} trials, {self.failures} failures" + (
            f" ({extra})" if extra else ""
        )


REPORT: dict[str, Tally] = {}


def record(suite: str, *, failed: bool, **figures: int) -> None:
    """Count one trial of `suite` (thread-safe: trials run in parallel)."""
    with _lock:
        tally = REPORT.setdefault(suite, Tally())
        tally.trials += 1
        tally.failures += int(failed)
        for name, value in figures.items():
            tally.figures[name] = tally.figures.get(name, 0) + value
