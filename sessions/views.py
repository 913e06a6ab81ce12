"""What the screens read, from the store as plain rows (SQL stays in sessions/).

Aggregates are computed in SQL (counts, sums, the engine of each current take) so that a session with
10,000 logged attempts opens as fast as one with ten: no screen ever loads every attempt as a model.
Pure reads; the store stays the one place that writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessions.lock import in_use
from sessions.models import Attempt
from sessions.store import SessionStore

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
class BudgetView:
    spent_usd: float
    reserved_usd: float
    cap_usd: float

    @property
    def fraction(self) -> float:
        if self.cap_usd <= 0:
            return 1.0 if self.spent_usd > 0 else 0.0
        return min(1.0, (self.spent_usd + self.reserved_usd) / self.cap_usd)


def live_status(store: SessionStore, session_id: str, status: str) -> str:
    """The stored status as it is now: "producing" left by a process that stopped (quit or
    killed mid-production) is "stopped", for `resume` to continue. One rule for every place
    that says a session's status (the picker, `sessions`, `show`)."""
    if status == "producing" and not in_use(store.session_dir(session_id), session_id):
        return "stopped"
    return status


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
            status=live_status(store, r["id"], r["status"]),
            created=r["created"],
            tier=r["tier"],
            shots=int(r["shots"]),
            cost_usd=float(r["cost"]),
            budget_usd=float(r["budget_usd"]),
        )
        for r in rows
    ]


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
