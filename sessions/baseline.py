"""Stale flags measured from the plan each take fits, so a revision can be taken back for free.

A revision marks the takes it changes stale. Measured against the previous version, a revision
and its undo both mark: "trim 5 seconds" then "undo" left every clip stale. Measured against the
last approved plan plus the flags kept when it was first revised (the `stale_baselines` table,
which this replaced), an approved revision's flags stayed: "drop shot 3" (its seconds go to the
other shots) approved, then "undo", left the other clips stale although every shot was back at
the length they were made at, and producing remade them (paid, with keys).

So each take records the approved plan it fits (`artifacts.plan_version`, sessions/takes.py): the
one it was made under, or a later one that was approved while it was up to date (`fit_plan`).
A take is stale when the plan now differs from that one for its shot (sessions/takes.py
`revised_stale`: the picture for a keyframe, also the length or motion for a clip), and so is
everything made from a stale take (sessions/stages.py `stale_after`). Going back to the plan a
take was made for — by "undo", by rejecting the revision, by bringing a dropped shot back — leaves
it up to date: nothing to make. What no plan explains stays: a take made from one that is no
longer current (a keyframe redone after its clip) fits no plan, and a cut check made with an
older clip is `outdated` (sessions/takes.py `_mark_stale`).

The `stale_baselines` table (sessions/migrations.py m004) is no longer written or read; a
database keeps it, and its rows, as it is.
"""

from __future__ import annotations

import sqlite3

from sessions.models import ShotPlan
from sessions.stages import TAKE_KINDS, StaleSet, stale_after
from sessions.store import SessionStore, now
from sessions.takes import approved_version, revised_stale


def last_approved(store: SessionStore, session_id: str) -> ShotPlan | None:
    """The latest approved plan."""
    version = approved_version(store, session_id)
    return store.plan(session_id, version) if version else None


def fit_plan(store: SessionStore, session_id: str, plan: ShotPlan) -> None:
    """The approved `plan`'s up-to-date takes fit it: their flags were measured against it (or a
    prompt edit the person made stales nothing). Measured from it from now on, a later revision
    taken back leaves them up to date. A take of a dropped shot (`S03~v4`) keeps its own."""
    ids = [shot.id for shot in plan.shots]
    marks = ",".join("?" * len(ids))
    with store.db.conn:
        store.db.execute(
            "update artifacts set plan_version = ? where session_id = ? and current = 1 "
            f"and stale = 0 and plan_version is not null and shot_id in ({marks})",
            [plan.version, session_id, *ids],
        )


def restale(store: SessionStore, session_id: str, plan: ShotPlan) -> StaleSet:
    """Set every current take's and cut's stale flag for `plan` (whose shot ids the rows already
    carry, sessions/follow.py), each take measured against the plan it fits. One transaction;
    an approved `plan` is then the plan its up-to-date takes fit."""
    conn = store.db.conn
    stale = _measure(store, conn, session_id, plan)
    stamp = now()
    with conn:
        for row in conn.execute(
            "select id, shot_id, kind from artifacts where session_id = ? and current = 1",
            [session_id],
        ).fetchall():
            flag = int((row[1], row[2]) in stale.takes)
            conn.execute("update artifacts set stale = ? where id = ?", [flag, row[0]])
        for row in conn.execute(
            "select id, shot_a, shot_b, outdated from continuity where session_id = ? "
            "and kind = 'cut'",
            [session_id],
        ).fetchall():
            flag = int(bool(row[3]) or (row[1], row[2]) in stale.cuts)
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
        if plan.approved:
            fit_plan(store, session_id, plan)
    return stale


def _measure(
    store: SessionStore, conn: sqlite3.Connection, session_id: str, plan: ShotPlan
) -> StaleSet:
    """The takes whose plan `plan` differs from for their shot, or that fit no plan, with
    everything made from them; and the outdated cuts."""
    shots = {shot.id: shot for shot in plan.shots}
    ids = {shot.seed: shot.id for shot in plan.shots}
    fits: dict[int, ShotPlan | None] = {}
    own: set[tuple[str, str]] = set()
    marks = ",".join("?" * len(TAKE_KINDS))
    for shot_id, kind, version in conn.execute(
        "select shot_id, kind, plan_version from artifacts where session_id = ? "
        f"and current = 1 and kind in ({marks})",
        [session_id, *TAKE_KINDS],
    ).fetchall():
        shot = shots.get(shot_id)
        if shot is None:
            continue  # a dropped shot's take, measured when the shot comes back
        if version is not None and version not in fits:
            fits[version] = store.plan(session_id, int(version))
        made = fits.get(version) if version is not None else None
        was = next((s for s in made.shots if s.seed == shot.seed), None) if made else None
        if made is None or was is None:
            own.add((shot_id, kind))  # made for no plan we can read, or from an older take
            continue
        # the shot as the take was made for it, under its id in `plan` (and what it continued)
        chained = next((s.seed for s in made.shots if s.id == was.chain_from), None)
        then = was.model_copy(update={"id": shot.id, "chain_from": ids.get(chained or -1)})
        if (shot_id, kind) in revised_stale(made.model_copy(update={"shots": [then]}), plan).takes:
            own.add((shot_id, kind))
    takes, cuts = (
        set(own),
        {
            (str(a), str(b))
            for a, b in conn.execute(
                "select shot_a, shot_b from continuity where session_id = ? and kind = 'cut' "
                "and outdated = 1",
                [session_id],
            ).fetchall()
        },
    )
    for shot_id, kind in own:  # what was made from a stale take is stale too
        after = stale_after(plan, shot_id, kind)
        takes |= after.takes
        cuts |= after.cuts
    return StaleSet(frozenset(takes), frozenset(cuts))
