"""What must hold of a session after anything — kills, full disks, other processes — and a resume.

Each check reads the real database and the real files and raises AssertionError naming what broke.
Shared by the crash-consistency suite, the multi-process suite and the local-failure tests.
SHOTCALLER_CHILD_PYTHONPATH runs the processes under test from another checkout (to see a suite
fail on an older commit) while the checks stay these.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import av

from sessions.c2pa import verify_file
from sessions.store import SessionStore, open_store
from sessions.takes import TAKE_KINDS
from tools.media.io import file_sha256
from tools.routing.guardrails import counts_against_cap, round_of

EXE = Path(sys.executable).with_name("shotcaller")


def child_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "SHOTCALLER_HOME": str(home)}
    other = os.environ.get("SHOTCALLER_CHILD_PYTHONPATH")
    if other:
        env["PYTHONPATH"] = other
    return env


def start(home: Path, *args: str, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [str(EXE), *args],
        env=child_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def kill_after(proc: subprocess.Popen[str], delay: float) -> str:
    """SIGKILL `proc` after `delay` seconds (unless it finished); return what it printed on stderr."""
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    return err


def announced_takes(stderr: str) -> set[str]:
    # The progress printer's "✓ S01 animate  animate-t1.mp4": takes the person was told about.
    return {
        f"{line.split()[1]}/{line.split()[-1]}"
        for line in stderr.splitlines()
        if line.strip().startswith("✓")
    }


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr[-3000:]
    errors = [line for line in stderr.splitlines() if "error:" in line]
    assert len(errors) <= 1, errors  # one clear line, at most


def integrity(home: Path) -> None:
    conn = sqlite3.connect(home / "shotcaller.db")
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("pragma foreign_key_check").fetchall() == []
    finally:
        conn.close()


def check_session(
    home: Path,
    session_id: str,
    announced: set[str] = frozenset(),  # type: ignore[assignment]
    *,
    cap: int,
    delivered: bool = False,
) -> dict[str, str]:
    """Every invariant of issue 12's crash-consistency suite; returns each shot's status."""
    integrity(home)
    store = open_store(home)
    try:
        return _check(store, home, session_id, announced, cap=cap, delivered=delivered)
    finally:
        store.close()


def _check(
    store: SessionStore,
    home: Path,
    session_id: str,
    announced: set[str],
    *,
    cap: int,
    delivered: bool,
) -> dict[str, str]:
    info = store.session(session_id)
    folder = store.session_dir(session_id)
    attempts = store.attempts(session_id)
    assert not [a for a in attempts if a.status == "running"], "a row left running"

    # No job paid twice: each provider job is one row, each accepted output one take.
    jobs = Counter(a.provider_job_id for a in attempts if a.provider_job_id)
    assert not jobs or max(jobs.values()) == 1, f"a job on two rows: {jobs.most_common(1)}"
    keys = Counter(a.idempotency_key for a in attempts if a.idempotency_key)
    assert not keys or max(keys.values()) == 1, "an idempotency key used twice"
    # No job left unpolled: a submitted job nobody saw finish would be paid for and lost.
    unpolled = [
        a
        for a in attempts
        if a.provider_job_id
        and (a.status == "interrupted" or (a.status == "failed" and a.error_kind == "local"))
    ]
    assert not unpolled, f"submitted jobs left unpolled: {[a.id for a in unpolled]}"
    succeeded = [a for a in attempts if a.status == "succeeded"]

    # No take lost or altered.
    takes = [a for a in store.artifacts(session_id) if a.kind in TAKE_KINDS]
    made_by = Counter(t.attempt_id for t in takes)
    assert made_by == Counter(a.id for a in succeeded), "a take without its attempt, or back"
    for take in takes:
        path = Path(take.path)
        assert path.is_file(), f"{path.name} recorded but missing"
        assert not path.name.startswith(".") and path.parent.name != "attempts"
        assert file_sha256(path) == take.sha256, f"{path.name} does not match its sha256"
        assert verify_file(path, home=home, env={}).valid, f"{path.name} is not signed"
    kept = {f"{t.shot_id}/{Path(t.path).name}" for t in takes}
    assert announced <= kept, f"announced but lost: {announced - kept}"
    leftovers = [p for p in folder.rglob(".*") if p.is_file() and p.name != ".lock"]
    assert not leftovers, f"temp files left: {leftovers}"

    # No cap used by work that never reached an engine, and no round past its cap.
    per_round: dict[tuple[str, str, int], list[object]] = defaultdict(list)
    for a in attempts:
        if counts_against_cap(a):
            per_round[(a.shot_id, a.tool, round_of(a))].append(a)
            assert a.error_kind not in ("local",), a.id
    over = {k: len(v) for k, v in per_round.items() if len(v) > cap}
    assert not over, f"rounds past the cap of {cap}: {over}"

    # Every shot delivered or failed with a reason.
    plan = store.plan(session_id)
    assert plan is not None
    states = store.shot_states(session_id)
    for shot in plan.shots:
        status, reason = states[shot.id]
        if status == "done":
            clip = store.current_take(session_id, shot.id, "clip")
            assert clip is not None and not clip.stale, f"{shot.id} done without a fresh clip"
        else:
            assert status in ("failed", "needs_attention"), f"{shot.id} left {status}"
            assert reason.strip(), f"{shot.id} {status} without a reason"
    statuses = {shot.id: states[shot.id][0] for shot in plan.shots}
    if delivered or info.status == "completed":
        assert info.status == "completed", info.status
        assert set(statuses.values()) == {"done"}
        episode = folder / "episode.mp4"
        with av.open(str(episode)) as container:
            frames = sum(1 for _ in container.decode(container.streams.video[0]))
        assert frames == sum(s.frames for s in plan.shots)
        assert verify_file(episode, home=home, env={}).valid
    else:
        assert info.status in ("partial", "failed"), info.status
    return statuses
