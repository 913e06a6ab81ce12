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
it up to date: nothing to make. A take is also stale when the take it was made from is no
longer current (a keyframe redone after its clip): its attempt names its input. A clip started on
another shot's last frame fits no plan once that clip changes, and a cut check made with an older
clip is `outdated` (sessions/takes.py `mark_stale`).

Going back may find the current take stale and an older one fitting: "drop shot 3" produced (the
other clips remade longer, t2), then "undo" — the t1 clips were made at exactly these lengths.
`_bring_back` makes such a take current again (the newest that fits and was made from the take
now current before it), so producing the undo makes nothing; a "no" to the undo brings the t2
clips back the same way. The session log's revise_plan or propose_plan call names them
(`back_in_use`).

The `stale_baselines` table (sessions/migrations.py m004) is no longer written or read; a
database keeps it, and its rows, as it is.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from sessions.models import ShotPlan
from sessions.stages import STAGE_OF_KIND, TAKE_KINDS, StaleSet, stale_after
from sessions.store import SessionStore, now
from sessions.takes import approved_version, mark_stale, revised_stale, sent


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


def restale(store: SessionStore, session_id: str, plan: ShotPlan) -> Restaled:
    """Set every current take's and cut's stale flag for `plan` (whose shot ids the rows already
    carry, sessions/follow.py), each take measured against the plan it fits; a stale take whose
    shot has another take that fits `plan` is replaced by it first (`_bring_back`). One
    transaction; an approved `plan` is then the plan its up-to-date takes fit."""
    conn = store.db.conn
    stamp = now()
    back: list[tuple[str, str, int]] = []
    fits = _Fits(store, session_id, plan)  # one per call: it keeps the plans it has read
    with conn:
        stale = _measure(conn, session_id, plan, fits)
        # each pass brings back what fits on the takes the one before brought back (the clip
        # animated from the keyframe that came back), in make order: a pass per stage at most
        for _ in TAKE_KINDS:
            found = _bring_back(conn, session_id, plan, stale, fits)
            if not found:
                break
            back += found
            stale = _measure(conn, session_id, plan, fits)
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
    return Restaled(stale, tuple(back))


@dataclass(frozen=True)
class Restaled:
    stale: StaleSet
    back: tuple[tuple[str, str, int], ...]  # (shot, kind, take) back in use: they fit again

    def words(self) -> list[str]:
        """`S01 clip t1`, … for the session log."""
        return [f"{shot} {kind} t{take}" for shot, kind, take in self.back]


@dataclass(frozen=True)
class _Take:
    id: str
    shot_id: str
    kind: str
    take: int
    version: int | None  # the approved plan it fits
    path: str
    inputs: frozenset[str]  # the files its attempt was sent (empty: none known)
    chained: bool  # a clip started on another shot's last frame


def _rows(conn: sqlite3.Connection, session_id: str, *, current: bool) -> list[_Take]:
    marks = ",".join("?" * len(TAKE_KINDS))
    found: list[_Take] = []
    for row in conn.execute(
        "select a.id, a.shot_id, a.kind, a.take, a.plan_version, a.path, t.params "
        "from artifacts a left join attempts t on t.id = a.attempt_id "
        f"where a.session_id = ? and a.current = ? and a.kind in ({marks}) "
        "order by a.take desc",
        [session_id, int(current), *TAKE_KINDS],
    ).fetchall():
        try:
            params = json.loads(row[6]) if row[6] else {}
        except ValueError:
            params = {}
        params = params if isinstance(params, dict) else {}
        found.append(
            _Take(
                row[0], row[1], row[2], int(row[3] or 0), row[4], str(row[5] or ""),
                sent(params), bool(params.get("anchor_from")),
            )
        )  # fmt: skip
    return found


def _source(kind: str, current: dict[tuple[str, str], _Take], shot_id: str) -> _Take | None:
    """The current take a take of `kind` is made from (the upscale: the clip, or the keyframe
    of a shot with no clip), as the production sends it (tools/production/scheduler.py)."""
    made_from = STAGE_OF_KIND[kind].made_from
    if made_from is None:
        return None
    if kind == "upscale":
        return current.get((shot_id, "clip")) or current.get((shot_id, "keyframe"))
    return current.get((shot_id, made_from))


def _made_from_current(take: _Take, current: dict[tuple[str, str], _Take]) -> bool:
    """Whether `take` was made from the take of its shot that is current now. A take whose
    attempt is unknown is taken at its word (its flags say the rest)."""
    source = _source(take.kind, current, take.shot_id)
    return source is None or not take.inputs or source.path in take.inputs


class _Fits:
    """Whether a take made for an approved plan version fits `plan`, for its shot."""

    def __init__(self, store: SessionStore, session_id: str, plan: ShotPlan) -> None:
        self.store, self.session_id, self.plan = store, session_id, plan
        self.ids = {shot.seed: shot.id for shot in plan.shots}
        self.plans: dict[int, ShotPlan | None] = {}

    def __call__(self, take: _Take) -> bool:
        shot = next((s for s in self.plan.shots if s.id == take.shot_id), None)
        if shot is None or take.version is None:
            return False  # a dropped shot's take, or one made for no plan (from an older take)
        version = int(take.version)
        if version not in self.plans:
            self.plans[version] = self.store.plan(self.session_id, version)
        made = self.plans[version]
        was = next((s for s in made.shots if s.seed == shot.seed), None) if made else None
        if made is None or was is None:
            return False
        # the shot as the take was made for it, under its id in `plan` (and what it continued)
        chained = next((s.seed for s in made.shots if s.id == was.chain_from), None)
        then = was.model_copy(update={"id": shot.id, "chain_from": self.ids.get(chained or -1)})
        before = made.model_copy(update={"shots": [then]})
        return (take.shot_id, take.kind) not in revised_stale(before, self.plan).takes


def _own(
    conn: sqlite3.Connection, session_id: str, plan: ShotPlan, fits: _Fits
) -> set[tuple[str, str]]:
    """The current takes that are stale in themselves: `plan` differs, for their shot, from the
    plan they fit, they fit none, or the take they were made from is no longer current."""
    ids = {shot.id for shot in plan.shots}  # a dropped shot's takes are measured if it is back
    rows = [r for r in _rows(conn, session_id, current=True) if r.shot_id in ids]
    current = {(r.shot_id, r.kind): r for r in rows}
    return {(r.shot_id, r.kind) for r in rows if not fits(r) or not _made_from_current(r, current)}


def _bring_back(
    conn: sqlite3.Connection, session_id: str, plan: ShotPlan, stale: StaleSet, fits: _Fits
) -> list[tuple[str, str, int]]:
    """Make current, for each stale take, the newest other take of its shot and stage that fits
    `plan` and was made from the take now current before it: "drop shot 2" made S01's clip
    longer, and its undo finds the clip made at the old length, instead of paying for it again.
    A clip started on another shot's last frame is never brought back (that frame may be
    another now); the cuts of a clip brought back are measured again, and a clip that starts on
    its last frame is stale. Returns (shot, kind, take) of each take brought back."""
    current = {(r.shot_id, r.kind): r for r in _rows(conn, session_id, current=True)}
    others = [
        r
        for r in _rows(conn, session_id, current=False)
        if (r.shot_id, r.kind) in stale.takes and not r.chained
    ]
    back: list[tuple[str, str, int]] = []
    for kind in TAKE_KINDS:  # a keyframe before what is made from it
        for shot_id in sorted({shot for shot, k in stale.takes if k == kind}):
            chosen = next(
                (
                    r
                    for r in others
                    if r.shot_id == shot_id
                    and r.kind == kind
                    and fits(r)
                    and _made_from_current(r, current)
                ),
                None,
            )
            if chosen is None:
                continue
            conn.execute(
                "update artifacts set current = 0 where session_id = ? and shot_id = ? "
                "and kind = ?",
                [session_id, shot_id, kind],
            )
            conn.execute("update artifacts set current = 1, stale = 0 where id = ?", [chosen.id])
            current[(shot_id, kind)] = chosen
            back.append((shot_id, kind, chosen.take))
            if kind == "clip":
                after = stale_after(plan, shot_id, "clip")
                elsewhere = frozenset(t for t in after.takes if t[0] != shot_id)
                mark_stale(conn, session_id, StaleSet(elsewhere, after.cuts), source=shot_id)
    return back


def _measure(conn: sqlite3.Connection, session_id: str, plan: ShotPlan, fits: _Fits) -> StaleSet:
    """The takes stale in themselves (`_own`), with everything made from them; and the outdated
    cuts."""
    own = _own(conn, session_id, plan, fits)
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
