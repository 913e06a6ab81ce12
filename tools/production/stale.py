"""The stale graph: what a new take makes out of date, as a pure function over the plan.

Within a shot, a take is made from another: the clip and the inpaint from the keyframe, the upscale
from the clip (or the keyframe when there is no clip). Across shots, a clip decides two cuts (with
the shot before and the shot after) and, through its last frame, the clip of every shot that
`chain_from`s it (the look-back workflow). Staleness follows those edges transitively.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessions.models import ShotPlan

# kind → the kinds made from it in the same shot
MADE_FROM_IT: dict[str, tuple[str, ...]] = {
    "keyframe": ("clip", "inpaint", "upscale"),
    "clip": ("upscale",),
    "inpaint": (),
    "upscale": (),
}
STAGE_ORDER: tuple[str, ...] = ("keyframe", "clip", "inpaint", "upscale")


@dataclass(frozen=True)
class StaleSet:
    takes: frozenset[tuple[str, str]]  # (shot id, kind) whose current take is out of date
    cuts: frozenset[tuple[str, str]]  # (shot a, shot b) adjacent pairs whose check is out of date

    def shots(self) -> list[str]:
        return sorted({shot for shot, _ in self.takes})


def stale_after(plan: ShotPlan, shot_id: str, kind: str) -> StaleSet:
    """What a new (or newly chosen) take of `kind` for `shot_id` makes stale. The take itself is not."""
    if kind not in MADE_FROM_IT:
        raise ValueError(f"unknown take kind {kind!r}")
    order = [s.id for s in plan.shots]
    if shot_id not in order:
        raise KeyError(shot_id)
    successors = {s.id: [t.id for t in plan.shots if t.chain_from == s.id] for s in plan.shots}
    takes: set[tuple[str, str]] = set()
    cuts: set[tuple[str, str]] = set()

    def visit(shot: str, changed: str) -> None:
        for dependent in MADE_FROM_IT[changed]:
            if (shot, dependent) not in takes:
                takes.add((shot, dependent))
                visit(shot, dependent)
        if changed == "clip":
            index = order.index(shot)
            if index > 0:
                cuts.add((order[index - 1], shot))
            if index + 1 < len(order):
                cuts.add((shot, order[index + 1]))
            for follower in successors[shot]:
                if (follower, "clip") not in takes:
                    takes.add((follower, "clip"))
                    visit(follower, "clip")

    visit(shot_id, kind)
    return StaleSet(frozenset(takes), frozenset(cuts))
