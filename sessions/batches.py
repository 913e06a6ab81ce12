"""Batches in the store: several episodes produced under one shared budget.

Each episode is an ordinary session (resumable on its own); the batch row holds the shared budget
and which sessions draw on it, so whichever process produces an episode — the batch run, or a later
`resume` of that one episode — reserves against what the whole batch has spent.
"""

from __future__ import annotations

import secrets

from pydantic import BaseModel, Field

from sessions.store import SessionStore, now


class Batch(BaseModel):
    id: str
    title: str
    budget_usd: float
    created: str
    session_ids: list[str] = Field(default_factory=list)  # in the order the briefs were given


class EpisodeProgress(BaseModel):
    """One episode of a batch, as its progress display shows it."""

    position: int
    session_id: str
    title: str
    brief: str  # the file it came from
    status: str
    shots: int
    done: int
    failed: int
    cost_usd: float


class BatchSummary(BaseModel):
    """A batch as `shotcaller batch ID --json` prints it and a screen would read it."""

    id: str
    title: str
    budget_usd: float
    spent_usd: float
    created: str
    episodes: list[EpisodeProgress]


def create_batch(store: SessionStore, title: str, budget_usd: float) -> Batch:
    batch = Batch(id=f"b{secrets.token_hex(4)}", title=title, budget_usd=budget_usd, created=now())
    with store.db.conn:
        store.db.conn.execute(
            "insert into batches (id, title, budget_usd, created) values (?, ?, ?, ?)",
            [batch.id, batch.title, batch.budget_usd, batch.created],
        )
    return batch


def add_episode(
    store: SessionStore, batch_id: str, session_id: str, position: int, brief: str
) -> None:
    with store.db.conn:
        store.db.conn.execute(
            "insert into batch_sessions (batch_id, session_id, position, brief) "
            "values (?, ?, ?, ?)",
            [batch_id, session_id, position, brief],
        )


def batch(store: SessionStore, batch_id: str) -> Batch | None:
    """A batch by id or unique prefix."""
    rows = store.db.execute(
        "select id, title, budget_usd, created from batches where id = ? or id like ? order by id",
        [batch_id, f"{batch_id}%"],
    ).fetchall()
    exact = [r for r in rows if r[0] == batch_id]
    rows = exact or rows
    if len(rows) != 1:
        return None
    found = Batch(id=rows[0][0], title=rows[0][1], budget_usd=rows[0][2], created=rows[0][3])
    found.session_ids = [
        r[0]
        for r in store.db.execute(
            "select session_id from batch_sessions where batch_id = ? order by position",
            [found.id],
        ).fetchall()
    ]
    return found


def batch_of(store: SessionStore, session_id: str) -> Batch | None:
    """The batch a session draws its budget from, if any."""
    row = store.db.execute(
        "select batch_id from batch_sessions where session_id = ?", [session_id]
    ).fetchone()
    return batch(store, row[0]) if row else None


def batch_spent(store: SessionStore, batch_id: str) -> float:
    row = store.db.execute(
        "select coalesce(sum(a.cost_usd), 0) from attempts a join batch_sessions b "
        "on b.session_id = a.session_id where b.batch_id = ?",
        [batch_id],
    ).fetchone()
    return float(row[0])


def batch_summary(store: SessionStore, batch_id: str) -> BatchSummary | None:
    found = batch(store, batch_id)
    if found is None:
        return None
    rows = store.db.query(
        "select b.position, b.session_id, b.brief, s.title, s.status, "
        "(select count(*) from shots t where t.session_id = s.id) as shots, "
        "(select count(*) from shots t where t.session_id = s.id and t.status = 'done') as done, "
        "(select count(*) from shots t where t.session_id = s.id "
        "and t.status in ('failed', 'needs_attention')) as failed, "
        "(select coalesce(sum(a.cost_usd), 0) from attempts a where a.session_id = s.id) as cost "
        "from batch_sessions b join sessions s on s.id = b.session_id "
        "where b.batch_id = ? order by b.position",
        [found.id],
    )
    episodes = [
        EpisodeProgress(
            position=r["position"],
            session_id=r["session_id"],
            title=r["title"],
            brief=r["brief"] or "",
            status=r["status"],
            shots=r["shots"],
            done=r["done"],
            failed=r["failed"],
            cost_usd=round(r["cost"], 6),
        )
        for r in rows
    ]
    return BatchSummary(
        id=found.id,
        title=found.title,
        budget_usd=found.budget_usd,
        spent_usd=round(sum(e.cost_usd for e in episodes), 6),
        created=found.created,
        episodes=episodes,
    )
