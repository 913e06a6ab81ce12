"""What the screens show, read from the store as plain rows.

Aggregates are computed in SQL (counts, sums, the engine of each current take) so that a session with
10,000 logged attempts opens as fast as one with ten: no screen ever loads every attempt as a model.
Pure reads; the store stays the one place that writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sessions.models import TAKE_LABELS, Attempt, ShotPlan
from sessions.store import SessionStore

# Short names for stages, as the person says them (and as the keys in the shot detail name them).
STAGE_WORDS: dict[str, str] = {**TAKE_LABELS, "check_continuity": "continuity"}
ATTEMPTS_PAGE = 50


@dataclass(frozen=True)
class SessionRow:
    id: str
    title: str
    status: str
    created: str
    tier: str
    shots: int
    cost_usd: float
    budget_usd: float

    @property
    def date(self) -> str:
        return self.created[:16].replace("T", " ")


@dataclass(frozen=True)
class ShotRow:
    id: str
    duration_s: float
    framing: str
    camera: str
    tags: tuple[str, ...]
    chain_from: str | None
    status: str
    reason: str
    attempts: int
    cost_usd: float
    engines: dict[str, str] = field(default_factory=dict)  # take kind → engine of the current take


@dataclass(frozen=True)
class BudgetView:
    spent_usd: float
    reserved_usd: float
    cap_usd: float

    @property
    def fraction(self) -> float:
        if self.cap_usd <= 0:
            return 1.0 if self.spent_usd > 0 else 0.0
        return min(1.0, (self.spent_usd + self.reserved_usd) / self.cap_usd)


def session_rows(store: SessionStore) -> list[SessionRow]:
    """Every saved session, newest first, with its shot count and cost — one query."""
    rows = store.db.query(
        """
        select s.id, s.title, s.status, s.created, s.tier, s.budget_usd,
          (select count(*) from shots where shots.session_id = s.id) as shots,
          (select coalesce(sum(cost_usd), 0) from attempts a where a.session_id = s.id) as cost
        from sessions s order by s.created desc, s.id
        """
    )
    return [
        SessionRow(
            id=r["id"],
            title=r["title"],
            status=r["status"],
            created=r["created"],
            tier=r["tier"],
            shots=int(r["shots"]),
            cost_usd=float(r["cost"]),
            budget_usd=float(r["budget_usd"]),
        )
        for r in rows
    ]


def shot_rows(store: SessionStore, session_id: str, plan: ShotPlan) -> list[ShotRow]:
    """One row per planned shot: live status, attempt count, cost and each current take's engine."""
    stats = _attempt_stats(store, session_id, None)
    engines = _take_engines(store, session_id, None)
    states = store.shot_states(session_id)
    return [
        _row(shot_id=s.id, plan=plan, stats=stats, engines=engines, states=states)
        for s in plan.shots
    ]


def shot_row(store: SessionStore, session_id: str, plan: ShotPlan, shot_id: str) -> ShotRow:
    """The same row for one shot, for live updates while it is produced."""
    stats = _attempt_stats(store, session_id, shot_id)
    engines = _take_engines(store, session_id, shot_id)
    states = store.shot_states(session_id)
    return _row(shot_id=shot_id, plan=plan, stats=stats, engines=engines, states=states)


def _row(
    *,
    shot_id: str,
    plan: ShotPlan,
    stats: dict[str, tuple[int, float]],
    engines: dict[str, dict[str, str]],
    states: dict[str, tuple[str, str]],
) -> ShotRow:
    shot = plan.shot(shot_id)
    count, cost = stats.get(shot_id, (0, 0.0))
    status, reason = states.get(shot_id, (shot.status, ""))
    return ShotRow(
        id=shot.id,
        duration_s=shot.duration_s,
        framing=shot.framing,
        camera=shot.camera,
        tags=tuple(shot.tags),
        chain_from=shot.chain_from,
        status=status,
        reason=reason,
        attempts=count,
        cost_usd=cost,
        engines=engines.get(shot_id, {}),
    )


def _attempt_stats(
    store: SessionStore, session_id: str, shot_id: str | None
) -> dict[str, tuple[int, float]]:
    where, args = "session_id = ?", [session_id]
    if shot_id:
        where, args = where + " and shot_id = ?", [*args, shot_id]
    rows = store.db.query(
        f"select shot_id, count(*) as n, coalesce(sum(cost_usd), 0) as c from attempts "
        f"where {where} group by shot_id",
        args,
    )
    return {r["shot_id"]: (int(r["n"]), float(r["c"])) for r in rows}


def _take_engines(
    store: SessionStore, session_id: str, shot_id: str | None
) -> dict[str, dict[str, str]]:
    where, args = "t.session_id = ? and t.current = 1", [session_id]
    if shot_id:
        where, args = where + " and t.shot_id = ?", [*args, shot_id]
    rows = store.db.query(
        f"select t.shot_id, t.kind, a.engine from artifacts t "
        f"left join attempts a on a.id = t.attempt_id where {where}",
        args,
    )
    found: dict[str, dict[str, str]] = {}
    for r in rows:
        if r["shot_id"] and r["engine"]:
            found.setdefault(r["shot_id"], {})[r["kind"]] = r["engine"]
    return found


def budget_view(store: SessionStore, session_id: str, *, working: bool) -> BudgetView:
    """Spent, reserved and cap. Money is reserved while an attempt runs (its estimate); attempts
    left `running` by a closed app are not in flight, so they only count while work is under way."""
    info = store.db.table("sessions").get(session_id)
    row = next(
        store.db.query(
            "select coalesce(sum(cost_usd), 0) as spent, coalesce(sum(case when status = "
            "'running' then estimated_cost_usd else 0 end), 0) as held "
            "from attempts where session_id = ?",
            [session_id],
        )
    )
    reserved = float(row["held"]) if working else 0.0
    return BudgetView(float(row["spent"]), reserved, float(info["budget_usd"]))


@dataclass(frozen=True)
class AttemptsPage:
    attempts: list[Attempt]
    total: int
    chains: dict[str, list[str]]  # attempt id → engines it failed over from, oldest first


def attempts_page(
    store: SessionStore, session_id: str, shot_id: str, limit: int = ATTEMPTS_PAGE
) -> AttemptsPage:
    """The newest `limit` attempts of one shot (oldest first), the total, and failover chains."""
    total = int(
        next(
            store.db.query(
                "select count(*) as n from attempts where session_id = ? and shot_id = ?",
                [session_id, shot_id],
            )
        )["n"]
    )
    ids = [
        r["id"]
        for r in store.db.query(
            "select id from attempts where session_id = ? and shot_id = ? "
            "order by started_at desc, rowid desc limit ?",
            [session_id, shot_id, limit],
        )
    ]
    attempts = [store.attempt(i) for i in reversed(ids)]
    by_id = {a.id: a for a in attempts}
    chains: dict[str, list[str]] = {}
    for attempt in attempts:
        chain: list[str] = []
        previous = attempt.failover_from
        while previous and len(chain) < 10:  # a chain is at most the engines in the catalog
            before = by_id.get(previous) or store.attempt(previous)
            chain.insert(0, before.engine)
            previous = before.failover_from
        chains[attempt.id] = chain
    return AttemptsPage(attempts, total, chains)


def stopped_stage(store: SessionStore, session_id: str, shot_id: str) -> str | None:
    """The stage of the shot's latest refused or failed attempt: where it stopped, if it did."""
    row = next(
        store.db.query(
            "select stage from attempts where session_id = ? and shot_id = ? "
            "and status in ('refused', 'failed', 'rejected') order by rowid desc limit 1",
            [session_id, shot_id],
        ),
        None,
    )
    return str(row["stage"]) if row else None


def progress_cells(done: int, total: int) -> str:
    """A shot's progress as a little bar: ▰ per finished stage, ▱ per stage to go."""
    done = max(0, min(done, total))
    return "▰" * done + "▱" * (total - done)
