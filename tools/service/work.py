"""What an action will make: work lists, as pure functions over the plan and its current takes.

Every paid verb (produce, continue, redo, use an earlier take) becomes a list of `WorkItem`s before
anything runs, so the estimate the person approves names every shot and stage that will be made or
remade — dependents included — and the scheduler makes exactly that list.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sessions.models import ShotPlan, ToolName, WorkItem
from sessions.stages import DEFAULT_STAGES, STAGE_OF_KIND, STAGES, make_order, stale_after


@dataclass(frozen=True)
class TakeState:
    """A shot's current take of one kind, as far as deciding work goes."""

    take: int
    stale: bool
    seed: int | None = None
    because: str = ""  # a stale take's cause when the store can tell: "its length changed"


Takes = Mapping[tuple[str, str], TakeState]  # (shot id, take kind) → its current take


def produce_work(
    plan: ShotPlan,
    takes: Takes,
    shot_ids: Sequence[str] | None = None,
    stages: Sequence[ToolName] = DEFAULT_STAGES,
    pending: Iterable[WorkItem] = (),
) -> list[WorkItem]:
    """Make what is missing or stale: `stages` of the chosen shots (all by default) that have no
    up-to-date take, every stale take of those shots, `pending` (a redo a crash cut short), and
    the dependents of all of it that already have takes."""
    chosen = [s.id for s in plan.shots if shot_ids is None or s.id in shot_ids]
    items: list[WorkItem] = list(pending)
    for shot_id in chosen:
        for tool in stages:
            state = takes.get((shot_id, STAGES[tool].kind))
            if state is None:
                items.append(WorkItem(shot_id=shot_id, tool=tool, why="missing"))
            elif state.stale:
                items.append(
                    WorkItem(shot_id=shot_id, tool=tool, why="stale", because=state.because)
                )
        for (shot, kind), state in takes.items():
            if shot == shot_id and state.stale:
                tool = STAGE_OF_KIND[kind].tool
                items.append(
                    WorkItem(shot_id=shot_id, tool=tool, why="stale", because=state.because)
                )
    return with_dependents(plan, takes, items)


def redo_work(
    plan: ShotPlan,
    takes: Takes,
    shot_id: str,
    tool: ToolName,
    *,
    seed: int | None,
    reason: str,
) -> list[WorkItem]:
    """A new take of one stage, then everything made from the take it replaces — and the shot's
    own stages after it that were never made (a shot stopped at its keyframe gets its clip)."""
    item = WorkItem(shot_id=shot_id, tool=tool, why="redo", seed=seed, seed_reason=reason)
    later = DEFAULT_STAGES[DEFAULT_STAGES.index(tool) + 1 :] if tool in DEFAULT_STAGES else ()
    missing = [
        WorkItem(shot_id=shot_id, tool=t, why="missing")
        for t in later
        if (shot_id, STAGES[t].kind) not in takes
    ]
    return with_dependents(plan, takes, [item, *missing])


def use_take_work(
    plan: ShotPlan,
    takes: Takes,
    shot_id: str,
    tool: ToolName,
    back: Iterable[tuple[str, str]] = (),
) -> list[WorkItem]:
    """Choosing another take makes no take itself; what was made from the old one is remade —
    except the takes that come `back` with it (the clip made from the keyframe chosen again)."""
    stale = stale_after(plan, shot_id, STAGES[tool].kind)
    returning = set(back)
    cause = _cause(shot_id, STAGES[tool].kind, "chosen")
    items = [
        WorkItem(shot_id=shot, tool=STAGE_OF_KIND[kind].tool, why="stale", because=cause(shot))
        for shot, kind in stale.takes
        if (shot, kind) in takes and (shot, kind) not in returning
    ]
    return ordered(plan, items)


def with_dependents(plan: ShotPlan, takes: Takes, items: list[WorkItem]) -> list[WorkItem]:
    """`items` plus, as `stale`, every existing take that making them will make stale."""
    found = list(items)
    for item in items:
        if item.shot_id not in {s.id for s in plan.shots}:
            continue
        kind = STAGES[item.tool].kind
        stale = stale_after(plan, item.shot_id, kind)
        cause = _cause(item.shot_id, kind, "new")
        for shot, made in stale.takes:
            if (shot, made) in takes:
                tool = STAGE_OF_KIND[made].tool
                found.append(WorkItem(shot_id=shot, tool=tool, why="stale", because=cause(shot)))
    return ordered(plan, found)


def _cause(source: str, kind: str, how: str) -> Callable[[str], str]:
    """Why a take made from shot `source`'s `how` ("new", "chosen") take of `kind` is remade, in
    the card's words: `from the new keyframe` within the shot, `from S01's new clip` in a shot
    chained to it (the person sees what the remake follows, not a bare "its input changed")."""
    return lambda shot: (
        f"from the {how} {kind}" if shot == source else f"from {source}'s {how} {kind}"
    )


def ordered(plan: ShotPlan, items: Iterable[WorkItem]) -> list[WorkItem]:
    """One item per shot and stage (a redo outranks stale outranks missing; a stale one whose
    cause is known outranks one whose is not), in plan order and make order within a shot."""
    rank = {"redo": 0, "stale": 1, "missing": 2, "race": 3}
    best: dict[tuple[str, str], WorkItem] = {}
    for item in items:
        key = (item.shot_id, item.tool)
        if key not in best or rank[item.why] < rank[best[key].why]:
            best[key] = item
        elif rank[item.why] == rank[best[key].why] and item.because and not best[key].because:
            best[key] = item  # the same remake, with its cause known
    shots = [s.id for s in plan.shots]
    tools = make_order(list(STAGES))
    return sorted(
        best.values(),
        key=lambda i: (shots.index(i.shot_id) if i.shot_id in shots else 99, tools.index(i.tool)),
    )


def redo_seed(shot_seed: int, tool: ToolName, take: int) -> int:
    """A redo's new seed: derived, so the same redo after a crash asks for the same job again,
    and never the shot's own seed."""
    digest = hashlib.sha256(f"{shot_seed}|{tool}|take {take}".encode()).digest()
    seed = int.from_bytes(digest[:4], "big") & 0x7FFFFFFF
    return seed if seed != shot_seed else seed ^ 1


def describe(items: Sequence[WorkItem]) -> str:
    """`S01 keyframe (redo), S01 clip (from the new keyframe)` — what the person approves, in words.
    A stale take whose cause is not known here (its plan changed, or a stop came before it was
    remade) is `(out of date)`."""
    why = {"missing": "", "redo": " (redo)", "stale": " (out of date)", "race": " proxy"}
    return ", ".join(
        f"{i.shot_id} {STAGES[i.tool].word}"
        + (f" ({i.because})" if i.why == "stale" and i.because else why[i.why])
        + (f" on {i.engine}" if i.why == "race" else "")
        for i in items
    )


def then_words(plan: ShotPlan, takes: Takes, items: Sequence[WorkItem], *, episode: bool) -> str:
    """What making `items` sets off after them, in words for the card: `Then: checks the cuts
    S01→S02, S02→S03 again and cuts the episode again.` — the cuts on either side of every new
    clip are checked again, and once every shot has a clip the episode is cut from them (again,
    when `episode`: one was cut before). "" when no clip (or upscale) is made: the cut is as it
    was."""
    made = {(i.shot_id, STAGES[i.tool].kind) for i in items}
    if not made & {(s.id, k) for s in plan.shots for k in ("clip", "upscale")}:
        return ""
    cuts = sorted(
        {cut for shot, kind in made if kind == "clip" for cut in stale_after(plan, shot, kind).cuts}
    )
    order = [s.id for s in plan.shots]
    cuts.sort(key=lambda c: order.index(c[0]))
    parts = [f"checks the cuts {', '.join(f'{a}→{b}' for a, b in cuts)} again"] if cuts else []
    if all((s.id, "clip") in takes or (s.id, "clip") in made for s in plan.shots):
        parts.append("cuts the episode again" if episode else "cuts the episode")
    return f"Then: {' and '.join(parts)}." if parts else ""
