"""The conversation through the screen: the real agent with the offline model, the real store."""

from __future__ import annotations

from textual.widgets import Collapsible, DataTable

from sessions.store import SessionStore
from tests.tui.conftest import PORCH_CAT, TWO_SHOTS, chat_app, wait_until
from tui.screens.session import SessionScreen
from tui.widgets.approval import ApprovalBar
from tui.widgets.chat import ChatLog


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


async def test_brief_to_proposal_to_approval_to_finished_production(store: SessionStore) -> None:
    app = chat_app()
    async with app.run_test(size=(120, 40)) as pilot:
        # No saved sessions: straight into a new one, the cursor in the input.
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.prompt.value = PORCH_CAT
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.busy is None and screen.pending is not None)
        # The proposal: the plan in the table and on its card, approve/revise/reject in view.
        assert screen.session_id is not None
        assert screen.query_one(ApprovalBar).has_class("-pending")
        assert screen.pending is not None and screen.pending.kind == "plan"
        table = screen.query_one("#plan", DataTable)
        assert table.row_count == 1 and str(table.get_cell("S01", "status")) == "pending"
        # The model's call that waits is the card: no "⚙ propose_plan …" line above it. (Its
        # removal lands a frame after the card; on a loaded machine the check above can run
        # in between, so the screen is given until the line is gone.)
        await wait_until(pilot, lambda: not screen.query(Collapsible))
        assert [c.title for c in screen.query(Collapsible)] == []

        await pilot.press("ctrl+y")  # the plan
        await wait_until(
            pilot,
            lambda: screen.busy is None and getattr(screen.pending, "kind", "") == "production",
        )
        titles = [c.title for c in screen.query(Collapsible)]
        assert titles[0].startswith("✓ propose_plan")  # the approved call ran, once
        assert "Produce S01? free" in str(screen.query_one("#what").render())

        await pilot.press("ctrl+y")  # the production
        await wait_until(pilot, lambda: screen.busy is None and screen.pending is None)
        assert not screen.query_one(ApprovalBar).has_class("-pending")
        assert str(table.get_cell("S01", "status")) == "done"
        # At 120 columns the plan pane shows the columns that fit whole; the clip's engine is
        # in the row (and on the shot's detail).
        assert screen.table.summaries["S01"].takes["animate"].engine == "animatic"
        assert "clip" not in screen.table.shown or table.get_cell("S01", "clip") == "animatic"
        assert "completed" in chat_text(screen).lower()
    assert store.session(screen.session_id).status == "completed"


async def test_revising_a_proposal_goes_through_the_agent(store: SessionStore) -> None:
    app = chat_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.prompt.value = TWO_SHOTS
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.busy is None and screen.pending is not None)
        await pilot.press("ctrl+r")
        screen.prompt.value = "make shot 2 a wide shot"
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: screen.busy is None and screen.plan is not None and screen.plan.version == 2,
        )
        table = screen.query_one("#plan", DataTable)
        assert str(table.get_cell("S02", "shot")).startswith("wide")
        assert screen.pending is not None and screen.pending.kind == "plan"
        assert screen.query_one(ApprovalBar).has_class("-pending")
        # The first proposal's call was answered for the model ("the person has not answered
        # …"): for the person it waits on its card through the revision, not a failure.
        titles = [str(c.title) for c in screen.query(Collapsible)]
        assert titles[0] == "↷ propose_plan  waits for your answer on its card"
        assert not [t for t in titles if t.startswith("✗")], titles
        assert not screen.query(".failed")
        assert "has not answered" not in chat_text(screen)
        # The revision's line is what was stored, not the model's next step ("Call propose_plan").
        assert titles[1].startswith("✓ revise_plan  Stored plan v2 (not approved yet)")
        assert "propose_plan" not in titles[1].partition("  ")[2]
    # Reopened, the calls that waited on a card are that card (a note), not failed lines.
    app = chat_app(screen.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, SessionScreen))
        reopened = app.screen
        assert isinstance(reopened, SessionScreen)
        await pilot.pause()
        titles = [str(c.title) for c in reopened.query(Collapsible)]
        assert not [t for t in titles if t.startswith("✗")], titles
    assert screen.session_id is not None
    plan = store.plan(screen.session_id)
    assert plan is not None and plan.version == 2 and plan.shots[1].framing == "wide"


async def test_the_revise_hint_s_own_example_is_carried_out(store: SessionStore) -> None:
    # stop 45's walk: ctrl+r showed "e.g. 'shot 2 closer'", and typing it was not understood
    app = chat_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.prompt.value = TWO_SHOTS
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.busy is None and screen.pending is not None)
        assert screen.plan is not None
        before = screen.plan.shots[1].framing
        await pilot.press("ctrl+r")
        assert "shot 2 closer" in str(screen.prompt.placeholder)
        screen.prompt.value = "shot 2 closer"
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: screen.busy is None and screen.plan is not None and screen.plan.version == 2,
        )
        assert screen.plan.shots[1].framing != before
        assert "could not read" not in chat_text(screen)


async def test_a_brief_the_agent_cannot_read_is_answered_with_what_to_do(
    store: SessionStore,
) -> None:
    app = chat_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.prompt.value = "a 3 hours documentary about tides"
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.busy is None and bool(screen.query(".error")))
        errors = [str(w.render()) for w in screen.query(".error")]
        assert errors and "→" in errors[0]  # the message, then what the person can do
        assert screen.query_one("#prompt").has_focus
