"""The session screen driven as a person would: keys and clicks on the real store and engine."""

from __future__ import annotations

from textual.widgets import DataTable, TextArea

from sessions.store import SessionStore
from tests.tui.conftest import (
    TWO_SHOTS,
    Produced,
    chat_app,
    produce,
    seed_session,
    settle,
    wait_until,
)
from tui.screens.detail import ShotDetailScreen
from tui.screens.session import SessionScreen
from tui.widgets.approval import ApprovalBar
from tui.widgets.chat import ChatLog


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


def session_screen(screen: object) -> SessionScreen:
    assert isinstance(screen, SessionScreen)
    return screen


async def test_reopened_plan_is_approved_with_a_key_and_produced(store: SessionStore) -> None:
    sid = seed_session(store)
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        assert screen.query_one(ApprovalBar).has_class("-pending")
        await pilot.press("ctrl+y")
        await settle(pilot)
        # Approving the plan is not approving the spend: the production asks with its estimate.
        assert screen.pending is not None and screen.pending.kind == "production"
        assert "Produce S01? free" in str(screen.query_one("#what").render())
        assert store.attempts(sid) == []
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert "completed — 1 of 1 shot done" in chat_text(screen)
        table = screen.query_one("#plan", DataTable)
        assert str(table.get_cell("S01", "status")) == "done"
        # The engine is in the row (a 120-column pane shows it on the shot's detail, not as a
        # column: id to cast fill the pane whole).
        assert table.summaries["S01"].takes["generate_keyframe"].engine == "animatic"  # type: ignore[attr-defined]
        assert not screen.query_one(ApprovalBar).has_class("-pending")
    assert store.session(sid).status == "completed"


async def test_approve_button_works_without_the_keyboard(store: SessionStore) -> None:
    sid = seed_session(store)
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.click("#approve")  # the plan…
        await wait_until(
            pilot, lambda: screen.pending is not None and screen.pending.kind == "production"
        )
        await pilot.click("#approve")  # …then its production, at once (a new question is clickable)
        await wait_until(pilot, lambda: store.session(sid).status == "completed")


async def test_revise_puts_the_cursor_in_the_chat_and_makes_a_new_version(
    store: SessionStore,
) -> None:
    sid = seed_session(store, TWO_SHOTS)
    before = store.plan(sid)
    assert before is not None and before.shots[1].framing != "wide"
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("ctrl+r")
        prompt = screen.prompt
        assert prompt.has_focus and "What should change" in str(prompt.placeholder)
        prompt.value = "make shot 2 a wide shot"  # typed key by key, this test took 2 s more
        await pilot.press("enter")
        await settle(pilot)
        table = screen.query_one("#plan", DataTable)
        assert str(table.get_cell("S02", "shot")).startswith("wide")
        # The revised plan is proposed again, not produced behind the person's back.
        assert screen.query_one(ApprovalBar).has_class("-pending")
    plan = store.plan(sid)
    assert plan is not None and plan.version == before.version + 1 and not plan.approved
    assert plan.shots[1].framing == "wide"
    assert store.attempts(sid) == []


async def test_reject_spends_nothing(store: SessionStore) -> None:
    sid = seed_session(store)
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Nothing was spent" in chat_text(screen)
        assert not screen.query_one(ApprovalBar).has_class("-pending")
    assert store.attempts(sid) == []


async def test_redo_one_stage_from_the_shot_detail(produced: Produced) -> None:
    store, sid = produced.store, produced.session_id
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f2", "enter")
        detail = app.screen
        assert isinstance(detail, ShotDetailScreen)
        assert "animatic" in str(detail.query_one("#attempts", DataTable).get_row_at(0))
        await pilot.press("a")
        await pilot.pause()
        # A redo from the shot screen is priced and waits, like any paid work.
        screen = session_screen(app.screen)
        assert screen.pending is not None and screen.pending.summary.startswith("Redo S01 clip")
        assert store.current_take(sid, "S01", "clip").take == 1  # type: ignore[union-attr]
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert "completed" in chat_text(screen)
    clip = store.current_take(sid, "S01", "clip")
    keyframe = store.current_take(sid, "S01", "keyframe")
    assert clip is not None and clip.take == 2
    assert keyframe is not None and keyframe.take == 1  # only the animate stage was redone


async def test_edit_a_prompt_and_redo_the_keyframe(produced: Produced) -> None:
    store, sid = produced.store, produced.session_id
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f2", "enter", "e")
        area = app.screen.query_one(TextArea)
        area.text = "a ginger cat on a blue porch, low sun, 35mm"
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = session_screen(app.screen)
        waiting = screen.pending
        assert waiting is not None and waiting.summary.startswith("Redo S01 keyframe")
        assert 'New keyframe prompt: "a ginger cat on a blue porch' in waiting.summary
        assert "S01 clip (from the new keyframe)" in waiting.summary  # the estimate names it
        await pilot.press("ctrl+y")
        await settle(pilot)
    plan = store.plan(sid)
    assert plan is not None and plan.version == 2 and plan.approved
    # The other shot kept its take and its state: the session is still complete.
    assert store.shot_states(sid)["S02"][0] == "done"
    assert store.session(sid).status == "completed"
    assert plan.shots[0].prompts.keyframe == "a ginger cat on a blue porch, low sun, 35mm"
    keyframe = store.current_take(sid, "S01", "keyframe")
    assert keyframe is not None and keyframe.take == 2
    newest = store.attempts(sid, "S01", "generate_keyframe")[-1]
    assert newest.prompt == "a ginger cat on a blue porch, low sun, 35mm"


async def test_reopening_an_unfinished_session_offers_to_continue(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS, approved=True)
    # The app was closed after the keyframes: the store holds them and nothing else.
    await produce(store, sid, stages=("generate_keyframe",))
    for shot_id in ("S01", "S02"):
        store.set_shot_status(sid, shot_id, "in_progress")
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        stopped = screen.query_one("#stopped")
        assert stopped.has_class("-shown")
        assert "0 of 2 shots done" in str(screen.query_one("#stopped-text").render())
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert screen.pending is not None and "S01 clip, S02 clip" in screen.pending.summary
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert not stopped.has_class("-shown")
    assert store.session(sid).status == "completed"
    # The keyframes made before the close were kept, not paid for again.
    assert len(store.attempts(sid, stage="generate_keyframe")) == 2
    # Reopened, the chat shows what was asked and answered, as the conversation's own cards
    # are (the card ctrl+g asked for and its answer were missing: only the production's line).
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        said = chat_text(session_screen(app.screen))
    assert "Makes: S01 clip, S02 clip" in said, said
    assert "approve" in said


async def test_an_earlier_take_is_used_again_from_the_shot_detail(produced: Produced) -> None:
    store, sid = produced.store, produced.session_id
    app = chat_app(sid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("f2", "enter", "a")  # a second clip of S01
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert store.current_take(sid, "S01", "clip").take == 2  # type: ignore[union-attr]
        await pilot.press("f2", "enter")
        detail = app.screen
        assert isinstance(detail, ShotDetailScreen)
        takes = detail.query_one("#takes", DataTable)
        rows = [str(takes.get_row_at(i)[1:3]) for i in range(takes.row_count)]
        assert rows == ["['keyframe', 't1']", "['clip', 't1']", "['clip', 't2']"]
        await pilot.press("down", "enter")  # clip t1
        await wait_until(pilot, lambda: screen.pending is not None)
        assert app.screen is screen
        waiting = screen.pending
        assert waiting is not None and waiting.summary.startswith("Use S01 clip t1 again")
        await pilot.press("ctrl+y")
        await settle(pilot)
        # What happened, in words: the take in use and what was remade from it (S02 continues
        # S01's clip) — not "every shot is done". (Remaking S02 from the clip brought back
        # failed on its last frame's row before: UNIQUE constraint failed.)
        said = chat_text(screen)
        assert "S01 clip t1 is in use again; remade: S02 clip." in said
        assert "every shot is done" not in said.split("Use S01 clip t1 again")[-1]
    assert store.current_take(sid, "S01", "clip").take == 1  # type: ignore[union-attr]
    # Reopened, the chat's line for the call says the same (it said "0 of 0 shots done").
    app = chat_app(sid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        said = chat_text(session_screen(app.screen))
        assert "use_take  S01 clip t1 in use again · remade S02 clip" in said
        assert "0 of 0" not in said


async def test_a_card_asked_from_another_door_shows_without_a_message(
    produced: Produced,
) -> None:
    """`shotcaller resume ID --shot S02 --redo clip` in another terminal: the open chat shows
    its card within seconds, and loses it once it is answered there (a newcomer saw it only
    after typing something)."""
    from sessions.store import open_store
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store, sid = produced.store, produced.session_id
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        assert screen.pending is None
        other = ProductionService(open_store(store.home), load_catalog(), {})  # its own connection
        approval = other.request_redo(sid, "S02", "animate", actor="person")
        await wait_until(
            pilot,
            lambda: screen.pending is not None and screen.pending.approval_id == approval.id,
            timeout=10,
        )
        assert screen.query_one(ApprovalBar).has_class("-pending")
        other.reject(approval.id, by="person")
        await wait_until(pilot, lambda: screen.pending is None, timeout=10)
        assert not screen.query_one(ApprovalBar).has_class("-pending")


async def test_a_session_deleted_from_another_door_does_not_crash_the_chat(
    produced: Produced,
) -> None:
    """`shotcaller delete ID --yes` while the chat has it open: the chat says so and carries on
    as a new session (it crashed with SessionNotFound)."""
    from sessions.store import open_store
    from tools.catalog import load_catalog
    from tools.service import ProductionService

    store, sid = produced.store, produced.session_id
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        other = ProductionService(open_store(store.home), load_catalog(), {})
        other.delete_session(sid, actor="person")
        await wait_until(pilot, lambda: screen.session_id is None, timeout=10)
        assert "deleted from another front door" in chat_text(screen)
        assert app.is_running
