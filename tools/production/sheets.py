"""Character sheets: a cast member drawn from a front view, then from other angles made from it.

Each view is one stage through the router — ranked, budgeted, gated and signed like any keyframe —
made for a stand-in shot named `cast:<member>:<view>` whose files live in the session's
`cast/<member>/<view>/` folder. The front view is made from the member's words; every other view
is asked of an engine that takes references, shown the front view (an engine that takes none is
still tried after those, and its attempt says the front view was not sent). The views come back as
references waiting for the person's approval (`CastReference.approved` false): no shot uses them
before the person says yes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from sessions.models import SHEET_VIEWS, CastMember, CastReference, Shot, StagePrompts
from sessions.store import now
from tools.engines.base import CastSubject, ReferenceImage
from tools.production.scheduler import Production
from tools.routing.request import StageRequest

SHEET_SIZE = (720, 720)


def views_for(member: CastMember) -> tuple[str, ...]:
    """A brand's logo has one face; a character or a product is seen from four sides."""
    return ("front",) if member.kind == "brand" else SHEET_VIEWS


def slug(name: str) -> str:
    word = re.sub(r"[^a-z0-9]+", "-", name.lower().removeprefix("the ")).strip("-")
    return word[:40] or "member"


def sheet_shot_id(member: CastMember, view: str) -> str:
    return f"cast:{slug(member.name)}:{view}"


def sheet_prompt(member: CastMember, view: str) -> str:
    what = {"character": "Character sheet", "product": "Product sheet", "brand": "Logo sheet"}
    words = f"{member.name}, {member.description}" if member.description else member.name
    turn = "seen from the front" if view == "front" else f"the same {member.kind}, {view} view"
    return (
        f"{what.get(member.kind, 'Character sheet')}: {words}; {turn}; full figure, centred, "
        "flat even light on a plain light-grey backdrop, nothing else in frame."
    )


@dataclass
class SheetResult:
    references: list[CastReference] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # view → why
    attempts: int = 0


async def make_sheet(
    production: Production, member: CastMember, *, seed: int, operator: str
) -> SheetResult:
    """Make the member's sheet, view by view; stop at the front view if it cannot be made."""
    result = SheetResult()
    session_dir = production.session_dir
    words = CastSubject(member.name, member.kind, member.description)
    front: ReferenceImage | None = None
    for index, view in enumerate(views_for(member)):
        cast = (words,) if front is None else (replace(words, references=(front,)),)
        shot = Shot.model_construct(
            id=sheet_shot_id(member, view),
            description=f"{member.name}: {view} view",
            duration_s=1.0,
            framing="medium",
            camera="static",
            subjects=[member.name],
            tags=["product" if member.kind == "product" else "character"],
            chain_from=None,
            seed=seed + index,
            prompts=StagePrompts(),
            status="pending",
        )
        request = StageRequest(
            session_id=production.session.id,
            shot=shot,
            tool="generate_keyframe",
            tier=production.tier,
            prompt=sheet_prompt(member, view),
            width=SHEET_SIZE[0],
            height=SHEET_SIZE[1],
            shot_dir=session_dir / "cast" / slug(member.name) / view,
            params={"sheet_view": view, "cast_member": member.name},
            plan_approved=True,  # the person approved this very spend
            priority=index,
            cast=cast,
        )
        outcome = await production.router.run_stage(request)
        result.attempts += len(outcome.attempts)
        if outcome.status != "accepted" or outcome.take is None:
            result.failed[view] = outcome.reason or outcome.status
            if front is None:
                break
            continue
        path = Path(outcome.take.path)
        reference = CastReference(
            path=str(path.relative_to(session_dir)),
            sha256=outcome.take.sha256,
            source="sheet",
            added_by=operator,
            added=now(),
            original=path.name,
            view=view,
            attempt_id=outcome.take.attempt_id,
            approved=False,
        )
        result.references.append(reference)
        if front is None:
            front = ReferenceImage(path, outcome.take.sha256, view, "sheet")
    return result
