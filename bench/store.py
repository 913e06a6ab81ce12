"""The session store under load: attempts logged per second, opening a big session, signing a take.

Targets (issue 7): over 5,000 attempts/s from a single writer; under 0.2 s to open a session of
10,000 attempts and rebuild its plan state; under 0.1 s to sign a keyframe.
Rates are given per wall second and per CPU second: on a shared machine the CPU figure is the one
that says what the code costs. Run: .venv/bin/python -m bench.store [ATTEMPTS]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench._common import table, write_json
from bench.signing import keyframe
from sessions.c2pa import ProvenanceClaim, sign_file, signing_identity
from sessions.models import Artifact, Attempt, Brief, Shot, ShotPlan, StagePrompts
from sessions.store import SessionStore, _attempt_row, open_store
from sessions.takes import stale_takes

SHOTS = 40
TARGET_RATE, TARGET_OPEN_S, TARGET_SIGN_S = 5_000, 0.2, 0.1


def attempt(session_id: str, n: int) -> Attempt:
    shot = f"S{n % SHOTS + 1:02d}"
    return Attempt(
        id=f"a{n:09d}",
        session_id=session_id,
        shot_id=shot,
        tool="animate",
        stage="animate",
        engine="sim-veo",
        provider="simulated",
        model_version="simulated-1",
        tier="draft",
        prompt=f"{shot} slow push-in over the harbour at dusk",
        prompt_sha256="0" * 64,
        seed=n,
        params={"width": 1280, "height": 720, "duration_s": 4.0, "round": 1},
        idempotency_key=f"{n:064d}",
        estimated_cost_usd=0.4,
        started_at="2026-11-21T10:00:00.000000+00:00",
        ranking=["sim-veo", "animatic"],
        catalog_version="2026-11-21",
    )


def new_session(store: SessionStore) -> str:
    info = store.create_session(Brief(text="bench", title="bench", duration_s=160), budget_usd=1e6)
    shots = [
        Shot(
            id=f"S{i:02d}",
            description="harbour",
            duration_s=4.0,
            framing="wide",
            camera="push-in",
            seed=i,
            chain_from=f"S{i - 1:02d}" if i % 4 == 0 else None,
            prompts=StagePrompts(keyframe="harbour", motion="push-in"),
        )
        for i in range(1, SHOTS + 1)
    ]
    plan = ShotPlan(title="bench", aspect_ratio="16:9", shots=shots, approved=True)
    store.save_plan(info.id, plan)
    return info.id


def log_rate(home: Path, count: int) -> dict[str, float]:
    """Each attempt written twice, as in production: before dispatch and when it finishes."""
    store = open_store(home)
    session_id = new_session(store)
    attempts = [attempt(session_id, n) for n in range(count)]
    wall, cpu = time.perf_counter(), time.process_time()
    for a in attempts:
        store.start_attempt(a)
    start_wall, start_cpu = time.perf_counter() - wall, time.process_time() - cpu
    for a in attempts:
        a.status, a.cost_usd, a.quality_score = "succeeded", 0.4, 0.9
        store.finish_attempt(a)
    both_wall, both_cpu = time.perf_counter() - wall, time.process_time() - cpu
    store.close()
    return {
        "start_per_s_wall": count / start_wall,
        "start_per_s_cpu": count / start_cpu,
        "logged_per_s_wall": count / both_wall,  # start + finish: one whole attempt
        "logged_per_s_cpu": count / both_cpu,
    }


def big_session(home: Path, count: int) -> str:
    store = open_store(home)
    session_id = new_session(store)
    rows = []
    for n in range(count):
        a = attempt(session_id, n)
        a.status = "succeeded" if n % 3 == 0 else "rejected"
        a.cost_usd = 0.4
        rows.append(_attempt_row(a))
    store.db.table("attempts").insert_all(rows)  # set-up in bulk: not what is measured
    for n in range(0, count, 3):
        a = store.attempt(f"a{n:09d}")
        store.add_artifact(
            Artifact(
                id=f"{a.id}-t",
                session_id=session_id,
                shot_id=a.shot_id,
                kind="clip",
                tool="animate",
                take=n,
                path=f"/nowhere/{a.id}.mp4",
                sha256="0" * 64,
                attempt_id=a.id,
                created=a.started_at,
            )
        )
    store.close()
    return session_id


def open_and_rebuild(home: Path, session_id: str) -> float:
    """Open the store and rebuild what a resume needs: session, plan, statuses, current and
    stale takes per shot, cost so far."""
    started = time.perf_counter()
    store = open_store(home)
    info = store.session(session_id)
    plan = store.plan(info.id)
    assert plan is not None
    current = {
        (shot.id, kind): store.current_take(info.id, shot.id, kind)
        for shot in plan.shots
        for kind in ("keyframe", "clip", "upscale")
    }
    stale = stale_takes(store, info.id)
    cost = store.session_cost(info.id)
    elapsed = time.perf_counter() - started
    assert current and cost > 0 and not stale
    store.close()
    return elapsed


def signing_cost(root: Path, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds to sign one keyframe."""
    identity = signing_identity(root / "signing-home", env={})
    source = keyframe(root / "k.png")
    claim = ProvenanceClaim(
        title="S01 keyframe t1",
        action="c2pa.created",
        software_agent="animatic animatic-1",
        previs=True,
        fields={"engine": "animatic", "seed": 1, "prompt_sha256": "0" * 64},
    )
    walls, cpus = [], []
    for run in range(runs):
        target = root / f"k{run}.png"
        shutil.copyfile(source, target)
        wall, cpu = time.perf_counter(), time.process_time()
        sign_file(target, claim, identity)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        rates = log_rate(root / "log", count)
        session_id = big_session(root / "big", 10_000)
        opens = [open_and_rebuild(root / "big", session_id) for _ in range(5)]
        sign_s, sign_cpu_s = signing_cost(root, 10)
    open_s = statistics.median(opens)
    rows = [
        ["attempts started /s (wall)", rates["start_per_s_wall"], TARGET_RATE],
        ["attempts started /s (cpu)", rates["start_per_s_cpu"], TARGET_RATE],
        ["attempts logged start+finish /s (wall)", rates["logged_per_s_wall"], TARGET_RATE],
        ["attempts logged start+finish /s (cpu)", rates["logged_per_s_cpu"], TARGET_RATE],
        ["open 10,000-attempt session + plan state, s", open_s, TARGET_OPEN_S],
        ["sign a 1280x720 keyframe, s (median, wall)", sign_s, TARGET_SIGN_S],
        ["sign a 1280x720 keyframe, s (median, cpu)", sign_cpu_s, TARGET_SIGN_S],
    ]
    print(table(["measure", "value", "target"], rows))
    print(
        write_json(
            "store",
            {
                "attempts": count,
                **rates,
                "open_10k_s": open_s,
                "sign_keyframe_s": sign_s,
                "sign_keyframe_cpu_s": sign_cpu_s,
                "targets": {"rate": TARGET_RATE, "open_s": TARGET_OPEN_S, "sign_s": TARGET_SIGN_S},
            },
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
