"""Seeing the work: the storyboard, a clip played in the terminal, a take in the desktop's player."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual_image.widget import HalfcellImage

from tests.tui.conftest import Produced, chat_app, settle, wait_until
from tui.opener import open_in_player
from tui.screens.detail import ShotDetailScreen
from tui.screens.preview import PREVIEW_FPS, ClipPreviewScreen
from tui.screens.session import SessionScreen
from tui.screens.storyboard import ShotCard, StoryboardScreen

SIZES = [pytest.param((140, 45), id="140x45"), pytest.param((80, 24), id="80x24")]


@pytest.mark.parametrize("size", SIZES)
async def test_the_storyboard_shows_every_shot_and_opens_one(
    produced: Produced, size: tuple[int, int]
) -> None:
    app = chat_app(produced.session_id, pictures="halfcell")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        session = app.screen
        assert isinstance(session, SessionScreen)
        await pilot.press("f3")
        board = app.screen
        assert isinstance(board, StoryboardScreen)
        await settle(pilot)
        cards = board.query(ShotCard)
        assert [c.shot.id for c in cards] == ["S01", "S02"]
        # Every keyframe is a picture (half-blocks here), with what a producer checks beside it.
        assert all(c.query(HalfcellImage) for c in cards)
        words = str(cards[1].query_one(".status").render())
        assert "done" in words and "$0.00" in words
        assert "clip animatic" in str(cards[1].query_one(".engines").render())
        assert cards[0].has_focus
        await pilot.press("right")
        assert cards[1].has_focus
        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, ShotDetailScreen) and detail.shot_id == "S02"
        await pilot.press("escape")
        assert app.screen is board
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is session and session.prompt.has_focus)


async def test_a_redo_asked_from_the_storyboard_is_priced_on_the_session(
    produced: Produced,
) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        session = app.screen
        assert isinstance(session, SessionScreen)
        await pilot.press("f3", "enter", "a")  # S01's detail: redo the clip
        await wait_until(pilot, lambda: session.pending is not None)
        assert app.screen is session
        assert session.pending is not None
        assert session.pending.summary.startswith("Redo S01 clip")


async def test_a_clip_plays_pauses_and_scrubs(produced: Produced) -> None:
    app = chat_app(produced.session_id, pictures="halfcell")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f3", "p")
        preview = app.screen
        assert isinstance(preview, ClipPreviewScreen)
        await wait_until(pilot, lambda: preview.loaded)
        clip_s = preview.duration_s
        assert clip_s > 0
        # A few frames a second, decoded from the clip, shown as a picture.
        assert abs(len(preview.frames) - clip_s * PREVIEW_FPS) <= 1
        assert preview.query(HalfcellImage)
        await wait_until(pilot, lambda: preview.index >= 2)  # it plays by itself
        await pilot.press("space")
        assert not preview.playing
        at = preview.index
        await pilot.pause(0.6)
        assert preview.index == at  # paused
        await pilot.press("right")
        assert preview.index == at + 1
        await pilot.press("left", "left")
        assert preview.index == at - 1
        await pilot.press("home")
        assert preview.index == 0
        await pilot.press("end")
        assert preview.index == len(preview.frames) - 1
        await pilot.press("space")  # at the end: plays again from the start
        assert preview.playing and preview.index < 3  # (it has been playing since)
        where = str(preview.query_one("#where").render())
        assert f"/ {clip_s:.2f} s" in where


async def test_the_episode_plays_from_the_storyboard(produced: Produced) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("f3", "e")
        preview = app.screen
        assert isinstance(preview, ClipPreviewScreen)
        assert preview.path.name == "episode.mp4"
        await wait_until(pilot, lambda: preview.loaded)
        assert len(preview.frames) > 1


def fake_player(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A desktop with `xdg-open` that writes down what it was asked to open."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    seen = tmp_path / "opened.txt"
    opener = bin_dir / "xdg-open"
    opener.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{seen}"\n')
    opener.chmod(opener.stat().st_mode | stat.S_IEXEC)
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "DISPLAY": ":0"}, seen


async def test_o_opens_the_clip_in_the_desktops_player(produced: Produced, tmp_path: Path) -> None:
    env, seen = fake_player(tmp_path)
    app = chat_app(produced.session_id, env=env)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("f3", "p")
        preview = app.screen
        assert isinstance(preview, ClipPreviewScreen)
        await pilot.press("o")
        await wait_until(pilot, seen.exists, timeout=10)
    assert Path(seen.read_text()) == preview.path


def test_without_a_desktop_o_says_where_the_file_is(tmp_path: Path) -> None:
    clip = tmp_path / "animate-t1.mp4"
    clip.write_bytes(b"x")
    opened = open_in_player(clip, {"PATH": os.environ["PATH"]})  # no DISPLAY: SSH, CI
    assert not opened.ok
    assert opened.message == f"No desktop player here (no display). The file is at {clip}"
