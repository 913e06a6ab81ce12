"""The production's domain: briefs, shots, plans, attempts and takes.

Plain pydantic models with no I/O, shared by every layer. Names follow the words the people who use
shotcaller speak: a *shot* is planned, each *stage* of it is made by an *attempt* on an *engine*, and
an accepted attempt becomes a *take*.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

FPS = 24

Tier = Literal["draft", "delivery"]
AspectRatio = Literal["16:9", "9:16", "1:1", "4:5"]
Framing = Literal["wide", "medium", "close", "extreme-close", "aerial", "insert"]
CameraMove = Literal[
    "static", "push-in", "pull-out", "pan", "tilt", "orbit", "dolly", "drone", "handheld"
]
Tag = Literal[
    "landscape",
    "architecture",
    "camera_motion",
    "human_motion",
    "physics",
    "character",
    "stylized",
    "typography",
    "product",
    "dialogue",
    "sound",  # the brief wants the clip's own sound (ambience, effects, voice-over)
]
# The engine-facing tools. A shot's *stage* is named by the tool that makes it.
ToolName = Literal["generate_keyframe", "animate", "inpaint", "upscale"]
ShotStatus = Literal["pending", "in_progress", "done", "failed", "needs_attention", "stale"]
AttemptStatus = Literal["running", "succeeded", "rejected", "failed", "refused", "interrupted"]
ErrorKind = Literal[
    "timeout",
    "rate_limited",
    "server_error",
    "refused",
    "retired",
    "bad_output",
    "auth",
    "budget",
    "cap",
    "unavailable",
    "interrupted",
    "local",  # this machine's problem (disk full, permission, codec): not the engine's
]
GateDecision = Literal["accept", "reject"]
SessionStatus = Literal[
    "planning", "awaiting_approval", "producing", "completed", "partial", "failed"
]
# Who asked for a verb, and who approved it: the person at the controls, the planner model, or
# the person's standing approval given up front on the command line (`--yes`).
Actor = Literal["person", "model", "--yes"]
ApprovalStatus = Literal["pending", "approved", "rejected", "superseded", "done", "failed"]

TAGS: tuple[str, ...] = get_args(Tag)
TOOLS: tuple[str, ...] = get_args(ToolName)
FRAMINGS: tuple[str, ...] = get_args(Framing)
CAMERA_MOVES: tuple[str, ...] = get_args(CameraMove)
ASPECT_RATIOS: tuple[str, ...] = get_args(AspectRatio)
TIERS: tuple[str, ...] = get_args(Tier)

TakeKind = Literal["keyframe", "clip", "inpaint", "upscale"]

# 720p-class frame sizes: the short side is 720 px (even numbers, as H.264 wants).
RESOLUTIONS: dict[str, tuple[int, int]] = {
    "16:9": (1280, 720),
    "9:16": (720, 1280),
    "1:1": (720, 720),
    "4:5": (720, 900),
}


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def frames_for(duration_s: float, fps: int = FPS) -> int:
    """Whole frames a duration occupies: durations are honoured to the frame."""
    return round(duration_s * fps)


class Brief(BaseModel):
    """What the person asked for, read from their words."""

    text: str
    title: str
    duration_s: float = Field(gt=0)
    aspect_ratio: AspectRatio = "16:9"
    platform: str | None = None
    style_notes: list[str] = Field(default_factory=list)
    tier: Tier = "draft"
    budget_usd: float | None = None
    shot_count: int | None = None


class StagePrompts(BaseModel):
    """One prompt per stage, each written for its own job."""

    keyframe: str = ""  # composition, lens, light
    motion: str = ""  # camera move, subject action, duration
    finishing: str = ""  # what must be preserved, what may be corrected


class Shot(BaseModel):
    model_config = ConfigDict(validate_assignment=True)

    id: str = Field(pattern=r"^S\d{2,3}$")
    description: str
    duration_s: float = Field(gt=0)
    framing: Framing
    camera: CameraMove
    subjects: list[str] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    chain_from: str | None = None
    seed: int
    prompts: StagePrompts = Field(default_factory=StagePrompts)
    status: ShotStatus = "pending"
    # The person set this shot's length ("make the logo shot 4 seconds"): a revision that shares
    # the film's time out again (adding, dropping, slowing another shot, a new total) leaves it.
    length_locked: bool = False

    @property
    def frames(self) -> int:
        return frames_for(self.duration_s)


CastKind = Literal["character", "product", "brand"]


ReferenceSource = Literal["operator", "sheet"]
SheetView = Literal["front", "three-quarter", "profile", "back"]
SHEET_VIEWS: tuple[str, ...] = get_args(SheetView)


def _folded(name: str) -> str:
    """A name as a person may type it: any case, spacing and accents ("Tomas" is "Tomás")."""
    text = unicodedata.normalize("NFKD", " ".join(name.strip().lower().split()))
    return "".join(c for c in text if not unicodedata.combining(c))


class CastReference(BaseModel):
    """One picture of a cast member that engines are shown: a file the person gave, or one view of
    a character sheet shotcaller made. Kept in the session's folder, named by its content."""

    path: str  # in the session folder: cast/<member>/<sha256[:12]>.png
    sha256: str  # of the file as stored (what engines are sent, what provenance names)
    source: ReferenceSource = "operator"
    added_by: str = ""  # the operator who gave it (or approved the sheet)
    added: str = ""  # when, ISO 8601
    original: str = ""  # the file name as the person gave it ("maya.png")
    view: str = ""  # a sheet's view: front, three-quarter, profile, back
    attempt_id: str | None = None  # a sheet view: the engine call that made it
    # A sheet view waits for the person before any shot uses it; a given file is approved as given.
    approved: bool = True


class CastLora(BaseModel):
    """A LoRA trained on the cast member (the "character bible" route): its weights by URL."""

    url: str = Field(pattern=r"^https://\S+$")
    scale: float = Field(default=1.0, ge=0, le=4)


class CastMember(BaseModel):
    """Someone or something that must look the same in every shot it appears in."""

    name: str  # as the shots' subjects name it: "Mara", "the singer", "iced matcha"
    kind: CastKind = "character"
    description: str = ""
    shots: list[str] = Field(default_factory=list)  # the ids of the shots it appears in
    references: list[CastReference] = Field(default_factory=list)  # plans before them had none
    lora: CastLora | None = None

    @property
    def approved_references(self) -> list[CastReference]:
        """What shots are made with: the person's files and the approved views of a sheet."""
        return [r for r in self.references if r.approved]


class ShotPlan(BaseModel):
    """A numbered version of the shot list. A revision is a new version; old ones are kept."""

    version: int = 1
    title: str
    aspect_ratio: AspectRatio
    fps: int = FPS
    style: str = ""
    shots: list[Shot]
    approved: bool = False
    note: str = ""  # what changed from the previous version, in words
    cast: list[CastMember] = Field(default_factory=list)  # plans saved before it had none

    @property
    def total_duration_s(self) -> float:
        return sum(s.frames for s in self.shots) / self.fps

    @property
    def resolution(self) -> tuple[int, int]:
        return RESOLUTIONS[self.aspect_ratio]

    def member(self, name: str) -> CastMember | None:
        """The cast member a person means: 'Maya', 'maya', 'the singer', 'singer'."""
        key = _folded(name).removeprefix("the ")
        for m in self.cast:
            if _folded(m.name).removeprefix("the ") == key:
                return m
        for m in self.cast:  # "the mechanic" for Tomás, described as the mechanic
            if m.description and _folded(m.description).removeprefix("the ") == key:
                return m
        return None

    def cast_in(self, shot_id: str) -> list[CastMember]:
        """The cast members a shot shows."""
        return [m for m in self.cast if shot_id in m.shots]

    def shot(self, shot_id: str) -> Shot:
        for s in self.shots:
            if s.id == shot_id:
                return s
        raise KeyError(shot_id)

    def resolve(self, ref: str) -> Shot:
        """The shot a person (or a model) means: 'S03', '3', 's3', 'shot 3', 'the last shot',
        'first'. `LookupError` names the shots there are."""
        key = " ".join(ref.strip().lower().split())
        key = key.removeprefix("the ").removeprefix("shot").strip().removesuffix(" shot").strip()
        if self.shots and key in ("last", "final"):
            return self.shots[-1]
        if self.shots and key == "first":
            return self.shots[0]
        if len(self.shots) > 1 and key in (
            "penultimate",
            "second to last",
            "second-to-last",
            "second last",
            "one before last",
        ):
            return self.shots[-2]
        number = re.fullmatch(r"s?(\d+)", key)
        if number:
            for shot in self.shots:
                if int(shot.id[1:]) == int(number.group(1)):
                    return shot
        ids = [s.id for s in self.shots]
        have = f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else (ids[0] if ids else "no shots")
        raise LookupError(f"there is no shot {ref.strip() or '?'}; the plan has {have}")


class Attempt(BaseModel):
    """One engine call: written before dispatch, finalised after. The unit of provenance."""

    id: str
    session_id: str
    shot_id: str
    tool: ToolName
    stage: ToolName
    engine: str
    provider: str
    model_version: str = ""
    tier: Tier
    prompt: str
    prompt_sha256: str
    seed: int
    params: dict[str, object] = Field(default_factory=dict)
    idempotency_key: str
    provider_job_id: str | None = None
    status: AttemptStatus = "running"
    error_kind: ErrorKind | None = None
    error: str | None = None
    estimated_cost_usd: float = 0.0
    cost_usd: float = 0.0
    started_at: str
    finished_at: str | None = None
    elapsed_s: float | None = None
    output_path: str | None = None
    output_sha256: str | None = None
    quality_metrics: dict[str, float] = Field(default_factory=dict)
    quality_score: float | None = None
    gate_decision: GateDecision | None = None
    gate_reason: str | None = None
    failover_from: str | None = None
    operator: str = ""
    ranking: list[str] = Field(default_factory=list)
    route_reason: str = ""
    catalog_version: str = ""
    catalog_sha256: str = ""
    take: int | None = None


class Artifact(BaseModel):
    """A file the session owns: a take, an extracted last frame, the episode, the storyboard."""

    id: str
    session_id: str
    shot_id: str | None
    kind: Literal[
        "keyframe",
        "clip",
        "inpaint",
        "upscale",
        "last_frame",
        "episode",
        "storyboard",
        "provenance",
    ]
    tool: ToolName | None = None
    take: int | None = None
    path: str
    sha256: str
    attempt_id: str | None = None
    current: bool = True
    stale: bool = False
    created: str


class ContinuityResult(BaseModel):
    """The verdict on one cut (or one character across shots), with its numbers and a way forward."""

    kind: Literal["cut", "character"] = "cut"
    shot_a: str
    shot_b: str
    cut: Literal["matched", "hard"] = "hard"
    passed: bool
    metrics: dict[str, float] = Field(default_factory=dict)
    reasons: list[str] = Field(default_factory=list)
    suggestion: str = ""


class SessionInfo(BaseModel):
    id: str
    title: str
    status: SessionStatus
    created: str
    updated: str
    tier: Tier
    budget_usd: float
    cost_usd: float = 0.0
    brief: str = ""
    aspect_ratio: AspectRatio = "16:9"
    operator: str = ""


class WorkItem(BaseModel):
    """One stage of one shot that an action will make, and why."""

    shot_id: str
    tool: ToolName
    # missing: no take yet · redo: a new take asked for · stale: its input changed, so it is remade
    # · race: a proxy of the stage on `engine`, raced against others (never kept as a take)
    why: Literal["missing", "redo", "stale", "race"]
    engine: str = ""  # the first-choice engine when estimated
    estimate_usd: float = 0.0  # expected cost including the expected regenerations
    # A redo's seed: a new one when the prompt is unchanged (never the identical request twice),
    # the current take's when only the prompt changes. None: the shot's own seed.
    seed: int | None = None
    seed_reason: str = ""
    # A stale item's cause, for the card: "from the new keyframe", "from S01's chosen clip".
    # "" when only the store's stale flag is known (a plan change, a stop before it was remade).
    because: str = ""


class Approval(BaseModel):
    """A request that waits for the person: a plan to approve, or work that can spend money."""

    id: str
    session_id: str
    kind: Literal["plan", "production"]
    verb: str  # approve_plan, produce, redo, use_take, make_reference …
    args: dict[str, object] = Field(default_factory=dict)
    work: list[WorkItem] = Field(default_factory=list)
    estimate_usd: float = 0.0
    summary: str = ""
    status: ApprovalStatus = "pending"
    asked_by: Actor = "person"
    created: str = ""
    answered_by: Actor | None = None
    answered: str | None = None
    outcome: dict[str, object] = Field(default_factory=dict)

    @property
    def free(self) -> bool:
        """Nothing for an engine to make (choosing an earlier take with nothing made from it):
        nothing can be spent, so nobody needs to be asked."""
        return self.kind == "production" and not self.work
