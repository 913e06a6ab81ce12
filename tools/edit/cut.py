"""What goes on the editor's timeline, read from the store: plain data, no OpenTimelineIO.

A *cut* is the plan in order, one *slot* per shot holding the take the episode uses and the other
takes an editor may swap in, each with the provenance an editor asks about (engine, model, seed,
prompt hash, take number, Content Credentials), and the continuity warnings on its cuts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sessions.models import Artifact, ContinuityResult, Shot, ShotPlan
from sessions.stages import STAGE_OF_KIND, STAGES
from sessions.store import SessionStore
from sessions.takes import takes
from tools.media.io import MediaError, probe
from tools.production.assemble import current_clip
from tools.production.signing import has_manifest


class TimelineError(Exception):
    """The timeline cannot be made or read (no clip for a shot, a missing file, a clip that is not
    a shot of this plan). One line, for the person."""


@dataclass(frozen=True)
class TakeClip:
    """One clip take as the editor sees it: its file, length and provenance."""

    shot_id: str
    tool: str  # animate | upscale
    take: int
    path: Path
    frames: int  # the media's length, at the plan's frame rate
    audio: bool
    metadata: dict[str, object]

    @property
    def name(self) -> str:
        """`S03 animate t2`: the take's file name in words, as the editor's bin shows it."""
        label = STAGES[self.tool].label if self.tool in STAGES else self.tool
        return f"{self.shot_id} {label} t{self.take}"

    @property
    def media_name(self) -> str:
        """The file's name in the export's media folder: `S03-animate-t2.mp4`."""
        return f"{self.shot_id}-{self.path.name}"


@dataclass(frozen=True)
class Slot:
    shot: Shot
    current: TakeClip
    alternates: tuple[TakeClip, ...]

    @property
    def frames(self) -> int:
        """The slot's length on the timeline: the shot's planned frames, or fewer if the take is
        shorter (the timeline never points past the end of a file)."""
        return min(self.shot.frames, self.current.frames)


@dataclass
class Cut:
    session_id: str
    title: str
    plan: ShotPlan
    slots: list[Slot]
    warnings: list[ContinuityResult]
    skipped: list[str] = field(default_factory=list)  # alternates left out, and why

    @property
    def fps(self) -> int:
        return self.plan.fps

    @property
    def resolution(self) -> tuple[int, int]:
        return self.plan.resolution


def gather_cut(store: SessionStore, session_id: str) -> Cut:
    """The session's cut: every shot of the latest plan with its current clip (the one the episode
    uses) and its other clip takes. Raises TimelineError when a shot has no clip or its file is
    gone: a timeline with a hole in it is not a hand-off."""
    info = store.session(session_id)
    plan = store.plan(info.id)
    if plan is None:
        raise TimelineError(f"session {info.id} has no plan yet")
    missing = [s.id for s in plan.shots if current_clip(store, info.id, s.id) is None]
    if missing:
        raise TimelineError(f"no clip for {', '.join(missing)}: produce them before exporting")
    cut = Cut(info.id, info.title, plan, [], [])
    for shot in plan.shots:
        chosen = current_clip(store, info.id, shot.id)
        assert chosen is not None  # checked above
        current = _take_clip(store, shot, chosen, plan.fps, current=True)
        if current is None:
            raise TimelineError(f"{shot.id}'s clip is missing or unreadable: {chosen.path}")
        alternates: list[TakeClip] = []
        for artifact in takes(store, info.id, shot.id):
            if artifact.id == chosen.id or not _is_clip(artifact):
                continue
            clip = _take_clip(store, shot, artifact, plan.fps, current=False)
            if clip is None:
                cut.skipped.append(f"{shot.id} {artifact.kind} t{artifact.take}: file missing")
            else:
                alternates.append(clip)
        cut.slots.append(Slot(shot, current, tuple(alternates)))
    shown = {s.id for s in plan.shots}
    cut.warnings = [
        c
        for c in store.continuity(info.id)
        if not c.passed and c.shot_a in shown and c.shot_b in shown
    ]
    return cut


def _is_clip(artifact: Artifact) -> bool:
    return artifact.kind in ("clip", "upscale") and artifact.path.endswith(".mp4")


def _take_clip(
    store: SessionStore, shot: Shot, artifact: Artifact, fps: int, *, current: bool
) -> TakeClip | None:
    path = Path(artifact.path)
    try:
        info = probe(path)
    except MediaError:
        return None
    frames = round(info.duration_s * fps) if info.fps else info.frames
    attempt = store.attempt(artifact.attempt_id) if artifact.attempt_id else None
    tool = artifact.tool or STAGE_OF_KIND[artifact.kind].tool
    metadata: dict[str, object] = {
        "shot_id": shot.id,
        "description": shot.description,
        "tool": tool,
        "take": artifact.take or 0,
        "engine": attempt.engine if attempt else "",
        "provider": attempt.provider if attempt else "",
        "model_version": attempt.model_version if attempt else "",
        "seed": attempt.seed if attempt else shot.seed,
        "prompt_sha256": attempt.prompt_sha256 if attempt else "",
        "tier": attempt.tier if attempt else "",
        "attempt_id": artifact.attempt_id or "",
        "sha256": artifact.sha256,
        "c2pa_manifest": has_manifest(path),
        "audio": info.has_audio,
        "current": current,  # the take the episode uses (on the main track)
        "stale": artifact.stale,
    }
    return TakeClip(shot.id, tool, artifact.take or 0, path, frames, info.has_audio, metadata)
