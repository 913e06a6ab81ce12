"""`kill -9` between storing a plan and asking for it leaves neither: proposing is one unit of work.

A real process proposes a plan and is killed by SIGKILL at the exact moment between the writes:
`ProductionService._add_approval` (the approval that puts the plan before the person) is replaced by
a kill, after the plan, its shots and the set-aside approvals were written in the same transaction.
The parent then reads the real database: the plan version was not stored, the session is as it was
before the proposal, and `show` and `resume --yes` go on from there through the CLI.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.invariants import child_env
from tests.e2e.test_cli import run_cli, write

ROOT = Path(__file__).resolve().parents[2]
BRIEF = "Two 1.5-second shots: a lighthouse at dusk, then its lamp."

# The proposing process. argv: the session id ("" for a new session), the plan version it must see
# stored (in its own transaction) when the kill comes.
PROPOSER = """
import os, signal, sys

from sessions.models import Brief, Shot, ShotPlan
from sessions.store import open_store
from tools.catalog import load_catalog
from tools.service.service import ProductionService

session_id, expected = sys.argv[1], int(sys.argv[2])
store = open_store()


def cut(self, *args, **kwargs):
    # The plan is written (this connection sees it, inside its transaction): kill the process here,
    # before the approval that asks for it. Anything else is the test's mistake, not a pass.
    if store.latest_plan_version(session_id) != expected:
        sys.exit(5)
    os.kill(os.getpid(), signal.SIGKILL)


ProductionService._add_approval = cut
service = ProductionService(store, load_catalog())
if not session_id:
    brief = Brief(text="A cat on a porch.", title="Porch cat", duration_s=3, aspect_ratio="1:1")
    session_id = service.create_session(brief).id
    print(session_id, flush=True)
    shots = [
        Shot(id=f"S0{i}", description=f"shot {i}", duration_s=1.5, framing="wide",
             camera="static", seed=i)
        for i in (1, 2)
    ]
    plan = ShotPlan(title="Porch cat", aspect_ratio="1:1", shots=shots)
else:
    plan = store.plan(session_id)
    slower = plan.shots[0].model_copy(update={"description": "the lighthouse, slower"})
    plan = plan.model_copy(update={"shots": [slower, *plan.shots[1:]], "note": "S01 slower"})
service.propose_plan(session_id, plan, actor="person")
sys.exit(4)  # never reached: the kill came first
"""


def propose_and_kill(home: Path, session_id: str, expected: int) -> str:
    """Run the proposer; it must die by SIGKILL. Returns what it printed (a new session's id)."""
    env = child_env(home)
    # The code under test is this checkout's (an editable install may point at another one).
    env["PYTHONPATH"] = os.environ.get("SHOTCALLER_CHILD_PYTHONPATH") or str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", PROPOSER, session_id, str(expected)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr[-2000:])
    return done.stdout.strip()


def rows(home: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(home / "shotcaller.db")
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_a_revision_killed_before_it_is_asked_for_leaves_the_plan_asked_as_before(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(["run", write(tmp_path, BRIEF), "--json"], capsys)
    assert code == 3, err
    session_id = json.loads(out)["session_id"]
    (asked,) = rows(data_home, "select id from approvals where status = 'pending'")

    propose_and_kill(data_home, session_id, expected=2)

    # Not v2, and v1's approval was not set aside: the session is exactly as before the proposal
    # (without the unit, v2 was stored and nothing asked for anything).
    assert rows(data_home, "select version from plans where session_id = ?", session_id) == [(1,)]
    assert rows(data_home, "select id from approvals where status = 'pending'") == [asked]
    assert rows(data_home, "select count(*) from shots where plan_version = 2") == [(0,)]
    assert rows(data_home, "select status from sessions") == [("awaiting_approval",)]
    # The call's row is written before the unit: the kill leaves it "running", which says so.
    assert rows(data_home, "select status from tool_calls where tool = 'propose_plan'")[-1] == (
        "running",
    )

    code, out, err = run_cli(["show", session_id, "--json"], capsys)
    assert code == 0, err
    shown = json.loads(out)
    assert shown["plan_version"] == 1
    assert [a["id"] for a in shown["pending"]] == [asked[0]]

    code, out, err = run_cli(["resume", session_id, "--yes", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"


def test_a_first_plan_killed_before_it_is_asked_for_is_not_stored(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = propose_and_kill(data_home, "", expected=1)

    assert rows(data_home, "select count(*) from plans") == [(0,)]
    assert rows(data_home, "select count(*) from shots") == [(0,)]
    assert rows(data_home, "select status from sessions where id = ?", session_id) == [
        ("planning",)
    ]
    code, out, err = run_cli(["show", session_id, "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["pending"] == []

    # Resuming a session with no plan plans it from its brief and produces it.
    code, out, err = run_cli(["resume", session_id, "--yes", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"
