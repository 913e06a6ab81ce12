"""Review 25: a yes typed while work runs is not sent later, whatever words it says yes in."""

from __future__ import annotations

from pathlib import Path

from sessions.store import SessionStore
from tests.catalogs import simulated_catalog
from tests.tui.conftest import TWO_SHOTS, chat_app, seed_session, settle, type_text, wait_until
from tui.screens.session import SessionScreen


async def test_a_held_looks_good_does_not_approve_the_card_shown_after_the_work(
    store: SessionStore, tmp_path: Path
) -> None:
    path = simulated_catalog(
        tmp_path / "paid.toml", per_image=0.04, per_second=0.1, clip_latency_s=5.0
    )
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
        for line in ("redo the second shot's keyframe", "looks good"):
            await type_text(pilot, line)
            await pilot.press("enter")
        assert screen._held == ["redo the second shot's keyframe", "looks good"]
        await wait_until(pilot, lambda: not screen._held and screen.busy is None, timeout=90)
        await settle(pilot)
        redo = [a for a in store.approvals(sid) if a.verb == "redo"]
        assert redo, "the held redo made no card"
        assert redo[-1].status == "pending", f"the held 'looks good' answered it: {redo[-1].status}"
