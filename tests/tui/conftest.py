"""Sessions for the chat's tests, made through the real store and the real offline planner."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerState

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import ToolName
from sessions.store import SessionStore, open_store
from tests.support import produce as produce_session
from tui.app import ShotcallerApp, make_app
from tui.settings import ChatSettings

PORCH_CAT = (
    "A cat sitting on a porch at golden hour. One 5-second shot, static camera, for a social post."
)
TWO_SHOTS = (
    "A lighthouse keeper climbs the stairs at dusk, then lights the lamp. Two shots, 8 seconds."
)


@pytest.fixture
def store(data_home: Path) -> Iterator[SessionStore]:
    opened = open_store()
    yield opened
    opened.close()


def seed_session(
    store: SessionStore, text: str = PORCH_CAT, *, approved: bool = False, session_id: str = ""
) -> str:
    """A session with a planned (maybe approved) shot list, as `shotcaller run` leaves it."""
    brief = parse_brief(text)
    info = store.create_session(brief, budget_usd=20.0)
    if session_id:  # fixed ids keep snapshots deterministic
        store.db.execute("update sessions set id = ? where id = ?", [session_id, info.id])
        info = store.session(session_id)
    plan = plan_from_brief(brief)
    store.save_plan(info.id, plan.model_copy(update={"approved": approved}))
    store.add_message(info.id, "user", brief.text)
    store.update_session(info.id, status="producing" if approved else "awaiting_approval")
    return info.id


def chat_app(session_id: str | None = None, catalog_path: Path | None = None) -> ShotcallerApp:
    # Words instead of pictures: the tests have no terminal to ask, and snapshots must not vary.
    return make_app(session_id, ChatSettings(images=False, catalog_path=catalog_path))


async def produce(
    store: SessionStore,
    session_id: str,
    stages: tuple[ToolName, ...] = ("generate_keyframe", "animate"),
) -> None:
    """Produce a seeded session with the offline animatic engine, as the chat would."""
    await produce_session(store, session_id, stages=stages)


async def until(pilot: Pilot[Any], condition: Callable[[], bool], *, seconds: float = 20.0) -> None:
    """Wait for what the screen shows, not for a fixed pause: under load a message posted by a
    finished worker can take several frames to arrive."""
    for _ in range(int(seconds / 0.05)):
        await pilot.app.workers.wait_for_complete()
        if condition():
            return
        await pilot.pause(0.05)
    assert condition(), "the screen never got there"


async def settle(pilot: Pilot[Any]) -> None:
    """Let the screen finish what it started on opening (loading the agent, a saved approval).

    A worker's result can start another (the agent loaded, then the saved approval shown), and a
    loaded machine runs them late: wait until no worker runs across two message-queue flushes."""
    quiet = 0
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        busy = any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in pilot.app.workers)
        quiet = 0 if busy else quiet + 1
        if quiet == 2:
            return


# ── one produced session, made once and copied into each test that starts from it ────────────────

PRODUCED_ID = "9c8d7e6f"  # fixed, so snapshots of it do not vary


@dataclass(frozen=True)
class Produced:
    store: SessionStore
    session_id: str


@pytest.fixture(scope="session")
def produced_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lighthouse keeper's two shots, approved and produced by the animatic engine, once per
    run (the first produced session of each test took ~2 s to make)."""
    home = tmp_path_factory.mktemp("produced") / "home"
    made = open_store(home)
    try:
        sid = seed_session(made, TWO_SHOTS, approved=True, session_id=PRODUCED_ID)
        # One shot after the other: the chat lists tool calls in the order they started, and
        # snapshots of it must not depend on which concurrent shot finished first.
        for shot_id in ("S01", "S02"):
            asyncio.run(produce_session(made, sid, [shot_id]))
    finally:
        made.close()  # the last connection checkpoints the WAL: the copy is one file
    return home


@pytest.fixture
def produced(produced_home: Path, data_home: Path) -> Iterator[Produced]:
    """A private copy of the produced session in this test's data home: change it freely."""
    shutil.copytree(produced_home, data_home)
    opened = open_store(data_home)
    move_paths(opened, str(produced_home), str(data_home))
    yield Produced(opened, PRODUCED_ID)
    opened.close()


def move_paths(store: SessionStore, old: str, new: str) -> None:
    """Point every stored path at the copy (takes, attempt outputs, logged tool calls)."""
    for table in store.db.table_names():
        for column in store.db.table(table).columns:
            if column.type.upper() != "TEXT":
                continue
            store.db.execute(
                f"update [{table}] set [{column.name}] = replace([{column.name}], ?, ?) "
                f"where instr([{column.name}], ?) > 0",
                [old, new, old],
            )
    store.db.conn.commit()
