"""The plan table names the cast of each shot, in a column an 80-column screen still shows."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from textual.widgets import DataTable

from sessions.store import SessionStore
from tests.tui.conftest import TWO_SHOTS, chat_app, seed_session, settle, type_text, wait_until
from tui.screens.session import SessionScreen


def cast_cell(app: object, shot: str) -> str:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, SessionScreen)
    return str(screen.query_one("#plan", DataTable).get_cell(shot, "cast"))


async def test_the_cast_column_fits_an_80_column_screen(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#plan", DataTable)
        assert [cast_cell(app, s) for s in ("S01", "S02")] == ["keeper", "keeper"]
        keys = [str(c.key.value) for c in table.ordered_columns]
        # Cell widths plus each column's padding, up to the end of the cast column.
        right = sum(
            c.get_render_width(table) for c in table.ordered_columns[: keys.index("cast") + 1]
        )
        assert right <= 80 - 2  # inside the pane's border and scrollbar


async def test_a_member_given_in_the_chat_shows_in_the_table(
    store: SessionStore, tmp_path: Path
) -> None:
    sid = seed_session(store)  # a porch cat: nobody recurs, so the column says so
    picture = tmp_path / "tabby.png"
    Image.new("RGB", (200, 300), (200, 120, 40)).save(picture)
    app = chat_app(sid)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert cast_cell(app, "S01") == "—"
        app.screen.query_one("#prompt").focus()
        await type_text(pilot, f"the cat is this photo: {picture}")
        await pilot.press("enter")
        await settle(pilot)
        await wait_until(pilot, lambda: cast_cell(app, "S01") == "cat")
    plan = store.plan(sid)
    assert plan is not None and [m.name for m in plan.cast] == ["the cat"]
