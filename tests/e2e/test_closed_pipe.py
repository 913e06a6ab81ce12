"""`shotcaller run … 2>&1 | head`: the reader goes away mid-production and the process dies on
its next progress line, between a shot's last take being kept and its status being. Stop 45's
walk found every `resume` after that exiting 1, the shot "in progress" then "stopped" for ever,
with both its takes made. Real processes and a real closed pipe, at every line a run prints."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from sessions.store import open_store

from .invariants import EXE, child_env, integrity

BRIEF = (
    "A 12 second ad, landscape: a baker pulling sourdough out of the oven, flour dusting onto "
    "the bench, a customer biting into a bun, the shopfront at opening time."
)


def _run_into_head(home: Path, brief: Path, lines: int) -> None:
    """`shotcaller run BRIEF --yes 2>&1 | head -LINES`, as the shell runs it."""
    run = subprocess.Popen(
        [str(EXE), "run", str(brief), "--yes"],
        env=child_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert run.stdout is not None
    for _ in range(lines):
        if not run.stdout.readline():
            break
    run.stdout.close()  # head exits: the next line the run prints finds no reader
    run.wait(timeout=120)


@pytest.mark.parametrize("lines", [9, 11, 13, 14, 15])
def test_a_run_whose_reader_went_away_resumes_to_completed(tmp_path: Path, lines: int) -> None:
    home = tmp_path / "home"
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF)
    _run_into_head(home, brief, lines)
    store = open_store(home)
    try:
        (session,) = store.list_sessions()
    finally:
        store.close()
    for _ in range(2):  # the first resume finishes it; the second finds it finished
        resumed = subprocess.run(
            [str(EXE), "resume", session.id, "--yes"],
            env=child_env(home),
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert resumed.returncode == 0, resumed.stdout[-2000:] + resumed.stderr[-2000:]
    store = open_store(home)
    try:
        assert store.session(session.id).status == "completed"
        assert {s for s, _ in store.shot_states(session.id).values()} == {"done"}
    finally:
        store.close()
    integrity(home)
