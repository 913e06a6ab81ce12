"""Saying "stop" while shots are being made stops the production — as quitting would, with
nothing lost and nothing failed — and continuing makes the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessions.store import SessionStore
from tests.catalogs import simulated_catalog
from tests.tui.conftest import TWO_SHOTS, chat_app, seed_session, settle, type_text, wait_until
from tui.screens.session import SessionScreen
from tui.widgets.chat import ChatLog


# Free simulated engines; the clip engine takes seconds, so there is time to say "stop".
@pytest.fixture
def slow(tmp_path: Path) -> Path:
    return simulated_catalog(tmp_path / "slow.toml", clip_latency_s=20.0)


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


@pytest.mark.parametrize("how", ["typed", "keys"])
async def test_stop_mid_production_then_continue(store: SessionStore, slow: Path, how: str) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid, catalog_path=slow)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        if how == "typed":  # through the conversation: the production runs inside its turn
            await type_text(pilot, "approve")
            await pilot.press("enter")
            await wait_until(
                pilot, lambda: screen.pending is not None and screen.pending.kind == "production"
            )
            await type_text(pilot, "approve")
            await pilot.press("enter")
        else:  # the card's keys: the screen runs the production itself
            await pilot.press("ctrl+y")
            await wait_until(
                pilot, lambda: screen.pending is not None and screen.pending.kind == "production"
            )
            await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: screen._making, timeout=60)
        # Another line meanwhile is held, to be sent when the work is done (nothing typed is
        # lost, and the next line is not glued to it).
        await type_text(pilot, "how long")
        await pilot.press("enter")
        assert screen.prompt.value == "" and screen._held == ["how long"]
        await type_text(pilot, "stop")
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.busy is None, timeout=30)
        assert "Stopped. What was made is kept" in chat_text(screen)
        info = store.session(sid)
        assert info.status == "producing"  # as after a kill: continuing finishes it
        made = [a for a in store.approvals(sid) if a.kind == "production"]
        assert made and made[-1].status == "approved", [a.status for a in made]
        assert not [
            c for c in store.tool_calls(sid) if "CancelledError" in (c["result_json"] or "")
        ]
        assert screen.query_one("#stopped").has_class("-shown")
        # The table says where each shot stopped, not "in progress" with a try still running.
        rows = [[str(c) for c in screen.table.get_row(k)] for k in screen.table.rows]
        assert {row[2] for row in rows} <= {"stopped", "done", "pending"}, rows
        assert "stopped" in {row[2] for row in rows} and not any("try" in r[3] for r in rows)
        # The plan card offered on opening was approved, and says so (it read "set aside").
        assert "The plan — approved" in chat_text(screen)
        # no tool line keeps spinning after the stop
        from textual.widgets import Collapsible

        titles = [str(c.title) for c in screen.query_one(ChatLog).query(Collapsible)]
        assert not any(t.startswith("⚙") for t in titles), titles
        assert screen._held == []  # "stop" ends what was queued behind the work too
        assert "Not sent, since you stopped: 'how long'" in chat_text(screen)  # and says so
    # ... and keeps saying so: the line the person typed is in the reopened chat
    assert any("Not sent, since you stopped: 'how long'" in m["text"] for m in store.messages(sid))


async def test_a_line_typed_while_shots_are_made_is_sent_when_they_are_done(
    store: SessionStore, tmp_path: Path
) -> None:
    path = simulated_catalog(tmp_path / "quick.toml", clip_latency_s=2.0)
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid, catalog_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await pilot.press("ctrl+y")
        await wait_until(
            pilot, lambda: screen.pending is not None and screen.pending.kind == "production"
        )
        await pilot.press("ctrl+y")
        await wait_until(pilot, lambda: screen._making, timeout=60)
        await type_text(pilot, "what did it cost")
        await pilot.press("enter")
        await type_text(pilot, "approve")  # meant for a card that may not be the one shown next
        await pilot.press("enter")
        assert screen._held == ["what did it cost", "approve"]
        await wait_until(pilot, lambda: not screen._held and screen.busy is None, timeout=90)
        await settle(pilot)
        said = chat_text(screen)
        assert "Spent $" in said, said[-600:]
        assert "was typed before this card" in said


async def test_a_tool_line_still_running_says_it_was_stopped() -> None:
    """A newcomer's walk: after "stop", the production's tool line kept spinning ("⚙ produce …")
    — the call was cut off, so no result ever came to settle it."""
    from textual.app import App, ComposeResult
    from textual.widgets import Collapsible

    from agent.events import ToolCallStarted

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield ChatLog()

    app = One()
    async with app.run_test() as pilot:
        log = app.query_one(ChatLog)
        log.tool_started(ToolCallStarted("c1", "produce", {"shot_ids": None}))
        await pilot.pause()
        log.stopped()
        await pilot.pause()
        [box] = list(log.query(Collapsible))
        assert str(box.title).startswith("■ produce") and "stopped" in str(box.title), box.title
