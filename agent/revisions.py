"""Pure plan revisions: each takes a plan and returns a new version, never touching the old one.

Ids are renumbered S01… in order and chains follow their shots (or go when their shot goes); seeds
of untouched shots are kept; the total duration holds unless a shot's duration is set explicitly;
only the shots whose prompts would read differently get their stage prompts rendered again.
"""

from __future__ import annotations

import hashlib
import re

from agent.briefing.cues import ShotContext, tags_for
from agent.briefing.lexicon import (
    STYLIZED_WORDS,
    camera_from_words,
    framing_from_words,
    has_any,
)
from agent.briefing.prompts import render_stage_prompts
from agent.briefing.shots import products_shown
from agent.briefing.timing import allocate_frames, seconds
from sessions.models import FPS, TAGS, AspectRatio, Shot, ShotPlan, frames_for

MAX_SHOT_S = 60.0


class RevisionError(ValueError):
    """A revision shotcaller does not understand or cannot make; one line for the person."""


ASPECTS: dict[str, AspectRatio] = {
    "16:9": "16:9",
    "9:16": "9:16",
    "1:1": "1:1",
    "4:5": "4:5",
    "vertical": "9:16",
    "portrait": "9:16",
    "horizontal": "16:9",
    "landscape": "16:9",
    "widescreen": "16:9",
    "square": "1:1",
}


def _ids(plan: ShotPlan) -> str:
    ids = [s.id for s in plan.shots]
    return f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else ids[0]


def resolve_shot(plan: ShotPlan, ref: str) -> str:
    """'3', 'S03', 'shot 3', 'the last shot' → 'S03'."""
    ref = ref.strip().lower().removeprefix("shot").strip()
    if ref in ("last", "the last shot", "the last", "last shot"):
        return plan.shots[-1].id
    if ref in ("first", "the first shot", "the first", "first shot"):
        return plan.shots[0].id
    m = re.fullmatch(r"s?0*(\d+)", ref)
    if m:
        shot_id = f"S{int(m.group(1)):02d}"
        if any(s.id == shot_id for s in plan.shots):
            return shot_id
    raise RevisionError(f"there is no shot {ref or '?'}; the plan has {_ids(plan)}")


def _index(plan: ShotPlan, shot_id: str) -> int:
    for i, s in enumerate(plan.shots):
        if s.id == shot_id:
            return i
    raise RevisionError(f"there is no shot {shot_id}; the plan has {_ids(plan)}")


def _signature(shots: list[Shot], i: int) -> tuple[object, ...]:
    """What a shot's prompts are rendered from: itself and who stands either side of it."""
    s = shots[i]
    before = shots[i - 1].id if i > 0 else None
    after = shots[i + 1].id if i + 1 < len(shots) else None
    return (
        s.id,
        s.description,
        s.frames,
        s.framing,
        s.camera,
        s.chain_from,
        *s.tags,
        before,
        after,
    )


def _new_version(
    plan: ShotPlan,
    shots: list[Shot],
    note: str,
    *,
    old_ids: list[str | None],
    aspect: AspectRatio | None = None,
    touched: set[int] | None = None,
) -> ShotPlan:
    """Renumber, remap chains, re-render prompts that would change, and bump the version.

    old_ids[i] is the id shots[i] had before the revision (None for a new shot).
    """
    mapping = {old: f"S{i + 1:02d}" for i, old in enumerate(old_ids) if old is not None}
    before = {s.id: _signature(plan.shots, i) for i, s in enumerate(plan.shots)}
    renumbered: list[Shot] = []
    for i, shot in enumerate(shots):
        new_id = f"S{i + 1:02d}"
        chain = mapping.get(shot.chain_from) if shot.chain_from else None
        # A chain continues the previous clip's last frame; it holds only for the shot just before.
        if chain != (f"S{i:02d}" if i > 0 else None):
            chain = None
        renumbered.append(shot.model_copy(update={"id": new_id, "chain_from": chain}))
    draft = plan.model_copy(
        update={
            "version": plan.version + 1,
            "approved": False,
            "note": note,
            "aspect_ratio": aspect or plan.aspect_ratio,
            "shots": renumbered,
        }
    )
    rendered: list[Shot] = []
    for i, shot in enumerate(renumbered):
        old = old_ids[i]
        same = (
            old is not None
            and aspect is None
            and not (touched and i in touched)
            and before.get(old) == _signature_as_old(renumbered, i, old_ids)
        )
        if same:
            rendered.append(shot)
        else:
            rendered.append(shot.model_copy(update={"prompts": render_stage_prompts(shot, draft)}))
    return draft.model_copy(update={"shots": rendered})


def _signature_as_old(shots: list[Shot], i: int, old_ids: list[str | None]) -> tuple[object, ...]:
    """The new shot's signature written with old ids, to compare with what it was rendered from."""
    s = shots[i]
    back = {f"S{j + 1:02d}": old for j, old in enumerate(old_ids)}
    before = back.get(shots[i - 1].id) if i > 0 else None
    after = back.get(shots[i + 1].id) if i + 1 < len(shots) else None
    chain = back.get(s.chain_from) if s.chain_from else None
    return (
        back.get(s.id),
        s.description,
        s.frames,
        s.framing,
        s.camera,
        chain,
        *s.tags,
        before,
        after,
    )


def _refit(shots: list[Shot], total: int, keep: set[int]) -> list[Shot]:
    """Spread `total` frames over the shots not in `keep`, in proportion to their current length."""
    free = [i for i in range(len(shots)) if i not in keep]
    budget = total - sum(shots[i].frames for i in keep)
    if not free:
        return shots
    if budget < FPS * len(free):
        raise RevisionError("that leaves less than a second for some shots; shorten another first")
    weights = [shots[i].frames for i in free]
    hero = weights.index(max(weights))
    frames = allocate_frames(budget, weights, hero)
    out = list(shots)
    for i, f in zip(free, frames, strict=True):
        if out[i].frames != f:
            out[i] = out[i].model_copy(update={"duration_s": seconds(f)})
    return out


def _total(plan: ShotPlan) -> int:
    return sum(s.frames for s in plan.shots)


def drop_shot(plan: ShotPlan, shot_id: str) -> ShotPlan:
    """The plan without one shot; its time goes to the others."""
    i = _index(plan, shot_id)
    if len(plan.shots) == 1:
        raise RevisionError(
            "cannot drop the only shot; add another first or change its description"
        )
    shots = [s for j, s in enumerate(plan.shots) if j != i]
    old_ids: list[str | None] = [s.id for s in shots]
    shots = _refit(shots, _total(plan), keep=set())
    return _new_version(plan, shots, f"dropped {shot_id}", old_ids=old_ids)


def _seed_for(plan: ShotPlan, description: str) -> int:
    key = f"{plan.title}|v{plan.version + 1}|{description}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") & 0x7FFF_FFFF


def _tags_for(plan: ShotPlan, description: str, subjects: list[str], camera: str) -> list[str]:
    products, app = products_shown(plan.cast, description)
    ctx = ShotContext(
        people=tuple(subjects),
        stylized=has_any(plan.style, STYLIZED_WORDS),
        ad=any(m.kind in ("product", "brand") for m in plan.cast),
        products=products,
        app=app,
    )
    framing = framing_from_words(description) or "medium"
    tags = set(tags_for(description, framing, camera, ctx))  # type: ignore[arg-type]
    if subjects:
        tags.add("character")
    return [t for t in TAGS if t in tags]


def _people_named(plan: ShotPlan, description: str) -> list[str]:
    """People of the plan (those tagged character somewhere) named in a new description."""
    people: list[str] = []
    for s in plan.shots:
        if "character" not in s.tags:
            continue
        for p in s.subjects:
            name = p.removeprefix("the ")
            is_person = p[:1].isupper() or p.startswith("the ")
            if (
                is_person
                and p not in people
                and re.search(rf"\b{re.escape(name)}\b", description, re.I)
            ):
                people.append(p)
    return people


def add_shot_after(plan: ShotPlan, shot_id: str, description: str) -> ShotPlan:
    """A new shot after `shot_id`, of average length; the others give up time to keep the total."""
    description = description.strip().rstrip(".")
    if not description:
        raise RevisionError(
            "say what the new shot shows, e.g. 'add a shot after 2: a close-up of the map'"
        )
    i = _index(plan, shot_id)
    average = _total(plan) // len(plan.shots)
    frames = max(FPS, average // (FPS // 2) * (FPS // 2))
    framing = framing_from_words(description) or "medium"
    camera = camera_from_words(description) or "dolly"
    subjects = _people_named(plan, description)
    new = Shot(
        id="S99",  # renumbered below
        description=description[:1].upper() + description[1:],
        duration_s=seconds(frames),
        framing=framing,
        camera=camera,
        subjects=subjects,
        tags=_tags_for(plan, description, subjects, camera),
        seed=_seed_for(plan, description),
    )
    shots = [*plan.shots[: i + 1], new, *plan.shots[i + 1 :]]
    old_ids: list[str | None] = [*(s.id for s in plan.shots[: i + 1]), None]
    old_ids += [s.id for s in plan.shots[i + 1 :]]
    shots = _refit(shots, _total(plan), keep=set())
    return _new_version(
        plan, shots, f"added a shot after {shot_id}: {description}", old_ids=old_ids
    )


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:seconds?|secs?|s)\b", re.IGNORECASE)
_SHOT_WORDS = (
    "extreme close-up",
    "close-up",
    "close up",
    "push-in",
    "push in",
    "pull-out",
    "pull back",
    "locked-off",
    *(w for w in ("wide", "medium", "close", "aerial", "insert", "static", "pan", "tilt")),
    *(w for w in ("orbit", "dolly", "drone", "handheld", "tracking", "flyover")),
)
_FILLER = re.compile(
    r"\b(make|it|that|this|shot|a|an|the|use|with|into|instead|slow|slower|quick|please|"
    r"shorter|longer|long|seconds?|secs?|s|camera|move|framing)\b",
    re.IGNORECASE,
)


def revise_shot(plan: ShotPlan, shot_id: str, instruction: str) -> ShotPlan:
    """Change one shot: framing ("a close-up"), camera ("slow push-in"), length ("6 seconds"),
    or what it shows (any longer text becomes its new description)."""
    i = _index(plan, shot_id)
    shot = plan.shots[i]
    text = instruction.strip().rstrip(".")
    update: dict[str, object] = {}
    changes: list[str] = []
    duration = _DURATION.search(text)
    remainder = _DURATION.sub(" ", text)
    framing = framing_from_words(remainder)
    camera = camera_from_words(remainder)
    # What is left once framing, camera and length words are gone decides if this is a new picture.
    leftover = _FILLER.sub(" ", remainder)
    for word in _SHOT_WORDS:
        leftover = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", leftover, flags=re.I)
    new_description = len(re.findall(r"[A-Za-z]{3,}", leftover)) >= 3
    if new_description:
        description = text[:1].upper() + text[1:]
        subjects = _people_named(plan, description) or [
            p for p in shot.subjects if p[:1].isupper() or p.startswith("the ")
        ]
        update["description"] = description
        update["subjects"] = subjects
        update["tags"] = _tags_for(plan, description, subjects, camera or shot.camera)
        changes.append("new description")
    if framing:
        update["framing"] = framing
        changes.append(framing)
    if camera:
        update["camera"] = camera
        changes.append(camera)
    if camera and not new_description:  # a new move may add or remove camera_motion
        tags = set(shot.tags) - {"camera_motion"}
        if camera in ("drone", "orbit") or has_any(
            shot.description, ("drone", "flyover", "tracking")
        ):
            tags.add("camera_motion")
        update["tags"] = [t for t in TAGS if t in tags]
    if duration:
        value = float(duration.group(1))
        if not 1 <= value <= MAX_SHOT_S:
            raise RevisionError(f"a shot lasts 1 to {MAX_SHOT_S:g} seconds, not {value:g}")
        update["duration_s"] = seconds(frames_for(value))
        changes.append(f"{value:g} s")
    if not update:
        raise RevisionError(
            f"I did not understand '{instruction.strip()}' for {shot_id}: try a framing "
            "(close-up), a camera move (slow push-in), a length (6 seconds) or a new description"
        )
    shots = list(plan.shots)
    shots[i] = shot.model_copy(update=update)
    shots[i] = Shot.model_validate(shots[i].model_dump())  # re-check the literals we set
    old_ids: list[str | None] = [s.id for s in plan.shots]
    return _new_version(
        plan, shots, f"revised {shot_id}: {', '.join(changes)}", old_ids=old_ids, touched={i}
    )


def set_aspect_ratio(plan: ShotPlan, aspect: str) -> ShotPlan:
    """The plan at another aspect ratio: 'vertical' → 9:16, '16:9', 'square' → 1:1 …"""
    key = aspect.strip().lower()
    if key not in ASPECTS:
        raise RevisionError(
            f"unknown aspect ratio '{aspect.strip()}': use 16:9, 9:16, 1:1, 4:5, vertical or square"
        )
    ratio = ASPECTS[key]
    old_ids: list[str | None] = [s.id for s in plan.shots]
    return _new_version(
        plan,
        list(plan.shots),
        f"aspect ratio {plan.aspect_ratio} → {ratio}",
        old_ids=old_ids,
        aspect=ratio,
    )


_REF = r"(?:shot\s+)?(?P<ref>s?\d+|the last shot|the first shot|last|first)"
_SEP = r"\s*[:,\-—]\s*"
_COMMANDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("drop", re.compile(rf"^(?:drop|remove|delete|cut)\s+{_REF}$", re.I)),
    (
        "add",
        re.compile(
            rf"^add\s+(?:a|another|one)\s+(?:new\s+)?shot\s+after\s+{_REF}{_SEP}(?P<arg>.+)$", re.I
        ),
    ),
    ("revise", re.compile(rf"^(?:revise|change|edit)\s+{_REF}{_SEP}(?P<arg>.+)$", re.I)),
    ("revise", re.compile(r"^make\s+shot\s+(?P<ref>s?\d+|last|first)\s+(?P<arg>.+)$", re.I)),
    (
        "aspect",
        re.compile(
            r"^make\s+(?:it|the (?:video|film|plan|episode|ad))\s+(?:in\s+)?(?P<arg>[\w:]+)(?:\s+format)?$",
            re.I,
        ),
    ),
)


def apply_revision(plan: ShotPlan, text: str) -> tuple[ShotPlan, str]:
    """Parse a revision in the person's words, apply it, and say in one line what changed."""
    line = text.strip().rstrip(".!").strip()
    line = re.sub(r"^(?:please\s+|can you\s+|could you\s+)", "", line, flags=re.I)
    for kind, pattern in _COMMANDS:
        m = pattern.match(line)
        if not m:
            continue
        if kind == "aspect":
            new = set_aspect_ratio(plan, m.group("arg"))
            return new, f"v{new.version}: {new.note}"
        shot_id = resolve_shot(plan, m.group("ref"))
        if kind == "drop":
            new = drop_shot(plan, shot_id)
        elif kind == "add":
            new = add_shot_after(plan, shot_id, m.group("arg"))
        else:
            new = revise_shot(plan, shot_id, m.group("arg"))
        return new, f"v{new.version}: {new.note}"
    raise RevisionError(
        f"I did not understand '{text.strip()}': try 'revise shot 2: …', 'drop shot 4', "
        "'add a shot after 2: …', 'make shot 3 a close-up' or 'make it vertical'"
    )
