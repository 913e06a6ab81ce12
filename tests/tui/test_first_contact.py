"""The first minutes of a newcomer: nothing typed is lost, a pasted brief is kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import DataTable

from sessions.store import SessionStore
from tests.tui.conftest import TWO_SHOTS, chat_app, seed_session, settle, type_text, wait_until
from tui.screens.picker import SessionPicker
from tui.screens.session import SessionScreen
from tui.widgets.prompt import PromptInput

SIZES = [pytest.param((140, 45), id="140x45"), pytest.param((80, 24), id="80x24")]
DRONE = "drone shot over a fjord at dawn, 10 seconds"


@pytest.mark.parametrize("size", SIZES)
async def test_no_sessions_opens_a_new_one_and_a_typed_brief_becomes_a_plan(
    store: SessionStore, size: tuple[int, int]
) -> None:
    app = chat_app()
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)  # no picker with nothing to pick
        assert screen.prompt.has_focus
        await type_text(pilot, DRONE)
        assert screen.prompt.text == DRONE  # the "n" of "drone" started nothing
        await pilot.press("enter")
        await settle(pilot)
        assert screen.session_id is not None
        assert screen.pending is not None and screen.pending.kind == "plan"
        assert screen.query_one("#plan", DataTable).row_count >= 1
        assert screen.prompt.text == ""
        assert screen.prompt.has_focus
    info = store.session(screen.session_id)
    assert info.brief == DRONE


async def test_typing_in_the_picker_starts_a_new_session_with_the_words(
    store: SessionStore,
) -> None:
    seed_session(store, TWO_SHOTS)
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        picker = app.screen
        assert isinstance(picker, SessionPicker)
        assert picker.query_one(DataTable).has_focus  # Enter would resume the newest session
        await type_text(pilot, DRONE)
        brief = picker.query_one("#brief", PromptInput)
        assert brief.text == DRONE and brief.has_focus
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.session_id is not None and screen.pending is not None
    assert store.session(screen.session_id).brief == DRONE


async def test_a_pasted_multi_line_brief_is_kept_whole(store: SessionStore, examples: Path) -> None:
    text = (examples / "fjord-climber.txt").read_text()
    assert text.count("\n") >= 3
    app = chat_app()
    async with app.run_test(size=(140, 45)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        app.post_message(events.Paste(text))  # a terminal's bracketed paste
        await wait_until(pilot, lambda: bool(screen.prompt.text))
        assert screen.prompt.text == text  # every line, newlines kept, nothing sent yet
        assert screen.session_id is None
        await pilot.press("enter")
        await settle(pilot)
    assert screen.session_id is not None
    assert store.session(screen.session_id).brief == text.strip()
    plan = store.plan(screen.session_id)
    # "Vertical, for Instagram Reels." is on the last line: a cut paste made it 16:9.
    assert plan is not None and plan.aspect_ratio == "9:16"


async def test_enter_sends_and_ctrl_j_starts_a_new_line(store: SessionStore) -> None:
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await type_text(pilot, "one")
        await pilot.press("ctrl+j")
        await type_text(pilot, "two")
        assert screen.prompt.text == "one\ntwo"
        assert screen.session_id is None  # nothing sent
        await pilot.press("shift+enter")  # where the terminal reports it
        assert screen.prompt.text == "one\ntwo\n"
