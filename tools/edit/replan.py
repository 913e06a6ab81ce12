"""The edit back into the plan: an editor's re-ordered or trimmed timeline becomes a plan version.

The main video track is read clip by clip; each clip is matched to its shot (our metadata, else the
`S03 …` clip name, else the `S03-animate-t2.mp4` media name). Its order becomes the shot order and
its length the shot's duration. A clip that is no shot of this plan, or a shot cut in twice, is
refused with one line: the plan could not say what it means. Shots the editor took out are
dropped. Pure: the caller saves the plan (it goes back to "not approved").
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

import opentimelineio as otio

from sessions.models import Shot, ShotPlan
from tools.edit.cut import TimelineError
from tools.edit.timeline import NAMESPACE

_SHOT_IN_NAME = re.compile(r"\b(S\d{2,3})\b")
_SHOT_IN_FILE = re.compile(r"^(S\d{2,3})[-_ .]")


def read_timeline(path: Path, *, fps: int = 24) -> otio.schema.Timeline:
    """The first timeline in a file OpenTimelineIO reads (.otio, FCP 7 .xml, .edl …)."""
    path = Path(path)
    if not path.is_file():
        raise TimelineError(f"no such timeline file: {path}")
    try:
        # An EDL carries no frame rate of its own; every other format ignores this.
        extra = {"rate": fps} if path.suffix.lower() == ".edl" else {}
        found = otio.adapters.read_from_file(str(path), **extra)
    except Exception as exc:  # each adapter raises its own kinds; the person gets one line
        raise TimelineError(f"cannot read {path.name} as a timeline ({_first_line(exc)})") from None
    if isinstance(found, otio.schema.Timeline):
        return found
    for child in getattr(found, "find_children", lambda **_: [])(
        descended_from_type=otio.schema.Timeline
    ):
        if isinstance(child, otio.schema.Timeline):
            return child
    raise TimelineError(f"{path.name} holds no timeline")


def plan_from_timeline(plan: ShotPlan, timeline: otio.schema.Timeline) -> ShotPlan:
    """The plan's next version as the timeline cuts it: shot order and durations (to the frame).

    Raises TimelineError for a clip that is no shot of the plan, a shot used twice, or a main track
    with no shot on it."""
    known = {s.id: s for s in plan.shots}
    tracks = timeline.video_tracks()
    if not tracks:
        raise TimelineError("the timeline has no video track")
    order: list[tuple[str, int]] = []  # (shot id, frames)
    seen: dict[str, int] = {}
    position = 0
    for item in tracks[0]:
        if not isinstance(item, otio.schema.Clip) or not item.enabled:
            continue  # gaps, transitions, clips the editor switched off
        position += 1
        shot_id = shot_of(item)
        if shot_id is None or shot_id not in known:
            raise TimelineError(
                f"clip {position} on the main track ({item.name or 'unnamed'}) is not a shot of "
                f"plan v{plan.version} ({_ids(plan)})"
            )
        if shot_id in seen:
            raise TimelineError(
                f"{shot_id} is on the main track twice (clips {seen[shot_id]} and {position}): "
                "the plan can hold each shot once"
            )
        seen[shot_id] = position
        frames = round(item.trimmed_range().duration.to_seconds() * plan.fps)
        if frames < 1:
            raise TimelineError(f"{shot_id} is shorter than one frame on the timeline")
        order.append((shot_id, frames))
    if not order:
        raise TimelineError(f"the main track has no shot of plan v{plan.version} ({_ids(plan)})")
    shots: list[Shot] = []
    for index, (shot_id, frames) in enumerate(order):
        shot = known[shot_id]
        # A chained shot continues the previous clip's last frame: it holds only for the shot that
        # still comes just before it.
        before = order[index - 1][0] if index else None
        chain = shot.chain_from if shot.chain_from == before else None
        shots.append(shot.model_copy(update={"duration_s": frames / plan.fps, "chain_from": chain}))
    draft = plan.model_copy(
        update={"version": plan.version + 1, "approved": False, "shots": shots, "note": ""}
    )
    changes = timeline_changes(plan, draft)
    note = "from the editor's timeline: " + "; ".join(changes) if changes else ""
    return draft.model_copy(update={"note": note})


def timeline_changes(old: ShotPlan, new: ShotPlan) -> list[str]:
    """What the edit changed, in words: order, shots taken out, durations, broken chains."""
    changes: list[str] = []
    kept = [s.id for s in new.shots]
    if kept != [s.id for s in old.shots if s.id in kept]:
        changes.append("order " + ", ".join(kept))
    dropped = [s.id for s in old.shots if s.id not in kept]
    if dropped:
        changes.append("took out " + ", ".join(dropped))
    for shot in new.shots:
        before = old.shot(shot.id)
        if before.frames != shot.frames:
            changes.append(f"{shot.id} {before.duration_s:g}→{shot.duration_s:g} s")
        if before.chain_from and not shot.chain_from:
            changes.append(f"{shot.id} no longer continues {before.chain_from}")
    return changes


def shot_of(clip: Any) -> str | None:
    """The shot a clip shows: our metadata, else `S03` in its name, else in its media's name."""
    facts = clip.metadata.get(NAMESPACE)
    if facts is not None and facts.get("shot_id"):
        return str(facts["shot_id"])
    match = _SHOT_IN_NAME.search(clip.name or "")
    if match:
        return match.group(1)
    url = getattr(clip.media_reference, "target_url", "") or ""
    match = _SHOT_IN_FILE.match(PurePosixPath(url.replace("\\", "/")).name)
    return match.group(1) if match else None


def _ids(plan: ShotPlan) -> str:
    return ", ".join(s.id for s in plan.shots)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else exc.__class__.__name__)[:160]
