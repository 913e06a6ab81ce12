"""The session screen driven as a person would: keys and clicks on the real store and engine."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from sessions.store import SessionStore
from tests.tui.conftest import TWO_SHOTS, chat_app, seed_session
from tui.screens.session import SessionScreen
from tui.widgets.approval import ApprovalBar
from tui.widgets.chat import ChatLog


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


async def test_reopened_plan_is_approved_with_a_key_and_produced(store: SessionStore) -> None:
    sid = seed_session(store)
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.query_one(ApprovalBar).has_class("-pending")
        await pilot.press("ctrl+y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "every shot is done" in chat_text(screen)
        table = screen.query_one("#plan", DataTable)
        assert str(table.get_cell("S01", "status")) == "done"
        assert table.get_cell("S01", "keyframe") == "animatic"
    assert store.session(sid).status == "completed"
