"""The application service's rules, as a person (or a model) would run into them."""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pydantic_ai.messages import ModelMessage, ModelResponse

from agent.agent import planner_agent
from agent.conversation import open_conversation
from sessions.models import Brief, Shot, ShotPlan, StagePrompts
from sessions.provenance import provenance_record
from sessions.store import SessionStore, open_store
from tests.agent.scripting import Scripted, call, last_prompt, say
from tests.support import produce
from tools.catalog import load_catalog
from tools.service import ProductionService, ServiceError
from tools.service.service import LIMITS


@pytest.fixture
def store(data_home: Path) -> Iterator[SessionStore]:
    s = open_store()
    yield s
    s.close()


def seeded(store: SessionStore, *, approved: bool = True, shots: int = 2) -> str:
    info = store.create_session(
        Brief(text="harbour", title="Harbour", duration_s=shots * 0.5), budget_usd=5.0
    )
    plan = ShotPlan(
        title="Harbour",
        aspect_ratio="16:9",
        shots=[
            Shot(
                id=f"S{n:02d}",
                description=f"the harbour, view {n}",
                duration_s=0.5,
                framing="wide",
                camera="pan",
                seed=10 + n,
                prompts=StagePrompts(keyframe=f"harbour view {n}", motion="slow pan"),
            )
            for n in range(1, shots + 1)
        ],
        approved=approved,
    )
    store.save_plan(info.id, plan)
    return info.id


def service(store: SessionStore) -> ProductionService:
    return ProductionService(store, load_catalog(), {})


def test_every_call_of_the_planners_own_tools_is_in_the_log(store: SessionStore) -> None:
    """propose, revise, set a prompt, set the tier, produce, check a cut, assemble: each is a row
    with who asked, its arguments, the approval it waited for and who gave it, and the result."""
    steps = [
        ("revise_plan", {"change": "revise_shot", "shot_id": "S02", "text": "a close-up"}),
        ("propose_plan", {}),
        ("set_stage_prompts", {"shot_id": "S01", "motion": "a slow pan over the harbour"}),
        ("propose_plan", {}),
        ("set_tier", {"tier": "draft"}),
        ("produce", {}),
        ("check_continuity", {"shot_a": "S01", "shot_b": "S02"}),
        ("assemble", {}),
    ]

    def script(messages: list[ModelMessage]) -> ModelResponse:
        if last_prompt(messages) == "go":
            return call("propose_plan", len(messages), shots=[
                {"description": "The harbour at dawn", "duration_s": 2, "framing": "wide",
                 "camera": "pan"},
                {"description": "Boats at the quay", "duration_s": 2, "framing": "medium",
                 "camera": "static"},
            ])  # fmt: skip
        made = sum(isinstance(m, ModelResponse) for m in messages) - 1
        if made < len(steps):
            tool, args = steps[made]
            return call(tool, len(messages), **args)
        return say("done")

    with planner_agent().override(model=Scripted(script).model()):
        conversation = open_conversation(store, env={}, auto_approve=True)
        conversation.session_id = store.create_session(
            Brief(text="A 4-second harbour film.", title="Harbour", duration_s=4), budget_usd=5
        ).id
        asyncio.run(conversation.send("go"))
    sid = conversation.session_id
    calls = store.tool_calls(sid)
    verbs = [c["tool"] for c in calls]
    # The model's own calls are the top rows; the service's verbs they reached sit under them.
    by_id = {c["id"]: c for c in calls}
    tops = [c["tool"] for c in calls if not c["parent_id"]]
    assert {"propose_plan", "revise_plan", "set_stage_prompts", "set_tier", "produce"} <= set(tops)
    revised = next(c for c in calls if c["tool"] == "revise_plan" and c["parent_id"])
    assert by_id[revised["parent_id"]]["tool"] == "revise_plan"
    assert by_id[revised["parent_id"]]["actor"] == "model"
    for verb in (
        "propose_plan",
        "approve_plan",
        "revise_plan",
        "set_stage_prompt",
        "set_tier",
        "request_produce",
        "produce",
        "check_continuity",
        "assemble",
    ):
        assert verb in verbs, verb
    produced = next(c for c in calls if c["tool"] == "produce" and c["actor"] == "--yes")
    asked = [c for c in calls if c["tool"] == "request_produce"]
    assert {c["actor"] for c in asked} == {"model"} and produced["actor"] == "--yes"
    assert produced["approval_id"] in {c["approval_id"] for c in asked}
    assert json.loads(produced["result_json"])["status"] == "completed"
    # The stage calls the production made are its children: the attempts it caused.
    stages = [c for c in calls if c["parent_id"] == produced["id"]]
    assert {c["tool"] for c in stages} == {"generate_keyframe", "animate"}
    record = provenance_record(store, sid)
    assert [c["tool"] for c in record["tool_calls"]] == [c["tool"] for c in calls]
    assert {a["verb"] for a in record["approvals"]} >= {"approve_plan", "produce"}


def test_a_model_asking_for_keyframes_only_does_not_finish_a_shot(store: SessionStore) -> None:
    sid = seeded(store)
    outcome = asyncio.run(produce(store, sid, stages=("generate_keyframe",)))
    assert outcome is not None
    assert {s for s, _ in store.shot_states(sid).values()} == {"pending"}
    assert store.session(sid).status != "completed"


def test_text_from_outside_is_bounded_before_anything_is_stored(store: SessionStore) -> None:
    sid = seeded(store)
    svc = service(store)
    huge = "x" * (LIMITS["prompt"] + 1)
    with pytest.raises(
        ServiceError,
        match=r"^the prompt is 4,001 characters; a prompt is at most 4,000 characters$",
    ):
        svc.set_stage_prompt(sid, "S01", "keyframe", huge, actor="model")
    with pytest.raises(
        ServiceError,
        match=r"^the prompt is 4,001 characters; a prompt is at most 4,000 characters$",
    ):
        svc.request_redo(sid, "S01", "animate", prompt=huge, actor="model")
    plan = store.plan(sid)
    assert plan is not None and plan.version == 1
    assert svc.pending(sid) == []
    with pytest.raises(ServiceError, match="budget is a number of dollars"):
        svc.set_budget(sid, float("inf"))
    with pytest.raises(ServiceError, match="budget"):
        svc.set_budget(sid, 12.0, actor="model")  # a guardrail is the person's
    assert store.session(sid).budget_usd == 5.0


def test_a_models_prompt_rewrite_puts_an_approved_plan_back_before_the_person(
    store: SessionStore,
) -> None:
    sid = seeded(store)
    svc = service(store)
    by_person = svc.set_stage_prompt(sid, "S01", "keyframe", "the harbour at noon", actor="person")
    assert by_person.approved  # the person's own words
    by_model = svc.set_stage_prompt(sid, "S01", "keyframe", "the harbour at dusk", actor="model")
    assert not by_model.approved
    with pytest.raises(ServiceError, match="not approved"):
        svc.request_production(sid, actor="model")


@contextmanager
def held_elsewhere(folder: Path) -> Iterator[None]:
    """The session's lock as another process would hold it (an flock on its own descriptor)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def test_a_chat_turn_cannot_produce_while_another_process_writes_the_session(
    store: SessionStore,
) -> None:
    """The agent's tools go through the service, which takes the session's lock: nothing is
    made or spent, and the model hears why in one line."""
    sid = seeded(store)

    def script(messages: list[ModelMessage]) -> ModelResponse:
        if last_prompt(messages) == "go":
            return call("animate", len(messages), shot_id="S01")
        return say("ok")

    with planner_agent().override(model=Scripted(script).model()):
        conversation = open_conversation(store, session_id=sid, env={}, auto_approve=True)
        with held_elsewhere(store.session_dir(sid)):
            asyncio.run(conversation.send("go"))
    assert store.attempts(sid) == []
    assert service(store).pending(sid) == []
    said = [c for c in store.tool_calls(sid) if c["status"] == "error"]
    assert said and "in use by another shotcaller process" in said[0]["result_json"]


def test_export_writes_one_session_into_its_own_folder(store: SessionStore, tmp_path: Path) -> None:
    first, second = seeded(store), seeded(store)
    asyncio.run(produce(store, first))
    svc = service(store)
    out = tmp_path / "out"
    written = svc.export(first, out)
    assert {p.parent for p in written} == {out / first}
    assert sorted(p.name for p in written) == ["episode.mp4", "provenance.json", "storyboard.png"]
    # The second session has no episode yet: an error, and nothing of it is written.
    with pytest.raises(ServiceError, match=r"no episode\.mp4 or storyboard\.png yet"):
        svc.export(second, out)
    assert sorted(p.name for p in out.iterdir()) == [first]
    provenance = json.loads((out / first / "provenance.json").read_text())
    assert provenance["session"]["id"] == first


def test_export_into_a_folder_it_cannot_write_is_one_clear_error(
    store: SessionStore, tmp_path: Path
) -> None:
    sid = seeded(store)
    asyncio.run(produce(store, sid))
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root writes anywhere: nothing to check here
            pytest.skip("running as root")
        with pytest.raises(ServiceError, match="cannot write to"):
            service(store).export(sid, locked)
    finally:
        locked.chmod(0o700)
