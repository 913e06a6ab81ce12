"""What a person walking the screens in tmux found (stop 32), through the real app: the chat's own
question answered with the keys, a proposal's rows not read as applied, a reopened chat that shows
each call once. The real agent with the offline model, the real store and the animatic engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Button, Collapsible, DataTable, Static

from agent.offline import NEW_BRIEF_QUESTION
from sessions.views import live_status
from tests.catalogs import simulated_catalog
from tests.tui.conftest import Produced, chat_app, settle, wait_until
from tui.app import ShotcallerApp
from tui.screens.session import SessionScreen
from tui.widgets.approval import ApprovalBar
from tui.widgets.budget import BudgetMeter

NEW_BRIEF = "A 10-second vertical reel: a dog runs along a beach at dawn, then shakes off water."


def screen_of(app: ShotcallerApp) -> SessionScreen:
    assert isinstance(app.screen, SessionScreen)
    return app.screen


async def say(pilot: Pilot[Any], screen: SessionScreen, text: str) -> None:
    screen.prompt.value = text
    await pilot.press("enter")
    await settle(pilot)


def bar(screen: SessionScreen) -> tuple[bool, str, str, str, bool]:
    """Whether the bar shows, its words, its two answers (without the key hints a narrow bar
    drops) and whether it offers a revision."""
    shown = screen.query_one(ApprovalBar)
    return (
        shown.has_class("-pending"),
        str(screen.query_one("#what", Static).render()),
        str(screen.query_one("#approve", Button).label).removesuffix(" ^y"),
        str(screen.query_one("#reject", Button).label).removesuffix(" ^n"),
        bool(screen.query_one("#revise", Button).display),
    )


def footer(screen: SessionScreen) -> list[str]:
    """The footer's shown keys and what it says they do, in order."""
    return [
        f"{key.replace('ctrl+', '^')} {active.binding.description}"
        for key, active in screen.active_bindings.items()
        if active.binding.show and active.enabled
    ]


async def test_the_new_brief_question_is_answered_with_ctrl_y(produced: Produced) -> None:
    """Walked: a new brief over a produced plan asks "Plan this new brief instead?" in words
    only; ctrl+y and ctrl+n did nothing there. Now the bar asks it, and its keys answer it."""
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        await say(pilot, screen, NEW_BRIEF)
        assert screen.question == "Plan this new brief instead?"
        assert bar(screen) == (True, "Plan this new brief instead?", "Yes", "No", False)
        assert footer(screen)[:2] == ["^y Yes", "^n No"]  # (it read "^y Approve ^n Reject")
        assert NEW_BRIEF_QUESTION.split("?")[0] in "\n".join(
            str(w.render()) for w in screen.chat.query("Static")
        )
        await pilot.press("ctrl+y")
        await settle(pilot)
        # The new brief is planned and waits on its own card, with the card's keys back.
        assert screen.question is None
        assert screen.pending is not None and screen.pending.kind == "plan"
        assert bar(screen)[2:] == ("Approve", "Reject", True)
        assert footer(screen)[:3] == ["^y Approve", "^r Revise", "^n Reject"]
        await pilot.pause()
        for button in screen.query_one(ApprovalBar).query(Button):  # (it read "Approv")
            assert button.content_size.width >= len(str(button.label)), button.label
        assert screen.plan is not None and screen.plan.aspect_ratio == "9:16"
        assert "dog" in screen.plan.shots[0].description.lower()


async def test_the_bar_s_no_button_answers_the_question(produced: Produced) -> None:
    """The buttons answer what the bar asks, as its keys do: "No" keeps the plan."""
    app = chat_app(produced.session_id)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        await say(pilot, screen, NEW_BRIEF)
        assert bar(screen)[2:4] == ("Yes", "No")
        await pilot.click("#reject")
        await settle(pilot)
        assert screen.question is None and screen.pending is None
        assert "Keeping the current plan." in "\n".join(
            str(w.render()) for w in screen.chat.query("Static")
        )


async def test_ctrl_n_keeps_the_plan_and_its_takes(produced: Produced) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        before = produced.store.plan(produced.session_id)
        await say(pilot, screen, NEW_BRIEF)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.question is None and screen.pending is None
        assert not screen.query_one(ApprovalBar).has_class("-pending")
        assert "Keeping the current plan." in "\n".join(
            str(w.render()) for w in screen.chat.query("Static")
        )
    after = produced.store.plan(produced.session_id)
    assert before is not None and after is not None and after.version == before.version
    assert produced.store.artifacts(produced.session_id, current_only=True)


async def test_the_question_is_still_asked_after_reopening(produced: Produced) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await say(pilot, screen_of(app), NEW_BRIEF)
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        await wait_until(pilot, lambda: screen.question is not None)
        assert bar(screen)[:2] == (True, "Plan this new brief instead?")
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert screen.pending is not None and screen.pending.kind == "plan"
        assert screen.plan is not None and screen.plan.aspect_ratio == "9:16"


async def test_a_proposal_over_made_takes_is_not_shown_as_applied(produced: Produced) -> None:
    """Walked: after "make it shorter" on a produced plan the table read "stale" on every row
    before anything was approved. The rows show the proposal's lengths, and that approving it
    remakes them; rejecting it leaves the shots done."""
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        await say(pilot, screen, "make it shorter")
        assert screen.pending is not None and screen.pending.kind == "plan"
        table = screen.query_one("#plan", DataTable)
        statuses = {str(table.get_cell(s, "status")) for s in ("S01", "S02")}
        assert statuses == {"to remake"}
        await pilot.press("ctrl+n")
        await settle(pilot)
        statuses = {str(table.get_cell(s, "status")) for s in ("S01", "S02")}
        assert statuses == {"done"}


async def test_a_reopened_chat_shows_each_answered_call_once(produced: Produced) -> None:
    """Walked: a reopened session listed one approval as three lines (the model's call, the
    service's propose_plan under it, approve_plan) and a production as two. It now shows the
    lines the live chat showed, each with its log, and each take made."""
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        await say(pilot, screen, "make shot 2 a close-up")
        await pilot.press("ctrl+y")  # the plan
        await settle(pilot)
        await wait_until(pilot, lambda: getattr(screen.pending, "kind", "") == "production")
        await pilot.press("ctrl+y")  # what it changes
        await settle(pilot)
        live = [str(c.title) for c in screen.query(Collapsible)]
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reopened = [str(c.title) for c in screen_of(app).query(Collapsible)]
        details = [str(s.render()) for s in screen_of(app).query(".result")]
    answered = [t for t in live if t.startswith(("✓ revise_plan", "✓ produce"))]
    assert answered, live
    for line in answered:  # (a reopened line may be cut shorter than the live one)
        assert sum(t.split("  ")[0:1] == line.split("  ")[0:1] for t in reopened) == sum(
            t.split("  ")[0:1] == line.split("  ")[0:1] for t in live
        ), (live, reopened)
    assert not [t for t in reopened if t.startswith("✓ approve_plan")], (live, reopened)
    assert any("In the session log:" in d and "approve_plan" in d for d in details), details
    # the takes the session made are each a line of their own
    assert "✓ generate_keyframe  S02 keyframe t2 · animatic" in reopened, reopened


async def test_a_card_asked_after_the_question_is_what_ctrl_y_answers(produced: Produced) -> None:
    """Review: with the question on the bar, a redo asked from the shot detail put its card on
    the bar, but ctrl+y still said "yes" to the question: the new brief replaced the plan and
    the redo was set aside."""
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        await say(pilot, screen, NEW_BRIEF)
        assert screen.question is not None
        screen.request(
            lambda service, sid: service.request_redo(
                sid, "S01", "generate_keyframe", actor="person"
            ),
            "S01 keyframe",
        )
        await settle(pilot)
        assert screen.question is None and bar(screen)[2:] == ("Approve", "Reject", True)
        await pilot.press("ctrl+y")
        await settle(pilot)
        plan = produced.store.plan(produced.session_id)
        assert plan is not None and plan.aspect_ratio == "16:9"  # the lighthouse, not the dog
        take = produced.store.current_take(produced.session_id, "S01", "keyframe")
        assert take is not None and take.path.endswith("-t2.png"), take


async def test_quitting_mid_redo_reopens_as_stopped(produced: Produced, tmp_path: Path) -> None:
    """Walked: ctrl+q while a redo was being made, then reopened: the header said "planning"
    (with "Stopped with 0 of 2 shots done" beside it), `show` said "planning", and the chat had
    an empty "✗ generate_keyframe" line (the model's call, logged as "CancelledError: ")."""
    slow = simulated_catalog(tmp_path / "slow.toml", clip_latency_s=20.0)
    app = chat_app(produced.session_id, catalog_path=slow)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        await say(pilot, screen, "redo shot 1")
        assert screen.pending is not None and screen.pending.kind == "production"
        screen.prompt.value = "approve"
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen._making, timeout=60)
    # (the app closed with the redo's clip still being made)
    store, sid = produced.store, produced.session_id
    assert not [c for c in store.tool_calls(sid) if "CancelledError" in (c["result_json"] or "")]
    app = chat_app(sid, catalog_path=slow)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = screen_of(app)
        assert "stopped mid-production" in str(screen.query_one(BudgetMeter).render())
        titles = [str(c.title) for c in screen.query(Collapsible)]
        assert not [t for t in titles if t.rstrip().endswith(("✗ generate_keyframe", "✗ redo"))]
        assert screen.query_one("#stopped").has_class("-shown")
    assert live_status(store, sid, store.session(sid).status) == "stopped"
