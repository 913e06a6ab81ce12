"""`SessionStore.unit()`: the writes inside land together or not at all.

Every check reads from a second, plain connection to the same file (what another process sees),
never from the store's own connection (which sees its uncommitted writes).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sessions.store import SessionStore, open_store
from tests.sessions.test_store import brief, plan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(data_home: Path) -> Iterator[SessionStore]:
    opened = open_store(data_home)
    yield opened
    opened.close()


@pytest.fixture
def outside(data_home: Path, store: SessionStore) -> Iterator[sqlite3.Connection]:
    """Another connection: it sees only what is committed."""
    conn = sqlite3.connect(data_home / "shotcaller.db")
    yield conn
    conn.close()


def count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"select count(*) from {table}").fetchone()[0])


def status(conn: sqlite3.Connection, session_id: str) -> str:
    return str(conn.execute("select status from sessions where id = ?", [session_id]).fetchone()[0])


def test_nested_units_commit_when_the_outermost_ends(
    store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    with store.unit():
        store.save_plan(sid, plan())  # `with conn:` inside
        with store.unit():
            store.update_session(sid, status="awaiting_approval")  # sqlite-utils' update
            store.add_message(sid, "user", "hello")  # sqlite-utils' insert
        assert count(outside, "plans") == 0  # the inner unit ended: nothing committed yet
        assert status(outside, sid) == "planning"
        assert store.latest_plan_version(sid) == 1  # the store sees its own writes
    assert count(outside, "plans") == 1
    assert count(outside, "shots") == 2
    assert count(outside, "messages") == 1
    assert status(outside, sid) == "awaiting_approval"


def test_an_exception_rolls_back_every_write_of_the_unit(
    store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    with pytest.raises(RuntimeError), store.unit():
        store.save_plan(sid, plan())
        with store.unit():
            store.update_session(sid, status="awaiting_approval")
        store.mark_continuity_stale(sid, ["S01"])  # sqlite-utils' execute, then commit() once
        store.db.conn.commit()  # a commit asked for inside waits for the unit
        raise RuntimeError("killed between the writes")
    assert count(outside, "plans") == count(outside, "shots") == 0
    assert status(outside, sid) == "planning"
    assert store.latest_plan_version(sid) == 0  # rolled back for the store too
    assert not store.db.conn.in_transaction
    with store.unit():  # and the connection is usable again
        store.save_plan(sid, plan())
    assert count(outside, "plans") == 1


def test_sqlite_utils_writes_inside_a_unit_do_not_commit_early(
    store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    with store.unit():
        table = store.db.table("messages")
        table.insert({"session_id": sid, "created": "x", "role": "user", "text": "a"})
        table.insert_all(
            {"session_id": sid, "created": "y", "role": "user", "text": t} for t in "bc"
        )
        store.db.execute("update sessions set title = 'Retitled' where id = ?", [sid])
        with store.db.atomic():  # sqlite-utils' own transaction: a savepoint inside the unit
            table.insert({"session_id": sid, "created": "z", "role": "user", "text": "d"})
        assert count(outside, "messages") == 0
        assert outside.execute("select title from sessions").fetchone()[0] == "Porch cat"
    assert count(outside, "messages") == 4
    assert outside.execute("select title from sessions").fetchone()[0] == "Retitled"


def test_an_inner_unit_that_fails_undoes_only_its_own_writes(
    store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    with store.unit():
        store.save_plan(sid, plan())
        with pytest.raises(ValueError), store.unit():
            store.update_session(sid, status="awaiting_approval")
            raise ValueError("caught by the verb")
    assert count(outside, "plans") == 1
    assert status(outside, sid) == "planning"


def test_a_bare_commit_inside_a_unit_is_refused_and_the_unit_rolls_back(
    store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    with pytest.raises(sqlite3.ProgrammingError, match="unit of work"), store.unit():
        store.save_plan(sid, plan())
        store.db.conn.execute("COMMIT")
    with pytest.raises(sqlite3.ProgrammingError, match="unit of work"), store.unit():
        store.save_plan(sid, plan())
        store.db.conn.executescript("select 1;")  # Python commits before a script
    assert count(outside, "plans") == 0


def test_outside_a_unit_each_method_commits_as_before(
    store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    store.save_plan(sid, plan())
    assert count(outside, "plans") == 1
    with pytest.raises(RuntimeError), store.db.conn:
        store.db.conn.execute("update sessions set title = 'x'")
        raise RuntimeError
    assert outside.execute("select title from sessions").fetchone()[0] == "Porch cat"


# Another process writes to the same data home: it takes the write lock (BEGIN IMMEDIATE), writes,
# says when it committed, and — told to hold — keeps the lock a while first.
WRITER = """
import sys, time
from sessions.store import open_store

session_id, hold = sys.argv[1], float(sys.argv[2])
store = open_store()
print("open", flush=True)
with store.unit():
    store.update_session(session_id, title="From another process")
    print("held", flush=True)
    time.sleep(hold)
print(time.time(), flush=True)
"""


def writer(home: Path, session_id: str, hold: float) -> subprocess.Popen[str]:
    env = {**os.environ, "SHOTCALLER_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, session_id, str(hold)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_another_process_writing_waits_for_the_unit_instead_of_failing(
    data_home: Path, store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    with store.unit():
        store.save_plan(sid, plan())
        other = writer(data_home, sid, hold=0)
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "open"
        time.sleep(1.0)  # it is waiting on the write lock (busy timeout), not failing
        assert other.poll() is None
        assert outside.execute("select title from sessions").fetchone()[0] == "Porch cat"
        ended = time.time()
    out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert float(out.split()[-1]) >= ended  # it committed after the unit did
    assert count(outside, "plans") == 1
    assert outside.execute("select title from sessions").fetchone()[0] == "From another process"


def test_a_unit_waits_for_another_process_holding_the_write_lock(
    data_home: Path, store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    other = writer(data_home, sid, hold=1.0)
    assert other.stdout is not None
    assert other.stdout.readline().strip() == "open"
    assert other.stdout.readline().strip() == "held"
    started = time.time()
    with store.unit():  # BEGIN IMMEDIATE waits for the other process's commit
        store.update_session(sid, status="awaiting_approval")
    waited = time.time() - started
    _, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert waited > 0.3, waited
    assert outside.execute("select title, status from sessions").fetchone() == (
        "From another process",
        "awaiting_approval",
    )


def test_a_write_left_open_before_a_unit_is_committed_not_rolled_back_with_it(
    store: SessionStore, outside: sqlite3.Connection
) -> None:
    sid = store.create_session(brief(), budget_usd=5).id
    store.db.conn.execute("update sessions set title = 'Left open' where id = ?", [sid])
    with pytest.raises(RuntimeError), store.unit():
        store.save_plan(sid, plan())
        raise RuntimeError
    assert outside.execute("select title from sessions").fetchone()[0] == "Left open"
    assert count(outside, "plans") == 0
