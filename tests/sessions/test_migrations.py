"""Many processes opening one data home at once: a fresh one, and the first run after an upgrade.

Real processes released together by a start time, so their opens really race (issue 12, item 4:
`table "sessions" already exists` and `database is locked` tracebacks in 4 of 30 trials).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sessions.local import DataHomeError
from sessions.migrations import MIGRATIONS
from sessions.store import open_database, open_store
from tests.trials import record

PROCESSES = 6
TRIALS = int(os.environ.get("SHOTCALLER_MIGRATE_TRIALS", "2"))

# Each process waits for the same moment, then opens the store; with `upgrade` it first ships a
# migration the database has not seen, as a new version of shotcaller would.
OPENER = """
import sys, time
from pathlib import Path
import sessions.migrations as m
if sys.argv[3] == "upgrade":
    def m999_upgrade_probe(db):
        db.table("probe").create({"id": int, "note": str}, pk="id")
        db.table("probe").create_index(["note"])
    m.migration(m999_upgrade_probe)
from sessions.store import open_store
start = float(sys.argv[2])
while time.time() < start:
    pass
store = open_store(Path(sys.argv[1]))
store.list_sessions()
store.close()
"""


def open_together(home: Path, mode: str) -> list[subprocess.CompletedProcess[str]]:
    start = time.time() + 1.0  # every interpreter is up by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(home), str(start), mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def migrations_of(home: Path) -> list[str]:
    conn = sqlite3.connect(home / "shotcaller.db")
    try:
        return [r[0] for r in conn.execute("select name from _migrations order by rowid")]
    finally:
        conn.close()


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_fresh_data_home_opened_by_many_processes_at_once(tmp_path: Path, trial: int) -> None:
    home = tmp_path / f"home-{trial}"
    results = open_together(home, "fresh")
    broken = [r.stderr for r in results if r.returncode or r.stderr]
    record("parallel first open of a data home", failed=bool(broken), processes=PROCESSES)
    assert broken == []
    assert migrations_of(home) == [fn.__name__ for fn in MIGRATIONS]


@pytest.mark.parametrize("trial", range(TRIALS))
def test_the_first_run_after_an_upgrade_by_many_processes_at_once(
    tmp_path: Path, trial: int
) -> None:
    home = tmp_path / f"home-{trial}"
    open_store(home).close()  # the data home as the previous version left it
    results = open_together(home, "upgrade")
    broken = [r.stderr for r in results if r.returncode or r.stderr]
    record("parallel first open after an upgrade", failed=bool(broken), processes=PROCESSES)
    assert broken == []
    assert migrations_of(home) == [*(fn.__name__ for fn in MIGRATIONS), "m999_upgrade_probe"]


def test_a_migration_killed_halfway_leaves_nothing_half_made(tmp_path: Path) -> None:
    home = tmp_path / "home"
    open_store(home).close()

    def m998_breaks_halfway(db: object) -> None:
        from sqlite_utils import Database

        assert isinstance(db, Database)
        db.table("half").create({"id": int}, pk="id")
        raise RuntimeError("killed")

    MIGRATIONS.append(m998_breaks_halfway)
    try:
        with pytest.raises(RuntimeError):
            open_database(home / "shotcaller.db")
    finally:
        MIGRATIONS.remove(m998_breaks_halfway)
    db = open_database(home / "shotcaller.db")  # the next run finds a clean database
    assert "half" not in db.table_names()
    db.conn.close()


def test_a_data_home_that_is_a_file_is_one_clear_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder")
    with pytest.raises(DataHomeError, match=f"the data home {home} is a file, not a folder"):
        open_store(home)
    nested = home / "deeper"
    with pytest.raises(DataHomeError, match="is a file, not a folder"):
        open_store(nested)


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "shotcaller.db").write_bytes(b"x" * 4096)
    with pytest.raises(DataHomeError, match="not a shotcaller database"):
        open_store(home)


def test_a_read_only_data_home_is_one_clear_error(tmp_path: Path) -> None:
    from tests.filesystems import read_only

    with read_only(tmp_path / "home") as home:
        with pytest.raises(DataHomeError, match=f"the data home {home} is read-only"):
            open_store(home)
        with pytest.raises(DataHomeError, match="is read-only"):
            open_store(home / "inside")


@pytest.mark.parametrize("kind", ["file", "read-only"])
def test_the_cli_says_so_in_one_line_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    from tests.filesystems import read_only
    from tui.cli import main

    def run_cli() -> tuple[int, str]:
        with pytest.raises(SystemExit) as exited:
            main(["sessions"])
        return int(exited.value.code or 0), capsys.readouterr().err

    home = tmp_path / "home"
    if kind == "file":
        home.write_text("not a folder")
        monkeypatch.setenv("SHOTCALLER_HOME", str(home))
        code, err = run_cli()
    else:
        with read_only(home):
            monkeypatch.setenv("SHOTCALLER_HOME", str(home / "shotcaller"))
            code, err = run_cli()
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("shotcaller: error: the data home ") and str(home) in err


def test_takes_made_before_the_upgrade_learn_the_plan_they_fit(tmp_path: Path) -> None:
    """m005: a take made before it fits the approved plan it was made under (by its time); when
    the latest plan is approved, its up-to-date takes fit that one; a stale take made before
    the take it is made from fits none, and a stale cut checked before its clip is outdated."""
    from sqlite_utils import Database

    from sessions.migrations import m005_takes_know_their_plan

    db = Database(tmp_path / "old.db")
    for fn in MIGRATIONS[: MIGRATIONS.index(m005_takes_know_their_plan)]:
        fn(db)
    stamp = "2026-01-01T10:0{}:00.000000+00:00".format
    for sid, versions in (("waits", [(1, 1, 0), (2, 0, 3)]), ("approved", [(1, 1, 0), (2, 1, 3)])):
        for version, approved, minute in versions:
            db.table("plans").insert(
                {"session_id": sid, "version": version, "created": stamp(minute),
                 "approved": approved, "note": "", "plan_json": "{}"}
            )  # fmt: skip

    def take(sid: str, shot: str, kind: str, minute: int, *, stale: int = 0) -> None:
        db.table("artifacts").insert(
            {"id": f"{sid}-{shot}-{kind}-{minute}", "session_id": sid, "shot_id": shot,
             "kind": kind, "current": 1, "stale": stale, "created": stamp(minute), "path": "",
             "sha256": ""}
        )  # fmt: skip

    take("waits", "S01", "keyframe", 1)
    take("waits", "S01", "clip", 1, stale=1)  # the waiting revision changed its length
    take("waits", "S02", "keyframe", 4)  # redone after its clip
    take("waits", "S02", "clip", 2, stale=1)
    # (a cut checked before S01's clip was made again)
    db.table("continuity").insert(
        {"session_id": "waits", "kind": "cut", "shot_a": "S01", "shot_b": "S02", "stale": 1,
         "created": stamp(0), "cut": "hard", "passed": 1}
    )  # fmt: skip
    take("approved", "S01", "keyframe", 1)  # fits v2 (a prompt the person edited, say)
    take("approved", "S03~v1", "keyframe", 1)  # a dropped shot's: made for v1
    m005_takes_know_their_plan(db)

    fits = {r["id"]: r["plan_version"] for r in db.table("artifacts").rows}
    assert fits == {
        "waits-S01-keyframe-1": 1,
        "waits-S01-clip-1": 1,
        "waits-S02-keyframe-4": 1,  # v2 waits for approval: v1 is the approved one
        "waits-S02-clip-2": None,
        "approved-S01-keyframe-1": 2,
        "approved-S03~v1-keyframe-1": 1,
    }
    assert [r["outdated"] for r in db.table("continuity").rows] == [1]
