"""Takes follow their shots when a plan revision renumbers them.

A revision renumbers the shots S01… in order (agent/revisions.py): after "move the tin shot to the
start" the tin is S01 and the kettle that was S01 is S02. Everything the store keeps under a shot
id — takes, attempts (the regeneration cap counts them), the shot's status, continuity checks,
races and pins — is re-keyed to the shot's new id in one transaction, so the tin keeps its takes
and the kettle's takes never show up as the tin's.

A shot is known across versions by its seed: locked when the shot is first planned, kept by every
revision that moves or edits it, and new for a new shot (or for every shot of a new brief). A shot
the revision dropped keeps its rows under a detached id (`S03~v4`: it was S03 in version 4), out
of every shot's way but still in the session's history.
"""

from __future__ import annotations

import itertools

from sessions.models import ShotPlan
from sessions.store import SessionStore

# (table, column) pairs that name a shot of the session.
_SHOT_COLUMNS = (
    ("attempts", "shot_id"),
    ("artifacts", "shot_id"),
    ("races", "shot_id"),
    ("continuity", "shot_a"),
    ("continuity", "shot_b"),
    ("shots", "shot_id"),
    ("pins", "shot_id"),
)
_MOVING = "\x01"  # a prefix no shot id has: the first half of a two-step rename (ids may swap)


def shot_moves(before: ShotPlan, after: ShotPlan) -> tuple[dict[str, str], list[str]]:
    """Old id → new id for every shot of `before` still in `after` (matched by seed), and the old
    ids of the shots that are gone."""
    by_seed: dict[int, str] = {}
    for shot in after.shots:
        by_seed.setdefault(shot.seed, shot.id)  # a seed said twice: the first shot keeps it
    moves: dict[str, str] = {}
    gone: list[str] = []
    taken: set[str] = set()
    for shot in before.shots:
        new = by_seed.get(shot.seed)
        if new is None or new in taken:
            gone.append(shot.id)
        else:
            moves[shot.id] = new
            taken.add(new)
    return moves, gone


def follow_shots(
    store: SessionStore, session_id: str, before: ShotPlan, after: ShotPlan
) -> ShotPlan:
    """Re-key the session's rows from `before`'s shot ids to `after`'s, in one transaction.
    Returns `before` as `after` numbers it (dropped shots left out, chains renamed), for comparing
    the two shot by shot (sessions/takes.py `revised_stale`)."""
    moves, gone = shot_moves(before, after)
    renamed = {old: new for old, new in moves.items() if old != new}
    reordered = [s.id for s in before.shots] != [s.id for s in after.shots]
    if renamed or gone or reordered:
        conn = store.db.conn
        with conn:  # one transaction: a crash leaves all of it or none
            for table, column in _SHOT_COLUMNS if renamed or gone else ():
                where = (
                    f"update [{table}] set [{column}] = ? where session_id = ? and [{column}] = ?"
                )
                for old in gone:
                    # (a pin is detached too, so a new brief the person then rejects gives it
                    # back with the takes, `reattach`; a shot's status row is rewritten by the
                    # next save_plan, so the statuses ride on the new brief's approval instead)
                    conn.execute(where, [f"{old}~v{before.version}", session_id, old])
                for old, new in renamed.items():
                    conn.execute(where, [_MOVING + new, session_id, old])
                conn.execute(
                    f"update [{table}] set [{column}] = substr([{column}], 2) "
                    f"where session_id = ? and [{column}] like ?",
                    [session_id, _MOVING + "%"],
                )
            # A cut's check describes two neighbours: after a move, a drop or an insert the
            # pairs no longer side by side are no cut of this plan (the production checks the
            # new ones before it cuts again).
            ids = [s.id for s in after.shots]
            neighbours = set(itertools.pairwise(ids))
            for row in conn.execute(
                "select id, shot_a, shot_b from continuity where session_id = ? and kind = 'cut'",
                [session_id],
            ).fetchall():
                if (row[1], row[2]) not in neighbours:
                    conn.execute("delete from continuity where id = ?", [row[0]])
    return numbered_as(before, moves)


def numbered_as(plan: ShotPlan, moves: dict[str, str]) -> ShotPlan:
    """`plan` with its shots renumbered by `moves` (old id → new id); shots not in it left out."""
    kept = [
        shot.model_copy(
            update={
                "id": moves[shot.id],
                "chain_from": moves.get(shot.chain_from) if shot.chain_from else None,
            }
        )
        for shot in plan.shots
        if shot.id in moves
    ]
    return plan.model_copy(update={"shots": kept})


def reattach(store: SessionStore, session_id: str, plan: ShotPlan) -> None:
    """Give `plan`'s shots back the rows a later plan detached from them (`S03~v4` is S03 again):
    the person rejected a new brief, and the plan before it holds again, with its takes."""
    conn = store.db.conn
    with conn:
        for table, column in _SHOT_COLUMNS:
            for shot in plan.shots:
                conn.execute(
                    f"update [{table}] set [{column}] = ? where session_id = ? and [{column}] = ?",
                    [shot.id, session_id, f"{shot.id}~v{plan.version}"],
                )


def reattach_returning(
    store: SessionStore, session_id: str, before: ShotPlan, after: ShotPlan
) -> None:
    """A shot dropped earlier that `after` has again ("undo" after "drop shot 1", "bring back the
    croissant shot") gets back the rows its drop detached (`S01~v2`), under its id in `after`:
    its takes were paid for. Known by its seed; the newest detachment wins. Run after
    `follow_shots`, so the ids it gives back are free."""
    present = {shot.seed for shot in before.shots}
    returning = {shot.seed: shot.id for shot in after.shots if shot.seed not in present}
    if not returning:
        return
    conn = store.db.conn
    detached = {
        row[0]
        for table, column in _SHOT_COLUMNS
        for row in conn.execute(
            f"select distinct [{column}] from [{table}] where session_id = ? and [{column}] "
            "like '%~v%'",
            [session_id],
        ).fetchall()
    }
    newest: dict[int, tuple[int, str]] = {}  # seed → (version it was detached from, its id)
    plans: dict[int, ShotPlan | None] = {}
    for name in detached:
        old, _, version = name.partition("~v")
        if not version.isdigit():
            continue
        v = int(version)
        if v not in plans:
            plans[v] = store.plan(session_id, v)
        was = plans[v]
        seed = next((s.seed for s in was.shots if s.id == old), None) if was else None
        if seed in returning and (seed not in newest or v > newest[seed][0]):
            newest[seed] = (v, name)
    with conn:  # one transaction, as follow_shots
        for seed, (_, name) in newest.items():
            for table, column in _SHOT_COLUMNS:
                conn.execute(
                    f"update [{table}] set [{column}] = ? where session_id = ? and [{column}] = ?",
                    [returning[seed], session_id, name],
                )
