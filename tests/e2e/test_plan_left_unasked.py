"""A plan stored with nothing asking for it is asked for again, through every door that produces.

Proposing a plan is two writes: the plan, then the approval that puts it before the person. A
`kill -9` between them (CI's crash suite landed one there: `resume --yes` exited 1 with nothing
done, the session in "planning" for good) leaves a plan no approval asks for. The same state
follows a proposal set aside. The chat offered such a plan on opening the session; `resume` and
`batch --yes` (and `say`) now ask for it again too. The kill's state is made here by deleting the approval
row, which is exactly what the killed process never wrote.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_batch import write_briefs, write_catalog
from tests.e2e.test_cli import run_cli, write


def _never_asked(home: Path, session_id: str) -> None:
    conn = sqlite3.connect(home / "shotcaller.db")
    with conn:
        conn.execute("delete from approvals where session_id = ?", (session_id,))
        conn.execute("update sessions set status = 'planning' where id = ?", (session_id,))
    conn.close()


def test_resume_asks_for_a_plan_nothing_asked_for(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = write(tmp_path, "Two 1.5-second shots: a lighthouse at dusk, then its lamp.")
    code, out, err = run_cli(["run", brief, "--json"], capsys)
    assert code == 3, err
    session_id = json.loads(out)["session_id"]
    _never_asked(data_home, session_id)

    code, out, err = run_cli(["resume", session_id], capsys)
    assert code == 3, err  # waiting for the person, with the plan and its price: not "planning"
    assert "Approve the plan?" in out and "S02" in out
    assert f"shotcaller resume {session_id} --yes" in err

    code, out, err = run_cli(["resume", session_id, "--yes", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"


def test_batch_asks_for_an_episode_plan_nothing_asked_for(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = str(write_catalog(tmp_path))
    folder = write_briefs(tmp_path)
    code, out, err = run_cli(["run", str(folder), "--catalog", catalog, "--json"], capsys)
    assert code == 3, err
    planned = json.loads(out)
    _never_asked(data_home, planned["episodes"][1]["session_id"])

    code, out, err = run_cli(
        ["batch", planned["id"], "--yes", "--catalog", catalog, "--json"], capsys
    )
    assert code == 0, err
    assert [e["status"] for e in json.loads(out)["episodes"]] == ["completed"] * 3
    assert "not approved" not in err


def test_say_yes_answers_a_plan_nothing_asked_for(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = write(tmp_path, "Two 1.5-second shots: a lighthouse at dusk, then its lamp.")
    code, out, err = run_cli(["run", brief, "--json"], capsys)
    session_id = json.loads(out)["session_id"]
    _never_asked(data_home, session_id)
    code, out, err = run_cli(["say", session_id, "yes"], capsys)
    assert code == 3 and "Nothing is waiting" not in out, (
        err
    )  # the plan approved; its production asked
    code, out, err = run_cli(["say", session_id, "yes"], capsys)
    assert code == 0, err
