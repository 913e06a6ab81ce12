"""The application service: the one place that changes a session.

Every front door — the CLI, the agent's tools, the Textual screens — is a thin adapter over the verbs
here, so the same action does the same thing whoever asks:

- plans: `propose_plan`, `revise_plan`, `set_stage_prompt`, and answering a plan's approval;
- work that can spend money: `request_production` (produce or continue), `request_redo`,
  `request_use_take`. Each returns an `Approval` naming every shot and stage it will make or remake,
  dependents included, with its estimate; nothing runs until `approve()` is called for it (by the
  person, or by their standing `--yes`). `reject()` answers no;
- settings: `set_tier`, `set_budget` (the person's only), `rename_session`, `delete_session`;
- free work: `check_continuity`, `assemble`, `export`.

Every call of every verb is a row of the session's tool-call log (tools/service/calls.py). Verbs that
write hold the session's lock (one writer per session, across processes); productions also put the
session back in order after a crash first (tools/production/recovery.py).
"""

from __future__ import annotations

import asyncio
import math
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sessions.baseline import fit_plan, last_approved, restale
from sessions.follow import follow_shots, reattach, reattach_returning, shot_moves
from sessions.forecasts import predicted_words, save_forecast
from sessions.limits import LIMITS, too_long
from sessions.lock import LOCK_NAME, session_lock
from sessions.models import (
    Actor,
    Approval,
    Attempt,
    Brief,
    CastKind,
    CastReference,
    ContinuityResult,
    SessionInfo,
    Shot,
    ShotPlan,
    ShotStatus,
    Tier,
    ToolName,
    WorkItem,
    sha256_text,
)
from sessions.paths import operator_name
from sessions.provenance import write_provenance
from sessions.races import Pin, RaceSummary, pins, races
from sessions.stages import DEFAULT_STAGES, STAGE_OF_KIND, STAGES, stage
from sessions.store import SessionStore, now
from sessions.takes import TakeNotFound, brought_back, comes_back_with, takes, use_take
from tools.catalog import Catalog
from tools.edit.timeline import TimelineError, export_timeline
from tools.production.assemble import AssemblyError, assemble_episode, render_storyboard
from tools.production.episode import (
    EpisodeResult,
    finish_episode_off_loop,
    open_production,
    production_status,
    recover,
)
from tools.production.iterate import pending_jobs
from tools.production.scheduler import Production, ProgressEvent
from tools.routing.budget import Budget
from tools.routing.learning import Beliefs, LearnedRanker
from tools.service import cast
from tools.service.answers import (
    NotAllowed,
    NotApproved,
    Outcome,
    ProgressFn,
    SeedPolicy,
    ServiceError,
    in_words,
)
from tools.service.answers import shot_of as _shot
from tools.service.batch import pooled
from tools.service.calls import logged
from tools.service.estimate import (
    Estimate,
    cost_lines,
    engines_named,
    estimate_work,
    keys_for_tier,
)
from tools.service.work import (
    TakeState,
    describe,
    produce_work,
    redo_seed,
    redo_work,
    then_words,
    use_take_work,
)

MAX_BUDGET_USD = 100_000.0


@dataclass
class Settings:
    """How the service builds the parts a production needs (tests swap the router's engines)."""

    router_options: dict[str, Any] = field(default_factory=dict)
    preflight: bool = True  # check engines' free endpoints before a delivery production
    # Called with each production before it runs (a batch shares its budget and engine slots).
    on_production: Callable[[Production], None] | None = None


class ProductionService:
    def __init__(
        self,
        store: SessionStore,
        catalog: Catalog,
        env: Mapping[str, str] | None = None,
        *,
        on_progress: ProgressFn | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.env = dict(os.environ if env is None else env)
        self.on_progress = on_progress
        self.settings = settings or Settings()
        self._beliefs: Beliefs | None = None
        self.pools: dict[str, Budget] = {}  # batch id → its shared budget (tools/service/batch.py)

    # ── sessions ───────────────────────────────────────────────────────────────────────────────

    def create_session(
        self, brief: Brief, *, budget_usd: float | None = None, model: str = "offline"
    ) -> SessionInfo:
        budget = self.catalog.guardrails.budget_usd if budget_usd is None else budget_usd
        _check_budget(budget)
        return self.store.create_session(
            brief,
            budget_usd=budget,
            operator=operator_name(self.env),
            model=model,
            catalog_version=self.catalog.version,
            catalog_sha256=self.catalog.sha256,
        )

    def rename_session(self, session_id: str, title: str, *, actor: Actor = "person") -> None:
        title = " ".join(title.split())
        if not title:
            raise ServiceError("a session needs a title")
        _check_text("title", title)
        with self._writing(session_id, "rename_session", {"title": title}, actor) as call:
            self.store.update_session(session_id, title=title)
            call.result = {"title": title}
        self._retitle_plan(session_id, title, actor)

    def _retitle_plan(self, session_id: str, title: str, actor: Actor) -> None:
        """The plan takes the session's new title as its next version, so what is approved is
        what the person named it. A title changes no shot (no prompt quotes it), so no take goes
        stale: an approved plan stays approved, and a plan waiting for its answer is put before
        the person again under its new name."""
        plan = self.store.plan(session_id)
        if plan is None or plan.title == title:
            return
        retitled = plan.model_copy(update={"title": title, "note": f"titled “{title}”"})
        waiting = any(a.kind == "plan" for a in self.pending(session_id))
        if waiting:
            self.propose_plan(session_id, retitled, actor=actor)
            return
        note = {"note": retitled.note}
        with self._writing(session_id, "revise_plan", note, actor, unit=True) as call:
            saved = self._save_plan(session_id, retitled)
            call.result = {"version": saved.version, "note": saved.note}
            self._settle(session_id)

    def delete_session(self, session_id: str, *, actor: Actor = "person") -> None:
        """Remove the session's rows and its folder. The person's only (never the model's)."""
        if actor == "model":
            raise NotAllowed("only the person can delete a session")
        folder = self.store.session_dir(session_id)
        with session_lock(folder, session_id):
            self.store.delete_session(session_id)
        shutil.rmtree(folder, ignore_errors=True)

    def set_budget(self, session_id: str, usd: float, *, actor: Actor = "person") -> str:
        """The session's budget. A guardrail: the person sets it, never the model."""
        if actor == "model":
            raise NotAllowed(
                "the budget is the person's to set (ask them to type e.g. 'budget 40')"
            )
        _check_budget(usd)
        lowering = usd <= self.store.session(session_id).budget_usd
        # A lower budget (the brake) is written at once, even while a production holds the
        # session: it can only stop spending, and the production reads it before each stage's
        # reservation. A higher one waits for the session like any other change.
        writing = (
            logged(self.store, session_id, "set_budget", {"usd": usd}, actor=actor)
            if lowering
            else self._writing(session_id, "set_budget", {"usd": usd}, actor)
        )
        with writing as call, self.store.unit():
            spent = self.store.session_cost(session_id)
            self.store.update_session(session_id, budget_usd=usd)
            self._restate_budget(session_id)
            call.result = {"budget_usd": usd, "spent_usd": spent}
        if usd == 0:  # the way to stop a session's spending, short of deleting it
            return (
                f"Budget set to $0.00: spending is frozen, nothing more will be spent "
                f"(${spent:.2f} spent so far); a budget above $0 lets it spend again."
            )
        note = " (already spent more than that: nothing more will be spent)" if spent > usd else ""
        return f"Budget set to ${usd:.2f}; ${spent:.2f} spent so far{note}."

    def set_tier(self, session_id: str, tier: Tier, *, actor: Actor = "model") -> str:
        """Switch between draft (cheap previs) and delivery. Refused, naming the keys to set, when
        no engine of that tier can make a keyframe and a clip here."""
        keys = self._missing_tier(tier)
        with self._writing(session_id, "set_tier", {"tier": tier}, actor, unit=True) as call:
            if keys is not None:
                call.status = "refused"
                call.result = {"error": keys}
                raise ServiceError(keys + self._quote(session_id, tier))
            self.store.update_session(session_id, tier=tier)
            self._supersede(session_id, kind="production", why=f"the tier is now {tier}")
            call.result = {"tier": tier}
            self._settle(session_id)
        return f"The session now produces at {tier} tier."

    def _quote(self, session_id: str, tier: Tier) -> str:
        """What the session's plan would cost at a tier whose keys are missing, said where the
        switch is refused: the price is the person's to see before buying keys."""
        plan = self.store.plan(session_id)
        if plan is None:
            return ""
        keyed = self._estimate(session_id, plan, _whole(plan), tier=tier).if_keyed
        if keyed is None or not keyed.keys_to_set:
            return ""
        return (
            f". At {tier} tier this plan would cost about ${keyed.usd:.2f} for one take of each "
            f"shot, with {in_words(keyed.keys_to_set)} set (the engines that price is for)"
        )

    def tier_quote(self, session_id: str, tier: Tier) -> str:
        """One line: what one take of each of the plan's shots would cost at `tier` — with the
        keys it needs, when they are missing here ("" when no engine could make it at all).
        Said beside a free draft card when the person asks what it costs: the price that
        matters to them is the delivery one."""
        plan = self.store.plan(session_id)
        if plan is None:
            return ""
        estimate = self._estimate(session_id, plan, _whole(plan), tier=tier)
        keys = ""
        if estimate.impossible:
            keyed = estimate.if_keyed
            if keyed is None:
                return ""
            estimate, keys = keyed, f", with {in_words(keyed.keys_to_set)} set"
        if estimate.impossible:
            return ""
        return (
            f"At {tier} tier the whole plan would cost about ${estimate.usd:.2f} for one take of "
            f"each shot{keys}."
        )

    def _missing_tier(self, tier: Tier) -> str | None:
        probe = ShotPlan(title="probe", aspect_ratio="16:9", shots=[_probe_shot()])
        work = [WorkItem(shot_id="S01", tool=t, why="missing") for t in DEFAULT_STAGES]
        estimate = estimate_work(self.catalog, probe, work, tier, self.env)
        if not estimate.impossible:
            return None
        keys = keys_for_tier(self.catalog, tier, self.env, DEFAULT_STAGES)
        hint = f"set {' or '.join(keys)}" if keys else "add such an engine to the catalog"
        return f"no engine can make keyframes and clips at {tier} tier here ({hint})"

    # ── plans ──────────────────────────────────────────────────────────────────────────────────

    def propose_plan(
        self,
        session_id: str,
        plan: ShotPlan | None,
        *,
        actor: Actor = "model",
        brief: str | None = None,
    ) -> Approval:
        """Store `plan` as the next version (or take the latest as it is) and put it before the
        person. The approval's summary carries what producing it would cost. With `brief`, the
        person's new brief replaces the session's (its title and format are the plan's)."""
        if plan is not None:
            _check_plan(plan)
        args = {"version": plan.version if plan else None, "shots": len(plan.shots) if plan else 0}
        replaces: dict[str, Any] | None = None
        back: list[str] = []  # takes that fit the new plan again, back in use
        # One unit: a kill between storing the plan and asking for it left a plan nothing asked
        # for (`offer_plan` still asks again for one set aside).
        with self._writing(session_id, "propose_plan", args, actor, unit=True) as call:
            if plan is not None:
                before = self.store.plan(session_id)
                if brief is not None and before is not None:
                    # What a rejection of the new brief gives back: the brief, title and format,
                    # the plan the takes were on and each shot's status (the takes themselves
                    # wait detached, sessions/follow.py)
                    info = self.store.session(session_id)
                    replaces = {
                        "brief": info.brief,
                        "title": info.title,
                        "aspect_ratio": info.aspect_ratio,
                        "plan": before.version,
                        "statuses": self.store.shot_states(session_id),
                    }
                if before is not None:  # takes follow their shots (a new brief's shots are new)
                    follow_shots(self.store, session_id, before, plan)
                plan = self._save_plan(session_id, plan.model_copy(update={"approved": False}))
                if before is not None:  # what the new plan changed has stale takes
                    back = restale(self.store, session_id, plan).words()
                if brief is not None:
                    self.store.update_session(
                        session_id, brief=brief, title=plan.title, aspect_ratio=plan.aspect_ratio
                    )
            else:
                plan = self._plan(session_id)
            if plan.approved:
                raise ServiceError(f"plan v{plan.version} is already approved")
            self._supersede(session_id, why=f"plan v{plan.version} was proposed")
            estimate = self.plan_estimate(session_id, plan)
            approval = self._add_approval(
                session_id,
                kind="plan",
                verb="approve_plan",
                args={"version": plan.version, **({"replaces": replaces} if replaces else {})},
                work=estimate.items,
                estimate=estimate,
                summary=self._plan_summary(session_id, plan, estimate),
                actor=actor,
            )
            call.result = {"version": plan.version, "approval": approval.id}
            if back:
                call.result["back_in_use"] = back
            call.approval_id = approval.id
            self._settle(session_id)
        return approval

    def offer_plan(self, session_id: str, *, actor: Actor) -> Approval | None:
        """Ask again for the latest plan when it is unapproved and nothing asks for it: its
        proposal was set aside, or — before proposing was one unit of work — the process
        proposing it was killed between storing the plan and asking. The chat offers it on
        opening the session; `resume --yes` and `batch --yes` had nothing to approve, and the
        session stayed in planning."""
        plan = self.store.plan(session_id)
        if plan is None or plan.approved or self.pending(session_id):
            return None
        return self.propose_plan(session_id, None, actor=actor)

    def plan_card(self, session_id: str) -> tuple[str, float]:
        """What the latest plan's approval would say — its shots and what producing them would
        cost — and that estimate, without asking anything (a screen showing a plan left
        unapproved, before the person answers it)."""
        plan = self._plan(session_id)
        estimate = self.plan_estimate(session_id, plan)
        return self._plan_summary(session_id, plan, estimate), _card_price("plan", estimate)

    def unmakeable(self, session_id: str) -> str | None:
        """Why producing the latest plan would fail at once here (no engine for some stage, and
        the keys that would give one), or None. Asked before approving a plan on someone's
        behalf (`resume --yes`): a plan quoted before its tier's keys were set waits for them."""
        plan = self._plan(session_id)
        estimate = self.plan_estimate(session_id, plan)
        if not estimate.impossible:
            return None
        return _cannot_make(estimate, self._tier(session_id), whole="the plan's shots")

    def plan_estimate(self, session_id: str, plan: ShotPlan) -> Estimate:
        """What producing `plan` would make now: after a revision, only what its takes no longer
        fit (a new shot, a changed one, what was made from them) — the production that follows
        the plan's approval asks for exactly that, so the card quotes the same sum."""
        return self._estimate(session_id, plan, produce_work(plan, self._takes(session_id)))

    def _plan_summary(self, session_id: str, plan: ShotPlan, estimate: Estimate) -> str:
        # Takes exist when the estimate leaves some stage of some shot out (one read of the takes)
        every = len(plan.shots) * len(DEFAULT_STAGES)
        made = (
            not estimate.impossible and len({(w.shot_id, w.tool) for w in estimate.items}) < every
        )
        card = _plan_summary(plan, estimate, self._tier(session_id), made=made)
        # A plan priced over the budget says so on its own card: a quote at a tier whose keys
        # are missing is the only card the person sees (`run --tier delivery --budget 0.5`)
        info = self.store.session(session_id)
        over = _budget_lines(_card_price("plan", estimate), info.budget_usd, info.cost_usd)[1:]
        return "\n".join([card, *over])

    def revise_plan(self, session_id: str, plan: ShotPlan, *, actor: Actor = "model") -> ShotPlan:
        """Store a revised plan as the next version, not approved; what waited on the old one is
        set aside (its estimate no longer holds)."""
        _check_plan(plan)
        args = {"note": plan.note}
        with self._writing(session_id, "revise_plan", args, actor, unit=True) as call:
            before = self.store.plan(session_id)
            if before is not None:
                # "move the tin shot to the start": the tin's takes, attempts and status go with
                # it to S01; the kettle's go with the kettle (sessions/follow.py); a shot dropped
                # and brought back ("undo", "bring back the croissant shot") has its takes again
                follow_shots(self.store, session_id, before, plan)
                reattach_returning(self.store, session_id, before, plan)
            saved = self._save_plan(session_id, plan.model_copy(update={"approved": False}))
            if before is not None:
                # A shot that now shows something else (or lasts another length) than when its
                # takes were made has stale takes, so producing the revision remakes them; one
                # back as its takes were made ("undo") has none (sessions/baseline.py).
                back = restale(self.store, session_id, saved).words()
            self._supersede(session_id, why=f"plan v{saved.version} replaced it")
            call.result = {"version": saved.version, "note": saved.note}
            if before is not None and back:
                call.result["back_in_use"] = back  # "undo": S01 clip t1 fits again
            self._settle(session_id)
        return saved

    def set_stage_prompt(
        self, session_id: str, shot_id: str, field_or_stage: str, text: str, *, actor: Actor
    ) -> ShotPlan:
        """One shot's stage prompt, as a new plan version. The person's own words keep an approved
        plan approved; a model's rewrite puts it back before the person."""
        text = text.strip()
        if not text:
            raise ServiceError("the prompt is empty")
        _check_text("prompt", text)
        fields = {"keyframe", "motion", "finishing"}
        field_name = (
            field_or_stage if field_or_stage in fields else stage(field_or_stage).prompt_field
        )
        args = {"shot_id": shot_id, "field": field_name, "prompt": text}
        with self._writing(
            session_id, "set_stage_prompt", args, actor, shot_id=shot_id, unit=True
        ) as call:
            saved = self._set_prompt(session_id, shot_id, field_name, text, actor)
            call.result = {"version": saved.version, "approved": saved.approved}
            self._settle(session_id)
        return saved

    def _set_prompt(
        self, session_id: str, shot_id: str, field_name: str, text: str, actor: Actor
    ) -> ShotPlan:
        plan = self._plan(session_id)
        shot = _shot(plan, shot_id)
        if getattr(shot.prompts, field_name) == text:
            return plan
        shots = [
            s.model_copy(update={"prompts": s.prompts.model_copy(update={field_name: text})})
            if s.id == shot.id
            else s
            for s in plan.shots
        ]
        keep = plan.approved and actor != "model"
        saved = self._save_plan(
            session_id,
            plan.model_copy(
                update={
                    "shots": shots,
                    "note": f"{shot.id}: new {field_name} prompt",
                    "approved": keep,
                }
            ),
        )
        if keep:
            # New words stale no take (a redo makes one with them): the takes fit this version
            # as they fit the last, and a later revision is measured from it.
            fit_plan(self.store, session_id, saved)
        else:
            self._supersede(session_id, kind="production", why="a prompt changed")
        return saved

    # ── work that can spend money: requested, estimated, approved, made ────────────────────────

    def request_production(
        self,
        session_id: str,
        shot_ids: Sequence[str] | None = None,
        stages: Sequence[ToolName] = DEFAULT_STAGES,
        *,
        actor: Actor = "model",
    ) -> Approval | None:
        """Produce (or continue): what is missing or stale of the chosen shots, and everything made
        from it. None when there is nothing to make."""
        plan = self._approved(session_id)
        ids = None if shot_ids is None else [_shot(plan, s).id for s in shot_ids]
        tools = [stage(s).tool for s in stages] or list(DEFAULT_STAGES)
        with session_lock(self.store.session_dir(session_id), session_id):
            pending: list[WorkItem] = []
            if ids is None:  # continuing: what a dead process left half done comes first
                pending = pending_jobs(self.store, session_id) + self._interrupted(session_id)
            work = produce_work(plan, self._takes(session_id), ids, tools, pending)
            if not work and (ids is not None or self._finished(session_id)):
                return None
            span = _span([w.shot_id for w in work]) if work else "the episode"
            words = ", ".join(dict.fromkeys(STAGES[w.tool].word for w in work)) or "cut"
            return self._request(
                session_id,
                verb="produce",
                args={"shot_ids": ids, "stages": tools},
                work=work,
                headline=f"Produce {span} ({words})",
                actor=actor,
            )

    def request_redo(
        self,
        session_id: str,
        shot_id: str,
        tool: ToolName,
        *,
        prompt: str | None = None,
        seed: SeedPolicy = "auto",
        actor: Actor = "model",
    ) -> Approval:
        """A new take of one stage of one shot, then everything made from the take it replaces.

        An unchanged prompt draws a new seed (the same request twice would make the same take);
        an edited prompt keeps the current take's seed so only the words change. `seed` flips it.
        """
        _shot(self._plan(session_id), shot_id)  # ("no S09" before "not approved": the typo first)
        plan = self._approved(session_id)
        shot = _shot(plan, shot_id)
        if prompt is not None:
            prompt = prompt.strip()
            _check_text("prompt", prompt)
        field_name = STAGES[tool].prompt_field
        changed = bool(prompt) and prompt != getattr(shot.prompts, field_name)
        current = self._takes(session_id).get((shot.id, STAGES[tool].kind))
        keep = seed == "keep" or (seed == "auto" and changed)
        seed_value: int | None
        if current is None and seed != "new":
            seed_value, reason = None, ""  # a first take: the shot's own seed
        elif keep:
            seed_value = current.seed if current and current.seed is not None else shot.seed
            reason = "the prompt changed; the seed is kept so only the words change"
        else:
            number = self.store.next_take_number(session_id, shot.id, tool)
            seed_value = redo_seed(shot.seed, tool, number)
            reason = "a redo with an unchanged prompt draws a new seed"
        work = redo_work(
            plan, self._takes(session_id), shot.id, tool, seed=seed_value, reason=reason
        )
        verb_word = "Redo" if current is not None else "Make"
        detail = f'New {field_name} prompt: "{_clip(prompt or "", 200)}"' if changed else ""
        return self._request(
            session_id,
            verb="redo",
            args={"shot_id": shot.id, "tool": tool, "prompt": prompt if changed else None},
            work=work,
            headline=f"{verb_word} {shot.id} {STAGES[tool].word}",
            detail=detail,
            actor=actor,
        )

    def request_use_take(
        self, session_id: str, shot_id: str, tool: ToolName, take: int, *, actor: Actor = "model"
    ) -> Approval:
        """Make an earlier take current again (`take` 0: the one before the current); what was
        made from the one it replaces is remade."""
        plan = self._approved(session_id)
        shot = _shot(plan, shot_id)
        kind = STAGES[tool].kind
        have = sorted(a.take or 0 for a in takes(self.store, session_id, shot.id) if a.kind == kind)
        if take <= 0:
            # "bring back the old clip": the take before the current one
            current = self.store.current_take(session_id, shot.id, kind)
            earlier = [n for n in have if current is not None and n < (current.take or 0)]
            if not earlier:
                listed = ", ".join(f"t{n}" for n in have) or "none"
                raise TakeNotFound(
                    f"{shot.id} has no {kind} take before the current one ({listed})"
                )
            take = earlier[-1]
        if take not in have:
            listed = ", ".join(f"t{n}" for n in have) or "none"
            raise TakeNotFound(f"{shot.id} has no {kind} take t{take} (takes: {listed})")
        back = comes_back_with(self.store, session_id, shot.id, kind, take)
        work = use_take_work(plan, self._takes(session_id), shot.id, tool, back)
        return self._request(
            session_id,
            verb="use_take",
            args={"shot_id": shot.id, "tool": tool, "take": take},
            work=work,
            headline=f"Use {shot.id} {STAGES[tool].word} t{take} again"
            + "".join(
                f" (with {a.kind} t{a.take}, which it was made from)"
                for a in brought_back(self.store, session_id, shot.id, kind, take)
            ),
            actor=actor,
        )

    def pending(self, session_id: str) -> list[Approval]:
        return self.store.approvals(session_id, status="pending")

    def refresh_status(self, session_id: str) -> str:
        """Put the session's status right (a process killed mid-production leaves `producing`)."""
        with self._writing(session_id, "refresh_status", {}, "person", unit=True) as call:
            self._settle(session_id)
            call.result = {"status": self.store.session(session_id).status}
        return str(call.result["status"])

    def _finished(self, session_id: str) -> bool:
        """Nothing left to continue: no process died mid-production here, and the episode is
        cut from the current takes (else continuing recovers and cuts it, for free)."""
        if self.store.session(session_id).status == "producing":
            return False
        folder = self.store.session_dir(session_id)
        if any(p.is_file() and p.name != LOCK_NAME for p in folder.rglob(".*")):
            # A process killed while writing (the provenance record after the cut, say) left a
            # temp file: continuing sweeps it (recovery) and cuts again, for free.
            return False
        episodes = self.store.artifacts(session_id, kind="episode", current_only=True)
        if not episodes or not Path(episodes[-1].path).is_file():
            return False
        takes = [
            a.created
            for a in self.store.artifacts(session_id, current_only=True)
            if a.kind in STAGE_OF_KIND
        ]
        # A plan stored after the cut (shots moved, swapped, dropped: no take changes) is cut
        # again, in its order (a newcomer's episode kept the old order).
        plan = self.store.plan(session_id)
        planned = self.store.plan_created(session_id, plan.version) if plan else ""
        return episodes[-1].created >= max([*takes, planned], default="")

    def _interrupted(self, session_id: str) -> list[WorkItem]:
        """The redos of approvals a dead process was making: each one whose new take never came
        is made again, with the seed it drew (so a submitted job is polled, not paid twice). The
        approval is closed, pointing at the continuation."""
        items: list[WorkItem] = []
        for approval in self.store.approvals(session_id, status="approved"):
            for item in approval.work:
                if item.why != "redo":
                    continue
                kind = STAGES[item.tool].kind
                take = self.store.current_take(session_id, item.shot_id, kind)
                if take is None or (approval.answered or "") > take.created:
                    items.append(item)
            self._answer(
                approval,
                "failed",
                approval.answered_by or "person",
                {"error": "the process stopped before it finished; continued on resume"},
            )
        return items

    def reject(self, approval_id: str, *, by: Actor = "person", note: str = "") -> Approval:
        approval = self._pending_approval(approval_id)
        args = {"approval_id": approval_id, "note": note}
        with self._writing(approval.session_id, "reject", args, by, unit=True) as call:
            self.store.update_approval(
                approval_id,
                status="rejected",
                answered_by=by,
                answered=now(),
                outcome={"note": note},
            )
            call.result = {"rejected": approval.verb}
            call.approval_id = approval_id
            if approval.kind == "plan":
                replaced = approval.args.get("replaces")
                restored = self._back_to_approved(
                    approval.session_id, replaced if isinstance(replaced, dict) else None
                )
                if restored is not None:
                    call.result["restored"] = restored.version
            self._settle(approval.session_id)
        return approval.model_copy(update={"status": "rejected", "answered_by": by})

    async def approve(
        self, approval_id: str, *, by: Actor = "person", on_progress: ProgressFn | None = None
    ) -> Outcome:
        """Answer yes, and do it: approve the plan (the production's approval follows), or make
        the approved work under the session's lock."""
        approval = self.store.approval(approval_id)
        if approval is not None and approval.status == "approved":
            # Approved and not done: another process is making it right now (its lock says so,
            # in the one line every refused writer gets), or one was killed making it.
            with session_lock(self.store.session_dir(approval.session_id), approval.session_id):
                pass
        approval = self._pending_approval(approval_id)
        if approval.kind == "plan":
            return self._approve_plan(approval, by)
        if approval.verb == "make_reference":
            return await cast.make_reference(self, approval, by, on_progress or self.on_progress)
        if approval.verb == "race":
            from tools.service.race import run_race

            return await run_race(self, approval, by, on_progress or self.on_progress)
        return await self._make(approval, by, on_progress or self.on_progress)

    # ── the cast (tools/service/cast.py) ───────────────────────────────────────────────────────

    def add_cast_member(
        self,
        session_id: str,
        name: str,
        *,
        kind: CastKind | None = None,
        description: str = "",
        actor: Actor = "person",
    ) -> ShotPlan:
        """Add (or describe, or change the kind of) a cast member: a new plan version."""
        return cast.add_cast_member(
            self, session_id, name, kind=kind, description=description, actor=actor
        )

    def set_cast_reference(
        self,
        session_id: str,
        name: str,
        path: str | Path,
        *,
        kind: CastKind | None = None,
        actor: Actor = "person",
    ) -> tuple[ShotPlan, CastReference]:
        """Give a cast member a reference picture (copied into the session, sha256 and operator
        recorded): a new plan version."""
        return cast.set_cast_reference(self, session_id, name, path, kind=kind, actor=actor)

    def update_cast_member(
        self,
        session_id: str,
        name: str,
        *,
        references: Sequence[str | Path] = (),
        lora_url: str | None = None,
        lora_scale: float | None = None,
        description: str | None = None,
        kind: CastKind | None = None,
        actor: Actor = "person",
    ) -> ShotPlan:
        """A member's words, references and LoRA at once, every input checked first."""
        return cast.update_cast_member(
            self, session_id, name, references=references, lora_url=lora_url,
            lora_scale=lora_scale, description=description, kind=kind, actor=actor,
        )  # fmt: skip

    def rename_cast_member(
        self, session_id: str, name: str, new_name: str, *, actor: Actor = "person"
    ) -> ShotPlan:
        """A member's new name, everywhere the plan says it: a new plan version."""
        return cast.rename_cast_member(self, session_id, name, new_name, actor=actor)

    def set_cast_lora(
        self, session_id: str, name: str, url: str, *, scale: float = 1.0, actor: Actor = "person"
    ) -> ShotPlan:
        """A cast member's LoRA (https URL and scale): a new plan version."""
        return cast.set_cast_lora(self, session_id, name, url, scale=scale, actor=actor)

    def request_reference_sheet(
        self, session_id: str, name: str, *, actor: Actor = "person"
    ) -> Approval:
        """A character sheet for a cast member: a priced approval (`make_reference`)."""
        return cast.request_reference_sheet(self, session_id, name, actor=actor)

    def approve_sheet(self, session_id: str, name: str, *, actor: Actor = "person") -> ShotPlan:
        """The person's yes to a made sheet: shots use its views from now on."""
        return cast.approve_sheet(self, session_id, name, actor=actor)

    def _approve_plan(self, approval: Approval, by: Actor) -> Outcome:
        sid = approval.session_id
        version = int(str(approval.args.get("version")))
        args = {"approval_id": approval.id, "version": version}
        with self._writing(sid, "approve_plan", args, by) as call:
            self._pending_approval(approval.id)  # again, under the lock: a racing writer answered?
            latest = self.store.latest_plan_version(sid)
            if latest != version:
                self._answer(approval, "superseded", by, {"why": f"plan v{latest} replaced it"})
                raise ServiceError(f"plan v{version} was replaced by v{latest}; approve that one")
            if (why := self.unmakeable(sid)) is not None:
                # A plan quoted at a tier whose keys are missing: approved, its production could
                # not even be asked for. It waits, as it was, until they are set.
                raise ServiceError(f"{why}; the plan waits for your approval until then")
            with self.store.unit():  # not the answer above: a plan replaced stays answered
                self.store.approve_plan(sid, version)
                # its takes' flags were measured against it: the up-to-date ones fit it
                fit_plan(self.store, sid, self._plan(sid))
                self._answer(approval, "done", by, {"version": version})
            call.result = {"approved": version}
            call.approval_id = approval.id
        # Approving the structure is not approving the spend: the production asks in its turn,
        # with its own estimate (the same one the plan's card showed).
        follow = self.request_production(sid, actor=approval.asked_by)
        message = f"Plan v{version} approved."
        if follow is not None:
            message += f" {follow.summary}"
        self._settle(sid)
        return Outcome(approval, self.store.session(sid).status, message, next=follow)

    async def _make(self, approval: Approval, by: Actor, on_progress: ProgressFn | None) -> Outcome:
        sid = approval.session_id
        # Only a redo the person asked for or approved opens a new round of the regeneration cap
        # (never --yes, never continuing: continuing is not an answer to a refusal).
        person = "person" in (approval.asked_by, by) and approval.verb in ("redo", "use_take")
        verb = approval.verb
        args = {"approval_id": approval.id, **approval.args}
        with self._writing(sid, verb, args, by) as call:
            call.approval_id = approval.id
            self._pending_approval(approval.id)  # again, under the lock: a racing writer answered?
            info = self.store.session(sid)
            left = info.budget_usd - self.store.session_cost(sid)
            if (
                verb in ("redo", "use_take")
                and approval.estimate_usd > 0
                and approval.estimate_usd > left + 1e-9
            ):
                # A take switched (or a prompt rewritten) whose remake the budget then refuses
                # leaves the shot broken: such a request is made whole or not at all.
                raise ServiceError(
                    f"this needs about ${approval.estimate_usd:.2f} and ${max(left, 0):.2f} of "
                    f"the budget is left: nothing was changed. Raise the budget first (e.g. "
                    f"'budget {math.ceil(info.cost_usd + approval.estimate_usd)}'), then approve"
                )
            # A card made where the keys were set, approved where they are not: refused whole,
            # as the plan's card is, and it waits (run, it failed every shot and spent nothing).
            here = self._estimate(sid, self._plan(sid), approval.work)
            if here.impossible:
                raise ServiceError(
                    f"{_cannot_make(here, self._tier(sid))}; it waits for your approval until then"
                )
            self.store.update_approval(
                approval.id, status="approved", answered_by=by, answered=now()
            )
            spent_before = self.store.session_cost(sid)
            try:
                if verb == "redo" and approval.args.get("prompt"):
                    tool = str(approval.args["tool"])
                    self._set_prompt(
                        sid,
                        str(approval.args["shot_id"]),
                        STAGES[tool].prompt_field,  # type: ignore[index]
                        str(approval.args["prompt"]),
                        # The approval named this prompt: approving it approved the words too.
                        "person",
                    )
                if verb == "use_take":
                    tool = str(approval.args["tool"])
                    use_take(
                        self.store,
                        sid,
                        str(approval.args["shot_id"]),
                        STAGES[tool].kind,  # type: ignore[index]
                        int(str(approval.args["take"])),
                    )
                production = self._production(sid, on_progress)
                production.call_id, production.actor = call.id, approval.asked_by
                if production.tier == "delivery" and self.settings.preflight:
                    await self._preflight(production, approval.work)
                result = await self._run(production, approval.work, opens_round=person)
            except (asyncio.CancelledError, KeyboardInterrupt):
                # Stopped from here (the chat quit mid-production, ctrl+c): the approval stays
                # approved and unfinished and the session "producing", exactly as after a kill,
                # so continuing finishes it (settling here read the unfinished shots as failed).
                self.store.update_session(sid, status="producing")
                raise
            except BaseException as exc:
                self._answer(approval, "failed", by, {"error": str(exc)})
                self._settle(sid)
                raise
            spent = self.store.session_cost(sid) - spent_before
            outcome = _made(approval, result, spent, predicted_words(self.store, approval.id))
            self._answer(approval, "done", by, {"status": result.status, "spent_usd": spent})
            # What else waited to produce was priced on takes that have changed: ask again.
            for waiting in self.store.approvals(sid, status="pending"):
                if waiting.verb == "produce":
                    self._answer(waiting, "superseded", by, {"why": "a production ran meanwhile"})
            call.result = {
                "status": result.status,
                "shots": result.report.shots,
                "spent_usd": round(spent, 6),
                "episode": str(result.episode) if result.episode else None,
            }
            if verb == "use_take":  # what it did is the take now in use and what was remade
                call.result |= {"used": _used(approval), "remade": _remade(approval)}
            self._settle(sid, after=result.status)
        outcome.status = self.store.session(sid).status
        return outcome

    async def _preflight(self, production: Production, work: Sequence[WorkItem]) -> None:
        """Before delivery money is spent: ask each engine the work could use, on its free
        endpoints, whether it is ready; a model gone, a key rejected or an account empty is out
        for the session (the router fails over past it instead of paying to find out)."""
        from tools.engines.preflight import out_for_session, preflight

        tools = {w.tool for w in work}
        names = {
            s.name for s in self.catalog.engines if "delivery" in s.tiers and tools & set(s.tools)
        }
        try:
            checks = await preflight(
                self.catalog, self.env, names=names, transport=production.router.transport
            )
        except Exception:  # a check that cannot be made is no verdict: the router still guards
            return
        out = out_for_session(checks)
        production.router.take_out(out)
        for name, why in out.items():
            if production.on_event is not None:
                production.on_event(ProgressEvent("--", "preflight", "failed", f"{name}: {why}"))

    async def _run(
        self, production: Production, work: list[WorkItem], *, opens_round: bool
    ) -> EpisodeResult:
        """Recover, make the work, finish the episode — with the lock already held."""
        sid = production.session.id
        recover(production)
        self.store.update_session(sid, status="producing")
        report = await production.produce(work, operator_redo=opens_round)
        return await finish_episode_off_loop(production, report)

    # ── free verbs ─────────────────────────────────────────────────────────────────────────────

    def check_continuity(
        self, session_id: str, shot_a: str, shot_b: str, *, actor: Actor = "model"
    ) -> ContinuityResult:
        plan = self._plan(session_id)
        a, b = _shot(plan, shot_a).id, _shot(plan, shot_b).id
        with self._writing(
            session_id, "check_continuity", {"shot_a": a, "shot_b": b}, actor
        ) as call:
            result = self._production(session_id, None).check_continuity(a, b)
            call.result = result.model_dump()
        return result

    def assemble(self, session_id: str, *, actor: Actor = "model") -> dict[str, str]:
        """Cut the current clips into the episode, redraw the storyboard, write provenance."""
        plan = self._approved(session_id)
        with self._writing(session_id, "assemble", {}, actor) as call:
            storyboard = render_storyboard(self.store, session_id, plan)
            try:
                episode = str(assemble_episode(self.store, session_id, plan))
            except AssemblyError as exc:
                episode = f"not assembled: {exc}"
            provenance = write_provenance(self.store, session_id)
            call.result = {"episode": episode, "storyboard": str(storyboard)}
        return {"episode": episode, "storyboard": str(storyboard), "provenance": str(provenance)}

    def export(
        self,
        session_id: str,
        out_dir: Path,
        *,
        timeline: str | None = None,
        actor: Actor = "person",
    ) -> list[Path]:
        """Copy the episode, the storyboard and a fresh provenance.json into `<out>/<session id>/`
        (and, asked for, an editor's timeline with its media: otio, fcpxml or edl).

        One session per folder, never mixed with another's; an artifact that is missing is an
        error, and then nothing is written."""
        info = self.store.session(session_id)
        folder = self.store.session_dir(info.id)
        names = [n for n in ("episode.mp4", "storyboard.png") if (folder / n).is_file()]
        # The episode and storyboard are what a plain export is for; a timeline export is for its
        # takes (it fails on a missing one itself) and takes the cut along when there is one.
        missing = [] if timeline else {"episode.mp4", "storyboard.png"} - set(names)
        if missing:
            raise ServiceError(
                f"session {info.id} has no {' or '.join(sorted(missing))} yet: produce it first "
                f"(shotcaller resume {info.id})"
            )
        target = out_dir / info.id
        written: list[Path] = []
        args = {"out": str(target), "timeline": timeline}
        # OpenTimelineIO loads only when a timeline is asked for (the CLI starts without it).

        with logged(self.store, info.id, "export", args, actor=actor) as call:
            try:
                target.mkdir(parents=True, exist_ok=True)
                for name in names:
                    shutil.copy2(folder / name, target / name)
                    written.append(target / name)
                written.append(write_provenance(self.store, info.id, target / "provenance.json"))
                if timeline is not None:
                    written.append(export_timeline(self.store, info.id, target, timeline))
            except TimelineError as exc:
                raise ServiceError(str(exc)) from None
            except OSError as exc:
                raise ServiceError(f"cannot write to {target}: {exc.strerror or exc}") from None
            call.result = {"files": [str(p) for p in written]}
        return written

    # ── estimates ──────────────────────────────────────────────────────────────────────────────

    def estimate(self, session_id: str, work: Sequence[WorkItem]) -> Estimate:
        return self._estimate(session_id, self._plan(session_id), work)

    def _estimate(
        self, session_id: str, plan: ShotPlan, work: Sequence[WorkItem], *, tier: Tier | None = None
    ) -> Estimate:
        clips = {s for s, kind in self._takes(session_id) if kind == "clip"}
        clips |= {w.shot_id for w in work if w.tool == "animate"}
        return estimate_work(
            self.catalog,
            plan,
            work,
            tier or self._tier(session_id),
            self.env,
            clips,
            beliefs=self.beliefs(),
            pins=pins(self.store, session_id),
        )

    # ── proxy races and what the router has learned (tools/service/race.py, routing/learning.py)

    def beliefs(self) -> Beliefs:
        """What the data home's history says about each engine's chance of an accepted output
        (kept, and brought up to date with what was judged since, on each call)."""
        if self._beliefs is None:
            self._beliefs = Beliefs(self.catalog)
        self._beliefs.refresh(self.store)
        return self._beliefs

    def why_no_race(self, session_id: str, shot_id: str) -> str | None:
        """Why this shot cannot be raced here, in one line; None when a race can be asked for."""
        from tools.service.race import why_no_race

        return why_no_race(self, session_id, shot_id)

    def request_race(
        self,
        session_id: str,
        shot_ids: Sequence[str] | None = None,
        *,
        engines: int | None = None,
        names: Sequence[str] | None = None,
        stage_word: str | None = None,
        actor: Actor = "person",
    ) -> Approval:
        """A proxy race of the chosen shots (default: every shot with a hard tag): its stage made
        short and small on several engines at once, the whole race's cost approved first."""
        from tools.service.race import request_race

        return request_race(
            self, session_id, shot_ids, engines=engines, names=names, stage_word=stage_word,
            actor=actor,
        )  # fmt: skip

    def pick_race(
        self,
        session_id: str,
        shot_id: str,
        engine: str | None = None,
        *,
        actor: Actor = "person",
    ) -> tuple[Pin, Approval | None]:
        """Pick a race's winner (default: its best score) and pin it for the shot's stage at
        delivery; at delivery tier, the committed generation waits for approval."""
        from tools.service.race import pick_race

        return pick_race(self, session_id, shot_id, engine, actor=actor)

    def races(self, session_id: str, shot_id: str | None = None) -> list[RaceSummary]:
        return races(self.store, self.store.session(session_id).id, shot_id=shot_id)

    # ── plumbing ───────────────────────────────────────────────────────────────────────────────

    def _request(
        self,
        session_id: str,
        *,
        verb: str,
        args: dict[str, Any],
        work: list[WorkItem],
        headline: str,
        actor: Actor,
        detail: str = "",
    ) -> Approval:
        """A pending approval for `work` — or the same one already waiting (asking twice for the
        same thing does not ask the person twice)."""
        estimate = self._estimate(session_id, self._plan(session_id), work)
        if estimate.impossible:
            raise ServiceError(_cannot_make(estimate, self._tier(session_id)))
        with self._writing(session_id, f"request_{verb}", args, actor, unit=True) as call:
            others = self.store.approvals(session_id, status="pending")
            for waiting in others:
                if waiting.kind == "production" and _same_work(waiting.work, estimate.items):
                    call.result = {"approval": waiting.id, "already_waiting": True}
                    call.approval_id = waiting.id
                    return waiting
            # A newer take asked for the same stage of the same shot replaces the one waiting:
            # approving both (`resume --yes` answers every card) would pay for a take the person
            # has already asked to replace.
            if verb in TAKE_VERBS:
                why = f"a newer request for {args['shot_id']} {STAGES[args['tool']].word}"
                gone = self._supersede(session_id, why=why, only=lambda w: _same_stage(w, args))
                others = [w for w in others if w.id not in {g.id for g in gone}]
            # A card already waiting stays (answered after this one): say so on the new card, or
            # it seems to vanish behind it (a newcomer thought it had).
            also = [w.summary.splitlines()[0] for w in others if w.kind == "production"]
            if also:
                detail = "\n".join(
                    [*filter(None, [detail]), *(f"Still waiting too: {h}" for h in also)]
                )
            approval = self._add_approval(
                session_id,
                kind="production",
                verb=verb,
                args=args,
                work=estimate.items,
                estimate=estimate,
                summary=self._summary(
                    session_id,
                    headline,
                    estimate,
                    detail,
                    then=self._then(session_id, verb, args, work),
                ),
                actor=actor,
            )
            call.result = {"approval": approval.id, "estimate_usd": estimate.usd}
            call.approval_id = approval.id
            self._settle(session_id)
        return approval

    def _then(self, session_id: str, verb: str, args: dict[str, Any], work: list[WorkItem]) -> str:
        """A redo's or a use-take's consequences past its work list: the cuts checked again and
        the episode cut again (a production's card is about making the episode already)."""
        if verb not in ("redo", "use_take"):
            return ""
        if verb == "use_take":  # the take brought back changes the cut as a new one would
            used = WorkItem(shot_id=str(args["shot_id"]), tool=args["tool"], why="redo")
            work = [used, *work]
        episode = bool(self.store.artifacts(session_id, kind="episode", current_only=True))
        return then_words(self._plan(session_id), self._takes(session_id), work, episode=episode)

    def _summary(
        self, session_id: str, headline: str, estimate: Estimate, detail: str, *, then: str = ""
    ) -> str:
        """The approval card's words: the first line is the headline (what `Outcome` repeats)."""
        info = self.store.session(session_id)
        lines = [
            headline,
            f"Makes: {describe(estimate.items) or 'nothing new; recovers and cuts the episode'}.",
            *([then] if then else []),
            *_cost_block(f"At {info.tier} tier", estimate),
            *_budget_lines(estimate.usd, info.budget_usd, info.cost_usd),
        ]
        return "\n".join([*lines[:1], *([detail] if detail else []), *lines[1:]])

    def _restate_budget(self, session_id: str, pending: Sequence[Approval] | None = None) -> None:
        """The budget lines of the production cards still waiting, as the budget stands now: a
        card asked under $20 read "$20.00 of the $20.00 budget is left" after 'budget 0' (and
        after other work spent), in the chat and in `show` alike. The lines end the card."""
        info = self.store.session(session_id)
        if pending is None:
            pending = self.store.approvals(session_id, status="pending")
        for waiting in pending:
            kept = waiting.summary.splitlines()
            while kept and _BUDGET_LINE.match(kept[-1]):
                kept.pop()
            said = _budget_lines(waiting.estimate_usd, info.budget_usd, info.cost_usd)
            # (a plan card says only when it does not fit: its production card says the rest)
            lines = [*kept, *(said if waiting.kind == "production" else said[1:])]
            if lines != waiting.summary.splitlines():
                self.store.update_approval(waiting.id, summary="\n".join(lines))

    def _add_approval(
        self,
        session_id: str,
        *,
        kind: Literal["plan", "production"],
        verb: str,
        args: dict[str, Any],
        work: list[WorkItem],
        estimate: Estimate,
        summary: str,
        actor: Actor,
    ) -> Approval:
        approval = Approval(
            id=secrets.token_hex(6),
            session_id=session_id,
            kind=kind,
            verb=verb,
            args=args,
            work=work,
            estimate_usd=_card_price(kind, estimate),
            summary=summary,
            asked_by=actor,
            created=now(),
        )
        added = self.store.add_approval(approval)
        if estimate.forecast.items:
            tier = self._tier(session_id)
            save_forecast(self.store, added.id, session_id, tier, estimate.forecast.as_dict())
        return added

    def _answer(self, approval: Approval, status: str, by: Actor, outcome: dict[str, Any]) -> None:
        self.store.update_approval(
            approval.id, status=status, answered_by=by, answered=now(), outcome=outcome
        )

    def _pending_approval(self, approval_id: str) -> Approval:
        approval = self.store.approval(approval_id)
        if approval is None:
            raise ServiceError(f"no approval {approval_id!r}")
        if approval.status != "pending":
            raise ServiceError(f"that request was already answered ({approval.status})")
        return approval

    def _supersede(
        self,
        session_id: str,
        *,
        why: str,
        kind: str | None = None,
        only: Callable[[Approval], bool] | None = None,
    ) -> list[Approval]:
        """Set aside what waits (of `kind`, or what `only` picks): what was set aside."""
        gone = [
            waiting
            for waiting in self.store.approvals(session_id, status="pending")
            if (kind is None or waiting.kind == kind) and (only is None or only(waiting))
        ]
        for waiting in gone:
            self.store.update_approval(
                waiting.id, status="superseded", answered=now(), outcome={"why": why}
            )
        return gone

    @contextmanager
    def _writing(
        self,
        session_id: str,
        verb: str,
        args: dict[str, Any],
        actor: Actor,
        *,
        shot_id: str = "",
        unit: bool = False,
    ) -> Iterator[Any]:
        """Hold the session's lock and log the call, for a verb that writes. With `unit`, the
        verb's writes are one unit of work (`SessionStore.unit`): a kill between two of them
        leaves neither. Never for a verb that waits on an engine: the unit holds the database's
        write lock, and every other process would wait on it."""
        # Logged first: a call refused because another process holds the session is a call too.
        # The call's row is no part of the unit: a kill inside leaves it "running", which says so.
        with (
            logged(self.store, session_id, verb, args, actor=actor, shot_id=shot_id) as call,
            session_lock(self.store.session_dir(session_id), session_id),
            self.store.unit() if unit else nullcontext(),
        ):
            yield call

    def _settle(self, session_id: str, *, after: str | None = None) -> None:
        """The session's status, from one rule: awaiting approval while anything waits for the
        person; otherwise where the last production left it (or planning before any)."""
        if pending := self.store.approvals(session_id, status="pending"):
            status = "awaiting_approval"
            # what was spent meanwhile is not left on them (the list read once, here)
            self._restate_budget(session_id, pending)
        elif after is not None:
            status = after
        else:
            plan = self.store.plan(session_id)
            states = self.store.shot_states(session_id).values()
            if plan is None or not self.store.has_attempts(session_id):
                status = "planning"
            elif any(state == "in_progress" for state, _ in states):
                # A production stopped with a shot half made (quit mid-redo, killed): it is
                # still to continue, which every front door reads as "stopped" once no process
                # holds the session (views.live_status). "planning" or "done" said nothing was.
                status = "producing"
            else:
                status = production_status(self.store, session_id, plan)
        self.store.update_session(session_id, status=status)

    def _production(self, session_id: str, on_progress: ProgressFn | None) -> Production:
        info = self.store.session(session_id)
        # Spent is read under the lock, so the cap holds across every process that writes.
        store = self.store
        budget = Budget(
            cap_usd=info.budget_usd,
            spent_usd=store.session_cost(info.id),
            cap_now=lambda: store.session(info.id).budget_usd,  # "budget 0" brakes it mid-way
        )
        budget = pooled(self, info.id, budget)  # an episode of a batch shares its budget
        production = open_production(
            self.store,
            info.id,
            self.catalog,
            env=self.env,
            on_event=on_progress,
            budget=budget,
        )
        for name, value in self.settings.router_options.items():
            setattr(production.router, name, value)
        pinned = pins(self.store, info.id)
        if pinned or self.catalog.learning.ranking == "learned":
            production.router.ranker = LearnedRanker(
                self.store, self.catalog, beliefs=self.beliefs(), pins=pinned
            )
        if self.settings.on_production is not None:
            self.settings.on_production(production)
        return production

    def _plan(self, session_id: str) -> ShotPlan:
        plan = self.store.plan(session_id)
        if plan is None:
            raise ServiceError("there is no plan yet: describe the video first")
        return plan

    def _approved(self, session_id: str) -> ShotPlan:
        plan = self._plan(session_id)
        if not plan.approved:
            raise NotApproved(
                f"plan v{plan.version} is not approved yet: approve it before anything is made"
            )
        return plan

    def _save_plan(self, session_id: str, plan: ShotPlan) -> ShotPlan:
        # A new version rewrites the shots' rows: carry each shot's live status over, or every
        # other shot would read "pending" again after one prompt edit.
        states = self.store.shot_states(session_id)
        before = self.store.plan(session_id)
        titled = self.store.session(session_id).title
        if before is not None and plan.title == before.title and titled != before.title:
            # The person renamed the session ("call it Morning Loaves"): the plan's next version
            # carries their title, so the plan and the session never disagree about it.
            plan = plan.model_copy(update={"title": titled})
        shots = [
            s.model_copy(
                update={
                    "status": states[s.id][0] if s.id in states else self._made(session_id, s.id)
                }
            )
            for s in plan.shots
        ]
        with self.store.unit():  # an approved version is never stored unapproved
            saved = self.store.save_plan(session_id, plan.model_copy(update={"shots": shots}))
            if saved.approved:
                self.store.approve_plan(session_id, saved.version)
        return self.store.plan(session_id, saved.version) or saved

    def _made(self, session_id: str, shot_id: str) -> ShotStatus:
        """The status of a shot with no row yet: new (pending), or back with the takes it had
        ("undo" after a drop). A status copied from an earlier version's JSON belonged to
        whichever shot had its id then ("done" with no take was shown)."""
        clips = self.store.artifacts(session_id, shot_id, "clip", current_only=True)
        return "done" if clips else "pending"

    def _back_to_approved(
        self, session_id: str, replaces: dict[str, Any] | None = None
    ) -> ShotPlan | None:
        """A revision the person rejected is not the plan: the last approved one is again (as
        the next version, approved), with its takes as they were (rejecting "make the opener a
        drone shot" kept the drone and a stale S01). A new brief rejected (`replaces`: what it
        replaced) gives back the session's brief, title and format and its shots' takes."""
        latest, base = self.store.plan(session_id), last_approved(self.store, session_id)
        if latest is None or latest.approved or base is None or base.version >= latest.version:
            return None
        back = base.model_copy(
            update={
                "approved": True,
                "note": f"back to plan v{base.version} (v{latest.version} rejected)",
            }
        )
        follow_shots(self.store, session_id, latest, back)
        if not replaces:
            # "drop shot 3" rejected: shot 3 is back, and so are its takes (they stayed
            # detached, and the next production made it again). A rejected new brief gives
            # its shots' rows back below, by the plan they were detached from.
            reattach_returning(self.store, session_id, latest, back)
        was = self.store.plan(session_id, int(replaces["plan"])) if replaces else None
        if replaces and was is not None:
            reattach(self.store, session_id, was)
            follow_shots(self.store, session_id, was, back)
            self.store.update_session(
                session_id,
                brief=replaces["brief"],
                title=replaces["title"],
                aspect_ratio=replaces["aspect_ratio"],
            )
        saved = self._save_plan(session_id, back)
        if replaces and was is not None:
            states = {str(k): v for k, v in dict(replaces.get("statuses") or {}).items()}
            for old, new in shot_moves(was, saved)[0].items():
                if old in states:
                    status, reason = states[old]
                    self.store.set_shot_status(session_id, new, status, reason)
        restale(self.store, session_id, saved)
        return saved

    def _takes(self, session_id: str) -> dict[tuple[str, str], TakeState]:
        found: dict[tuple[str, str], TakeState] = {}
        plan = self.store.plan(session_id)
        shots = {s.id: s for s in plan.shots} if plan else {}
        for art in self.store.artifacts(session_id, current_only=True):
            if art.kind in ("keyframe", "clip", "inpaint", "upscale") and art.shot_id:
                made = self.store.attempt(art.attempt_id) if art.attempt_id else None
                because = ""
                if art.stale and made is not None and art.shot_id in shots:
                    because = _changed_since(shots[art.shot_id], made)
                seed = made.seed if made else None
                found[(art.shot_id, art.kind)] = TakeState(art.take or 0, art.stale, seed, because)
        return found

    def _tier(self, session_id: str) -> Tier:
        return self.store.session(session_id).tier


def _same_work(a: Sequence[WorkItem], b: Sequence[WorkItem]) -> bool:
    """The same shots and stages, for the same reasons and seeds (estimates aside)."""

    def key(items: Sequence[WorkItem]) -> list[tuple[object, ...]]:
        return sorted((w.shot_id, w.tool, w.why, w.seed) for w in items)

    return key(a) == key(b)


def _changed_since(shot: Shot, made: Attempt) -> str:
    """What of `shot` differs from what its stale take was made with, for the card: `its prompt
    changed`, `its length changed`; "" when neither did (what it was made from changed)."""
    length = made.params.get("duration_s")
    if made.tool == "animate" and length is not None and float(str(length)) != shot.duration_s:
        return "its length changed"  # (its motion prompt, which says the length, changed too)
    field = STAGES[made.tool].prompt_field if made.tool in STAGES else ""
    if field and made.prompt_sha256 != sha256_text(getattr(shot.prompts, field)):
        return "its prompt changed"
    return ""


def _used(approval: Approval) -> str:
    """`S02 clip t1`: the take a use_take approval put back in use."""
    tool = str(approval.args["tool"])
    return f"{approval.args['shot_id']} {STAGES[tool].word} t{approval.args['take']}"  # type: ignore[index]


def _remade(approval: Approval) -> list[str]:
    """`S02 clip`, …: what an approval remade because its input changed."""
    return [f"{w.shot_id} {STAGES[w.tool].word}" for w in approval.work if w.why == "stale"]


def _made(approval: Approval, result: EpisodeResult, spent: float, predicted: str) -> Outcome:
    report = result.report
    done = [s for s, st in report.shots.items() if st == "done"]
    lines = [f"{approval.summary.splitlines()[0]}: {result.status}."]
    if approval.verb == "use_take":
        # Not "0 of 0 shots done": which take is in use now, and what was remade from it.
        remade, failed = _remade(approval), [s for s in report.shots if s not in done]
        with_it = re.search(r"\((with [^)]*)\)", approval.summary.splitlines()[0])
        lines = [
            f"{_used(approval)}{f' ({with_it[1]})' if with_it else ''} is in use again; "
            + (f"remade: {', '.join(remade)}" if remade else "nothing was made from it")
            + (f" ({', '.join(failed)} not done: {result.status})." if failed else ".")
        ]
    if report.shots and approval.verb != "use_take":
        shots = len(report.shots)
        lines[0] = (
            lines[0].rstrip(".") + f" — {len(done)} of {shots} shot{'s' * (shots != 1)} done."
        )
    lines += [f"  {s}: {why}" for s, why in report.reasons.items()]
    lines.append(f"Spent ${spent:.2f}{predicted}.")  # what was spent beside what was predicted
    lines.append(f"Episode: {result.episode or 'not assembled (see the shots above)'}")
    return Outcome(
        approval, result.status, "\n".join(lines), report, result.episode, spent_usd=spent
    )


def _plan_summary(plan: ShotPlan, estimate: Estimate, tier: Tier, *, made: bool = False) -> str:
    """The plan's card: its shots, then what producing it costs — once takes exist, only what
    the revision makes anew (`made`), and a plan whose takes all still fit costs nothing."""
    head = (
        f"{plan.title} — plan v{plan.version}: {len(plan.shots)} shot"
        f"{'' if len(plan.shots) == 1 else 's'}, {plan.total_duration_s:g} s, {plan.aspect_ratio}"
    )
    lines = [head]
    if plan.version > 1 and plan.note:
        lines.append(f"  changed: {plan.note}")  # "revised S02: slower, 4 s; S01 4 → 3 s, …"
    for s in plan.shots:
        chain = f" ← {s.chain_from}" if s.chain_from else ""
        tags = f" [{', '.join(s.tags)}]" if s.tags else ""
        lines.append(
            f"  {s.id} {s.duration_s:g}s {s.framing} {s.camera}{tags}{chain}: {s.description}"
        )
    if plan.style:
        lines.append(f"  look: {plan.style}")  # "make it black and white" shows on the card
    if plan.cast:
        lines.append(f"  {cast.describe_cast(plan)}")
    if made and not estimate.items:
        lines.append(f"Producing it at {tier} tier: nothing to make; every shot's takes still fit.")
    elif made:
        lines += _cost_block(f"Producing what it changes at {tier} tier", estimate)
    else:
        lines += _cost_block(f"Producing it at {tier} tier", estimate)
    return "\n".join(lines)


def _whole(plan: ShotPlan) -> list[WorkItem]:
    """A keyframe and a clip of every shot: the work a plan's price is quoted on."""
    return [
        WorkItem(shot_id=s.id, tool=t, why="missing") for s in plan.shots for t in DEFAULT_STAGES
    ]


def _cost_block(head: str, estimate: Estimate) -> list[str]:
    """What the work would cost, as the person approves it: the total (and the most the
    regeneration cap allows), then each shot's stages with the engine tried first. Free work
    (the animatic's previs) is one line."""
    if estimate.impossible and estimate.if_keyed is not None:
        # Only keys are missing: the price is still the person's to see before buying them.
        keys = " or ".join(estimate.keys_to_set)
        every = len(estimate.impossible) == len(estimate.items)
        what = "it" if every else ", ".join(estimate.impossible)
        needed = estimate.if_keyed.keys_to_set
        with_keys = f"With {in_words(needed)} set, at list prices" if needed else "With it"
        return [
            f"{head}: no engine here can make {what} until you set {keys}.",
            *_cost_block(with_keys, estimate.if_keyed),
        ]
    if estimate.impossible:
        keys = f"; set {' or '.join(estimate.keys_to_set)}" if estimate.keys_to_set else ""
        return [
            f"{head}: no engine here can make {', '.join(estimate.impossible)}{keys}.",
        ]
    if estimate.usd == 0 and estimate.worst_usd == 0:
        engines = ", ".join(engines_named(estimate.items))
        return [f"{head}: free{f' ({engines})' if engines else ''}."]
    total = f"{head}: about ${estimate.usd:.2f} for one take of each"
    if estimate.worst_usd > estimate.usd:
        total += f", at most ${estimate.worst_usd:.2f} if every regeneration is used"
    # What this data home's history expects it to cost, regenerations included (the learning
    # router's forecast, tools/routing/learning.py).
    forecast = [f"{estimate.forecast.words()}."] if estimate.forecast.expected_usd > 0 else []
    return [total + ":", *(f"  {line}" for line in cost_lines(estimate.items)), *forecast]


def _card_price(kind: str, estimate: Estimate) -> float:
    """The figure a card carries: what its work costs here, or — a plan quoted at a tier whose
    keys are missing — what it would cost with them (a plan card spends nothing itself; "$0.00
    to make" read as free)."""
    if kind == "plan" and estimate.impossible and estimate.if_keyed is not None:
        return estimate.if_keyed.usd
    return estimate.usd


def _cannot_make(estimate: Estimate, tier: Tier, *, whole: str = "") -> str:
    """`no engine here can make S02 clip at delivery tier (set FAL_KEY or RUNWAYML_API_SECRET)`;
    `whole` names the work when no part of it can be made (a list of every stage says less)."""
    every = whole and len(estimate.impossible) == len(estimate.items)
    what = whole if every else ", ".join(estimate.impossible)
    keys = f" (set {' or '.join(estimate.keys_to_set)})" if estimate.keys_to_set else ""
    return f"no engine here can make {what} at {tier} tier{keys}"


def _budget_lines(usd: float, budget: float, spent: float) -> list[str]:
    """How much of the budget is left and — said before anything is spent — whether work of
    `usd` fits it: work that needs more stops part-way (each stage's money is reserved before it
    runs, and refused when none is left). The budget suggested is the session's whole budget:
    what is spent plus what this needs."""
    left = budget - spent
    lines = [f"${left:.2f} of the ${budget:.2f} budget is left."]
    if usd <= left + 1e-9:
        return lines
    raise_to = math.ceil(spent + usd)
    return [
        *lines,
        f"This does not fit the budget: it needs about ${usd:.2f} and "
        f"${max(left, 0):.2f} is left, so it would stop part-way. Raise the budget first "
        f"('budget {raise_to}' in the chat, --budget {raise_to} on the command line), or approve "
        "to make what fits.",
    ]


# The lines `_budget_lines` wrote at the end of a card (restated when the budget changes).
_BUDGET_LINE = re.compile(
    r"^(?:\$-?[\d.]+ of the \$[\d.]+ budget is left\.|This does not fit the budget: )"
)


TAKE_VERBS = ("redo", "use_take")  # requests for a new current take of one shot's stage


def _same_stage(waiting: Approval, args: Mapping[str, Any]) -> bool:
    """`waiting` asks for a take of the stage `args` name (the same shot, the same tool)."""
    return (
        waiting.kind == "production"
        and waiting.verb in TAKE_VERBS
        and waiting.args.get("shot_id") == args.get("shot_id")
        and waiting.args.get("tool") == args.get("tool")
    )


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _span(ids: Sequence[str]) -> str:
    unique = list(dict.fromkeys(ids))
    return f"{unique[0]}–{unique[-1]}" if len(unique) > 1 else unique[0]


def _check_text(name: str, text: str) -> None:
    refusal = too_long(name, len(text), LIMITS[name])
    if refusal:
        raise ServiceError(refusal)


def _check_plan(plan: ShotPlan) -> None:
    _check_text("title", plan.title)
    _check_text("style", plan.style)
    _check_text("note", plan.note)
    for shot in plan.shots:
        _check_text("description", shot.description)
        for name in ("keyframe", "motion", "finishing"):
            _check_text("prompt", getattr(shot.prompts, name))


def _check_budget(usd: float) -> None:
    if not math.isfinite(usd) or usd < 0 or usd > MAX_BUDGET_USD:
        raise ServiceError(f"a budget is a number of dollars from 0 to {MAX_BUDGET_USD:,.0f}")


def _probe_shot() -> Shot:
    return Shot(
        id="S01", description="probe", duration_s=5, framing="wide", camera="static", seed=1
    )
