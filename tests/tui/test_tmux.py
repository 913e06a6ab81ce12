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
