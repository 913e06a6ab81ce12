"""The router's guardrails as plain functions over attempt rows: caps, rounds, keys, waits.

Regeneration cap and rounds. A shot's stage gets at most `max_attempts_per_stage` dispatched
attempts per *round*, across all engines. Round 1 opens with the first attempt. Only the person
opens another round — an explicit operator redo (`shotcaller resume ID --shot S03 --redo animate`,
the TUI's redo) — and the round is recorded on each attempt (`params["round"]`), so a resumed session
keeps counting where it stopped. The agent's tools never open a round: an LLM asking for the 9th
regeneration is refused by code, whatever it was told.

A request past the cap writes no row (the round's rows already say why; the tool-call log keeps
the request). An engine passed over because its estimate would exceed the budget gets a row with
`error_kind = "budget"`, never dispatched and never counted, so provenance shows why the shot
went to a cheaper engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sessions.models import Attempt, sha256_text
from tools.routing.rank import Candidate

GUARDRAIL_KINDS = frozenset({"budget", "cap", "unavailable"})


class PlanNotApproved(PermissionError):
    """Delivery production was asked for a plan the person has not approved."""


def dispatched(attempts: Iterable[Attempt]) -> list[Attempt]:
    """The attempts that reached an engine (guardrail refusals left out)."""
    return [a for a in attempts if a.error_kind not in GUARDRAIL_KINDS]


def round_of(attempt: Attempt) -> int:
    value = attempt.params.get("round", 1)
    return value if isinstance(value, int) else 1


def current_round(attempts: Sequence[Attempt], *, operator_redo: bool) -> int:
    """The round a new request belongs to: the latest one, or a new one if the person asked."""
    latest = max((round_of(a) for a in attempts), default=0)
    if latest == 0:
        return 1
    return latest + 1 if operator_redo else latest


def used_in_round(attempts: Sequence[Attempt], round_: int) -> int:
    """How much of the cap the round has used: every dispatched attempt, whatever its outcome."""
    return sum(1 for a in dispatched(attempts) if round_of(a) == round_)


def waiting_for_person(attempts: Sequence[Attempt], round_: int) -> Attempt | None:
    """The refusal this round is blocked on, if its last dispatched attempt was refused.

    Under `on_refusal = "ask"` nothing paid is retried until the person opens a new round.
    """
    mine = [a for a in dispatched(attempts) if round_of(a) == round_]
    return mine[-1] if mine and mine[-1].status == "refused" else None


def refused_same_prompt(attempts: Sequence[Attempt], round_: int, prompt_sha256: str) -> str | None:
    """The engine whose refusal ended the round before `round_`, if it refused this same prompt.

    A policy check answers the same words the same way: when the person opens a new round without
    changing the prompt, that engine goes to the back of the ranking (the next engine is tried
    first). With a new prompt it keeps its place: the person rewrote the words for it.
    """
    blocked = waiting_for_person(attempts, round_ - 1) if round_ > 1 else None
    if blocked is None or blocked.prompt_sha256 != prompt_sha256:
        return None
    return blocked.engine


def job_base(*parts: object) -> str:
    """What identifies a job up to its retry number: same inputs, same engine, same take."""
    return sha256_text("|".join(map(str, parts)))


def idempotency_key(base: str, number: int) -> str:
    return sha256_text(f"{base}|{number}")


def bounded_wait(retry_after_s: float | None, limit_s: float) -> float | None:
    """How long to honour a Retry-After, or None when it asks for longer than we hold a shot."""
    wait = 1.0 if retry_after_s is None else max(0.0, retry_after_s)
    return wait if wait <= limit_s else None


@dataclass
class FailoverWalk:
    """The engines still in play for one stage, in ranking order, and where the walk stands.

    Failover follows the ranking and wraps around: after the last engine the first is tried again
    (a new draw) until the cap is used. An engine leaves the walk when it cannot help this stage:
    retired, refused under `failover`, over budget, or asking to wait longer than we hold a shot."""

    ring: list[Candidate]
    cursor: int = 0

    def in_order(self) -> list[Candidate]:
        start = self.cursor % len(self.ring)
        return self.ring[start:] + self.ring[:start]

    def advance(self, candidate: Candidate) -> None:
        self.cursor = (self.ring.index(candidate) + 1) % len(self.ring)

    def drop(self, candidate: Candidate) -> None:
        index = self.ring.index(candidate)
        self.ring.pop(index)
        self.cursor = index % len(self.ring) if self.ring else 0
