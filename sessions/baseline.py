"""Stale flags measured from the last approved plan, so a revision can be taken back for free.

A revision marks the takes it changes stale (sessions/takes.py `revised_stale`). Measured against
the previous version, a revision and its undo both mark: "trim 5 seconds" then "undo" left every
clip stale, and a rejected revision left its stale takes behind, so producing remade what was
already paid for. Here every revision is measured against the last *approved* plan instead: the
stale flags of its takes as they were when it was first revised (the baseline, kept in the
`stale_baselines` table) plus what the new version changes from it. Going back to the approved
plan — by "undo" or by rejecting the revision — leaves exactly the baseline: nothing to make.
"""

from __future__ import annotations

import json

from sessions.follow import numbered_as, shot_moves
from sessions.models import ShotPlan
from sessions.stages import StaleSet
from sessions.store import SessionStore, now
from sessions.takes import revised_stale, stale_takes


def last_approved(
    store: SessionStore, session_id: str, *, before: str | None = None
) -> ShotPlan | None:
    """The latest approved plan (stored before the time `before`, a take's making, if given)."""
    rows = list(
        store.db.query(
            "select max(version) as v from plans where session_id = ? and approved = 1 "
            "and created <= ?",
            [session_id, before or "9999"],  # (stamps are ISO: any year sorts below "9999")
        )
    )
    version = rows[0]["v"] if rows else None
    return store.plan(session_id, int(version)) if version else None


def keep_baseline(store: SessionStore, session_id: str, plan: ShotPlan) -> None:
    """Before the first revision of the approved `plan`: keep which takes and cuts are stale."""
    takes = [
        [shot, kind] for shot, kinds in stale_takes(store, session_id).items() for kind in kinds
    ]
    fresh = {(c.shot_a, c.shot_b) for c in store.continuity(session_id) if c.kind == "cut"}
    cuts = [
        [c.shot_a, c.shot_b]
        for c in store.continuity(session_id, include_stale=True)
        if c.kind == "cut" and (c.shot_a, c.shot_b) not in fresh
    ]
    store.db.table("stale_baselines").upsert(
        {
            "session_id": session_id,
            "version": plan.version,
            "takes_json": json.dumps(takes),
            "cuts_json": json.dumps(cuts),
        },
        pk=("session_id", "version"),
    )


def _baseline(store: SessionStore, session_id: str, base: ShotPlan, plan: ShotPlan) -> StaleSet:
    """The baseline of `base`, its shot ids as `plan` numbers them."""
    rows = list(
        store.db.query(
            "select takes_json, cuts_json from stale_baselines where session_id = ? "
            "and version = ?",
            [session_id, base.version],
        )
    )
    if not rows:
        return StaleSet(frozenset(), frozenset())
    moves, _ = shot_moves(base, plan)
    takes = {(moves[s], k) for s, k in json.loads(rows[0]["takes_json"]) if s in moves}
    cuts = {
        (moves[a], moves[b])
        for a, b in json.loads(rows[0]["cuts_json"])
        if a in moves and b in moves
    }
    return StaleSet(frozenset(takes), frozenset(cuts))


def restale(store: SessionStore, session_id: str, base: ShotPlan, plan: ShotPlan) -> StaleSet:
    """Set every current take's and cut's stale flag from the approved `base` and the new `plan`
    (whose shot ids the rows already carry, sessions/follow.py): the baseline plus what `plan`
    changes from `base`; everything else is up to date. One transaction."""
    renamed = numbered_as(base, shot_moves(base, plan)[0])
    changed = revised_stale(renamed, plan)
    kept = _baseline(store, session_id, base, plan)
    back = _made_for(store, session_id, base, plan)
    stale = StaleSet(changed.takes | kept.takes | back.takes, changed.cuts | kept.cuts | back.cuts)
    stamp = now()
    conn = store.db.conn
    with conn:
        for row in conn.execute(
            "select id, shot_id, kind from artifacts where session_id = ? and current = 1",
            [session_id],
        ).fetchall():
            flag = int((row[1], row[2]) in stale.takes)
            conn.execute("update artifacts set stale = ? where id = ?", [flag, row[0]])
        for row in conn.execute(
            "select id, shot_a, shot_b from continuity where session_id = ? and kind = 'cut'",
            [session_id],
        ).fetchall():
            flag = int((row[1], row[2]) in stale.cuts)
            conn.execute("update continuity set stale = ? where id = ?", [flag, row[0]])
        stale_shots = {shot for shot, _ in stale.takes}
        for shot in plan.shots:
            if shot.id in stale_shots:
                conn.execute(
                    "update shots set status = 'stale', status_reason = ?, updated = ? "
                    "where session_id = ? and shot_id = ? and status != 'in_progress'",
                    ["a take is stale", stamp, session_id, shot.id],
                )
            else:
                conn.execute(
                    "update shots set status = 'done', status_reason = '', updated = ? "
                    "where session_id = ? and shot_id = ? and status = 'stale'",
                    [stamp, session_id, shot.id],
                )
    return stale


def _made_for(store: SessionStore, session_id: str, base: ShotPlan, plan: ShotPlan) -> StaleSet:
    """The stale takes of shots the approved `base` lacks but that have takes: a dropped shot
    brought back, or undone, after its drop was approved. Measured against the approved plan
    each take was made under (the last approved before it was made): measured against `base`
    they were never stale, so "bring back the croissant shot" showed words added to it after
    its takes were made without making them again."""
    in_base = {s.seed for s in base.shots}
    ids = {s.seed: s.id for s in plan.shots}
    takes: set[tuple[str, str]] = set()
    cuts: set[tuple[str, str]] = set()
    for shot in plan.shots:
        if shot.seed in in_base:
            continue
        for row in store.db.query(
            "select kind, created from artifacts where session_id = ? and shot_id = ? "
            "and current = 1",
            [session_id, shot.id],
        ):
            made = last_approved(store, session_id, before=str(row["created"]))
            was = next((s for s in made.shots if s.seed == shot.seed), None) if made else None
            if made is None or was is None:
                takes.add((shot.id, str(row["kind"])))  # made for no plan we can read: remake
                continue
            chained = next((s.seed for s in made.shots if s.id == was.chain_from), None)
            then = was.model_copy(update={"id": shot.id, "chain_from": ids.get(chained or -1)})
            found = revised_stale(made.model_copy(update={"shots": [then]}), plan)
            takes |= found.takes
            cuts |= found.cuts
    return StaleSet(frozenset(takes), frozenset(cuts))
