"""The scheduler: makes a list of shot stages, concurrently, through the router.

`Production` holds one session's context (store, router, plan, tier). `produce(work)` makes exactly
the work items it is given (the application service decides what they are and the person approves
them): each shot's items in make order, every shot at once, limited per engine by the router. A shot
with `chain_from` waits for its predecessor's clip and is animated from that clip's actual last
frame. The stage methods (`generate_keyframe`, `animate`, `inpaint`, `upscale`) and
`check_continuity` are the typed tools themselves.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from sessions.models import (
    Artifact,
    ContinuityResult,
    SessionInfo,
    Shot,
    ShotPlan,
    ShotStatus,
    Tier,
    ToolName,
    WorkItem,
)
from sessions.stages import DEFAULT_STAGES, STAGES, make_order
from sessions.store import SessionStore, now
from tools.engines.base import CastSubject
from tools.media.continuity import check_character, check_cut
from tools.media.io import file_sha256, first_frame, last_frame, load_image, write_png
from tools.media.references import ReferenceError, reference_signature
from tools.production.cast import stage_cast, subject_of
from tools.routing.guardrails import PlanNotApproved, round_of
from tools.routing.router import Router, StageOutcome, StageRequest

__all__ = ["DEFAULT_STAGES", "Production", "ProductionReport", "ProgressEvent"]


@dataclass(frozen=True)
class ProgressEvent:
    shot_id: str
    stage: str
    status: str  # started | attempt | accepted | failed | needs_attention | waiting | checked
    message: str = ""


@dataclass
class ProductionReport:
    shots: dict[str, ShotStatus] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    continuity: list[ContinuityResult] = field(default_factory=list)

    @property
    def failed(self) -> list[str]:
        return [s for s, st in self.shots.items() if st in ("failed", "needs_attention")]


class Production:
    def __init__(
        self,
        store: SessionStore,
        router: Router,
        session: SessionInfo,
        plan: ShotPlan,
        *,
        tier: Tier | None = None,
        on_event: Callable[[ProgressEvent], None] | None = None,
        resolution: tuple[int, int] | None = None,
    ) -> None:
        self.store = store
        self.router = router
        self.session = session
        self.plan = plan
        self.tier: Tier = tier or session.tier
        self.on_event = on_event
        # The plan's frame size unless overridden (small previews, tests and benchmarks).
        self.resolution = resolution or plan.resolution
        self._order = production_order(plan.shots)
        self.call_id: str | None = None  # the verb's tool call that stage calls are part of
        self.actor = "model"  # who asked for the verb this production runs
        router.progress = lambda shot, stage, msg: self._emit(shot, stage, "attempt", msg)

    def with_store(self, store: SessionStore) -> Production:
        """This production over another connection to the same store (one per thread: a SQLite
        connection belongs to the thread that opened it)."""
        other = Production(
            store,
            self.router,
            self.session,
            self.plan,
            tier=self.tier,
            on_event=self.on_event,
            resolution=self.resolution,
        )
        other.call_id, other.actor = self.call_id, self.actor
        return other

    @property
    def session_dir(self) -> Path:
        return self.store.session_dir(self.session.id)

    def shot_dir(self, shot_id: str) -> Path:
        return self.session_dir / shot_id

    # ── the typed tools ────────────────────────────────────────────────────────────────────────

    async def generate_keyframe(self, shot_id: str, prompt: str | None = None) -> StageOutcome:
        """Make a keyframe take for the shot from its keyframe prompt (or `prompt`)."""
        return await self._keyframe(shot_id, prompt)

    async def animate(self, shot_id: str, prompt: str | None = None) -> StageOutcome:
        """Animate the shot's current keyframe (or, for a chained shot, the previous clip's last
        frame) into a clip of exactly the shot's duration."""
        return await self._animate(shot_id, prompt)

    async def inpaint(self, shot_id: str, prompt: str, mask: Path | None = None) -> StageOutcome:
        """Re-render the masked region (white) of the shot's current keyframe."""
        return await self._inpaint(shot_id, prompt, mask)

    async def upscale(self, shot_id: str, scale: float = 2.0) -> StageOutcome:
        """Resample the shot's current clip (or keyframe, if it has no clip) to `scale`× its size."""
        return await self._upscale(shot_id, scale)

    # The typed tools above make one stage in the current round of the regeneration cap. The work
    # a person approved reaches the same stages through `produce(operator_redo=True)`, which opens
    # a new round for a redo (tools/service decides that, never the model).

    async def _keyframe(
        self,
        shot_id: str,
        prompt: str | None,
        *,
        operator_redo: bool = False,
        seed: tuple[int, str] | None = None,
    ) -> StageOutcome:
        shot = self.plan.shot(shot_id)
        return await self._stage(
            shot,
            "generate_keyframe",
            prompt or shot.prompts.keyframe,
            operator_redo=operator_redo,
            seed=seed,
            cast=stage_cast(self.plan, shot.id, self.session_dir),
        )

    async def _animate(
        self,
        shot_id: str,
        prompt: str | None,
        *,
        operator_redo: bool = False,
        seed: tuple[int, str] | None = None,
    ) -> StageOutcome:
        shot = self.plan.shot(shot_id)
        keyframe = self.store.current_take(self.session.id, shot_id, "keyframe")
        image = Path(keyframe.path) if keyframe else None
        params: dict[str, object] = {}
        continue_job_id = None
        if shot.chain_from:
            anchor = self.anchor_frame(shot.chain_from)
            if anchor is not None:
                params["anchor_from"] = shot.chain_from
                if image is not None:
                    params["keyframe"] = str(image)
                image = anchor
                continue_job_id = self.luma_generation(shot.chain_from)
        if image is None:
            return StageOutcome("failed", [], f"{shot_id} has no keyframe take to animate yet")
        return await self._stage(
            shot,
            "animate",
            prompt or shot.prompts.motion,
            image=image,
            duration_s=shot.duration_s,
            params=params,
            operator_redo=operator_redo,
            continue_job_id=continue_job_id,
            seed=seed,
            cast=stage_cast(self.plan, shot.id, self.session_dir),
        )

    async def _inpaint(
        self,
        shot_id: str,
        prompt: str,
        mask: Path | None,
        *,
        operator_redo: bool = False,
        seed: tuple[int, str] | None = None,
    ) -> StageOutcome:
        shot = self.plan.shot(shot_id)
        keyframe = self.store.current_take(self.session.id, shot_id, "keyframe")
        if keyframe is None:
            return StageOutcome("failed", [], f"{shot_id} has no keyframe take to inpaint")
        return await self._stage(
            shot,
            "inpaint",
            prompt,
            image=Path(keyframe.path),
            mask=mask,
            operator_redo=operator_redo,
            seed=seed,
        )

    async def _upscale(
        self,
        shot_id: str,
        scale: float,
        *,
        operator_redo: bool = False,
        seed: tuple[int, str] | None = None,
    ) -> StageOutcome:
        shot = self.plan.shot(shot_id)
        source = self.store.current_take(
            self.session.id, shot_id, "clip"
        ) or self.store.current_take(self.session.id, shot_id, "keyframe")
        if source is None:
            return StageOutcome("failed", [], f"{shot_id} has nothing to upscale yet")
        width, height = self.resolution
        size = (_even(width * scale), _even(height * scale))
        is_clip = source.kind == "clip"
        return await self._stage(
            shot,
            "upscale",
            shot.prompts.finishing,
            image=Path(source.path),
            size=size,
            duration_s=shot.duration_s if is_clip else None,
            operator_redo=operator_redo,
            seed=seed,
        )

    def check_continuity(self, shot_a: str, shot_b: str) -> ContinuityResult:
        """Compare the cut from shot A's last frame to shot B's first frame and store the verdict."""
        clip_a = self.store.current_take(self.session.id, shot_a, "clip")
        clip_b = self.store.current_take(self.session.id, shot_b, "clip")
        matched = self.plan.shot(shot_b).chain_from == shot_a
        if clip_a is None or clip_b is None:
            missing = shot_a if clip_a is None else shot_b
            result = ContinuityResult(
                shot_a=shot_a,
                shot_b=shot_b,
                cut="matched" if matched else "hard",
                passed=False,
                reasons=[f"{missing} has no clip yet"],
                suggestion=f"animate {missing} first",
            )
        else:
            result = check_cut(
                last_frame(Path(clip_a.path)),
                first_frame(Path(clip_b.path)),
                shot_a=shot_a,
                shot_b=shot_b,
                matched=matched,
            )
        self.store.add_continuity(self.session.id, result)
        self._emit(shot_b, "check_continuity", "checked", _verdict(result))
        return result

    # ── look-back chaining ─────────────────────────────────────────────────────────────────────

    def anchor_frame(self, shot_id: str) -> Path | None:
        """The actual last frame of `shot_id`'s current clip, kept as an artifact of its own."""
        clip = self.store.current_take(self.session.id, shot_id, "clip")
        if clip is None:
            return None
        existing = self.store.current_take(self.session.id, shot_id, "last_frame")
        if existing and existing.attempt_id == clip.attempt_id and Path(existing.path).exists():
            return Path(existing.path)
        path = self.shot_dir(shot_id) / f"last-frame-t{clip.take}.png"
        if path.exists():  # another clip's frame: the shot that had this id before a revision
            path = path.with_name(f"last-frame-t{clip.take}-{clip.id[:8]}.png")
        write_png(last_frame(Path(clip.path)), path)
        self.store.add_artifact(
            Artifact(
                id=f"{clip.id}-last",
                session_id=self.session.id,
                shot_id=shot_id,
                kind="last_frame",
                take=clip.take,
                path=str(path),
                sha256=file_sha256(path),
                attempt_id=clip.attempt_id,
                created=now(),
            ),
            # An earlier clip brought back into use (use_take) had its last frame recorded under
            # this id already: drawn again, it replaces that row.
            replace=True,
        )
        return path

    def luma_generation(self, shot_id: str) -> str | None:
        """The Luma generation id of `shot_id`'s current clip, if Luma made it: a Luma engine
        animating the next shot continues that generation (`frame0: {type: "generation"}`). Other
        providers only take the last frame, and a Luma id means nothing to them."""
        clip = self.store.current_take(self.session.id, shot_id, "clip")
        if clip is None or not clip.attempt_id:
            return None
        made_by = self.store.attempt(clip.attempt_id)
        return made_by.provider_job_id if made_by.provider == "luma" else None

    # ── the scheduler ──────────────────────────────────────────────────────────────────────────

    async def produce(
        self, work: Sequence[WorkItem], *, operator_redo: bool = False
    ) -> ProductionReport:
        """Make `work`, every shot at once, each shot's items in make order, chained shots after
        the clip they continue.

        An item is made when it is still needed as it comes up: `missing` when the shot has no
        up-to-date take of it, `stale` when its current take is stale, `redo` always. So an item
        whose input did not change after all (its upstream redo failed) is left as it is.
        `operator_redo` says the person asked for this work: each stage opens a new round of the
        regeneration cap. Delivery needs an approved plan: `PlanNotApproved` otherwise.
        """
        if self.tier == "delivery" and not self.plan.approved:
            raise PlanNotApproved(
                f"plan v{self.plan.version} is not approved: delivery production needs approval"
            )
        planned = {s.id for s in self.plan.shots}
        items: dict[str, list[WorkItem]] = {}
        for item in work:
            if item.shot_id in planned:
                items.setdefault(item.shot_id, []).append(item)
        chosen = [s for s in self.plan.shots if s.id in items]
        finished = {s.id: asyncio.Event() for s in self.plan.shots}
        states = self.store.shot_states(self.session.id)
        for shot in self.plan.shots:
            if shot.id not in items:
                finished[shot.id].set()
                if states.get(shot.id, ("", ""))[0] == "in_progress":
                    # A process killed after the shot's last take was kept and before its
                    # status was (a closed pipe mid-line, kill -9): its takes say what it is,
                    # and with no work left for it nothing else would ever settle it.
                    status = self.shot_status(shot.id)
                    self.store.set_shot_status(
                        self.session.id, shot.id, status, _status_reason(status)
                    )
        report = ProductionReport()

        async def one(shot: Shot) -> None:
            order = make_order([i.tool for i in items[shot.id]])
            mine = sorted(items[shot.id], key=lambda i: order.index(i.tool))
            try:
                status, reason = await self._produce_shot(shot, mine, finished, operator_redo)
            finally:
                finished[shot.id].set()
            report.shots[shot.id] = status
            if reason:
                report.reasons[shot.id] = reason

        # Every shot starts at once; each engine's slots go to the shot first in production order
        # waiting for one (tools/routing/slots.py, `production_order`): S01 is never queued behind
        # S12, and the head of a look-back pair is not left for last.
        shots = [asyncio.ensure_future(one(s)) for s in chosen]
        try:
            await asyncio.gather(*shots)
        except BaseException:
            # One shot could not go on (the database's disk is full, a cancellation): stop the
            # others here, each leaving its attempt `interrupted`, rather than leave them running
            # into the error at shutdown. The first error is the one the person sees.
            for task in shots:
                task.cancel()
            await asyncio.gather(*shots, return_exceptions=True)
            raise
        report.shots = {s.id: report.shots[s.id] for s in chosen}
        return report

    async def make(
        self,
        shot_ids: Sequence[str] | None = None,
        stages: Sequence[ToolName] = DEFAULT_STAGES,
        *,
        redo: bool = False,
        operator_redo: bool = False,
    ) -> ProductionReport:
        """`stages` of the chosen shots (all by default): what is missing, or every one with
        `redo`. No dependents: the service's work lists add those (tools/service/work.py)."""
        why: Literal["redo", "missing"] = "redo" if redo else "missing"
        work = [
            WorkItem(shot_id=s.id, tool=tool, why=why)
            for s in self.plan.shots
            if shot_ids is None or s.id in shot_ids
            for tool in stages
        ]
        return await self.produce(work, operator_redo=operator_redo)

    def _needed(self, shot: Shot, item: WorkItem) -> bool:
        take = self.store.current_take(self.session.id, shot.id, STAGES[item.tool].kind)
        if item.why == "redo":
            return True
        if item.why == "stale":
            return take is not None and take.stale
        return take is None or take.stale

    async def _produce_shot(
        self,
        shot: Shot,
        items: list[WorkItem],
        finished: dict[str, asyncio.Event],
        operator_redo: bool,
    ) -> tuple[ShotStatus, str]:
        sid = self.session.id
        self.store.set_shot_status(sid, shot.id, "in_progress")
        for item in items:
            stage = item.tool
            if stage == "animate" and shot.chain_from and shot.chain_from in finished:
                if not finished[shot.chain_from].is_set():
                    self._emit(shot.id, stage, "waiting", f"waiting for {shot.chain_from}'s clip")
                    await finished[shot.chain_from].wait()
                anchor = self.store.current_take(sid, shot.chain_from, "clip")
                if anchor is None or anchor.stale:
                    why = f"{shot.chain_from}'s clip is not ready, so this clip cannot continue it"
                    return self._stopped(shot, stage, "failed", why)
            if not self._needed(shot, item):
                continue
            self._emit(shot.id, stage, "started")
            outcome = await self._run_tool(shot, item, operator_redo or self._new_picture(item))
            if outcome.status != "accepted":
                status: ShotStatus = (
                    "needs_attention" if outcome.status == "needs_attention" else "failed"
                )
                return self._stopped(shot, stage, status, outcome.reason)
            self._emit(shot.id, stage, "accepted", outcome.take.path if outcome.take else "")
        # The store keeps what the shot's takes say (never "done" on a keyframe alone); the report
        # says what this production did: every item it was given, made.
        status = self.shot_status(shot.id)
        self.store.set_shot_status(sid, shot.id, status, _status_reason(status))
        return "done", ""

    def _stopped(
        self, shot: Shot, stage: ToolName, status: ShotStatus, reason: str
    ) -> tuple[ShotStatus, str]:
        self.store.set_shot_status(self.session.id, shot.id, status, reason)
        self._emit(shot.id, stage, status, reason)
        return status, reason

    def shot_status(self, shot_id: str) -> ShotStatus:
        """What the shot's takes say: done with an up-to-date keyframe and clip and nothing stale;
        stale when a current take is; pending otherwise. Never "done" on a keyframe alone."""
        current = {
            a.kind: a
            for a in self.store.artifacts(self.session.id, shot_id, current_only=True)
            if a.kind in ("keyframe", "clip", "inpaint", "upscale")
        }
        if any(a.stale for a in current.values()):
            return "stale"
        if all(STAGES[t].kind in current for t in DEFAULT_STAGES):
            return "done"
        return "pending"

    def _new_picture(self, item: WorkItem) -> bool:
        """A stale take being remade because its input changed (an approved plan change, a new
        take upstream), where the take it replaces was the latest round's success: a new picture,
        a round of its own, whichever front door approved it (three approved plan changes used up
        the cap of a shot that never failed). A stage whose last round failed stays in it:
        remaking it is continuing, not a new picture, so no loop ever opens rounds."""
        if item.why != "stale":
            return False
        take = self.store.current_take(self.session.id, item.shot_id, STAGES[item.tool].kind)
        if take is None or not take.attempt_id:
            return False
        attempts = self.store.attempts(self.session.id, item.shot_id, item.tool)
        made = self.store.attempt(take.attempt_id)
        return round_of(made) == max((round_of(a) for a in attempts), default=round_of(made))

    async def _run_tool(self, shot: Shot, item: WorkItem, operator_redo: bool) -> StageOutcome:
        seed = (item.seed, item.seed_reason) if item.seed is not None else None
        if item.tool == "generate_keyframe":
            return await self._keyframe(shot.id, None, operator_redo=operator_redo, seed=seed)
        if item.tool == "animate":
            return await self._animate(shot.id, None, operator_redo=operator_redo, seed=seed)
        if item.tool == "upscale":
            return await self._upscale(shot.id, 2.0, operator_redo=operator_redo, seed=seed)
        return await self._inpaint(
            shot.id, shot.prompts.finishing, None, operator_redo=operator_redo, seed=seed
        )

    def check_all_cuts(self) -> list[ContinuityResult]:
        """Check every cut between adjacent shots that both have clips."""
        shots = self.plan.shots
        return [self.check_continuity(a.id, b.id) for a, b in itertools.pairwise(shots)]

    def check_characters(
        self, region: tuple[float, float, float, float] | None = None
    ) -> list[ContinuityResult]:
        """Colour drift of each recurring character across the keyframes of the shots they are in.

        A character is a subject named in two or more shots tagged `character`; `region` marks
        where they stand (fractions of the frame), the centre of frame by default.
        """
        cast: dict[str, list[str]] = {}
        for shot in self.plan.shots:
            if "character" in shot.tags:
                for subject in shot.subjects:
                    cast.setdefault(subject, []).append(shot.id)
        # A cast member with a reference is checked against it in every shot that shows it.
        references = {}
        for member in self.plan.cast:
            given = subject_of(member, self.session_dir)
            if given.references:
                cast[member.name] = [s.id for s in self.plan.shots if s.id in member.shots]
                references[member.name] = given.references[0].path
        results: list[ContinuityResult] = []
        for name, shot_ids in cast.items():
            frames = {}
            for shot_id in shot_ids:
                take = self.store.current_take(self.session.id, shot_id, "keyframe")
                if take is not None:
                    frames[shot_id] = np.asarray(load_image(Path(take.path)).convert("RGB"))
            reference = None
            if name in references:
                try:
                    reference = reference_signature(references[name])
                except (ReferenceError, OSError):
                    reference = None
            if len(frames) < (1 if reference is not None else 2):
                continue
            for result in check_character(frames, region=region, name=name, reference=reference):
                self.store.add_continuity(self.session.id, result)
                self._emit(result.shot_b, "check_continuity", "checked", _verdict(result))
                results.append(result)
        return results

    # ── plumbing ───────────────────────────────────────────────────────────────────────────────

    async def _stage(
        self,
        shot: Shot,
        tool: ToolName,
        prompt: str,
        *,
        image: Path | None = None,
        mask: Path | None = None,
        duration_s: float | None = None,
        size: tuple[int, int] | None = None,
        params: dict[str, object] | None = None,
        operator_redo: bool = False,
        continue_job_id: str | None = None,
        seed: tuple[int, str] | None = None,
        cast: tuple[CastSubject, ...] = (),
    ) -> StageOutcome:
        width, height = size or self.resolution
        request = StageRequest(
            session_id=self.session.id,
            shot=shot,
            tool=tool,
            tier=self.tier,
            prompt=prompt,
            width=width,
            height=height,
            shot_dir=self.shot_dir(shot.id),
            fps=self.plan.fps,
            duration_s=duration_s,
            image=image,
            mask=mask,
            params=params or {},
            plan_approved=self.plan.approved,
            operator_redo=operator_redo,
            priority=self._order.get(shot.id, len(self._order)),
            continue_job_id=continue_job_id,
            seed=seed[0] if seed else None,
            seed_reason=seed[1] if seed else "",
            cast=cast,
        )
        started = now()
        outcome = await self.router.run_stage(request)
        self.store.log_tool_call(
            self.session.id,
            tool,
            {
                "shot_id": shot.id,
                "prompt": prompt,
                "tier": self.tier,
                "seed": request.base_seed,
                **(params or {}),
            },
            {
                "status": outcome.status,
                "reason": outcome.reason,
                "take": outcome.take.path if outcome.take else None,
                "attempts": [a.id for a in outcome.attempts],
            },
            shot_id=shot.id,
            status=outcome.status,
            started=started,
            actor=self.actor,
            parent_id=self.call_id,
        )
        return outcome

    def _emit(self, shot_id: str, stage: str, status: str, message: str = "") -> None:
        if self.on_event:
            self.on_event(ProgressEvent(shot_id, stage, status, message))


def production_order(shots: Sequence[Shot]) -> dict[str, int]:
    """Each shot's place in the engines' queues (tools/routing/slots.py): longest chain first, then plan
    order.

    Earlier shots go first, except that a shot others chain from goes before every shot with a
    shorter chain after it: the head of a look-back pair is served with the first shots, so its
    successor, which cannot start before the head's clip exists, is not left to run alone after
    everything else (under strict plan order a pair at the end of the plan put two animate waits
    back to back on the critical path). A chain's length is the number of shots chained after
    it, transitively; most shots have none, and among those plan order is unchanged."""
    successors: dict[str, list[str]] = {}
    for shot in shots:
        if shot.chain_from:
            successors.setdefault(shot.chain_from, []).append(shot.id)
    after: dict[str, int] = {}

    def chained_after(shot_id: str, seen: frozenset[str]) -> int:
        if shot_id not in after:
            nexts = [n for n in successors.get(shot_id, []) if n not in seen]  # no cycles
            after[shot_id] = max((1 + chained_after(n, seen | {n}) for n in nexts), default=0)
        return after[shot_id]

    ranked = sorted(range(len(shots)), key=lambda i: (-chained_after(shots[i].id, frozenset()), i))
    return {shots[index].id: place for place, index in enumerate(ranked)}


def _status_reason(status: ShotStatus) -> str:
    return {"stale": "a take is stale", "pending": "stages left to make"}.get(status, "")


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def _verdict(result: ContinuityResult) -> str:
    if result.passed:
        what = "character colours" if result.kind == "character" else f"{result.cut} cut"
        return f"{result.shot_a}→{result.shot_b} {what} ok"
    return f"{result.shot_a}→{result.shot_b}: {'; '.join(result.reasons)}"
