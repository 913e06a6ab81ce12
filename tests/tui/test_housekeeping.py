"""Housekeeping: deleting a session (asked first), renaming one — from the picker, the palette and
the command line, all through the service."""

from __future__ import annotations

import pytest

from sessions.store import SessionNotFound, SessionStore
from tests.tui.conftest import (
    TWO_SHOTS,
    chat_app,
    palette_found,
    seed_session,
    settle,
    type_text,
    wait_until,
)
from tui.cli import main
from tui.screens.ask import AskScreen, ConfirmScreen
from tui.screens.picker import SessionPicker
from tui.screens.session import SessionScreen


def picker(screen: object) -> SessionPicker:
    assert isinstance(screen, SessionPicker)
    return screen


async def test_delete_from_the_picker_asks_first(store: SessionStore) -> None:
    keep = seed_session(store, TWO_SHOTS)
    gone = seed_session(store)  # the newest: the picker's cursor starts on it
    folder = store.session_dir(gone)
    folder.mkdir(parents=True, exist_ok=True)
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        chooser = picker(app.screen)
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: nothing happens
        assert app.screen is chooser
        assert store.session(gone).id == gone
        await pilot.press("delete")
        await pilot.press("y")
        await wait_until(pilot, lambda: gone not in chooser.rows)
        assert app.screen is chooser
        assert gone not in chooser.rows and keep in chooser.rows
    with pytest.raises(SessionNotFound):
        store.session(gone)
    assert not folder.exists()
    [remaining] = store.list_sessions()
    assert remaining.id == keep


async def test_rename_from_the_picker(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app()
    async with app.run_test(size=(140, 45)) as pilot:
        chooser = picker(app.screen)
        await pilot.press("f2")
        assert isinstance(app.screen, AskScreen)
        await pilot.press("ctrl+u")  # the old title was offered to edit
        await type_text(pilot, "Lighthouse, take two")
        await pilot.press("enter")
        await wait_until(pilot, lambda: chooser.rows[sid].title == "Lighthouse, take two")
    assert store.session(sid).title == "Lighthouse, take two"
    [call] = [c for c in store.tool_calls(sid) if c["tool"] == "rename_session"]
    assert call["actor"] == "person"


async def test_rename_from_the_palette(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await pilot.press("ctrl+p")
        await type_text(pilot, "rename")
        await wait_until(pilot, lambda: palette_found(app))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, AskScreen))
        await pilot.press("ctrl+u")
        await type_text(pilot, "Keeper")
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.sub_title.startswith("Keeper · "))
    assert store.session(sid).title == "Keeper"


async def test_an_open_session_is_not_deleted_from_under_it(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        chooser = picker(app.screen)
        await pilot.press("delete")
        assert app.screen is chooser  # no question: it is open underneath
    assert store.session(sid).id == sid


def test_delete_on_the_command_line(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = seed_session(store, TWO_SHOTS)
    with pytest.raises(SystemExit) as exited:
        main(["delete", sid])  # not a terminal: it asks for --yes instead of deleting
    assert exited.value.code == 3
    assert "run again with --yes" in capsys.readouterr().err
    assert store.session(sid).id == sid
    with pytest.raises(SystemExit) as exited:
        main(["delete", sid, "--yes"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"deleted {sid}"
    with pytest.raises(SessionNotFound):
        store.session(sid)
