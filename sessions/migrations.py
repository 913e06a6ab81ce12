"""Named, append-only schema migrations, recorded by name in `_migrations`.

Never edit a migration that has shipped: add `m00N_…` below it. `migrate()` applies the ones a
database has not seen, each in its own transaction, safe against other processes doing the same.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database

Migration = Callable[[Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial(db: Database) -> None:
    db.table("sessions").create(
        {
            "id": str,
            "title": str,
            "status": str,
            "created": str,
            "updated": str,
            "tier": str,
            "budget_usd": float,
            "brief": str,
            "aspect_ratio": str,
            "operator": str,
            "model": str,
            "catalog_version": str,
            "catalog_sha256": str,
        },
        pk="id",
    )
    db.table("plans").create(
        {
            "session_id": str,
            "version": int,
            "created": str,
            "approved": int,
            "note": str,
            "plan_json": str,
        },
        pk=("session_id", "version"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("shots").create(
        {
            "session_id": str,
            "shot_id": str,
            "plan_version": int,
            "status": str,
            "status_reason": str,
            "updated": str,
        },
        pk=("session_id", "shot_id"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("tool_calls").create(
        {
            "id": str,
            "session_id": str,
            "tool": str,
            "shot_id": str,
            "args_json": str,
            "result_json": str,
            "status": str,
            "started": str,
            "finished": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("attempts").create(
        {
            "id": str,
            "session_id": str,
            "shot_id": str,
            "tool": str,
            "stage": str,
            "engine": str,
            "provider": str,
            "model_version": str,
            "tier": str,
            "prompt": str,
            "prompt_sha256": str,
            "seed": int,
            "params": str,
            "idempotency_key": str,
            "provider_job_id": str,
            "status": str,
            "error_kind": str,
            "error": str,
            "estimated_cost_usd": float,
            "cost_usd": float,
            "started_at": str,
            "finished_at": str,
            "elapsed_s": float,
            "output_path": str,
            "output_sha256": str,
            "quality_metrics": str,
            "quality_score": float,
            "gate_decision": str,
            "gate_reason": str,
            "failover_from": str,
            "operator": str,
            "ranking": str,
            "route_reason": str,
            "catalog_version": str,
            "catalog_sha256": str,
            "take": int,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("attempts").create_index(["session_id", "shot_id", "stage"])
    db.table("attempts").create_index(["idempotency_key"])
    db.table("artifacts").create(
        {
            "id": str,
            "session_id": str,
            "shot_id": str,
            "kind": str,
            "tool": str,
            "take": int,
            "path": str,
            "sha256": str,
            "attempt_id": str,
            "current": int,
            "stale": int,
            "created": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("artifacts").create_index(["session_id", "shot_id", "kind"])
    db.table("continuity").create(
        {
            "id": int,
            "session_id": str,
            "kind": str,
            "shot_a": str,
            "shot_b": str,
            "cut": str,
            "passed": int,
            "metrics": str,
            "reasons": str,
            "suggestion": str,
            "stale": int,
            "created": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("messages").create(
        {
            "id": int,
            "session_id": str,
            "created": str,
            "role": str,
            "text": str,
            "messages_json": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("messages").create_index(["session_id", "id"])


@migration
def m002_approvals_and_call_log(db: Database) -> None:
    """Approvals the person answers (plans, and work that can spend money), and a tool-call log
    that says who asked, which approval it waited for and which call it was part of."""
    db.table("approvals").create(
        {
            "id": str,
            "session_id": str,
            "kind": str,
            "verb": str,
            "args_json": str,
            "work_json": str,
            "estimate_usd": float,
            "summary": str,
            "status": str,
            "asked_by": str,
            "created": str,
            "answered_by": str,
            "answered": str,
            "outcome_json": str,
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("approvals").create_index(["session_id", "status"])
    calls = db.table("tool_calls")
    calls.add_column("actor", str)
    calls.add_column("approval_id", str)
    calls.add_column("parent_id", str)
    calls.create_index(["session_id"])


@migration
def m003_races_pins_forecasts_batches(db: Database) -> None:
    """Proxy races and the engine each pick pins (tools/service/race.py); what each approval
    predicted it would cost, to set beside what it did (tools/service/estimate.py); batches of
    episodes under one budget (tools/service/batch.py). No foreign keys: `delete_session`
    removes a session's rows from each table itself."""
    db.table("races").create(
        {
            "id": str,
            "session_id": str,
            "approval_id": str,
            "shot_id": str,
            "tool": str,
            "prompt": str,
            "seed": int,
            "width": int,
            "height": int,
            "duration_s": float,
            "engines_json": str,
            "reserved_usd": float,
            "status": str,
            "created": str,
            "finished": str,
            "picked_engine": str,
            "picked_by": str,
            "picked_at": str,
        },
        pk="id",
    )
    db.table("races").create_index(["session_id", "shot_id"])
    db.table("pins").create(
        {
            "session_id": str,
            "shot_id": str,
            "tool": str,
            "engine": str,
            "prompt_sha256": str,
            "seed": int,
            "race_id": str,
            "pinned_by": str,
            "created": str,
        },
        pk=("session_id", "shot_id", "tool"),
    )
    db.table("forecasts").create(
        {
            "approval_id": str,
            "session_id": str,
            "tier": str,
            "listed_usd": float,
            "expected_usd": float,
            "p10_usd": float,
            "p90_usd": float,
            "items_json": str,
            "created": str,
        },
        pk="approval_id",
    )
    db.table("forecasts").create_index(["session_id"])
    db.table("batches").create(
        {"id": str, "title": str, "budget_usd": float, "created": str}, pk="id"
    )
    db.table("batch_sessions").create(
        {"batch_id": str, "session_id": str, "position": int, "brief": str},
        pk=("batch_id", "session_id"),
    )
    db.table("batch_sessions").create_index(["session_id"])
    # The router's learning reads what finished since it last looked.
    db.table("attempts").create_index(["finished_at"])


@migration
def m004_stale_baselines(db: Database) -> None:
    """Which takes were stale when an approved plan was first revised (sessions/baseline.py):
    a revision rejected or undone puts exactly those back, so nothing already paid for is made
    again. No foreign key: `delete_session` removes the rows itself."""
    db.table("stale_baselines").create(
        {"session_id": str, "version": int, "takes_json": str, "cuts_json": str},
        pk=("session_id", "version"),
    )


@migration
def m005_takes_know_their_plan(db: Database) -> None:
    """Each take says which approved plan it fits (`plan_version`: the one it was made under, or
    a later one approved while it was up to date; null once what it was made from changed), and
    a cut check whose clip was made again after it is `outdated` (sessions/baseline.py). Stale
    flags are measured from these instead of from `stale_baselines`, which stays, unread."""
    db.table("artifacts").add_column("plan_version", int)
    db.table("continuity").add_column("outdated", int, not_null_default=0)
    # Made before this: the approved plan it was made under, by its time. Exact: plans and
    # takes are stamped by one clock as ISO text (sorting as they happened), and a take is only
    # made while the latest plan is approved, under the session's lock.
    db.execute(
        "update artifacts set plan_version = (select max(p.version) from plans p "
        "where p.session_id = artifacts.session_id and p.approved = 1 "
        "and p.created <= artifacts.created)"
    )
    # When the latest plan is approved, its up-to-date takes fit it (a prompt the person edited
    # since the take was made stales nothing); not a dropped shot's (`S03~v4`: no shot of it).
    db.execute(
        "update artifacts set plan_version = (select max(p.version) from plans p "
        "where p.session_id = artifacts.session_id) "
        "where current = 1 and stale = 0 and instr(shot_id, '~') = 0 and (select p.approved "
        "from plans p where p.session_id = artifacts.session_id order by p.version desc limit 1)"
    )
    # A stale take made before the take it is made from (a keyframe redone after its clip)
    # fits no plan; a stale cut checked before one of its clips was made is outdated.
    db.execute(
        "update artifacts set plan_version = null where current = 1 and stale = 1 and exists "
        "(select 1 from artifacts src where src.session_id = artifacts.session_id "
        "and src.shot_id = artifacts.shot_id and src.current = 1 and src.created > "
        "artifacts.created and src.kind = case artifacts.kind when 'upscale' then 'clip' "
        "when 'clip' then 'keyframe' when 'inpaint' then 'keyframe' end)"
    )
    db.execute(
        "update continuity set outdated = 1 where kind = 'cut' and stale = 1 and exists "
        "(select 1 from artifacts c where c.session_id = continuity.session_id "
        "and c.kind = 'clip' and c.current = 1 and c.shot_id in (continuity.shot_a, "
        "continuity.shot_b) and c.created > continuity.created)"
    )


def applied(db: Database) -> list[str]:
    if "_migrations" not in db.table_names():
        return []
    return [row["name"] for row in db.table("_migrations").rows_where(order_by="rowid")]


def pending(db: Database) -> list[str]:
    """The migrations this database has not seen (a read: no lock taken)."""
    done = set(applied(db))
    return [fn.__name__ for fn in MIGRATIONS if fn.__name__ not in done]


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied now.

    Many processes may open a fresh data home (or the first one after an upgrade) at once. Each
    migration runs in a `BEGIN IMMEDIATE` transaction, which waits (busy timeout) for any other
    writer, and checks *inside* it whether another process applied the migration meanwhile: the
    check and the change are one step, so no one creates a table twice. DDL is transactional in
    SQLite, so a process killed mid-migration leaves none of it.
    """
    now_applied: list[str] = []
    for fn in MIGRATIONS:
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "create table if not exists _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
            )
            done = conn.execute("select 1 from _migrations where name = ?", [fn.__name__])
            if done.fetchone() is None:
                fn(db)
                conn.execute(
                    "insert into _migrations (name, applied_at) values (?, ?)",
                    [fn.__name__, datetime.now(UTC).isoformat()],
                )
                now_applied.append(fn.__name__)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return now_applied
