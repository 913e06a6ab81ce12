from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
