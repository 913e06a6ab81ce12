"""The router's guardrails as plain functions over attempt rows: caps, rounds, keys, waits.

Regeneration cap and rounds. A shot's stage gets at most `max_attempts_per_stage` dispatched
attempts per *round*, across all engines. Round 1 opens with the first attempt. Only the person
opens another round — an explicit operator redo (`shotcaller resume ID --shot S03 --redo animate`,
the TUI's redo) — or a new picture: a take remade because its input changed (an approved plan
change, a new take upstream) after its round succeeded (tools/production/scheduler.py). The round
is recorded on each attempt (`params["round"]`), so a resumed session keeps counting where it
stopped. The agent's tools never open a round: an LLM asking for the 9th regeneration is refused
by code, whatever it was told (a failed round is never reopened by a remake).

A request past the cap writes no row (the round's rows already say why; the tool-call log keeps
the request). An engine passed over because its estimate would exceed the budget gets a row with
`error_kind = "budget"`, never dispatched and never counted, so provenance shows why the shot
went to a cheaper engine.

Only work that reached an engine counts against the cap: a row is written once the engine's slot
is held (a process killed while a shot waited in the queue leaves nothing), an attempt a process
died in before the engine gave it a job id is not counted, and neither is a local failure (a full
disk, a permission, a missing codec: this machine's problem, not the engine's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sessions.models import Attempt, sha256_text
from tools.routing.rank import Candidate

GUARDRAIL_KINDS = frozenset({"budget", "cap", "unavailable"})
# Statuses under which a provider job may still be running or finished unseen: polled, not paid
# again. A local failure keeps its job id too (an output the disk could not take).
ADOPTABLE = frozenset({"running", "interrupted"})


class PlanNotApproved(PermissionError):
    """Delivery production was asked for a plan the person has not approved."""


def dispatched(attempts: Iterable[Attempt]) -> list[Attempt]:
    """The attempts that reached an engine (guardrail refusals left out)."""
    return [a for a in attempts if a.error_kind not in GUARDRAIL_KINDS]


def counts_against_cap(attempt: Attempt) -> bool:
    """Whether the attempt used up part of the regeneration cap (module doc: what reached an
    engine, and was not this machine's failure)."""
    if attempt.error_kind in GUARDRAIL_KINDS or attempt.error_kind == "local":
        return False
    return not (attempt.status == "interrupted" and not attempt.provider_job_id)


def adoptable(attempt: Attempt) -> bool:
    """A submitted job nobody saw finish (a dead process, an output the disk refused): poll it."""
    if not attempt.provider_job_id:
        return False
    return attempt.status in ADOPTABLE or (
        attempt.status == "failed" and attempt.error_kind == "local"
    )


def last_in_round(attempts: Sequence[Attempt], round_: int) -> Attempt | None:
    """The round's latest attempt that reached an engine (or was stopped locally)."""
    mine = [a for a in dispatched(attempts) if round_of(a) == round_]
    return mine[-1] if mine else None


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
    """How much of the cap the round has used: every attempt that reached an engine, whatever its
    outcome (`counts_against_cap`)."""
    return sum(1 for a in attempts if counts_against_cap(a) and round_of(a) == round_)


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
    (a new draw) until the cap is used. With a learning ranker the engines left are reordered
    after each failure (`reorder`): what this and the other shots just learned picks the next. An engine leaves the walk when it cannot help this stage:
    retired, refused under `failover`, over budget, or asking to wait longer than we hold a shot."""

    ring: list[Candidate]
    cursor: int = 0

    def in_order(self) -> list[Candidate]:
        start = self.cursor % len(self.ring)
        return self.ring[start:] + self.ring[:start]

    def advance(self, candidate: Candidate) -> None:
        self.cursor = (self.ring.index(candidate) + 1) % len(self.ring)

    def resume_after(self, last: Attempt | None) -> None:
        """Continue a walk an earlier call (or a dead process) left: past the engine whose answer
        ended it, or at the engine it was stopped in without one."""
        names = [c.name for c in self.ring]
        if last is None or last.engine not in names:
            return
        index = names.index(last.engine)
        unanswered = last.status == "interrupted" or last.error_kind == "local"
        if last.status == "succeeded" or unanswered:
            self.cursor = 0 if last.status == "succeeded" else index
        else:
            self.cursor = (index + 1) % len(self.ring)

    def reorder(self, ranked: Sequence[Candidate], *, last: Candidate) -> None:
        """The engines still in play in a new ranking order, `last` at the end; the walk goes on
        from the first."""
        names = [c.name for c in ranked]
        order = sorted(
            self.ring,
            key=lambda c: (
                c.name == last.name,
                names.index(c.name) if c.name in names else len(names),
            ),
        )
        self.ring, self.cursor = order, 0

    def drop(self, candidate: Candidate) -> None:
        index = self.ring.index(candidate)
        self.ring.pop(index)
        self.cursor = index % len(self.ring) if self.ring else 0
