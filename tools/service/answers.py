"""What the service answers with: its errors (one line each for the person) and the outcome of an
answered approval. Apart from service.py so the verb groups beside it (cast, race, batch) use them
without importing the service they serve."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sessions.models import Approval, Shot, ShotPlan
from tools.production.scheduler import ProductionReport, ProgressEvent

ProgressFn = Callable[[ProgressEvent], None]
SeedPolicy = Literal["auto", "new", "keep"]


def in_words(names: Sequence[str]) -> str:
    """`A`, `A and B`, `A, B and C` (keys to set, shots changed: said as a person lists them)."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


class ServiceError(ValueError):
    """Something the person (or the model) asked that cannot be done; one line saying why."""


class UnknownShot(ServiceError, LookupError):
    """A shot reference the plan does not have (the message names the shots it has)."""


class NotApproved(ServiceError):
    """Work was asked for on a plan the person has not approved."""


class NotAllowed(ServiceError):
    """A verb the asker may not use (the model moving a guardrail, say)."""


@dataclass
class Outcome:
    """What an answered approval did."""

    approval: Approval
    status: str  # the session's status afterwards
    message: str  # what happened, in a few lines for the person (and the model)
    report: ProductionReport | None = None
    episode: Path | None = None
    next: Approval | None = None  # the approval that follows (a plan's production)
    spent_usd: float = 0.0


def shot_of(plan: ShotPlan, ref: str) -> Shot:
    try:
        return plan.resolve(ref)
    except LookupError as exc:
        raise UnknownShot(str(exc)) from None
