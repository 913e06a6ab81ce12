"""A content-policy refusal in the chat: shown with what the person can do, answered by them, and
never retried on a paid engine on its own."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from textual.widgets import DataTable

from sessions.models import Tag
from sessions.store import SessionStore
from tests.tui.conftest import chat_app, seed_session, settle
from tui.screens.detail import ShotDetailScreen
from tui.screens.session import SessionScreen
from tui.widgets.chat import ChatLog

# A paid keyframe engine that is strong at every tag (so it ranks first) and refuses every call,
# and the free animatic engine behind it. A refusal asks the person (`on_refusal = "ask"`).
CATALOG = f"""
version = "test-refusal"
[guardrails]
max_attempts_per_stage = 3
budget_usd = 20.0
on_refusal = "ask"

[[engine]]
name = "sim-strict"
provider = "simulated"
tools = ["generate_keyframe"]
tiers = ["draft"]
strengths = {list(get_args(Tag))!r}
price = {{ per_image = 0.04 }}
latency_s = 0.0
[engine.faults]
refusal = 1.0

[[engine]]
name = "animatic"
provider = "animatic"
tools = ["generate_keyframe", "animate"]
tiers = ["draft"]
price = {{ per_second = 0.0 }}
latency_s = 0.0
""".replace("'", '"')


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


def keyframe_tries(store: SessionStore, sid: str) -> list[tuple[str, str]]:
    return [(a.engine, a.status) for a in store.attempts(sid, stage="generate_keyframe")]


async def test_a_refusal_is_shown_and_answered_by_the_person(
    store: SessionStore, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(CATALOG)
    sid = seed_session(store)
    app = chat_app(sid, catalog_path=catalog)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        for _ in range(2):  # the plan, then its production (priced at sim-strict's $0.04)
            await pilot.press("ctrl+y")
            await settle(pilot)
        table = screen.query_one("#plan", DataTable)
        assert str(table.get_cell("S01", "status")) == "needs attention"
        said = chat_text(screen)
        assert "sim-strict refused on content policy" in said
        assert "k redoes the keyframe on the next engine, e edits its prompt" in said
        assert keyframe_tries(store, sid) == [("sim-strict", "refused")]

        # Continuing is not an answer: nothing paid is tried again until the person says how.
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert keyframe_tries(store, sid) == [("sim-strict", "refused")]

        await pilot.press("f2", "enter")
        detail = app.screen
        assert isinstance(detail, ShotDetailScreen)
        headline = str(detail.query_one("#headline").render())
        assert "needs attention" in headline
        assert "What you can do: k redoes the keyframe" in headline
        await pilot.press("k")  # the person's redo: the next engine is asked first
        await pilot.pause()
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.screen is screen
        assert str(table.get_cell("S01", "status")) == "done"
        # The engine is in the row (a 120-column pane shows it on the shot's detail, not as a
        # column: id to cast fill the pane whole).
        assert table.summaries["S01"].takes["generate_keyframe"].engine == "animatic"  # type: ignore[attr-defined]
    assert keyframe_tries(store, sid) == [("sim-strict", "refused"), ("animatic", "succeeded")]
    assert store.session(sid).status == "completed"
