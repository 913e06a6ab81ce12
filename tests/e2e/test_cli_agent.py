"""The headless CLI drives the planner agent: awaiting approval, resuming with --yes, models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic_ai.messages import ModelMessage, ModelResponse

from agent.agent import planner_agent
from sessions.store import open_store
from tests.agent.scripting import Scripted, call, last_prompt, last_returns, say
from tui.cli import main


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(args)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


def test_awaiting_approval_then_resume_yes_produces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text("A 2-second ad for Crumb bakery in two shots. Dawn over the town. A loaf.")
    code, out, _ = run_cli(["run", str(brief), "--json"], capsys)
    assert code == 3
    session_id = json.loads(out)["session_id"]
    store = open_store()
    roles = [m["role"] for m in store.messages(session_id)]
    assert roles == ["user", "assistant", "approval"]

    code, out, _ = run_cli(["resume", session_id, "--json"], capsys)
    assert code == 3 and json.loads(out)["status"] == "awaiting_approval"

    code, out, _ = run_cli(["resume", session_id[:5], "--yes", "--json"], capsys)
    summary = json.loads(out)
    assert code == 0 and summary["status"] == "completed"
    assert all(set(s["takes"]) >= {"generate_keyframe", "animate"} for s in summary["shots"])
    tools = [row["tool"] for row in store.tool_calls(session_id)]
    assert tools.count("animate") == 2
    # The whole conversation is kept: the plan's approval, then the production's.
    roles = [m["role"] for m in store.messages(session_id)]
    assert roles == [
        "user",
        "assistant",
        "approval",
        "decision",
        "assistant",
        "decision",
        "assistant",
    ]
    assert store.messages(session_id)[-2]["text"] == "approve (--yes)"


def test_model_from_the_environment_is_checked_before_anything_is_written(
    tmp_path: Path,
    data_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text("A 2-second shot of a cat.")
    monkeypatch.setenv("SHOTCALLER_MODEL", "anthropic:claude-sonnet-4-5")
    code, out, err = run_cli(["run", str(brief), "--yes"], capsys)
    assert code == 2 and out == "" and "ANTHROPIC_API_KEY" in err and err.count("\n") == 1
    assert not data_home.exists()


def test_with_yes_an_llm_that_stops_to_ask_is_told_to_produce(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shots = [{"description": "A cat on a porch", "duration_s": 1, "framing": "wide",
              "camera": "static"}]  # fmt: skip

    def asks_first(messages: list[ModelMessage]) -> ModelResponse:
        prompt = last_prompt(messages)
        if prompt is not None and "produce" in prompt:
            return call("produce", len(messages))
        if prompt is not None:
            return call("propose_plan", len(messages), shots=shots)
        ret = last_returns(messages)[-1]
        if ret.tool_name == "propose_plan":
            return say("The plan is approved. Shall I produce it?")
        return say("Produced.")

    brief = tmp_path / "brief.txt"
    brief.write_text("A 1-second shot of a cat on a porch.")
    with planner_agent().override(model=Scripted(asks_first).model()):
        code, out, _ = run_cli(["run", str(brief), "--yes", "--json"], capsys)
    assert code == 0 and json.loads(out)["status"] == "completed"
