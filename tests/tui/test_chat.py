"""The conversation through the screen: the real agent with the offline model, the real store."""

from __future__ import annotations

from textual.widgets import Collapsible, DataTable

from sessions.store import SessionStore
from tests.tui.conftest import PORCH_CAT, TWO_SHOTS, chat_app
from tui.screens.session import SessionScreen
from tui.widgets.approval import ApprovalBar
from tui.widgets.chat import ChatLog


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


async def test_brief_to_proposal_to_approval_to_finished_production(store: SessionStore) -> None:
    app = chat_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")  # the picker: a new session
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one("#prompt").value = PORCH_CAT  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # The proposal: the plan in the table, the agent's reply, approve/revise/reject in view.
        assert screen.session_id is not None
        assert screen.query_one(ApprovalBar).has_class("-pending")
        assert screen.pending is not None and screen.pending.kind == "plan"
        table = screen.query_one("#plan", DataTable)
        assert table.row_count == 1 and str(table.get_cell("S01", "status")) == "pending"
        assert [c.title for c in screen.query(Collapsible)] == ["⚙ propose_plan …"]

        await pilot.press("ctrl+y")  # the plan
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.pending is not None and screen.pending.kind == "production"
        titles = [c.title for c in screen.query(Collapsible)]
        assert titles[0].startswith("✓ propose_plan")  # the approved call ran, once, in place
        assert "Produce?" in str(screen.query_one("#what").render())

        await pilot.press("ctrl+y")  # the production
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.pending is None
        assert not screen.query_one(ApprovalBar).has_class("-pending")
        assert str(table.get_cell("S01", "status")) == "done"
        assert table.get_cell("S01", "clip") == "animatic"
        assert "completed" in chat_text(screen).lower()
    assert store.session(screen.session_id).status == "completed"


async def test_revising_a_proposal_goes_through_the_agent(store: SessionStore) -> None:
    app = chat_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one("#prompt").value = TWO_SHOTS  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+r")
        screen.query_one("#prompt").value = "make shot 2 a wide shot"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = screen.query_one("#plan", DataTable)
        assert table.get_cell("S02", "framing") == "wide"
        assert screen.pending is not None and screen.pending.kind == "plan"
        assert screen.query_one(ApprovalBar).has_class("-pending")
    assert screen.session_id is not None
    plan = store.plan(screen.session_id)
    assert plan is not None and plan.version == 2 and plan.shots[1].framing == "wide"


async def test_a_brief_the_agent_cannot_read_is_answered_with_what_to_do(
    store: SessionStore,
) -> None:
    app = chat_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one("#prompt").value = "a 3 hours documentary about tides"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = [str(w.render()) for w in screen.query(".error")]
        assert errors and "→" in errors[0]  # the message, then what the person can do
        assert screen.query_one("#prompt").has_focus
