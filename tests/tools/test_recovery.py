"""Crash recovery over a real store and real files: each state a dead process can leave behind."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sessions.c2pa import verify_file
from sessions.models import Attempt, Brief, Shot, ShotPlan
from sessions.store import SessionStore, now, open_store
from tools.media.io import file_sha256, write_png
from tools.production.recovery import recover_session
from tools.production.takes import keep_take


def setup(home: Path) -> tuple[SessionStore, str, Path]:
    store = open_store(home)
    info = store.create_session(Brief(text="x", title="x", duration_s=1.0), budget_usd=1.0)
    shot = Shot(id="S01", description="x", duration_s=1.0, framing="wide", camera="static", seed=1)
    store.save_plan(info.id, ShotPlan(title="x", aspect_ratio="16:9", shots=[shot]))
    return store, info.id, store.session_dir(info.id) / "S01"


def attempt(session_id: str, shot_dir: Path, name: str, **fields: object) -> Attempt:
    return Attempt.model_validate(
        {
            "id": name,
            "session_id": session_id,
            "shot_id": "S01",
            "tool": "generate_keyframe",
            "stage": "generate_keyframe",
            "engine": "animatic",
            "provider": "animatic",
            "tier": "draft",
            "prompt": "p",
            "prompt_sha256": "0" * 64,
            "seed": 1,
            "idempotency_key": f"key-{name}",
            "started_at": now(),
            "output_path": str(shot_dir / "attempts" / f"keyframe-{name}.png"),
            **fields,
        }
    )


def picture(path: Path, level: int) -> Path:
    return write_png(np.full((36, 64, 3), level, dtype=np.uint8), path)


def test_each_crash_state_is_put_back_in_order(data_home: Path) -> None:
    store, sid, shot_dir = setup(data_home)
    # 1. killed between recording a take and renaming it onto its take name
    recorded = attempt(sid, shot_dir, "recorded", status="running")
    store.start_attempt(recorded)
    picture(Path(recorded.output_path or ""), 40)
    recorded.status = "succeeded"  # the gate's verdict, written by keeping the take
    take = keep_take(store, recorded, shot_dir=shot_dir, ingredients=[])
    Path(take.path).replace(shot_dir / "attempts" / "keyframe-recorded.png")  # undo the rename
    # 2. killed after the gate accepted an output, before it was kept
    orphan = attempt(sid, shot_dir, "orphan", status="succeeded", gate_decision="accept")
    store.start_attempt(orphan)
    picture(Path(orphan.output_path or ""), 90)
    store.finish_attempt(
        orphan.model_copy(update={"output_sha256": file_sha256(Path(orphan.output_path or ""))})
    )
    # 3. killed while engines were working: one with a provider job, one without
    polled = attempt(sid, shot_dir, "polled", provider_job_id="job-7")
    lost = attempt(sid, shot_dir, "lost")
    store.start_attempt(polled)
    store.start_attempt(lost)
    picture(Path(lost.output_path or ""), 10)  # complete on disk, but never gated
    # 4. temp files from writers that never renamed
    (shot_dir / ".keyframe-t3.abc.png").write_bytes(b"half")
    (shot_dir.parent / ".episode.assembling.mp4").write_bytes(b"half")

    report = recover_session(store, sid)

    assert report.renamed == ["keyframe-t1.png"]
    assert report.adopted == ["orphan"]
    assert sorted(report.interrupted) == ["lost", "polled"] and report.resumable == ["polled"]
    assert {a.id: a.status for a in store.attempts(sid)} == {
        "recorded": "succeeded",
        "orphan": "succeeded",
        "polled": "interrupted",
        "lost": "interrupted",
    }
    assert store.attempt("polled").provider_job_id == "job-7"  # kept, so the router polls it
    takes = store.artifacts(sid, "S01", "keyframe")
    assert [t.take for t in takes] == [1, 2]
    for t in takes:
        assert file_sha256(Path(t.path)) == t.sha256
        assert verify_file(Path(t.path), home=data_home, env={}).valid
    assert not list(shot_dir.glob("attempts/*")) and not list(shot_dir.parent.rglob(".*.*"))
    assert not recover_session(store, sid).anything  # a second pass has nothing to do
    store.close()
