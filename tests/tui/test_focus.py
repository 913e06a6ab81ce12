"""Focus comes back to the chat: what is typed next is never lost, and Enter never opens a shot
by surprise."""

from __future__ import annotations

import pytest

from tests.tui.conftest import Produced, chat_app, settle, type_text, wait_until
from tui.screens.detail import ShotDetailScreen
from tui.screens.session import SessionScreen

SIZES = [pytest.param((140, 45), id="140x45"), pytest.param((80, 24), id="80x24")]


def session_screen(screen: object) -> SessionScreen:
    assert isinstance(screen, SessionScreen)
    return screen


@pytest.mark.parametrize("size", SIZES)
async def test_after_the_shot_detail_the_input_has_focus(
    produced: Produced, size: tuple[int, int]
) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("f2", "enter")
        assert isinstance(app.screen, ShotDetailScreen)
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen and screen.prompt.has_focus)
        # "what did it cost" went into the plan and Enter opened S02: now it is a message.
        await type_text(pilot, "what did it cost")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "what did it cost" in [
            str(w.render()).removeprefix("you  ") for w in screen.query(".you")
        ]


async def test_keys_typed_over_the_plan_go_to_the_chat(produced: Produced) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("f2")
        assert screen.table.has_focus
        await type_text(pilot, "redo")
        assert screen.prompt.has_focus and screen.prompt.text == "redo"


async def test_tab_goes_between_the_input_and_the_plan(produced: Produced) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        assert screen.prompt.has_focus
        await pilot.press("tab")
        assert screen.table.has_focus
        await pilot.press("tab")
        assert screen.prompt.has_focus
        # From anywhere else (a tool line clicked, the approval buttons), Tab comes home.
        screen.chat.focus()
        await pilot.press("tab")
        assert screen.prompt.has_focus
