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

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import ToolName
from sessions.store import SessionStore, open_store
from tests.support import produce as produce_session
from tui.app import ShotcallerApp, make_app
from tui.settings import ChatSettings, PictureMode

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


def chat_app(
    session_id: str | None = None,
    catalog_path: Path | None = None,
    *,
    pictures: PictureMode = "none",
    env: dict[str, str] | None = None,
) -> ShotcallerApp:
    # Words instead of pictures unless a test looks at them: the tests have no terminal to ask
    # (half-blocks, asked for, draw the same everywhere).
    return make_app(session_id, ChatSettings(pictures=pictures, catalog_path=catalog_path, env=env))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # textual-image draws half-blocks with a Pillow call that Pillow 13 deprecates (theirs to
    # change); the suite turns warnings into errors.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(
                pytest.mark.filterwarnings(
                    "ignore:Image.Image.getdata is deprecated:DeprecationWarning"
                )
            )


async def wait_until(pilot: Pilot[Any], done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Let the app run until `done()` holds (a worker finished, a card showed): bounded, never a
    fixed pause that a loaded machine outruns."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not done():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("the screen did not get there in time")
        await pilot.pause(0.02)


def palette_found(app: ShotcallerApp) -> bool:
    """The command palette has searched what was typed and highlights a command for Enter."""
    from textual.command import CommandList, CommandPalette

    palette = app.screen
    if not isinstance(palette, CommandPalette):
        return False
    found = palette.query_one(CommandList)
    return found.option_count > 0 and found.highlighted is not None


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Key presses, one per character, as a person types (spaces included)."""
    await pilot.press(*[("space" if c == " " else c) for c in text])


async def produce(
    store: SessionStore,
    session_id: str,
    stages: tuple[ToolName, ...] = ("generate_keyframe", "animate"),
) -> None:
    """Produce a seeded session with the offline animatic engine, as the chat would."""
    await produce_session(store, session_id, stages=stages)


async def settle(pilot: Pilot[Any]) -> None:
    """Let the screens finish what they started (loading the agent, a turn, a production) and
    handle what it told them: no worker running, no session screen busy."""
    from tui.screens.session import SessionScreen

    def quiet() -> bool:
        running = any(w.is_running for w in pilot.app.workers)
        sessions = [s for s in pilot.app.screen_stack if isinstance(s, SessionScreen)]
        # `ready`: the agent's load was handled (a worker done is not yet its message handled).
        return not running and all(s.ready and not s.busy for s in sessions)

    await wait_until(pilot, quiet, timeout=60.0)
    await pilot.pause()


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
