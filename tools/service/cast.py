"""The cast verbs of the application service: who recurs, what they look like, their sheets.

- `add_cast_member`, `set_cast_reference`, `set_cast_lora`: the cast on the plan, each change a new
  plan version (the person's own changes keep an approved plan approved). A reference is copied
  into the session's folder under its content hash, with who gave it and when; a path that does not
  exist or is not an image is one `ServiceError` line. Shots of a member whose look changed get
  stale keyframes (sessions/takes.py `recast_shots`), so producing remakes them.
- `request_reference_sheet` (paid: a pending `make_reference` approval with its estimate),
  `make_reference` (what approving it does: tools/production/sheets.py), `approve_sheet` (the
  person's yes to the views, after which shots use them; a no is another `request_reference_sheet`).

The service calls these (ProductionService's cast methods); front doors call the service.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image

from sessions.baseline import restale
from sessions.limits import LIMITS, too_long
from sessions.models import (
    Actor,
    Approval,
    CastKind,
    CastLora,
    CastMember,
    CastReference,
    ShotPlan,
    WorkItem,
)
from sessions.paths import operator_name
from sessions.store import now
from tools.media.references import ReferenceError, read_reference
from tools.production.sheets import make_sheet, sheet_shot_id, slug, views_for
from tools.routing.rank import CastNeeds, rank_engines
from tools.service.answers import NotAllowed, Outcome, ServiceError
from tools.service.estimate import Estimate, unavailable_engines

if TYPE_CHECKING:
    from tools.production.scheduler import ProgressEvent
    from tools.service.service import ProductionService

KEPT_AS_GIVEN = (".png", ".jpg", ".jpeg")  # what engines and C2PA take; anything else → PNG
MAX_REFERENCE_BYTES = 40 * 1024 * 1024


def _error(message: str) -> Exception:
    return ServiceError(message)


def _name(words: str) -> str:
    name = " ".join(words.split())
    if not name:
        raise _error("a cast member needs a name")
    return name


def _fits(what: str, text: str, limit: str = "") -> None:
    refusal = too_long(what, len(text), LIMITS[limit or what])
    if refusal:
        raise _error(refusal)


def _member(plan: ShotPlan, name: str) -> CastMember:
    member = plan.member(name)
    if member is None:
        names = ", ".join(m.name for m in plan.cast) or "nobody yet"
        raise _error(f"there is no {name.strip() or '?'} in the cast (the cast: {names})")
    return member


def _with_member(plan: ShotPlan, member: CastMember, note: str, keep: bool) -> ShotPlan:
    cast = [member if m.name == member.name else m for m in plan.cast]
    if all(m.name != member.name for m in plan.cast):
        cast.append(member)
    return plan.model_copy(update={"cast": cast, "note": note, "approved": keep})


def _save(service: ProductionService, session_id: str, plan: ShotPlan, actor: Actor) -> ShotPlan:
    """Store the cast change as the next plan version; takes made for the old look go stale, and
    what waited to produce on it is asked again."""
    waiting = [a for a in service.pending(session_id) if a.kind == "plan"]
    with service.store.unit():  # a kill between these left a version nothing asked for
        saved = service._save_plan(session_id, plan)
        restale(service.store, session_id, saved)
        service._supersede(session_id, kind="production", why="the cast changed")
        if waiting and not saved.approved:
            # The plan waiting for the person is now this version: put it before them again.
            service.propose_plan(session_id, None, actor=actor)
        service._settle(session_id)
    return saved


def add_cast_member(
    service: ProductionService,
    session_id: str,
    name: str,
    *,
    kind: CastKind | None = None,
    description: str = "",
    actor: Actor = "person",
) -> ShotPlan:
    """A new cast member (a character unless `kind` says otherwise), or the words or kind of an
    existing one, shown in the shots that name it."""
    name = _name(name)
    _fits("description", description)
    args = {"name": name, "kind": kind, "description": description}
    with service._writing(session_id, "add_cast_member", args, actor) as call:
        plan = service._plan(session_id)
        member = plan.member(name) or CastMember(
            name=name, kind=kind or "character", shots=_shots_naming(plan, name)
        )
        member = member.model_copy(
            update={"description": description or member.description, "kind": kind or member.kind}
        )
        keep = plan.approved and actor != "model"
        saved = _save(service, session_id, _with_member(plan, member, f"cast: {name}", keep), actor)
        call.result = {"version": saved.version, "shots": member.shots}
    return saved


def rename_cast_member(
    service: ProductionService,
    session_id: str,
    name: str,
    new_name: str,
    *,
    actor: Actor = "person",
) -> ShotPlan:
    """'his name is Jonah, not Jonas': the member's new name, in the cast and in every shot's
    description, subjects and prompts (a new plan version; the shots keep their seeds and takes,
    and takes whose prompt named the old name go stale)."""
    new_name = " ".join(new_name.split())
    args = {"name": name, "new_name": new_name}
    with service._writing(session_id, "rename_cast_member", args, actor) as call:
        plan = service._plan(session_id)
        member = check_rename(plan, name, new_name)
        old = re.compile(rf"\b{re.escape(member.name)}\b")
        # Another member's name that holds this one ("Rosa's Bakery" beside Rosa) stays whole.
        others = sorted(
            (m.name for m in plan.cast if m.name != member.name and old.search(m.name)),
            key=len,
            reverse=True,
        )

        def swap(text: str) -> str:
            kept: list[str] = []

            def hide(m: re.Match[str]) -> str:
                kept.append(m.group(0))
                return f"\x00{len(kept) - 1}\x00"

            for other in others:
                text = re.sub(re.escape(other), hide, text)
            text = old.sub(new_name, text)
            return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], text)

        shots = [
            s.model_copy(
                update={
                    "description": swap(s.description),
                    "subjects": [new_name if x == member.name else swap(x) for x in s.subjects],
                    "prompts": s.prompts.model_copy(
                        update={
                            f: swap(getattr(s.prompts, f))
                            for f in ("keyframe", "motion", "finishing")
                        }
                    ),
                }
            )
            for s in plan.shots
        ]
        cast = [
            m.model_copy(update={"name": new_name, "description": swap(m.description)})
            if m.name == member.name
            else m
            for m in plan.cast
        ]
        keep = plan.approved and actor != "model"
        renamed = plan.model_copy(
            update={
                "shots": shots,
                "cast": cast,
                "note": f"cast: {member.name} is now {new_name}",
                "approved": keep,
            }
        )
        saved = _save(service, session_id, renamed, actor)
        call.result = {"version": saved.version, "name": new_name}
    return saved


def check_rename(plan: ShotPlan, name: str, new_name: str) -> CastMember:
    """The member `name` names, when `new_name` can be theirs; otherwise one line why not."""
    new_name = _name(new_name)
    _fits("name", new_name, "title")  # a name is held to a title's length
    member = _member(plan, resolve_member(plan, name)[0])
    if new_name.lower() == member.name.lower():
        raise _error(f"{member.name} is already called {new_name}")
    if plan.member(new_name) is not None:
        raise _error(f"{new_name} is already in the cast")
    return member


def _shots_naming(plan: ShotPlan, name: str, kind: str = "character") -> list[str]:
    """The shots that name a new member; for a brand or a product nobody named, the shots that
    show a logo or a product."""
    key = name.lower().removeprefix("the ")
    named = [
        s.id
        for s in plan.shots
        if key in s.description.lower()
        or any(key == x.lower().removeprefix("the ") for x in s.subjects)
    ]
    if named or kind == "character":
        return named
    if kind == "brand":
        return [
            s.id
            for s in plan.shots
            if "typography" in s.tags
            or any(w in s.description.lower() for w in ("logo", "wordmark"))
        ]
    return [s.id for s in plan.shots if "product" in s.tags]


KIND_WORDS: dict[str, CastKind] = {
    "brand": "brand",
    "logo": "brand",
    "wordmark": "brand",
    "product": "product",
    "packshot": "product",
}


def resolve_member(plan: ShotPlan, name: str) -> tuple[str, CastKind | None]:
    """The member a person means: a name in the cast, or 'the brand' / 'the logo' / 'the product'
    for the plan's (first) member of that kind — or a new one of that kind."""
    key = " ".join(name.lower().split()).removeprefix("the ").removeprefix("our ")
    if (found_member := plan.member(name)) is not None:
        return found_member.name, None  # "Tomas" is the plan's "Tomás"
    kind = KIND_WORDS.get(key)
    if kind is not None:
        found = next((m for m in plan.cast if m.kind == kind), None)
        return (found.name if found else f"the {key}"), kind
    return name, None


def set_cast_reference(
    service: ProductionService,
    session_id: str,
    name: str,
    path: str | Path,
    *,
    kind: CastKind | None = None,
    actor: Actor = "person",
) -> tuple[ShotPlan, CastReference]:
    """Give a cast member a reference picture (a new member if the cast has none by that name).
    The file is copied into the session; its sha256 and the operator are recorded."""
    source, picture = check_reference(path)
    args = {"name": name, "path": str(source)}
    with service._writing(session_id, "set_cast_reference", args, actor) as call:
        plan = service._plan(session_id)
        name, implied = resolve_member(plan, name)
        kind = kind or implied
        member = plan.member(name)
        if member is None:
            member = CastMember(
                name=" ".join(name.split()),
                kind=kind or "character",
                shots=_shots_naming(plan, name, kind or "character"),
            )
        stored = _store_file(service.store.session_dir(session_id), member, source, picture)
        reference = CastReference(
            path=stored[0],
            sha256=stored[1],
            source="operator",
            added_by=operator_name(service.env),
            added=now(),
            original=source.name,
        )
        kept = [r for r in member.references if r.sha256 != reference.sha256]
        # The person's own picture leads: it is the one the checks compare against.
        member = member.model_copy(update={"references": [reference, *kept]})
        keep = plan.approved and actor != "model"
        note = f"{member.name}: reference {source.name}"
        saved = _save(service, session_id, _with_member(plan, member, note, keep), actor)
        call.result = {"version": saved.version, "sha256": reference.sha256, "path": reference.path}
    return saved, reference


def check_reference(path: str | Path) -> tuple[Path, Image.Image]:
    """The picture at `path`, read as a reference would be (an image, not too large), or the one
    line that says why it cannot be one."""
    source = Path(str(path)).expanduser()
    try:
        picture = read_reference(source)
        if source.stat().st_size > MAX_REFERENCE_BYTES:
            raise ReferenceError(f"{source} is over {MAX_REFERENCE_BYTES // 2**20} MB")
    except ReferenceError as exc:
        raise _error(f"cannot use {path} as a reference: {exc}") from None
    return source, picture


def update_cast_member(
    service: ProductionService,
    session_id: str,
    name: str,
    *,
    references: Sequence[str | Path] = (),
    lora_url: str | None = None,
    lora_scale: float | None = None,
    description: str | None = None,
    kind: CastKind | None = None,
    actor: Actor = "person",
) -> ShotPlan:
    """Everything a person gives one member at once (the CLI's `cast SESSION NAME --ref …`): its
    words, reference pictures and LoRA, each through the verb the chat uses (add_cast_member,
    set_cast_reference, set_cast_lora) so the plan versions, files and provenance are the same.
    Every input is checked before anything is written: a bad file or scale changes nothing."""
    from pydantic import ValidationError

    if not " ".join(name.split()):
        raise _error("a cast member needs a name")
    for path in references:
        check_reference(path)
    plan = service._plan(session_id)
    member = plan.member(resolve_member(plan, name)[0])
    lora: CastLora | None = None
    if lora_url is not None or lora_scale is not None:
        url = lora_url or (member.lora.url if member and member.lora else None)
        if url is None:
            raise _error(f"{name} has no LoRA yet: give its URL with the scale")
        try:
            lora = CastLora(url=url.strip(), scale=1.0 if lora_scale is None else lora_scale)
        except ValidationError:
            raise _error(
                "a LoRA is an https:// URL to its weights, with a scale from 0 to 4"
            ) from None
    if member is None and not references and description is None:
        _member(plan, name)  # nothing would make the member: say who the cast is
    kind_changes = member is not None and kind is not None and kind != member.kind
    if description is not None or kind_changes or (member is None and not references):
        plan = add_cast_member(
            service,
            session_id,
            name,
            kind=kind,
            description=description or "",
            actor=actor,
        )
        name = _member(plan, name).name
    for path in references:
        plan, reference = set_cast_reference(
            service, session_id, name, path, kind=kind, actor=actor
        )
        name = next(m.name for m in plan.cast if reference in m.references)
    if lora is not None:
        plan = set_cast_lora(service, session_id, name, lora.url, scale=lora.scale, actor=actor)
    return plan


def _store_file(
    folder: Path, member: CastMember, source: Path, picture: Image.Image
) -> tuple[str, str]:
    """Copy (or, for formats engines do not take, convert to PNG) into `cast/<member>/`."""
    target_dir = folder / "cast" / slug(member.name)
    target_dir.mkdir(parents=True, exist_ok=True)
    suffix = source.suffix.lower()
    if suffix in KEPT_AS_GIVEN:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        target = target_dir / f"{digest[:16]}{'.jpg' if suffix == '.jpeg' else suffix}"
        if not target.exists():
            shutil.copyfile(source, target)
    else:
        temp = target_dir / ".incoming.png"
        picture.save(temp, "PNG")
        digest = hashlib.sha256(temp.read_bytes()).hexdigest()
        target = target_dir / f"{digest[:16]}.png"
        temp.replace(target)
    return str(target.relative_to(folder)), digest


def set_cast_lora(
    service: ProductionService,
    session_id: str,
    name: str,
    url: str,
    *,
    scale: float = 1.0,
    actor: Actor = "person",
) -> ShotPlan:
    """A cast member's LoRA by URL (https), with its scale; engines that take LoRAs get it."""
    from pydantic import ValidationError

    try:
        lora = CastLora(url=url.strip(), scale=scale)
    except ValidationError:
        raise _error("a LoRA is an https:// URL to its weights, with a scale from 0 to 4") from None
    with service._writing(
        session_id, "set_cast_lora", {"name": name, "url": lora.url}, actor
    ) as call:
        plan = service._plan(session_id)
        member = _member(plan, name).model_copy(update={"lora": lora})
        keep = plan.approved and actor != "model"
        saved = _save(
            service, session_id, _with_member(plan, member, f"{member.name}: LoRA", keep), actor
        )
        call.result = {"version": saved.version}
    return saved


# ── character sheets ───────────────────────────────────────────────────────────────────────────


def sheet_estimate(service: ProductionService, session_id: str, member: CastMember) -> Estimate:
    """Each view priced on the engine that would make it first: the front from words, the others
    on an engine that takes the front view as a reference."""
    tier = service._tier(session_id)
    unavailable = unavailable_engines(service.catalog, service.env)
    cap = service.catalog.guardrails.max_attempts_per_stage
    estimate = Estimate()
    tags = ["product" if member.kind == "product" else "character"]
    for view in views_for(member):
        needs = None if view == "front" else CastNeeds(((True, False),))
        routing = rank_engines(
            service.catalog,
            "generate_keyframe",
            tags,
            tier,
            duration_s=None,
            width=720,
            height=720,
            unavailable=unavailable,
            cast=needs,
        )
        item = WorkItem(
            shot_id=sheet_shot_id(member, view), tool="generate_keyframe", why="missing"
        )
        if not routing.ranked:
            estimate.impossible.append(f"{member.name}'s {view} view")
            estimate.items.append(item)
            continue
        first = routing.ranked[0]
        estimate.items.append(
            item.model_copy(update={"engine": first.name, "estimate_usd": first.estimate_usd})
        )
        estimate.worst_usd += cap * max(c.estimate_usd for c in routing.ranked)
    estimate.worst_usd = round(estimate.worst_usd, 6)
    return estimate


def request_reference_sheet(
    service: ProductionService, session_id: str, name: str, *, actor: Actor = "person"
) -> Approval:
    """A character sheet for a cast member, priced, waiting for the person's approval. Asking
    again while one waits returns it; asking after a sheet was made redoes it."""
    plan = service._plan(session_id)
    member = _member(plan, name)
    estimate = sheet_estimate(service, session_id, member)
    if estimate.impossible:
        raise _error(
            f"no engine here can make {', '.join(estimate.impossible)} at "
            f"{service._tier(session_id)} tier"
        )
    for waiting in service.store.approvals(session_id, status="pending"):
        if waiting.verb == "make_reference" and waiting.args.get("member") == member.name:
            return waiting
    made = [r for r in member.references if r.source == "sheet"]
    views = views_for(member)
    engines = ", ".join(dict.fromkeys(i.engine for i in estimate.items))
    headline = f"{'Redo' if made else 'Make'} {member.name}'s {'character' if member.kind == 'character' else member.kind} sheet"
    info = service.store.session(session_id)
    summary = "\n".join(
        [
            headline,
            f"Views: {', '.join(views)} (the front from the description, the others from the front), on {engines}.",
            f"At {info.tier} tier: about ${estimate.usd:.2f}"
            + (f", at most ${estimate.worst_usd:.2f}" if estimate.worst_usd > estimate.usd else "")
            + f" (${info.budget_usd - info.cost_usd:.2f} of the ${info.budget_usd:.2f} budget left).",
            "You approve (or redo) the views before any shot uses them.",
        ]
    )
    with service._writing(
        session_id, "request_make_reference", {"member": member.name}, actor, unit=True
    ) as call:
        approval = service._add_approval(
            session_id,
            kind="production",
            verb="make_reference",
            args={"member": member.name, "round": len(made) // max(1, len(views))},
            work=estimate.items,
            estimate=estimate,
            summary=summary,
            actor=actor,
        )
        call.result = {"approval": approval.id, "estimate_usd": estimate.usd}
        call.approval_id = approval.id
        service._settle(session_id)
    return approval


async def make_reference(
    service: ProductionService,
    approval: Approval,
    by: Actor,
    on_progress: Callable[[ProgressEvent], None] | None,
) -> Outcome:
    """Make the approved sheet; its views wait for the person's approval (`approve_sheet`)."""
    sid = approval.session_id
    name = str(approval.args.get("member", ""))
    args: dict[str, Any] = {"approval_id": approval.id, **approval.args}
    with service._writing(sid, "make_reference", args, by) as call:
        call.approval_id = approval.id
        service.store.update_approval(
            approval.id, status="approved", answered_by=by, answered=now()
        )
        spent_before = service.store.session_cost(sid)
        try:
            member = _member(service._plan(sid), name)
            production = service._production(sid, on_progress)
            production.call_id, production.actor = call.id, approval.asked_by
            round_ = int(str(approval.args.get("round", 0)))
            seed = (
                int(hashlib.sha256(f"{sid}|{member.name}".encode()).hexdigest()[:7], 16)
                + 101 * round_
            )
            result = await make_sheet(
                production, member, seed=seed, operator=operator_name(service.env)
            )
        except BaseException as exc:
            service._answer(approval, "failed", by, {"error": str(exc)})
            service._settle(sid)
            raise
        spent = service.store.session_cost(sid) - spent_before
        plan = service._plan(sid)
        member = _member(plan, name)
        if result.references:
            # The new views replace a sheet still waiting for an answer; an approved one stays
            # in use until the person approves these.
            kept = [r for r in member.references if r.source != "sheet" or r.approved]
            member = member.model_copy(update={"references": [*kept, *result.references]})
            note = f"{member.name}: character sheet made ({len(result.references)} views), awaiting approval"
            service._save_plan(sid, _with_member(plan, member, note, plan.approved))
        failed = "; ".join(f"{v}: {why}" for v, why in result.failed.items())
        status = "done" if result.references and not result.failed else "failed"
        service._answer(
            approval,
            status,
            by,
            {"views": len(result.references), "spent_usd": spent, "failed": failed},
        )
        call.result = {
            "views": [r.view for r in result.references],
            "spent_usd": round(spent, 6),
            "failed": failed,
        }
        service._settle(sid)
    lines = [
        f"{approval.summary.splitlines()[0]}: {len(result.references)} of {len(views_for(member))} views made."
    ]
    if failed:
        lines.append(f"Not made: {failed}")
    if result.references:
        lines.append(
            f"Look at them in {service.store.session_dir(sid) / 'cast' / slug(member.name)}; "
            f"say 'approve the sheet for {member.name}' to use them, or 'redo the sheet for {member.name}'."
        )
    lines.append(f"Spent ${spent:.2f}.")
    return Outcome(approval, service.store.session(sid).status, "\n".join(lines), spent_usd=spent)


def approve_sheet(
    service: ProductionService, session_id: str, name: str, *, actor: Actor = "person"
) -> ShotPlan:
    """The person's yes to a member's sheet: its views become references shots use (replacing an
    earlier approved sheet). The person's only."""
    if actor == "model":
        raise NotAllowed("only the person can approve a character sheet (they look at it first)")
    with service._writing(session_id, "approve_sheet", {"name": name}, actor) as call:
        plan = service._plan(session_id)
        member = _member(plan, name)
        waiting = [r for r in member.references if r.source == "sheet" and not r.approved]
        if not waiting:
            raise _error(f"{member.name} has no sheet waiting for approval (ask for one first)")
        who, when = operator_name(service.env), now()
        approved = [
            r.model_copy(update={"approved": True, "added_by": who, "added": when}) for r in waiting
        ]
        given = [r for r in member.references if r.source != "sheet"]
        # A person's own picture stays the primary; otherwise the sheet's front view is.
        member = member.model_copy(update={"references": [*given, *approved]})
        saved = _save(
            service,
            session_id,
            _with_member(plan, member, f"{member.name}: character sheet approved", plan.approved),
            actor,
        )
        call.result = {"version": saved.version, "views": [r.view for r in approved]}
    return saved


def describe_cast(plan: ShotPlan | Sequence[CastMember]) -> str:
    """The cast (of a plan, or as a summary lists it) in one line for the plan table, the approval
    card and `show` — who, and what they are shown as: `cast: Maya (maya.png), Kael (sheet: 4 views
    awaiting approval), Lumo (brand; no reference)`."""
    cast = plan.cast if isinstance(plan, ShotPlan) else plan
    if not cast:
        return ""
    parts = []
    for m in cast:
        bits: list[str] = [] if m.kind == "character" else [m.kind]
        given = [r.original or Path(r.path).name for r in m.references if r.source == "operator"]
        sheet = [r for r in m.references if r.source == "sheet"]
        if given:
            bits.append(", ".join(given))
        if sheet:
            waiting = [r for r in sheet if not r.approved]
            state = f"{len(waiting)} views awaiting approval" if waiting else f"{len(sheet)} views"
            bits.append(f"sheet: {state}")
        if m.lora:
            bits.append(f"LoRA ×{m.lora.scale:g}")
        if not (given or sheet or m.lora):
            bits.append("no reference")
        parts.append(f"{m.name} ({'; '.join(bits)})")
    return "cast: " + ", ".join(parts)
