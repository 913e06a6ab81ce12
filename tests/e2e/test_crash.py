"""kill -9 at random moments: `shotcaller run` (and sometimes `resume`) killed, then resumed.

The kill moments come from a fixed seed; where they land depends on the machine, so every assertion
is one that must hold wherever a kill lands: the production completes, every recorded take exists
with its recorded sha256 and a valid signature, nothing is paid twice, no temp file is a take, and
every take the killed process announced is still there.
Odd iterations use the `simulated` provider when it is installed (waits long enough to be killed
during, job ids recorded before the wait): after the resume no submitted job is left unpolled. SHOTCALLER_KILL_ITERATIONS raises the count (default 6, to stay
within CI's budget).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import time
from collections import Counter
from pathlib import Path

import av
import pytest

from sessions.c2pa import verify_file
from sessions.store import open_store
from sessions.takes import TAKE_KINDS
from tools.engines.base import engine_factories
from tools.media.io import file_sha256

from .invariants import EXE, announced_takes, kill_after, start

BRIEF = "Two 1.5-second shots: a lighthouse at dusk, then a close-up of its lamp."
ITERATIONS = int(os.environ.get("SHOTCALLER_KILL_ITERATIONS", "6"))
SIMULATED_CATALOG = """
version = "kill-test"
[guardrails]
max_attempts_per_stage = 3
budget_usd = 20.0
[[engine]]
name = "sim-slow"
provider = "simulated"
model = "sim-slow-1"
tools = ["generate_keyframe", "animate", "inpaint", "upscale"]
tiers = ["draft"]
price = { per_second = 0.1 }
latency_s = 0.6
concurrency = 2
[engine.faults]
seed = 3
"""


def catalog_args(tmp_path: Path, iteration: int) -> list[str]:
    if iteration % 2 == 0 or "simulated" not in engine_factories():
        return []
    path = tmp_path / "catalog.toml"
    path.write_text(SIMULATED_CATALOG)
    return ["--catalog", str(path)]


def check_session(
    home: Path, session_id: str, announced: set[str], *, redone: bool = False
) -> None:
    store = open_store(home)
    try:
        info = store.session(session_id)
        assert info.status == "completed"
        folder = store.session_dir(session_id)
        attempts = store.attempts(session_id)
        assert not [a for a in attempts if a.status == "running"]
        succeeded = [a for a in attempts if a.status == "succeeded"]
        keys = Counter(a.idempotency_key for a in succeeded)
        assert max(keys.values()) == 1, "an idempotency key succeeded twice"
        if not redone:  # a redo pays for a stage again, on purpose
            stages = Counter((a.shot_id, a.tool) for a in succeeded)
            assert max(stages.values()) == 1, "a stage was paid for twice"
        unpolled = [a for a in attempts if a.status == "interrupted" and a.provider_job_id]
        assert not unpolled, "a submitted job was left instead of polled"
        takes = [a for a in store.artifacts(session_id) if a.kind in TAKE_KINDS]
        made_by = Counter(t.attempt_id for t in takes)
        assert made_by == Counter(a.id for a in succeeded), "a take without its attempt, or back"
        assert not [t for t in takes if t.current and t.stale], "a stale take was left"
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
        plan = store.plan(session_id)
        assert plan is not None
        episode = folder / "episode.mp4"
        with av.open(str(episode)) as container:
            frames = sum(1 for _ in container.decode(container.streams.video[0]))
        assert frames == sum(s.frames for s in plan.shots)
        assert verify_file(episode, home=home, env={}).valid
    finally:
        store.close()


@pytest.mark.parametrize("iteration", range(ITERATIONS))
def test_kill_9_then_resume_completes(tmp_path: Path, iteration: int) -> None:
    rng = random.Random(1000 + iteration)
    home = tmp_path / "home"
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF)
    catalog = catalog_args(tmp_path, iteration)
    announced = announced_takes(
        kill_after(start(home, "run", str(brief), "--yes", *catalog), rng.uniform(0.4, 4.0))
    )
    listed = subprocess.run(
        [str(EXE), "sessions", "--json"],
        env={**os.environ, "SHOTCALLER_HOME": str(home)},
        capture_output=True,
        text=True,
        check=True,
    )
    sessions = json.loads(listed.stdout)
    if not sessions:  # killed before the session existed: nothing to resume, nothing to lose
        assert not (home / "sessions").exists() or not any((home / "sessions").iterdir())
        return
    session_id = sessions[0]["id"]
    if iteration % 2:  # every other time, kill the resume too
        announced |= announced_takes(
            kill_after(start(home, "resume", session_id, "--yes", *catalog), rng.uniform(0.3, 3.0))
        )
    started = time.monotonic()
    done = start(home, "resume", session_id, "--yes", "--json", *catalog)
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err + out[-1500:]  # --json: the summary says where it stood
    assert json.loads(out)["status"] == "completed"
    assert time.monotonic() - started < 60
    announced |= announced_takes(err)
    check_session(home, session_id, announced)
    if iteration % 3 != 2:
        return
    # Iterating on a shot is crash-safe too: kill a redo, then a plain resume finishes it.
    redo = ["resume", session_id, "--shot", "S01", "--redo", "keyframe", "--prompt", "at night"]
    redo.append("--yes")
    announced |= announced_takes(kill_after(start(home, *redo, *catalog), rng.uniform(0.3, 3.0)))
    done = start(home, "resume", session_id, "--yes", *catalog)
    _, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    check_session(home, session_id, announced | announced_takes(err), redone=True)
