"""What the main screens look like, at a roomy 140×45 and a laptop-split 80×24.

Every session here has a fixed id and date and is produced by the deterministic animatic engine;
paths are shown relative to the session folder; there is no clock in the header.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from sessions.store import SessionStore
from tests.tui.conftest import TWO_SHOTS, Produced, chat_app, seed_session, settle

SIZES = [
    pytest.param((140, 45), id="140x45"),
    pytest.param((120, 40), id="120x40"),
    pytest.param((80, 24), id="80x24"),
]
Snap = Callable[..., bool]
Before = Callable[[Pilot[Any]], Awaitable[None]]


def steady(before: Before | None = None) -> Before:
    """Run `before`, then stop every cursor blinking (shown steady where it has focus).

    The picture is taken a moment after `before` ends; a cursor blinks every half second, and on a
    loaded machine that moment fell in the dark half (three snapshots failed so in a full run)."""

    async def run(pilot: Pilot[Any]) -> None:
        if before is not None:
            await before(pilot)
        for cursor in pilot.app.screen.query("Input, TextArea"):
            cursor.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()

    return run


def fix_dates(store: SessionStore) -> None:
    for i, row in enumerate(store.db.query("select id from sessions order by id")):
        stamp = f"2026-11-2{i}T09:3{i}:00.000000+00:00"
        store.db.execute(
            "update sessions set created = ?, updated = ? where id = ?", [stamp, stamp, row["id"]]
        )
    store.db.conn.commit()


@pytest.mark.parametrize("size", SIZES)
def test_session_picker(snap_compare: Snap, store: SessionStore, size: tuple[int, int]) -> None:
    seed_session(store, session_id="0a1b2c3d")
    seed_session(store, TWO_SHOTS, approved=True, session_id="4e5f6a7b")
    fix_dates(store)
    assert snap_compare(chat_app(), terminal_size=size, run_before=steady())


@pytest.mark.parametrize("size", SIZES)
def test_plan_awaiting_approval(
    snap_compare: Snap, store: SessionStore, size: tuple[int, int]
) -> None:
    sid = seed_session(store, TWO_SHOTS, session_id="4e5f6a7b")
    fix_dates(store)
    assert snap_compare(chat_app(sid), terminal_size=size, run_before=steady(settle))


@pytest.fixture
def dated(produced: Produced) -> str:
    fix_dates(produced.store)
    return produced.session_id


@pytest.mark.parametrize("size", SIZES)
def test_produced_session(snap_compare: Snap, dated: str, size: tuple[int, int]) -> None:
    assert snap_compare(chat_app(dated), terminal_size=size, run_before=steady(settle))


@pytest.mark.parametrize("size", SIZES)
def test_shot_detail(snap_compare: Snap, dated: str, size: tuple[int, int]) -> None:
    async def open_detail(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("f2", "enter")
        await pilot.pause()

    assert snap_compare(chat_app(dated), terminal_size=size, run_before=steady(open_detail))


@pytest.mark.parametrize("size", SIZES)
def test_storyboard(snap_compare: Snap, dated: str, size: tuple[int, int]) -> None:
    async def open_storyboard(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)  # every keyframe decoded and drawn

    # Half-blocks: the same picture on every machine (Kitty and Sixel need a real terminal).
    app = chat_app(dated, pictures="halfcell")
    assert snap_compare(app, terminal_size=size, run_before=steady(open_storyboard))


@pytest.mark.parametrize("size", SIZES)
def test_first_contact(snap_compare: Snap, size: tuple[int, int]) -> None:
    # No sessions yet: a new session, the cursor in its input.
    assert snap_compare(chat_app(), terminal_size=size, run_before=steady(settle))
