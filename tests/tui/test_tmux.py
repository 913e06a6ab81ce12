"""The real app in a real terminal (tmux): a brief, two approvals, a finished production."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sessions.store import open_store
from tests.tui.tmux_drive import drive


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_a_brief_and_its_approvals_in_tmux(data_home: Path) -> None:
    shown = drive(data_home)
    assert "done" in shown
    store = open_store()
    try:
        [session] = store.list_sessions()
        assert session.status == "completed"
    finally:
        store.close()
