"""Which of a stage's cast references an engine is shown, and how the attempt records it.

The router ranks engines that take the cast's references first (tools/routing/rank.py); whichever
engine a call goes to, its attempt row says exactly which references went in — or that none did,
and why — so provenance can name every picture a take was made from.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tools.catalog import EngineSpec
from tools.engines.base import CastSubject, ReferenceImage, pick_references
from tools.routing.rank import CastNeeds, reference_block


def sent_to(
    spec: EngineSpec, tool: str, cast: tuple[CastSubject, ...], needs: CastNeeds | None = None
) -> tuple[CastSubject, ...]:
    """The cast as this engine is shown it: its `references.images` pictures (every member's
    primary first), its LoRAs if it takes them; names and descriptions always (they are words).
    None at all when the engine cannot take them for this stage (`reference_block`)."""
    inputs = spec.references
    applies = reference_block(spec, tool, needs) is None
    picked = pick_references(cast, inputs.images if applies else 0)
    shown: dict[str, list[ReferenceImage]] = {}
    for member, reference in picked:
        shown.setdefault(member.name, []).append(reference)
    lora = applies and inputs.lora
    return tuple(
        replace(
            m,
            references=tuple(shown.get(m.name, ())),
            lora_url=m.lora_url if lora else None,
        )
        for m in cast
    )


def cast_params(
    spec: EngineSpec, tool: str, cast: tuple[CastSubject, ...], needs: CastNeeds | None = None
) -> dict[str, Any]:
    """The attempt's record of the cast: who the stage shows, which references and LoRAs were sent
    to this engine, and — when some were not — why."""
    if not cast:
        return {}
    sent = sent_to(spec, tool, cast, needs)
    references = [
        {
            "member": m.name,
            "path": str(r.path),
            "sha256": r.sha256,
            "view": r.view,
            "source": r.source,
        }
        for m in sent
        for r in m.references
    ]
    loras = [
        {"member": m.name, "url": m.lora_url, "scale": m.lora_scale} for m in sent if m.lora_url
    ]
    had = sum(len(m.references) for m in cast) + sum(1 for m in cast if m.lora_url)
    given = len(references) + len(loras)
    params: dict[str, Any] = {"cast": [m.name for m in cast]}
    if had:
        params["references"] = references
        params["loras"] = loras
        params["references_sent"] = given > 0
        if given == 0:
            why = reference_block(spec, tool, needs) or f"takes no references for {tool}"
            params["references_note"] = f"{spec.name} {why}: none were sent"
        else:
            notes = [f"took {given} of the cast's {had} references"] if given < had else []
            if spec.references.replaces_frame:
                notes.append("took them instead of the keyframe as its first frame")
            if notes:
                params["references_note"] = f"{spec.name} " + "; ".join(notes)
    return params


def as_sent(cast: tuple[CastSubject, ...], params: dict[str, object]) -> tuple[CastSubject, ...]:
    """The cast as the attempt row says it was sent (what the engine request carries)."""
    if not cast:
        return ()
    refs = params.get("references")
    chosen = (
        {str(r.get("sha256")) for r in refs if isinstance(r, dict)}
        if isinstance(refs, list)
        else set()
    )
    loras = params.get("loras")
    with_lora = (
        {str(x.get("member")) for x in loras if isinstance(x, dict)}
        if isinstance(loras, list)
        else set()
    )
    return tuple(
        replace(
            m,
            references=tuple(r for r in m.references if r.sha256 in chosen),
            lora_url=m.lora_url if m.name in with_lora else None,
        )
        for m in cast
    )
