from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import ShotPlan
from sessions.store import SessionStore, open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example_text(name: str) -> str:
    return (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def example_plan(name: str) -> ShotPlan:
    return plan_from_brief(parse_brief(example_text(name)))


@pytest.fixture(params=sorted(p.stem for p in EXAMPLES.glob("*.txt")))
def example(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(data_home: Path) -> Iterator[SessionStore]:
    """The session store of this test's own data home (SQLite in a temp dir)."""
    opened = open_store()
    yield opened
    opened.close()


def planned_by_the_cli(text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    """`shotcaller run BRIEF --json`, as a person runs it on a brief in a file: it plans and waits
    for the person's approval (exit 3); the JSON summary it prints."""
    from tui.cli import main

    brief = tmp_path / "brief.txt"
    brief.write_text(text)
    with pytest.raises(SystemExit) as exited:
        main(["run", str(brief), "--json"])
    assert exited.value.code == 3  # planned, waiting for the person's approval
    return json.loads(capsys.readouterr().out)


async def planned_in_the_chat(text: str) -> ShotPlan:
    """The brief sent as the first message of a new chat (offline, no keys): the plan it made."""
    from agent.conversation import open_conversation

    store = open_store()
    conversation = open_conversation(store, env={})
    await conversation.send(text, lambda _event: None)
    assert conversation.session_id is not None
    plan = store.plan(conversation.session_id)
    assert plan is not None
    return plan
