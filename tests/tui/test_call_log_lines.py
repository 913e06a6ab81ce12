"""The chat's tool lines open the call's rows of the session log."""

from __future__ import annotations

from sessions.store import SessionStore
from tests.tui.conftest import TWO_SHOTS, chat_app, settle, wait_until
from tui.screens.session import SessionScreen
from tui.widgets.chat import ChatLog


async def test_a_tool_line_shows_who_asked_and_what_it_caused(store: SessionStore) -> None:
    app = chat_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.prompt.value = TWO_SHOTS
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+y")  # the plan: the model's propose_plan call is answered
        await settle(pilot)
        chat = screen.query_one(ChatLog)

        def logged() -> list[str]:
            return [
                str(r.render()) for _, r in chat.calls.values() if "session log" in str(r.render())
            ]

        await wait_until(pilot, lambda: bool(logged()))
        text = "\n".join(logged())
        assert "propose_plan · by model" in text and "approval" in text, text
