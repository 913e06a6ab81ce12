"""A produced session for the timeline tests, without running a production: a real store, real
clips encoded by PyAV (two with sound, one silent engine, an alternate take), one signed take, and
a failed continuity check on the cut S02→S03."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sessions.c2pa import ProvenanceClaim, sign_file, signing_identity
from sessions.models import (
    Artifact,
    Attempt,
    Brief,
    ContinuityResult,
    Shot,
    ShotPlan,
    StagePrompts,
    sha256_text,
)
from sessions.store import SessionStore, now, open_store
from sessions.takes import record_take
from tests.tools.sound_clips import clip_with_sound
from tools.media.io import file_sha256

FRAMES = {"S01": 48, "S02": 24, "S03": 36}


@dataclass
class EditSession:
    store: SessionStore
    session_id: str
    plan: ShotPlan


def shot(shot_id: str, chain_from: str | None = None) -> Shot:
    return Shot(
        id=shot_id,
        description=f"shot {shot_id} over the fjord",
        duration_s=FRAMES[shot_id] / 24,
        framing="wide",
        camera="pan",
        tags=["landscape"],
        chain_from=chain_from,
        seed=int(shot_id[1:]) * 11,
        prompts=StagePrompts(keyframe=f"keyframe {shot_id}", motion=f"motion {shot_id}"),
    )


def add_take(
    store: SessionStore,
    session_id: str,
    shot_id: str,
    take: int,
    *,
    freq: float | None,
    codec: str = "aac",
    engine: str = "veo-3.1-fast",
    signed: bool = False,
) -> Path:
    folder = store.session_dir(session_id) / shot_id
    folder.mkdir(parents=True, exist_ok=True)
    path = clip_with_sound(
        folder / f"animate-t{take}.mp4",
        frames=FRAMES[shot_id],
        freq=freq,
        codec=codec,
        shade=40 * take + int(shot_id[1:]) * 20,
    )
    prompt = f"{shot_id} take {take}: mist over the water"
    attempt = Attempt(
        id=f"{session_id}-{shot_id}-a{take}",
        session_id=session_id,
        shot_id=shot_id,
        tool="animate",
        stage="animate",
        engine=engine,
        provider="gemini" if engine.startswith("veo") else "fal",
        model_version=f"{engine}-model",
        tier="draft",
        prompt=prompt,
        prompt_sha256=sha256_text(prompt),
        seed=int(shot_id[1:]) * 11,
        idempotency_key=f"key-{shot_id}-{take}",
        started_at=now(),
        take=take,
    )
    store.start_attempt(attempt)
    if signed:
        claim = ProvenanceClaim(
            title=f"{shot_id} t{take}",
            action="c2pa.created",
            software_agent=engine,
            previs=False,
            fields={"shot_id": shot_id},
        )
        sign_file(path, claim, signing_identity(store.home))
    done = attempt.model_copy(update={"status": "succeeded", "output_path": str(path)})
    record_take(
        store,
        done,
        Artifact(
            id=f"{session_id}-{shot_id}-clip-{take}",
            session_id=session_id,
            shot_id=shot_id,
            kind="clip",
            tool="animate",
            take=take,
            path=str(path),
            sha256=file_sha256(path),
            attempt_id=attempt.id,
            created=now(),
        ),
    )
    return path


def edit_session(home: Path) -> EditSession:
    """S01 (AAC tone, signed) → S02 (silent; take 2 current, take 1 an alternate) → S03 (Opus)."""
    store = open_store(home)
    info = store.create_session(
        Brief(text="a fjord teaser", title="Fjord teaser", duration_s=4.5), budget_usd=5.0
    )
    plan = store.save_plan(
        info.id,
        ShotPlan(
            title="Fjord teaser",
            aspect_ratio="16:9",
            shots=[shot("S01"), shot("S02", chain_from="S01"), shot("S03")],
        ),
    )
    store.approve_plan(info.id)
    add_take(store, info.id, "S01", 1, freq=440, signed=True)
    add_take(store, info.id, "S02", 1, freq=None, engine="kling-2.5-turbo-pro")
    add_take(store, info.id, "S02", 2, freq=None, engine="kling-2.5-turbo-pro")
    add_take(store, info.id, "S03", 1, freq=660, codec="libopus")
    store.add_continuity(
        info.id, ContinuityResult(shot_a="S01", shot_b="S02", cut="matched", passed=True)
    )
    store.add_continuity(
        info.id,
        ContinuityResult(
            shot_a="S02",
            shot_b="S03",
            passed=False,
            reasons=["palette jump ΔE 31 > 15"],
            suggestion="redo S03's keyframe from S02's last frame",
        ),
    )
    return EditSession(store, info.id, plan)
