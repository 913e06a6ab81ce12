"""Many processes, one data home, one session (issue 12: multi-process invariants).

Started together on a stored plan: two plain `resume`s and a redo of the same session, a `run` of
another brief into the same data home, and readers (`show`, `sessions`) in a loop. One writer per
session: whoever holds the session's lock produces, every other writer of it gets one clear line
and exit 2; nobody ever sees "database is locked" or a traceback; the other session is produced
untouched; staging files never collide; a last resume leaves the session with every invariant of
the crash suite. (Chat processes join once the service takes the lock for every verb.)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sessions.store import open_store
from tests.trials import record

from .invariants import EXE, check_session, integrity, no_traceback, start
from .test_crash_consistency import catalog_text, stored_session

TRIALS = int(os.environ.get("SHOTCALLER_MULTIPROCESS_TRIALS", "1"))
BRIEF = "Two 1-second shots: a lighthouse at dusk, then a close-up of its lamp."
LOCKED = "is in use by another shotcaller process"


def readers(home: Path, session_id: str, rounds: int) -> subprocess.Popen[str]:
    """A shell loop of read-only commands on the same data home."""
    exe = EXE
    script = "; ".join(
        f'"{exe}" show {session_id} --json >/dev/null && "{exe}" sessions --json >/dev/null'
        for _ in range(rounds)
    )
    return subprocess.Popen(
        ["sh", "-c", script],
        env={**os.environ, "SHOTCALLER_HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("trial", range(TRIALS))
def test_one_writer_per_session_and_no_locked_database_for_anyone(
    tmp_path: Path, trial: int
) -> None:
    rng = random.Random(f"multiprocess|{trial}")
    home = tmp_path / "home"
    home.mkdir()
    catalog = tmp_path / "catalog.toml"
    # Engines slow enough that a production holds the session for seconds: on a loaded machine a
    # writer's start-up (imports) can take longer than a fast production, and then the writers
    # never overlap and nothing is tested.
    catalog.write_text(catalog_text(rng, cap=3, latency_s=(1.5, 2.0)))
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF)
    session_id = stored_session(home, rng)
    with_catalog = ["--catalog", str(catalog)]
    first = start(home, "resume", session_id, "--yes", *with_catalog)
    # The others start once the first holds the session (its first attempt is written): started
    # together, on a loaded machine (CI beside other work), the first could finish before the
    # others had imported, and then nothing overlapped and nothing was tested.
    watch = open_store(home)
    try:
        deadline = time.monotonic() + 120
        while not watch.attempts(session_id) and first.poll() is None:
            assert time.monotonic() < deadline, "the first writer never started producing"
            time.sleep(0.02)
    finally:
        watch.close()
    writers = [
        first,
        start(home, "resume", session_id, "--yes", *with_catalog),
        start(
            home,
            "resume",
            session_id,
            "--shot",
            "S03",
            "--redo",
            "keyframe",
            "--yes",
            *with_catalog,
        ),
    ]
    other = start(home, "run", str(brief), "--yes", *with_catalog)
    reading = [readers(home, session_id, 2) for _ in range(2)]
    outcomes = [(*p.communicate(timeout=300), p.returncode) for p in writers]
    _other_out, other_err = other.communicate(timeout=300)
    read_results = [(*p.communicate(timeout=300), p.returncode) for p in reading]
    try:
        everything = [err for _, err, _ in outcomes] + [other_err] + [e for _, e, _ in read_results]
        for err in everything:
            assert "database is locked" not in err.lower(), err[-1500:]
            assert "Traceback" not in err, err[-3000:]
        for _, err, code in read_results:
            assert code == 0, err[-1500:]
        codes = [code for _, _, code in outcomes]
        assert all(code in (0, 1, 2) for code in codes), outcomes
        refused = [err for _, err, code in outcomes if code == 2]
        assert refused, "no writer was refused: the three did not overlap"
        assert len(refused) < len(outcomes), "every writer was refused"
        for err in refused:
            no_traceback(err)
            assert LOCKED in err.strip().splitlines()[-1], err[-800:]
        assert other.returncode in (0, 1), other_err[-1500:]

        finish = start(home, "resume", session_id, "--yes", *with_catalog)
        _, err = finish.communicate(timeout=300)
        assert finish.returncode in (0, 1), err[-1500:]
        no_traceback(err)
        check_session(home, session_id, cap=3)
        store = open_store(home)
        try:
            sessions = store.list_sessions()
            assert len(sessions) == 2  # the other session was made beside it, not into it
            for info in sessions:
                assert store.session_cost(info.id) <= info.budget_usd + 1e-9
        finally:
            store.close()
        integrity(home)
    except AssertionError:
        record("multi-process (one data home, one session)", failed=True, refused=0)
        raise
    record("multi-process (one data home, one session)", failed=False, refused=len(refused))


def test_the_same_data_home_opened_by_writers_and_readers_in_a_tight_loop(tmp_path: Path) -> None:
    """Store-level pressure without the CLI's start-up time: 6 processes, each writing its own
    session's rows and reading everyone's, 60 times, on one database."""
    home = tmp_path / "home"
    script = """
import sys
from pathlib import Path
from sessions.models import Brief
from sessions.store import open_store
store = open_store(Path(sys.argv[1]))
info = store.create_session(Brief(text="x", title="x", duration_s=1.0), budget_usd=1.0)
for n in range(60):
    store.update_session(info.id, status="producing")
    store.log_tool_call(info.id, "probe", {"n": n}, {"ok": True})
    store.list_sessions()
    store.session_cost(info.id)
store.close()
"""
    started = time.monotonic()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(home)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    results = [(*p.communicate(timeout=120), p.returncode) for p in procs]
    assert [err for _, err, code in results if code or err] == []
    assert time.monotonic() - started < 120
    integrity(home)
