"""Takes in the store: recording one atomically, choosing the current one, marking stale ones.

Functions over a `SessionStore` rather than methods on it, so that the take bookkeeping reads in one
place. Each function is one transaction: a crash leaves either all of it or none of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sessions.models import Artifact, Attempt
from sessions.store import SessionStore, now, outcome_row

TAKE_KINDS = ("keyframe", "clip", "inpaint", "upscale")


class TakeNotFound(LookupError):
    pass


def record_take(store: SessionStore, attempt: Attempt, artifact: Artifact) -> None:
    """Finalise the attempt and make `artifact` its shot's current take of that kind, together.

    A new clip also makes every continuity check touching its shot stale: the cut it was checked
    on no longer exists.
    """
    row = outcome_row(attempt)
    columns = ", ".join(f"[{name}] = ?" for name in row)
    take = artifact.model_dump() | {"current": 1, "stale": 0}
    names, marks = ", ".join(f"[{name}]" for name in take), ", ".join("?" * len(take))
    conn = store.db.conn
    with conn:  # plain SQL, as for every attempt write: this runs once per kept take
        conn.execute(f"update attempts set {columns} where id = ?", [*row.values(), attempt.id])
        conn.execute(
            "update artifacts set current = 0 where session_id = ? and shot_id = ? and kind = ?",
            [artifact.session_id, artifact.shot_id, artifact.kind],
        )
        conn.execute(f"insert into artifacts ({names}) values ({marks})", list(take.values()))
        if artifact.kind == "clip":
            conn.execute(
                "update continuity set stale = 1 where session_id = ? and (shot_a = ? or shot_b = ?)",
                [artifact.session_id, artifact.shot_id, artifact.shot_id],
            )


def mark_stale(
    store: SessionStore,
    session_id: str,
    takes: Iterable[tuple[str, str]],
    cuts: Iterable[tuple[str, str]],
) -> None:
    """Flag the current takes `(shot, kind)` and the continuity checks `(a, b)` as stale."""
    takes, cuts = list(takes), list(cuts)
    with store.db.conn:
        for shot_id, kind in takes:
            cursor = store.db.execute(
                "update artifacts set stale = 1 where session_id = ? and shot_id = ? and kind = ? "
                "and current = 1",
                [session_id, shot_id, kind],
            )
            if cursor.rowcount:
                store.db.execute(
                    "update shots set status = 'stale', status_reason = ?, updated = ? "
                    "where session_id = ? and shot_id = ?",
                    [f"{kind} is stale", now(), session_id, shot_id],
                )
        for shot_a, shot_b in cuts:
            store.db.execute(
                "update continuity set stale = 1 where session_id = ? and shot_a = ? and shot_b = ?",
                [session_id, shot_a, shot_b],
            )


def stale_takes(store: SessionStore, session_id: str) -> dict[str, set[str]]:
    """Shot id → the kinds whose current take is stale."""
    rows = store.db.query(
        "select shot_id, kind from artifacts where session_id = ? and current = 1 and stale = 1",
        [session_id],
    )
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["shot_id"], set()).add(row["kind"])
    return found


def takes(store: SessionStore, session_id: str, shot_id: str | None = None) -> list[Artifact]:
    """Every take (all kinds, old ones included) in the order they were made."""
    marks = ",".join("?" * len(TAKE_KINDS))
    where = f"session_id = ? and kind in ({marks})"
    args: list[object] = [session_id, *TAKE_KINDS]
    if shot_id is not None:
        where += " and shot_id = ?"
        args.append(shot_id)
    rows = store.db.table("artifacts").rows_where(where, args, order_by="shot_id, kind, take")
    return [Artifact.model_validate(r) for r in rows]


def use_take(store: SessionStore, session_id: str, shot_id: str, kind: str, take: int) -> Artifact:
    """Make an earlier (or later) take of `kind` the current one, fresh."""
    chosen = [a for a in takes(store, session_id, shot_id) if a.kind == kind and a.take == take]
    if not chosen:
        have = sorted(a.take or 0 for a in takes(store, session_id, shot_id) if a.kind == kind)
        listed = ", ".join(f"t{n}" for n in have) or "none"
        raise TakeNotFound(f"{shot_id} has no {kind} take t{take} (takes: {listed})")
    with store.db.conn:
        store.db.execute(
            "update artifacts set current = 0 where session_id = ? and shot_id = ? and kind = ?",
            [session_id, shot_id, kind],
        )
        store.db.execute("update artifacts set current = 1, stale = 0 where id = ?", [chosen[0].id])
        if kind == "clip":
            store.db.execute(
                "update continuity set stale = 1 where session_id = ? and (shot_a = ? or shot_b = ?)",
                [session_id, shot_id, shot_id],
            )
    return chosen[0].model_copy(update={"current": True, "stale": False})


def interrupt_running(store: SessionStore, session_id: str) -> list[Attempt]:
    """Attempts a dead process left `running` become `interrupted`; their provider job ids stay,
    so the router can poll the job instead of paying for it again."""
    stamp = now()
    running = [a for a in store.attempts(session_id) if a.status == "running"]
    with store.db.conn:
        for attempt in running:
            store.db.table("attempts").update(
                attempt.id,
                {
                    "status": "interrupted",
                    "error_kind": "interrupted",
                    "error": "the process stopped before the engine's answer was kept",
                    "finished_at": stamp,
                },
            )
    return [store.attempt(a.id) for a in running]


def finish_attempt_lost(store: SessionStore, attempt: Attempt, why: str) -> None:
    """A succeeded attempt whose output vanished in a crash: keep the record, say what happened."""
    store.db.table("attempts").update(
        attempt.id, {"status": "failed", "error_kind": "interrupted", "error": why}
    )
