"""Content Credentials on every delivered file: the glue between takes and sessions/c2pa.py.

A take is signed while it still has its attempt name, before its hash is recorded, so the store only
ever holds the hash of the signed bytes (signing rewrites the file). Each manifest names the engine
as software agent, links the files the take was made from as ingredients (keyframe → clip →
upscale → episode) and carries the attempt's provenance fields as our own assertion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import c2pa

from sessions.c2pa import MIME_TYPES, ProvenanceClaim, SigningIdentity, sign_file, signing_identity
from sessions.models import Artifact, Attempt
from sessions.stages import STAGES
from sessions.store import SessionStore

# Stages that change an existing picture are edits of it; the others create a new one.
EDITS = ("inpaint", "upscale")


def failover_chain(store: SessionStore, attempt: Attempt) -> list[str]:
    """The engines tried before this attempt for the same stage, oldest first, then its own."""
    chain = [attempt.engine]
    seen = {attempt.id}
    previous = attempt.failover_from
    while previous and previous not in seen:
        seen.add(previous)
        earlier = store.attempt(previous)
        chain.insert(0, earlier.engine)
        previous = earlier.failover_from
    return chain


def take_claim(
    attempt: Attempt,
    title: str,
    chain: list[str],
    ingredients: Sequence[Path],
    inputs: Sequence[Path] = (),
) -> ProvenanceClaim:
    fields: dict[str, object] = {
        "session_id": attempt.session_id,
        "shot_id": attempt.shot_id,
        "stage": attempt.tool,
        "take": attempt.take,
        "attempt_id": attempt.id,
        "engine": attempt.engine,
        "provider": attempt.provider,
        "model_version": attempt.model_version,
        "tier": attempt.tier,
        "prompt_sha256": attempt.prompt_sha256,
        "seed": attempt.seed,
        "quality_score": attempt.quality_score,
        "gate_decision": attempt.gate_decision,
        "operator": attempt.operator,
        "failover_chain": chain,
        "catalog_version": attempt.catalog_version,
        "catalog_sha256": attempt.catalog_sha256,
        "idempotency_key": attempt.idempotency_key,
        "cost_usd": attempt.cost_usd,
        # The cast references the engine was shown, by content: which picture of whom went in.
        "references": [
            {k: r[k] for k in ("member", "sha256", "view", "source") if k in r}
            for r in _references(attempt)
        ]
        or None,
    }
    edit = attempt.tool in EDITS and bool(ingredients)
    return ProvenanceClaim(
        title=title,
        action="c2pa.edited" if edit else "c2pa.created",
        software_agent=f"{attempt.engine} {attempt.model_version}".strip(),
        previs=attempt.provider == "animatic",
        fields={k: v for k, v in fields.items() if v is not None},
        ingredients=[p for p in ingredients if _signable(p)],
        inputs=[p for p in inputs if _signable(p)],
    )


def _references(attempt: Attempt) -> list[dict[str, object]]:
    refs = attempt.params.get("references")
    return [r for r in refs if isinstance(r, dict)] if isinstance(refs, list) else []


@dataclass(frozen=True)
class TakeSignature:
    """A take's signature, ready to apply: the store has been read, only file work is left.

    Signing costs tens of milliseconds of C2PA work per take; split like this, the router applies
    it on a worker thread while the event loop (the store's single writer) serves other shots."""

    path: Path
    claim: ProvenanceClaim
    identity: SigningIdentity

    def apply(self) -> None:
        sign_file(self.path, self.claim, self.identity)


def take_signature(
    store: SessionStore,
    attempt: Attempt,
    path: Path,
    ingredients: Sequence[Path],
    inputs: Sequence[Path] = (),
) -> TakeSignature:
    """What signing `path` (the accepted output of `attempt`) needs, read on the caller's thread.
    `inputs`: the cast references the engine was shown (ingredients related as `inputTo`)."""
    title = f"{attempt.shot_id} {STAGES[attempt.tool].kind} t{attempt.take}"
    claim = take_claim(attempt, title, failover_chain(store, attempt), ingredients, inputs)
    return TakeSignature(path, claim, signing_identity(store.home))


def sign_take(
    store: SessionStore, attempt: Attempt, path: Path, ingredients: Sequence[Path]
) -> None:
    """Sign `path` (the accepted output of `attempt`) in place, atomically."""
    take_signature(store, attempt, path, ingredients).apply()


def sign_assembly(
    store: SessionStore, session_id: str, path: Path, kind: str, parts: Sequence[Artifact]
) -> None:
    """Sign an episode or storyboard made from `parts` (the current takes it cuts together)."""
    attempts = {a.id: a for a in store.attempts(session_id) if a.status == "succeeded"}
    made_by = [attempts[p.attempt_id] for p in parts if p.attempt_id in attempts]
    engines = sorted({a.engine for a in made_by})
    info = store.session(session_id)
    claim = ProvenanceClaim(
        title=f"{info.title} — {kind}",
        action="c2pa.created",
        software_agent=f"shotcaller assembly from {', '.join(engines) or 'no engine'}",
        previs=any(a.provider == "animatic" for a in made_by),
        fields={
            "session_id": session_id,
            "kind": kind,
            "plan_version": store.latest_plan_version(session_id),
            "takes": {p.shot_id or "": p.attempt_id or "" for p in parts},
            "engines": engines,
            "operator": info.operator,
            "catalog_version": made_by[0].catalog_version if made_by else "",
        },
        ingredients=[Path(p.path) for p in parts if _signable(Path(p.path))],
    )
    sign_file(path, claim, signing_identity(store.home))


def has_manifest(path: Path) -> bool:
    """Whether `path` already carries a C2PA manifest (recovery must not sign a file twice)."""
    try:
        with path.open("rb") as stream, c2pa.Reader(MIME_TYPES[path.suffix.lower()], stream):
            return True
    except c2pa.C2paError:
        return False


def _signable(path: Path) -> bool:
    return path.suffix.lower() in MIME_TYPES and path.is_file()
