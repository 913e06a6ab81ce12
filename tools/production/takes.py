"""Keeping a take: sign the accepted output, record it, then give it its take name.

The order is what makes a crash harmless at every step:
1. sign `S03/attempts/animate-<id>.mp4` in place (signing itself writes a temp file and renames);
2. in one transaction, finalise the attempt and insert the artifact at `S03/animate-t2.mp4` with the
   signed bytes' sha256;
3. rename the file onto its take name.
Steps 2 and 3 write the store, so they run on its thread; step 1 is file work only (`seal_take`),
which the router runs on a worker thread (tens of ms of C2PA signing a take would otherwise stall
every other shot's progress on the event loop).
A crash before 2 leaves a succeeded attempt without a take: recovery adopts it (signing only if
step 1 did not happen). A crash between 2 and 3 leaves a recorded take whose file still has its
attempt name: recovery finishes the rename. Nothing is paid for twice and no hash goes stale.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sessions.models import Artifact, Attempt
from sessions.stages import STAGES
from sessions.store import SessionStore, now
from sessions.takes import record_take
from tools.media.io import file_sha256
from tools.production.signing import TakeSignature, has_manifest, take_signature


def take_ingredients(image: Path | None, params: Mapping[str, object]) -> list[Path]:
    """The files a stage was made from: its input image or clip, and for a chained clip the shot's
    own keyframe too (the input is then the previous clip's last frame)."""
    found = [image] if image is not None else []
    keyframe = params.get("keyframe")
    if isinstance(keyframe, str) and keyframe:
        found.append(Path(keyframe))
    return found


def reference_inputs(params: Mapping[str, object]) -> list[Path]:
    """The cast references an attempt sent its engine (tools/routing/references.py): each is an
    input to the take (C2PA `inputTo`), as a still or clip it was made from is a part of it."""
    refs = params.get("references")
    if not isinstance(refs, list):
        return []
    return [Path(str(r["path"])) for r in refs if isinstance(r, dict) and r.get("path")]


@dataclass(frozen=True)
class PendingTake:
    """An accepted output on its way to becoming a take: numbered, its signature prepared."""

    source: Path  # the attempt's output, still under its attempt name
    target: Path  # its take name, `S03/animate-t2.mp4`
    take: int
    signature: TakeSignature | None  # None when the file is already signed (recovery)


def keep_take(
    store: SessionStore,
    attempt: Attempt,
    *,
    shot_dir: Path,
    ingredients: Sequence[Path],
    already_signed: bool = False,
    inputs: Sequence[Path] = (),
) -> Artifact:
    pending = begin_take(
        store,
        attempt,
        shot_dir=shot_dir,
        ingredients=ingredients,
        already_signed=already_signed,
        inputs=inputs,
    )
    return finish_take(store, attempt, pending, seal_take(pending))


def begin_take(
    store: SessionStore,
    attempt: Attempt,
    *,
    shot_dir: Path,
    ingredients: Sequence[Path],
    already_signed: bool = False,
    inputs: Sequence[Path] = (),
) -> PendingTake:
    """Step 0, on the store's thread: number the take and read what its signature needs
    (`inputs`: the cast references the engine was shown)."""
    source = Path(attempt.output_path or "")
    take = store.next_take_number(attempt.session_id, attempt.shot_id, attempt.tool)
    target = shot_dir / f"{STAGES[attempt.tool].label}-t{take}{source.suffix}"
    if target.exists():
        # The folder is named by shot id, and a revision renumbers shots (sessions/follow.py):
        # a take of the shot that had this id before keeps its file, under its own name.
        target = target.with_name(f"{target.stem}-{attempt.id[:8]}{target.suffix}")
    attempt.take = take
    signature = (
        None if already_signed else take_signature(store, attempt, source, ingredients, inputs)
    )
    return PendingTake(source, target, take, signature)


def seal_take(pending: PendingTake) -> str:
    """Step 1, file work only (safe on a worker thread): sign in place, hash the signed bytes."""
    if pending.signature is not None:
        pending.signature.apply()
    return file_sha256(pending.source)


def finish_take(
    store: SessionStore, attempt: Attempt, pending: PendingTake, digest: str
) -> Artifact:
    """Steps 2 and 3, on the store's thread: record the take (finalising the row), then rename."""
    attempt.output_path = str(pending.target)
    attempt.output_sha256 = digest  # the delivered (signed) bytes, matching output_path
    artifact = Artifact.model_validate(
        {
            "id": f"{attempt.id}-t{pending.take}",
            "session_id": attempt.session_id,
            "shot_id": attempt.shot_id,
            "kind": STAGES[attempt.tool].kind,
            "tool": attempt.tool,
            "take": pending.take,
            "path": str(pending.target),
            "sha256": digest,
            "attempt_id": attempt.id,
            "created": now(),
        }
    )
    record_take(store, attempt, artifact)
    os.replace(pending.source, pending.target)
    return artifact


def adopt_take(store: SessionStore, attempt: Attempt, shot_dir: Path) -> Artifact | None:
    """Keep a succeeded attempt whose take a crash did not record; None if its output is gone."""
    source = Path(attempt.output_path or "")
    if not source.is_file():
        return None
    signed = has_manifest(source)
    if not signed and attempt.output_sha256 and file_sha256(source) != attempt.output_sha256:
        return None  # not the bytes the gate accepted
    return keep_take(
        store,
        attempt,
        shot_dir=shot_dir,
        ingredients=_current_inputs(store, attempt),
        already_signed=signed,
        inputs=reference_inputs(attempt.params),
    )


def _current_inputs(store: SessionStore, attempt: Attempt) -> list[Path]:
    # Best effort for a take signed after a crash: the inputs the stage uses now.
    params = attempt.params
    if attempt.tool == "animate":
        keyframe = store.current_take(attempt.session_id, attempt.shot_id, "keyframe")
        image = Path(keyframe.path) if keyframe else None
        return take_ingredients(image, params)
    if attempt.tool == "inpaint":
        source = store.current_take(attempt.session_id, attempt.shot_id, "keyframe")
    elif attempt.tool == "upscale":
        source = store.current_take(
            attempt.session_id, attempt.shot_id, "clip"
        ) or store.current_take(attempt.session_id, attempt.shot_id, "keyframe")
    else:
        source = None
    return [Path(source.path)] if source else []
