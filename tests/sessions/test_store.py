from __future__ import annotations

from pathlib import Path

import pytest

from sessions.migrations import MIGRATIONS, applied, migrate
from sessions.models import Artifact, Attempt, Brief, Shot, ShotPlan, sha256_text
from sessions.paths import data_home, operator_name
from sessions.store import SessionNotFound, now, open_database, open_store

TABLES = {"sessions", "plans", "shots", "tool_calls", "attempts", "artifacts", "messages"}


def brief() -> Brief:
    return Brief(text="A cat on a porch.", title="Porch cat", duration_s=5, aspect_ratio="1:1")


def plan(n: int = 2) -> ShotPlan:
    shots = [
        Shot(
            id=f"S{i:02d}",
            description=f"shot {i}",
            duration_s=2.5,
            framing="wide",
            camera="static",
            tags=["landscape"],
            seed=i,
        )
        for i in range(1, n + 1)
    ]
    return ShotPlan(title="Porch cat", aspect_ratio="1:1", shots=shots)


def attempt(session_id: str, shot_id: str = "S01", **extra: object) -> Attempt:
    fields: dict[str, object] = {
        "id": sha256_text(f"{session_id}{shot_id}{extra}")[:16],
        "session_id": session_id,
        "shot_id": shot_id,
        "tool": "animate",
        "stage": "animate",
        "engine": "animatic",
        "provider": "animatic",
        "tier": "draft",
        "prompt": "push in",
        "prompt_sha256": sha256_text("push in"),
        "seed": 7,
        "idempotency_key": "k1",
        "started_at": now(),
    }
    fields.update(extra)
    return Attempt.model_validate(fields)


def test_data_home_comes_from_the_environment_when_asked(tmp_path: Path) -> None:
    assert data_home({"SHOTCALLER_HOME": str(tmp_path)}) == tmp_path
    assert data_home({}).name == "shotcaller"


def test_operator_is_named_or_the_login_name() -> None:
    assert operator_name({"SHOTCALLER_OPERATOR": " ana "}) == "ana"
    assert operator_name({})  # the login name: never empty in provenance


def test_migrations_from_an_empty_database(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new" / "shotcaller.db")
    assert set(db.table_names()) >= TABLES
    assert applied(db) == [m.__name__ for m in MIGRATIONS]
    assert applied(db)[0] == "m001_initial"
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert migrate(db) == []  # applying again does nothing


def test_sessions_plans_and_versions(data_home: Path) -> None:
    store = open_store()
    info = store.create_session(brief(), budget_usd=5.0)
    assert store.session(info.id[:4]).id == info.id  # a unique prefix is enough
    first = store.save_plan(info.id, plan(2))
    second = store.save_plan(info.id, plan(3).model_copy(update={"note": "added a shot"}))
    assert (first.version, second.version) == (1, 2)
    assert len(store.plan(info.id, 1).shots) == 2  # type: ignore[union-attr]
    latest = store.plan(info.id)
    assert latest is not None and latest.version == 2 and not latest.approved
    store.approve_plan(info.id)
    assert store.plan(info.id).approved  # type: ignore[union-attr]
    store.set_shot_status(info.id, "S02", "failed", "cap reached")
    assert store.shot_states(info.id)["S02"] == ("failed", "cap reached")
    assert store.plan(info.id).shot("S02").status == "failed"  # type: ignore[union-attr]
    assert [s.id for s in store.list_sessions()] == [info.id]


def test_unknown_session_is_a_clear_error() -> None:
    store = open_store()
    with pytest.raises(SessionNotFound, match="no session matches 'nope'"):
        store.session("nope")


def test_attempts_are_written_then_finalised() -> None:
    store = open_store()
    info = store.create_session(brief(), budget_usd=5.0)
    store.save_plan(info.id, plan())
    a = attempt(info.id, params={"camera": "push-in"}, ranking=["animatic", "sim"])
    store.start_attempt(a)
    assert store.attempt(a.id).status == "running"
    store.set_provider_job_id(a.id, "job-1")
    a.status, a.cost_usd, a.quality_metrics = "succeeded", 0.25, {"sharpness": 1.5}
    a.provider_job_id = "job-1"
    store.finish_attempt(a)
    back = store.attempt(a.id)
    assert back == a
    assert store.attempts_by_key("k1") == [a]
    assert store.session(info.id).cost_usd == pytest.approx(0.25)


def test_takes_are_kept_and_one_is_current() -> None:
    store = open_store()
    info = store.create_session(brief(), budget_usd=5.0)
    for take in (1, 2):
        assert store.next_take_number(info.id, "S01", "animate") == take
        store.add_artifact(
            Artifact(
                id=f"a{take}",
                session_id=info.id,
                shot_id="S01",
                kind="clip",
                tool="animate",
                take=take,
                path=f"/x/animate-t{take}.mp4",
                sha256="0",
                created=now(),
            )
        )
    assert [a.take for a in store.artifacts(info.id, "S01", "clip")] == [1, 2]
    current = store.current_take(info.id, "S01", "clip")
    assert current is not None and current.take == 2


def test_messages_and_tool_calls_round_trip() -> None:
    store = open_store()
    info = store.create_session(brief(), budget_usd=5.0)
    store.add_message(info.id, "user", "make it vertical", '[{"kind":"request"}]')
    store.log_tool_call(info.id, "animate", {"shot_id": "S01"}, {"status": "accepted"})
    assert store.messages(info.id)[0]["text"] == "make it vertical"
    assert store.tool_calls(info.id)[0]["tool"] == "animate"
