"""Takes in the store: recording one atomically, choosing the current one, marking stale ones.

Functions over a `SessionStore` rather than methods on it, so that the take bookkeeping reads in one
place. Each function is one transaction: a crash leaves either all of it or none of it.

A take that becomes current — a new one recorded, or an earlier one chosen again — marks exactly
its dependents stale (sessions/stages.py, `stale_after`) in the same transaction. That is the only
place staleness that no plan change explains is decided, so every path (a production, a redo from
the chat, the shot screen or the CLI, a regeneration, `--use-take`) leaves the same state behind.
A take also records the approved plan version it fits (`plan_version`); what a plan revision
makes stale is measured from it (sessions/baseline.py). A take made from one that is no longer
current fits no plan (null) and a cut check made with an older clip is `outdated`: no plan going
back makes either up to date again.
"""

from __future__ import annotations

import re
import sqlite3

from sessions.models import Artifact, Attempt, ShotPlan, sha256_text
from sessions.stages import STAGE_OF_KIND, TAKE_KINDS, StaleSet, stale_after
from sessions.store import SessionStore, now, outcome_row

__all__ = [
    "TAKE_KINDS",
    "TakeNotFound",
    "mark_stale",
    "record_take",
    "stale_takes",
    "takes",
    "use_take",
]


class TakeNotFound(LookupError):
    pass


def record_take(store: SessionStore, attempt: Attempt, artifact: Artifact) -> StaleSet:
    """Finalise the attempt and make `artifact` its shot's current take of that kind, together;
    everything made from the previous take goes stale in the same transaction. Returns what did."""
    row = outcome_row(attempt)
    columns = ", ".join(f"[{name}] = ?" for name in row)
    # made for the plan approved when its attempt started (a take a crash left unrecorded is
    # kept on resume, maybe after a revision: it was made for the plan before); a clock set
    # back since finds none: the latest
    sid = artifact.session_id
    made_for = approved_version(store, sid, before=attempt.started_at)
    if made_for is None:
        made_for = approved_version(store, sid)
    take = artifact.model_dump() | {"current": 1, "stale": 0, "plan_version": made_for}
    names, marks = ", ".join(f"[{name}]" for name in take), ", ".join("?" * len(take))
    stale = _dependents(store, artifact)
    conn = store.db.conn
    with conn:  # plain SQL, as for every attempt write: this runs once per kept take
        conn.execute(f"update attempts set {columns} where id = ?", [*row.values(), attempt.id])
        conn.execute(
            "update artifacts set current = 0 where session_id = ? and shot_id = ? and kind = ?",
            [artifact.session_id, artifact.shot_id, artifact.kind],
        )
        conn.execute(f"insert into artifacts ({names}) values ({marks})", list(take.values()))
        mark_stale(conn, artifact.session_id, stale, source=artifact.shot_id)
    return stale


def _dependents(store: SessionStore, artifact: Artifact) -> StaleSet:
    """What a new current take of `artifact`'s kind makes stale, by the session's latest plan."""
    plan = store.plan(artifact.session_id)
    if plan is None or artifact.shot_id not in {s.id for s in plan.shots}:
        return StaleSet(frozenset(), frozenset())
    return stale_after(plan, artifact.shot_id or "", artifact.kind)


def approved_version(
    store: SessionStore, session_id: str, *, before: str | None = None
) -> int | None:
    """The latest approved plan version (stored by the time `before`, if given): the one takes
    are made for. Exact by time: plans and attempts are stamped by one clock as ISO text, which
    sorts as it happened, and nothing is made while a newer version waits for approval."""
    (version,) = store.db.conn.execute(
        "select max(version) from plans where session_id = ? and approved = 1 and created <= ?",
        [session_id, before or "9999"],  # (any ISO year sorts below "9999")
    ).fetchone()
    return int(version) if version is not None else None


def mark_stale(
    conn: sqlite3.Connection, session_id: str, stale: StaleSet, *, source: str | None = None
) -> None:
    """Flag the current takes and the continuity checks in `stale`, made from a take of shot
    `source` that is no longer current (inside the caller's transaction); the checks are
    outdated. A take of another shot (a clip started on `source`'s last frame) fits no plan
    any more. One of `source` itself keeps the plan it fits: its attempt names the take it was
    made from, so it is up to date again when that take is back (sessions/baseline.py). A shot
    with a stale take says so in its status."""
    stamp = now()
    for shot_id, kind in sorted(stale.takes):
        cursor = conn.execute(
            "update artifacts set stale = 1, plan_version = case when shot_id = ? and "
            "attempt_id is not null then plan_version end where session_id = ? "
            "and shot_id = ? and kind = ? and current = 1",
            [source, session_id, shot_id, kind],
        )
        if cursor.rowcount:
            conn.execute(
                "update shots set status = 'stale', status_reason = ?, updated = ? "
                "where session_id = ? and shot_id = ? and status != 'in_progress'",
                [f"{kind} is stale", stamp, session_id, shot_id],
            )
    for shot_a, shot_b in sorted(stale.cuts):
        conn.execute(
            "update continuity set stale = 1, outdated = 1 where session_id = ? and shot_a = ? "
            "and shot_b = ?",
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
    """Make an earlier (or later) take of `kind` the current one, fresh. The shot's takes that
    were made from it and still fit the plan (the clip animated from that keyframe) come back
    with it; everything else made from the take it replaces goes stale, as for a new take."""
    chosen = _take(store, session_id, shot_id, kind, take)
    # the keyframe a clip brought back was animated from comes back with it: clip t1 over
    # keyframe t2 showed one picture in the storyboard and another in the episode
    back = [*made_of(store, chosen), *made_from(store, chosen)]
    stale = _dependents(store, chosen)
    # what comes back is fresh; what is made from it in other shots (cuts, chained clips) stays
    stale = StaleSet(stale.takes - {(shot_id, a.kind) for a in back}, stale.cuts)
    version = approved_version(store, session_id)  # chosen for this plan: it fits it
    conn = store.db.conn
    with conn:
        for artifact in (chosen, *back):
            conn.execute(
                "update artifacts set current = 0 where session_id = ? and shot_id = ? "
                "and kind = ?",
                [session_id, shot_id, artifact.kind],
            )
            conn.execute(
                "update artifacts set current = 1, stale = 0, plan_version = ? where id = ?",
                [version, artifact.id],
            )
        mark_stale(conn, session_id, stale, source=shot_id)
    return chosen.model_copy(update={"current": True, "stale": False})


def _take(store: SessionStore, session_id: str, shot_id: str, kind: str, take: int) -> Artifact:
    chosen = [a for a in takes(store, session_id, shot_id) if a.kind == kind and a.take == take]
    if not chosen:
        have = sorted(a.take or 0 for a in takes(store, session_id, shot_id) if a.kind == kind)
        listed = ", ".join(f"t{n}" for n in have) or "none"
        raise TakeNotFound(f"{shot_id} has no {kind} take t{take} (takes: {listed})")
    return chosen[0]


def comes_back_with(
    store: SessionStore, session_id: str, shot_id: str, kind: str, take: int
) -> set[tuple[str, str]]:
    """(shot, kind) of the takes that choosing `take` again brings back with it, so an estimate
    of choosing it does not price them (see `made_from`)."""
    chosen = _take(store, session_id, shot_id, kind, take)
    return {(shot_id, a.kind) for a in (*made_of(store, chosen), *made_from(store, chosen))}


def brought_back(
    store: SessionStore, session_id: str, shot_id: str, kind: str, take: int
) -> list[Artifact]:
    """The takes that choosing `take` brings back from before it (the keyframe a clip was
    animated from), for the card to say so."""
    return made_of(store, _take(store, session_id, shot_id, kind, take))


def sent(params: object) -> frozenset[str]:
    """The files an attempt was sent to make its take from (the keyframe a clip animates, the
    clip an upscale finishes), as its params name them; empty when none are known."""
    if not isinstance(params, dict):
        return frozenset()
    return frozenset(str(params[k]) for k in ("image", "keyframe") if params.get(k))


def made_of(store: SessionStore, made: Artifact) -> list[Artifact]:
    """The shot's takes `made` was made from (the keyframe a clip was animated from, and what
    that keyframe was made from), when they are not the current ones: what must come back with
    it for the shot to be one picture again."""
    attempt = store.attempt(made.attempt_id) if made.attempt_id else None
    if attempt is None:
        return []
    inputs = sent(attempt.params)
    found: list[Artifact] = []
    for candidate in takes(store, made.session_id, made.shot_id):
        if candidate.id != made.id and candidate.path in inputs and not candidate.current:
            found.append(candidate)
            found.extend(made_of(store, candidate))
    return found


def made_from(store: SessionStore, source: Artifact) -> list[Artifact]:
    """The shot's later takes made from `source` that still fit the plan, transitively: bringing
    back keyframe t1 brings back the clip animated from keyframe t1, instead of paying for a clip
    that exists. A take fits when the attempt that made it was sent `source` as its input, with
    the shot's stage prompt and length as they are now; a clip of a shot that continues another
    shot, or that was made continuing one, is never reused (that frame may have changed)."""
    plan = store.plan(source.session_id)
    shot = next((s for s in plan.shots if s.id == source.shot_id), None) if plan else None
    if shot is None:
        return []
    found: list[Artifact] = []
    every = takes(store, source.session_id, source.shot_id)
    for kind in STAGE_OF_KIND[source.kind].feeds:
        if kind == "clip" and shot.chain_from:
            continue  # a chained clip starts on another shot's last frame, which may have changed
        stage_of = STAGE_OF_KIND[kind]
        prompt = sha256_text(getattr(shot.prompts, stage_of.prompt_field))
        for candidate in sorted((a for a in every if a.kind == kind), key=lambda a: -(a.take or 0)):
            made = store.attempt(candidate.attempt_id) if candidate.attempt_id else None
            if made is None or made.params.get("anchor_from") or made.prompt_sha256 != prompt:
                continue
            length = made.params.get("duration_s")
            if source.path in sent(made.params) and (
                kind != "clip" or length is None or float(str(length)) == shot.duration_s
            ):
                found.append(candidate)
                found.extend(made_from(store, candidate))
                break
    return found


def revised_stale(before: ShotPlan, after: ShotPlan) -> StaleSet:
    """What a plan revision makes stale: a shot whose picture changed (description, framing,
    camera, subjects, tags, keyframe prompt, aspect) has a stale keyframe; one whose motion changed
    (length, motion prompt, what it continues) a stale clip — and everything made from those."""
    old = {s.id: s for s in before.shots}
    takes: set[tuple[str, str]] = set()
    cuts: set[tuple[str, str]] = set()
    recast = recast_shots(before, after)
    for shot in after.shots:
        was = old.get(shot.id)
        if was is None:
            continue
        picture = (shot.description, shot.framing, shot.camera, shot.subjects, shot.tags)
        if (
            picture != (was.description, was.framing, was.camera, was.subjects, was.tags)
            or _unnumbered(shot.prompts.keyframe) != _unnumbered(was.prompts.keyframe)
            or after.aspect_ratio != before.aspect_ratio
            or shot.id in recast
        ):
            kind = "keyframe"
        elif (
            shot.frames != was.frames
            or _unnumbered(shot.prompts.motion) != _unnumbered(was.prompts.motion)
            or shot.chain_from != was.chain_from
        ):
            kind = "clip"
        else:
            continue
        downstream = stale_after(after, shot.id, kind)
        takes |= {(shot.id, kind), *downstream.takes}
        cuts |= downstream.cuts
    return StaleSet(frozenset(takes), frozenset(cuts))


def _unnumbered(prompt: str) -> str:
    """A prompt without its shot ids: a shot moved from S03 to S01 asks for the same picture
    ("the keyframe of shot S01 of …"); what it continues is compared on its own (chain_from)."""
    return re.sub(r"\bS\d{2,3}\b", "S·", prompt)


def recast_shots(before: ShotPlan, after: ShotPlan) -> set[str]:
    """The shots of cast members whose look changed: the references shots use (approved ones),
    the LoRA, or the words that describe them. Their keyframes were made to the old look."""

    def look(plan: ShotPlan) -> dict[str, tuple[object, ...]]:
        return {m.name: (tuple(r.sha256 for r in m.approved_references), m.lora) for m in plan.cast}

    was, now_ = look(before), look(after)
    changed = {name for name in now_ if now_[name] != was.get(name, ((), None))}
    # "Rosa should be older": the words engines are given with the shot changed ("their
    # keyframes are made again" was said, and no take went stale)
    words = {m.name: (m.kind, m.description) for m in before.cast}
    changed |= {
        m.name
        for m in after.cast
        if words.get(m.name, (m.kind, m.description)) != (m.kind, m.description)
    }
    return {shot for m in after.cast if m.name in changed for shot in m.shots}


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
