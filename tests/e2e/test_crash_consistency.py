"""Crash consistency: SIGKILL at random points of run, redo, failover and assembly, then resume.

Each trial is drawn from its seed: a catalog of two simulated engines whose faults (server errors,
timeouts, 429s, spoiled outputs) make failover happen, a production started either from a brief
(`shotcaller run`) or from a stored plan with a look-back pair (`resume`), one to three kills of
the producing process — after a random time, after the N-th progress line, or just as the episode
is being cut and signed — sometimes a killed redo of one shot's stage, and a last `resume` that
runs to its end. Then everything the issue asks holds (tests/e2e/invariants.py): no job paid twice,
no job left unpolled, no take lost or altered, no cap used by work that never reached an engine,
every shot delivered or failed with a reason, the database intact.

Trials run in parallel (real processes; SHOTCALLER_CRASH_WORKERS). The fast setting runs in
`make test`; `make soak` runs the same suite long (SHOTCALLER_CRASH_TRIALS). A failure names its
seed: SHOTCALLER_CRASH_SEED=<seed> SHOTCALLER_CRASH_TRIALS=1 replays it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sessions.models import Brief, Shot, ShotPlan, StagePrompts
from sessions.store import open_store
from tests.trials import record

from .invariants import EXE, announced_takes, check_session, child_env, no_traceback, start

TRIALS = int(os.environ.get("SHOTCALLER_CRASH_TRIALS", "4"))
WORKERS = int(os.environ.get("SHOTCALLER_CRASH_WORKERS", "2"))
FIRST_SEED = int(os.environ.get("SHOTCALLER_CRASH_SEED", "0"))
BRIEF = "Two 1-second shots: a lighthouse at dusk, then a close-up of its lamp."


def catalog_text(rng: random.Random, cap: int, latency_s: tuple[float, float] = (0.1, 0.3)) -> str:
    def engine(name: str, quality: float, price: float, concurrency: int, faults: str) -> str:
        return f"""
[[engine]]
name = "{name}"
provider = "simulated"
tools = ["generate_keyframe", "animate", "inpaint", "upscale"]
tiers = ["draft"]
price = {{ per_second = {price} }}
quality = {quality}
latency_s = {rng.uniform(*latency_s):.3f}
concurrency = {concurrency}
[engine.faults]
seed = {rng.randrange(10_000)}
{faults}
"""

    flaky = (
        f"server_error = {rng.choice([0.1, 0.2, 0.3])}\ntimeout = {rng.choice([0.0, 0.1])}\n"
        f"low_quality = {rng.choice([0.0, 0.1, 0.2])}\nrate_limit = {rng.choice([0.0, 0.1])}\n"
        "retry_after_s = 0.2\n"
    )
    steady = f"server_error = {rng.choice([0.0, 0.05])}\n"
    return (
        f'version = "crash-suite"\n[guardrails]\nmax_attempts_per_stage = {cap}\n'
        "budget_usd = 50.0\nmax_retry_after_s = 1.0\n"
        + engine("sim-first", 0.9, 0.1, rng.choice([1, 2]), flaky)
        + engine("sim-second", 0.5, 0.2, rng.choice([1, 2]), steady)
    )


def stored_session(home: Path, rng: random.Random) -> str:
    """An approved three-shot plan, S02 continuing S01 (look-back), not produced yet."""

    def shot(n: int, chain_from: str | None = None) -> Shot:
        return Shot(
            id=f"S{n:02d}",
            description=f"shot {n}: a harbour at dusk",
            duration_s=rng.choice([0.5, 1.0]),
            framing="wide",
            camera=rng.choice(["push-in", "pan", "orbit"]),
            chain_from=chain_from,
            seed=rng.randrange(1, 10_000),
            prompts=StagePrompts(keyframe=f"harbour {n}, dusk", motion="slow camera move"),
        )

    store = open_store(home)
    try:
        info = store.create_session(
            Brief(text="harbour", title="Harbour", duration_s=3.0), budget_usd=50.0
        )
        store.save_plan(
            info.id,
            ShotPlan(
                title="Harbour",
                aspect_ratio="16:9",
                shots=[shot(1), shot(2, chain_from="S01"), shot(3)],
            ),
        )
        store.approve_plan(info.id)
        return info.id
    finally:
        store.close()


@dataclass
class Kill:
    """Where one SIGKILL landed (or that the process ended first)."""

    how: str
    killed: bool
    stderr: str


def kill_somewhere(proc: subprocess.Popen[str], rng: random.Random) -> Kill:
    """SIGKILL `proc` at a point drawn from `rng`: after a while, after its N-th progress line,
    or just as it starts cutting the episode (the first continuity check is the sign)."""
    how = rng.choice(["time", "line", "line", "assembly"])
    lines: list[str] = []
    moment = threading.Event()
    wanted = rng.randint(1, 12)
    assert proc.stderr is not None

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if how == "line" and len(lines) >= wanted:
                moment.set()
            if how == "assembly" and "check_continuity" in line:
                moment.set()
        moment.set()  # the process ended first

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if how == "time":
        moment.wait(rng.uniform(0.3, 3.0))
    else:
        moment.wait(120)
        time.sleep(rng.uniform(0.0, 0.3 if how == "assembly" else 0.08))
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    reader.join(timeout=60)
    assert proc.stdout is not None
    proc.stdout.read()
    proc.stdout.close()
    proc.stderr.close()
    return Kill(how, killed, "".join(lines))


def session_ids(home: Path) -> list[str]:
    listed = subprocess.run(
        [str(EXE), "sessions", "--json"],
        env=child_env(home),
        capture_output=True,
        text=True,
        check=True,
    )
    return [s["id"] for s in json.loads(listed.stdout)]


@dataclass
class Trial:
    seed: int
    steps: list[str] = field(default_factory=list)
    kills: int = 0
    error: str = ""


def run_trial(seed: int, root: Path) -> Trial:
    trial = Trial(seed)
    try:
        _play(trial, root / f"trial-{seed}")
    except Exception:
        trial.error = traceback.format_exc(limit=3)
    return trial


def _play(trial: Trial, home: Path) -> None:
    rng = random.Random(f"crash-suite|{trial.seed}")
    home.mkdir(parents=True)
    cap = rng.choice([2, 3])
    catalog = home.parent / f"catalog-{trial.seed}.toml"
    catalog.write_text(catalog_text(rng, cap))
    brief = home.parent / f"brief-{trial.seed}.txt"
    brief.write_text(BRIEF)
    with_catalog = ["--catalog", str(catalog)]
    announced: set[str] = set()

    def killed(*args: str) -> None:
        kill = kill_somewhere(start(home, *args, *with_catalog), rng)
        no_traceback(kill.stderr) if not kill.killed else None
        announced.update(announced_takes(kill.stderr))
        trial.steps.append(f"{args[0]}{' --redo' if '--redo' in args else ''} ({kill.how})")
        trial.kills += int(kill.killed)

    if rng.random() < 0.4:  # from a brief, through the planner
        killed("run", str(brief), "--yes")
        ids = session_ids(home)
        if not ids:  # killed before the session was saved: the person runs it again
            killed("run", str(brief), "--yes")
            ids = session_ids(home)
        if not ids:
            return  # two kills before a session existed: nothing to resume, nothing to lose
        session_id = ids[0]
    else:  # a stored plan with a look-back pair
        session_id = stored_session(home, rng)
        killed("resume", session_id, "--yes")
    for _ in range(rng.randint(0, 2)):
        killed("resume", session_id, "--yes")
    if rng.random() < 0.4:  # iterating on a shot is crash-safe too
        stage = rng.choice(["keyframe", "animate"])
        prompt = ["--prompt", "at night"] if rng.random() < 0.5 else []
        killed("resume", session_id, "--shot", "S01", "--redo", stage, *prompt, "--yes")
    done = start(home, "resume", session_id, "--yes", "--json", *with_catalog)
    out, err = done.communicate(timeout=300)
    trial.steps.append("resume (to the end)")
    no_traceback(err)
    assert done.returncode in (0, 1), err[-2000:]
    assert json.loads(out)["status"] in ("completed", "partial", "failed")
    announced |= announced_takes(err)
    check_session(home, session_id, announced, cap=cap)


def test_kills_at_random_points_then_resume_keep_every_invariant(tmp_path: Path) -> None:
    seeds = range(FIRST_SEED, FIRST_SEED + TRIALS)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        trials = list(pool.map(lambda seed: run_trial(seed, tmp_path), seeds))
    for trial in trials:
        record("crash consistency (kill -9, resume)", failed=bool(trial.error), kills=trial.kills)
    failed = [t for t in trials if t.error]
    assert not failed, "\n\n".join(
        f"seed {t.seed}: {' → '.join(t.steps)}\n{t.error}" for t in failed
    )
