"""Issue 17 on the screens, as a person runs it: a proxy race from the shot detail (r asks for it,
priced, waiting for ctrl+y; the candidates come back side by side; p picks the selected one), and
the audit from the command palette."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from textual.widgets import DataTable

from sessions.races import races
from tests.tools.studio import catalog_toml, engine_toml
from tests.tui.conftest import Produced, chat_app, settle, wait_until
from tests.tui.test_session_screen import chat_text, session_screen
from tui.screens.audit import AuditScreen
from tui.screens.detail import ShotDetailScreen
from tui.widgets.approval import ApprovalBar


async def test_race_from_the_shot_detail_then_pick(produced: Produced, tmp_path: Path) -> None:
    store, sid = produced.store, produced.session_id
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(
        catalog_toml(
            engine_toml("animatic-stills", tools=["generate_keyframe"], price="per_image = 0.01"),
            engine_toml("sim-kling", tools=["animate"], price="per_second = 0.2", quality=0.8),
            engine_toml("sim-runway", tools=["animate"], price="per_second = 0.1", quality=0.7),
        )
    )
    app = chat_app(sid, catalog_path=catalog)
    async with app.run_test(size=(140, 48)) as pilot:
        await settle(pilot)
        await pilot.press("f2", "enter")
        assert isinstance(app.screen, ShotDetailScreen)
        await pilot.press("r")
        screen = session_screen(app.screen)
        await wait_until(pilot, lambda: screen.pending is not None)
        assert screen.pending is not None and "Reserves $" in screen.pending.summary
        assert screen.query_one(ApprovalBar).has_class("-pending")
        assert races(store, sid)[-1].status == "pending"  # nothing runs before the yes

        await pilot.press("ctrl+y")
        await wait_until(
            pilot, lambda: races(store, sid)[-1].status == "done" and screen.busy is None
        )
        race = races(store, sid)[-1]
        assert race.sheet is not None and Path(race.sheet).exists()

        await pilot.press("f2", "enter")
        detail = app.screen
        assert isinstance(detail, ShotDetailScreen)
        table = detail.query_one("#race", DataTable)
        await wait_until(pilot, lambda: table.row_count == 2)
        shown = {str(table.get_row_at(i)[0]) for i in range(2)}
        assert shown == {"sim-kling", "sim-runway"}
        chosen = str(table.get_row_at(table.cursor_row)[0])
        await pilot.press("c")
        await wait_until(pilot, lambda: races(store, sid)[-1].picked == chosen)
        assert f"Picked {chosen}" in chat_text(session_screen(app.screen))


async def test_the_audit_from_the_palette(produced: Produced) -> None:
    """ctrl+p → Audit: the report's figures per engine and month, and the chart, drawn."""
    app = chat_app(produced.session_id)
    async with app.run_test(size=(140, 48)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Audit")
        await wait_until(pilot, lambda: _offered(app.screen, "Audit"))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, AuditScreen))
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        engines = screen.query_one("#audit-engines", DataTable)
        assert engines.row_count == 1 and str(engines.get_row_at(0)[0]) == "animatic"
        assert screen.report.attempts == 4 and screen.report.accepted == 4
        with Image.open(screen.chart) as chart:  # decoded back
            assert chart.width > 200
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, AuditScreen))


def _offered(screen: object, name: str) -> bool:
    """The command palette lists a command called `name`."""
    from textual.command import CommandList

    found = getattr(screen, "query", lambda _: [])(CommandList)
    return any(name in str(o.prompt) for lst in found for o in lst.options)
