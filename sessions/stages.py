"""The stages of a shot, in one table, and the stale graph that follows from it.

Everything the code knows about a stage — the engine tool that makes it, the kind of take it leaves,
the file label of that take, the words a person uses for it, the stage prompt it reads, the key that
redoes it on the shot screen, and which takes are made from it — is one row of `STAGES`. Every other
mapping (a take kind to its tool, a word to a tool …) is derived from these rows, never written out
again.

The stale graph: within a shot, a take is made from another (the clip, the inpaint and the upscale
from the keyframe; the upscale from the clip). Across shots, a clip decides two cuts (with the shot
before and the shot after) and, through its last frame, the clip of every shot that `chain_from`s it
(the look-back workflow). A new (or newly chosen) take makes everything downstream stale, transitively.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessions.models import ShotPlan, TakeKind, ToolName


@dataclass(frozen=True)
class Stage:
    tool: ToolName  # the engine tool that makes it (also the attempt's `stage`)
    kind: TakeKind  # the take it leaves (artifact kind)
    label: str  # its take files: `S03/animate-t2.mp4`
    word: str  # what a person calls it
    words: tuple[str, ...]  # every word a person (or a model) may use for it
    prompt_field: str  # the stage prompt it reads (StagePrompts field)
    redo_key: str | None  # the shot screen's key that redoes it
    made_from: TakeKind | None  # the take of the same shot it is made from
    feeds: tuple[TakeKind, ...]  # the takes of the same shot made from it


STAGES: dict[ToolName, Stage] = {
    s.tool: s
    for s in (
        Stage(
            "generate_keyframe",
            "keyframe",
            "keyframe",
            "keyframe",
            ("generate_keyframe", "keyframe", "still", "image"),
            "keyframe",
            "k",
            None,
            ("clip", "inpaint", "upscale"),
        ),
        Stage(
            "animate",
            "clip",
            "animate",
            "clip",
            ("animate", "clip", "animation", "motion", "video"),
            "motion",
            "a",
            "keyframe",
            ("upscale",),
        ),
        Stage(
            "inpaint",
            "inpaint",
            "inpaint",
            "inpaint",
            ("inpaint", "fix"),
            "finishing",
            None,
            "keyframe",
            (),
        ),
        Stage(
            "upscale",
            "upscale",
            "upscale",
            "upscale",
            ("upscale", "finish", "finishing"),
            "finishing",
            "u",
            "clip",
            (),
        ),
    )
}

# Derived views of the one table.
STAGE_OF_KIND: dict[str, Stage] = {s.kind: s for s in STAGES.values()}
TAKE_KINDS: tuple[str, ...] = tuple(s.kind for s in STAGES.values())  # also their make order
STAGE_WORDS: dict[str, ToolName] = {w: s.tool for s in STAGES.values() for w in s.words}
# What the CLI takes for a stage (`--redo`, `--use-take`): its name as `show` lists it and its take
# files are named (keyframe, animate, inpaint, upscale), or the take it leaves (`clip` for animate).
# The chat's looser words (a still, the motion, the video …) are the chat's.
STAGE_NAMES: dict[str, ToolName] = {n: s.tool for s in STAGES.values() for n in (s.label, s.kind)}
# The shot screen's redo keys, and the stage each prompt field's redo makes (the finishing prompt is
# read by inpaint and upscale; its key redoes the upscale).
REDO_KEYS: dict[str, str] = {s.tool: s.redo_key for s in STAGES.values() if s.redo_key}
REDO_OF_PROMPT: dict[str, ToolName] = {
    s.prompt_field: s.tool for s in STAGES.values() if s.redo_key
}
# The stages a plain production makes for every shot; the rest are asked for.
DEFAULT_STAGES: tuple[ToolName, ...] = ("generate_keyframe", "animate")


def stage(tool_or_word: str) -> Stage:
    """The stage a tool name, a take kind or a person's word names; KeyError if none."""
    key = tool_or_word.strip().lower()
    if key in STAGES:
        return STAGES[key]  # type: ignore[index,unused-ignore]
    if key in STAGE_OF_KIND:
        return STAGE_OF_KIND[key]
    return STAGES[STAGE_WORDS[key]]


def make_order(tools: list[ToolName] | tuple[ToolName, ...]) -> list[ToolName]:
    """`tools` in the order a shot's stages are made (a keyframe before the clip made from it)."""
    order = list(STAGES)
    return sorted(dict.fromkeys(tools), key=order.index)


@dataclass(frozen=True)
class StaleSet:
    takes: frozenset[tuple[str, str]]  # (shot id, kind) whose current take is out of date
    cuts: frozenset[tuple[str, str]]  # (shot a, shot b) adjacent pairs whose check is out of date

    def shots(self) -> list[str]:
        return sorted({shot for shot, _ in self.takes})


def stale_after(plan: ShotPlan, shot_id: str, kind: str) -> StaleSet:
    """What a new (or newly chosen) take of `kind` for `shot_id` makes stale. The take itself is not."""
    if kind not in STAGE_OF_KIND:
        raise ValueError(f"unknown take kind {kind!r}")
    order = [s.id for s in plan.shots]
    if shot_id not in order:
        raise KeyError(shot_id)
    successors = {s.id: [t.id for t in plan.shots if t.chain_from == s.id] for s in plan.shots}
    takes: set[tuple[str, str]] = set()
    cuts: set[tuple[str, str]] = set()

    def visit(shot: str, changed: str) -> None:
        for dependent in STAGE_OF_KIND[changed].feeds:
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
