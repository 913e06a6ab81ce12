"""The real app in a real terminal (tmux): a newcomer's brief, two approvals, a finished
production — typed at 80×24, pasted (several lines) at 140×45."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sessions.store import open_store
from tests.tui.tmux_drive import drive

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


@needs_tmux
def test_a_typed_brief_and_its_approvals_at_80x24(data_home: Path) -> None:
    shown = drive(data_home, size=(80, 24))
    assert "done" in shown
    store = open_store()
    try:
        [session] = store.list_sessions()
        assert session.status == "completed"
    finally:
        store.close()


@needs_tmux
def test_a_pasted_brief_is_kept_whole_at_140x45(data_home: Path, examples: Path) -> None:
    brief = (examples / "fjord-climber.txt").read_text()
    drive(data_home, brief, paste=True, size=(140, 45))
    store = open_store()
    try:
        [session] = store.list_sessions()
        assert session.brief == brief.strip()
        plan = store.plan(session.id)
        assert plan is not None and plan.aspect_ratio == "9:16"
        assert session.status == "completed"
    finally:
        store.close()


@needs_tmux
def test_a_terminal_that_reports_0x0_opens_the_chat_and_draws_pictures(data_home: Path) -> None:
    # A collapsed pane reports 0 columns and 0 rows: textual-image divided its pixels by them
    # (ZeroDivisionError) before the app ever showed. The produced shot's keyframe is drawn too.
    import asyncio
    import os
    import shlex
    import sys

    from tests.support import produce
    from tests.tui.conftest import PORCH_CAT, seed_session
    from tests.tui.tmux_drive import Terminal

    store = open_store()
    try:
        session_id = seed_session(store, PORCH_CAT, approved=True)
        asyncio.run(produce(store, session_id))
    finally:
        store.close()
    env = {**os.environ, "SHOTCALLER_HOME": str(data_home), "TERM": "xterm-256color"}
    env.pop("TMUX", None)
    run = f"from tui.cli import main; main(['chat', '--session', '{session_id}'])"
    chat = " ".join(shlex.quote(part) for part in (sys.executable, "-c", run))
    term = Terminal(f"stty rows 0 cols 0; {chat}; echo exit=$?; sleep 30", env, (100, 30))
    try:
        term.wait_for("Describe a video or a change")
        term.keys("F3")
        shown = term.wait_for("▀")  # the keyframe, in half-blocks
        assert "Traceback" not in shown and "exit=" not in shown
        term.keys("C-q")
        assert "exit=0" in term.wait_for("exit=")
    finally:
        term.close()
