"""The cast as the stages of a shot see it: who the shot shows, with their approved references.

References live in the session's folder (`cast/<member>/…`, written by tools/service/cast.py);
the plan stores their paths relative to it, so a session folder can move.
"""

from __future__ import annotations

from pathlib import Path

from sessions.models import CastMember, ShotPlan
from tools.engines.base import CastSubject, ReferenceImage


def subject_of(member: CastMember, session_dir: Path) -> CastSubject:
    """A cast member as engines are given it: approved references only (a sheet waiting for the
    person's answer is not used), the primary first."""
    return CastSubject(
        name=member.name,
        kind=member.kind,
        description=member.description,
        references=tuple(
            ReferenceImage(session_dir / r.path, r.sha256, r.view, r.source)
            for r in member.approved_references
        ),
        lora_url=member.lora.url if member.lora else None,
        lora_scale=member.lora.scale if member.lora else 1.0,
    )


def stage_cast(plan: ShotPlan, shot_id: str, session_dir: Path) -> tuple[CastSubject, ...]:
    """The cast members `shot_id` shows, those with references or a LoRA first."""
    members = [subject_of(m, session_dir) for m in plan.cast_in(shot_id)]
    return tuple(sorted(members, key=lambda m: not (m.references or m.lora_url)))
