"""The same action does the same thing whichever door it comes through.

One seeded session — a chained pair (S02 continues S01), a shot on its own, and S01 upscaled — is
copied into each test; a paid verb is then asked for through the CLI, the chat's agent (a scripted
FunctionModel calling the tools) or the Textual screens, and approved there. What the store holds
afterwards — takes, stale flags, attempts with their seeds and cap rounds, spend, the approval and
its work — must be identical, door for door.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic_ai.messages import ModelMessage, ModelResponse

from agent.agent import planner_agent
from agent.conversation import open_conversation
from agent.events import ToolCallFinished
from sessions.models import Brief, Shot, ShotPlan, StagePrompts
from sessions.store import open_store
from sessions.summary import call_log
from tests.agent.scripting import Scripted, call, last_prompt, say
from tests.support import produce
from tests.tui.conftest import chat_app, settle
from tools.catalog import load_catalog
from tools.service import ProductionService
from tui.cli import main
from tui.screens.session import SessionScreen

SESSION = "f00dd00r"  # fixed: idempotency keys (and so job ids and seeds) include it


def shot(n: int, **extra: Any) -> Shot:
    words = {1: "a harbour at dawn", 2: "the harbour master walks the pier", 3: "gulls overhead"}
    return Shot.model_validate(
        {
            "id": f"S{n:02d}",
            "description": words[n],
            "duration_s": 0.5,  # 12 frames: enough for a cut, quick to render
            "framing": "wide",
            "camera": "push-in",
            "seed": 100 + n,
            "prompts": StagePrompts(keyframe=words[n], motion=f"slow push-in on {words[n]}"),
            **extra,
        }
    )


@pytest.fixture(scope="module")
def seeded_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("doors") / "home"
    store = open_store(home)
    try:
        brief = Brief(text="harbour", title="Harbour", duration_s=1.5)
        info = store.create_session(brief, budget_usd=5.0)
        store.db.execute("update sessions set id = ? where id = ?", [SESSION, info.id])
        store.db.conn.commit()
        plan = ShotPlan(
            title="Harbour",
            aspect_ratio="16:9",
            shots=[shot(1), shot(2, chain_from="S01"), shot(3)],
            approved=True,
        )
        store.save_plan(SESSION, plan)
        asyncio.run(produce(store, SESSION))
        asyncio.run(produce(store, SESSION, ["S01"], ["upscale"]))
    finally:
        store.close()
    return home


@pytest.fixture
def home(seeded_home: Path, data_home: Path) -> Path:
    shutil.copytree(seeded_home, data_home)
    store = open_store(data_home)
    with store.db.conn:  # the copy's paths point into the seed's home: move them here
        for table, column in (("artifacts", "path"), ("attempts", "output_path")):
            store.db.execute(
                f"update {table} set {column} = replace({column}, ?, ?)",
                [str(seeded_home), str(data_home)],
            )
    store.close()
    return data_home


def state(home: Path) -> dict[str, Any]:
    """What a verb changed, without ids, times, paths or who asked."""
    store = open_store(home)
    try:
        takes = sorted(
            (a.shot_id, a.kind, a.take, a.current, a.stale)
            for a in store.artifacts(SESSION)
            if a.kind in ("keyframe", "clip", "inpaint", "upscale")
        )
        attempts = sorted(
            (a.shot_id, a.tool, a.status, a.seed, a.params.get("round", 1), a.take)
            for a in store.attempts(SESSION)
        )
        approvals = [
            (a.verb, a.status, [(w.shot_id, w.tool, w.why, w.seed) for w in a.work])
            for a in store.approvals(SESSION)
            if a.kind == "production"
        ]
        return {
            "takes": takes,
            "attempts": attempts,
            "spent": round(store.session_cost(SESSION), 6),
            "shots": store.shot_states(SESSION),
            "approvals": approvals,
            "status": store.session(SESSION).status,
        }
    finally:
        store.close()


# ── the doors ──────────────────────────────────────────────────────────────────────────────────

# verb → (CLI args, the agent's tool call, the TUI's keys)
VERBS: dict[str, tuple[list[str], tuple[str, dict[str, Any]] | None, list[str] | None]] = {
    "redo_clip": (
        ["--shot", "S01", "--redo", "animate"],
        ("animate", {"shot_id": "S01"}),
        ["f2", "enter", "a"],
    ),
    "redo_keyframe": (
        ["--shot", "S01", "--redo", "keyframe"],
        ("generate_keyframe", {"shot_id": "S01"}),
        ["f2", "enter", "k"],
    ),
    "redo_upscale": (
        ["--shot", "S01", "--redo", "upscale"],
        ("upscale", {"shot_id": "S01"}),
        ["f2", "enter", "u"],
    ),
    "use_take": (
        ["--shot", "S01", "--use-take", "animate", "1"],
        ("use_take", {"shot_id": "S01", "stage": "animate", "take": 1}),
        None,  # the shot screen has no key for it
    ),
    # Continuing after the person revised S03 (its takes went stale): what is stale is remade.
    "continue": ([], ("produce", {}), ["ctrl+g"]),
}


def prepare(verb: str, home: Path) -> None:
    """What each verb starts from beyond the seeded session."""
    if verb != "continue":
        return
    store = open_store(home)
    try:
        service = ProductionService(store, load_catalog(), {})
        plan = store.plan(SESSION)
        assert plan is not None
        shots = [
            s.model_copy(update={"description": "gulls over the breakwater"})
            if s.id == "S03"
            else s
            for s in plan.shots
        ]
        service.revise_plan(SESSION, plan.model_copy(update={"shots": shots}), actor="person")
        approval = service.propose_plan(SESSION, None, actor="person")
        asyncio.run(service.approve(approval.id, by="person"))
        for waiting in service.pending(SESSION):  # the production it asks for: each door asks again
            service.reject(waiting.id, by="person")
    finally:
        store.close()


def run_cli(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def through_cli(verb: str) -> None:
    args = ["resume", SESSION, *VERBS[verb][0]]
    assert run_cli(args) == 3  # priced and waiting: nothing is made without an approval
    assert run_cli(["resume", SESSION, "--yes"]) == 0


async def through_agent(verb: str) -> None:
    tool, args = VERBS[verb][1] or ("", {})

    def script(messages: list[ModelMessage]) -> ModelResponse:
        if last_prompt(messages) == "go":
            return call(tool, len(messages), **args)
        return say("ok")

    store = open_store()
    try:
        with planner_agent().override(model=Scripted(script).model()):
            conversation = open_conversation(store, session_id=SESSION, env={})
            await conversation.send("go")
            waiting = conversation.pending
            assert waiting is not None and waiting.call_ids  # the model's call waits on it
            await conversation.decide("approve")
            assert conversation.last_error is None
    finally:
        store.close()


async def through_screens(verb: str) -> None:
    keys = VERBS[verb][2]
    assert keys is not None
    app = chat_app(SESSION)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen) and screen.pending is not None
        await pilot.press("ctrl+y")
        await app.workers.wait_for_complete()
        await pilot.pause()


DOORS: dict[str, Callable[[str], Awaitable[None] | None]] = {
    "cli": through_cli,
    "agent": through_agent,
    "screens": through_screens,
}


def case(verb: str, door: str) -> Any:
    marks = (
        [pytest.mark.skip("no key for it on the shot screen")]
        if (door == "screens" and VERBS[verb][2] is None)
        else []
    )
    return pytest.param(verb, door, marks=marks, id=f"{verb}-{door}")


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, Any]]:
    return {}  # verb → the state the first door left; every other door must match it


@pytest.mark.parametrize(("verb", "door"), [case(v, d) for v in VERBS for d in DOORS])
def test_every_door_leaves_the_same_state(
    verb: str, door: str, home: Path, expected: dict[str, dict[str, Any]]
) -> None:
    prepare(verb, home)
    done = DOORS[door](verb)
    if done is not None:
        asyncio.run(done)  # type: ignore[arg-type]
    after = state(home)
    after["approvals"] = [
        (v, s, w) for v, s, w in after["approvals"] if s not in ("superseded", "rejected")
    ]
    if verb in expected:
        assert after == expected[verb]
    else:
        expected[verb] = after


# ── what each verb does, as the table has it ─────────────────────────────────────────────


def current(home: Path) -> dict[tuple[str, str], tuple[int, bool]]:
    store = open_store(home)
    try:
        return {
            (a.shot_id or "", a.kind): (a.take or 0, a.stale)
            for a in store.artifacts(SESSION, current_only=True)
            if a.kind in ("keyframe", "clip", "upscale")
        }
    finally:
        store.close()


def test_a_new_clip_remakes_the_chained_clip_and_the_upscale(home: Path) -> None:
    assert run_cli(["resume", SESSION, "--shot", "S01", "--redo", "animate"]) == 3
    service = ProductionService(open_store(home), load_catalog(), {})
    (waiting,) = service.pending(SESSION)
    # The estimate names every shot and stage it will remake, dependents included.
    assert [(w.shot_id, w.tool, w.why) for w in waiting.work] == [
        ("S01", "animate", "redo"),
        ("S01", "upscale", "stale"),
        ("S02", "animate", "stale"),
    ]
    assert "S02 clip (from S01's new clip)" in waiting.summary
    assert run_cli(["resume", SESSION, "--yes"]) == 0
    now = current(home)
    assert now[("S01", "clip")] == (2, False)
    assert now[("S01", "upscale")] == (2, False)  # stale, redone
    assert now[("S02", "clip")] == (2, False)  # re-rendered from the new last frame
    assert now[("S03", "clip")] == (1, False)  # untouched
    assert state(home)["status"] == "completed"


def test_a_new_keyframe_remakes_its_clip_upscale_and_the_chained_clip(home: Path) -> None:
    assert run_cli(["resume", SESSION, "--shot", "S01", "--redo", "keyframe", "--yes"]) == 0
    now = current(home)
    assert now[("S01", "keyframe")] == (2, False)
    assert now[("S01", "clip")] == (2, False)
    assert now[("S01", "upscale")] == (2, False)
    assert now[("S02", "clip")] == (2, False)
    assert now[("S02", "keyframe")] == (1, False)  # not made from S01's keyframe


REDO_S03_KEYFRAME = ("resume", SESSION, "--shot", "S03", "--redo", "keyframe")


def test_a_redo_never_sends_the_identical_request_again(home: Path) -> None:
    """Unchanged prompt: a new seed, recorded with its reason. Edited prompt: the seed stays."""
    for _ in range(2):
        assert run_cli([*REDO_S03_KEYFRAME, "--yes"]) == 0
    assert run_cli([*REDO_S03_KEYFRAME, "--prompt", "gulls at noon", "--yes"]) == 0
    store = open_store(home)
    made = [a for a in store.attempts(SESSION, "S03", "generate_keyframe") if a.take]
    store.close()
    seeds = [a.seed for a in made]
    assert len(set(seeds[:3])) == 3  # t1 the shot's seed, t2 and t3 new ones
    assert seeds[3] == seeds[2]  # only the words changed
    assert "unchanged prompt draws a new seed" in str(made[1].params["seed_reason"])
    assert "the prompt changed" in str(made[3].params["seed_reason"])
    assert len({a.output_sha256 for a in made}) == 4  # four different pictures


def test_nothing_is_made_or_spent_without_the_approval(home: Path) -> None:
    before = state(home)
    for args in (v[0] for v in VERBS.values()):
        run_cli(["resume", SESSION, *args])
    after = state(home)
    assert after["takes"] == before["takes"] and after["attempts"] == before["attempts"]
    assert after["status"] == "awaiting_approval"


async def test_the_chats_tool_line_opens_what_the_call_caused(home: Path) -> None:
    """A redo asked in the chat: its tool line's log rows are the model's call, the service's
    request under it, the person's approval, and — once approved — the stage run it caused."""
    events: list[object] = []

    def script(messages: list[ModelMessage]) -> ModelResponse:
        if last_prompt(messages) == "go":
            return call("animate", len(messages), shot_id="S01")
        return say("ok")

    store = open_store()
    try:
        with planner_agent().override(model=Scripted(script).model()):
            conversation = open_conversation(store, session_id=SESSION, env={})
            await conversation.send("go", on_event=events.append)
            await conversation.decide("approve", on_event=events.append)
        finished = [e for e in events if isinstance(e, ToolCallFinished) and e.tool == "animate"]
        assert finished and finished[-1].log_ids
        log = call_log(store, SESSION, finished[-1].log_ids)
        lines = [entry.line() for entry in log]
        asked, made = log[0], log[-1]
        # The model's call waited for the person's approval, and says who gave it.
        assert asked.depth == 0 and asked.call.tool == "animate" and asked.call.actor == "model"
        assert asked.call.status == "awaiting_approval"
        assert asked.approval is not None and asked.approval.answered_by == "person", lines
        assert any(e.call.tool == "request_redo" and e.depth == 1 for e in log), lines
        # The approved call runs again: the person's answer is its child, the work under that.
        answered = [e for e in log if e.call.actor == "person"]
        assert answered and answered[0].call.tool == "redo" and answered[0].depth == 1, lines
        # The stage run the approval caused sits under it: the attempts that made the new take.
        runs = [(e.call.shot_id, e.call.tool) for e in log if e.depth == 2]
        assert runs == [("S01", "animate"), ("S01", "upscale"), ("S02", "animate")], lines
        assert all(e.call.result["attempts"] for e in log if e.depth == 2)
        assert made.call.status == "accepted"
    finally:
        store.close()


def test_yes_answers_only_what_its_command_asked_for(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A redo left waiting is not approved by the --yes of another command's redo."""
    assert run_cli(["resume", SESSION, "--shot", "S01", "--redo", "keyframe"]) == 3
    before = current(home)
    capsys.readouterr()
    # S03's redo is made; S01's waits still, so the command says something waits (exit 3),
    # after saying what it made (newcomer 6 read the old card alone as "nothing ran").
    assert run_cli(["resume", SESSION, "--shot", "S03", "--redo", "animate", "--yes"]) == 3
    out = capsys.readouterr().out
    made, _, waiting = out.partition("Still waiting for your approval, from an earlier request:")
    assert "S03" in made and waiting and "S01" in waiting
    after = current(home)
    assert after[("S03", "clip")] != before[("S03", "clip")]
    assert after[("S01", "keyframe")] == before[("S01", "keyframe")]
    store = open_store(home)
    try:
        waiting = store.approvals(SESSION, status="pending")
        assert [(a.verb, a.args.get("shot_id")) for a in waiting] == [("redo", "S01")]
    finally:
        store.close()
